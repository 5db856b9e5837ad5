/*
 * exit.c -- the one way the guest process ends normally: report --stats,
 * flush runforeign's own streams, exit with the guest's status.
 */
#include <stdio.h>
#include <time.h>
#include <unistd.h>
#include "syscall/syscall.h"
#include "xlate/xlate.h"

void sys_stats_report(void)
{
	struct timespec now;
	struct cpu *c = xlate_current();
	double ms;

	if (!rf_proc.stats)
		return;
	clock_gettime(CLOCK_MONOTONIC, &now);
	ms = (double)(now.tv_sec - rf_proc.start_time.tv_sec) * 1e3 +
	     (double)(now.tv_nsec - rf_proc.start_time.tv_nsec) / 1e6;
	fprintf(stderr, "runforeign: stats: guest_insns=%llu wall_ms=%.0f\n",
		(unsigned long long)(c ? xlate_icount(c) : 0), ms);
}

_Noreturn void sys_exit_process(int status)
{
	sys_stats_report();
	if (rf_proc.strace)
		fflush(rf_proc.strace);
	fflush(stderr);
	_exit(status & 0xff);
}
