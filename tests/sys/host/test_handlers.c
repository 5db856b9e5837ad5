/*
 * test_handlers.c -- the syscall handlers called directly (and through
 * sys_dispatch) on guest memory the test maps with the handlers
 * themselves: placement below GUEST_ADDR_LIMIT, MAP_FIXED semantics, brk,
 * mprotect, mremap, -EFAULT for bad guest pointers (including pointers
 * into runforeign above the limit), arm64 flag conversion, struct layouts
 * written to guest memory, and --strace lines.
 */
#include <errno.h>
#include <signal.h>
#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>
#include <cmocka.h>
#include "abi/errno.h"
#include "abi/fcntl.h"
#include "abi/io.h"
#include "abi/mman.h"
#include "abi/resource.h"
#include "abi/stat.h"
#include "syscall/syscall.h"
#include "xlate/gmap.h"
#include "xlate/gmem.h"
#include "xlate/xlate.h"

static struct cpu *cpu;
static struct sigaction xlate_segv, xlate_bus;

/* cmocka installs its own SIGSEGV/SIGBUS handlers around each test; the
 * fault-safe guest copies need xlate's, so each test puts them back. */
static void arm_faults(void)
{
	sigaction(SIGSEGV, &xlate_segv, NULL);
	sigaction(SIGBUS, &xlate_bus, NULL);
}

/* Call handler fn with up to six arguments. */
#define CALL(fn, ...) call_handler(sys_##fn, (uint64_t[6]){__VA_ARGS__})
static long call_handler(sys_fn *fn, const uint64_t *a)
{
	return fn(cpu, a);
}

/* A fresh anonymous read-write guest mapping of n bytes. */
static guest_addr_t guest_alloc(uint64_t n)
{
	long r = CALL(mmap, 0, n, GUEST_PROT_READ | GUEST_PROT_WRITE,
		      GUEST_MAP_PRIVATE | GUEST_MAP_ANONYMOUS, (uint64_t)-1, 0);

	assert_true(r > 0);
	return (guest_addr_t)r;
}

static guest_addr_t guest_str(const char *s)
{
	guest_addr_t g = guest_alloc(GUEST_PAGE_SIZE);

	assert_int_equal(gmem_write(g, s, strlen(s) + 1), 0);
	return g;
}

static void test_mmap_placement(void **state)
{
	arm_faults();
	guest_addr_t a = guest_alloc(3 * GUEST_PAGE_SIZE);
	long r;

	assert_true(a + 3 * GUEST_PAGE_SIZE <= GUEST_ADDR_LIMIT);
	assert_int_equal(a % GUEST_PAGE_SIZE, 0);
	assert_int_equal(gmap_prot(a), GMAP_R | GMAP_W);
	assert_int_equal(gmap_prot(a + 2 * GUEST_PAGE_SIZE), GMAP_R | GMAP_W);
	/* A hint above the limit is ignored, never followed. */
	r = CALL(mmap, GUEST_ADDR_LIMIT + 0x100000, 4096, GUEST_PROT_READ,
		 GUEST_MAP_PRIVATE | GUEST_MAP_ANONYMOUS, (uint64_t)-1, 0);
	assert_true(r > 0 && (uint64_t)r < GUEST_ADDR_LIMIT);
	/* A free hint is taken. */
	assert_int_equal(CALL(munmap, a + GUEST_PAGE_SIZE, GUEST_PAGE_SIZE), 0);
	assert_int_equal(gmap_prot(a + GUEST_PAGE_SIZE), -1);
	r = CALL(mmap, a + GUEST_PAGE_SIZE, 4096, GUEST_PROT_READ,
		 GUEST_MAP_PRIVATE | GUEST_MAP_ANONYMOUS, (uint64_t)-1, 0);
	assert_int_equal(r, a + GUEST_PAGE_SIZE);
	assert_int_equal(gmap_prot(a + GUEST_PAGE_SIZE), GMAP_R);
}

