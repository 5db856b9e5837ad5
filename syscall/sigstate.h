/*
 * sigstate.h -- the signal code's shared state and helpers, internal to
 * signal.c (delivery), sigsys.c (the signal syscalls) and safe_syscall.c.
 * Nothing else includes it; the rest of runforeign uses signal.h.
 */
#ifndef RF_SYSCALL_SIGSTATE_H
#define RF_SYSCALL_SIGSTATE_H

#include <pthread.h>
#include "abi/signal.h"
#include "xlate/cpu.h"

/* Owned by xlate/fault.c at the host, never blocked there. */
#define FAULT_SIGS (GUEST_SIGBIT(GUEST_SIGSEGV) | GUEST_SIGBIT(GUEST_SIGBUS) | \
		    GUEST_SIGBIT(GUEST_SIGILL) | GUEST_SIGBIT(GUEST_SIGFPE))
#define UNBLOCKABLE (GUEST_SIGBIT(GUEST_SIGKILL) | GUEST_SIGBIT(GUEST_SIGSTOP))
/* The kernel dequeues these first (kernel/signal.c: SYNCHRONOUS_MASK). */
#define SYNC_SIGS (FAULT_SIGS | GUEST_SIGBIT(GUEST_SIGTRAP) | GUEST_SIGBIT(GUEST_SIGSYS))

/* A queue holding SIGQ_MAX signals is full: from then on the host mask
 * blocks every signal but the fault ones, which the host kernel cannot
 * hold back; the spare slots take those (at most four, as standard signals
 * coalesce).  See host_on_signal(). */
#define SIGQ_MAX 64
#define SIGQ_SLOTS (SIGQ_MAX + 32)

/* Signals caught at the host and not yet delivered, in arrival order.
 * Written by the host handler with all host signals blocked; read by the
 * thread itself with all host signals blocked. */
struct sigq {
	volatile int n;
	struct guest_siginfo e[SIGQ_SLOTS];
};

/* One guest thread's signal state. */
struct sig_thread {
	int ready;                    /* mask initialised (sig_init, sig_thread_start) */
	guest_sigset_t mask;          /* the guest's blocked set */
	guest_sigset_t saved_mask;    /* restore after the wait (sigsuspend, ppoll) */
	int saved_mask_valid;
	int sigreturn;                /* 0, SIGRET_OK or SIGRET_BAD after rt_sigreturn */
	uint64_t sigreturn_x0;
	volatile int signalled;       /* the host handler ran since the last delivery */
	volatile int full;            /* q.n >= SIGQ_MAX: nothing more may come in */
	volatile int held;            /* the host mask may be the full queue's hold mask */
	struct sigq q;
	/* A vfork child's own dispositions (it shares the parent's memory but
	 * not its signal handlers, as without CLONE_SIGHAND); NULL: the
	 * process's sig_actions_shared. */
	struct guest_sigaction *actions;
};

enum { SIGRET_OK = 1, SIGRET_BAD = 2 };

extern __thread struct sig_thread sig_self;
extern struct guest_sigaction sig_actions_shared[GUEST_NSIG + 1];
/* The dispositions the calling thread sees, indexed by signal number. */
#define sig_actions (sig_self.actions ? sig_self.actions : sig_actions_shared)
extern pthread_mutex_t sig_actions_lock;

/* sig_host_setmask -- the raw rt_sigprocmask(SIG_SETMASK) of the host
 * thread, old mask to *old if not NULL. */
void sig_host_setmask(uint64_t set, uint64_t *old);

/* sig_set_mask -- set the guest mask (never SIGKILL/SIGSTOP) and mirror
 * it at the host (sig_host_apply()). */
void sig_set_mask(guest_sigset_t m);

/* sig_host_apply -- make the host mask of the calling thread want minus
 * the fault signals, or, while its queue is full, everything but the fault
 * signals.  Race-free against the host handler filling the queue. */
void sig_host_apply(guest_sigset_t want);

/* sig_safe_syscall_base -- sig_safe_syscall() testing *flag instead of
 * the thread's signalled flag (safe_syscall.c). */
long sig_safe_syscall_base(volatile int *flag, long nr, long a1, long a2, long a3,
			   long a4, long a5, long a6);

/* sig_mirror_action -- make the host disposition of sig match ka. */
void sig_mirror_action(int sig, const struct guest_sigaction *ka);

/* sigq_take -- remove the first signal in set (kernel order) into *out;
 * 0 if none.  sigq_set -- the signals queued.  sigq_discard -- drop sig. */
int sigq_take(struct sigq *q, guest_sigset_t set, struct guest_siginfo *out);
guest_sigset_t sigq_set(const struct sigq *q);
void sigq_discard(struct sigq *q, int sig);

/* sig_safe_syscall_fixup -- called by the host handler with its ucontext:
 * if the thread was between sig_safe_syscall()'s check and its syscall
 * instruction, make it return -EINTR instead of blocking. */
void sig_safe_syscall_fixup(void *uctx);

#endif
