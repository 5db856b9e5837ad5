/*
 * net.c -- sockets.  Address families, socket types and flags, levels,
 * options and message flags are the same numbers on arm64 and x86-64, and
 * the structures the calls carry (sockaddr_*, msghdr, mmsghdr, iovec,
 * cmsghdr, ucred, linger, timeval options) have the same LP64 layout.  So
 * the host kernel reads and writes the guest's addresses, lengths, option
 * values and data in place (sys_hbuf) and checks them in its own order
 * (net/socket.c); only structures holding further pointers are copied and
 * rebuilt with host pointers: message headers and their iovec arrays, and
 * classic BPF programs.  For those a first host call with a faulting
 * pointer lets the host check the fd and flags before the copy.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <linux/filter.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>
#include "abi/io.h"
#include "abi/socket.h"
#include "syscall/signal.h"
#include "syscall/syscall.h"
#include "syscall/uarg.h"

#ifndef SO_ATTACH_REUSEPORT_CBPF
#define SO_ATTACH_REUSEPORT_CBPF 51
#endif
#define SOL_PACKET_ 263
#define PACKET_FANOUT_DATA_ 22

/* An optional guest pointer (NULL stays NULL) for the host. */
static void *opt_buf(guest_addr_t p, uint64_t n)
{
	return p ? sys_hbuf(p, n) : NULL;
}

long sys_socket(struct cpu *c, const uint64_t *a)
{
	return sys_host(socket((int)a[0], (int)a[1], (int)a[2]));
}

/* The kernel stores the two fds before it creates the sockets, so a bad
 * vector fails before a bad family. */
long sys_socketpair(struct cpu *c, const uint64_t *a)
{
	return sys_host(syscall(SYS_socketpair, (int)a[0], (int)a[1], (int)a[2], sys_hbuf(a[3], 8)));
}

long sys_bind(struct cpu *c, const uint64_t *a)
{
	return sys_host(syscall(SYS_bind, (int)a[0], sys_hbuf(a[1], (uint32_t)a[2]), (int)a[2]));
}

long sys_connect(struct cpu *c, const uint64_t *a)
{
	return sig_safe_syscall(SYS_connect, (int)a[0], (long)sys_hbuf(a[1], (uint32_t)a[2]),
				(int)a[2], 0, 0, 0);
}

long sys_listen(struct cpu *c, const uint64_t *a)
{
	return sys_host(listen((int)a[0], (int)a[1]));
}

/* Addresses written back: at most a sockaddr_storage at buf, its length
 * at lenp. */
long sys_accept4(struct cpu *c, const uint64_t *a)
{
	return sig_safe_syscall(SYS_accept4, (int)a[0], (long)opt_buf(a[1], GUEST_SOCKADDR_MAX),
				(long)opt_buf(a[2], 4), (int)a[3], 0, 0);
}

long sys_accept(struct cpu *c, const uint64_t *a)
{
	uint64_t b[6] = {a[0], a[1], a[2], 0, 0, 0};

	return sys_accept4(c, b);
}

long sys_getsockname(struct cpu *c, const uint64_t *a)
{
	return sys_host(syscall(SYS_getsockname, (int)a[0], sys_hbuf(a[1], GUEST_SOCKADDR_MAX),
				sys_hbuf(a[2], 4)));
}

long sys_getpeername(struct cpu *c, const uint64_t *a)
{
	return sys_host(syscall(SYS_getpeername, (int)a[0], sys_hbuf(a[1], GUEST_SOCKADDR_MAX),
				sys_hbuf(a[2], 4)));
}

long sys_sendto(struct cpu *c, const uint64_t *a)
{
	return sig_safe_syscall(SYS_sendto, (int)a[0], (long)sys_hbuf(a[1], a[2]), (long)a[2], (int)a[3],
				(long)opt_buf(a[4], (uint32_t)a[5]), (int)a[5]);
}

long sys_recvfrom(struct cpu *c, const uint64_t *a)
{
	return sig_safe_syscall(SYS_recvfrom, (int)a[0], (long)sys_hbuf(a[1], a[2]), (long)a[2], (int)a[3],
				(long)opt_buf(a[4], GUEST_SOCKADDR_MAX), (long)opt_buf(a[5], 4));
}

/* A classic BPF program (struct sock_fprog: a length and a pointer to the
 * instructions, the same LP64 layout on both) with the instruction
 * pointer made a host one. */
static long setsockopt_fprog(const uint64_t *a)
{
	struct sock_fprog f;
	long r = sys_host(syscall(SYS_setsockopt, (int)a[0], (int)a[1], (int)a[2], sys_fault_ptr(),
				  (int)a[4]));

	if (r != -EFAULT)
		return r;
	if (SYS_GET(f, a[3]))
		return -EFAULT;
	f.filter = sys_hbuf((guest_addr_t)(uintptr_t)f.filter, (uint64_t)f.len * sizeof *f.filter);
	return sys_host(setsockopt((int)a[0], (int)a[1], (int)a[2], &f, sizeof f));
}

long sys_setsockopt(struct cpu *c, const uint64_t *a)
{
	int level = (int)a[1], name = (int)a[2];

	if ((level == SOL_SOCKET && (name == SO_ATTACH_FILTER || name == SO_ATTACH_REUSEPORT_CBPF)) ||
	    (level == SOL_PACKET_ && name == PACKET_FANOUT_DATA_))
		return setsockopt_fprog(a);
	return sys_host(syscall(SYS_setsockopt, (int)a[0], level, name, sys_hbuf(a[3], (uint32_t)a[4]),
				(int)a[4]));
}

