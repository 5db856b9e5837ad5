/*
 * signal.c -- guest signals: dispositions, masks, the queue of signals
 * caught at the host, delivery to guest handlers, default actions and
 * syscall restart.  Frames are built in sigframe.c, the signal syscalls
 * are in sigsys.c, blocking host calls without a race in safe_syscall.c.
 *
 * Host mirror.  Guest signal n is host signal n: arm64 and x86-64 Linux
 * number 1..64 alike.  For every signal but SIGKILL/SIGSTOP and the four
 * that xlate/fault.c owns (SIGSEGV, SIGBUS, SIGILL, SIGFPE):
 *   guest SIG_IGN  -> host SIG_IGN  (write gets EPIPE, children are reaped
 *                                   by the kernel, exec'd programs inherit it)
 *   guest SIG_DFL  -> host SIG_DFL  (the host kernel terminates, dumps core,
 *                                   stops or continues runforeign itself, so
 *                                   the parent sees exactly "killed by SIGx")
 *   guest handler  -> host_on_signal(), which queues the siginfo here and
 *                     asks the cpu to stop at the next block boundary.
 * SA_NOCLDSTOP/SA_NOCLDWAIT are mirrored too.  The host mask of a thread is
 * its guest mask minus the fault signals, so blocked signals stay pending in
 * the host kernel until the guest unblocks, waits for or asks about them;
 * while the thread's queue is full it is everything but the fault signals,
 * so that the host kernel keeps what runforeign cannot take yet (queued in
 * the kernel's order, never lost: see host_on_signal()).
 * Host handlers never use SA_RESTART: a blocking host syscall returns EINTR
 * and sig_syscall_return() restarts it or not by the guest's rules.
 *
 * Signals 32 and 33 are the host glibc's SIGCANCEL/SIGSETXID; runforeign
 * never cancels threads and must make set*id calls with raw syscalls, so
 * the guest owns both (its own libc uses them the same way).  Everything
 * here therefore talks to the host kernel with raw rt_sigaction and
 * rt_sigprocmask calls, which glibc's wrappers would refuse for 32/33.
 *
 * Per-thread state is __thread: each guest thread is a host thread, the
 * host kernel routes a signal to a thread that does not block it, and that
 * thread's handler queues it on its own queue.  Dispositions are process
 * wide, under a lock.
 */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <ucontext.h>
#include <unistd.h>
#include "abi/errno.h"
#include "syscall/sigframe.h"
#include "syscall/sigstate.h"
#include "syscall/signal.h"
#include "syscall/syscall.h"
#include "xlate/gmap.h"
#include "xlate/xlate.h"

/* ---- raw host calls ---- */

/* The kernel's struct sigaction on x86-64 (the same shape as arm64's). */
struct host_ksigaction {
	void *handler;
	unsigned long flags;
	void (*restorer)(void);
	uint64_t mask;
};

#define HOST_SA_RESTORER 0x04000000ul

/* x86-64 returns from a handler through rt_sigreturn (15) at sa_restorer. */
void sig_host_restorer(void) __attribute__((visibility("hidden")));
__asm__(".pushsection .text\n"
	".type sig_host_restorer, @function\n"
	"sig_host_restorer:\n"
	"\tmovq $15, %rax\n"
	"\tsyscall\n"
	".size sig_host_restorer, . - sig_host_restorer\n"
	".popsection\n");

static int host_sigaction(int sig, void *handler, unsigned long flags, uint64_t mask)
{
	struct host_ksigaction ka = {handler, flags | HOST_SA_RESTORER, sig_host_restorer, mask};

	return (int)syscall(SYS_rt_sigaction, sig, &ka, NULL, sizeof(uint64_t));
}

void sig_host_setmask(uint64_t set, uint64_t *old)
{
	syscall(SYS_rt_sigprocmask, SIG_SETMASK, &set, old, sizeof set);
}

static int host_owned_by_fault(int sig)
{
	return (GUEST_SIGBIT(sig) & FAULT_SIGS) != 0;
}

/* ---- state ---- */

__thread struct sig_thread sig_self;
struct guest_sigaction sig_actions_shared[GUEST_NSIG + 1];
pthread_mutex_t sig_actions_lock = PTHREAD_MUTEX_INITIALIZER;

static void host_on_signal(int sig, siginfo_t *si, void *uctx);

