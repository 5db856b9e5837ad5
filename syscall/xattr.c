/*
 * xattr.c -- extended attributes: the {,l,f}{get,set,list,remove}xattr
 * families.  Names are strings, values byte strings, XATTR_CREATE/REPLACE
 * the same everywhere (include/uapi/linux/xattr.h); values are copied
 * through host buffers of at most XATTR_SIZE_MAX, the kernel's limit.
 */
#include <errno.h>
#include <stdlib.h>
#include <sys/xattr.h>
#include "syscall/syscall.h"
#include "syscall/uarg.h"

#define XATTR_SIZE_MAX_ 65536
#define XATTR_NAME_MAX_ 255

enum xkind { X_PATH, X_LINK, X_FD };

/* The object: a path (followed or not) or an fd, from argument 0. */
struct xobj {
	enum xkind kind;
	int fd;
	char path[PATH_MAX];
};

static long xobj_get(struct xobj *o, enum xkind k, uint64_t arg)
{
	o->kind = k;
	o->fd = (int)arg;
	return k == X_FD ? 0 : sys_path(o->path, arg);
}

static long xname_get(char *name, guest_addr_t p)
{
	long n = gmem_strcpy(name, XATTR_NAME_MAX_ + 1, p);

	if (n == -ENAMETOOLONG)
		return -ERANGE;
	if (n == 0)
		return -ERANGE;
	return n < 0 ? n : 0;
}

static long do_get(enum xkind k, const uint64_t *a)
{
	struct xobj o;
	char name[XATTR_NAME_MAX_ + 1];
	size_t size = a[3] > XATTR_SIZE_MAX_ ? XATTR_SIZE_MAX_ : a[3];
	void *buf;
	long r;

	if ((r = xobj_get(&o, k, a[0])) < 0 || (r = xname_get(name, a[1])) < 0)
		return r;
	buf = malloc(size ? size : 1);
	if (!buf)
		return -ENOMEM;
	r = sys_host(k == X_FD ? fgetxattr(o.fd, name, size ? buf : NULL, size)
		     : k == X_LINK ? lgetxattr(o.path, name, size ? buf : NULL, size)
				   : getxattr(o.path, name, size ? buf : NULL, size));
	if (r > 0 && size && gmem_write(a[2], buf, (size_t)r))
		r = -EFAULT;
	free(buf);
	return r;
}

static long do_set(enum xkind k, const uint64_t *a)
{
	struct xobj o;
	char name[XATTR_NAME_MAX_ + 1];
	void *buf;
	long r;

	if (a[3] > XATTR_SIZE_MAX_)
		return -E2BIG;
	if ((r = xobj_get(&o, k, a[0])) < 0 || (r = xname_get(name, a[1])) < 0)
		return r;
	buf = malloc(a[3] ? a[3] : 1);
	if (!buf)
		return -ENOMEM;
	if (gmem_read(buf, a[2], a[3])) {
		free(buf);
		return -EFAULT;
	}
	r = sys_host(k == X_FD ? fsetxattr(o.fd, name, buf, a[3], (int)a[4])
		     : k == X_LINK ? lsetxattr(o.path, name, buf, a[3], (int)a[4])
				   : setxattr(o.path, name, buf, a[3], (int)a[4]));
	free(buf);
	return r;
}

static long do_list(enum xkind k, const uint64_t *a)
{
	struct xobj o;
	size_t size = a[2] > XATTR_SIZE_MAX_ ? XATTR_SIZE_MAX_ : a[2];
	char *buf;
	long r;

	if ((r = xobj_get(&o, k, a[0])) < 0)
		return r;
	buf = malloc(size ? size : 1);
	if (!buf)
		return -ENOMEM;
	r = sys_host(k == X_FD ? flistxattr(o.fd, size ? buf : NULL, size)
		     : k == X_LINK ? llistxattr(o.path, size ? buf : NULL, size)
				   : listxattr(o.path, size ? buf : NULL, size));
	if (r > 0 && size && gmem_write(a[1], buf, (size_t)r))
		r = -EFAULT;
	free(buf);
	return r;
}

static long do_remove(enum xkind k, const uint64_t *a)
{
	struct xobj o;
	char name[XATTR_NAME_MAX_ + 1];
	long r;

	if ((r = xobj_get(&o, k, a[0])) < 0 || (r = xname_get(name, a[1])) < 0)
		return r;
	return sys_host(k == X_FD ? fremovexattr(o.fd, name)
			: k == X_LINK ? lremovexattr(o.path, name) : removexattr(o.path, name));
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
