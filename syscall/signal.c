/*
 * signal.c -- guest signals: dispositions, masks, the queue of signals
 * caught at the host, delivery to guest handlers, default actions, syscall
 * restart, and the signal syscalls.  Frames are built in sigframe.c.
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
 * the host kernel until the guest unblocks, waits for or asks about them.
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
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "abi/errno.h"
#include "syscall/sigframe.h"
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

static void host_setmask(uint64_t set, uint64_t *old)
{
	syscall(SYS_rt_sigprocmask, SIG_SETMASK, &set, old, sizeof set);
}

#define FAULT_SIGS (GUEST_SIGBIT(GUEST_SIGSEGV) | GUEST_SIGBIT(GUEST_SIGBUS) | \
		    GUEST_SIGBIT(GUEST_SIGILL) | GUEST_SIGBIT(GUEST_SIGFPE))
#define UNBLOCKABLE (GUEST_SIGBIT(GUEST_SIGKILL) | GUEST_SIGBIT(GUEST_SIGSTOP))
/* The kernel dequeues these first (kernel/signal.c: SYNCHRONOUS_MASK). */
#define SYNC_SIGS (FAULT_SIGS | GUEST_SIGBIT(GUEST_SIGTRAP) | GUEST_SIGBIT(GUEST_SIGSYS))

static int host_owned_by_fault(int sig)
{
	return (GUEST_SIGBIT(sig) & FAULT_SIGS) != 0;
}

/* ---- state ---- */

#define SIGQ_MAX 64

/* Signals caught at the host and not yet delivered, in arrival order.
 * Written by host_on_signal() with all host signals blocked; read by the
 * thread itself with all host signals blocked. */
struct sigq {
	volatile int n;
	struct guest_siginfo e[SIGQ_MAX];
};

struct sig_thread {
	guest_sigset_t mask;          /* the guest's blocked set */
	guest_sigset_t saved_mask;    /* restore after the wait (sigsuspend, ppoll) */
	int saved_mask_valid;
	int sigreturn;                /* 0, SIGRET_OK or SIGRET_BAD after rt_sigreturn */
	uint64_t sigreturn_x0;
	struct sigq q;
};

enum { SIGRET_OK = 1, SIGRET_BAD = 2 };

static __thread struct sig_thread self;
static struct guest_sigaction actions[GUEST_NSIG + 1];
static pthread_mutex_t actions_lock = PTHREAD_MUTEX_INITIALIZER;
static unsigned long sigq_dropped;

static void host_on_signal(int sig, siginfo_t *si, void *uctx);

guest_sigset_t sig_guest_mask(void)
{
	return self.mask;
}

/* Set the guest mask (never SIGKILL/SIGSTOP) and mirror it at the host. */
static void set_mask(guest_sigset_t m)
{
	self.mask = m & ~UNBLOCKABLE;
	host_setmask(self.mask & ~FAULT_SIGS, NULL);
}

/* Make the host disposition of sig match the guest's (see the top). */
static void mirror_action(int sig, const struct guest_sigaction *ka)
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

static void sigq_push(struct sigq *q, const struct guest_siginfo *info)
{
	int i, n = q->n;

	if (info->si_signo < GUEST_SIGRTMIN) {
		for (i = 0; i < n; i++)
			if (q->e[i].si_signo == info->si_signo)
				return;   /* standard signals do not queue */
	}
	if (n == SIGQ_MAX) {
		sigq_dropped++;
		return;
	}
	q->e[n] = *info;
	q->n = n + 1;
}

/* Remove and return (in *out) the signal the kernel would dequeue first
 * among those in set: synchronous ones, then the lowest number, then the
 * oldest.  Returns 0 if there is none. */
static int sigq_take(struct sigq *q, guest_sigset_t set, struct guest_siginfo *out)
{
	uint64_t old;
	int i, best = -1;

	if (!q->n)
		return 0;
	host_setmask(~0ull, &old);
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
	}
	host_setmask(old, NULL);
	return best >= 0;
}

