/*
 * event.c -- event file descriptors: epoll (whose struct epoll_event is
 * 16 bytes on arm64 but packed to 12 on x86-64), eventfd, timerfd and
 * inotify.  Flag values (EPOLL*, EFD_*, TFD_*, IN_*) are the same numbers
 * on both; EPOLL_CLOEXEC, EFD_CLOEXEC, TFD_CLOEXEC and IN_CLOEXEC are
 * O_CLOEXEC, and the *_NONBLOCK ones O_NONBLOCK, on both.
 */
#include <errno.h>
#include <stdlib.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/syscall.h>
#include <sys/timerfd.h>
#include <unistd.h>
#include "abi/socket.h"
#include "abi/time.h"
#include "syscall/signal.h"
#include "syscall/syscall.h"
#include "syscall/uarg.h"

/* The kernel's EP_MAX_EVENTS: INT_MAX / sizeof(struct epoll_event). */
#define EP_MAX_EVENTS (0x7fffffff / (int)sizeof(struct guest_epoll_event))
#define EPOLL_BATCH 1024

long sys_epoll_create1(struct cpu *c, const uint64_t *a)
{
	return sys_host(epoll_create1((int)a[0]));
}

long sys_epoll_ctl(struct cpu *c, const uint64_t *a)
{
	struct guest_epoll_event g;
	struct epoll_event h = {0};

	if ((int)a[1] != EPOLL_CTL_DEL) {
		if (SYS_GET(g, a[3]))
			return -EFAULT;
		abi_epoll_event_to_host(&h, &g);
	}
	return sys_host(epoll_ctl((int)a[0], (int)a[1], (int)a[2], &h));
}

/* Wait with a millisecond timeout (or ts when use_ts) and an optional
 * temporary signal mask; events are converted back one by one. */
static long epoll_wait_common(const uint64_t *a, int timeout, const struct timespec *ts, int use_ts)
{
	int max = (int)a[2], i;
	struct epoll_event *h;
	struct guest_epoll_event g;
	uint64_t mask;
	sigset_t hmask;
	long r;

	if (max <= 0 || max > EP_MAX_EVENTS)
		return -EINVAL;
	if (sys_buf_ok(a[1], (uint64_t)max * sizeof g))
		return -EFAULT;
	if (a[4]) {
		if (a[5] != sizeof mask)
			return -EINVAL;
		if (SYS_GET(mask, a[4]))
			return -EFAULT;
	}
	/* Fewer slots than asked for is allowed (epoll_wait returns "up to
	 * maxevents"), and keeps a huge maxevents from costing host memory. */
	if (max > EPOLL_BATCH)
		max = EPOLL_BATCH;
	h = calloc((size_t)max, sizeof *h);
	if (!h)
		return -ENOMEM;
	if (a[4] && sig_wait_mask_begin(mask, &hmask) < 0)
		r = -EINTR;
	else if (use_ts)
		r = a[4] ? sys_host(syscall(SYS_epoll_pwait2, (int)a[0], h, max, ts, &hmask,
					    sizeof mask))
			 : sig_safe_syscall(SYS_epoll_pwait2, (int)a[0], (long)h, max, (long)ts, 0,
					    sizeof mask);
	else
		r = a[4] ? sys_host(syscall(SYS_epoll_pwait, (int)a[0], h, max, timeout, &hmask,
					    sizeof mask))
			 : sig_safe_syscall(SYS_epoll_pwait, (int)a[0], (long)h, max, timeout, 0,
					    sizeof mask);
	for (i = 0; i < r; i++) {
		abi_epoll_event_to_guest(&g, &h[i]);
		if (gmem_write(a[1] + (uint64_t)i * sizeof g, &g, sizeof g)) {
			r = -EFAULT;
			break;
		}
	}
	free(h);
	return r;
}

long sys_epoll_pwait(struct cpu *c, const uint64_t *a)
{
	return epoll_wait_common(a, (int)a[3], NULL, 0);
}

long sys_epoll_pwait2(struct cpu *c, const uint64_t *a)
{
	struct guest_timespec g;
	struct timespec ts;

	if (a[3]) {
		if (SYS_GET(g, a[3]))
			return -EFAULT;
		abi_timespec_to_host(&ts, &g);
	}
	return epoll_wait_common(a, -1, a[3] ? &ts : NULL, 1);
}

long sys_eventfd2(struct cpu *c, const uint64_t *a)
{
	return sys_host(eventfd((unsigned)a[0], (int)a[1]));
}

long sys_timerfd_create(struct cpu *c, const uint64_t *a)
{
	return sys_host(timerfd_create((int)a[0], (int)a[1]));
}

long sys_timerfd_settime(struct cpu *c, const uint64_t *a)
{
	struct guest_itimerspec g;
	struct itimerspec h, old;

	if (SYS_GET(g, a[2]))
		return -EFAULT;
	abi_itimerspec_to_host(&h, &g);
	if (timerfd_settime((int)a[0], (int)a[1], &h, &old) < 0)
		return -errno;
	if (a[3]) {
		abi_itimerspec_to_guest(&g, &old);
		if (SYS_PUT(a[3], g))
			return -EFAULT;
	}
	return 0;
}

long sys_timerfd_gettime(struct cpu *c, const uint64_t *a)
{
	struct guest_itimerspec g;
	struct itimerspec h;

	if (timerfd_gettime((int)a[0], &h) < 0)
		return -errno;
	abi_itimerspec_to_guest(&g, &h);
	return SYS_PUT(a[1], g) ? -EFAULT : 0;
}

long sys_inotify_init1(struct cpu *c, const uint64_t *a)
{
	return sys_host(inotify_init1((int)a[0]));
}

long sys_inotify_add_watch(struct cpu *c, const uint64_t *a)
{
	char path[PATH_MAX];

	/* The mask and the fd are checked before the path. */
	return sys_host(inotify_add_watch((int)a[0], sys_path_arg(path, a[1], 0), (uint32_t)a[2]));
}

long sys_inotify_rm_watch(struct cpu *c, const uint64_t *a)
{
	return sys_host(inotify_rm_watch((int)a[0], (int)a[1]));
}

/* signalfd reads signals that are blocked and pending.  The signal layer
 * mirrors each guest thread's mask at the host, so those signals stay
 * pending in the host kernel, where the host signalfd finds them; struct
 * signalfd_siginfo is architecture-independent (include/uapi/linux/
 * signalfd.h) and signal numbers are the same. */
long sys_signalfd4(struct cpu *c, const uint64_t *a)
{
	uint64_t mask;

	if (a[2] != sizeof mask)
		return -EINVAL;
	if (SYS_GET(mask, a[1]))
		return -EFAULT;
	return sys_host(syscall(SYS_signalfd4, (int)a[0], &mask, sizeof mask, (int)a[3]));
}