guest_sigset_t sig_guest_mask(void)
{
	return sig_self.mask;
}

void sig_set_mask(guest_sigset_t m)
{
	sig_self.mask = m & ~UNBLOCKABLE;
	sig_host_apply(sig_self.mask);
}

/*
 * The host handler may fill the queue at any moment the host mask lets a
 * signal in; from then on nothing may open the mask until the queue has
 * room again, or the next signal would find no slot.  So the open mask is
 * installed by the safe-syscall entry testing the full flag immediately
 * before the syscall instruction: a handler that runs in between sends it
 * to the -EINTR exit without the syscall, and the loop looks again.  A
 * handler that fills the queue after the syscall installs the hold mask
 * itself, on its return.
 */
void sig_host_apply(guest_sigset_t want)
{
	uint64_t open = want & ~FAULT_SIGS;

	for (;;) {
		if (sig_self.full) {
			sig_self.held = 1;
			sig_host_setmask(~FAULT_SIGS, NULL);
			return;
		}
		sig_self.held = 0;
		if (sig_safe_syscall_base(&sig_self.full, SYS_rt_sigprocmask, SIG_SETMASK,
					  (long)&open, 0, sizeof open, 0, 0) != -EINTR)
			return;
	}
}

/* See the top of the file. */
void sig_mirror_action(int sig, const struct guest_sigaction *ka)
{
	unsigned long flags = ka->flags & (GUEST_SA_NOCLDSTOP | GUEST_SA_NOCLDWAIT);

	if (sig == GUEST_SIGKILL || sig == GUEST_SIGSTOP || host_owned_by_fault(sig))
		return;
	if (ka->handler == GUEST_SIG_IGN)
		host_sigaction(sig, SIG_IGN, flags, 0);
	else if (ka->handler == GUEST_SIG_DFL)
		host_sigaction(sig, SIG_DFL, flags, 0);
	else
		host_sigaction(sig, (void *)host_on_signal, flags | SA_SIGINFO | SA_ONSTACK, ~0ull);
}

/* ---- the queue ---- */

/* Queue info (see host_on_signal() for why there is always a slot). */
static void sigq_push(struct sigq *q, const struct guest_siginfo *info)
{
	int i, n = q->n;

	if (info->si_signo < GUEST_SIGRTMIN) {
		for (i = 0; i < n; i++)
			if (q->e[i].si_signo == info->si_signo)
				return;   /* standard signals do not queue */
	}
	if (n < SIGQ_SLOTS) {
		q->e[n] = *info;
		q->n = n + 1;
	}
}

/* Remove and return (in *out) the signal the kernel would dequeue first
 * among those in set: synchronous ones, then the lowest number, then the
 * oldest.  Returns 0 if there is none. */
int sigq_take(struct sigq *q, guest_sigset_t set, struct guest_siginfo *out)
{
	uint64_t old;
	int i, best = -1;

	if (!q->n)
		return 0;
	sig_host_setmask(~0ull, &old);
	for (i = 0; i < q->n; i++) {
		int s = q->e[i].si_signo;
		guest_sigset_t bit = GUEST_SIGBIT(s);

		if (!(set & bit))
			continue;
		if (best < 0 || ((bit & SYNC_SIGS) && !(GUEST_SIGBIT(q->e[best].si_signo) & SYNC_SIGS)) ||
		    (!(GUEST_SIGBIT(q->e[best].si_signo) & SYNC_SIGS) == !(bit & SYNC_SIGS) &&
		     s < q->e[best].si_signo))
			best = i;
	}
	if (best >= 0) {
		*out = q->e[best];
		memmove(&q->e[best], &q->e[best + 1], (size_t)(q->n - best - 1) * sizeof q->e[0]);
		q->n--;
		/* There is room again; the hold mask stays until sig_host_apply(). */
		if (q == &sig_self.q && q->n < SIGQ_MAX)
			sig_self.full = 0;
	}
	sig_host_setmask(old, NULL);
	return best >= 0;
}

guest_sigset_t sigq_set(const struct sigq *q)
{
	guest_sigset_t s = 0;
	int i;

	for (i = 0; i < q->n; i++)
		s |= GUEST_SIGBIT(q->e[i].si_signo);
	return s;
}

/* Every queued instance of sig goes (it became ignored). */
void sigq_discard(struct sigq *q, int sig)
{
	struct guest_siginfo info;

	while (sigq_take(q, GUEST_SIGBIT(sig), &info))
		;
}

