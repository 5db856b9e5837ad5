/*
 * sigframe.h -- the arm64 rt_sigframe on the guest stack, the alternate
 * signal stack, and the sigreturn trampoline page.  Internal to the signal
 * code (signal.c and sigframe.c); nothing else includes it.
 */
#ifndef RF_SYSCALL_SIGFRAME_H
#define RF_SYSCALL_SIGFRAME_H

#include "abi/signal.h"
#include "xlate/cpu.h"

/* What the kernel records about a fault for the frame: sigcontext's
 * fault_address and, if esr != 0, an esr_context record. */
struct sig_fault {
	uint64_t address;
	uint64_t esr;
};

/* sigframe_push -- build the frame for handler ka of signal info->si_signo
 * on the guest stack (or the alternate stack, SA_ONSTACK), saving c's
 * registers and oldmask, and point c at the handler with x30 = restorer.
 * 0, or -EFAULT if the frame cannot be written (c is then unchanged). */
int sigframe_push(struct cpu *c, const struct guest_siginfo *info,
		  const struct guest_sigaction *ka, guest_sigset_t oldmask,
		  guest_addr_t restorer, const struct sig_fault *fault);

/* sigframe_pop -- rt_sigreturn: read the frame at c->sp.  Returns -1 if it
 * cannot be read (c unchanged).  Otherwise stores the saved mask in *mask
 * and the saved stack_t in *stack, restores x0-x30, sp, pc and NZCV into c
 * and then validates the rest as the kernel does: returns 1 for a bad frame
 * (general registers already replaced, as in the kernel), or 0 after also
 * restoring V0-V31, FPSR and FPCR. */
int sigframe_pop(struct cpu *c, guest_sigset_t *mask, struct guest_stack *stack);

/* sigframe_fork_prepare / sigframe_fork_done -- hold the trampoline's
 * lock across a host fork (see sig_fork_begin()). */
void sigframe_fork_prepare(void);
void sigframe_fork_done(void);

/* sigframe_trampoline -- guest address of "mov x8, #139; svc #0" in a
 * read+execute guest page (mapped on first use, like the vDSO's
 * __kernel_rt_sigreturn), or 0 if it cannot be mapped. */
guest_addr_t sigframe_trampoline(void);

/* ---- the alternate signal stack of the calling thread ---- */

/* altstack_save/altstack_restore -- copy the thread's alternate stack
 * settings out and back (around a vfork child, see signal.h). */
void altstack_save(uint64_t out[3]);
void altstack_restore(const uint64_t in[3]);

/* altstack_flags -- sas_ss_flags(): SS_DISABLE if none, SS_ONSTACK if sp
 * is on it, else 0. */
int altstack_flags(uint64_t sp);

/* altstack_get -- the stack_t sigaltstack() reports for stack pointer sp. */
void altstack_get(struct guest_stack *out, uint64_t sp);

/* altstack_reset -- a new thread's alternate stack: none, SS_DISABLE. */
void altstack_reset(void);

/* altstack_set -- sigaltstack()'s change for stack pointer sp: 0, -EPERM
 * (on the stack), -EINVAL (flags), -ENOMEM (too small). */
int altstack_set(const struct guest_stack *ss, uint64_t sp);

#endif
