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
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
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

void sig_fork_lock(void)
{
	pthread_mutex_lock(&sig_actions_lock);
}

void sig_fork_unlock(int child)
{
	if (child)
		pthread_mutex_init(&sig_actions_lock, NULL);
	else
		pthread_mutex_unlock(&sig_actions_lock);
}

guest_sigset_t sig_guest_mask(void)
{
	return sig_self.mask;
}

void sig_set_mask(guest_sigset_t m)
{
	sig_self.mask = m & ~UNBLOCKABLE;
	sig_host_setmask(sig_self.mask & ~FAULT_SIGS, NULL);
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

/* Queue info, unless the queue is full (see host_on_signal()). */
static void sigq_push(struct sigq *q, const struct guest_siginfo *info)
{
	int i, n = q->n;

	if (info->si_signo < GUEST_SIGRTMIN) {
		for (i = 0; i < n; i++)
			if (q->e[i].si_signo == info->si_signo)
				return;   /* standard signals do not queue */
	}
	if (n < SIGQ_MAX) {
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
 * only queues and raises the cpu's interrupt request.  When the queue
 * becomes full, the handler returns with every signal it may block
 * blocked, so the host kernel keeps the next ones, in order, until
 * deliver_all() has drained the queue and restores the mask; only the
 * fault signals, which cannot be held back, could then be lost. */
static void host_on_signal(int sig, siginfo_t *si, void *uctx)
{
	struct guest_siginfo info;
	struct cpu *c = xlate_current();
	ucontext_t *uc = uctx;
	uint64_t old;

	sig_host_setmask(~0ull, &old);
	abi_siginfo_from_host(&info, si);
	info.si_signo = sig;
	sigq_push(&sig_self.q, &info);
	if (sig_self.q.n == SIGQ_MAX) {
		uint64_t hold = ~FAULT_SIGS;

		memcpy(&uc->uc_sigmask, &hold, sizeof hold);
		sig_self.overflow = 1;
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
	sig_self = s->self;
	altstack_restore(s->alt);
	free(s);
}

int sig_vfork_child_enter(int share_actions)
{
	struct guest_sigaction *own = NULL;

	if (!share_actions) {
		own = malloc(sizeof sig_actions_shared);
		if (!own)
			return -1;
		pthread_mutex_lock(&sig_actions_lock);
		memcpy(own, sig_actions, sizeof sig_actions_shared);
		pthread_mutex_unlock(&sig_actions_lock);
	}
	/* A new task starts with no pending signals (kernel/fork.c). */
	sig_self.q.n = 0;
	sig_self.signalled = 0;
	sig_self.overflow = 0;
	sig_self.actions = own;
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

void sig_init(void)
{
	uint64_t inherited = 0;
	int sig;

	host_thread_late_init();

	for (sig = 1; sig <= GUEST_NSIG; sig++) {
		struct host_ksigaction old;

		sig_actions[sig].handler = GUEST_SIG_DFL;
		if (sig == GUEST_SIGKILL || sig == GUEST_SIGSTOP || host_owned_by_fault(sig))
			continue;
		/* Ignored signals stay ignored across exec(): the guest starts
		 * with what runforeign inherited (nohup, shells' `&`). */
		if (syscall(SYS_rt_sigaction, sig, NULL, &old, sizeof(uint64_t)) == 0 &&
		    old.handler == SIG_IGN)
			sig_actions[sig].handler = GUEST_SIG_IGN;
		sig_mirror_action(sig, &sig_actions[sig]);
	}
	/* The blocked mask survives exec() too. */
	syscall(SYS_rt_sigprocmask, SIG_BLOCK, NULL, &inherited, sizeof inherited);
	sig_set_mask(inherited);
	sig_self.ready = 1;
	xlate_set_foreign_signal_hook(host_on_signal);
}

/*
 * A new guest thread starts with its creator's mask, which the thread code
 * installed as the host mask of the new host thread.  The host mask never
 * holds the fault signals, and glibc's pthread_sigmask() drops 32 and 33,
 * so those bits start clear; glibc and musl set the new thread's mask
 * themselves first thing, which makes them right again.
 */
void sig_thread_enter(void)
{
	uint64_t host = 0;

	if (sig_self.ready)
		return;
	syscall(SYS_rt_sigprocmask, SIG_BLOCK, NULL, &host, sizeof host);
	sig_set_mask(host);
	sig_self.ready = 1;
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
	if (RF_UNLIKELY(sig_self.overflow)) {
		/* The queue was full and held everything back: let it in. */
		sig_self.overflow = 0;
		sig_set_mask(sig_self.mask);
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
#define NR_CLONE 220
#define NR_CLONE3 435

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
	if ((nr == NR_CLONE || nr == NR_CLONE3) && c->x[0] == 0) {
		/* The child of a fork starts with no pending signals
		 * (kernel/fork.c); what the parent had queued is its own. */
		sig_self.q.n = 0;
	}
	if (c->x[0] == (uint64_t)-(int64_t)GUEST_EINTR) {
		rs.pending = 1;
		rs.restartable = restartable_after_handler(nr);
	}
	deliver_all(c, &rs);
	if (rs.pending && nr != 137)
		restart_syscall(c, &rs);
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
	hm = sig_self.mask & ~FAULT_SIGS;
	sigemptyset(host);
	memcpy(host, &hm, sizeof hm);
	if (sigq_set(&sig_self.q) & ~sig_self.mask) {
		sig_host_setmask(hm, NULL);
		return -EINTR;
	}
	/* Host signals stay blocked until the caller's host call installs
	 * *host atomically (ppoll/pselect6/sigsuspend), so nothing is lost. */
	return 0;
}
