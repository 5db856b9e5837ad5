/*
 * xlate.h -- the translator's interface to the layers above.
 *
 * xlate runs guest code on a struct cpu until something needs the outside
 * world, and returns why (enum xlate_exit).  It knows nothing about Linux.
 */
#ifndef RF_XLATE_XLATE_H
#define RF_XLATE_XLATE_H

#include <stdio.h>
#include <signal.h>
#include "xlate/cpu.h"
#include "xlate/gmem.h"
#include "xlate/rf.h"

/* xlate_init -- compile the encoding table and install the host fault
 * handlers (SIGSEGV, SIGBUS).  Call once, before any other xlate call. */
void xlate_init(void);

/* xlate_fork_prepare -- take the translator's locks (block cache, guest
 * mappings) before a host fork, so that the child, which has only the
 * forking thread, does not inherit them held by another thread;
 * xlate_fork_done -- release them, in the parent and in the child. */
void xlate_fork_prepare(void);
void xlate_fork_done(int child);

/* xlate_fault_install -- (re)install the host handlers of SIGSEGV, SIGBUS,
 * SIGILL and SIGFPE (xlate_init() does it first). */
void xlate_fault_install(void);

/* xlate_cpu_new -- a zeroed cpu with its caches; NULL if out of memory. */
struct cpu *xlate_cpu_new(void);
void xlate_cpu_free(struct cpu *c);

/* xlate_thread_enter -- bind c to the calling host thread (for the fault
 * handler) and give the thread an alternate signal stack.  0 or -errno. */
int xlate_thread_enter(struct cpu *c);

/* xlate_current -- the cpu bound to this host thread, or NULL. */
struct cpu *xlate_current(void);

/* xlate_run -- execute guest code from c->pc until an exit; returns the
 * enum xlate_exit reason with c's exit fields filled in. */
int xlate_run(struct cpu *c);

/* xlate_invalidate -- guest code in [start, start+len) changed or was
 * unmapped: drop translations of it.  Safe to call between runs. */
void xlate_invalidate(guest_addr_t start, uint64_t len);

/* xlate_swap_current -- bind c to this host thread as xlate_thread_enter()
 * does, without a new alternate stack; returns the cpu bound before. */
struct cpu *xlate_swap_current(struct cpu *c);

/* Logging (-d): XLATE_LOG_IN_ASM prints each newly translated block. */
#define XLATE_LOG_IN_ASM 0x1
void xlate_set_log(FILE *f, unsigned flags);

/* xlate_disas -- Capstone disassembly of one instruction into buf
 * ("mnemonic operands", or ".inst 0x...  (undefined)").  Returns buf. */
char *xlate_disas(uint32_t insn, uint64_t pc, char *buf, size_t n);

/* A host signal xlate's fault handler does not own (SIGSEGV/SIGBUS sent by
 * kill(), or one that is not a guest fault is not passed here: that is an
 * internal error).  The syscall layer registers this to queue the signal
 * for the guest. */
typedef void xlate_signal_hook(int sig, siginfo_t *info, void *uctx);
void xlate_set_foreign_signal_hook(xlate_signal_hook *fn);

/* xlate_icount_total -- guest instructions retired by all cpus so far. */
uint64_t xlate_icount(const struct cpu *c);

#endif
