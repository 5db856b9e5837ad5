/*
 * fork_exec.c -- fork, wait4, execve and the C library built on them
 * (system, popen): exit statuses, pipes across fork, execve errors,
 * arguments and environment across exec, scripts.
 */
#include "sys_test.h"
#include <fcntl.h>
#include <spawn.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

static void test_fork(void)
{
	int p[2], st = -1;
	char buf[32] = {0};
	pid_t pid;

	pipe(p);
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		close(p[0]);
		write(p[1], getppid() > 0 ? "from child" : "orphan!!!!", 10);
		_exit(7);
	}
	says("fork returned a pid", pid > 0);
	close(p[1]);
	rep("read from child", read(p[0], buf, sizeof buf));
	printf("child said: %s\n", buf);
	says("wait4 returns the child", wait4(pid, &st, 0, NULL) == pid);
	show_status("child", st);
	rep("wait4 again", wait4(pid, &st, 0, NULL));
	close(p[0]);
}

static char **volatile bad_argv = (char **)16;

static void test_exec_errors(void)
{
	char *argv[] = {"x", NULL};
	int fd;

	rep("execve missing", execve("./missing", argv, environ));
	rep("execve directory", execve(".", argv, environ));
	fd = open("plain", O_CREAT | O_WRONLY, 0644);
	write(fd, "not a program\n", 14);
	close(fd);
	rep("execve not executable", execve("./plain", argv, environ));
	chmod("plain", 0755);
	rep("execve garbage", execve("./plain", argv, environ));
	rep("execve bad argv", execve("./plain", bad_argv, environ));
	{
		static char big[200000];
		char *bargv[] = {"x", big, NULL};
		memset(big, 'a', sizeof big - 1);
		rep("execve argument too long", execve("/proc/self/exe", bargv, environ));
	}
}

static void run_child(const char *what, char *const argv[], char *const envp[])
{
	int st = -1;
	pid_t pid;

	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		execve(argv[0], argv, envp);
		printf("execve failed: %s\n", strerrorname_np(errno));
		_exit(99);
	}
	waitpid(pid, &st, 0);
	show_status(what, st);
}

static void test_exec(void)
{
	char *argv[] = {"/proc/self/exe", "child", "two words", "", NULL};
	char *envp[] = {"ALPHA=1", "BETA=two", NULL};
	char *sargv[] = {"./script.sh", "arg1", NULL};
	int fd;

	run_child("exec self", argv, envp);
	fd = open("script.sh", O_CREAT | O_WRONLY, 0755);
	write(fd, "#!/bin/sh\necho \"script: $0 $1 $ALPHA\"\nexit 3\n", 45);
	close(fd);
	run_child("exec script", sargv, envp);
	fflush(stdout);
	show_status("system", system("echo from system; exit 5"));
	FILE *f = popen("echo from popen", "r");
	char line[64] = {0};
	if (f && fgets(line, sizeof line, f))
		printf("popen read: %s", line);
	show_status("pclose", f ? pclose(f) : -1);
}

static void test_vfork_spawn(void)
{
	char *argv[] = {"/proc/self/exe", "child", "spawned", NULL};
	char *envp[] = {"SPAWNED=1", NULL};
	int st = -1, r;
	pid_t pid;

	fflush(stdout);
	pid = vfork();
	if (pid == 0) {
		write(1, "vfork child runs first\n", 23);
		_exit(6);
	}
	printf("vfork parent resumes\n");
	waitpid(pid, &st, 0);
	show_status("vfork child", st);
	fflush(stdout);
	/* The result is printed after the child's own lines: the parent and
	 * the exec'd child run concurrently. */
	r = posix_spawn(&pid, "/proc/self/exe", NULL, NULL, argv, envp);
	waitpid(pid, &st, 0);
	rep("posix_spawn", r);
	show_status("spawned", st);
}

int main(int argc, char **argv)
{
	char **e;

	if (argc > 1 && strcmp(argv[1], "child") == 0) {
		printf("exec'd: argc=%d", argc);
		for (int i = 1; i < argc; i++)
			printf(" [%s]", argv[i]);
		printf("\n");
		for (e = environ; *e; e++)
			printf("env %s\n", *e);
		return 4;
	}
	test_fork();
	test_exec_errors();
	test_exec();
	test_vfork_spawn();
	return 0;
}
