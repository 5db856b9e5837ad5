/*
 * script.c -- "#!" scripts named on the command line.
 *
 * `runforeign ./tool.py ARGS` does what the kernel's binfmt_script does for
 * an execve of the script: the interpreter named on the "#!" line runs with
 * argv = interpreter [one optional argument] script ARGS.  The interpreter
 * is looked up under the sysroot first (as every absolute path the guest
 * names is); when it is an AArch64 program, runforeign loads it in place of
 * the script, and AT_EXECFN, like the process name, stays the script's path.
 * An interpreter for the host (a script for the host's /bin/sh, say) is
 * executed directly.  Like the kernel, up to four levels of interpreter
 * scripts are followed.
 */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "loader/loader.h"
#include "syscall/syscall.h"
#include "xlate/rf.h"

/* The kernel's BINPRM_MAX_RECURSION counts the ELF level too. */
#define MAX_SCRIPT_DEPTH 4

static size_t vec_len(char **v)
{
	size_t n = 0;

	while (v[n])
		n++;
	return n;
}

int loader_script(struct rf_options *o)
{
	const char *script = o->program; /* the name the kernel would pass on */
	char line[256], ipath[PATH_MAX], *interp, *iarg;
	int depth;

	if (o->exec_fd >= 0)
		return 0; /* binfmt_misc handed over an opened ELF file */
	for (depth = 0;; depth++) {
		long kind = sys_exec_classify(o->program, 0, line, sizeof line);
		size_t n, k = 0;
		char **args;

		if (kind != SYS_EXEC_SCRIPT)
			return 0; /* an ELF, or an error the ELF loader reports */
		if (depth == MAX_SCRIPT_DEPTH)
			return loader_fail(script, RF_EXIT_NOEXEC,
					   "too many levels of \"#!\" interpreters");
		if (sys_exec_script_args(line, &interp, &iarg) != 0)
			return loader_fail(o->program, RF_EXIT_NOEXEC,
					   "the \"#!\" line names no interpreter");
		if (!(interp = strdup(interp)) || (iarg && !(iarg = strdup(iarg))))
			return loader_fail(o->program, RF_EXIT_INTERNAL, "out of memory");
		sys_exec_interp_path(interp, ipath, sizeof ipath);
		kind = sys_exec_classify(ipath, 1, line, sizeof line);
		if (kind < 0) {
			int in_root = rf_proc.sysroot && interp[0] == '/';
			return loader_fail(o->program, kind == -ENOENT || kind == -ENOTDIR ?
					   RF_EXIT_NOENT : RF_EXIT_NOEXEC,
					   "interpreter %s: %s%s%s%s", interp, strerror((int)-kind),
					   in_root ? " (looked for in " : "",
					   in_root ? rf_proc.sysroot : "", in_root ? " and /)" : "");
		}
		n = vec_len(o->args);
		args = calloc(n + 3, sizeof *args);
		if (!args)
			return loader_fail(o->program, RF_EXIT_INTERNAL, "out of memory");
		if (iarg)
			args[k++] = iarg;
		args[k++] = depth == 0 ? (char *)script : (char *)o->argv0;
		memcpy(args + k, o->args, (n + 1) * sizeof *args);
		if (kind == SYS_EXEC_OTHER) {
			/* A host program: argv[0] first, then run it as it is. */
			memmove(args + 1, args, (k + n + 1) * sizeof *args);
			args[0] = interp;
			execve(ipath, args, o->env);
			return loader_fail(o->program, RF_EXIT_NOEXEC, "interpreter %s: %s",
					   interp, strerror(errno));
		}
		o->argv0 = interp;
		o->args = args;
		o->program = strdup(ipath);
		if (!o->program)
			return loader_fail(script, RF_EXIT_INTERNAL, "out of memory");
	}
}
