/* spawn_memory.c -- 200 posix_spawns (vfork children sharing the parent's
 * memory) of a program that exits at once, each with a 256 KiB
 * environment (four 64 KiB strings): the parent's resident memory may not grow by more than
 * 16 MiB (what an emulator leaves behind of each exec'd child's copies of
 * the arguments and environment would be 50 MiB and more). */
#include "stress.h"
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#define SPAWNS 200
#define ENV_STRINGS 4
#define ENV_BYTES (64 * 1024)

/* VmRSS of /proc/self/status, in KiB. */
static long rss_kib(void)
{
	char line[256];
	long kib = -1;
	FILE *f = fopen("/proc/self/status", "r");

	CHECK_SYS(f != NULL, "/proc/self/status");
	while (fgets(line, sizeof line, f))
		if (sscanf(line, "VmRSS: %ld kB", &kib) == 1)
			break;
	fclose(f);
	return kib;
}

int main(int argc, char **argv)
{
	static char big[ENV_STRINGS][ENV_BYTES + 8];
	char *envp[ENV_STRINGS + 1] = {NULL};
	char *cargv[] = {argv[0], "child", NULL};
	long before = -1, after;

	if (argc > 1)
		return 3;
	for (int k = 0; k < ENV_STRINGS; k++) {
		snprintf(big[k], 8, "BIG%d=", k);
		memset(big[k] + 5, 'x', ENV_BYTES);
		envp[k] = big[k];
	}
	for (int i = 0; i < SPAWNS; i++) {
		pid_t pid;
		int st;

		if (i == 10)
			before = rss_kib();
		CHECK(posix_spawn(&pid, "/proc/self/exe", NULL, NULL, cargv, envp) == 0,
		      "posix_spawn %d", i);
		CHECK_SYS(waitpid(pid, &st, 0) == pid, "waitpid");
		CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 3, "child %d: status %#x", i, st);
	}
	after = rss_kib();
	CHECK(before > 0 && after - before < 16 * 1024,
	      "resident memory grew by %ld KiB over %d spawns", after - before, SPAWNS - 10);
	printf("ok %d spawns, %ld KiB growth\n", SPAWNS, after - before);
	return 0;
}
