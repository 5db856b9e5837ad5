/*
 * ipc.c -- System V IPC: semaphores, message queues and the shared memory
 * control calls (shmat/shmdt place memory, so they are in mm.c).  Keys,
 * flags, struct sembuf and the message buffer (a long type and the bytes)
 * are the same on both; semid64_ds is converted (abi/ipc.h).  The calls
 * are made raw so the host C library adds no translation of its own.
 */
#include <errno.h>
#include <stdlib.h>
#include <sys/ipc.h>
#include <sys/msg.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#include "abi/ipc.h"
#include "abi/time.h"
#include "syscall/signal.h"
#include "syscall/syscall.h"
#include "syscall/uarg.h"

/* The kernel's SEMOPM and the largest message it would take (MSGMAX is
 * tunable; its ceiling is INT_MAX). */
#define SEMOPM_ 500

long sys_semget(struct cpu *c, const uint64_t *a)
{
	return sys_host(syscall(SYS_semget, (key_t)a[0], (int)a[1], (int)a[2]));
}

static long do_semop(const uint64_t *a, guest_addr_t tsp)
{
	struct sembuf ops[SEMOPM_];
	struct guest_timespec g;
	struct timespec ts;
	size_t n = a[2];

	if (n < 1)
		return -EINVAL;
	if (n > SEMOPM_)
		return -E2BIG;
	if (gmem_read(ops, a[1], n * sizeof ops[0]))
		return -EFAULT;
	if (tsp) {
		if (SYS_GET(g, tsp))
			return -EFAULT;
		abi_timespec_to_host(&ts, &g);
	}
	return sig_safe_syscall(SYS_semtimedop, (int)a[0], (long)ops, (long)n, tsp ? (long)&ts : 0,
				0, 0);
}

long sys_semop(struct cpu *c, const uint64_t *a) { return do_semop(a, 0); }
long sys_semtimedop(struct cpu *c, const uint64_t *a) { return do_semop(a, a[3]); }

/* GETALL/SETALL move one unsigned short per semaphore of the set. */
static long sem_all(int id, int cmd, guest_addr_t p)
{
	struct semid_ds ds;
	unsigned short *v;
	size_t n;
	long r;

	if (syscall(SYS_semctl, id, 0, IPC_STAT, &ds) < 0)
		return -errno;
	n = ds.sem_nsems;
	v = calloc(n ? n : 1, sizeof *v);
	if (!v)
		return -ENOMEM;
	if (cmd == SETALL && gmem_read(v, p, n * sizeof *v)) {
		free(v);
		return -EFAULT;
	}
	r = sys_host(syscall(SYS_semctl, id, 0, cmd, v));
	if (r >= 0 && cmd == GETALL && gmem_write(p, v, n * sizeof *v))
		r = -EFAULT;
	free(v);
	return r;
}

long sys_semctl(struct cpu *c, const uint64_t *a)
{
	int id = (int)a[0], num = (int)a[1], cmd = (int)a[2] & ~GUEST_IPC_64;
	struct guest_semid64_ds g;
	struct semid_ds h;
	unsigned char info[GUEST_SEMINFO_SIZE];
	long r;

	switch (cmd) {
	case GUEST_IPC_STAT: case GUEST_SEM_STAT: case GUEST_SEM_STAT_ANY:
		if ((r = sys_host(syscall(SYS_semctl, id, num, cmd, &h))) < 0)
			return r;
		abi_semid_to_guest(&g, &h);
		return SYS_PUT(a[3], g) ? -EFAULT : r;
	case GUEST_IPC_SET:
		if (SYS_GET(g, a[3]))
			return -EFAULT;
		abi_semid_to_host(&h, &g);
		return sys_host(syscall(SYS_semctl, id, num, cmd, &h));
	case GUEST_IPC_INFO: case GUEST_SEM_INFO:
		if ((r = sys_host(syscall(SYS_semctl, id, num, cmd, info))) < 0)
			return r;
		return gmem_write(a[3], info, sizeof info) ? -EFAULT : r;
	case GUEST_GETALL: case GUEST_SETALL:
		return sem_all(id, cmd, a[3]);
	default:
		/* GETVAL, GETPID, GETNCNT, GETZCNT, SETVAL (value by value),
		 * IPC_RMID, and unknown commands (EINVAL from the host). */
		return sys_host(syscall(SYS_semctl, id, num, cmd, (unsigned long)a[3]));
	}
}