/* The host handler for signals the guest handles, and the fault hook for
 * SIGSEGV/SIGBUS/SIGILL/SIGFPE sent by a process.  Async-signal-safe: it
 * only queues and raises the cpu's interrupt request.
 *
 * Nothing is ever dropped: when the queue becomes full, the handler
 * returns with every signal it may block blocked (the hold mask), so the
 * host kernel keeps the next ones pending, in its own order, until the
 * queue has room and sig_host_apply() opens the mask again; every other
 * writer of the host mask goes through sig_host_apply() or blocks all.
 * Only the fault signals get past the hold mask, and coalesced they fit
 * in the spare slots. */
static void host_on_signal(int sig, siginfo_t *si, void *uctx)
{
	struct guest_siginfo info;
	struct cpu *c = xlate_current();
	ucontext_t *uc = uctx;
	uint64_t old, hold = ~FAULT_SIGS;

	sig_host_setmask(~0ull, &old);
	abi_siginfo_from_host(&info, si);
	info.si_signo = sig;
	sigq_push(&sig_self.q, &info);
	if (sig_self.q.n >= SIGQ_MAX) {
		memcpy(&uc->uc_sigmask, &hold, sizeof hold);
		sig_self.full = 1;
		sig_self.held = 1;
		old |= hold;
	}
	sig_self.signalled = 1;
	sig_safe_syscall_fixup(uctx);
	if (c)
		c->interrupt_request = 1;
	sig_host_setmask(old, NULL);
}

/* ---- vfork ---- */

/* What a vfork child may change in the parent thread's storage. */
struct sig_vfork_saved {
	struct sig_thread self;
	uint64_t alt[3];
};

struct sig_vfork_saved *sig_vfork_save(void)
{
	struct sig_vfork_saved *s = malloc(sizeof *s);

	if (s) {
		s->self = sig_self;
		altstack_save(s->alt);
	}
	return s;
}

void sig_vfork_restore(struct sig_vfork_saved *s)
{
	/* The child's own dispositions, left in this storage. */
	if (sig_self.actions != s->self.actions)
		free(sig_self.actions);
	sig_self = s->self;
	altstack_restore(s->alt);
	free(s);
}

int sig_vfork_child_enter(void)
{
	struct guest_sigaction *own = malloc(sizeof sig_actions_shared);

	if (!own)
		return -1;
	pthread_mutex_lock(&sig_actions_lock);
	memcpy(own, sig_actions, sizeof sig_actions_shared);
	pthread_mutex_unlock(&sig_actions_lock);
	/* A new task starts with no pending signals (kernel/fork.c). */
	sig_self.q.n = 0;
	sig_self.signalled = 0;
	sig_self.full = 0;
	sig_self.held = 0;
	sig_self.actions = own;
	sig_host_apply(sig_self.mask);
	return 0;
}

/* ---- start-up ---- */

static void *host_noop_thread(void *arg)
{
	return arg;
}

/* glibc installs its SIGSETXID (33) handler on the process's first
 * pthread_create() (nptl/pthread_create.c, late_init()), which would silently
 * replace a guest handler mirrored earlier: Go's runtime, for one, sends
 * itself signal 33 for syscall.AllThreadsSyscall.  Let that happen now,
 * before the guest's dispositions are mirrored. */
static void host_thread_late_init(void)
{
	pthread_t t;

	if (pthread_create(&t, NULL, host_noop_thread, NULL) == 0)
		pthread_join(t, NULL);
}

/* What runforeign inherited from the exec that started it, read by
 * sig_preinit() before xlate_init() takes the fault signals over. */
static struct {
	int done;
	uint64_t mask;                  /* the blocked mask, fault signals too */
	uint64_t ignored;               /* fault signals inherited as SIG_IGN */
	int npending;
	struct guest_siginfo pending[4]; /* blocked fault signals pending at exec */
} inherited;