static void test_mmap_fixed(void **state)
{
	arm_faults();
	guest_addr_t a = guest_alloc(2 * GUEST_PAGE_SIZE);
	uint64_t v = 0x1122334455667788ULL, back = 1;
	int anon = GUEST_MAP_PRIVATE | GUEST_MAP_ANONYMOUS;

	assert_int_equal(gmem_write(a, &v, 8), 0);
	assert_int_equal(CALL(mmap, a, 4096, GUEST_PROT_READ, anon | GUEST_MAP_FIXED_NOREPLACE,
			      (uint64_t)-1, 0), -EEXIST);
	assert_int_equal(gmem_read(&back, a, 8), 0);
	assert_int_equal(back, v);
	assert_int_equal(CALL(mmap, a, 4096, GUEST_PROT_READ, anon | GUEST_MAP_FIXED,
			      (uint64_t)-1, 0), a);
	assert_int_equal(gmem_read(&back, a, 8), 0);
	assert_int_equal(back, 0);
	assert_int_equal(gmap_prot(a), GMAP_R);
	assert_int_equal(CALL(mmap, a + 1, 4096, GUEST_PROT_READ, anon | GUEST_MAP_FIXED,
			      (uint64_t)-1, 0), -EINVAL);
}

static void test_mmap_limit(void **state)
{
	arm_faults();
	int anon = GUEST_MAP_PRIVATE | GUEST_MAP_ANONYMOUS;

	assert_int_equal(CALL(mmap, GUEST_ADDR_LIMIT - 4096, 8192, GUEST_PROT_READ,
			      anon | GUEST_MAP_FIXED, (uint64_t)-1, 0), -ENOMEM);
	assert_int_equal(CALL(mmap, GUEST_ADDR_LIMIT, 4096, GUEST_PROT_READ,
			      anon | GUEST_MAP_FIXED_NOREPLACE, (uint64_t)-1, 0), -ENOMEM);
	assert_int_equal(CALL(mmap, 0, 1ULL << 62, GUEST_PROT_READ, anon, (uint64_t)-1, 0),
			 -ENOMEM);
	assert_int_equal(CALL(munmap, GUEST_ADDR_LIMIT, 4096), -EINVAL);
	assert_int_equal(CALL(mprotect, GUEST_ADDR_LIMIT, 4096, GUEST_PROT_READ), -ENOMEM);
	/* As beyond TASK_SIZE: no vma, ENOMEM; only a bad advice is EINVAL. */
	assert_int_equal(CALL(madvise, GUEST_ADDR_LIMIT, 4096, 4), -ENOMEM);
	assert_int_equal(CALL(madvise, GUEST_ADDR_LIMIT, 4096, 9999), -EINVAL);
}

static void test_mmap_invalid(void **state)
{
	arm_faults();
	int anon = GUEST_MAP_PRIVATE | GUEST_MAP_ANONYMOUS;

	assert_int_equal(CALL(mmap, 0, 0, GUEST_PROT_READ, anon, (uint64_t)-1, 0), -EINVAL);
	assert_int_equal(CALL(mmap, 0, 4096, GUEST_PROT_READ, GUEST_MAP_ANONYMOUS,
			      (uint64_t)-1, 0), -EINVAL);
	assert_int_equal(CALL(mmap, 0, 4096, GUEST_PROT_READ, anon, (uint64_t)-1, 100), -EINVAL);
	/* Without BTI in the advertised CPU, mmap ignores PROT_BTI
	 * (arch_calc_vm_prot_bits()); only mprotect refuses it. */
	long r = CALL(mmap, 0, 4096, GUEST_PROT_READ | GUEST_PROT_BTI, anon, (uint64_t)-1, 0);
	assert_true(r > 0);
	assert_int_equal(gmap_prot((guest_addr_t)r), GMAP_R);
	assert_int_equal(CALL(mprotect, (guest_addr_t)r, 4096, GUEST_PROT_READ | GUEST_PROT_BTI),
			 -EINVAL);
	assert_int_equal(CALL(munmap, (guest_addr_t)r, 4096), 0);
	assert_int_equal(CALL(mmap, 0, 4096, GUEST_PROT_READ, GUEST_MAP_PRIVATE, 12345, 0),
			 -EBADF);
	assert_int_equal(CALL(munmap, 4097, 4096), -EINVAL);
	assert_int_equal(CALL(munmap, 0x10000, 0), -EINVAL);
}

