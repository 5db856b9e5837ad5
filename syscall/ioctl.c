/*
 * ioctl.c -- ioctl(2): the terminal, generic file and network interface
 * requests, each with its argument converted (include/uapi/asm-generic/
 * ioctls.h, include/uapi/linux/sockios.h).  A request
 * not listed here is refused with ENOTTY, the kernel's answer for a
 * request the file does not implement; an unknown request is never passed
 * to the host, whose argument layout it cannot know.
 */
#include <errno.h>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <net/if.h>
#include <termios.h>
#include <unistd.h>
#include "abi/fcntl.h"
#include "abi/io.h"
#include "syscall/syscall.h"
#include "syscall/uarg.h"

static long ioctl_tcgets(int fd, guest_addr_t p)
{
	struct termios h;
	struct guest_termios g;

	if (tcgetattr(fd, &h) < 0)
		return -errno;
	abi_termios_to_guest(&g, &h);
	return SYS_PUT(p, g) ? -EFAULT : 0;
}

static long ioctl_tcsets(int fd, int when, guest_addr_t p)
{
	struct termios h;
	struct guest_termios g;
	long r = sys_host(ioctl(fd, TCSETS, sys_fault_ptr()));

	/* The probe lets the host check the fd and the terminal first. */
	if (r != -EFAULT)
		return r;
	if (SYS_GET(g, p))
		return -EFAULT;
	abi_termios_to_host(&h, &g);
	return sys_host(tcsetattr(fd, when, &h));
}

static long ioctl_winsize(int fd, unsigned long req, guest_addr_t p)
{
	struct winsize h;
	struct guest_winsize g;

	if (req == TIOCSWINSZ) {
		long r = sys_host(ioctl(fd, req, sys_fault_ptr()));
		if (r != -EFAULT)
			return r;
		if (SYS_GET(g, p))
			return -EFAULT;
		abi_winsize_to_host(&h, &g);
		return sys_host(ioctl(fd, req, &h));
	}
	if (ioctl(fd, req, &h) < 0)
		return -errno;
	abi_winsize_to_guest(&g, &h);
	return SYS_PUT(p, g) ? -EFAULT : 0;
}

/* Requests whose argument is a pointer to one int the kernel reads or
 * writes: the host uses the guest's int in place. */
static long ioctl_int(int fd, unsigned long req, guest_addr_t p)
{
	return sys_host(ioctl(fd, req, sys_hbuf(p, sizeof(int))));
}

/* Interface requests: a struct ifreq (the same 40 bytes on both). */
static long ioctl_ifreq(int fd, unsigned long req, guest_addr_t p)
{
	/* The requests handled here carry no pointer in struct ifreq. */
	return sys_host(ioctl(fd, req, sys_hbuf(p, GUEST_IFREQ_SIZE)));
}

/* SIOCGIFCONF: the buffer pointer inside struct ifconf is a guest one. */
static long ioctl_ifconf(int fd, guest_addr_t p)
{
	struct guest_ifconf g;
	struct ifconf h;

	if (SYS_GET(g, p))
		return -EFAULT;
	if (g.buf && (g.len < 0 || sys_buf_ok(g.buf, (uint64_t)g.len)))
		return -EFAULT;
	h.ifc_len = g.len;
	h.ifc_buf = g.buf ? g2h(g.buf) : NULL;
	if (ioctl(fd, SIOCGIFCONF, &h) < 0)
		return -errno;
	g.len = h.ifc_len;
	return SYS_PUT(p, g) ? -EFAULT : 0;
}

/* FIOQSIZE: the size of a file, directory or link as a loff_t. */
static long ioctl_qsize(int fd, guest_addr_t p)
{
	return sys_host(ioctl(fd, FIOQSIZE, sys_hbuf(p, sizeof(loff_t))));
}

long sys_ioctl(struct cpu *c, const uint64_t *a)
{
	int fd = (int)a[0];
	unsigned long req = (unsigned int)a[1];

	switch (req) {
	case GUEST_SIOCGIFNAME: case GUEST_SIOCGIFFLAGS: case GUEST_SIOCGIFADDR:
	case GUEST_SIOCGIFDSTADDR: case GUEST_SIOCGIFBRDADDR: case GUEST_SIOCGIFNETMASK:
	case GUEST_SIOCGIFMETRIC: case GUEST_SIOCGIFMTU: case GUEST_SIOCGIFHWADDR:
	case GUEST_SIOCGIFINDEX:
		return ioctl_ifreq(fd, req, a[2]);
	case GUEST_SIOCGIFCONF:
		return ioctl_ifconf(fd, a[2]);
	case GUEST_FIOQSIZE:
		return ioctl_qsize(fd, a[2]);
	case GUEST_TIOCGPTPEER:
		/* The argument is open(2) flags for the new slave fd. */
		return sys_host(ioctl(fd, req, abi_open_flags_to_host(a[2])));
	case GUEST_TIOCSTI:
		return sys_host(ioctl(fd, req, sys_hbuf(a[2], 1)));
	case GUEST_TCGETS:
		return ioctl_tcgets(fd, a[2]);
	case GUEST_TCSETS:
		return ioctl_tcsets(fd, TCSANOW, a[2]);
	case GUEST_TCSETSW:
		return ioctl_tcsets(fd, TCSADRAIN, a[2]);
	case GUEST_TCSETSF:
		return ioctl_tcsets(fd, TCSAFLUSH, a[2]);
	case GUEST_TIOCGWINSZ: case GUEST_TIOCSWINSZ:
		return ioctl_winsize(fd, req, a[2]);
	case GUEST_FIONREAD: case GUEST_TIOCOUTQ: case GUEST_TIOCGPGRP:
	case GUEST_TIOCGSID: case GUEST_TIOCGPTN: case GUEST_TIOCMGET: case GUEST_TIOCGETD:
		return ioctl_int(fd, req, a[2]);
	case GUEST_TIOCSPGRP: case GUEST_FIONBIO: case GUEST_FIOASYNC:
	case GUEST_TIOCSPTLCK: case GUEST_TIOCMBIS: case GUEST_TIOCMBIC: case GUEST_TIOCMSET:
	case GUEST_TIOCSETD:
		return ioctl_int(fd, req, a[2]);
	case GUEST_TCSBRK: case GUEST_TCXONC: case GUEST_TCFLSH: case GUEST_TIOCSCTTY:
	case GUEST_TIOCSIG:
		/* Integer argument by value. */
		return sys_host(ioctl(fd, req, (unsigned long)a[2]));
	case GUEST_TIOCEXCL: case GUEST_TIOCNXCL: case GUEST_TIOCNOTTY:
	case GUEST_FIONCLEX: case GUEST_FIOCLEX: case GUEST_TIOCSBRK: case GUEST_TIOCCBRK:
	case GUEST_TIOCVHANGUP:
		return sys_host(ioctl(fd, req));
	default:
		if (syscall(SYS_fcntl, fd, F_GETFD) < 0)
			return -EBADF;
		return -ENOTTY;
	}
}
