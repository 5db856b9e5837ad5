/*
 * net.c -- sockets.  Address families, socket types and flags, levels,
 * options and message flags are the same numbers on arm64 and x86-64, and
 * the structures the calls carry (sockaddr_*, msghdr, cmsghdr, ucred,
 * linger, timeval options) have the same LP64 layout, so addresses and
 * option values are copied into host buffers and message headers rebuilt
 * with host pointers to the guest's buffers.  Semantics: net/socket.c.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>
#include "abi/io.h"
#include "abi/socket.h"
#include "syscall/signal.h"
#include "syscall/syscall.h"
#include "syscall/uarg.h"

/* Largest option value copied (options are small; the kernel's own
 * limit is per option). */
#define SOCKOPT_MAX 65536

long sys_socket(struct cpu *c, const uint64_t *a)
{
	return sys_host(socket((int)a[0], (int)a[1], (int)a[2]));
}

long sys_socketpair(struct cpu *c, const uint64_t *a)
{
	int sv[2];

	if (socketpair((int)a[0], (int)a[1], (int)a[2], sv) < 0)
		return -errno;
	if (SYS_PUT(a[3], sv)) {
		close(sv[0]);
		close(sv[1]);
		return -EFAULT;
	}
	return 0;
}

/* Copy a guest socket address in (move_addr_to_kernel()). */
static long addr_in(guest_addr_t p, uint64_t len, struct sockaddr_storage *ss)
{
	if ((int)len < 0 || len > sizeof *ss)
		return -EINVAL;
	memset(ss, 0, sizeof *ss);
	return gmem_read(ss, p, len) ? -EFAULT : 0;
}

/* Copy an address out to buf with its length at lenp, truncating as
 * move_addr_to_user() does; the full length is reported. */
static long addr_out(guest_addr_t buf, guest_addr_t lenp, const struct sockaddr_storage *ss,
		     socklen_t len)
{
	int32_t cap;

	if (!lenp)
		return 0;
	if (SYS_GET(cap, lenp))
		return -EFAULT;
	if (cap < 0)
		return -EINVAL;
	if (gmem_write(buf, ss, (size_t)cap < len ? (size_t)cap : len))
		return -EFAULT;
	return SYS_PUT(lenp, len) ? -EFAULT : 0;
}

long sys_bind(struct cpu *c, const uint64_t *a)
{
	struct sockaddr_storage ss;
	long r = addr_in(a[1], a[2], &ss);

	return r < 0 ? r : sys_host(bind((int)a[0], (struct sockaddr *)&ss, (socklen_t)a[2]));
}

long sys_connect(struct cpu *c, const uint64_t *a)
{
	struct sockaddr_storage ss;
	long r = addr_in(a[1], a[2], &ss);

	return r < 0 ? r : sig_safe_syscall(SYS_connect, (int)a[0], (long)&ss, (socklen_t)a[2], 0, 0, 0);
}

long sys_listen(struct cpu *c, const uint64_t *a)
{
	return sys_host(listen((int)a[0], (int)a[1]));
}

long sys_accept4(struct cpu *c, const uint64_t *a)
{
	struct sockaddr_storage ss;
	socklen_t len = sizeof ss;
	long fd = sig_safe_syscall(SYS_accept4, (int)a[0], a[1] ? (long)&ss : 0,
				   a[1] ? (long)&len : 0, (int)a[3], 0, 0);

	if (fd >= 0 && a[1] && addr_out(a[1], a[2], &ss, len) < 0) {
		close((int)fd);
		return -EFAULT;
	}
	return fd;
}

long sys_accept(struct cpu *c, const uint64_t *a)
{
	uint64_t b[6] = {a[0], a[1], a[2], 0, 0, 0};

	return sys_accept4(c, b);
}

static long name_call(const uint64_t *a, int peer)
{
	struct sockaddr_storage ss;
	socklen_t len = sizeof ss;
	int r = peer ? getpeername((int)a[0], (struct sockaddr *)&ss, &len)
		     : getsockname((int)a[0], (struct sockaddr *)&ss, &len);

	if (r < 0)
		return -errno;
	return addr_out(a[1], a[2], &ss, len);
}

long sys_getsockname(struct cpu *c, const uint64_t *a) { return name_call(a, 0); }
long sys_getpeername(struct cpu *c, const uint64_t *a) { return name_call(a, 1); }

long sys_sendto(struct cpu *c, const uint64_t *a)
{
	struct sockaddr_storage ss;
	long r;

	if (a[4] && (r = addr_in(a[4], a[5], &ss)) < 0)
		return r;
	return sig_safe_syscall(SYS_sendto, (int)a[0], (long)sys_hbuf(a[1], a[2]), (long)a[2], (int)a[3],
				a[4] ? (long)&ss : 0, a[4] ? (socklen_t)a[5] : 0);
}

long sys_recvfrom(struct cpu *c, const uint64_t *a)
{
	struct sockaddr_storage ss;
	socklen_t len = sizeof ss;
	long r;

	r = sig_safe_syscall(SYS_recvfrom, (int)a[0], (long)sys_hbuf(a[1], a[2]), (long)a[2], (int)a[3],
			     a[4] ? (long)&ss : 0, a[4] ? (long)&len : 0);
	if (r >= 0 && a[4] && addr_out(a[4], a[5], &ss, len) < 0)
		return -EFAULT;
	return r;
}