static void test_mprotect(void **state)
{
	arm_faults();
	guest_addr_t a = guest_alloc(2 * GUEST_PAGE_SIZE);
	uint32_t v = 7;

	assert_int_equal(CALL(mprotect, a, 4096, GUEST_PROT_READ), 0);
	assert_int_equal(gmap_prot(a), GMAP_R);
	assert_int_equal(gmap_prot(a + 4096), GMAP_R | GMAP_W);
	assert_int_equal(gmem_write(a, &v, 4), -EFAULT);
	assert_int_equal(gmem_write(a + 4096, &v, 4), 0);
	/* Execute-only still lets the translator read the code. */
	assert_int_equal(CALL(mprotect, a + 4096, 4096, GUEST_PROT_EXEC), 0);
	assert_int_equal(gmap_prot(a + 4096), GMAP_X);
	assert_int_equal(gmem_read(&v, a + 4096, 4), 0);
	assert_int_equal(v, 7);
	assert_int_equal(CALL(munmap, a + 4096, 4096), 0);
	assert_int_equal(CALL(mprotect, a, 8192, GUEST_PROT_READ), -ENOMEM);
	assert_int_equal(CALL(mprotect, a + 1, 4096, GUEST_PROT_READ), -EINVAL);
}

static void test_brk(void **state)
{
	arm_faults();
	guest_addr_t start = rf_proc.brk_start;
	uint64_t v = 42;

	assert_int_equal(CALL(brk, 0), start);
	assert_int_equal(CALL(brk, start + 100), start + 100);
	assert_int_equal(gmem_write(start + 96, &v, 4), 0);
	assert_int_equal(CALL(brk, start + 0x5000), start + 0x5000);
	assert_int_equal(gmap_prot(start + 0x4000), GMAP_R | GMAP_W);
	assert_int_equal(gmem_write(start + 0x4ff8, &v, 8), 0);
	assert_int_equal(CALL(brk, start + 0x1000), start + 0x1000);
	assert_int_equal(gmap_prot(start + 0x1000), -1);
	assert_int_equal(gmem_write(start + 0x1000, &v, 8), -EFAULT);
	assert_int_equal(CALL(brk, start - 4096), start + 0x1000);
	assert_int_equal(CALL(brk, GUEST_ADDR_LIMIT + 4096), start + 0x1000);
	/* A mapping in the way stops the heap from growing into it. */
	assert_int_equal(CALL(mmap, start + 0x3000, 4096, GUEST_PROT_READ,
			      GUEST_MAP_PRIVATE | GUEST_MAP_ANONYMOUS | GUEST_MAP_FIXED,
			      (uint64_t)-1, 0), start + 0x3000);
	assert_int_equal(CALL(brk, start + 0x8000), start + 0x1000);
}

static void test_mremap(void **state)
{
	arm_faults();
	guest_addr_t a = guest_alloc(GUEST_PAGE_SIZE), b;
	uint64_t v = 0xabcdef, back = 0;
	long r;

	assert_int_equal(gmem_write(a, &v, 8), 0);
	/* Block growth in place so the mapping has to move. */
	CALL(mmap, a + 4096, 4096, GUEST_PROT_READ,
	     GUEST_MAP_PRIVATE | GUEST_MAP_ANONYMOUS | GUEST_MAP_FIXED, (uint64_t)-1, 0);
	assert_int_equal(CALL(mremap, a, 4096, 3 * 4096, 0, 0), -ENOMEM);
	r = CALL(mremap, a, 4096, 3 * 4096, GUEST_MREMAP_MAYMOVE, 0);
	assert_true(r > 0 && (uint64_t)r < GUEST_ADDR_LIMIT);
	b = (guest_addr_t)r;
	assert_int_equal(gmem_read(&back, b, 8), 0);
	assert_int_equal(back, v);
	assert_int_equal(gmap_prot(a), -1);
	assert_int_equal(gmap_prot(b + 2 * 4096), GMAP_R | GMAP_W);
	assert_int_equal(CALL(mremap, b, 3 * 4096, 4096, 0, 0), b);
	assert_int_equal(gmap_prot(b + 4096), -1);
	assert_int_equal(CALL(mremap, b, 4096, 4096, GUEST_MREMAP_MAYMOVE | GUEST_MREMAP_FIXED,
			      GUEST_ADDR_LIMIT), -EINVAL);
	assert_int_equal(CALL(mremap, b + 4096, 4096, 8192, GUEST_MREMAP_MAYMOVE, 0), -EFAULT);
}

