/*
 * sysfuzz.c -- hostile syscall arguments, compared against the native kernel.
 *
 * Built twice from this source: natively for x86-64 and -static for AArch64
 * (run under runforeign).  Both builds draw the same argument *kinds* from
 * the same seeded PRNG and call syscall(2) with their own arch's __NR_
 * numbers, then print one line per call: the syscall name, the kind of each
 * argument (never raw pointers) and "ok" or the errno name.  run.sh compares
 * the two outputs line by line.
 *
 * Usage: sysfuzz SEED CALLS
 *
 * Safety: the program works inside a private temp directory (chdir back
 * after every call), passes only fds it opened itself (plus bad numbers),
 * passes mm calls only its own scratch region or addresses no process can
 * use, and never calls anything that would leave the process, touch other
 * processes, change the system (hostname, clock, ids, rlimits, SysV IPC) or
 * block (the calls left out are listed in SKIPPED below with the reason).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ftw.h>
#include <limits.h>
#include <sys/eventfd.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <sys/time.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

/*
 * Argument letters (after systab.def's, with extra ones for arguments that
 * must be constrained for safety):
 *   p B b  pointer (in or out buffer)   s path string   f fd
 *   d int  u unsigned length  l long/offset  x flags  o mode
 *   O open flags  P prot  M mmap flags  A AT_* flags  S signal
 *   a mm address (scratch region or unusable)  z mm length
 *   k ioctl command  m madvise advice  q prctl option  n mknod mode
 *   N mm address but never NULL (mremap's new address: a move to NULL
 *   with a large length would land on the guest's non-PIE image)
 *   i pid  K flock operation (always with LOCK_NB or none that waits;
 *   /dev/null is never locked, see touches_shared)
 */
struct call {
	const char *name;
	long nr;
	const char *args;
};

