/* robust.c -- robust mutexes (pthread_mutexattr_setrobust(3), kernel
 * Documentation/locking/robust-futexes.rst): a thread that exits holding the
 * lock, and a child process that dies holding a process-shared one, make the
 * next locker get EOWNERDEAD; after pthread_mutex_consistent() the mutex
 * works normally.  The futex-wait path is exercised by a waiter already
 * blocked when the owner dies.  Repeated 200 times. */
#include "stress.h"
#include <pthread.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

static pthread_mutex_t *m;
static volatile int locked;

static void *die_holding(void *arg)
{
	(void)arg;
	CHECK(pthread_mutex_lock(m) == 0, "lock");
	__atomic_store_n(&locked, 1, __ATOMIC_SEQ_CST);
	usleep(200);
	return NULL;	/* thread exit with the lock held */
}

static void init_mutex(int pshared)
{
	pthread_mutexattr_t a;
	pthread_mutexattr_init(&a);
	pthread_mutexattr_setrobust(&a, PTHREAD_MUTEX_ROBUST);
	if (pshared)
		pthread_mutexattr_setpshared(&a, PTHREAD_PROCESS_SHARED);
	CHECK(pthread_mutex_init(m, &a) == 0, "mutex_init");
}

static void recover(const char *what)
{
	int e = pthread_mutex_lock(m);
	CHECK(e == EOWNERDEAD, "%s: lock gave %d, want EOWNERDEAD", what, e);
	CHECK(pthread_mutex_consistent(m) == 0, "%s: consistent", what);
	CHECK(pthread_mutex_unlock(m) == 0, "%s: unlock", what);
	CHECK(pthread_mutex_lock(m) == 0, "%s: relock", what);
	CHECK(pthread_mutex_unlock(m) == 0, "%s: unlock 2", what);
}

int main(void)
{
	m = mmap(NULL, sizeof *m, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	CHECK_SYS(m != MAP_FAILED, "mmap");
	for (int r = 0; r < 200; r++) {
		init_mutex(0);
		locked = 0;
		pthread_t t;
		CHECK(pthread_create(&t, NULL, die_holding, NULL) == 0, "create");
		while (!__atomic_load_n(&locked, __ATOMIC_SEQ_CST))
			sched_yield();
		recover("thread death (waiter blocked)");	/* blocks until exit */
		pthread_join(t, NULL);
		pthread_mutex_destroy(m);
	}
	for (int r = 0; r < 20; r++) {
		init_mutex(1);
		pid_t p = fork();
		CHECK_SYS(p >= 0, "fork");
		if (p == 0) {
			pthread_mutex_lock(m);
			_exit(7);
		}
		int st;
		CHECK_SYS(waitpid(p, &st, 0) == p, "waitpid");
		CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 7, "child status %#x", st);
		recover("process death");
		pthread_mutex_destroy(m);
	}
	printf("ok\n");
	return 0;
}
