/*
 * ioctl.c -- ioctl(2): the terminal and generic file requests, each with
 * its argument converted (include/uapi/asm-generic/ioctls.h).  A request
 * not listed here is refused with ENOTTY, the kernel's answer for a
 * request the file does not implement; an unknown request is never passed
 * to the host, whose argument layout it cannot know.
 */
#include <errno.h>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include <termios.h>
#include <unistd.h>
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

/* Requests whose argument is a pointer to one int the kernel reads (in)
 * or writes (out). */
static long ioctl_int(int fd, unsigned long req, guest_addr_t p, int in)
{
	int v = 0;

	if (in && SYS_GET(v, p))
		return -EFAULT;
	if (ioctl(fd, req, &v) < 0)
		return -errno;
	if (!in && SYS_PUT(p, v))
		return -EFAULT;
	return 0;
}

long sys_ioctl(struct cpu *c, const uint64_t *a)
{
	int fd = (int)a[0];
	unsigned long req = (unsigned int)a[1];

	switch (req) {
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
	case GUEST_TIOCGSID: case GUEST_TIOCGPTN:
		return ioctl_int(fd, req, a[2], 0);
	case GUEST_TIOCSPGRP: case GUEST_FIONBIO: case GUEST_FIOASYNC:
	case GUEST_TIOCSPTLCK:
		return ioctl_int(fd, req, a[2], 1);
	case GUEST_TCSBRK: case GUEST_TCXONC: case GUEST_TCFLSH: case GUEST_TIOCSCTTY:
		/* Integer argument by value. */
		return sys_host(ioctl(fd, req, (unsigned long)a[2]));
	case GUEST_TIOCEXCL: case GUEST_TIOCNXCL: case GUEST_TIOCNOTTY:
	case GUEST_FIONCLEX: case GUEST_FIOCLEX:
		return sys_host(ioctl(fd, req));
	default:
		if (syscall(SYS_fcntl, fd, F_GETFD) < 0)
			return -EBADF;
		return -ENOTTY;
	}
}
