/*
 * strace.c -- --strace lines from the syscall table's format strings.
 */
#include <stdio.h>
#include "syscall/strace.h"

void strace_enter(struct cpu *c, const struct sys_row *row, const uint64_t *a)
{
	const char *f;
	int i = 0;

	fprintf(rf_proc.strace, "%s(", row->name);
	for (f = row->fmt; *f && *f != ':'; f++, i++)
		fprintf(rf_proc.strace, "%s%#llx", i ? ", " : "", (unsigned long long)a[i]);
}

void strace_exit(struct cpu *c, const struct sys_row *row, const uint64_t *a, long r)
{
	fprintf(rf_proc.strace, ") = %ld\n", r);
}

void strace_unknown(struct cpu *c, uint64_t nr, const uint64_t *a)
{
	fprintf(rf_proc.strace, "syscall_%llu(...) = -ENOSYS\n", (unsigned long long)nr);
}