static void test_bad_pointers(void **state)
{
	arm_faults();
	int p[2];
	guest_addr_t unmapped = guest_alloc(4096);

	assert_int_equal(CALL(munmap, unmapped, 4096), 0);
	assert_int_equal(pipe(p), 0);
	assert_int_equal(CALL(write, (uint64_t)p[1], GUEST_ADDR_LIMIT, 1), -EFAULT);
	assert_int_equal(CALL(write, (uint64_t)p[1], GUEST_ADDR_LIMIT - 1, 2), -EFAULT);
	assert_int_equal(CALL(write, (uint64_t)p[1], unmapped, 1), -EFAULT);
	assert_int_equal(write(p[1], "x", 1), 1);
	assert_int_equal(CALL(read, (uint64_t)p[0], h2g(&p[0]) | GUEST_ADDR_LIMIT, 1), -EFAULT);
	assert_int_equal(CALL(openat, (uint64_t)AT_FDCWD, unmapped, 0, 0), -EFAULT);
	assert_int_equal(CALL(openat, (uint64_t)AT_FDCWD, GUEST_ADDR_LIMIT - 1, 0, 0), -EFAULT);
	assert_int_equal(CALL(clock_gettime, 0, unmapped), -EFAULT);
	assert_int_equal(CALL(uname, GUEST_ADDR_LIMIT), -EFAULT);
	assert_int_equal(CALL(fstat, (uint64_t)p[0], unmapped), -EFAULT);
	assert_int_equal(CALL(pipe2, unmapped, 0), -EFAULT);
	close(p[0]);
	close(p[1]);
}

static void test_iovec(void **state)
{
	arm_faults();
	guest_addr_t iov = guest_alloc(4096), buf = guest_str("hello");
	struct guest_iovec g[2] = {{buf, 2}, {buf + 2, 3}};
	int p[2];
	char out[8] = {0};

	assert_int_equal(pipe(p), 0);
	assert_int_equal(gmem_write(iov, g, sizeof g), 0);
	assert_int_equal(CALL(writev, (uint64_t)p[1], iov, 2), 5);
	assert_int_equal(read(p[0], out, sizeof out), 5);
	assert_string_equal(out, "hello");
	assert_int_equal(CALL(writev, (uint64_t)p[1], iov, 1025), -EINVAL);
	assert_int_equal(CALL(writev, (uint64_t)p[1], iov, (uint64_t)-1), -EINVAL);
	g[1].iov_base = GUEST_ADDR_LIMIT;
	assert_int_equal(gmem_write(iov, g, sizeof g), 0);
	assert_int_equal(CALL(writev, (uint64_t)p[1], iov, 2), -EFAULT);
	close(p[0]);
	close(p[1]);
}

static void test_open_flags(void **state)
{
	arm_faults();
	guest_addr_t dir = guest_str("/tmp"), file = guest_str("/etc/passwd");
	long fd;

	fd = CALL(openat, (uint64_t)AT_FDCWD, dir, GUEST_O_RDONLY | GUEST_O_DIRECTORY, 0);
	assert_true(fd >= 0);
	close((int)fd);
	/* arm64 O_DIRECTORY (040000) means O_DIRECT on x86-64: must convert. */
	assert_int_equal(CALL(openat, (uint64_t)AT_FDCWD, file,
			      GUEST_O_RDONLY | GUEST_O_DIRECTORY, 0), -ENOTDIR);
	fd = CALL(openat, (uint64_t)AT_FDCWD, file, GUEST_O_RDONLY | GUEST_O_NONBLOCK, 0);
	assert_true(fd >= 0);
	assert_int_equal(CALL(fcntl, (uint64_t)fd, GUEST_F_GETFL, 0),
			 GUEST_O_RDONLY | GUEST_O_NONBLOCK | GUEST_O_LARGEFILE);
	assert_int_equal(CALL(fcntl, (uint64_t)fd, GUEST_F_SETFL, 0), 0);
	assert_int_equal(CALL(fcntl, (uint64_t)fd, GUEST_F_GETFL, 0),
			 GUEST_O_RDONLY | GUEST_O_LARGEFILE);
	assert_int_equal(CALL(fcntl, (uint64_t)fd, 9999, 0), -EINVAL);
	assert_int_equal(CALL(ioctl, (uint64_t)fd, GUEST_TCGETS, dir), -ENOTTY);
	assert_int_equal(CALL(ioctl, (uint64_t)fd, 0x12345678, 0), -ENOTTY);
	assert_int_equal(CALL(ioctl, 9999, 0x12345678, 0), -EBADF);
	close((int)fd);
}

