/*
 * time.c -- clocks, sleeps, process times and interval timers.  Clock ids,
 * TIMER_ABSTIME and ITIMER_* are the same numbers on arm64 and x86-64
 * (include/uapi/linux/time.h); the structures go through abi/time.h.
 */
#include <errno.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/times.h>
#include <time.h>
#include <unistd.h>
#include "abi/time.h"
#include "syscall/signal.h"
#include "syscall/syscall.h"
#include "syscall/uarg.h"

static long put_ts(guest_addr_t p, const struct timespec *h)
{
	struct guest_timespec g;

	abi_timespec_to_guest(&g, h);
	return SYS_PUT(p, g) ? -EFAULT : 0;
}

static long get_ts(struct timespec *h, guest_addr_t p)
{
	struct guest_timespec g;

	if (SYS_GET(g, p))
		return -EFAULT;
	abi_timespec_to_host(h, &g);
	return 0;
}

long sys_clock_gettime(struct cpu *c, const uint64_t *a)
{
	struct timespec ts;

	if (syscall(SYS_clock_gettime, (clockid_t)a[0], &ts) < 0)
		return -errno;
	return put_ts(a[1], &ts);
}

long sys_clock_getres(struct cpu *c, const uint64_t *a)
{
	struct timespec ts;

	if (syscall(SYS_clock_getres, (clockid_t)a[0], &ts) < 0)
		return -errno;
	return a[1] ? put_ts(a[1], &ts) : 0;
}

long sys_gettimeofday(struct cpu *c, const uint64_t *a)
{
	struct timeval tv;
	struct timezone tz;
	struct guest_timeval gtv;
	struct guest_timezone gtz;

	if (syscall(SYS_gettimeofday, &tv, &tz) < 0)
		return -errno;
	abi_timeval_to_guest(&gtv, &tv);
	abi_timezone_to_guest(&gtz, &tz);
	if ((a[0] && SYS_PUT(a[0], gtv)) || (a[1] && SYS_PUT(a[1], gtz)))
		return -EFAULT;
	return 0;
}

/*
 * Interrupted sleeps.  A relative sleep sleeps to an absolute deadline, so
 * that when the cpu loop restarts it without a handler having run (a
 * signal that was caught at the host but ends up blocked, ignored, or
 * stopping and continuing the process), the restart sleeps only what is
 * left: the kernel's restart block (kernel/time/hrtimer.c
 * hrtimer_nanosleep_restart()), reached through restart_syscall as on
 * arm64 (sig_syscall_return() sets x8 to it).  After a handler, both calls
 * return EINTR whatever SA_RESTART says, the time left in rem.
 */
static __thread struct {
	int armed;
	clockid_t clock;
	struct timespec deadline;
	guest_addr_t rem;
} restart_block;

int sys_restart_block_armed(void)
{
	return restart_block.armed;
}

static void ts_add(struct timespec *t, const struct timespec *d)
{
	/* Far enough for any sleep, far from overflowing time_t. */
	if (d->tv_sec > (1ll << 40) || t->tv_sec + d->tv_sec > (1ll << 40)) {
		t->tv_sec = 1ll << 40;
		return;
	}
	t->tv_sec += d->tv_sec;
	t->tv_nsec += d->tv_nsec;
	if (t->tv_nsec >= 1000000000) {
		t->tv_sec++;
		t->tv_nsec -= 1000000000;
	}
}

/* Sleep on clk until *deadline; on -EINTR, arm the restart block and put
 * the time left in rem (if not 0). */
static long sleep_until(clockid_t clk, const struct timespec *deadline, guest_addr_t rem)
{
	struct timespec now, left = {0, 0};
	long r;

	restart_block.armed = 0;
	r = sig_safe_syscall(SYS_clock_nanosleep, clk, TIMER_ABSTIME, (long)deadline, 0, 0, 0);
	if (r != -EINTR)
		return r;
	restart_block.armed = 1;
	restart_block.clock = clk;
	restart_block.deadline = *deadline;
	restart_block.rem = rem;
	if (!rem)
		return r;
	clock_gettime(clk, &now);
	if (now.tv_sec < deadline->tv_sec ||
	    (now.tv_sec == deadline->tv_sec && now.tv_nsec < deadline->tv_nsec)) {
		left.tv_sec = deadline->tv_sec - now.tv_sec;
		left.tv_nsec = deadline->tv_nsec - now.tv_nsec;
		if (left.tv_nsec < 0) {
			left.tv_sec--;
			left.tv_nsec += 1000000000;
		}
	}
	return put_ts(rem, &left) < 0 ? -EFAULT : r;
}

/* A relative sleep of *req on clk (already checked) from now. */
static long sleep_for(clockid_t clk, const struct timespec *req, guest_addr_t rem)
{
	struct timespec deadline;

	if (req->tv_sec < 0 || req->tv_nsec < 0 || req->tv_nsec >= 1000000000)
		return -EINVAL;
	clock_gettime(clk, &deadline);
	ts_add(&deadline, req);
	return sleep_until(clk, &deadline, rem);
}

