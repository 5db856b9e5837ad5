/*
 * signal.h -- guest signals: dispositions, masks, queued delivery and the
 * arm64 signal frame.  Used by the cpu loop and by syscall handlers.
 *
 * Model (see signal.c for the details):
 *  - Guest signal numbers are host signal numbers (1..64, identical on arm64
 *    and x86-64).  The host disposition mirrors the guest's: a guest handler
 *    is a host handler that queues the signal for the guest; SIG_IGN and
 *    SIG_DFL are the same at the host, so the host kernel ignores, stops,
 *    continues or kills runforeign exactly as it would the guest.
 *  - The host signal mask of a thread mirrors its guest mask, so blocked
 *    signals stay pending in the host kernel (which also picks the thread
 *    for a process-directed signal).  SIGSEGV, SIGBUS, SIGILL and SIGFPE
 *    are never blocked at the host: xlate/fault.c needs them.
 *  - A queued signal makes xlate_run() return at the next block boundary;
 *    sys_cpu_loop() then delivers it by building an arm64 rt_sigframe.
 */
#ifndef RF_SYSCALL_SIGNAL_H
#define RF_SYSCALL_SIGNAL_H

#include <signal.h>
#include "abi/signal.h"
#include "xlate/cpu.h"

/* sig_init -- adopt the inherited host dispositions (SIG_IGN survives
 * exec) and mask as the guest's, install the host handlers and the fault
 * hook.  Call once at start-up, after xlate_init() and xlate_thread_enter(). */
void sig_init(void);

/* sig_preinit -- read the signal state inherited from exec (the mask and
 * ignored dispositions of the fault signals included) before xlate_init()
 * installs the fault handlers.  The first call in main(); sig_init() does
 * it if it was not done. */
void sig_preinit(void);

/* sig_exec_prepare -- make the host signal state the one execve must hand
 * to the new image (see signal.c); sig_exec_failed -- undo it after a
 * failed execve. */
void sig_exec_prepare(void);
void sig_exec_failed(void);

/* sig_thread_enter -- check that the calling host thread's guest signal
 * state is set up (sig_init() or sig_thread_start()).  sys_cpu_loop()
 * calls it first. */
void sig_thread_enter(void);

/* sig_thread_start -- set up a new guest thread's signal state with mask,
 * its creator's guest mask.  The host thread must start with every host
 * signal blocked. */
void sig_thread_start(guest_sigset_t mask);

/* sig_fork_begin -- block every host signal and take runforeign's locks
 * around a host fork, the old mask to *saved.  sig_fork_end -- after the
 * fork: release the locks; the parent gets saved back, the child
 * (child != 0) an empty queue and its guest mask. */
void sig_fork_begin(uint64_t *saved);
void sig_fork_end(int child, uint64_t saved);

/* sig_sync -- a synchronous trap in guest code at c->pc (fault, undefined
 * instruction, BRK): deliver sig with si_code code and si_addr addr to the
 * guest handler, or perform the default action (which does not return).
 * Like the kernel's force_sig, a blocked or ignored sig is reset to its
 * default action first. */
void sig_sync(struct cpu *c, int sig, int code, guest_addr_t addr);

/* sig_deliver_pending -- deliver any pending, unblocked signals to the
 * guest (builds frames on the guest stack); default actions may end the
 * process.  Called at exits from the run loop. */
void sig_deliver_pending(struct cpu *c);

/* sig_syscall_return -- after sys_dispatch() of syscall nr whose first
 * argument was orig_x0: finish rt_sigreturn, turn an interrupted syscall
 * into a restart or -EINTR as the kernel's -ERESTARTSYS rules say, and
 * deliver pending signals. */
void sig_syscall_return(struct cpu *c, uint64_t nr, uint64_t orig_x0);

/* sig_die -- end the process the way a native process dies of sig:
 * default disposition, unblocked, raised.  Never returns. */
_Noreturn void sig_die(int sig);

/* For syscalls that wait with a temporary signal mask (ppoll, pselect6,
 * epoll_pwait): sig_wait_mask_begin() makes mask the guest's mask until the
 * syscall returns, fills *host with the matching host mask to pass to the
 * host call, and returns 0, or -EINTR if a signal that mask unblocks is
 * already queued (do not block then).  The old mask is restored after the
 * handler frame saves it, as the kernel's saved_sigmask does. */
int sig_wait_mask_begin(guest_sigset_t mask, sigset_t *host);

/* sig_safe_syscall -- the host syscall nr with up to six arguments, for
 * syscalls that block: the result (>= 0) or -errno, and -EINTR without
 * calling it if a guest signal was caught since signals were last
 * delivered (see safe_syscall.c).  The caller returns -EINTR as is; the
 * cpu loop then delivers the signal and restarts the guest's syscall or
 * not.  Unused arguments may be anything. */
long sig_safe_syscall(long nr, long a1, long a2, long a3, long a4, long a5, long a6);

/* A vfork child (CLONE_VM|CLONE_VFORK) runs on the host thread storage of
 * the parent thread, which the host kernel holds suspended meanwhile.
 * sig_vfork_save() copies the thread's signal state and alternate stack
 * (NULL if out of memory); sig_vfork_restore() puts them back and frees
 * the copy.  sig_vfork_child_enter() gives the child an empty queue and
 * its own copy of the dispositions (as a vfork child without CLONE_SIGHAND
 * has) and opens the host mask to the guest's; -1 if out of memory. */
struct sig_vfork_saved;
struct sig_vfork_saved *sig_vfork_save(void);
void sig_vfork_restore(struct sig_vfork_saved *s);
int sig_vfork_child_enter(void);

/* sig_guest_mask -- the calling thread's guest signal mask. */
guest_sigset_t sig_guest_mask(void);

#endif
