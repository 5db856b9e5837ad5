/*
 * processes.c -- process creation and communication: fork and waitpid with
 * every kind of status (exit codes, death by signal), a pipe between parent
 * and child, dup2 redirection, execve of this same program in a child mode
 * through /proc/self/exe, a socketpair conversation, and getppid.  Output is
 * printed by the parent in a fixed order, never by concurrent children.
 * Usage: processes            (parent mode)
 *        processes child ARG  (what the exec'd child runs)
 */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <errno.h>
#include <unistd.h>

static void describe(const char *what, int status)
{
	if (WIFEXITED(status))
		printf("%-22s exited with %d\n", what, WEXITSTATUS(status));
	else if (WIFSIGNALED(status))
		printf("%-22s killed by signal %d (%s)\n", what, WTERMSIG(status),
		       strsignal(WTERMSIG(status)));
	else
		printf("%-22s status %#x\n", what, status);
}

static int run_child(void (*body)(void))
{
	fflush(stdout);
	pid_t pid = fork();
	if (pid < 0) {
		perror("fork");
		exit(1);
	}
	if (pid == 0) {
		body();
		_exit(0);
	}
	int status;
	if (waitpid(pid, &status, 0) != pid) {
		perror("waitpid");
		exit(1);
	}
	return status;
}

static void body_exit7(void) { _exit(7); }
static void body_abort(void) { signal(SIGABRT, SIG_DFL); abort(); }
static void body_kill_self(void) { kill(getpid(), SIGTERM); pause(); }
static void body_segv(void)
{
	int *volatile bad = (int *)8;
	signal(SIGSEGV, SIG_DFL);
	*bad = 1;
}
static void body_return(void) { }

static void test_statuses(void)
{
	describe("child _exit(7)", run_child(body_exit7));
	describe("child abort()", run_child(body_abort));
	describe("child SIGTERM self", run_child(body_kill_self));
	describe("child bad store", run_child(body_segv));
	describe("child returns", run_child(body_return));
}

static void test_pipe(void)
{
	int fds[2];
	if (pipe(fds) != 0) {
		perror("pipe");
		exit(1);
	}
	fflush(stdout);
	pid_t pid = fork();
	if (pid == 0) {
		close(fds[0]);
		char msg[64];
		int n = snprintf(msg, sizeof msg, "hello from child, parent is the caller=%d",
				 getppid() > 1);
		for (int i = 0; i < 100; i++)
			if (write(fds[1], msg, (size_t)n) != n)
				_exit(2);
		_exit(0);
	}
	close(fds[1]);
	char buf[8192];
	size_t total = 0;
	ssize_t n;
	while ((n = read(fds[0], buf, sizeof buf)) > 0)
		total += (size_t)n;
	close(fds[0]);
	int status;
	waitpid(pid, &status, 0);
	printf("pipe: read %zu bytes until EOF\n", total);
	describe("pipe writer", status);
}

static void test_exec(void)
{
	int fds[2];
	pipe(fds);
	fflush(stdout);
	pid_t pid = fork();
	if (pid == 0) {
		dup2(fds[1], STDOUT_FILENO);
		close(fds[0]);
		close(fds[1]);
		char *args[] = { "processes", "child", "argument with spaces", NULL };
		char *env[] = { "CHILD_VAR=from parent", NULL };
		execve("/proc/self/exe", args, env);
		perror("execve");
		_exit(127);
	}
	close(fds[1]);
	char buf[512] = { 0 };
	size_t len = 0;
	ssize_t n;
	while (len < sizeof buf - 1 && (n = read(fds[0], buf + len, sizeof buf - 1 - len)) > 0)
		len += (size_t)n;
	close(fds[0]);
	int status;
	waitpid(pid, &status, 0);
	printf("exec'd child said: %s", buf);
	describe("exec'd child", status);
	int rc = execve("/nonexistent/program", (char *[]){ "x", NULL }, (char *[]){ NULL });
	printf("execve of a missing file: %d (%s)\n", rc, strerror(errno));
}

static void test_socketpair(void)
{
	int sv[2];
	if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) != 0) {
		perror("socketpair");
		return;
	}
	fflush(stdout);
	pid_t pid = fork();
	if (pid == 0) {
		close(sv[0]);
		char q[32] = { 0 };
		ssize_t n = recv(sv[1], q, sizeof q - 1, 0);
		char a[64];
		int m = snprintf(a, sizeof a, "answer to '%.*s'", (int)n, q);
		send(sv[1], a, (size_t)m, 0);
		_exit(0);
	}
	close(sv[1]);
	send(sv[0], "question", 8, 0);
	char a[64] = { 0 };
	ssize_t n = recv(sv[0], a, sizeof a - 1, MSG_WAITALL);
	int status;
	waitpid(pid, &status, 0);
	printf("socketpair: %zd bytes: %s\n", n, a);
	describe("socket peer", status);
}

int main(int argc, char **argv)
{
	if (argc == 3 && strcmp(argv[1], "child") == 0) {
		const char *v = getenv("CHILD_VAR");
		printf("child mode, argv[0]=%s arg='%s' CHILD_VAR='%s'\n", argv[0], argv[2],
		       v ? v : "(unset)");
		return 42;
	}
	test_statuses();
	test_pipe();
	test_exec();
	test_socketpair();
	printf("waitpid with no children: %d\n", (int)waitpid(-1, NULL, WNOHANG));
	return 0;
}