static guest_sigset_t sigq_set(const struct sigq *q)
{
	guest_sigset_t s = 0;
	int i;

	for (i = 0; i < q->n; i++)
		s |= GUEST_SIGBIT(q->e[i].si_signo);
	return s;
}

/* Drop every queued instance of sig (it became ignored). */
static void sigq_discard(struct sigq *q, int sig)
{
	struct guest_siginfo info;

	while (sigq_take(q, GUEST_SIGBIT(sig), &info))
		;
}

/* The host handler for signals the guest handles, and the fault hook for
 * SIGSEGV/SIGBUS/SIGILL/SIGFPE sent by a process.  Async-signal-safe: it
 * only queues and raises the cpu's interrupt request. */
static void host_on_signal(int sig, siginfo_t *si, void *uctx)
{
	struct guest_siginfo info;
	struct cpu *c = xlate_current();
	uint64_t old;

	host_setmask(~0ull, &old);
	abi_siginfo_from_host(&info, si);
	info.si_signo = sig;
	sigq_push(&self.q, &info);
	if (c)
		c->interrupt_request = 1;
	host_setmask(old, NULL);
}

/* ---- start-up ---- */

void sig_init(void)
{
	uint64_t inherited = 0;
	int sig;

	for (sig = 1; sig <= GUEST_NSIG; sig++) {
		struct host_ksigaction old;

		actions[sig].handler = GUEST_SIG_DFL;
		if (sig == GUEST_SIGKILL || sig == GUEST_SIGSTOP || host_owned_by_fault(sig))
			continue;
		/* Ignored signals stay ignored across exec(): the guest starts
		 * with what runforeign inherited (nohup, shells' `&`). */
		if (syscall(SYS_rt_sigaction, sig, NULL, &old, sizeof(uint64_t)) == 0 &&
		    old.handler == SIG_IGN)
			actions[sig].handler = GUEST_SIG_IGN;
		mirror_action(sig, &actions[sig]);
	}
	/* The blocked mask survives exec() too. */
	syscall(SYS_rt_sigprocmask, SIG_BLOCK, NULL, &inherited, sizeof inherited);
	set_mask(inherited);
	xlate_set_foreign_signal_hook(host_on_signal);
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

	pthread_mutex_lock(&actions_lock);
	if (sig == GUEST_SIGSEGV || actions[GUEST_SIGSEGV].handler == GUEST_SIG_IGN ||
	    (self.mask & GUEST_SIGBIT(GUEST_SIGSEGV)))
		actions[GUEST_SIGSEGV].handler = GUEST_SIG_DFL;
	pthread_mutex_unlock(&actions_lock);
	self.mask &= ~GUEST_SIGBIT(GUEST_SIGSEGV);
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

	pthread_mutex_lock(&actions_lock);
	ka = actions[sig];
	pthread_mutex_unlock(&actions_lock);
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
	oldmask = self.saved_mask_valid ? self.saved_mask : self.mask;
	restorer = (ka.flags & GUEST_SA_RESTORER) ? ka.restorer : sigframe_trampoline();
	if (!restorer || sigframe_push(c, info, &ka, oldmask, restorer, fault) != 0) {
		force_sigsegv(c, sig);
		return 1;
	}
	self.saved_mask_valid = 0;
	set_mask(self.mask | ka.mask | ((ka.flags & GUEST_SA_NODEFER) ? 0 : GUEST_SIGBIT(sig)));
	if (ka.flags & GUEST_SA_RESETHAND) {
		pthread_mutex_lock(&actions_lock);
		actions[sig].handler = GUEST_SIG_DFL;
		mirror_action(sig, &actions[sig]);
		pthread_mutex_unlock(&actions_lock);
	}
	return 1;
}

