/*
 * threads_fork.c -- signals and threads: pthread_kill() runs the handler
 * on the target thread; a process-directed signal goes to the thread that
 * does not block it; a new thread starts with its creator's mask.  A
 * forked child killed by SIGTERM is seen so by waitpid(), and the parent's
 * SIGCHLD handler gets CLD_KILLED with the child's pid and the signal.
 * expect: exited 0
 * native: same
 */
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile pid_t handled_on[40];
static volatile int chld_code, chld_status;
static volatile pid_t chld_pid;
static pid_t child;
static pthread_barrier_t bar;
static pid_t worker_tid;
static int worker_starts_blocked;

static void on_sig(int sig)
{
	handled_on[sig] = (pid_t)syscall(SYS_gettid);
}

static void on_chld(int sig, siginfo_t *si, void *uc)
{
	chld_code = si->si_code;
	chld_status = si->si_status;
	chld_pid = si->si_pid;
}

static void *worker(void *arg)
{
	sigset_t cur;

	pthread_sigmask(SIG_BLOCK, NULL, &cur);
	worker_starts_blocked = sigismember(&cur, SIGUSR2);
	worker_tid = (pid_t)syscall(SYS_gettid);
	pthread_barrier_wait(&bar);     /* 1: started */
	pthread_barrier_wait(&bar);     /* 2: main has signalled */
	while (!handled_on[SIGUSR1])
		;
	return NULL;
}

int main(void)
{
	struct sigaction sa;
	sigset_t set;
	pthread_t th;
	int status;
	pid_t me = (pid_t)syscall(SYS_gettid);

	signal(SIGUSR1, on_sig);
	signal(SIGUSR2, on_sig);
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_chld;
	sa.sa_flags = SA_SIGINFO | SA_RESTART;
	sigaction(SIGCHLD, &sa, NULL);
	pthread_barrier_init(&bar, NULL, 2);

	/* The worker inherits SIGUSR2 blocked; main unblocks it again. */
	sigemptyset(&set);
	sigaddset(&set, SIGUSR2);
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	pthread_create(&th, NULL, worker, NULL);
	pthread_barrier_wait(&bar);
	pthread_sigmask(SIG_UNBLOCK, &set, NULL);
	pthread_kill(th, SIGUSR1);
	kill(getpid(), SIGUSR2);
	pthread_barrier_wait(&bar);
	pthread_join(th, NULL);
	printf("worker started with SIGUSR2 blocked=%d\n", worker_starts_blocked);
	printf("pthread_kill ran on the worker=%d\n", handled_on[SIGUSR1] == worker_tid);
	printf("process SIGUSR2 ran on main=%d\n", handled_on[SIGUSR2] == me);

	child = fork();
	if (child == 0) {
		raise(SIGTERM);
		_exit(0);
	}
	waitpid(child, &status, 0);
	printf("child: signaled=%d sig=%d\n", WIFSIGNALED(status), WTERMSIG(status));
	printf("SIGCHLD: code=%d (CLD_KILLED=%d) status=%d pid_ok=%d\n", chld_code, CLD_KILLED,
	       chld_status, chld_pid == child);
	return 0;
}