#define C(n, a) { #n, __NR_##n, a },
static const struct call calls[] = {
	C(setxattr, "ssbux") C(lsetxattr, "ssbux") C(fsetxattr, "fsbux")
	C(getxattr, "sspu") C(lgetxattr, "sspu") C(fgetxattr, "fspu")
	C(listxattr, "spu") C(llistxattr, "spu") C(flistxattr, "fpu")
	C(removexattr, "ss") C(lremovexattr, "ss") C(fremovexattr, "fs")
	C(getcwd, "pu") C(eventfd2, "ux") C(epoll_create1, "x")
	C(epoll_ctl, "fdfp") C(dup, "f") C(dup3, "ffx") C(fcntl, "fdx")
	C(inotify_init1, "x") C(inotify_add_watch, "fsx") C(inotify_rm_watch, "fd")
	C(ioctl, "fkp") C(ioprio_get, "di") C(flock, "fK")
	C(mknodat, "fsnx") C(mkdirat, "fso") C(unlinkat, "fsA") C(symlinkat, "sfs")
	C(linkat, "fsfsA") C(renameat, "fsfs") C(statfs, "sp") C(fstatfs, "fp")
	C(truncate, "sl") C(ftruncate, "fl") C(fallocate, "fdll")
	C(faccessat, "fsd") C(chdir, "s") C(fchdir, "f") C(fchmod, "fo")
	C(fchmodat, "fso") C(fchownat, "fsddA") C(fchown, "fdd") C(openat, "fsOo")
	C(close, "f") C(pipe2, "px") C(getdents64, "fpu") C(lseek, "flx")
	C(read, "fBu") C(write, "fbu") C(readv, "fpd") C(writev, "fpd")
	C(pread64, "fBul") C(pwrite64, "fbul") C(preadv, "fpdl") C(pwritev, "fpdl")
	C(sendfile, "ffpu") C(signalfd4, "fpux") C(splice, "fpfpux") C(tee, "ffux")
	C(readlinkat, "fsBu") C(newfstatat, "fspA") C(fstat, "fp") C(fsync, "f")
	C(fdatasync, "f") C(sync_file_range, "fllx") C(timerfd_create, "dx")
	C(timerfd_settime, "fxpp") C(timerfd_gettime, "fp") C(utimensat, "fspA")
	C(capget, "pp") C(waitid, "ddpxp") C(get_robust_list, "ipp")
	C(getitimer, "dp") C(setitimer, "dpp") C(timer_create, "dpp")
	C(timer_gettime, "dp") C(timer_getoverrun, "d") C(timer_settime, "dxpp")
	C(timer_delete, "d") C(clock_gettime, "dp") C(clock_getres, "dp")
	C(sched_getscheduler, "i") C(sched_getparam, "ip")
	C(sched_getaffinity, "iup") C(sched_yield, "")
	C(sched_get_priority_max, "d") C(sched_get_priority_min, "d")
	C(sched_rr_get_interval, "ip") C(sigaltstack, "pp")
	C(rt_sigaction, "Sppu") C(rt_sigprocmask, "dppu") C(rt_sigpending, "pu")
	C(getpriority, "di") C(getresuid, "ppp") C(getresgid, "ppp")
	C(times, "p") C(getpgid, "i") C(getsid, "i") C(getgroups, "dp")
	C(uname, "p") C(getrlimit, "dp") C(getrusage, "dp") C(umask, "o")
	C(prctl, "qpxxx") C(getcpu, "ppp") C(gettimeofday, "pp") C(getpid, "")
	C(getppid, "") C(getuid, "") C(geteuid, "") C(getgid, "") C(getegid, "")
	C(gettid, "") C(sysinfo, "p") C(socket, "ddd") C(socketpair, "dddp")
	C(bind, "fpu") C(listen, "fd") C(accept4, "fppx") C(connect, "fpu")
	C(getsockname, "fpp") C(getpeername, "fpp") C(sendto, "fbuxpu")
	C(recvfrom, "fBuxpp") C(setsockopt, "fddpu") C(getsockopt, "fddpp")
	C(shutdown, "fd") C(sendmsg, "fpx") C(recvmsg, "fpx") C(readahead, "flu")
	C(munmap, "az") C(mremap, "azzxN") C(mmap, "azPMfl") C(fadvise64, "flld")
	C(mprotect, "azP") C(msync, "azx") C(mlock, "az") C(munlock, "az")
	C(mincore, "azp") C(madvise, "azm") C(wait4, "ipxp") C(recvmmsg, "fpuxp")
	C(sendmmsg, "fpux") C(renameat2, "fsfsx") C(getrandom, "pux")
	C(memfd_create, "sx") C(membarrier, "dxd") C(mlock2, "azx")
	C(copy_file_range, "fpfpux") C(preadv2, "fpdllx") C(pwritev2, "fpdllx")
	C(statx, "fsAxp") C(pidfd_open, "ix") C(close_range, "ffx")
	C(openat2, "fspu") C(faccessat2, "fsdA")
};

/*
 * SKIPPED (never called by the random loop), by reason:
 *   leave or replace the process: exit exit_group execve clone clone3
 *     rt_sigreturn
 *   signal or affect other processes: kill tkill tgkill rt_sigqueueinfo
 *     setpgid setsid ioprio_set setpriority sched_setparam
 *     sched_setscheduler sched_setaffinity
 *   change the system or the process's identity (the tests run as root):
 *     sethostname setdomainname chroot clock_settime capset setuid setgid
 *     setreuid setregid setresuid setresgid setfsuid setfsgid setgroups
 *     setrlimit prlimit64 personality sync syncfs mlockall munlockall
 *     SysV IPC (msg*, sem*, shm*: ids are system-wide)
 *   block: rt_sigsuspend rt_sigtimedwait nanosleep clock_nanosleep futex
 *     pselect6 ppoll epoll_pwait epoll_pwait2 accept
 *   thread-exit and restartable-sequence registration (would write through
 *     a random pointer later): set_tid_address set_robust_list rseq
 *   brk: a random break would cut the heap under malloc (memsafety.c
 *     calls it with unusable addresses)
 */

static uint64_t rng_state;

static uint64_t rng(void)
{
	uint64_t x = rng_state;
	x ^= x << 13;
	x ^= x >> 7;
	x ^= x << 17;
	return rng_state = x;
}

static unsigned pick(unsigned n) { return (unsigned)(rng() % n); }

