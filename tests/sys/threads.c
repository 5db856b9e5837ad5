/*
 * threads.c -- clone for threads: creation, join (CLONE_CHILD_CLEARTID and
 * the futex wake at exit), thread ids, TLS, shared memory and files,
 * futex waits between threads, fork from a threaded process, and the
 * process outliving its main thread (pthread_exit in main).
 */
#include "sys_test.h"
#include <fcntl.h>
#include <linux/futex.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static __thread int tls_value = 5;
static atomic_int counter;
static uint32_t flag_word;
static pid_t main_tid;

static void *worker(void *arg)
{
	long id = (long)arg;
	int i;

	tls_value += (int)id;
	for (i = 0; i < 1000; i++)
		atomic_fetch_add(&counter, 1);
	return (void *)(long)(gettid() != main_tid && getpid() == main_tid ? tls_value : -1);
}

static void *waiter(void *arg)
{
	/* Sleep on the futex until main changes the word and wakes us. */
	while (__atomic_load_n(&flag_word, __ATOMIC_SEQ_CST) == 0)
		syscall(SYS_futex, &flag_word, FUTEX_WAIT_PRIVATE, 0, NULL, NULL, 0);
	return (void *)7;
}

static void *last_one(void *arg)
{
	usleep(20000);
	printf("last thread exiting\n");
	fflush(stdout);
	exit(3);
}

int main(void)
{
	pthread_t t[4], w, l;
	void *ret;
	long i;
	int st = -1;
	pid_t pid;

	main_tid = gettid();
	for (i = 0; i < 4; i++)
		rep("pthread_create", pthread_create(&t[i], NULL, worker, (void *)i));
	for (i = 0; i < 4; i++) {
		pthread_join(t[i], &ret);
		printf("worker %ld returned %ld\n", i, (long)ret);
	}
	printf("counter %d, main tls %d\n", atomic_load(&counter), tls_value);
	rep("create waiter", pthread_create(&w, NULL, waiter, NULL));
	usleep(10000);
	__atomic_store_n(&flag_word, 1, __ATOMIC_SEQ_CST);
	rep("futex wake", syscall(SYS_futex, &flag_word, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0) >= 0 ? 0 : -1);
	pthread_join(w, &ret);
	printf("waiter returned %ld\n", (long)ret);
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		printf("child of threaded parent: tls %d\n", tls_value);
		fflush(stdout);
		_exit(11);
	}
	waitpid(pid, &st, 0);
	printf("child exit %d\n", WEXITSTATUS(st));
	pthread_create(&l, NULL, last_one, NULL);
	fflush(stdout);
	pthread_exit(NULL);
}
