/* forktree.c -- a tree of processes: each node forks two children that
 * execve() this program with depth-1 and wait for both; a leaf exits with
 * 1, an inner node with the sum of its children's statuses plus 1.  The
 * root (depth 4) must see 31 = 2^5 - 1 nodes; no child may be left
 * over.  The tree is built twice. */
#include "stress.h"
#include <sys/wait.h>
#include <unistd.h>

static int node(const char *self, int depth)
{
	if (depth == 0)
		return 1;
	pid_t kids[2];
	for (int i = 0; i < 2; i++) {
		kids[i] = fork();
		CHECK_SYS(kids[i] >= 0, "fork");
		if (kids[i] == 0) {
			char d[16];
			snprintf(d, sizeof d, "%d", depth - 1);
			execl(self, self, d, (char *)NULL);
			_exit(200);
		}
	}
	int sum = 1;
	for (int i = 1; i >= 0; i--) {
		int st;
		pid_t p = waitpid(kids[i], &st, 0);
		CHECK_SYS(p == kids[i], "waitpid");
		CHECK(WIFEXITED(st), "child %d status %#x", (int)p, st);
		CHECK(WEXITSTATUS(st) < 200, "child %d: exec failed", (int)p);
		sum += WEXITSTATUS(st);
	}
	int st;
	CHECK(waitpid(-1, &st, WNOHANG) == -1 && errno == ECHILD, "extra children");
	return sum;
}

int main(int argc, char **argv)
{
	if (argc > 1)
		return node("/proc/self/exe", atoi(argv[1]));
	for (int r = 0; r < 2; r++) {
		int n = node("/proc/self/exe", 4);
		CHECK(n == 31, "tree %d counted %d nodes, want 31", r, n);
	}
	printf("ok 31\n");
	return 0;
}
