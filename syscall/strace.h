/*
 * strace.h -- --strace output, generated from the syscall table's format
 * strings (systab.def).  Lines go to rf_proc.strace.
 */
#ifndef RF_SYSCALL_STRACE_H
#define RF_SYSCALL_STRACE_H

#include "syscall/syscall.h"

/* strace_enter -- print "name(args" before the call. */
void strace_enter(struct cpu *c, const struct sys_row *row, const uint64_t *a);
/* strace_exit -- print the rest of the line, ") = result", after it;
 * r is the guest result (negative guest errno on failure). */
void strace_exit(struct cpu *c, const struct sys_row *row, const uint64_t *a, long r);
/* strace_unknown -- line for a syscall number with no row. */
void strace_unknown(struct cpu *c, uint64_t nr, const uint64_t *a);

#endif