static void deliver_all(struct cpu *c, struct restart *rs)
{
	struct guest_siginfo info;

	c->interrupt_request = 0;
	while (sigq_take(&self.q, ~self.mask, &info))
		deliver_one(c, &info, rs, NULL);
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
	pthread_mutex_lock(&actions_lock);
	if (actions[sig].handler == GUEST_SIG_IGN || (self.mask & GUEST_SIGBIT(sig))) {
		actions[sig].handler = GUEST_SIG_DFL;
		mirror_action(sig, &actions[sig]);
	}
	dfl = actions[sig].handler == GUEST_SIG_DFL;
	pthread_mutex_unlock(&actions_lock);
	if (self.mask & GUEST_SIGBIT(sig))
		set_mask(self.mask & ~GUEST_SIGBIT(sig));
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

/* Syscalls the kernel does not restart after a handler ran, whatever
 * SA_RESTART says (they return -ERESTARTNOHAND, -ERESTART_RESTARTBLOCK or
 * plain -EINTR; signal(7) "Interruption of system calls"): arm64 numbers
 * of io_getevents, epoll_pwait, pselect6, ppoll, nanosleep,
 * clock_nanosleep, rt_sigsuspend, rt_sigtimedwait, msgrcv, msgsnd,
 * semtimedop, semop, io_pgetevents, epoll_pwait2.  Every other syscall that
 * fails with EINTR is treated as -ERESTARTSYS. */
static const uint16_t no_restart_after_handler[] = {
	4, 22, 72, 73, 101, 115, 133, 137, 188, 189, 192, 193, 292, 441,
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
	int how = self.sigreturn;

	self.sigreturn = 0;
	if (how == SIGRET_OK) {
		c->x[0] = self.sigreturn_x0;
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
 * Remaining window (to be closed by a safe_syscall-style entry): a signal
 * that arrives after the last sig_deliver_pending() but before the host
 * syscall blocks is queued, yet the syscall still blocks until something
 * else wakes it.  sig_wait_mask_begin() and rt_sigsuspend/rt_sigtimedwait
 * below are already free of that race.
 */
void sig_syscall_return(struct cpu *c, uint64_t nr, uint64_t orig_x0)
{
	struct restart rs = {0, 0, orig_x0};

	if (nr == NR_RT_SIGRETURN && self.sigreturn) {
		finish_sigreturn(c);
		deliver_all(c, NULL);
		return;
	}
	if (c->x[0] == (uint64_t)-(int64_t)GUEST_EINTR) {
		rs.pending = 1;
		rs.restartable = restartable_after_handler(nr);
	}
	deliver_all(c, &rs);
	if (rs.pending && nr != 137)
		restart_syscall(c, &rs);
	if (self.saved_mask_valid) {
		self.saved_mask_valid = 0;
		set_mask(self.saved_mask);
	}
}

int sig_wait_mask_begin(guest_sigset_t mask, sigset_t *host)
{
	uint64_t hm;

	host_setmask(~0ull, NULL);
	if (!self.saved_mask_valid) {
		self.saved_mask = self.mask;
		self.saved_mask_valid = 1;
	}
	self.mask = mask & ~UNBLOCKABLE;
	hm = self.mask & ~FAULT_SIGS;
	sigemptyset(host);
	memcpy(host, &hm, sizeof hm);
	if (sigq_set(&self.q) & ~self.mask) {
		host_setmask(hm, NULL);
		return -EINTR;
	}
	/* Host signals stay blocked until the caller's host call installs
	 * *host atomically (ppoll/pselect6/sigsuspend), so nothing is lost. */
	return 0;
}

/* ---- the signal syscalls (kernel/signal.c, arch/arm64/kernel/signal.c) ---- */

static int sig_valid(uint64_t sig)
{
	return sig >= 1 && sig <= GUEST_NSIG;
}

/* sig_handler_ignored(): SIG_IGN, or SIG_DFL of a default-ignored signal. */
static int handler_ignored(int sig, uint64_t handler)
{
	return handler == GUEST_SIG_IGN ||
	       (handler == GUEST_SIG_DFL && (abi_sig_default(sig) == ABI_SIGDFL_IGN ||
					     abi_sig_default(sig) == ABI_SIGDFL_CONT));
}

long sys_rt_sigaction(struct cpu *c, const uint64_t *a)
{
	int sig = (int)a[0];
	struct guest_sigaction act, old;

	if (a[3] != sizeof(guest_sigset_t))
		return -EINVAL;
	if (!sig_valid((uint64_t)(int64_t)sig) ||
	    (a[1] && (sig == GUEST_SIGKILL || sig == GUEST_SIGSTOP)))
		return -EINVAL;
	if (a[1] && gmem_read(&act, a[1], sizeof act) != 0)
		return -EFAULT;
	pthread_mutex_lock(&actions_lock);
	old = actions[sig];
	if (a[1]) {
		act.flags &= GUEST_SA_KNOWN;
		act.mask &= ~UNBLOCKABLE;
		actions[sig] = act;
		mirror_action(sig, &act);
		/* POSIX: setting SIG_IGN discards pending instances; the host
		 * discards its own when its disposition becomes SIG_IGN. */
		if (handler_ignored(sig, act.handler))
			sigq_discard(&self.q, sig);
	}
	pthread_mutex_unlock(&actions_lock);
	if (a[2] && gmem_write(a[2], &old, sizeof old) != 0)
		return -EFAULT;
	return 0;
}

long sys_rt_sigprocmask(struct cpu *c, const uint64_t *a)
{
	guest_sigset_t old = self.mask, set;

	if (a[3] != sizeof(guest_sigset_t))
		return -EINVAL;
	if (a[1]) {
		if (gmem_read(&set, a[1], sizeof set) != 0)
			return -EFAULT;
		switch ((int)a[0]) {
		case GUEST_SIG_BLOCK:
			set_mask(old | set);
			break;
		case GUEST_SIG_UNBLOCK:
			set_mask(old & ~set);
			break;
		case GUEST_SIG_SETMASK:
			set_mask(set);
			break;
		default:
			return -EINVAL;
		}
	}
	if (a[2] && gmem_write(a[2], &old, sizeof old) != 0)
		return -EFAULT;
	return 0;
}

long sys_rt_sigpending(struct cpu *c, const uint64_t *a)
{
	uint64_t host = 0;
	guest_sigset_t set;

	if (a[1] > sizeof(guest_sigset_t))
		return -EINVAL;
	syscall(SYS_rt_sigpending, &host, sizeof host);
	set = (host | sigq_set(&self.q)) & self.mask;
	if (gmem_write(a[0], &set, a[1]) != 0)
		return -EFAULT;
	return 0;
}

long sys_rt_sigsuspend(struct cpu *c, const uint64_t *a)
{
	guest_sigset_t mask;
	sigset_t host;

	if (a[1] != sizeof(guest_sigset_t))
		return -EINVAL;
	if (gmem_read(&mask, a[0], sizeof mask) != 0)
		return -EFAULT;
	/* Returns once a host handler has queued a signal; all host signals
	 * are blocked from the queue check until the kernel swaps the mask. */
	if (sig_wait_mask_begin(mask, &host) == 0)
		syscall(SYS_rt_sigsuspend, &host, sizeof(uint64_t));
	return -EINTR;
}

/* Read rt_sigtimedwait's timeout into *ts: 0, -EFAULT or -EINVAL. */
static int read_timeout(struct timespec *ts, guest_addr_t a)
{
	int64_t t[2];   /* arm64 struct __kernel_timespec: tv_sec, tv_nsec */

	if (gmem_read(t, a, sizeof t) != 0)
		return -EFAULT;
	if (t[0] < 0 || t[1] < 0 || t[1] >= 1000000000)
		return -EINVAL;
	ts->tv_sec = t[0];
	ts->tv_nsec = t[1];
	return 0;
}

long sys_rt_sigtimedwait(struct cpu *c, const uint64_t *a)
{
	guest_sigset_t set;
	struct timespec ts;
	struct guest_siginfo info;
	siginfo_t hsi;
	long r;

	if (a[3] != sizeof(guest_sigset_t))
		return -EINVAL;
	if (gmem_read(&set, a[0], sizeof set) != 0)
		return -EFAULT;
	if (a[2] && (r = read_timeout(&ts, a[2])) != 0)
		return r;
	set &= ~UNBLOCKABLE;
	/* Block the awaited signals at the host first, so that one arriving
	 * from now on stays pending for the host call instead of being
	 * queued; then look at what was queued before. */
	host_setmask((self.mask | set) & ~FAULT_SIGS, NULL);
	if (sigq_take(&self.q, set, &info)) {
		r = info.si_signo;
	} else {
		r = syscall(SYS_rt_sigtimedwait, &set, &hsi, a[2] ? &ts : NULL, sizeof set);
		if (r > 0)
			abi_siginfo_from_host(&info, &hsi);
		else if (errno == EINTR && sigq_take(&self.q, set, &info))
			r = info.si_signo;
		else
			r = -errno;
	}
	host_setmask(self.mask & ~FAULT_SIGS, NULL);
	if (r > 0 && a[1] && gmem_write(a[1], &info, sizeof info) != 0)
		return -EFAULT;
	return r;
}

long sys_rt_sigqueueinfo(struct cpu *c, const uint64_t *a)
{
	struct guest_siginfo info;
	siginfo_t hsi;
	long r;

	if (gmem_read(&info, a[2], sizeof info) != 0)
		return -EFAULT;
	abi_siginfo_to_host(&hsi, &info);
	r = syscall(SYS_rt_sigqueueinfo, (pid_t)a[0], (int)a[1], &hsi);
	return r < 0 ? -errno : r;
}

/* kill, tkill and tgkill pass through: guest and host share pid and signal
 * numbers, and a signal to runforeign itself reaches host_on_signal() (or
 * the host's default action, which is the guest's) before the call
 * returns, so it is delivered as the syscall completes, as on arm64. */
long sys_kill(struct cpu *c, const uint64_t *a)
{
	long r = syscall(SYS_kill, (pid_t)a[0], (int)a[1]);

	return r < 0 ? -errno : r;
}

long sys_tkill(struct cpu *c, const uint64_t *a)
{
	long r = syscall(SYS_tkill, (pid_t)a[0], (int)a[1]);

	return r < 0 ? -errno : r;
}

long sys_tgkill(struct cpu *c, const uint64_t *a)
{
	long r = syscall(SYS_tgkill, (pid_t)a[0], (pid_t)a[1], (int)a[2]);

	return r < 0 ? -errno : r;
}

long sys_sigaltstack(struct cpu *c, const uint64_t *a)
{
	struct guest_stack ss, old;
	int r;

	if (a[0] && gmem_read(&ss, a[0], sizeof ss) != 0)
		return -EFAULT;
	altstack_get(&old, c->sp);
	if (a[0] && (r = altstack_set(&ss, c->sp)) != 0)
		return r;
	if (a[1] && gmem_write(a[1], &old, sizeof old) != 0)
		return -EFAULT;
	return 0;
}

long sys_rt_sigreturn(struct cpu *c, const uint64_t *a)
{
	guest_sigset_t mask;
	struct guest_stack st;
	int r = sigframe_pop(c, &mask, &st);

	if (r >= 0)
		set_mask(mask);
	if (r != 0) {
		self.sigreturn = SIGRET_BAD;
		return 0;
	}
	/* restore_altstack(): errors other than EFAULT are ignored. */
	altstack_set(&st, c->sp);
	self.sigreturn = SIGRET_OK;
	self.sigreturn_x0 = c->x[0];
	return (long)c->x[0];
}
