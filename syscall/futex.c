/*
 * futex.c -- futex(2) passed through to the host on guest memory (guest
 * memory is host memory, so guest threads and runforeign's own wait on the
 * same words).  Operations: include/uapi/linux/futex.h; arguments per
 * kernel/futex/syscalls.c: the fourth argument is a timeout pointer for the
 * waiting operations and the integer val2 for the requeueing ones.
 */
#include <errno.h>
#include <linux/futex.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#include "abi/futex.h"
#include "abi/time.h"
#include "syscall/signal.h"
#include "syscall/syscall.h"
#include "syscall/uarg.h"

_Static_assert(FUTEX_WAIT == GUEST_FUTEX_WAIT && FUTEX_WAKE_OP == GUEST_FUTEX_WAKE_OP &&
	       FUTEX_LOCK_PI2 == GUEST_FUTEX_LOCK_PI2 && FUTEX_PRIVATE_FLAG == GUEST_FUTEX_PRIVATE_FLAG,
	       "futex operations are the same numbers on the host");

static int futex_word_ok(guest_addr_t p)
{
	if (p & 3)
		return -EINVAL;
	return gmem_range_ok(p, 4) ? 0 : -EFAULT;
}

long sys_futex(struct cpu *c, const uint64_t *a)
{
	int op = (int)a[1];
	int cmd = op & ~(GUEST_FUTEX_PRIVATE_FLAG | GUEST_FUTEX_CLOCK_REALTIME);
	struct guest_timespec gts;
	struct timespec ts, *tsp = NULL;
	void *uaddr2 = NULL;
	long r = futex_word_ok(a[0]);

	if (r < 0)
		return r;
	switch (cmd) {
	case GUEST_FUTEX_WAIT: case GUEST_FUTEX_WAIT_BITSET: case GUEST_FUTEX_LOCK_PI:
	case GUEST_FUTEX_LOCK_PI2: case GUEST_FUTEX_WAIT_REQUEUE_PI:
		if (a[3]) {
			if (SYS_GET(gts, a[3]))
				return -EFAULT;
			abi_timespec_to_host(&ts, &gts);
			tsp = &ts;
		}
		if (cmd == GUEST_FUTEX_WAIT_REQUEUE_PI) {
			if ((r = futex_word_ok(a[4])) < 0)
				return r;
			uaddr2 = g2h(a[4]);
		}
		return sig_safe_syscall(SYS_futex, (long)g2h(a[0]), op, (uint32_t)a[2], (long)tsp,
					(long)uaddr2, (uint32_t)a[5]);
	case GUEST_FUTEX_WAKE: case GUEST_FUTEX_WAKE_BITSET: case GUEST_FUTEX_UNLOCK_PI:
	case GUEST_FUTEX_TRYLOCK_PI:
		return sys_host(syscall(SYS_futex, g2h(a[0]), op, (uint32_t)a[2], NULL, NULL,
					(uint32_t)a[5]));
	case GUEST_FUTEX_REQUEUE: case GUEST_FUTEX_CMP_REQUEUE: case GUEST_FUTEX_WAKE_OP:
	case GUEST_FUTEX_CMP_REQUEUE_PI:
		if ((r = futex_word_ok(a[4])) < 0)
			return r;
		return sys_host(syscall(SYS_futex, g2h(a[0]), op, (uint32_t)a[2],
					(unsigned long)(uint32_t)a[3], g2h(a[4]), (uint32_t)a[5]));
	default:
		return -ENOSYS;
	}
}