static void test_stat(void **state)
{
	arm_faults();
	guest_addr_t path = guest_str("/etc/passwd"), buf = guest_alloc(4096);
	struct guest_stat g;
	struct stat h;

	assert_int_equal(stat("/etc/passwd", &h), 0);
	assert_int_equal(CALL(newfstatat, (uint64_t)AT_FDCWD, path, buf, 0), 0);
	assert_int_equal(gmem_read(&g, buf, sizeof g), 0);
	assert_int_equal(g.st_size, h.st_size);
	assert_int_equal(g.st_ino, h.st_ino);
	assert_int_equal(g.st_mode, h.st_mode);
	assert_int_equal(g.st_nlink, h.st_nlink);
	assert_int_equal(g.st_mtime_sec, h.st_mtim.tv_sec);
	assert_int_equal(CALL(newfstatat, (uint64_t)AT_FDCWD, path, buf, 0x1), -EINVAL);
}

static void test_uname_and_rlimit(void **state)
{
	arm_faults();
	guest_addr_t buf = guest_alloc(4096);
	struct guest_utsname u;
	struct guest_rlimit rl;

	assert_int_equal(CALL(uname, buf), 0);
	assert_int_equal(gmem_read(&u, buf, sizeof u), 0);
	assert_string_equal(u.machine, "aarch64");
	assert_string_equal(u.sysname, "Linux");
	assert_int_equal(CALL(prlimit64, 0, 7 /* RLIMIT_NOFILE */, 0, buf), 0);
	assert_int_equal(gmem_read(&rl, buf, sizeof rl), 0);
	assert_true(rl.rlim_cur > 0 && rl.rlim_cur <= rl.rlim_max);
}

static void test_getdents(void **state)
{
	arm_faults();
	char tmpl[] = "/tmp/rf_sys_XXXXXX", path[64];
	guest_addr_t buf = guest_alloc(4096), dir;
	struct guest_dirent64 d;
	char name[16];
	long fd, n, off;
	int found = 0;

	assert_non_null(mkdtemp(tmpl));
	snprintf(path, sizeof path, "%s/afile", tmpl);
	close(open(path, O_CREAT | O_WRONLY, 0600));
	dir = guest_str(tmpl);
	fd = CALL(openat, (uint64_t)AT_FDCWD, dir, GUEST_O_RDONLY | GUEST_O_DIRECTORY, 0);
	assert_true(fd >= 0);
	n = CALL(getdents64, (uint64_t)fd, buf, 4096);
	assert_true(n > 0);
	for (off = 0; off < n; off += d.d_reclen) {
		assert_int_equal(gmem_read(&d, buf + off, sizeof d), 0);
		assert_int_equal(gmem_read(name, buf + off + offsetof(struct guest_dirent64, d_name),
					   sizeof name), 0);
		found += strcmp(name, "afile") == 0;
	}
	assert_int_equal(found, 1);
	close((int)fd);
	unlink(path);
	rmdir(tmpl);
}

static void test_dispatch(void **state)
{
	arm_faults();
	cpu->x[8] = 64; /* write */
	cpu->x[0] = (uint64_t)-1;
	cpu->x[1] = 0;
	cpu->x[2] = 0;
	sys_dispatch(cpu);
	assert_int_equal((int64_t)cpu->x[0], -GUEST_EBADF);
	cpu->x[8] = 499; /* no such syscall */
	sys_dispatch(cpu);
	assert_int_equal((int64_t)cpu->x[0], -GUEST_ENOSYS);
	cpu->x[8] = 172; /* getpid */
	sys_dispatch(cpu);
	assert_int_equal(cpu->x[0], (uint64_t)getpid());
}

/* Run one syscall through dispatch with --strace into a memory stream and
 * return the line. */
