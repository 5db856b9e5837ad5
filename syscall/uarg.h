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

/* A guest iovec array translated for a host call (sys_iov_host). */
struct sys_iovs {
	struct iovec *host;	/* what to hand the host call */
	void *mem;		/* the copy: malloc'd, or mmap'd when maplen */
	size_t maplen;
};

/* sys_iov_host -- translate the guest's iovec array at giov with cnt
 * entries (the same LP64 layout on both) into s->host: a copy whose bases
 * went through sys_hbuf; a faulting pointer when the kernel would not read
 * the array (cnt 0 or above UIO_MAXIOV) or its first entry does not read;
 * and when a later entry does not read, a copy of the entries before it
 * that ends at a PROT_NONE page, so the host kernel, which reads the
 * entries one by one (checking each length), stops where the kernel
 * would.  The host then checks the fd, cnt, lengths and bases in its own
 * order (import_iovec()).  0, or -ENOMEM; release with sys_iov_free. */
int sys_iov_host(struct sys_iovs *s, guest_addr_t giov, uint64_t cnt);
void sys_iov_free(struct sys_iovs *s);

/* sys_fault_ptr -- a user address that faults on any access and reaches
 * nothing of runforeign's (a probe argument for host calls). */
static inline void *sys_fault_ptr(void)
{
	return gmem_host_buf(GUEST_ADDR_LIMIT, 1);
}

/* sys_buf_ok -- 0 if the guest buffer [p, p+n) lies in guest space (the
 * host call then reports EFAULT for unmapped parts), else -EFAULT. */
static inline int sys_buf_ok(guest_addr_t p, uint64_t n)
{
	return gmem_range_ok(p, n) ? 0 : -EFAULT;
}

/* sys_hbuf -- the host pointer to hand a host syscall for the guest buffer
 * [p, p+n) (gmem_host_buf): guest memory as it is, anything beyond guest
 * space as an address that faults without reaching runforeign.  The host
 * kernel then checks fds, flags and lengths before it touches the buffer,
 * in the order the arm64 kernel does; copying or range-checking the buffer
 * first would answer EFAULT before EBADF or EINVAL.  Use it wherever the
 * guest and host layouts of the memory are the same. */
static inline void *sys_hbuf(guest_addr_t p, uint64_t n)
{
	return gmem_host_buf(p, n);
}

/* sys_hstr -- sys_hbuf for a NUL-terminated guest string the host kernel
 * reads itself (a path, an xattr name). */
static inline const char *sys_hstr(guest_addr_t p)
{
	return gmem_host_buf(p, 1);
}

/* sys_path_arg -- the host path for guest path p: buf, filled by
 * sys_lookup_path (lookup = 1) or sys_path, when the string copies; when it
 * does not (EFAULT, ENAMETOOLONG), the guest string itself (sys_hstr), so
 * that the host call fails it exactly where the kernel's getname() would,
 * after the fd and flag checks that come first. */
static inline const char *sys_path_arg(char *buf, guest_addr_t p, int lookup)
{
	return (lookup ? sys_lookup_path(buf, p) : sys_path(buf, p)) < 0 ? sys_hstr(p) : buf;
}

/* Copy a guest struct in or out: 0 or -EFAULT. */
#define SYS_GET(dst, gaddr) gmem_read(&(dst), (gaddr), sizeof(dst))
#define SYS_PUT(gaddr, src) gmem_write((gaddr), &(src), sizeof(src))

#endif
