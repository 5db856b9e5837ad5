/*
 * poll.c -- ppoll and pselect6, the waiting calls arm64 has (it has no
 * poll/select).  The fd sets and pollfd arrays are copied into host memory,
 * the timeout and signal mask converted; the kernel's updates (revents,
 * remaining time) are copied back.  A temporary signal mask goes through
 * sig_wait_mask_begin(), which makes it the guest's mask for the wait and
 * gives the host mask to install atomically with the wait (the kernel's
 * set_user_sigmask()); the cpu loop restores the old mask afterwards.
 */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#include "abi/io.h"
#include "abi/time.h"
#include "syscall/signal.h"
#include "syscall/syscall.h"
#include "syscall/uarg.h"

/* Kernel-sized signal set: 64 signals. */
#define KSIGSET_SIZE 8

/* Read the optional guest timespec at p into *h; sets *use. */
static long get_timeout(guest_addr_t p, struct timespec *h, struct timespec **use)
{
	struct guest_timespec g;

	*use = NULL;
	if (!p)
		return 0;
	if (SYS_GET(g, p))
		return -EFAULT;
	abi_timespec_to_host(h, &g);
	*use = h;
	return 0;
}

static long put_timeout(guest_addr_t p, const struct timespec *h)
{
	struct guest_timespec g;

	abi_timespec_to_guest(&g, h);
	return SYS_PUT(p, g) ? -EFAULT : 0;
}

long sys_ppoll(struct cpu *c, const uint64_t *a)
{
	struct rlimit rl;
	struct pollfd *h;
	struct guest_pollfd g;
	struct timespec ts, *tsp;
	uint64_t mask, i, n = a[1];
	sigset_t hmask;
	long r;

	if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && n > rl.rlim_cur)
		return -EINVAL;
	if ((r = get_timeout(a[2], &ts, &tsp)) < 0)
		return r;
	if (a[3]) {
		if (a[4] != KSIGSET_SIZE)
			return -EINVAL;
		if (SYS_GET(mask, a[3]))
			return -EFAULT;
	}
	h = calloc(n ? n : 1, sizeof *h);
	if (!h)
		return -ENOMEM;
	for (i = 0; i < n; i++) {
		if (SYS_GET(g, a[0] + i * sizeof g)) {
			free(h);
			return -EFAULT;
		}
		abi_pollfd_to_host(&h[i], &g);
	}
	if (a[3] && sig_wait_mask_begin(mask, &hmask) < 0)
		r = -EINTR;
	else if (a[3])
		r = sys_host(syscall(SYS_ppoll, h, n, tsp, &hmask, KSIGSET_SIZE));
	else
		r = sig_safe_syscall(SYS_ppoll, (long)h, (long)n, (long)tsp, 0, KSIGSET_SIZE, 0);
	for (i = 0; r >= 0 && i < n; i++) {
		abi_pollfd_to_guest(&g, &h[i]);
		if (SYS_PUT(a[0] + i * sizeof g + offsetof(struct guest_pollfd, revents), g.revents))
			r = -EFAULT;
	}
	free(h);
	if (tsp && (r >= 0 || r == -EINTR) && put_timeout(a[2], tsp))
		return -EFAULT;
	return r;
}

/* Copy in one optional fd_set of nfds bits; *hp is NULL when p is. */
static long fdset_in(guest_addr_t p, size_t bytes, unsigned char *buf, void **hp)
{
	*hp = NULL;
	if (!p)
		return 0;
	if (gmem_read(buf, p, bytes))
		return -EFAULT;
	*hp = buf;
	return 0;
}

long sys_pselect6(struct cpu *c, const uint64_t *a)
{
	int n = (int)a[0], i;
	struct rlimit rl;
	size_t bytes;
	unsigned char *buf;
	void *sets[3];
	struct timespec ts, *tsp;
	struct { guest_addr_t ss; uint64_t len; } gsig;
	struct { const sigset_t *ss; size_t len; } hsig = {NULL, KSIGSET_SIZE};
	uint64_t mask;
	sigset_t hmask;
	long r;

	if (n < 0)
		return -EINVAL;
	/* As the kernel's core_sys_select(): bits past the largest possible
	 * descriptor are neither read nor written. */
	if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_max != RLIM_INFINITY &&
	    (uint64_t)n > rl.rlim_max)
		n = (int)rl.rlim_max;
	bytes = ((size_t)n + 63) / 64 * 8;
	if ((r = get_timeout(a[4], &ts, &tsp)) < 0)
		return r;
	if (a[5]) {
		if (SYS_GET(gsig, a[5]))
			return -EFAULT;
		if (gsig.ss) {
			if (gsig.len != KSIGSET_SIZE)
				return -EINVAL;
			if (SYS_GET(mask, gsig.ss))
				return -EFAULT;
			hsig.ss = &hmask;
		}
	}
	buf = calloc(3, bytes ? bytes : 8);
	if (!buf)
		return -ENOMEM;
	for (i = 0; i < 3; i++) {
		if (fdset_in(a[1 + i], bytes, buf + i * bytes, &sets[i]) < 0) {
			free(buf);
			return -EFAULT;
		}
	}
	if (hsig.ss && sig_wait_mask_begin(mask, &hmask) < 0)
		r = -EINTR;
	else if (hsig.ss)
		r = sys_host(syscall(SYS_pselect6, n, sets[0], sets[1], sets[2], tsp, &hsig));
	else
		r = sig_safe_syscall(SYS_pselect6, n, (long)sets[0], (long)sets[1], (long)sets[2],
				     (long)tsp, a[5] ? (long)&hsig : 0);
	for (i = 0; r >= 0 && i < 3; i++)
		if (sets[i] && gmem_write(a[1 + i], sets[i], bytes))
			r = -EFAULT;
	free(buf);
	if (tsp && (r >= 0 || r == -EINTR) && put_timeout(a[4], tsp))
		return -EFAULT;
	return r;
}
