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

long sys_nanosleep(struct cpu *c, const uint64_t *a)
{
	struct timespec req, rem;
	long r;

	if (get_ts(&req, a[0]) < 0)
		return -EFAULT;
	r = sig_safe_syscall(SYS_nanosleep, (long)&req, (long)&rem, 0, 0, 0, 0);
	if (r == -EINTR && a[1] && put_ts(a[1], &rem) < 0)
		return -EFAULT;
	return r;
}

long sys_clock_nanosleep(struct cpu *c, const uint64_t *a)
{
	struct timespec req, rem;
	long r;

	if (get_ts(&req, a[2]) < 0)
		return -EFAULT;
	r = sig_safe_syscall(SYS_clock_nanosleep, (clockid_t)a[0], (int)a[1], (long)&req, (long)&rem,
			     0, 0);
	/* The remainder is written only for relative sleeps (TIMER_ABSTIME 1). */
	if (r == -EINTR && !(a[1] & 1) && a[3] && put_ts(a[3], &rem) < 0)
		return -EFAULT;
	return r;
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