void sig_preinit(void)
{
	uint64_t pend = 0, unblock = FAULT_SIGS;
	struct timespec zero = {0, 0};
	siginfo_t si;
	int sig;

	syscall(SYS_rt_sigprocmask, SIG_BLOCK, NULL, &inherited.mask, sizeof inherited.mask);
	for (sig = 1; sig <= GUEST_NSIG; sig++) {
		struct host_ksigaction old;

		if (host_owned_by_fault(sig) &&
		    syscall(SYS_rt_sigaction, sig, NULL, &old, sizeof(uint64_t)) == 0 &&
		    old.handler == SIG_IGN)
			inherited.ignored |= GUEST_SIGBIT(sig);
	}
	/* The host cannot keep the fault signals blocked for the guest: take
	 * the pending ones now; sig_init() queues them for the guest. */
	syscall(SYS_rt_sigpending, &pend, sizeof pend);
	pend &= inherited.mask & FAULT_SIGS;
	while (pend && inherited.npending < (int)RF_ARRAY_SIZE(inherited.pending)) {
		int s = (int)syscall(SYS_rt_sigtimedwait, &pend, &si, &zero, sizeof pend);

		if (s <= 0)
			break;
		abi_siginfo_from_host(&inherited.pending[inherited.npending], &si);
		inherited.pending[inherited.npending++].si_signo = s;
		pend &= ~GUEST_SIGBIT(s);
	}
	syscall(SYS_rt_sigprocmask, SIG_UNBLOCK, &unblock, NULL, sizeof unblock);
	inherited.done = 1;
}

void sig_init(void)
{
	int sig, i;

	if (!inherited.done)
		sig_preinit();
	host_thread_late_init();
	for (i = 0; i < inherited.npending; i++)
		sigq_push(&sig_self.q, &inherited.pending[i]);
	xlate_set_foreign_signal_hook(host_on_signal);

	for (sig = 1; sig <= GUEST_NSIG; sig++) {
		struct host_ksigaction old;

		sig_actions[sig].handler = GUEST_SIG_DFL;
		if (sig == GUEST_SIGKILL || sig == GUEST_SIGSTOP)
			continue;
		/* Ignored signals stay ignored across exec(): the guest starts
		 * with what runforeign inherited (nohup, shells' `&`). */
		if (host_owned_by_fault(sig)) {
			if (inherited.ignored & GUEST_SIGBIT(sig))
				sig_actions[sig].handler = GUEST_SIG_IGN;
			continue;
		}
		if (syscall(SYS_rt_sigaction, sig, NULL, &old, sizeof(uint64_t)) == 0 &&
		    old.handler == SIG_IGN)
			sig_actions[sig].handler = GUEST_SIG_IGN;
		sig_mirror_action(sig, &sig_actions[sig]);
	}
	/* The blocked mask survives exec() too. */
	sig_set_mask(inherited.mask);
	sig_self.ready = 1;
}

/*
 * execve.  The new image inherits the host's signal state, so it is made
 * the guest's first (fs/exec.c): the guest's blocked mask, fault signals
 * included; ignored signals ignored; handled ones at SIG_DFL with no flags
 * (flush_signal_handlers()); and the signals caught for the guest but not
 * yet delivered pending at the host again, in queue order, with their
 * siginfo where the kernel allows it (rt_tgsigqueueinfo to oneself; a
 * thread other than the leader sends SI_USER ones with tgkill).  A pending
 * signal the mask lets through meets its default action now, as it would
 * in the new image right after the exec.  If the exec fails,
 * sig_exec_failed() puts runforeign's handlers back; a signal that came in
 * between met its default action (or, default-ignored, was discarded).
 */
void sig_exec_prepare(void)
{
	pid_t pid = getpid(), tid = (pid_t)syscall(SYS_gettid);
	siginfo_t hsi;
	uint64_t mask;
	int sig, i;

	sig_host_setmask(~0ull, NULL);
	for (i = 0; i < sig_self.q.n; i++) {
		sig = sig_self.q.e[i].si_signo;
		abi_siginfo_to_host(&hsi, &sig_self.q.e[i]);
		hsi.si_signo = sig;
		if (syscall(SYS_rt_tgsigqueueinfo, pid, tid, sig, &hsi) != 0)
			syscall(SYS_tgkill, pid, tid, sig);
	}
	sig_self.q.n = 0;
	sig_self.full = 0;
	pthread_mutex_lock(&sig_actions_lock);
	for (sig = 1; sig <= GUEST_NSIG; sig++)
		if (sig != GUEST_SIGKILL && sig != GUEST_SIGSTOP)
			host_sigaction(sig, sig_actions[sig].handler == GUEST_SIG_IGN ? SIG_IGN : SIG_DFL,
				       0, 0);
	pthread_mutex_unlock(&sig_actions_lock);
	mask = sig_self.mask;
	sig_host_setmask(mask, NULL);
}

