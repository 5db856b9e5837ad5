/*
 * errno.h -- guest (arm64 Linux) errno values and the host conversion.
 * arm64 uses asm-generic/errno-base.h and asm-generic/errno.h.
 */
#ifndef RF_ABI_ERRNO_H
#define RF_ABI_ERRNO_H

#define GUEST_EPERM 1
#define GUEST_ENOENT 2
#define GUEST_EINTR 4
#define GUEST_EFAULT 14
#define GUEST_EINVAL 22
#define GUEST_ENOSYS 38

/* abi_errno_to_guest -- the guest errno for a host errno value (both
 * positive); unknown values map to GUEST_EINVAL. */
int abi_errno_to_guest(int host_errno);

#endif