long sys_setsockopt(struct cpu *c, const uint64_t *a)
{
	unsigned char *v;
	long r;

	if ((int)a[4] < 0)
		return -EINVAL;
	if (a[4] > SOCKOPT_MAX)
		return -ENOMEM;
	v = calloc(1, a[4] ? a[4] : 1);
	if (!v)
		return -ENOMEM;
	r = gmem_read(v, a[3], a[4]) ? -EFAULT
				      : sys_host(setsockopt((int)a[0], (int)a[1], (int)a[2], v,
							    (socklen_t)a[4]));
	free(v);
	return r;
}

long sys_getsockopt(struct cpu *c, const uint64_t *a)
{
	int32_t cap;
	socklen_t len;
	unsigned char *v;
	long r;

	if (SYS_GET(cap, a[4]))
		return -EFAULT;
	if (cap < 0)
		return -EINVAL;
	len = (socklen_t)(cap > SOCKOPT_MAX ? SOCKOPT_MAX : cap);
	v = calloc(1, len ? len : 1);
	if (!v)
		return -ENOMEM;
	r = sys_host(getsockopt((int)a[0], (int)a[1], (int)a[2], v, &len));
	if (r == 0 && (gmem_write(a[3], v, len) || SYS_PUT(a[4], len)))
		r = -EFAULT;
	free(v);
	return r;
}

long sys_shutdown(struct cpu *c, const uint64_t *a)
{
	return sys_host(shutdown((int)a[0], (int)a[1]));
}

/* A guest msghdr as a host one pointing at the guest's buffers; the iovec
 * array is malloc'd into *iov. */
static long msg_import(const struct guest_msghdr *g, struct msghdr *h, struct iovec **iov)
{
	long r;

	memset(h, 0, sizeof *h);
	if (g->msg_name && (g->msg_namelen < 0 || sys_buf_ok(g->msg_name, (uint64_t)g->msg_namelen)))
		return g->msg_namelen < 0 ? -EINVAL : -EFAULT;
	if (g->msg_control && sys_buf_ok(g->msg_control, g->msg_controllen))
		return -EFAULT;
	if ((r = sys_iov_import(g->msg_iov, g->msg_iovlen, iov)) < 0)
		return r == -EINVAL && g->msg_iovlen > GUEST_UIO_MAXIOV ? -EMSGSIZE : r;
	h->msg_name = g->msg_name ? g2h(g->msg_name) : NULL;
	h->msg_namelen = g->msg_name ? (socklen_t)g->msg_namelen : 0;
	h->msg_iov = *iov;
	h->msg_iovlen = g->msg_iovlen;
	h->msg_control = g->msg_control ? g2h(g->msg_control) : NULL;
	h->msg_controllen = g->msg_control ? g->msg_controllen : 0;
	h->msg_flags = (int)g->msg_flags;
	return 0;
}

/* After recvmsg: the lengths and flags the kernel updates. */
static void msg_export(struct guest_msghdr *g, const struct msghdr *h)
{
	g->msg_namelen = (int32_t)h->msg_namelen;
	g->msg_controllen = h->msg_controllen;
	g->msg_flags = (uint32_t)h->msg_flags;
}

static long msg_call(guest_addr_t p, int fd, int flags, int recv)
{
	struct guest_msghdr g;
	struct msghdr h;
	struct iovec *iov;
	long r;

	if (SYS_GET(g, p))
		return -EFAULT;
	if ((r = msg_import(&g, &h, &iov)) < 0)
		return r;
	r = sig_safe_syscall(recv ? SYS_recvmsg : SYS_sendmsg, fd, (long)&h, flags, 0, 0, 0);
	free(iov);
	if (r >= 0 && recv) {
		msg_export(&g, &h);
		if (SYS_PUT(p, g))
			return -EFAULT;
	}
	return r;
}

long sys_sendmsg(struct cpu *c, const uint64_t *a) { return msg_call(a[1], (int)a[0], (int)a[2], 0); }
long sys_recvmsg(struct cpu *c, const uint64_t *a) { return msg_call(a[1], (int)a[0], (int)a[2], 1); }

/* sendmmsg/recvmmsg, one message at a time as the kernel's loops do:
 * the count done is returned if any succeeded, else the error.  recvmmsg's
 * timeout is not supported beyond MSG_WAITFORONE-like early return. */
static long mmsg_call(const uint64_t *a, int recv)
{
	unsigned int n = (unsigned int)a[2], i;
	int flags = (int)a[3];
	long r = 0;

	if (n > GUEST_UIO_MAXIOV)
		n = GUEST_UIO_MAXIOV;
	for (i = 0; i < n; i++) {
		guest_addr_t m = a[1] + (uint64_t)i * sizeof(struct guest_mmsghdr);
		uint32_t len;
		r = msg_call(m, (int)a[0], flags, recv);
		if (r < 0)
			break;
		len = (uint32_t)r;
		if (gmem_write(m + offsetof(struct guest_mmsghdr, msg_len), &len, sizeof len)) {
			r = -EFAULT;
			break;
		}
		if (recv && (flags & MSG_WAITFORONE))
			flags |= MSG_DONTWAIT;
	}
	return i > 0 ? (long)i : r;
}

long sys_sendmmsg(struct cpu *c, const uint64_t *a) { return mmsg_call(a, 0); }

long sys_recvmmsg(struct cpu *c, const uint64_t *a)
{
	if (a[4])
		return -EINVAL;
	return mmsg_call(a, 1);
}