static char *strace_line(uint64_t nr, const uint64_t *a)
{
	char *buf = NULL;
	size_t len = 0;
	int i;

	rf_proc.strace = open_memstream(&buf, &len);
	assert_non_null(rf_proc.strace);
	for (i = 0; i < 6; i++)
		cpu->x[i] = a[i];
	cpu->x[8] = nr;
	sys_dispatch(cpu);
	fclose(rf_proc.strace);
	rf_proc.strace = NULL;
	return buf;
}

static void test_strace(void **state)
{
	arm_faults();
	guest_addr_t path = guest_str("/nonexistent/file"), buf = guest_alloc(4096);
	int p[2];
	char *l;

	l = strace_line(56, (uint64_t[6]){(uint64_t)AT_FDCWD, path,
					  GUEST_O_RDONLY | GUEST_O_CLOEXEC, 0});
	assert_string_equal(l, "openat(AT_FDCWD, \"/nonexistent/file\", O_RDONLY|O_CLOEXEC) "
			       "= -1 ENOENT (No such file or directory)\n");
	free(l);
	assert_int_equal(pipe(p), 0);
	assert_int_equal(write(p[1], "ab\n\1", 4), 4);
	l = strace_line(63, (uint64_t[6]){(uint64_t)p[0], buf, 100});
	assert_string_equal(l, "read(3, \"ab\\n\\1\", 100)                  = 4\n");
	free(l);
	l = strace_line(222, (uint64_t[6]){0, 4096, GUEST_PROT_READ | GUEST_PROT_WRITE,
					   GUEST_MAP_PRIVATE | GUEST_MAP_ANONYMOUS, (uint64_t)-1, 0});
	assert_non_null(strstr(l, "mmap(NULL, 4096, PROT_READ|PROT_WRITE, "
				  "MAP_PRIVATE|MAP_ANONYMOUS, -1, 0) = 0x"));
	free(l);
	close(p[0]);
	close(p[1]);
}

/* Calls that would end, replace, re-credential, re-schedule or re-limit the
 * test process itself, touch the system clock or host name, flush every
 * disk, or deliver signals: the fuzzer leaves them out.  What remains must
 * never crash and must always return a value or a -errno. */
static const char *const fuzz_skip[] = {
	"exit", "exit_group", "clone", "clone3", "execve", "kill", "tkill", "tgkill",
	"rt_sigsuspend", "rt_sigaction", "rt_sigprocmask", "rt_sigreturn", "rt_sigtimedwait",
	"rt_sigqueueinfo", "rt_sigpending", "sigaltstack", "setuid", "setgid", "setreuid",
	"setregid", "setresuid", "setresgid", "setfsuid", "setfsgid", "setgroups", "capset",
	"chroot", "sethostname", "setdomainname", "clock_settime", "setpriority",
	"sched_setscheduler", "sched_setparam", "sched_setaffinity", "ioprio_set", "setrlimit",
	"prlimit64", "mlockall", "mlock", "mlock2", "personality", "sync", "syncfs", "setitimer",
	"timer_create", "madvise", "setsid", "setpgid", "ftruncate", "fallocate", "truncate",
	"connect", "prctl", "chdir", "fchdir", "close_range", "umask", "fchmod", "fchown",
	/* System V objects are system-wide: random ids could reach other
	 * processes' semaphores, queues and segments. */
	"semget", "semctl", "semop", "semtimedop", "shmget", "shmctl", "shmat", "shmdt",
	"msgget", "msgctl", "msgsnd", "msgrcv", "membarrier",
};

static int fuzz_skipped(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof fuzz_skip / sizeof fuzz_skip[0]; i++)
		if (strcmp(name, fuzz_skip[i]) == 0)
			return 1;
	return 0;
}

static uint64_t fuzz_rand(uint64_t *st)
{
	*st ^= *st << 13;
	*st ^= *st >> 7;
	*st ^= *st << 17;
	return *st;
}

static void on_alarm(int sig)
{
	(void)sig;
}

/* The fuzzing loop, in a child process so that nothing it does (closing,
 * writing to or re-flagging descriptors, mapping memory) reaches the test
 * runner's state or the descriptors it inherited (make's jobserver). */
