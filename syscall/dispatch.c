/*
 * dispatch.c -- the syscall table expanded into dispatch, and the single
 * point where host errno becomes guest errno.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include "abi/errno.h"
#include "syscall/syscall.h"
#include "syscall/strace.h"
#include "xlate/interp.h"

struct rf_proc rf_proc;

/* A row whose handler is not linked in resolves to sys_unimplemented;
 * tests/unit/test_systab.c fails if any row does, so this never ships as a
 * silent stub. */
long sys_unimplemented(struct cpu *c, const uint64_t *a);
long sys_unimplemented(struct cpu *c, const uint64_t *a)
{
	return -ENOSYS;
}

#define SYSCALL(nr, name, fmt) \
	sys_fn sys_##name __attribute__((weak, alias("sys_unimplemented")));
#include "syscall/systab.def"
#undef SYSCALL

#define SYS_TABLE_SIZE 512
static const struct sys_row sys_table[SYS_TABLE_SIZE] = {
#define SYSCALL(nr, name, fmt) [nr] = {#name, sys_##name, fmt},
#include "syscall/systab.def"
#undef SYSCALL
};

const struct sys_row *sys_lookup(uint64_t nr)
{
	if (nr >= SYS_TABLE_SIZE || !sys_table[nr].fn)
		return NULL;
	return &sys_table[nr];
}

/* One diagnostic per unknown syscall number, then silence. */
static void report_unknown(uint64_t nr)
{
	static unsigned char seen[SYS_TABLE_SIZE];

	if (nr < SYS_TABLE_SIZE) {
		if (__atomic_exchange_n(&seen[nr], 1, __ATOMIC_RELAXED))
			return;
	}
	fprintf(stderr, "runforeign: unsupported syscall %llu, returning ENOSYS\n",
		(unsigned long long)nr);
}

/* The kernel names a task after the file it executes (fs/exec.c:
 * __set_task_comm(kbasename(bprm->filename))); the host named this one
 * "runforeign".  Renamed before the guest's first syscall, the first point
 * at which it could look (/proc/self/comm, /proc/self/stat, PR_GET_NAME). */
static void name_task(void)
{
	static int done;
	const char *base;

	if (__atomic_exchange_n(&done, 1, __ATOMIC_RELAXED) || !rf_proc.execfn)
		return;
	base = strrchr(rf_proc.execfn, '/');
	prctl(PR_SET_NAME, base ? base + 1 : rf_proc.execfn);
}

int sys_dispatch(struct cpu *c)
{
	uint64_t nr = c->x[8];
	const struct sys_row *row = sys_lookup(nr);
	uint64_t a[6] = {c->x[0], c->x[1], c->x[2], c->x[3], c->x[4], c->x[5]};
	long r;

	name_task();
	if (!row) {
		report_unknown(nr);
		if (rf_proc.strace)
			strace_unknown(c, nr, a);
		c->x[0] = (uint64_t)-(int64_t)GUEST_ENOSYS;
		return 0;
	}
	if (rf_proc.strace)
		strace_enter(c, row, a);
	r = row->fn(c, a);
	if (r < 0 && r >= -4095)
		r = -(long)abi_errno_to_guest((int)-r);
	if (rf_proc.strace)
		strace_exit(c, row, a, r);
	c->x[0] = (uint64_t)r;
	return 0;
}
