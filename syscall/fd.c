/*
 * fd.c -- file descriptor I/O: read/write and their vector and positioned
 * forms, lseek, close, dup, fcntl, pipe2, sendfile, splice, tee,
 * copy_file_range, flock, the sync family, readahead, close_range and
 * getdents64.  Terminal ioctls are in ioctl.c, poll/select in poll.c.
 *
 * Data buffers are passed to the host call in place once their range is
 * known to lie in guest space; the host kernel reports EFAULT for any
 * unmapped part exactly as the guest kernel would.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/sendfile.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>
#include "abi/fcntl.h"
#include "abi/io.h"
#include "syscall/signal.h"
#include "syscall/syscall.h"
#include "syscall/uarg.h"

long sys_read(struct cpu *c, const uint64_t *a)
{
	return sig_safe_syscall(SYS_read, (int)a[0], (long)sys_hbuf(a[1], a[2]), (long)a[2], 0, 0, 0);
}

long sys_write(struct cpu *c, const uint64_t *a)
{
	return sig_safe_syscall(SYS_write, (int)a[0], (long)sys_hbuf(a[1], a[2]), (long)a[2], 0, 0, 0);
}

long sys_pread64(struct cpu *c, const uint64_t *a)
{
	return sig_safe_syscall(SYS_pread64, (int)a[0], (long)sys_hbuf(a[1], a[2]), (long)a[2], (long)a[3], 0, 0);
}

long sys_pwrite64(struct cpu *c, const uint64_t *a)
{
	return sig_safe_syscall(SYS_pwrite64, (int)a[0], (long)sys_hbuf(a[1], a[2]), (long)a[2], (long)a[3], 0, 0);
}

/* The first k entries of the guest array copied to the end of a fresh
 * mapping followed by a PROT_NONE page. */