#define PG 4096UL
static char *arena;   /* [rw0][rw1][none][ro][unmapped] */
/* 16 pages the mm calls may change, at the start of a 4 GiB reservation so
 * that no length the mm calls get reaches anything else. */
static char *scratch;
#define SCRATCH_PAGES 16
#define RESERVE (4UL << 30)
static char longpath[5000];
static int fds[8];
static const char *fd_names[8] = {
	"file", "dir", "pipe_r", "pipe_w", "eventfd", "sock", "devnull", "memfd"
};
static char tmpdir[64];
static int tmpdir_fd = -1;

static void open_tmpdir(void);
static void die(const char *what);

/* stdin (/dev/null), stdout and stderr as they were at the start: an fd
 * argument of 2^32 is fd 0 to the kernel, and close_range() or dup3()
 * there can close or replace the standard fds, so they are put back after
 * every call (by path, in append mode). */
static char std_path[3][PATH_MAX];
static struct stat std_st[3];

static void keep_std(void)
{
	int fd = open("/dev/null", O_RDONLY);
	if (fd < 0 || dup2(fd, 0) != 0)
		die("stdin");
	close(fd);
	for (int i = 0; i < 3; i++) {
		char link[32];
		ssize_t n;
		snprintf(link, sizeof link, "/proc/self/fd/%d", i);
		n = readlink(link, std_path[i], sizeof std_path[i] - 1);
		if (n <= 0 || fstat(i, &std_st[i]))
			die("standard fds");
		std_path[i][n] = 0;
	}
}

static void restore_std(void)
{
	for (int i = 0; i < 3; i++) {
		struct stat st;
		if (fstat(i, &st) == 0 && st.st_dev == std_st[i].st_dev &&
		    st.st_ino == std_st[i].st_ino)
			continue;
		int fd = open(std_path[i], i ? O_WRONLY | O_APPEND : O_RDONLY);
		if (fd < 0)
			exit(3);
		if (fd != i) {
			dup2(fd, i);
			close(fd);
		}
	}
}

static void die(const char *what)
{
	perror(what);
	exit(2);
}

static void cleanup_dir(const char *dir);

static void open_fds(void)
{
	int p[2], s[2];
	fds[0] = openat(tmpdir_fd, "f0", O_RDWR | O_CREAT | O_TRUNC, 0644);
	if (fds[0] < 0 && errno == EISDIR) {
		/* A rename put a directory where f0 was. */
		char path[sizeof tmpdir + 8];
		snprintf(path, sizeof path, "%s/f0", tmpdir);
		cleanup_dir(path);
		fds[0] = openat(tmpdir_fd, "f0", O_RDWR | O_CREAT | O_TRUNC, 0644);
	}
	fds[1] = openat(tmpdir_fd, ".", O_RDONLY | O_DIRECTORY);
	if (pipe2(p, O_NONBLOCK))
		die("pipe2");
	fds[2] = p[0];
	fds[3] = p[1];
	fds[4] = eventfd(0, EFD_NONBLOCK);
	if (socketpair(AF_UNIX, SOCK_DGRAM | SOCK_NONBLOCK, 0, s))
		die("socketpair");
	fds[5] = s[0];
	close(s[1]);
	fds[6] = open("/dev/null", O_RDWR);
	fds[7] = memfd_create("sysfuzz", 0);
	for (int i = 0; i < 8; i++)
		if (fds[i] < 0)
			die(fd_names[i]);
}

/* Close every descriptor above stderr but the temp dir's and reopen the set,
 * so both builds keep the same fd numbers whatever the last call did. */
static void reset_fds(void)
{
	for (int fd = 3; fd < 1024; fd++)
		close(fd);
	/* F_DUPFD and dup3 can place descriptors higher. */
	syscall(__NR_close_range, 1024, ~0U, 0);
	open_tmpdir();
	open_fds();
}

/* The temp dir as fd 900, out of the way of the numbers calls hand out. */
static void open_tmpdir(void)
{
	int fd = open(tmpdir, O_RDONLY | O_DIRECTORY);
	if (fd < 0 || dup2(fd, 900) != 900)
		die("tmpdir");
	close(fd);
	tmpdir_fd = 900;
}

