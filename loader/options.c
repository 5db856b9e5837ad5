/*
 * options.c -- the command line: runforeign [OPTIONS] PROGRAM [ARGS...].
 *
 * Every option has a RUNFOREIGN_* environment twin; the command line wins
 * over the environment.  Options end at PROGRAM (or at "--").
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "loader/loader.h"
#include "xlate/rf.h"
#include "xlate/xlate.h"

static void usage(FILE *f)
{
	fputs("Usage: runforeign [OPTIONS] PROGRAM [ARGS...]\n"
	      "Run a Linux AArch64 program on this machine.\n"
	      "\n"
	      "Options (environment twin in brackets):\n"
	      "  -h, --help          print this help and exit\n"
	      "  -V, --version       print the version and exit\n"
	      "  -E VAR=VALUE        set VAR in the guest environment [RUNFOREIGN_SET_ENV=VAR=VALUE,...]\n"
	      "  -U VAR              remove VAR from the guest environment [RUNFOREIGN_UNSET_ENV=VAR,...]\n"
	      "  -0 ARGV0            use ARGV0 as the guest's argv[0] [RUNFOREIGN_ARGV0]\n"
	      "  -L DIR              look for the guest's dynamic linker and libraries under DIR\n"
	      "                      (default: /usr/aarch64-linux-gnu if it exists) [RUNFOREIGN_SYSROOT]\n"
	      "  --strace            log the guest's system calls to stderr [RUNFOREIGN_STRACE=1]\n"
	      "  -D FILE             write --strace and -d output to FILE [RUNFOREIGN_LOG_FILE]\n"
	      "  -d ITEMS            log ITEMS (comma separated): in_asm = disassembly of each\n"
	      "                      translated block [RUNFOREIGN_LOG]\n"
	      "  --stats             print guest instruction count and time at exit [RUNFOREIGN_STATS=1]\n"
	      "  --binfmt ACTION     make the kernel run AArch64 programs with runforeign (binfmt_misc,\n"
	      "                      needs root): register[=FLAGS] (flags P, O, F; default POF),\n"
	      "                      unregister or status; then exit\n"
	      "\n"
	      "Exit status: the program's own; if it is killed by a signal, runforeign dies\n"
	      "by the same signal.  runforeign's own errors: 125 bad usage, 126 the program\n"
	      "cannot be run (not an AArch64 ELF, bad file, no permission), 127 the program\n"
	      "was not found, 120 internal error in runforeign.\n", f);
}

static _Noreturn void usage_error(const char *fmt, const char *arg)
{
	fprintf(stderr, "runforeign: ");
	fprintf(stderr, fmt, arg);
	fprintf(stderr, " (see runforeign --help)\n");
	exit(RF_EXIT_USAGE);
}

/* Environment editing on the guest's copy. */
static size_t env_count(char **env)
{
	size_t n = 0;

	while (env[n])
		n++;
	return n;
}

static void env_unset(char **env, const char *name)
{
	size_t len = strlen(name), i, j;

	for (i = j = 0; env[i]; i++)
		if (!(strncmp(env[i], name, len) == 0 && env[i][len] == '='))
			env[j++] = env[i];
	env[j] = NULL;
}

static char **env_set(char **env, const char *assignment)
{
	const char *eq = strchr(assignment, '=');
	size_t n;
	char *name;

	if (!eq || eq == assignment)
		usage_error("-E needs VAR=VALUE, got '%s'", assignment);
	name = strndup(assignment, (size_t)(eq - assignment));
	if (!name)
		usage_error("out of memory%s", "");
	env_unset(env, name);
	free(name);
	n = env_count(env);
	env = realloc(env, (n + 2) * sizeof *env);
	if (!env)
		usage_error("out of memory%s", "");
	env[n] = (char *)assignment;
	env[n + 1] = NULL;
	return env;
}

/* Apply a comma-separated list from an environment twin. */
static char **env_apply_list(char **env, const char *list, int set)
{
	char *copy, *item, *save = NULL;

	if (!list || !*list)
		return env;
	copy = strdup(list);
	if (!copy)
		usage_error("out of memory%s", "");
	for (item = strtok_r(copy, ",", &save); item; item = strtok_r(NULL, ",", &save)) {
		if (set)
			env = env_set(env, item);
		else
			env_unset(env, item);
	}
	return env;
}

