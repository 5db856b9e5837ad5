/*
 * env_args.c -- the process's arguments and environment: argv (argv[0]
 * reduced to its last component), getenv, setenv/unsetenv/putenv, and the
 * whole environ sorted.  The harness runs it under `env -i` with a fixed
 * environment, so environ must come through exactly, nothing added or lost.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern char **environ;

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void dump_environ(const char *label)
{
	size_t n = 0;
	while (environ[n])
		n++;
	char **copy = malloc((n + 1) * sizeof *copy);
	memcpy(copy, environ, n * sizeof *copy);
	qsort(copy, n, sizeof *copy, cmp_str);
	printf("%s: %zu variables\n", label, n);
	for (size_t i = 0; i < n; i++)
		printf("  %s\n", copy[i]);
	free(copy);
}

int main(int argc, char **argv, char **envp)
{
	const char *slash = strrchr(argv[0], '/');
	printf("argc=%d argv[0]=%s argv[argc]=%s\n", argc, slash ? slash + 1 : argv[0],
	       argv[argc] == NULL ? "NULL" : "non-NULL");
	for (int i = 1; i < argc; i++)
		printf("argv[%d] len=%zu '%s'\n", i, strlen(argv[i]), argv[i]);
	printf("envp == environ: %d\n", envp == environ);
	dump_environ("initial");
	static const char *const names[] = { "HOME", "SAMPLE_A", "SAMPLE_EMPTY", "UNSET_VAR", "LANG" };
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		const char *v = getenv(names[i]);
		printf("getenv(%s) = %s%s%s\n", names[i], v ? "'" : "", v ? v : "NULL", v ? "'" : "");
	}
	setenv("SAMPLE_NEW", "fresh value", 0);
	setenv("SAMPLE_A", "not replaced", 0);
	setenv("SAMPLE_B", "replaced", 1);
	static char put[] = "SAMPLE_PUT=via putenv";
	putenv(put);
	unsetenv("SAMPLE_EMPTY");
	printf("setenv with '=' in name: %d\n", setenv("BAD=NAME", "x", 1));
	dump_environ("modified");
	clearenv();
	printf("after clearenv: environ %s, getenv(SAMPLE_A)=%s\n",
	       environ == NULL || environ[0] == NULL ? "empty" : "not empty",
	       getenv("SAMPLE_A") ? "set" : "NULL");
	return 0;
}