long sys_nanosleep(struct cpu *c, const uint64_t *a)
{
	struct timespec req;

	if (get_ts(&req, a[0]) < 0)
		return -EFAULT;
	return sleep_for(CLOCK_MONOTONIC, &req, a[1]);
}

long sys_clock_nanosleep(struct cpu *c, const uint64_t *a)
{
	clockid_t clk = (clockid_t)a[0];
	struct timespec req, rem;
	long r;

	if (get_ts(&req, a[2]) < 0)
		return -EFAULT;
	/* A relative CLOCK_REALTIME sleep is a CLOCK_MONOTONIC one
	 * (hrtimer_init()): setting the clock does not change it. */
	if (!(a[1] & TIMER_ABSTIME) &&
	    (clk == CLOCK_REALTIME || clk == CLOCK_MONOTONIC || clk == CLOCK_BOOTTIME))
		return sleep_for(clk == CLOCK_BOOTTIME ? clk : CLOCK_MONOTONIC, &req, a[3]);
	/* Absolute sleeps restart with the same arguments (-ERESTARTNOHAND);
	 * other clocks (CPU time) are left to the host as they are. */
	rem.tv_sec = rem.tv_nsec = 0;
	restart_block.armed = 0;
	r = sig_safe_syscall(SYS_clock_nanosleep, clk, (int)a[1], (long)&req, (long)&rem, 0, 0);
	if (r == -EINTR && !(a[1] & TIMER_ABSTIME) && a[3] && put_ts(a[3], &rem) < 0)
		return -EFAULT;
	return r;
}

/* restart_syscall: resume the sleep the restart block describes; -EINTR
 * when there is none (the kernel's do_no_restart_syscall()). */
long sys_restart_syscall(struct cpu *c, const uint64_t *a)
{
	struct timespec deadline = restart_block.deadline;

	if (!restart_block.armed)
		return -EINTR;
	return sleep_until(restart_block.clock, &deadline, restart_block.rem);
}

long sys_times(struct cpu *c, const uint64_t *a)
{
	struct tms h;
	struct guest_tms g;
	long r = syscall(SYS_times, &h);

	if (a[0]) {
		abi_tms_to_guest(&g, &h);
		if (SYS_PUT(a[0], g))
			return -EFAULT;
	}
	return r;
}

long sys_getitimer(struct cpu *c, const uint64_t *a)
{
	struct itimerval h;
	struct guest_itimerval g;

	if (syscall(SYS_getitimer, (int)a[0], &h) < 0)
		return -errno;
	abi_itimerval_to_guest(&g, &h);
	return SYS_PUT(a[1], g) ? -EFAULT : 0;
}

long sys_setitimer(struct cpu *c, const uint64_t *a)
{
	struct itimerval h, old;
	struct guest_itimerval g;

	if (a[1]) {
		if (SYS_GET(g, a[1]))
			return -EFAULT;
		abi_itimerval_to_host(&h, &g);
	}
	if (syscall(SYS_setitimer, (int)a[0], a[1] ? &h : NULL, &old) < 0)
		return -errno;
	if (a[2]) {
		abi_itimerval_to_guest(&g, &old);
		if (SYS_PUT(a[2], g))
			return -EFAULT;
	}
	return 0;
}

long sys_clock_settime(struct cpu *c, const uint64_t *a)
{
	struct timespec ts;

	if (get_ts(&ts, a[1]) < 0)
		return -EFAULT;
	return sys_host(syscall(SYS_clock_settime, (clockid_t)a[0], &ts));
}

/* POSIX timers.  struct sigevent is 64 bytes with the same layout on both
 * (include/uapi/asm-generic/siginfo.h): the guest's C library has already
 * turned SIGEV_THREAD into SIGEV_THREAD_ID, and guest thread ids are host
 * thread ids, so it passes as it is.  The timer signal arrives as a host
 * signal, which the signal layer queues for the guest. */
long sys_timer_create(struct cpu *c, const uint64_t *a)
{
	return sys_host(syscall(SYS_timer_create, (clockid_t)a[0], a[1] ? sys_hbuf(a[1], 64) : NULL,
				sys_hbuf(a[2], sizeof(int))));
}

long sys_timer_settime(struct cpu *c, const uint64_t *a)
{
	/* struct itimerspec is four 64-bit words on both. */
	_Static_assert(sizeof(struct guest_itimerspec) == sizeof(struct itimerspec), "itimerspec");
	return sys_host(syscall(SYS_timer_settime, (int)a[0], (int)a[1],
				a[2] ? sys_hbuf(a[2], sizeof(struct itimerspec)) : NULL,
				a[3] ? sys_hbuf(a[3], sizeof(struct itimerspec)) : NULL));
}

long sys_timer_gettime(struct cpu *c, const uint64_t *a)
{
	return sys_host(syscall(SYS_timer_gettime, (int)a[0], sys_hbuf(a[1], sizeof(struct itimerspec))));
}

long sys_timer_getoverrun(struct cpu *c, const uint64_t *a)
{
	return sys_host(syscall(SYS_timer_getoverrun, (int)a[0]));
}

long sys_timer_delete(struct cpu *c, const uint64_t *a)
{
	return sys_host(syscall(SYS_timer_delete, (int)a[0]));
}