void sig_exec_failed(void)
{
	int sig;

	sig_host_setmask(~0ull, NULL);
	xlate_fault_install();
	pthread_mutex_lock(&sig_actions_lock);
	for (sig = 1; sig <= GUEST_NSIG; sig++)
		sig_mirror_action(sig, &sig_actions[sig]);
	pthread_mutex_unlock(&sig_actions_lock);
	sig_host_apply(sig_self.mask);
}

/* The main thread is set up by sig_init(); others by sig_thread_start(). */
void sig_thread_enter(void)
{
	RF_ASSERT(sig_self.ready);
}

/* The new host thread starts with every host signal blocked (its creator
 * blocked them around pthread_create()), so nothing reaches its empty
 * queue before its mask is the guest's. */
void sig_thread_start(guest_sigset_t mask)
{
	sig_set_mask(mask);
	sig_self.ready = 1;
}

/* The child has only the forking thread: runforeign's locks must not be
 * held by another thread at the fork (glibc's fork() takes care of its
 * own).  They are taken outermost first, as they nest. */
void sig_fork_begin(uint64_t *saved)
{
	sig_host_setmask(~0ull, saved);
	pthread_mutex_lock(&sig_actions_lock);
	sigframe_fork_prepare();
	sys_mm_fork_prepare();
	xlate_fork_prepare();
}

/* The child of a fork starts with no pending signals (kernel/fork.c):
 * what the parent had queued is the parent's.  The host kept the child's
 * own new ones pending while everything was blocked. */
void sig_fork_end(int child, uint64_t saved)
{
	xlate_fork_done(child);
	sys_mm_fork_done();
	sigframe_fork_done();
	pthread_mutex_unlock(&sig_actions_lock);
	if (!child) {
		sig_host_setmask(saved, NULL);
		return;
	}
	sig_self.q.n = 0;
	sig_self.full = 0;
	sig_self.signalled = 0;
	sig_host_apply(sig_self.mask);
}

/* ---- --strace lines, in strace's own format ---- */

static void strace_signame(int sig, char *buf, size_t n)
{
	const char *abbrev = sig < GUEST_SIGRTMIN ? sigabbrev_np(sig) : NULL;

	if (abbrev)
		snprintf(buf, n, "SIG%s", abbrev);
	else
		snprintf(buf, n, "SIGRT_%d", sig - GUEST_SIGRTMIN);
}

static void strace_signal(const struct guest_siginfo *info)
{
	char name[32];

	strace_signame(info->si_signo, name, sizeof name);
	if (GUEST_SIGBIT(info->si_signo) & SYNC_SIGS && info->si_code > 0)
		fprintf(rf_proc.strace, "--- %s {si_signo=%s, si_code=%d, si_addr=%#llx} ---\n",
			name, name, info->si_code, (unsigned long long)info->u.fault.addr);
	else
		fprintf(rf_proc.strace, "--- %s {si_signo=%s, si_code=%d, si_pid=%d, si_uid=%u} ---\n",
			name, name, info->si_code, info->u.kill.pid, info->u.kill.uid);
}

/* ---- default actions ---- */

_Noreturn void sig_die(int sig)
{
	uint64_t bit = GUEST_SIGBIT(sig);

	if (rf_proc.strace) {
		char name[32];

		strace_signame(sig, name, sizeof name);
		fprintf(rf_proc.strace, "+++ killed by %s +++\n", name);
	}
	fflush(NULL);   /* runforeign's own log streams; the guest's are in guest memory */
	host_sigaction(sig, SIG_DFL, 0, 0);
	syscall(SYS_rt_sigprocmask, SIG_UNBLOCK, &bit, NULL, sizeof bit);
	syscall(SYS_tgkill, getpid(), (pid_t)syscall(SYS_gettid), sig);
	/* Only reached if the signal did not kill (it cannot happen for the
	 * terminating signals this is called with). */
	_exit(128 + sig);
}

