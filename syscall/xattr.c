/*
 * xattr.c -- extended attributes: the {,l,f}{get,set,list,remove}xattr
 * families.  Names are strings, values and name lists byte strings,
 * XATTR_CREATE/REPLACE the same everywhere (include/uapi/linux/xattr.h):
 * nothing needs converting, so the host kernel reads the path, the name
 * and the value from guest memory itself (sys_hstr, sys_hbuf) and checks
 * the fd, the flags, the size and each pointer in its own order
 * (fs/xattr.c).
 */
#include <errno.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "syscall/syscall.h"
#include "syscall/uarg.h"

enum xkind { X_PATH, X_LINK, X_FD };

/* Host syscall numbers: [kind][get, set, list, remove]. */
static const long xattr_nr[3][4] = {
	[X_PATH] = {SYS_getxattr, SYS_setxattr, SYS_listxattr, SYS_removexattr},
	[X_LINK] = {SYS_lgetxattr, SYS_lsetxattr, SYS_llistxattr, SYS_lremovexattr},
	[X_FD] = {SYS_fgetxattr, SYS_fsetxattr, SYS_flistxattr, SYS_fremovexattr},
};

enum xop { X_GET, X_SET, X_LIST, X_REMOVE };

/* Argument 0: a path (read by the host) or an fd. */
static long xobj(enum xkind k, uint64_t arg)
{
	return k == X_FD ? (long)(int)arg : (long)sys_hstr(arg);
}

static long do_get(enum xkind k, const uint64_t *a)
{
	return sys_host(syscall(xattr_nr[k][X_GET], xobj(k, a[0]), sys_hstr(a[1]),
				sys_hbuf(a[2], a[3]), (size_t)a[3]));
}

static long do_set(enum xkind k, const uint64_t *a)
{
	return sys_host(syscall(xattr_nr[k][X_SET], xobj(k, a[0]), sys_hstr(a[1]),
				sys_hbuf(a[2], a[3]), (size_t)a[3], (int)a[4]));
}

static long do_list(enum xkind k, const uint64_t *a)
{
	return sys_host(syscall(xattr_nr[k][X_LIST], xobj(k, a[0]), sys_hbuf(a[1], a[2]),
				(size_t)a[2]));
}

static long do_remove(enum xkind k, const uint64_t *a)
{
	return sys_host(syscall(xattr_nr[k][X_REMOVE], xobj(k, a[0]), sys_hstr(a[1])));
}

long sys_setxattr(struct cpu *c, const uint64_t *a) { return do_set(X_PATH, a); }
long sys_lsetxattr(struct cpu *c, const uint64_t *a) { return do_set(X_LINK, a); }
long sys_fsetxattr(struct cpu *c, const uint64_t *a) { return do_set(X_FD, a); }
long sys_getxattr(struct cpu *c, const uint64_t *a) { return do_get(X_PATH, a); }
long sys_lgetxattr(struct cpu *c, const uint64_t *a) { return do_get(X_LINK, a); }
long sys_fgetxattr(struct cpu *c, const uint64_t *a) { return do_get(X_FD, a); }
long sys_listxattr(struct cpu *c, const uint64_t *a) { return do_list(X_PATH, a); }
long sys_llistxattr(struct cpu *c, const uint64_t *a) { return do_list(X_LINK, a); }
long sys_flistxattr(struct cpu *c, const uint64_t *a) { return do_list(X_FD, a); }
long sys_removexattr(struct cpu *c, const uint64_t *a) { return do_remove(X_PATH, a); }
long sys_lremovexattr(struct cpu *c, const uint64_t *a) { return do_remove(X_LINK, a); }
long sys_fremovexattr(struct cpu *c, const uint64_t *a) { return do_remove(X_FD, a); }
