/*
 * errno.h -- guest (arm64 Linux) errno values and the host conversion.
 * arm64 uses asm-generic/errno-base.h and asm-generic/errno.h.
 */
#ifndef RF_ABI_ERRNO_H
#define RF_ABI_ERRNO_H

#define GUEST_EPERM 1
#define GUEST_ENOENT 2
#define GUEST_ESRCH 3
#define GUEST_EINTR 4
#define GUEST_EBADF 9
#define GUEST_EAGAIN 11
#define GUEST_ENOMEM 12
#define GUEST_EFAULT 14
#define GUEST_EEXIST 17
#define GUEST_EINVAL 22
#define GUEST_ENOTTY 25
#define GUEST_ERANGE 34
#define GUEST_ENAMETOOLONG 36
#define GUEST_ENOSYS 38
#define GUEST_EHWPOISON 133

/* abi_errno_to_guest -- the guest errno for a host errno value (both
 * positive); unknown values map to GUEST_EINVAL. */
int abi_errno_to_guest(int host_errno);

/* abi_errno_to_host -- the host errno for a guest errno value (both
 * positive); unknown values map to EINVAL. */
int abi_errno_to_host(int guest_errno);

#endif
