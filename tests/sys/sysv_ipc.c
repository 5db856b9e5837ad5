/*
 * sysv_ipc.c -- System V semaphores (arm64's semid64_ds differs from
 * x86-64's), shared memory attached into the guest's address space, and
 * message queues.
 */
#include "sys_test.h"
#include <fcntl.h>
#include <stdint.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <time.h>
#include <unistd.h>

union semun {
	int val;
	struct semid_ds *buf;
	unsigned short *array;
};

static void test_sem(void)
{
	int id = semget(IPC_PRIVATE, 2, 0600);
	unsigned short vals[2] = {3, 7}, back[2] = {0};
	struct semid_ds ds;
	struct sembuf op = {0, -2, 0};
	struct timespec ts = {0, 1000000};

	says("semget", id >= 0);
	rep("SETALL", semctl(id, 0, SETALL, (union semun){.array = vals}));
	rep("GETALL", semctl(id, 0, GETALL, (union semun){.array = back}));
	printf("values %d %d\n", back[0], back[1]);
	rep("semop -2", semop(id, &op, 1));
	rep("GETVAL 0", semctl(id, 0, GETVAL));
	rep("SETVAL 1", semctl(id, 1, SETVAL, (union semun){.val = 9}));
	rep("GETVAL 1", semctl(id, 1, GETVAL));
	rep("GETPID matches", semctl(id, 0, GETPID) == getpid() ? 0 : -1);
	rep("IPC_STAT", semctl(id, 0, IPC_STAT, (union semun){.buf = &ds}));
	printf("nsems %lu mode %o otime set %d\n", (unsigned long)ds.sem_nsems,
	       ds.sem_perm.mode & 0777, ds.sem_otime != 0);
	ds.sem_perm.mode = 0640;
	rep("IPC_SET", semctl(id, 0, IPC_SET, (union semun){.buf = &ds}));
	semctl(id, 0, IPC_STAT, (union semun){.buf = &ds});
	printf("mode now %o\n", ds.sem_perm.mode & 0777);
	op.sem_op = -5;
	rep("semtimedop would block", semtimedop(id, &op, 1, &ts));
	op.sem_flg = IPC_NOWAIT;
	rep("semop nowait", semop(id, &op, 1));
	rep("semop too many", semop(id, &op, 100000));
	rep("IPC_RMID", semctl(id, 0, IPC_RMID));
	rep("GETVAL removed", semctl(id, 0, GETVAL));
}

static void test_shm(void)
{
	int id = shmget(IPC_PRIVATE, 10000, IPC_CREAT | 0600), found = 0;
	char *p, *q, line[256];
	struct shmid_ds ds;
	FILE *f;

	says("shmget", id >= 0);
	p = shmat(id, NULL, 0);
	says("shmat", p != (void *)-1);
	strcpy(p, "shared text");
	q = shmat(id, NULL, SHM_RDONLY);
	says("second attach sees it", q != (void *)-1 && strcmp(q, "shared text") == 0 && q != p);
	rep("IPC_STAT", shmctl(id, IPC_STAT, &ds));
	printf("segsz %lu nattch %lu\n", (unsigned long)ds.shm_segsz, (unsigned long)ds.shm_nattch);
	f = fopen("/proc/self/maps", "r");
	while (f && fgets(line, sizeof line, f))
		found += strstr(line, "/SYSV") != NULL;
	if (f)
		fclose(f);
	printf("maps lines for the segment: %d\n", found);
	rep("shmdt wrong address", shmdt(p + 1));
	rep("shmdt", shmdt(q));
	rep("shmdt again", shmdt(q));
	rep("shmat misaligned", shmat(id, p + 100, 0) == (void *)-1 ? -1 : 0);
	rep("shmat over a mapping", shmat(id, p, 0) == (void *)-1 ? -1 : 0);
	rep("shmdt", shmdt(p));
	rep("IPC_RMID", shmctl(id, IPC_RMID, NULL));
	rep("shmat removed", shmat(id, NULL, 0) == (void *)-1 ? -1 : 0);
}

static void test_msg(void)
{
	int id = msgget(IPC_PRIVATE, 0600);
	struct { long type; char text[32]; } m = {2, "second"}, r;
	struct msqid_ds ds;

	says("msgget", id >= 0);
	rep("msgsnd 2", msgsnd(id, &m, 7, 0));
	m.type = 1;
	strcpy(m.text, "first");
	rep("msgsnd 1", msgsnd(id, &m, 6, 0));
	rep("IPC_STAT", msgctl(id, IPC_STAT, &ds));
	printf("qnum %lu cbytes %lu\n", (unsigned long)ds.msg_qnum, (unsigned long)ds.__msg_cbytes);
	memset(&r, 0, sizeof r);
	rep("msgrcv type 2", msgrcv(id, &r, sizeof r.text, 2, 0));
	printf("got %ld %s\n", r.type, r.text);
	rep("msgrcv any", msgrcv(id, &r, sizeof r.text, 0, 0));
	printf("got %ld %s\n", r.type, r.text);
	rep("msgrcv empty", msgrcv(id, &r, sizeof r.text, 0, IPC_NOWAIT));
	rep("msgsnd too big for buffer", msgsnd(id, &m, 100000, IPC_NOWAIT));
	rep("IPC_RMID", msgctl(id, IPC_RMID, NULL));
}

int main(void)
{
	test_sem();
	test_shm();
	test_msg();
	return 0;
}
