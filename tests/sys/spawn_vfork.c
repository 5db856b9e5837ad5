/*
 * spawn_vfork.c -- vfork and posix_spawn as the kernel's CLONE_VM|
 * CLONE_VFORK makes them: the child shares the parent's memory, the parent
 * waits until the child has exec'd or exited, so posix_spawn returns the
 * exec (or file action) error itself instead of a child exiting 127; the
 * child's signal dispositions are its own.
 */
#include "sys_test.h"
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

/* posix_spawn's result: 0 or an error number, printed by name. */
static int rep_spawn(const char *what, int r)
{
	printf("%s: %s\n", what, r ? strerrorname_np(r) : "0");
	fflush(stdout);
	return r;
}

static void test_spawn_errors(void)
{
	char *argv[] = {"x", NULL};
	char *missing_path[] = {"PATH=/nonexistent-dir:/also/not/here", NULL};
	posix_spawn_file_actions_t fa;
	pid_t pid = -1;
	int st;

	rep_spawn("posix_spawn missing file",
		  posix_spawn(&pid, "/nonexistent/program", NULL, NULL, argv, environ));
	rep("no child left", waitpid(-1, &st, WNOHANG));
	rep_spawn("posix_spawn a directory", posix_spawn(&pid, "/", NULL, NULL, argv, environ));
	close(open("plain", O_WRONLY | O_CREAT | O_TRUNC, 0644));
	rep_spawn("posix_spawn not executable",
		  posix_spawn(&pid, "plain", NULL, NULL, argv, environ));
	st = open("garbage", O_WRONLY | O_CREAT | O_TRUNC, 0755);
	write(st, "\x01\x02 not a program\n", 18);
	close(st);
	rep_spawn("posix_spawn not a program",
		  posix_spawn(&pid, "garbage", NULL, NULL, argv, environ));
	environ = missing_path;
	rep_spawn("posix_spawnp not in PATH",
		  posix_spawnp(&pid, "no-such-program-here", NULL, NULL, argv, environ));
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, 977, 5);
	rep_spawn("posix_spawn dup2 of a closed fd",
		  posix_spawn(&pid, "/proc/self/exe", &fa, NULL, argv, environ));
	posix_spawn_file_actions_destroy(&fa);
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 5, "/nonexistent/file", O_RDONLY, 0);
	rep_spawn("posix_spawn open of a missing file",
		  posix_spawn(&pid, "/proc/self/exe", &fa, NULL, argv, environ));
	posix_spawn_file_actions_destroy(&fa);
	rep("still no child left", waitpid(-1, &st, WNOHANG));
}

static volatile int usr1_seen;

static void on_usr1(int sig)
{
	usr1_seen++;
}

static void test_spawn_runs(void)
{
	char *argv[] = {"/proc/self/exe", "child", "spawned", NULL};
	char *envp[] = {"SPAWNED=1", NULL};
	posix_spawnattr_t at;
	sigset_t dfl;
	pid_t pid = -1;
	int st = -1, r;

	signal(SIGUSR1, on_usr1);
	posix_spawnattr_init(&at);
	sigemptyset(&dfl);
	sigaddset(&dfl, SIGUSR1);
	posix_spawnattr_setsigdefault(&at, &dfl);
	posix_spawnattr_setflags(&at, POSIX_SPAWN_SETSIGDEF);
	fflush(stdout);
	r = posix_spawn(&pid, "/proc/self/exe", NULL, &at, argv, envp);
	posix_spawnattr_destroy(&at);
	/* Printed after the child's own line. */
	st = waitpid(pid, &st, 0) == pid ? st : -1;
	rep_spawn("posix_spawn self", r);
	says("waitpid returns the child", st != -1);
	show_status("spawned", st);
	/* The child set SIGUSR1 to SIG_DFL in its own table only. */
	raise(SIGUSR1);
	printf("parent's SIGUSR1 handler still runs: %d\n", usr1_seen);
	signal(SIGUSR1, SIG_DFL);
}

static void test_vfork_shares_memory(void)
{
	static volatile int shared;
	int st = -1;
	pid_t pid;

	shared = 1;
	fflush(stdout);
	pid = vfork();
	if (pid == 0) {
		/* Runs before the parent resumes, in the parent's memory. */
		shared = shared * 10 + 2;
		_exit(3);
	}
	printf("after vfork the parent sees: %d\n", shared);
	waitpid(pid, &st, 0);
	show_status("vfork child", st);
	shared = 5;
	fflush(stdout);
	pid = vfork();
	if (pid == 0) {
		char *argv[] = {"/nonexistent/program", NULL};
		execve(argv[0], argv, environ);
		shared = errno;
		_exit(127);
	}
	printf("the vfork child's exec errno: %s\n", strerrorname_np(shared));
	waitpid(pid, &st, 0);
	show_status("vfork child after failed exec", st);
}

/* clone(CLONE_VM|CLONE_VFORK) on a stack of the caller's, as posix_spawn
 * does it: the child's writes are the parent's. */
struct clone_arg {
	volatile int err;
	volatile int ran;
};

static int clone_child(void *p)
{
	struct clone_arg *a = p;
	char *argv[] = {"/nonexistent/program", NULL};

	a->ran = 1;
	execve(argv[0], argv, environ);
	a->err = errno;
	return 127;
}

static void test_clone_vm_vfork(void)
{
	size_t sz = 256 * 1024;
	char *stack = mmap(NULL, sz, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	struct clone_arg a = {0, 0};
	int st = -1;
	pid_t pid;

	fflush(stdout);
	pid = clone(clone_child, stack + sz, CLONE_VM | CLONE_VFORK | SIGCHLD, &a);
	says("clone returned a pid", pid > 0);
	printf("clone child ran: %d, its exec errno: %s\n", a.ran, strerrorname_np(a.err));
	says("waitpid returns the child", waitpid(pid, &st, 0) == pid);
	show_status("clone child", st);
	munmap(stack, sz);
}

int main(int argc, char **argv)
{
	if (argc > 1 && strcmp(argv[1], "child") == 0) {
		struct sigaction sa;
		sigaction(SIGUSR1, NULL, &sa);
		printf("spawned child: argc=%d %s SPAWNED=%s SIGUSR1 default=%d\n", argc, argv[2],
		       getenv("SPAWNED"), sa.sa_handler == SIG_DFL);
		return 4;
	}
	test_spawn_runs();
	test_vfork_shares_memory();
	test_clone_vm_vfork();
	test_spawn_errors();
	return 0;
}