static int iov_fenced(struct sys_iovs *s, guest_addr_t giov, uint64_t k)
{
	size_t bytes = k * sizeof(struct iovec);
	size_t data = (bytes + GUEST_PAGE_SIZE - 1) & ~(GUEST_PAGE_SIZE - 1);
	char *m = mmap(NULL, data + GUEST_PAGE_SIZE, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (m == MAP_FAILED)
		return -ENOMEM;
	mprotect(m + data, GUEST_PAGE_SIZE, PROT_NONE);
	s->mem = m;
	s->maplen = data + GUEST_PAGE_SIZE;
	s->host = (struct iovec *)(m + data - bytes);
	return gmem_read(s->host, giov, bytes) ? -EFAULT : 0;
}

int sys_iov_host(struct sys_iovs *s, guest_addr_t giov, uint64_t cnt)
{
	struct guest_iovec g;
	uint64_t i, k;

	_Static_assert(sizeof(struct guest_iovec) == sizeof(struct iovec), "iovec layout");
	s->host = sys_fault_ptr();
	s->mem = NULL;
	s->maplen = 0;
	if (cnt == 0 || cnt > GUEST_UIO_MAXIOV)
		return 0;
	s->mem = malloc(cnt * sizeof(struct iovec));
	if (!s->mem)
		return -ENOMEM;
	if (gmem_read(s->mem, giov, cnt * sizeof(struct iovec)) == 0) {
		s->host = s->mem;
	} else {
		free(s->mem);
		s->mem = NULL;
		for (k = 0; k < cnt && SYS_GET(g, giov + k * sizeof g) == 0; k++)
			;
		if (k == 0)
			return 0;
		if (iov_fenced(s, giov, k) < 0) {
			/* Out of memory, or the entries changed under us. */
			int mapped = s->maplen != 0;
			sys_iov_free(s);
			s->host = sys_fault_ptr();
			return mapped ? 0 : -ENOMEM;
		}
		cnt = k;
	}
	for (i = 0; i < cnt; i++)
		s->host[i].iov_base = sys_hbuf((guest_addr_t)(uintptr_t)s->host[i].iov_base,
					       s->host[i].iov_len);
	return 0;
}

void sys_iov_free(struct sys_iovs *s)
{
	if (s->maplen)
		munmap(s->mem, s->maplen);
	else
		free(s->mem);
	s->mem = NULL;
	s->maplen = 0;
}

/* The vector calls share one shape: the host call nr with the translated
 * array; pos and flags are passed only where nr takes them. */
static long vec_io(long nr, const uint64_t *a, long pos, long pos_h, long flags)
{
	struct sys_iovs v;
	long r;

	if (sys_iov_host(&v, a[1], a[2]) < 0)
		return -ENOMEM;
	r = sig_safe_syscall(nr, (int)a[0], (long)v.host, (long)a[2], pos, pos_h, flags);
	sys_iov_free(&v);
	return r;
}

long sys_readv(struct cpu *c, const uint64_t *a) { return vec_io(SYS_readv, a, 0, 0, 0); }
long sys_writev(struct cpu *c, const uint64_t *a) { return vec_io(SYS_writev, a, 0, 0, 0); }

/* On a 64-bit host the position is the low word (pos_from_hilo()); the
 * host checks it (negative: EINVAL) after the fd, as the kernel does. */
long sys_preadv(struct cpu *c, const uint64_t *a) { return vec_io(SYS_preadv, a, (long)a[3], 0, 0); }
long sys_pwritev(struct cpu *c, const uint64_t *a) { return vec_io(SYS_pwritev, a, (long)a[3], 0, 0); }

long sys_lseek(struct cpu *c, const uint64_t *a)
{
	return sys_host(syscall(SYS_lseek, (int)a[0], (off_t)a[1], (int)a[2]));
}

/* runforeign's -D log descriptor does not exist for the guest: closing it
 * is EBADF, a close_range goes around it, and dup2/dup3 cannot replace it
 * (EBUSY, the kernel's answer when the target is being set up). */
static int is_log_fd(uint64_t fd)
{
	return rf_proc.log_fd > 0 && fd == (uint64_t)rf_proc.log_fd;
}

long sys_close(struct cpu *c, const uint64_t *a)
{
	if (is_log_fd(a[0]))
		return -EBADF;
	return sys_host(close((int)a[0]));
}

long sys_dup(struct cpu *c, const uint64_t *a)
{
	return sys_host(dup((int)a[0]));
}

long sys_dup3(struct cpu *c, const uint64_t *a)
{
	/* O_CLOEXEC is 02000000 on both; the host refuses any other bit. */
	_Static_assert(GUEST_O_CLOEXEC == O_CLOEXEC, "O_CLOEXEC");
	if (is_log_fd(a[1]) && (int)a[0] != (int)a[1] && !((int)a[2] & ~O_CLOEXEC) &&
	    fcntl((int)a[0], F_GETFD) >= 0)
		return -EBUSY;
	return sys_host(dup3((int)a[0], (int)a[1], (int)a[2]));
}

/* fcntl commands whose argument points to a struct flock, the same
 * layout on both (abi/fcntl.h): the host reads and writes it in place,
 * after its fd and command checks. */
static long fcntl_lock(int fd, int cmd, guest_addr_t p)
{
	_Static_assert(sizeof(struct guest_flock) == sizeof(struct flock), "flock layout");
	if (cmd == F_SETLKW || cmd == F_OFD_SETLKW)
		return sig_safe_syscall(SYS_fcntl, fd, cmd, (long)sys_hbuf(p, sizeof(struct flock)), 0, 0, 0);
	return sys_host(syscall(SYS_fcntl, fd, cmd, sys_hbuf(p, sizeof(struct flock))));
}

/* F_GETOWN_EX / F_SETOWN_EX: struct f_owner_ex {int type; pid_t pid;},
 * the same two ints on every architecture. */
static long fcntl_owner(int fd, int cmd, guest_addr_t p)
{
	return sys_host(syscall(SYS_fcntl, fd, cmd, sys_hbuf(p, sizeof(struct f_owner_ex))));
}

long sys_fcntl(struct cpu *c, const uint64_t *a)
{
	int fd = (int)a[0], cmd = (int)a[1];

	switch (cmd) {
	case GUEST_F_GETFL: {
		long r = sys_host(syscall(SYS_fcntl, fd, F_GETFL));
		return r < 0 ? r : (long)abi_open_flags_from_host((int)r);
	}
	case GUEST_F_SETFL:
		return sys_host(syscall(SYS_fcntl, fd, F_SETFL, abi_open_flags_to_host(a[2])));
	case GUEST_F_GETLK: case GUEST_F_SETLK: case GUEST_F_SETLKW:
	case GUEST_F_OFD_GETLK: case GUEST_F_OFD_SETLK: case GUEST_F_OFD_SETLKW:
		return fcntl_lock(fd, cmd, a[2]);
	case GUEST_F_GETOWN_EX: case GUEST_F_SETOWN_EX:
		return fcntl_owner(fd, cmd, a[2]);
	case GUEST_F_GETOWNER_UIDS:
		/* Two 32-bit uids written to the guest. */
		return sys_host(syscall(SYS_fcntl, fd, cmd, sys_hbuf(a[2], 2 * sizeof(uint32_t))));
	case GUEST_F_DUPFD: case GUEST_F_DUPFD_CLOEXEC: case GUEST_F_GETFD:
	case GUEST_F_SETFD: case GUEST_F_SETOWN: case GUEST_F_GETOWN:
	case GUEST_F_SETSIG: case GUEST_F_GETSIG: case GUEST_F_SETLEASE:
	case GUEST_F_GETLEASE: case GUEST_F_SETPIPE_SZ: case GUEST_F_GETPIPE_SZ:
	case GUEST_F_ADD_SEALS: case GUEST_F_GET_SEALS:
		/* Integer argument or none; numbers are asm-generic on both. */
		return sys_host(syscall(SYS_fcntl, fd, cmd, (long)a[2]));
	default:
		if (syscall(SYS_fcntl, fd, F_GETFD) < 0)
			return -EBADF;
		return -EINVAL;
	}
}

long sys_pipe2(struct cpu *c, const uint64_t *a)
{
	/* The flags are an int checked first; O_DIRECT differs between the
	 * two (O_EXCL is O_NOTIFICATION_PIPE).  The host stores the two fds
	 * in the guest's array itself, and closes them if that faults. */
	int ok = GUEST_O_CLOEXEC | GUEST_O_NONBLOCK | GUEST_O_DIRECT | GUEST_O_EXCL;

	if ((int)a[1] & ~ok)
		return -EINVAL;
	return sys_host(syscall(SYS_pipe2, sys_hbuf(a[0], 2 * sizeof(int)),
				abi_open_flags_to_host((uint32_t)a[1])));
}

/* An optional loff_t the kernel reads and updates itself (sendfile,
 * splice, copy_file_range): the same 8 bytes on both. */
static long off_arg(guest_addr_t p)
{
	return p ? (long)sys_hbuf(p, sizeof(loff_t)) : 0;
}

long sys_sendfile(struct cpu *c, const uint64_t *a)
{
	return sig_safe_syscall(SYS_sendfile, (int)a[0], (int)a[1], off_arg(a[2]), (long)a[3], 0, 0);
}

long sys_flock(struct cpu *c, const uint64_t *a)
{
	return sig_safe_syscall(SYS_flock, (int)a[0], (int)a[1], 0, 0, 0, 0);
}

long sys_sync(struct cpu *c, const uint64_t *a)
{
	sync();
	return 0;
}

long sys_fsync(struct cpu *c, const uint64_t *a)
{
	return sys_host(fsync((int)a[0]));
}

long sys_fdatasync(struct cpu *c, const uint64_t *a)
{
	return sys_host(fdatasync((int)a[0]));
}

/* The getdents64 record layout is architecture-independent (abi/io.h), so
 * the host fills the guest's buffer directly. */
long sys_getdents64(struct cpu *c, const uint64_t *a)
{
	unsigned int n = (unsigned int)a[2];

	return sys_host(syscall(SYS_getdents64, (int)a[0], sys_hbuf(a[1], n), n));
}

long sys_copy_file_range(struct cpu *c, const uint64_t *a)
{
	return sys_host(syscall(SYS_copy_file_range, (int)a[0], off_arg(a[1]), (int)a[2], off_arg(a[3]),
				(size_t)a[4], (unsigned)a[5]));
}

long sys_splice(struct cpu *c, const uint64_t *a)
{
	/* SPLICE_F_* (include/linux/splice.h) are the same everywhere. */
	return sig_safe_syscall(SYS_splice, (int)a[0], off_arg(a[1]), (int)a[2], off_arg(a[3]),
				(long)a[4], (unsigned)a[5]);
}

long sys_tee(struct cpu *c, const uint64_t *a)
{
	return sig_safe_syscall(SYS_tee, (int)a[0], (int)a[1], (long)a[2], (unsigned)a[3], 0, 0);
}

long sys_sync_file_range(struct cpu *c, const uint64_t *a)
{
	return sys_host(sync_file_range((int)a[0], (off_t)a[1], (off_t)a[2], (unsigned)a[3]));
}

long sys_readahead(struct cpu *c, const uint64_t *a)
{
	return sys_host(readahead((int)a[0], (off_t)a[1], a[2]));
}

long sys_syncfs(struct cpu *c, const uint64_t *a)
{
	return sys_host(syncfs((int)a[0]));
}

long sys_close_range(struct cpu *c, const uint64_t *a)
{
	/* CLOSE_RANGE_UNSHARE 2, CLOSE_RANGE_CLOEXEC 4 (include/uapi/linux/
	 * close_range.h) are the same everywhere. */
	unsigned lo = (unsigned)a[0], hi = (unsigned)a[1], flags = (unsigned)a[2];
	unsigned log = (unsigned)rf_proc.log_fd;
	long r = 0;

	if (rf_proc.log_fd <= 0 || lo > hi || (flags & ~6u) || log < lo || log > hi)
		return sys_host(syscall(SYS_close_range, lo, hi, flags));
	if (log > lo)
		r = sys_host(syscall(SYS_close_range, lo, log - 1, flags));
	if (r == 0 && log < hi)
		r = sys_host(syscall(SYS_close_range, log + 1, hi, flags));
	return r;
}

/* preadv2/pwritev2: offset -1 means the file position; RWF_* flags are
 * the same everywhere (include/uapi/linux/fs.h). */
long sys_preadv2(struct cpu *c, const uint64_t *a) { return vec_io(SYS_preadv2, a, (long)a[3], 0, (int)a[5]); }
long sys_pwritev2(struct cpu *c, const uint64_t *a) { return vec_io(SYS_pwritev2, a, (long)a[3], 0, (int)a[5]); }
