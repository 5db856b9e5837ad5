/*
 * fs.c -- the file system namespace: openat with arm64 flag conversion,
 * the stat family (arm64 struct stat, statfs, statx), access checks,
 * links, directories, permissions, times, sizes and the working directory.
 * Paths are copied out of the guest (sys_path) for the sysroot and /proc
 * lookups; a path that does not copy goes to the host call as the guest's
 * string (sys_path_arg), and AT_* flags, modes and same-layout structs go
 * unchecked to the host, so that the host kernel checks every argument in
 * its own order.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "abi/fcntl.h"
#include "abi/stat.h"
#include "abi/time.h"
#include "syscall/signal.h"
#include "syscall/syscall.h"
#include "syscall/uarg.h"

/* Shorthand for the many handlers that take one path argument: a host
 * path, copied into buf or, if it does not copy, the guest's string. */
#define PATH_ARG(buf, p) sys_path_arg((buf), (p), 0)
#define LOOKUP_ARG(buf, p) sys_path_arg((buf), (p), 1)

/* AT_* flags for the host: the known bits converted, unknown ones kept so
 * that the host call refuses them where the kernel would. */
static int at_flags(uint64_t g)
{
	uint64_t unknown;

	return (int)(abi_flags_to_host(&abi_at_flags, g, &unknown) | unknown);
}

int sys_lookup_path(char *buf, guest_addr_t p)
{
	char full[PATH_MAX];
	struct stat st;
	int r = sys_path(buf, p), n;

	if (r < 0 || !rf_proc.sysroot || buf[0] != '/' || buf[1] == '\0')
		return r;
	n = snprintf(full, sizeof full, "%s%s", rf_proc.sysroot, buf);
	if (n > 0 && (size_t)n < sizeof full && fstatat(AT_FDCWD, full, &st, AT_SYMLINK_NOFOLLOW) == 0)
		memcpy(buf, full, (size_t)n + 1);
	return 0;
}

long sys_openat(struct cpu *c, const uint64_t *a)
{
	char path[PATH_MAX];
	int hflags = abi_open_flags_to_host(a[2]);
	long fd;

	const char *hp = LOOKUP_ARG(path, a[1]);

	if (hp == path && sys_procfs_open(path, hflags, &fd))
		return fd;
	/* Opening a FIFO or a terminal can block. */
	return sig_safe_syscall(SYS_openat, (int)a[0], (long)hp, hflags, (mode_t)a[3], 0, 0);
}

static long put_stat(guest_addr_t p, const struct stat *h)
{
	struct guest_stat g;

	abi_stat_to_guest(&g, h);
	return SYS_PUT(p, g) ? -EFAULT : 0;
}

long sys_newfstatat(struct cpu *c, const uint64_t *a)
{
	char path[PATH_MAX];
	struct stat st;

	if (syscall(SYS_newfstatat, (int)a[0], LOOKUP_ARG(path, a[1]), &st, at_flags(a[3])) < 0)
		return -errno;
	return put_stat(a[2], &st);
}

long sys_fstat(struct cpu *c, const uint64_t *a)
{
	struct stat st;

	if (fstat((int)a[0], &st) < 0)
		return -errno;
	return put_stat(a[1], &st);
}

long sys_statx(struct cpu *c, const uint64_t *a)
{
	char path[PATH_MAX];
	struct statx h;
	struct guest_statx g;

	if (syscall(SYS_statx, (int)a[0], LOOKUP_ARG(path, a[1]), at_flags(a[2]), (unsigned)a[3], &h) < 0)
		return -errno;
	abi_statx_to_guest(&g, &h);
	return SYS_PUT(a[4], g) ? -EFAULT : 0;
}

static long put_statfs(guest_addr_t p, const struct statfs *h)
{
	struct guest_statfs g;

	abi_statfs_to_guest(&g, h);
	return SYS_PUT(p, g) ? -EFAULT : 0;
}

long sys_statfs(struct cpu *c, const uint64_t *a)
{
	char path[PATH_MAX];
	struct statfs st;

	if (statfs(LOOKUP_ARG(path, a[0]), &st) < 0)
		return -errno;
	return put_statfs(a[1], &st);
}

long sys_fstatfs(struct cpu *c, const uint64_t *a)
{
	struct statfs st;

	if (fstatfs((int)a[0], &st) < 0)
		return -errno;
	return put_statfs(a[1], &st);
}