static void default_action(int sig)
{
	switch (abi_sig_default(sig)) {
	case ABI_SIGDFL_TERM:
	case ABI_SIGDFL_CORE:
		sig_die(sig);
	case ABI_SIGDFL_STOP:
		/* The host disposition is SIG_DFL too: let the host kernel stop
		 * us with this very signal, so the parent sees WSTOPSIG == sig. */
		syscall(SYS_tgkill, getpid(), (pid_t)syscall(SYS_gettid), sig);
		break;
	case ABI_SIGDFL_IGN:
	case ABI_SIGDFL_CONT:
		break;
	}
}

/* ---- delivery ---- */

/* Syscall restart bookkeeping for sig_syscall_return(). */
struct restart {
	int pending;        /* the syscall returned -EINTR and is not yet settled */
	int restartable;    /* -ERESTARTSYS-like: SA_RESTART restarts it after a handler */
	uint64_t orig_x0;
};

static void restart_syscall(struct cpu *c, const struct restart *rs)
{
	c->x[0] = rs->orig_x0;
	c->pc -= 4;   /* back to the SVC; x1-x5 and x8 are unchanged */
}

static int deliver_one(struct cpu *c, const struct guest_siginfo *info, struct restart *rs,
		       const struct sig_fault *fault);

/* force_sigsegv(): the frame for sig could not be written. */
static void force_sigsegv(struct cpu *c, int sig)
{
	struct guest_siginfo info;

	pthread_mutex_lock(&sig_actions_lock);
	if (sig == GUEST_SIGSEGV || sig_actions[GUEST_SIGSEGV].handler == GUEST_SIG_IGN ||
	    (sig_self.mask & GUEST_SIGBIT(GUEST_SIGSEGV)))
		sig_actions[GUEST_SIGSEGV].handler = GUEST_SIG_DFL;
	pthread_mutex_unlock(&sig_actions_lock);
	sig_self.mask &= ~GUEST_SIGBIT(GUEST_SIGSEGV);
	memset(&info, 0, sizeof info);
	info.si_signo = GUEST_SIGSEGV;
	info.si_code = GUEST_SI_KERNEL;
	deliver_one(c, &info, NULL, NULL);
}

/* Deliver one signal: default action, nothing (ignored), or a frame for
 * the guest handler.  Returns 1 if a handler frame was pushed. */
static int deliver_one(struct cpu *c, const struct guest_siginfo *info, struct restart *rs,
		       const struct sig_fault *fault)
{
	int sig = info->si_signo;
	struct guest_sigaction ka;
	guest_sigset_t oldmask;
	guest_addr_t restorer;

	pthread_mutex_lock(&sig_actions_lock);
	ka = sig_actions[sig];
	pthread_mutex_unlock(&sig_actions_lock);
	if (rf_proc.strace)
		strace_signal(info);
	if (ka.handler == GUEST_SIG_IGN)
		return 0;
	if (ka.handler == GUEST_SIG_DFL) {
		default_action(sig);
		return 0;
	}
	if (rs && rs->pending) {
		/* handle_signal(): only -ERESTARTSYS with SA_RESTART restarts. */
		if (rs->restartable && (ka.flags & GUEST_SA_RESTART))
			restart_syscall(c, rs);
		rs->pending = 0;
	}
	oldmask = sig_self.saved_mask_valid ? sig_self.saved_mask : sig_self.mask;
	restorer = (ka.flags & GUEST_SA_RESTORER) ? ka.restorer : sigframe_trampoline();
	if (!restorer || sigframe_push(c, info, &ka, oldmask, restorer, fault) != 0) {
		force_sigsegv(c, sig);
		return 1;
	}
	sig_self.saved_mask_valid = 0;
	sig_set_mask(sig_self.mask | ka.mask | ((ka.flags & GUEST_SA_NODEFER) ? 0 : GUEST_SIGBIT(sig)));
	if (ka.flags & GUEST_SA_RESETHAND) {
		pthread_mutex_lock(&sig_actions_lock);
		sig_actions[sig].handler = GUEST_SIG_DFL;
		sig_mirror_action(sig, &sig_actions[sig]);
		pthread_mutex_unlock(&sig_actions_lock);
	}
	return 1;
}

static void deliver_all(struct cpu *c, struct restart *rs)
{
	struct guest_siginfo info;

	c->interrupt_request = 0;
	sig_self.signalled = 0;
	while (sigq_take(&sig_self.q, ~sig_self.mask, &info))
		deliver_one(c, &info, rs, NULL);
	if (RF_UNLIKELY(sig_self.held) && !sig_self.full) {
		/* The queue was full and held everything back: let it in. */
		sig_host_apply(sig_self.mask);
	}
}

