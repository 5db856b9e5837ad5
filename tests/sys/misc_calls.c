/*
 * misc_calls.c -- the less common calls: copy_file_range, splice, tee,
 * sync_file_range, readahead, close_range, preadv2/pwritev2, syncfs,
 * mknodat, openat2, the sched_* family, membarrier, capget, personality,
 * waitid, POSIX timers, mlock, pidfd_open, extended attributes, signalfd.
 */
#include "sys_test.h"
#include <fcntl.h>
#include <linux/capability.h>
#include <linux/openat2.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <sys/mman.h>
#include <sys/personality.h>
#include <sys/signalfd.h>
#include <sys/xattr.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static void test_copying(void)
{
	int a = open("a", O_CREAT | O_RDWR | O_TRUNC, 0644), b, p[2], q[2];
	loff_t oi = 2, oo = 0;
	char buf[32] = {0};
	struct iovec iov = {buf, 5};

	write(a, "0123456789", 10);
	b = open("b", O_CREAT | O_RDWR | O_TRUNC, 0644);
	rep("copy_file_range", copy_file_range(a, &oi, b, &oo, 5, 0));
	printf("offsets %lld %lld\n", (long long)oi, (long long)oo);
	pread(b, buf, sizeof buf, 0);
	printf("copied: %s\n", buf);
	rep("copy_file_range bad flags", copy_file_range(a, &oi, b, &oo, 5, 1));
	pipe(p);
	pipe(q);
	oi = 5;
	rep("splice file to pipe", splice(a, &oi, p[1], NULL, 4, 0));
	printf("offset %lld\n", (long long)oi);
	rep("tee", tee(p[0], q[1], 4, 0));
	memset(buf, 0, sizeof buf);
	rep("read tee copy", read(q[0], buf, sizeof buf));
	printf("tee data: %s\n", buf);
	rep("splice pipe to file", splice(p[0], NULL, b, NULL, 4, 0));
	rep("splice two files", splice(a, NULL, b, NULL, 4, 0));
	rep("sync_file_range", sync_file_range(b, 0, 0, SYNC_FILE_RANGE_WRITE));
	rep("sync_file_range bad flags", sync_file_range(b, 0, 0, 0x100));
	rep("readahead", readahead(a, 0, 4096));
	rep("syncfs", syncfs(a));
	rep("pwritev2 at 0", pwritev2(a, &iov, 1, 0, 0));
	lseek(a, 3, SEEK_SET);
	memset(buf, 0, sizeof buf);
	rep("preadv2 at position", preadv2(a, &iov, 1, -1, 0));
	printf("data %s, position %ld\n", buf, (long)lseek(a, 0, SEEK_CUR));
	rep("preadv2 bad flags", preadv2(a, &iov, 1, 0, 0x1000));
	close(p[0]);
	close(p[1]);
	close(q[0]);
	close(q[1]);
	rep("close_range cloexec", syscall(SYS_close_range, a, b, 4));
	rep("F_GETFD", fcntl(a, F_GETFD));
	rep("close_range", syscall(SYS_close_range, a, b, 0));
	rep("closed", fcntl(b, F_GETFD));
	rep("close_range bad", syscall(SYS_close_range, 10, 5, 0));
}

static void test_fs_extras(void)
{
	struct stat st;
	struct open_how how = {O_RDONLY, 0, RESOLVE_BENEATH};
	int d, fd;

	rep("mknodat fifo", mknodat(AT_FDCWD, "fifo", S_IFIFO | 0600, 0));
	stat("fifo", &st);
	says("is fifo", S_ISFIFO(st.st_mode));
	mkdir("sub", 0755);
	d = open("sub", O_RDONLY | O_DIRECTORY);
	rep("openat2 beneath escape", syscall(SYS_openat2, d, "../a", &how, sizeof how));
	how.resolve = 0;
	fd = syscall(SYS_openat2, d, "../a", &how, sizeof how);
	says("openat2 plain", fd >= 0);
	close(fd);
	how.flags = O_RDONLY | O_DIRECTORY;
	rep("openat2 O_DIRECTORY on file", syscall(SYS_openat2, d, "../a", &how, sizeof how));
	how.flags = 1ULL << 40;
	rep("openat2 unknown flag", syscall(SYS_openat2, d, "../a", &how, sizeof how));
	rep("openat2 small size", syscall(SYS_openat2, d, "../a", &how, 8));
	close(d);
}

