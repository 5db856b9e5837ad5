/*
 * futex.h -- arm64 futex constants (include/uapi/linux/futex.h; the same
 * numbers on every architecture) and the robust list head.
 */
#ifndef RF_ABI_FUTEX_H
#define RF_ABI_FUTEX_H

#include <stddef.h>
#include <stdint.h>

#define GUEST_FUTEX_WAIT 0
#define GUEST_FUTEX_WAKE 1
#define GUEST_FUTEX_REQUEUE 3
#define GUEST_FUTEX_CMP_REQUEUE 4
#define GUEST_FUTEX_WAKE_OP 5
#define GUEST_FUTEX_LOCK_PI 6
#define GUEST_FUTEX_UNLOCK_PI 7
#define GUEST_FUTEX_TRYLOCK_PI 8
#define GUEST_FUTEX_WAIT_BITSET 9
#define GUEST_FUTEX_WAKE_BITSET 10
#define GUEST_FUTEX_WAIT_REQUEUE_PI 11
#define GUEST_FUTEX_CMP_REQUEUE_PI 12
#define GUEST_FUTEX_LOCK_PI2 13
#define GUEST_FUTEX_PRIVATE_FLAG 128
#define GUEST_FUTEX_CLOCK_REALTIME 256

/* struct robust_list_head: list (one pointer), futex_offset (long),
 * list_op_pending (pointer). */
struct guest_robust_list_head {
	uint64_t list;
	int64_t futex_offset;
	uint64_t list_op_pending;
};
_Static_assert(sizeof(struct guest_robust_list_head) == 24, "robust_list_head size");

#endif