long sys_faccessat(struct cpu *c, const uint64_t *a)
{
	char path[PATH_MAX];

	return sys_host(syscall(SYS_faccessat, (int)a[0], LOOKUP_ARG(path, a[1]), (int)a[2]));
}

long sys_faccessat2(struct cpu *c, const uint64_t *a)
{
	char path[PATH_MAX];
	int fl = at_flags(a[3] & ~(uint64_t)GUEST_AT_EACCESS);

	if (a[3] & GUEST_AT_EACCESS)
		fl |= AT_EACCESS;
	return sys_host(syscall(SYS_faccessat2, (int)a[0], LOOKUP_ARG(path, a[1]), (int)a[2], fl));
}

int sys_is_proc_self_exe(int dirfd, const char *path)
{
	char buf[32];

	if (path[0] != '/' && dirfd != AT_FDCWD)
		return 0;
	snprintf(buf, sizeof buf, "/proc/%d/exe", (int)getpid());
	return strcmp(path, "/proc/self/exe") == 0 || strcmp(path, buf) == 0;
}

long sys_readlinkat(struct cpu *c, const uint64_t *a)
{
	char path[PATH_MAX];
	const char *hp = LOOKUP_ARG(path, a[1]);
	long n;

	if (hp == path && (int)a[3] > 0 && rf_proc.exe_path && sys_is_proc_self_exe((int)a[0], path)) {
		n = (long)strlen(rf_proc.exe_path);
		if (n > (int)a[3])
			n = (int)a[3];
		return gmem_write(a[2], rf_proc.exe_path, (size_t)n) ? -EFAULT : n;
	}
	/* The link text has the same layout everywhere: the host fills the
	 * guest's buffer. */
	return sys_host(syscall(SYS_readlinkat, (int)a[0], hp, sys_hbuf(a[2], (uint64_t)(int)a[3]),
				(int)a[3]));
}

long sys_mkdirat(struct cpu *c, const uint64_t *a)
{
	char path[PATH_MAX];

	return sys_host(mkdirat((int)a[0], PATH_ARG(path, a[1]), (mode_t)a[2]));
}

long sys_unlinkat(struct cpu *c, const uint64_t *a)
{
	char path[PATH_MAX];

	return sys_host(unlinkat((int)a[0], PATH_ARG(path, a[1]), at_flags(a[2])));
}

long sys_renameat2(struct cpu *c, const uint64_t *a)
{
	char from[PATH_MAX], to[PATH_MAX];

	/* RENAME_* flags (include/uapi/linux/fs.h) are the same everywhere. */
	return sys_host(syscall(SYS_renameat2, (int)a[0], PATH_ARG(from, a[1]), (int)a[2],
				PATH_ARG(to, a[3]), (unsigned)a[4]));
}

long sys_renameat(struct cpu *c, const uint64_t *a)
{
	uint64_t b[6] = {a[0], a[1], a[2], a[3], 0, 0};

	return sys_renameat2(c, b);
}

long sys_symlinkat(struct cpu *c, const uint64_t *a)
{
	char target[PATH_MAX], path[PATH_MAX];

	return sys_host(symlinkat(PATH_ARG(target, a[0]), (int)a[1], PATH_ARG(path, a[2])));
}

long sys_linkat(struct cpu *c, const uint64_t *a)
{
	char from[PATH_MAX], to[PATH_MAX];

	return sys_host(syscall(SYS_linkat, (int)a[0], PATH_ARG(from, a[1]), (int)a[2],
				PATH_ARG(to, a[3]), at_flags(a[4])));
}

long sys_fchmod(struct cpu *c, const uint64_t *a)
{
	return sys_host(fchmod((int)a[0], (mode_t)a[1]));
}

long sys_fchmodat(struct cpu *c, const uint64_t *a)
{
	char path[PATH_MAX];

	return sys_host(syscall(SYS_fchmodat, (int)a[0], PATH_ARG(path, a[1]), (mode_t)a[2]));
}

long sys_fchown(struct cpu *c, const uint64_t *a)
{
	return sys_host(syscall(SYS_fchown, (int)a[0], (uid_t)a[1], (gid_t)a[2]));
}

long sys_fchownat(struct cpu *c, const uint64_t *a)
{
	char path[PATH_MAX];

	return sys_host(syscall(SYS_fchownat, (int)a[0], PATH_ARG(path, a[1]), (uid_t)a[2],
				(gid_t)a[3], at_flags(a[4])));
}

