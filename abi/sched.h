/*
 * sched.h -- struct clone_args for clone3 (include/uapi/linux/sched.h;
 * every field __aligned_u64, the same on all architectures).  clone(2)
 * flags (CLONE_*) are the same numbers on arm64 and x86-64.
 */
#ifndef RF_ABI_SCHED_H
#define RF_ABI_SCHED_H

#include <stddef.h>
#include <stdint.h>

struct guest_clone_args {
	uint64_t flags, pidfd, child_tid, parent_tid, exit_signal, stack, stack_size, tls;
	uint64_t set_tid, set_tid_size, cgroup;
};
_Static_assert(sizeof(struct guest_clone_args) == 88, "clone_args size");
_Static_assert(offsetof(struct guest_clone_args, stack) == 40, "clone_args.stack");
_Static_assert(offsetof(struct guest_clone_args, tls) == 56, "clone_args.tls");
_Static_assert(offsetof(struct guest_clone_args, cgroup) == 80, "clone_args.cgroup");
/* CLONE_ARGS_SIZE_VER0: the first published size (up to tls). */
#define GUEST_CLONE_ARGS_SIZE_VER0 64

#endif