static int fuzz_child(uint64_t st, int iters)
{
	guest_addr_t buf = guest_str("/nonexistent/rf_fuzz"), unmapped = guest_alloc(4096);
	const uint64_t pool[] = {0, 3, 4, 5, 7, 10, (uint64_t)-1, (uint64_t)-100, 0x7fffffff,
				 0x80000000, 1ULL << 63, GUEST_ADDR_LIMIT - 1, GUEST_ADDR_LIMIT,
				 GUEST_ADDR_LIMIT + 4096, 0x7fffffffffffULL, 16, 4096, 65536,
				 buf, buf + 4000, unmapped, h2g(&buf) | 0x800000000000ULL};
	int nrs[512], n = 0, i, j;
	struct sigaction sa = {0};
	struct itimerval it = {{0, 20000}, {0, 20000}};

	for (i = 3; i < 1024; i++)
		close(i);
	if (CALL(munmap, unmapped, 4096) != 0)
		return 1;
	for (i = 0; i < 512; i++) {
		const struct sys_row *row = sys_lookup((uint64_t)i);
		if (row && !fuzz_skipped(row->name))
			nrs[n++] = i;
	}
	/* Blocking calls are interrupted by a timer (no SA_RESTART). */
	sa.sa_handler = on_alarm;
	sigaction(SIGALRM, &sa, NULL);
	setitimer(ITIMER_REAL, &it, NULL);
	for (i = 0; i < iters; i++) {
		int nr = nrs[fuzz_rand(&st) % (uint64_t)n];
		long r;
		for (j = 0; j < 6; j++) {
			uint64_t v = fuzz_rand(&st);
			cpu->x[j] = (v & 3) ? pool[(v >> 2) % (sizeof pool / sizeof pool[0])] : v >> 8;
		}
		cpu->x[8] = (uint64_t)nr;
		sys_dispatch(cpu);
		r = (long)cpu->x[0];
		/* Results that are addresses or offsets may look negative. */
		if (r < -4095 && nr != 62 && nr != 214 && nr != 222 && nr != 216 && nr != 196) {
			fprintf(stderr, "fuzz: %s returned %ld\n", sys_lookup((uint64_t)nr)->name, r);
			return 1;
		}
	}
	return 0;
}

static void test_fuzz_dispatch(void **state)
{
	uint64_t st = 0x9e3779b97f4a7c15ULL;
	int iters = 20000, status = -1;
	pid_t pid;

	arm_faults();
	/* Longer runs: RF_FUZZ_SEED=N RF_FUZZ_ITERS=M. */
	if (getenv("RF_FUZZ_SEED"))
		st = strtoull(getenv("RF_FUZZ_SEED"), NULL, 0) | 1;
	if (getenv("RF_FUZZ_ITERS"))
		iters = atoi(getenv("RF_FUZZ_ITERS"));
	fflush(NULL);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0)
		_exit(fuzz_child(st, iters));
	assert_int_equal(waitpid(pid, &status, 0), pid);
	if (!WIFEXITED(status))
		fail_msg("fuzz child died of signal %d", WTERMSIG(status));
	assert_int_equal(WEXITSTATUS(status), 0);
}

static int setup(void **state)
{
	xlate_init();
	cpu = xlate_cpu_new();
	assert_non_null(cpu);
	assert_int_equal(xlate_thread_enter(cpu), 0);
	sigaction(SIGSEGV, NULL, &xlate_segv);
	sigaction(SIGBUS, NULL, &xlate_bus);
	rf_proc.brk_start = 0x20000000;
	return 0;
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_mmap_placement),
		cmocka_unit_test(test_mmap_fixed),
		cmocka_unit_test(test_mmap_limit),
		cmocka_unit_test(test_mmap_invalid),
		cmocka_unit_test(test_mprotect),
		cmocka_unit_test(test_brk),
		cmocka_unit_test(test_mremap),
		cmocka_unit_test(test_bad_pointers),
		cmocka_unit_test(test_iovec),
		cmocka_unit_test(test_open_flags),
		cmocka_unit_test(test_stat),
		cmocka_unit_test(test_uname_and_rlimit),
		cmocka_unit_test(test_getdents),
		cmocka_unit_test(test_dispatch),
		cmocka_unit_test(test_strace),
		cmocka_unit_test(test_fuzz_dispatch),
	};
	return cmocka_run_group_tests(tests, setup, NULL);
}