long sys_utimensat(struct cpu *c, const uint64_t *a)
{
	char path[PATH_MAX];

	/* The two timespecs have the same LP64 layout on both: the host reads
	 * them itself, before the flags and the path, as the kernel does. */
	_Static_assert(sizeof(struct guest_timespec) == sizeof(struct timespec), "timespec layout");
	return sys_host(syscall(SYS_utimensat, (int)a[0], a[1] ? PATH_ARG(path, a[1]) : NULL,
				a[2] ? sys_hbuf(a[2], 2 * sizeof(struct timespec)) : NULL, at_flags(a[3])));
}

long sys_truncate(struct cpu *c, const uint64_t *a)
{
	char path[PATH_MAX];

	return sys_host(truncate(PATH_ARG(path, a[0]), (off_t)a[1]));
}

long sys_ftruncate(struct cpu *c, const uint64_t *a)
{
	return sys_host(ftruncate((int)a[0], (off_t)a[1]));
}

long sys_fallocate(struct cpu *c, const uint64_t *a)
{
	/* FALLOC_FL_* (include/uapi/linux/falloc.h) are the same everywhere. */
	return sys_host(fallocate((int)a[0], (int)a[1], (off_t)a[2], (off_t)a[3]));
}

long sys_fadvise64(struct cpu *c, const uint64_t *a)
{
	/* POSIX_FADV_* are asm-generic on both; arm64's argument order is
	 * fadvise64_64's (fd, offset, len, advice), as x86-64's fadvise64. */
	return sys_host(syscall(SYS_fadvise64, (int)a[0], (off_t)a[1], (off_t)a[2], (int)a[3]));
}

long sys_getcwd(struct cpu *c, const uint64_t *a)
{
	char buf[PATH_MAX];
	uint64_t size = a[1] < sizeof buf ? a[1] : sizeof buf;
	long n = syscall(SYS_getcwd, buf, size);

	if (n < 0)
		return -errno;
	return gmem_write(a[0], buf, (size_t)n) ? -EFAULT : n;
}

long sys_chdir(struct cpu *c, const uint64_t *a)
{
	char path[PATH_MAX];

	return sys_host(chdir(PATH_ARG(path, a[0])));
}

long sys_fchdir(struct cpu *c, const uint64_t *a)
{
	return sys_host(fchdir((int)a[0]));
}

long sys_umask(struct cpu *c, const uint64_t *a)
{
	return (long)umask((mode_t)a[0] & 0777);
}

long sys_mknodat(struct cpu *c, const uint64_t *a)
{
	char path[PATH_MAX];
	const char *hp = PATH_ARG(path, a[1]);

	/* The device number argument uses the kernel's portable encoding
	 * (new_decode_dev) on both architectures. */
	return sys_host(syscall(SYS_mknodat, (int)a[0], hp, (mode_t)a[2], (unsigned)a[3]));
}

long sys_openat2(struct cpu *c, const uint64_t *a)
{
	char path[PATH_MAX];
	struct guest_open_how g;
	struct { uint64_t flags, mode, resolve; } h;
	uint64_t unknown;

	if (a[3] < sizeof g)
		return -EINVAL;
	if (a[3] > GUEST_PAGE_SIZE)
		return -E2BIG;
	/* copy_struct_from_user(): a longer struct's tail must be zeros
	 * (read before the known part). */
	for (uint64_t i = sizeof g; i < a[3]; i++) {
		char ch;
		if (SYS_GET(ch, a[2] + i))
			return -EFAULT;
		if (ch)
			return -E2BIG;
	}
	if (SYS_GET(g, a[2]))
		return -EFAULT;
	/* Unlike openat, openat2 refuses flags it does not know. */
	abi_flags_to_host(&abi_open_flags, g.flags & ~(uint64_t)GUEST_O_ACCMODE, &unknown);
	if (unknown)
		return -EINVAL;
	h.flags = (uint64_t)(unsigned)abi_open_flags_to_host(g.flags);
	h.mode = g.mode;
	h.resolve = g.resolve;
	return sys_host(syscall(SYS_openat2, (int)a[0], LOOKUP_ARG(path, a[1]), &h, sizeof h));
}

long sys_chroot(struct cpu *c, const uint64_t *a)
{
	char path[PATH_MAX];

	return sys_host(chroot(PATH_ARG(path, a[0])));
}