void sig_deliver_pending(struct cpu *c)
{
	deliver_all(c, NULL);
}

/* The esr_context and fault_address the kernel reports for the trap c
 * just took (arch/arm64/mm/fault.c set_thread_esr(); traps via
 * arm64_notify_die() report address 0 and no ESR).  The syndrome is
 * synthesized: EC, IL, WnR and a level-3 fault status code. */
static void trap_fault_info(const struct cpu *c, struct sig_fault *f)
{
	f->address = 0;
	f->esr = 0;
	if (c->exit_reason == XLATE_EXIT_FAULT) {
		uint64_t ec = c->fault_exec ? GUEST_ESR_EC_IABT_LOW : GUEST_ESR_EC_DABT_LOW;
		f->address = c->fault_addr;
		f->esr = ec << GUEST_ESR_EC_SHIFT | GUEST_ESR_IL |
			 (c->fault_write && !c->fault_exec ? GUEST_ESR_WNR : 0) |
			 (c->fault_kind == XLATE_FAULT_ACCERR ? GUEST_ESR_FSC_PERM_L3
							      : GUEST_ESR_FSC_TRANS_L3);
	} else if (c->exit_reason == XLATE_EXIT_ALIGN) {
		if (c->fault_exec) {
			f->esr = (uint64_t)GUEST_ESR_EC_PC_ALIGN << GUEST_ESR_EC_SHIFT | GUEST_ESR_IL;
		} else {
			f->address = c->fault_addr;
			f->esr = (uint64_t)GUEST_ESR_EC_DABT_LOW << GUEST_ESR_EC_SHIFT | GUEST_ESR_IL |
				 (c->fault_write ? GUEST_ESR_WNR : 0) | GUEST_ESR_FSC_ALIGN;
		}
	}
}

static void report_undef(const struct cpu *c)
{
	char buf[128];

	fprintf(stderr, "runforeign: SIGILL: undefined instruction at pc 0x%llx: 0x%08x (%s)\n",
		(unsigned long long)c->pc, c->exit_insn,
		xlate_disas(c->exit_insn, c->pc, buf, sizeof buf));
}

void sig_sync(struct cpu *c, int sig, int code, guest_addr_t addr)
{
	struct guest_siginfo info;
	struct sig_fault fault;
	int dfl;

	memset(&info, 0, sizeof info);
	info.si_signo = sig;
	info.si_code = code;
	info.u.fault.addr = addr;
	/* force_sig_info_to_task(): blocked or ignored means default. */
	pthread_mutex_lock(&sig_actions_lock);
	if (sig_actions[sig].handler == GUEST_SIG_IGN || (sig_self.mask & GUEST_SIGBIT(sig))) {
		sig_actions[sig].handler = GUEST_SIG_DFL;
		sig_mirror_action(sig, &sig_actions[sig]);
	}
	dfl = sig_actions[sig].handler == GUEST_SIG_DFL;
	pthread_mutex_unlock(&sig_actions_lock);
	if (sig_self.mask & GUEST_SIGBIT(sig))
		sig_set_mask(sig_self.mask & ~GUEST_SIGBIT(sig));
	if (dfl) {
		if (rf_proc.strace)
			strace_signal(&info);
		if (sig == GUEST_SIGILL && c->exit_reason == XLATE_EXIT_UNDEF)
			report_undef(c);
		sig_die(sig);
	}
	trap_fault_info(c, &fault);
	deliver_one(c, &info, NULL, &fault);
}

/* ---- syscall restart ---- */

#define NR_RT_SIGRETURN 139
#define NR_NANOSLEEP 101
#define NR_CLOCK_NANOSLEEP 115
#define NR_RESTART_SYSCALL 128

/* Syscalls the kernel does not restart after a handler ran, whatever
 * SA_RESTART says (they return -ERESTARTNOHAND, -ERESTART_RESTARTBLOCK or
 * plain -EINTR; signal(7) "Interruption of system calls"): arm64 numbers
 * of io_getevents, epoll_pwait, pselect6, ppoll, nanosleep,
 * clock_nanosleep, restart_syscall, rt_sigsuspend, rt_sigtimedwait,
 * msgrcv, msgsnd, semtimedop, semop, io_pgetevents, epoll_pwait2.  Every
 * other syscall that fails with EINTR is treated as -ERESTARTSYS. */