long sys_getsockopt(struct cpu *c, const uint64_t *a)
{
	return sys_host(syscall(SYS_getsockopt, (int)a[0], (int)a[1], (int)a[2], sys_hbuf(a[3], 1),
				sys_hbuf(a[4], 4)));
}

long sys_shutdown(struct cpu *c, const uint64_t *a)
{
	return sys_host(shutdown((int)a[0], (int)a[1]));
}

/* A guest msghdr as a host one: the same fields, the name and control
 * buffers in place, the iovec array translated (its copy in *iov, free
 * it).  0, or -ENOMEM. */
static long msg_to_host(const struct guest_msghdr *g, struct msghdr *h, struct sys_iovs *iov)
{
	memset(h, 0, sizeof *h);
	h->msg_name = opt_buf(g->msg_name, g->msg_namelen < 0 ? 0 : (uint64_t)g->msg_namelen);
	h->msg_namelen = (socklen_t)g->msg_namelen;
	if (sys_iov_host(iov, g->msg_iov, g->msg_iovlen) < 0)
		return -ENOMEM;
	h->msg_iov = iov->host;
	h->msg_iovlen = g->msg_iovlen;
	h->msg_control = opt_buf(g->msg_control, g->msg_controllen);
	h->msg_controllen = g->msg_controllen;
	h->msg_flags = (int)g->msg_flags;
	return 0;
}

/* After a receive: the lengths and flags the kernel updates. */
static int msg_export(guest_addr_t p, struct guest_msghdr *g, const struct msghdr *h)
{
	g->msg_namelen = (int32_t)h->msg_namelen;
	g->msg_controllen = h->msg_controllen;
	g->msg_flags = (uint32_t)h->msg_flags;
	return SYS_PUT(p, *g);
}

/* sendmsg/recvmsg: the header is read only once the host has accepted the
 * fd and the flags (the probe fails on the header, as the kernel reads it
 * first thing after those checks). */
static long msg_call(long nr, int fd, guest_addr_t p, int flags)
{
	struct guest_msghdr g;
	struct msghdr h;
	struct sys_iovs iov;
	long r = sys_host(syscall(nr, fd, sys_fault_ptr(), flags));

	if (r != -EFAULT)
		return r;
	if (SYS_GET(g, p))
		return -EFAULT;
	if (msg_to_host(&g, &h, &iov) < 0)
		return -ENOMEM;
	r = sig_safe_syscall(nr, fd, (long)&h, flags, 0, 0, 0);
	sys_iov_free(&iov);
	if (r >= 0 && nr == SYS_recvmsg && msg_export(p, &g, &h))
		return -EFAULT;
	return r;
}

long sys_sendmsg(struct cpu *c, const uint64_t *a) { return msg_call(SYS_sendmsg, (int)a[0], a[1], (int)a[2]); }
long sys_recvmsg(struct cpu *c, const uint64_t *a) { return msg_call(SYS_recvmsg, (int)a[0], a[1], (int)a[2]); }

/* sendmmsg/recvmmsg as one host call on a translated vector.  The vector
 * ends before the first entry that does not read, where the kernel's loop
 * would stop with EFAULT; an unreadable first entry is the probe's EFAULT.
 * The timeout (recvmmsg) is a timespec, the same on both. */
static long mmsg_call(long nr, const uint64_t *a)
{
	unsigned int vlen = (unsigned int)a[2] > GUEST_UIO_MAXIOV ? GUEST_UIO_MAXIOV : (unsigned int)a[2];
	void *timeout = nr == SYS_recvmmsg ? opt_buf(a[4], 16) : NULL;
	struct guest_mmsghdr *g;
	struct mmsghdr *h;
	struct sys_iovs *iov;
	unsigned int n = 0, i;
	long r = sys_host(syscall(nr, (int)a[0], sys_fault_ptr(), vlen, (int)a[3], timeout));

	if (r != -EFAULT)
		return r;
	g = calloc(vlen, sizeof *g);
	h = calloc(vlen, sizeof *h);
	iov = calloc(vlen, sizeof *iov);
	r = -ENOMEM;
	if (!g || !h || !iov)
		goto out;
	for (n = 0; n < vlen; n++) {
		if (SYS_GET(g[n], a[1] + (uint64_t)n * sizeof *g))
			break;
		if (msg_to_host(&g[n].msg_hdr, &h[n].msg_hdr, &iov[n]) < 0)
			goto out;
	}
	r = n ? sig_safe_syscall(nr, (int)a[0], (long)h, n, (int)a[3], (long)timeout, 0) : -EFAULT;
	for (i = 0; r > 0 && i < (unsigned long)r; i++) {
		guest_addr_t m = a[1] + (uint64_t)i * sizeof *g;
		g[i].msg_len = h[i].msg_len;
		if (nr == SYS_recvmmsg)
			r = msg_export(m, &g[i].msg_hdr, &h[i].msg_hdr) ? -EFAULT : r;
		if (gmem_write(m + offsetof(struct guest_mmsghdr, msg_len), &g[i].msg_len, 4))
			r = -EFAULT;
	}
out:
	for (i = 0; iov && i < n; i++)
		sys_iov_free(&iov[i]);
	free(iov);
	free(h);
	free(g);
	return r;
}

long sys_sendmmsg(struct cpu *c, const uint64_t *a) { return mmsg_call(SYS_sendmmsg, a); }
long sys_recvmmsg(struct cpu *c, const uint64_t *a) { return mmsg_call(SYS_recvmmsg, a); }
