/*
 * sigsys.c -- the signal syscalls: rt_sigaction, rt_sigprocmask,
 * rt_sigpending, rt_sigsuspend, rt_sigtimedwait, rt_sigqueueinfo, kill,
 * tkill, tgkill, sigaltstack and rt_sigreturn.  Semantics and argument
 * checks follow kernel/signal.c and arch/arm64/kernel/signal.c; the state
 * they act on and the delivery are in signal.c.
 */
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#include "syscall/sigframe.h"
#include "syscall/signal.h"
#include "syscall/sigstate.h"
#include "syscall/syscall.h"
#include "xlate/gmem.h"

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

	/* The kernel copies the new action in before it checks the signal. */
	if (a[3] != sizeof(guest_sigset_t))
		return -EINVAL;
	if (a[1] && gmem_read(&act, a[1], sizeof act) != 0)
		return -EFAULT;
	if (!sig_valid((uint64_t)(int64_t)sig) ||
	    (a[1] && (sig == GUEST_SIGKILL || sig == GUEST_SIGSTOP)))
		return -EINVAL;
	pthread_mutex_lock(&sig_actions_lock);
	old = sig_actions[sig];
	if (a[1]) {
		act.flags &= GUEST_SA_KNOWN;
		act.mask &= ~UNBLOCKABLE;
		sig_actions[sig] = act;
		sig_mirror_action(sig, &act);
		/* POSIX: setting SIG_IGN discards pending instances; the host
		 * discards its own when its disposition becomes SIG_IGN. */
		if (handler_ignored(sig, act.handler))
			sigq_discard(&sig_self.q, sig);
	}
	pthread_mutex_unlock(&sig_actions_lock);
	if (a[2] && gmem_write(a[2], &old, sizeof old) != 0)
		return -EFAULT;
	return 0;
}

long sys_rt_sigprocmask(struct cpu *c, const uint64_t *a)
{
	guest_sigset_t old = sig_self.mask, set;

	if (a[3] != sizeof(guest_sigset_t))
		return -EINVAL;
	if (a[1]) {
		if (gmem_read(&set, a[1], sizeof set) != 0)
			return -EFAULT;
		switch ((int)a[0]) {
		case GUEST_SIG_BLOCK:
			sig_set_mask(old | set);
			break;
		case GUEST_SIG_UNBLOCK:
			sig_set_mask(old & ~set);
			break;
		case GUEST_SIG_SETMASK:
			sig_set_mask(set);
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
	set = (host | sigq_set(&sig_self.q)) & sig_self.mask;
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
	sig_host_apply(sig_self.mask | set);
	if (sigq_take(&sig_self.q, set, &info)) {
		r = info.si_signo;
	} else {
		r = syscall(SYS_rt_sigtimedwait, &set, &hsi, a[2] ? &ts : NULL, sizeof set);
		if (r > 0)
			abi_siginfo_from_host(&info, &hsi);
		else if (errno == EINTR && sigq_take(&sig_self.q, set, &info))
			r = info.si_signo;
		else
			r = -errno;
	}
	sig_host_apply(sig_self.mask);
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
		sig_set_mask(mask);
	if (r != 0) {
		sig_self.sigreturn = SIGRET_BAD;
		return 0;
	}
	/* restore_altstack(): errors other than EFAULT are ignored. */
	altstack_set(&st, c->sp);
	sig_self.sigreturn = SIGRET_OK;
	sig_self.sigreturn_x0 = c->x[0];
	return (long)c->x[0];
}