static void reset_scratch(void)
{
	if (mmap(scratch, RESERVE, PROT_NONE,
		 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED, -1, 0) != scratch ||
	    mmap(scratch, SCRATCH_PAGES * PG, PROT_READ | PROT_WRITE,
		 MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) != scratch)
		die("mmap scratch");
}

static void setup(void)
{
	snprintf(tmpdir, sizeof tmpdir, "/tmp/sysfuzz.XXXXXX");
	if (!mkdtemp(tmpdir))
		die("mkdtemp");
	open_tmpdir();
	if (chdir(tmpdir))
		die("chdir");
	arena = mmap(NULL, 5 * PG, PROT_READ | PROT_WRITE,
		     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	scratch = mmap(NULL, RESERVE, PROT_NONE,
		       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (arena == MAP_FAILED || scratch == MAP_FAILED)
		die("mmap");
	mprotect(arena + 2 * PG, PG, PROT_NONE);
	mprotect(arena + 3 * PG, PG, PROT_READ);
	munmap(arena + 4 * PG, PG);
	if (scratch != MAP_FAILED)
		reset_scratch();
	memset(longpath, 'a', sizeof longpath - 1);
	mkdir("d0", 0755);
	close(open("f1", O_CREAT | O_WRONLY, 0644));
	symlink("f1", "l0");
	open_fds();
}

static int rm_one(const char *path, const struct stat *st, int flag, struct FTW *f)
{
	(void)st; (void)flag; (void)f;
	return remove(path) && errno != ENOENT;
}

static void cleanup_dir(const char *dir)
{
	if (strncmp(dir, "/tmp/sysfuzz.", 13) == 0 &&
	    nftw(dir, rm_one, 16, FTW_DEPTH | FTW_PHYS) != 0)
		fprintf(stderr, "sysfuzz: could not remove %s\n", dir);
}

/* Output for one argument kind, appended to the line. */
static char line[512];
static void kind(const char *k)
{
	strncat(line, " ", sizeof line - strlen(line) - 1);
	strncat(line, k, sizeof line - strlen(line) - 1);
}

/* A hostile or valid pointer; out = 1 for buffers the kernel writes. */
static long arg_ptr(int in)
{
	static const char *names[] = {
		"null", "unmapped", "misaligned", "kernel", "limit", "huge",
		"hostpie", "protnone", "ro", "zeros", "junk", "pageend"
	};
	unsigned k = pick(12);
	long v;
	switch (k) {
	case 0: v = 0; break;
	case 1: v = (long)(arena + 4 * PG); break;
	case 2: v = (long)(arena + 1 + 8 * pick(8)); break;
	case 3: v = (long)0xffff800000000000UL; break;
	case 4: v = 0x400000000000L; break;
	case 5: v = 0x600000000000L + (long)PG * pick(4); break;
	case 6: v = 0x555555554000L; break;
	case 7: v = (long)(arena + 2 * PG); break;
	case 8: v = (long)(arena + 3 * PG); break;
	case 9: v = (long)arena; break;
	case 10: v = (long)(arena + PG); break;
	default: v = (long)(arena + 2 * PG - 8 * (1 + pick(4))); break;
	}
	(void)in;
	kind(names[k]);
	return v;
}

static long arg_path(void)
{
	static const char *paths[] = {
		"f0", "f1", "d0", "l0", "d0/x", "nx", "nx/y", "", ".", "f0/z"
	};
	unsigned k = pick(16);
	if (k < 10) {
		kind(paths[k][0] ? paths[k] : "\"\"");
		return (long)paths[k];
	}
	if (k == 10) {
		kind("longpath");
		return (long)longpath;
	}
	if (k == 11) {
		/* an unterminated string running into the PROT_NONE page */
		memset(arena + PG, 'q', PG);
		kind("unterminated");
		return (long)(arena + 2 * PG - 16);
	}
	return arg_ptr(1);
}

static long arg_fd(void)
{
	static const long bad[] = { -1, -100, 9999, 0x7fffffff, -2147483647L - 1, 1L << 32 };
	static const char *badn[] = { "-1", "AT_FDCWD", "9999", "INT_MAX", "INT_MIN", "2^32" };
	unsigned k = pick(14);
	if (k < 8) {
		kind(fd_names[k]);
		return fds[k];
	}
	k -= 8;
	kind(badn[k]);
	return bad[k];
}

static long arg_num(char t)
{
	static const long v[] = {
		0, 1, -1, 2, 3, 7, 16, 4096, 65536, 0x7fffffff, -0x80000000L,
		0x80000000L, 1L << 62, 0x7fffffffffffffffL
	};
	unsigned k = pick(16);
	char b[32];
	long r;
	if (k < 14)
		r = v[k];
	else if (k == 14)
		r = pick(64);
	else
		r = (long)(rng() & 0xffff);
	if (t == 'd')
		r = (int)r;
	if (t == 'x' && pick(2))
		r = 1L << pick(32);
	snprintf(b, sizeof b, "%ld", r);
	kind(b);
	return r;
}

static long from(const long *v, unsigned n)
{
	long r = v[pick(n)];
	char b[32];
	snprintf(b, sizeof b, "%#lx", r);
	kind(b);
	return r;
}
#define FROM(a) from(a, sizeof a / sizeof a[0])

/* Set when the mm address is NULL: the length then stays below
 * mmap_min_addr's 64 KiB, so the range cannot reach a non-PIE image. */
static int mm_null;

static long arg_mm_addr(int may_be_null)
{
	unsigned k = pick(may_be_null ? 6 : 5);
	if (!may_be_null && k >= 3)
		k++;
	switch (k) {
	case 0: kind("scratch"); return (long)scratch;
	case 1: kind("scratch+4p"); return (long)(scratch + 4 * PG);
	case 2: kind("scratch+1"); return (long)(scratch + 1);
	case 3: kind("null"); mm_null = 1; return 0;
	case 4: kind("kernel"); return (long)0xffff800000000000UL;
	default: kind("scratch_mid"); return (long)(scratch + RESERVE / 2 - PG);
	}
}

static long arg(char t)
{
	/* Open flags differ in value between the two (O_DIRECTORY,
	 * O_NOFOLLOW, O_DIRECT, O_LARGEFILE): printed by name. */
	static const long open_flags[] = { O_RDONLY, O_WRONLY, O_RDWR, O_CREAT | O_RDWR,
		O_CREAT | O_EXCL | O_WRONLY, O_DIRECTORY, O_PATH, O_TRUNC | O_RDWR,
		O_TMPFILE | O_RDWR, O_APPEND | O_WRONLY, O_NOFOLLOW, 3, 0x7fffffff };
	static const char *open_names[] = { "O_RDONLY", "O_WRONLY", "O_RDWR", "O_CREAT|O_RDWR",
		"O_CREAT|O_EXCL|O_WRONLY", "O_DIRECTORY", "O_PATH", "O_TRUNC|O_RDWR",
		"O_TMPFILE|O_RDWR", "O_APPEND|O_WRONLY", "O_NOFOLLOW", "3", "0x7fffffff" };
	static const long prot[] = { 0, PROT_READ, PROT_READ | PROT_WRITE, 7, 8, -1 };
	static const long mflags[] = { MAP_PRIVATE | MAP_ANONYMOUS, MAP_SHARED | MAP_ANONYMOUS,
		MAP_PRIVATE, MAP_SHARED, 0, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED,
		MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, MAP_SHARED_VALIDATE | 0x8000000,
		MAP_PRIVATE | MAP_ANONYMOUS | MAP_GROWSDOWN, 0x3 };
	static const long atf[] = { 0, AT_SYMLINK_NOFOLLOW, AT_REMOVEDIR, AT_EMPTY_PATH,
		AT_SYMLINK_FOLLOW, 0x40000000, -1 };
	static const long sigs[] = { 0, SIGINT, SIGKILL, SIGSEGV, SIGUSR1, SIGCHLD, 33, 64, 65, -1 };
	static const long ioc[] = { FIONREAD, FIONBIO, FIOCLEX, FIONCLEX, TCGETS,
		TIOCGWINSZ, 0xdeadbeef, 0 };
	static const long adv[] = { MADV_NORMAL, MADV_DONTNEED, MADV_WILLNEED, MADV_FREE,
		MADV_DONTFORK, MADV_REMOVE, 1000, -1 };
	static const long prc[] = { PR_GET_DUMPABLE, PR_GET_NAME, PR_SET_NAME,
		PR_GET_PDEATHSIG, PR_CAPBSET_READ, PR_GET_TIMERSLACK, 9999, -1 };
	static const long mkn[] = { S_IFREG | 0644, 0, S_IFSOCK | 0600, S_IFDIR | 0755,
		0170000, 0777 };
	static const long flk[] = { LOCK_SH | LOCK_NB, LOCK_EX | LOCK_NB, LOCK_UN, LOCK_NB, 0,
		LOCK_SH | LOCK_EX | LOCK_NB, LOCK_UN | LOCK_NB, 0x7fffffff, -1 };
	static const long zlen[] = { 0, 1, PG, 4 * PG, SCRATCH_PAGES * PG, 64 * PG,
		-1, 0x7fffffffL };
	switch (t) {
	case 'p': case 'B': return arg_ptr(t == 'p');
	case 'b': return arg_ptr(1);
	case 's': return arg_path();
	case 'f': return arg_fd();
	case 'O': {
		unsigned k = pick(sizeof open_flags / sizeof open_flags[0]);
		char b[48];
		snprintf(b, sizeof b, "%s|O_NONBLOCK", open_names[k]);
		kind(b);
		return open_flags[k] | O_NONBLOCK;
	}
	case 'P': return FROM(prot);
	case 'M': return FROM(mflags);
	case 'A': return FROM(atf);
	case 'S': return FROM(sigs);
	case 'k': return FROM(ioc);
	case 'm': return FROM(adv);
	case 'q': return FROM(prc);
	case 'n': return FROM(mkn);
	case 'K': return FROM(flk);
	case 'z': return mm_null ? from(zlen, 4) : FROM(zlen);
	case 'a': return arg_mm_addr(1);
	case 'N': return arg_mm_addr(0);
	case 'i': {
		unsigned k = pick(4);
		static const char *pn[] = { "0", "self", "-1", "999999" };
		kind(pn[k]);
		return k == 0 ? 0 : k == 1 ? getpid() : k == 2 ? -1 : 999999;
	}
	case 'o': {
		long m = pick(4) ? (long)(rng() & 07777) : (long)(rng() & 0xffffffff);
		char b[24];
		snprintf(b, sizeof b, "%#lo", m);
		kind(b);
		return m;
	}
	default: return arg_num(t);
	}
}

/* Undo what a successful call may have changed that later calls rely on. */
static void undo(const struct call *c, long r, long *a)
{
	const char *n = c->name;
	if (r >= 0 && (strcmp(n, "mmap") == 0 || strcmp(n, "mremap") == 0) &&
	    ((char *)r < scratch || (char *)r >= scratch + RESERVE))
		munmap((void *)r, (size_t)(strcmp(n, "mmap") == 0 ? a[1] : a[2]));
	if (c->args[0] == 'a' || strcmp(n, "mremap") == 0)
		reset_scratch();
	if (r >= 0 && strcmp(n, "rt_sigaction") == 0)
		signal((int)a[0], SIG_DFL);
	if (strcmp(n, "rt_sigprocmask") == 0 || strcmp(n, "sigaltstack") == 0) {
		sigset_t none;
		sigemptyset(&none);
		sigprocmask(SIG_SETMASK, &none, NULL);
		stack_t ss = { .ss_flags = SS_DISABLE };
		sigaltstack(&ss, NULL);
	}
	if (strcmp(n, "umask") == 0)
		umask(022);
	if (strcmp(n, "fchmod") == 0 || strcmp(n, "fchmodat") == 0)
		fchmod(tmpdir_fd, 0700);
	if (strcmp(n, "prctl") == 0)
		prctl(PR_SET_NAME, "sysfuzz");
	if (strcmp(n, "setitimer") == 0 || strcmp(n, "timer_create") == 0) {
		struct itimerval z = { 0 };
		setitimer(ITIMER_REAL, &z, NULL);
		setitimer(ITIMER_VIRTUAL, &z, NULL);
		setitimer(ITIMER_PROF, &z, NULL);
		if (r >= 0 && strcmp(n, "timer_create") == 0 && a[2] > 0 &&
		    (char *)a[2] >= arena && (char *)a[2] < arena + 2 * PG)
			syscall(__NR_timer_delete, *(int *)a[2]);
	}
}

static int fd_mutating(const char *n)
{
	static const char *m[] = { "close", "dup", "dup3", "fcntl", "close_range",
		"eventfd2", "epoll_create1", "inotify_init1", "openat", "openat2",
		"pipe2", "socket", "socketpair", "accept4", "signalfd4",
		"timerfd_create", "memfd_create", "pidfd_open", "recvmsg", "recvmmsg",
		"ioctl", "fchdir", "mmap", "flock" };
	for (unsigned i = 0; i < sizeof m / sizeof m[0]; i++)
		if (strcmp(n, m[i]) == 0)
			return 1;
	return 0;
}

/* fd 0 and fds[6] are /dev/null, one inode for the whole machine. Calls
 * that would change its mode, owner, times, xattrs or lock are not made:
 * as root they would damage the machine's /dev/null (a mode without rw
 * breaks every program that uses it), and another process doing the same
 * would change the answers. Both builds skip the same calls. */
static int touches_shared(const struct call *c, const long *a)
{
	static const long nr[] = { __NR_flock, __NR_fchmod, __NR_fchown,
		__NR_fchownat, __NR_fsetxattr, __NR_fremovexattr, __NR_utimensat };
	unsigned i;
	for (i = 0; i < sizeof nr / sizeof nr[0] && nr[i] != c->nr; i++)
		;
	if (i == sizeof nr / sizeof nr[0])
		return 0;
	for (i = 0; c->args[i]; i++) {
		struct stat st;
		if (c->args[i] == 'f' && fstat((int)a[i], &st) == 0 &&
		    S_ISCHR(st.st_mode))
			return 1;
	}
	return 0;
}

static void one_call(void)
{
	const struct call *c = &calls[pick(sizeof calls / sizeof calls[0])];
	long a[6] = { 0 };
	line[0] = 0;
	mm_null = 0;
	memset(arena, 0, PG);
	memset(arena + PG, 0xff, PG);
	for (int i = 0; c->args[i]; i++)
		a[i] = arg(c->args[i]);
	if (touches_shared(c, a)) {
		printf("%s%s -> skipped (shared device)\n", c->name, line);
		return;
	}
	errno = 0;
	long r = syscall(c->nr, a[0], a[1], a[2], a[3], a[4], a[5]);
	int e = errno;
	if (chdir(tmpdir))
		die("chdir back");
	undo(c, r, a);
	if (fd_mutating(c->name))
		reset_fds();
	restore_std();
	if (r == -1 && e)
		printf("%s%s -> %s\n", c->name, line, strerrorname_np(e));
	else
		printf("%s%s -> ok\n", c->name, line);
}

int main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: sysfuzz SEED CALLS\n");
		return 2;
	}
	rng_state = strtoull(argv[1], NULL, 0) * 0x9e3779b97f4a7c15ULL + 1;
	long n = strtol(argv[2], NULL, 0);
	setvbuf(stdout, NULL, _IOLBF, 1 << 16);
	signal(SIGPIPE, SIG_IGN);
	/* Random lengths must not fill the disk or, through the memfd's
	 * fallocate, the machine's memory: files stop at 16 MiB (EFBIG). */
	signal(SIGXFSZ, SIG_IGN);
	setrlimit(RLIMIT_FSIZE, &(struct rlimit){16 << 20, 16 << 20});
	keep_std();
	setup();
	for (long i = 0; i < n; i++) {
		one_call();
		if (i % 256 == 255) {
			ftruncate(fds[0], 0);
			ftruncate(fds[7], 0);
		}
	}
	if (chdir("/"))
		die("chdir /");
	cleanup_dir(tmpdir);
	printf("sysfuzz: %ld calls done\n", n);
	return 0;
}