static const uint16_t no_restart_after_handler[] = {
	4, 22, 72, 73, 101, 115, 128, 133, 137, 188, 189, 192, 193, 292, 441,
};

static int restartable_after_handler(uint64_t nr)
{
	size_t i;

	for (i = 0; i < RF_ARRAY_SIZE(no_restart_after_handler); i++)
		if (no_restart_after_handler[i] == nr)
			return 0;
	return 1;
}

/* rt_sigreturn's epilogue.  The kernel forgets the syscall after it
 * (forget_syscall()), so the restored x0 is never taken for a restart
 * code, and a bad frame returns 0 and forces SIGSEGV at the new sp. */
static void finish_sigreturn(struct cpu *c)
{
	int how = sig_self.sigreturn;

	sig_self.sigreturn = 0;
	if (how == SIGRET_OK) {
		c->x[0] = sig_self.sigreturn_x0;
		return;
	}
	c->x[0] = 0;
	sig_sync(c, GUEST_SIGSEGV,
		 gmap_prot(c->sp) < 0 ? GUEST_SEGV_MAPERR : GUEST_SEGV_ACCERR, c->sp);
}

/*
 * An interrupted host syscall returns EINTR here after host_on_signal()
 * queued the signal.  As the kernel's do_signal(): if a handler is about to
 * run, an -ERESTARTSYS call restarts only with SA_RESTART, others return
 * -EINTR; if no handler runs (ignored, default-ignored, stopped and
 * continued), the call restarts.  A restart rewinds pc to the SVC and puts
 * back x0, which sys_dispatch() overwrote.
 *
 * The window: a signal caught after the last delivery but before a host
 * syscall blocks.  Caught before the SVC, it makes the cpu loop run the
 * handler first and return to the SVC (sys_cpu_loop()).  Caught inside a
 * syscall handler, it is seen by sig_safe_syscall() (safe_syscall.c), and
 * by rt_sigsuspend, rt_sigtimedwait and sig_wait_mask_begin(), which are
 * race-free; a handler that blocks in a plain syscall() still sleeps until
 * something else wakes it.
 */
void sig_syscall_return(struct cpu *c, uint64_t nr, uint64_t orig_x0)
{
	struct restart rs = {0, 0, orig_x0};

	if (nr == NR_RT_SIGRETURN && sig_self.sigreturn) {
		finish_sigreturn(c);
		deliver_all(c, NULL);
		return;
	}
	if (c->x[0] == (uint64_t)-(int64_t)GUEST_EINTR) {
		rs.pending = 1;
		rs.restartable = restartable_after_handler(nr);
	}
	deliver_all(c, &rs);
	if (rs.pending && nr != 137) {
		restart_syscall(c, &rs);
		/* -ERESTART_RESTARTBLOCK: setup_restart_syscall() of
		 * arch/arm64/kernel/signal.c. */
		if ((nr == NR_NANOSLEEP || nr == NR_CLOCK_NANOSLEEP || nr == NR_RESTART_SYSCALL) &&
		    sys_restart_block_armed())
			c->x[8] = NR_RESTART_SYSCALL;
	}
	if (sig_self.saved_mask_valid) {
		sig_self.saved_mask_valid = 0;
		sig_set_mask(sig_self.saved_mask);
	}
}

int sig_wait_mask_begin(guest_sigset_t mask, sigset_t *host)
{
	uint64_t hm;

	sig_host_setmask(~0ull, NULL);
	if (!sig_self.saved_mask_valid) {
		sig_self.saved_mask = sig_self.mask;
		sig_self.saved_mask_valid = 1;
	}
	sig_self.mask = mask & ~UNBLOCKABLE;
	if (sigq_set(&sig_self.q) & ~sig_self.mask) {
		sig_host_apply(sig_self.mask);
		return -EINTR;
	}
	/* Host signals stay blocked until the caller's host call installs
	 * *host atomically (ppoll/pselect6/sigsuspend), so nothing is lost;
	 * a full queue (only blocked signals in it) waits with the hold mask. */
	hm = sig_self.full ? ~FAULT_SIGS : sig_self.mask & ~FAULT_SIGS;
	sig_self.held |= sig_self.full;
	sigemptyset(host);
	memcpy(host, &hm, sizeof hm);
	return 0;
}
