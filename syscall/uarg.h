/*
 * uarg.h -- helpers the syscall handlers share for guest arguments:
 * paths, structs copied in and out, and the host-result convention.
 * Every guest pointer a handler touches goes through these or through
 * gmem_* directly; nothing dereferences a guest address.
 */
#ifndef RF_SYSCALL_UARG_H
#define RF_SYSCALL_UARG_H

#include <errno.h>
#include <limits.h>
#include "xlate/gmem.h"

/* sys_host -- a host call's result in the handler convention: the value,
 * or -errno when the host returned -1. */
static inline long sys_host(long r)
{
	return r < 0 ? -errno : r;
}

/* sys_path -- copy the guest path at p into buf (PATH_MAX bytes).
 * 0, -EFAULT, or -ENAMETOOLONG (as the kernel's getname()). */
static inline int sys_path(char *buf, guest_addr_t p)
{
	long n = gmem_strcpy(buf, PATH_MAX, p);

	return n < 0 ? (int)n : 0;
}

/* sys_lookup_path -- sys_path for calls that only look a file up (open,
 * stat, access, readlink): an absolute path that exists under the sysroot
 * (-L) names the sysroot's file, as the guest's libraries live there. */
int sys_lookup_path(char *buf, guest_addr_t p);

/* sys_is_proc_self_exe -- 1 if path (relative to dirfd) names
 * /proc/self/exe, which for the guest is its program, not runforeign. */
int sys_is_proc_self_exe(int dirfd, const char *path);

/* sys_procfs_open -- if path is one of the /proc files that describe the
 * process (maps, exe, cmdline, environ, auxv of self; /proc/cpuinfo),
 * open the guest's view of it with host open flags hflags, set *result to
 * the fd or -errno and return 1; else return 0. */
int sys_procfs_open(const char *path, int hflags, long *result);

struct iovec;
/* sys_iov_import -- the guest iovec array at giov (cnt entries) as host
 * iovecs, as the kernel's import_iovec(): 0, -EINVAL for a bad count or a
 * total beyond SSIZE_MAX, -EFAULT for an unreadable array or a segment
 * outside guest space.  *out is malloc'd (free it). */
long sys_iov_import(guest_addr_t giov, uint64_t cnt, struct iovec **out);

/* sys_buf_ok -- 0 if the guest buffer [p, p+n) lies in guest space (the
 * host call then reports EFAULT for unmapped parts), else -EFAULT. */
static inline int sys_buf_ok(guest_addr_t p, uint64_t n)
{
	return gmem_range_ok(p, n) ? 0 : -EFAULT;
}

/* sys_hbuf -- the host pointer to hand a host syscall for the guest buffer
 * [p, p+n): g2h(p) when it lies in guest space (or n is 0: nothing is
 * touched), else an address in the host kernel half.  The host kernel then
 * fails it with EFAULT at the point where the arm64 kernel's access_ok()
 * would (after the fd, seek and argument checks), so the errno order is the
 * kernel's; checking the range first would answer EFAULT before EBADF. */
static inline void *sys_hbuf(guest_addr_t p, uint64_t n)
{
	return n == 0 || gmem_range_ok(p, n) ? g2h(p) : (void *)0xffff800000000000UL;
}

/* Copy a guest struct in or out: 0 or -EFAULT. */
#define SYS_GET(dst, gaddr) gmem_read(&(dst), (gaddr), sizeof(dst))
#define SYS_PUT(gaddr, src) gmem_write((gaddr), &(src), sizeof(src))

#endif