long sys_shmget(struct cpu *c, const uint64_t *a)
{
	return sys_host(syscall(SYS_shmget, (key_t)a[0], (size_t)a[1], (int)a[2]));
}

/* shmctl and msgctl: identical structures, copied through a host buffer
 * of the largest size the command can move. */
static long ctl_copy(long nr, const uint64_t *a, size_t in, size_t out)
{
	unsigned char buf[GUEST_MSQID64_DS_SIZE] = {0};
	long r;

	if (in && gmem_read(buf, a[2], in))
		return -EFAULT;
	r = sys_host(syscall(nr, (int)a[0], (int)a[1] & ~GUEST_IPC_64, (in || out) ? buf : NULL));
	if (r >= 0 && out && gmem_write(a[2], buf, out))
		return -EFAULT;
	return r;
}

long sys_shmctl(struct cpu *c, const uint64_t *a)
{
	switch ((int)a[1] & ~GUEST_IPC_64) {
	case GUEST_IPC_STAT: case GUEST_SHM_STAT: case GUEST_SHM_STAT_ANY:
		return ctl_copy(SYS_shmctl, a, 0, GUEST_SHMID64_DS_SIZE);
	case GUEST_IPC_SET:
		return ctl_copy(SYS_shmctl, a, GUEST_SHMID64_DS_SIZE, 0);
	case GUEST_IPC_INFO: case GUEST_SHM_INFO:
		return ctl_copy(SYS_shmctl, a, 0, GUEST_SHMINFO64_SIZE);
	default:
		return sys_host(syscall(SYS_shmctl, (int)a[0], (int)a[1] & ~GUEST_IPC_64, NULL));
	}
}

long sys_msgget(struct cpu *c, const uint64_t *a)
{
	return sys_host(syscall(SYS_msgget, (key_t)a[0], (int)a[1]));
}

long sys_msgctl(struct cpu *c, const uint64_t *a)
{
	switch ((int)a[1] & ~GUEST_IPC_64) {
	case GUEST_IPC_STAT: case GUEST_MSG_STAT: case GUEST_MSG_STAT_ANY:
		return ctl_copy(SYS_msgctl, a, 0, GUEST_MSQID64_DS_SIZE);
	case GUEST_IPC_SET:
		return ctl_copy(SYS_msgctl, a, GUEST_MSQID64_DS_SIZE, 0);
	case GUEST_IPC_INFO: case GUEST_MSG_INFO:
		/* struct msginfo: eight ints. */
		return ctl_copy(SYS_msgctl, a, 0, 32);
	default:
		return sys_host(syscall(SYS_msgctl, (int)a[0], (int)a[1] & ~GUEST_IPC_64, NULL));
	}
}

/* The message (long mtype, then the text) is the same layout on both, so
 * the host reads or fills the guest's buffer in place. */
long sys_msgsnd(struct cpu *c, const uint64_t *a)
{
	struct msginfo mi;

	/* The kernel refuses an oversized message before reading it. */
	if ((int64_t)a[2] < 0 ||
	    (syscall(SYS_msgctl, 0, IPC_INFO, &mi) >= 0 && a[2] > (uint64_t)mi.msgmax))
		return -EINVAL;
	if (sys_buf_ok(a[1], 8 + a[2]))
		return -EFAULT;
	return sig_safe_syscall(SYS_msgsnd, (int)a[0], (long)g2h(a[1]), (long)a[2], (int)a[3], 0, 0);
}

long sys_msgrcv(struct cpu *c, const uint64_t *a)
{
	if ((int64_t)a[2] < 0)
		return -EINVAL;
	if (sys_buf_ok(a[1], 8 + a[2]))
		return -EFAULT;
	return sig_safe_syscall(SYS_msgrcv, (int)a[0], (long)g2h(a[1]), (long)a[2], (long)a[3],
				(int)a[4], 0);
}
