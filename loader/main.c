/*
 * main.c -- runforeign [OPTIONS] PROGRAM [ARGS...]: parse the command line,
 * load the guest program, build its stack and run it.
 *
 * This file owns the process: it is the only place that decides exit
 * statuses for runforeign's own errors (RF_EXIT_* in xlate/rf.h).
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "loader/loader.h"
#include "syscall/signal.h"
#include "syscall/syscall.h"
#include "xlate/gmem.h"
#include "xlate/xlate.h"

/* Check that runforeign itself lives above guest space (it is built as a
 * position-independent executable, which the kernel places high). */
static void check_host_layout(void)
{
	static int probe;

	if ((uintptr_t)&probe < GUEST_ADDR_LIMIT || (uintptr_t)&check_host_layout < GUEST_ADDR_LIMIT) {
		fprintf(stderr, "runforeign: internal error: runforeign is loaded inside the guest "
			"address range (built without -pie?)\n");
		exit(RF_EXIT_INTERNAL);
	}
}

/* Where runforeign keeps its own log descriptor: high, out of the way of
 * the guest, whose next open() must get the lowest free number as it
 * would natively. */
#define RF_LOG_FD_MIN 512

/* The -D file (one stream for --strace and -d), or stderr. */
static FILE *open_log(const char *path)
{
	static FILE *log;
	int fd, high;

	if (!path)
		return stderr;
	if (log)
		return log;
	fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (fd < 0) {
		fprintf(stderr, "runforeign: %s: cannot open the log file: %s\n", path, strerror(errno));
		exit(RF_EXIT_USAGE);
	}
	high = fcntl(fd, F_DUPFD_CLOEXEC, RF_LOG_FD_MIN);
	if (high >= 0) {
		close(fd);
		fd = high;
	}
	log = fdopen(fd, "w");
	if (!log) {
		fprintf(stderr, "runforeign: %s: cannot open the log file: %s\n", path, strerror(errno));
		exit(RF_EXIT_USAGE);
	}
	setvbuf(log, NULL, _IOLBF, 0);
	rf_proc.log_fd = fd;
	return log;
}

int main(int argc, char **argv, char **envp)
{
	struct rf_options o;
	struct rf_image img;
	struct cpu *c;
	char exe[PATH_MAX];
	const char *execfn;
	int r;

	sig_preinit();
	clock_gettime(CLOCK_MONOTONIC, &rf_proc.start_time);
	check_host_layout();
	loader_parse_options(&o, argc, argv, envp);
	if (o.binfmt)
		return loader_binfmt(o.binfmt);
	loader_exec_fd = o.exec_fd;
	xlate_init();
	if (o.strace)
		rf_proc.strace = open_log(o.log_file);
	if (o.log_flags)
		xlate_set_log(open_log(o.log_file), o.log_flags);
	rf_proc.stats = o.stats;

	rf_proc.sysroot = loader_find_sysroot(o.sysroot);
	execfn = o.program;
	r = loader_script(&o);
	if (r != 0)
		return r;
	r = loader_load_elf(o.program, rf_proc.sysroot, &img);
	if (r != 0)
		return r;
	rf_proc.exe_path = realpath(o.program, exe) ? strdup(exe) : strdup(o.program);
	rf_proc.execfn = (char *)execfn;
	rf_proc.brk_start = rf_proc.brk_cur = img.brk;

	c = xlate_cpu_new();
	if (!c || xlate_thread_enter(c) != 0) {
		fprintf(stderr, "runforeign: out of memory\n");
		return RF_EXIT_INTERNAL;
	}
	r = loader_build_stack(c, &img, &o, execfn);
	if (r != 0)
		return r;
	c->pc = img.start;
	sig_init();
	sys_cpu_loop(c);
}