static unsigned parse_log_items(const char *items)
{
	unsigned flags = 0;
	char *copy = strdup(items), *item, *save = NULL;

	if (!copy)
		usage_error("out of memory%s", "");
	for (item = strtok_r(copy, ",", &save); item; item = strtok_r(NULL, ",", &save)) {
		if (strcmp(item, "in_asm") == 0)
			flags |= XLATE_LOG_IN_ASM;
		else
			usage_error("unknown -d item '%s' (known: in_asm)", item);
	}
	free(copy);
	return flags;
}

static int env_flag(const char *name)
{
	const char *v = getenv(name);

	return v && *v && strcmp(v, "0") != 0;
}

/* Value of an option that takes an argument: "-X VALUE" or "-XVALUE". */
static const char *opt_arg(int argc, char **argv, int *i, const char *opt)
{
	size_t len = strlen(opt);

	if (argv[*i][len] != '\0')
		return argv[*i] + len;
	if (*i + 1 >= argc)
		usage_error("option %s needs an argument", opt);
	return argv[++*i];
}

void loader_parse_options(struct rf_options *o, int argc, char **argv, char **envp)
{
	size_t n = env_count(envp);
	const char *v;
	int i;

	memset(o, 0, sizeof *o);
	o->env = malloc((n + 1) * sizeof *o->env);
	if (!o->env)
		usage_error("out of memory%s", "");
	memcpy(o->env, envp, (n + 1) * sizeof *o->env);

	/* Environment twins first; the command line overrides them. */
	o->env = env_apply_list(o->env, getenv("RUNFOREIGN_SET_ENV"), 1);
	o->env = env_apply_list(o->env, getenv("RUNFOREIGN_UNSET_ENV"), 0);
	o->argv0 = getenv("RUNFOREIGN_ARGV0");
	o->strace = env_flag("RUNFOREIGN_STRACE");
	o->log_file = getenv("RUNFOREIGN_LOG_FILE");
	if ((v = getenv("RUNFOREIGN_LOG")) && *v)
		o->log_flags = parse_log_items(v);
	o->stats = env_flag("RUNFOREIGN_STATS");
	o->sysroot = getenv("RUNFOREIGN_SYSROOT");
	o->exec_fd = loader_binfmt_exec_fd();
	if (o->exec_fd >= 0 || loader_binfmt_p_name(argv[0])) {
		/* Started by binfmt_misc with flag P (binfmt.c): argv is
		 * runforeign FULLPATH ARGV0 ARGS..., no options. */
		if (argc < 3)
			usage_error("started by binfmt_misc without argv[0] (register with flag P)%s", "");
		o->program = argv[1];
		o->argv0 = argv[2];
		o->args = &argv[3];
		return;
	}

	for (i = 1; i < argc; i++) {
		const char *a = argv[i];

		if (a[0] != '-' || a[1] == '\0')
			break;
		if (strcmp(a, "--") == 0) {
			i++;
			break;
		}
		if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
			usage(stdout);
			exit(0);
		} else if (strcmp(a, "-V") == 0 || strcmp(a, "--version") == 0) {
			printf("runforeign %s\n", RF_VERSION);
			exit(0);
		} else if (strcmp(a, "--strace") == 0) {
			o->strace = 1;
		} else if (strcmp(a, "--stats") == 0) {
			o->stats = 1;
		} else if (strcmp(a, "--binfmt") == 0 || strncmp(a, "--binfmt=", 9) == 0) {
			o->binfmt = a[8] == '=' ? a + 9 : opt_arg(argc, argv, &i, "--binfmt");
			return;
		} else if (strncmp(a, "-E", 2) == 0) {
			o->env = env_set(o->env, opt_arg(argc, argv, &i, "-E"));
		} else if (strncmp(a, "-U", 2) == 0) {
			env_unset(o->env, opt_arg(argc, argv, &i, "-U"));
		} else if (strncmp(a, "-0", 2) == 0) {
			o->argv0 = opt_arg(argc, argv, &i, "-0");
		} else if (strncmp(a, "-L", 2) == 0) {
			o->sysroot = opt_arg(argc, argv, &i, "-L");
		} else if (strncmp(a, "-D", 2) == 0) {
			o->log_file = opt_arg(argc, argv, &i, "-D");
		} else if (strncmp(a, "-d", 2) == 0) {
			o->log_flags = parse_log_items(opt_arg(argc, argv, &i, "-d"));
		} else {
			usage_error("unknown option '%s'", a);
		}
	}
	if (i >= argc)
		usage_error("no program given%s", "");
	o->program = argv[i];
	o->args = &argv[i + 1];
	if (!o->argv0)
		o->argv0 = o->program;
}