static void test_sched(void)
{
	struct sched_param sp = {0};
	struct timespec ts;
	cpu_set_t set;

	rep("sched_getscheduler", sched_getscheduler(0));
	rep("sched_getparam", sched_getparam(0, &sp));
	printf("priority %d\n", sp.sched_priority);
	rep("sched_setscheduler other", sched_setscheduler(0, SCHED_OTHER, &sp));
	rep("sched_setparam", sched_setparam(0, &sp));
	rep("priority max fifo", sched_get_priority_max(SCHED_FIFO));
	rep("priority min fifo", sched_get_priority_min(SCHED_FIFO));
	rep("priority max bad", sched_get_priority_max(12345));
	rep("sched_rr_get_interval", sched_rr_get_interval(0, &ts));
	sched_getaffinity(0, sizeof set, &set);
	rep("sched_setaffinity same", sched_setaffinity(0, sizeof set, &set));
	rep("membarrier query", syscall(SYS_membarrier, 0, 0, 0) >= 0 ? 0 : -1);
	rep("personality query", personality(0xffffffff));
}

static void test_caps_wait(void)
{
	struct __user_cap_header_struct h = {_LINUX_CAPABILITY_VERSION_3, 0};
	struct __user_cap_data_struct d[2];
	siginfo_t si;
	pid_t pid;

	rep("capget", syscall(SYS_capget, &h, d));
	h.version = 0x12345678;
	rep("capget bad version", syscall(SYS_capget, &h, d));
	printf("version reported %#x\n", h.version);
	fflush(stdout);
	pid = fork();
	if (pid == 0)
		_exit(12);
	memset(&si, 0, sizeof si);
	rep("waitid", waitid(P_PID, pid, &si, WEXITED));
	printf("si_signo %d si_code %d si_status %d pid match %d\n", si.si_signo, si.si_code,
	       si.si_status, si.si_pid == pid);
	rep("waitid no child", waitid(P_ALL, 0, &si, WEXITED));
	rep("waitid bad options", waitid(P_ALL, 0, &si, 0));
	int pfd = syscall(SYS_pidfd_open, getpid(), 0);
	says("pidfd_open", pfd >= 0);
	close(pfd);
	rep("pidfd_open bad", syscall(SYS_pidfd_open, 0x7ffffff0, 0));
}

static void test_timers_mlock(void)
{
	struct sigevent sev = {0};
	timer_t t;
	struct itimerspec its = {{0, 0}, {5, 0}}, cur;
	void *m = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	struct timespec now;

	sev.sigev_notify = SIGEV_NONE;
	rep("timer_create", timer_create(CLOCK_MONOTONIC, &sev, &t));
	rep("timer_settime", timer_settime(t, 0, &its, NULL));
	rep("timer_gettime", timer_gettime(t, &cur));
	says("timer remaining", cur.it_value.tv_sec <= 5 && cur.it_value.tv_sec >= 4);
	rep("timer_getoverrun", timer_getoverrun(t));
	rep("timer_delete", timer_delete(t));
	rep("timer_delete again", timer_delete(t));
	clock_gettime(CLOCK_MONOTONIC, &now);
	rep("clock_settime monotonic", clock_settime(CLOCK_MONOTONIC, &now));
	rep("mlock", mlock(m, 4096));
	rep("munlock", munlock(m, 4096));
	munmap(m, 4096);
}

static void test_xattr_signalfd(void)
{
	char buf[64] = {0};
	sigset_t set;
	struct signalfd_siginfo si;
	int fd, sfd;

	fd = open("x", O_CREAT | O_RDWR, 0644);
	rep("setxattr", setxattr("x", "user.rf", "value", 5, 0));
	rep("setxattr create existing", setxattr("x", "user.rf", "v", 1, XATTR_CREATE));
	rep("getxattr size", getxattr("x", "user.rf", NULL, 0));
	rep("getxattr", getxattr("x", "user.rf", buf, sizeof buf));
	printf("value %s\n", buf);
	rep("getxattr small", getxattr("x", "user.rf", buf, 2));
	rep("fgetxattr missing", fgetxattr(fd, "user.none", buf, sizeof buf));
	memset(buf, 0, sizeof buf);
	rep("listxattr", listxattr("x", buf, sizeof buf));
	printf("first name %s\n", buf);
	rep("lgetxattr empty name", lgetxattr("x", "", buf, sizeof buf));
	rep("fremovexattr", fremovexattr(fd, "user.rf"));
	rep("removexattr again", removexattr("x", "user.rf"));
	close(fd);
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	sigprocmask(SIG_BLOCK, &set, NULL);
	sfd = signalfd(-1, &set, SFD_CLOEXEC | SFD_NONBLOCK);
	says("signalfd", sfd >= 0);
	rep("read nothing", read(sfd, &si, sizeof si));
	kill(getpid(), SIGUSR1);
	rep("read signal", read(sfd, &si, sizeof si));
	printf("ssi_signo %u pid ok %d\n", si.ssi_signo, si.ssi_pid == (uint32_t)getpid());
	close(sfd);
	rep("signalfd bad size", syscall(SYS_signalfd4, -1, &set, 4, 0));
}

int main(void)
{
	test_xattr_signalfd();
	test_copying();
	test_fs_extras();
	test_sched();
	test_caps_wait();
	test_timers_mlock();
	return 0;
}
