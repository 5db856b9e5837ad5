/* fork_threads.c -- fork while other threads keep the emulator busy:
 * two threads map, protect and unmap memory all the time (the memory
 * calls' and the mapping list's locks are taken and released all the
 * time) while the main thread forks 300 times; each child maps, writes
 * and runs a function of its own and exits with its result.  A child that inherited one of the emulator's locks held by
 * another thread would hang: the parent gives each child 5 s. */
#include "stress.h"
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define FORKS 300

static volatile int stop;

/* "mov w0, #imm16; ret": a function returning imm. */
static int (*make_fn(uint16_t imm))(void)
{
	uint32_t *p = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	CHECK_SYS(p != MAP_FAILED, "mmap");
	p[0] = 0x52800000u | (uint32_t)imm << 5;
	p[1] = 0xd65f03c0u;
	__builtin___clear_cache((char *)p, (char *)(p + 2));
	CHECK_SYS(mprotect(p, 4096, PROT_READ | PROT_EXEC) == 0, "mprotect");
	return (int (*)(void))(uintptr_t)p;
}

static void *churn(void *arg)
{
	(void)arg;
	while (!stop) {
		char *d = mmap(NULL, 65536, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		CHECK_SYS(d != MAP_FAILED, "mmap");
		d[0] = 1;
		CHECK_SYS(mprotect(d, 4096, PROT_READ) == 0, "mprotect");
		munmap(d, 65536);
	}
	return NULL;
}

static void on_alarm(int sig)
{
	(void)sig;
}

int main(void)
{
	pthread_t th[2];
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_alarm;
	sigaction(SIGALRM, &sa, NULL);   /* no SA_RESTART: waitpid returns EINTR */
	for (int i = 0; i < 2; i++)
		CHECK(pthread_create(&th[i], NULL, churn, NULL) == 0, "pthread_create");
	for (int i = 0; i < FORKS; i++) {
		int st;
		pid_t p = fork();
		CHECK_SYS(p >= 0, "fork");
		if (p == 0) {
			int (*f)(void) = make_fn((uint16_t)(i & 0x7f));
			_exit(f());
		}
		alarm(5);
		pid_t w = waitpid(p, &st, 0);
		alarm(0);
		if (w < 0 && errno == EINTR) {
			kill(p, SIGKILL);
			waitpid(p, &st, 0);
			CHECK(0, "fork %d: the child hung", i);
		}
		CHECK(w == p && WIFEXITED(st) && WEXITSTATUS(st) == (i & 0x7f),
		      "fork %d: child status %#x", i, st);
	}
	stop = 1;
	for (int i = 0; i < 2; i++)
		pthread_join(th[i], NULL);
	printf("ok: %d forks with busy threads\n", FORKS);
	return 0;
}
