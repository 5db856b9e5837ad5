/*
 * proc_time.c -- process identity, credentials, limits, scheduling,
 * prctl, randomness, futexes, clocks, sleeps and interval timers.  Values
 * that differ between runs are compared with each other, not printed.
 */
#include "sys_test.h"
#include <linux/futex.h>
#include <sched.h>
#include <stdint.h>
#include <sys/prctl.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/sysinfo.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static volatile int negative = -1;

static void test_ids(void)
{
	uid_t r, e, s;
	gid_t gr, ge, gs, groups[64];
	int n;

	says("pid is tid", getpid() == gettid());
	says("ppid positive", getppid() > 0);
	rep("getresuid", getresuid(&r, &e, &s));
	says("uids agree", r == getuid() && e == geteuid());
	rep("getresgid", getresgid(&gr, &ge, &gs));
	says("gids agree", gr == getgid() && ge == getegid());
	n = getgroups(64, groups);
	says("getgroups", n >= 0);
	says("getgroups count", getgroups(0, NULL) == n);
	rep("setuid to self", setuid(getuid()));
	rep("setresgid unchanged", setresgid(-1, -1, -1));
	rep("getgroups negative", getgroups(negative, groups));
	says("pgid", getpgid(0) == getpgrp());
	says("sid", getsid(0) > 0);
	rep("getpgid bad pid", getpgid(0x7ffffff0));
	rep("getsid bad pid", getsid(0x7ffffff0));
}

static void test_uname_sysinfo(void)
{
	struct utsname u;
	struct sysinfo si;
	cpu_set_t set;
	unsigned cpu = 9999, node = 9999;

	rep("uname", uname(&u));
	printf("sysname %s, machine native: %s\n", u.sysname,
	       strcmp(u.machine, NATIVE_MACHINE) == 0 ? "yes" : u.machine);
	rep("sysinfo", sysinfo(&si));
	says("sysinfo sane", si.totalram > 0 && si.mem_unit > 0 && si.procs > 0 && si.uptime > 0);
	rep("sched_getaffinity", sched_getaffinity(0, sizeof set, &set));
	says("affinity count", CPU_COUNT(&set) > 0);
	rep("sched_getaffinity tiny", sched_getaffinity(0, 1, &set));
	rep("sched_yield", sched_yield());
	rep("getcpu", syscall(SYS_getcpu, &cpu, &node, NULL));
	says("getcpu in set", cpu < CPU_SETSIZE && node != 9999);
}

static void test_limits(void)
{
	struct rlimit rl, rl2;
	struct rusage ru;

	rep("getrlimit nofile", getrlimit(RLIMIT_NOFILE, &rl));
	rl2 = rl;
	rl2.rlim_cur = 100;
	rep("setrlimit nofile 100", setrlimit(RLIMIT_NOFILE, &rl2));
	getrlimit(RLIMIT_NOFILE, &rl2);
	printf("nofile soft %ld\n", (long)rl2.rlim_cur);
	rl2.rlim_cur = rl2.rlim_max + 1;
	rep("setrlimit above max", rl2.rlim_max == RLIM_INFINITY ? (errno = EINVAL, -1)
								: setrlimit(RLIMIT_NOFILE, &rl2));
	rep("prlimit restore", prlimit(0, RLIMIT_NOFILE, &rl, &rl2));
	printf("old soft %ld\n", (long)rl2.rlim_cur);
	rep("getrlimit bad resource", getrlimit(99, &rl));
	rep("getrusage self", getrusage(RUSAGE_SELF, &ru));
	says("rusage sane", ru.ru_utime.tv_sec >= 0 && ru.ru_maxrss > 0);
	rep("getrusage bad who", getrusage(42, &ru));
}

static void test_sched_prctl(void)
{
	char name[32] = {0};
	int prio = getpriority(PRIO_PROCESS, 0), sig = -1;

	rep("setpriority +1", setpriority(PRIO_PROCESS, 0, prio + 1));
	says("getpriority +1", getpriority(PRIO_PROCESS, 0) == prio + 1);
	rep("setpriority bad which", setpriority(42, 0, 0));
	rep("PR_SET_NAME", prctl(PR_SET_NAME, "a-very-long-thread-name"));
	rep("PR_GET_NAME", prctl(PR_GET_NAME, name));
	printf("name: %s\n", name);
	rep("PR_SET_PDEATHSIG", prctl(PR_SET_PDEATHSIG, 9));
	rep("PR_GET_PDEATHSIG", prctl(PR_GET_PDEATHSIG, &sig));
	printf("pdeathsig %d\n", sig);
	rep("PR_GET_DUMPABLE", prctl(PR_GET_DUMPABLE));
	rep("PR_GET_NO_NEW_PRIVS", prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0));
	rep("prctl unknown", prctl(0x7fff, 0, 0, 0, 0));
}

static void test_random_futex(void)
{
	unsigned char buf[64];
	uint32_t word = 5;
	struct timespec ts = {0, 1000000};

	rep("getrandom", getrandom(buf, sizeof buf, 0));
	rep("getrandom nonblock", getrandom(buf, 16, GRND_NONBLOCK));
	rep("getrandom bad flags", getrandom(buf, 16, 0x100));
	rep("futex wake", syscall(SYS_futex, &word, FUTEX_WAKE_PRIVATE, 1, NULL, NULL, 0));
	rep("futex wait mismatch", syscall(SYS_futex, &word, FUTEX_WAIT_PRIVATE, 4, NULL, NULL, 0));
	rep("futex wait timeout", syscall(SYS_futex, &word, FUTEX_WAIT_PRIVATE, 5, &ts, NULL, 0));
	rep("futex misaligned", syscall(SYS_futex, (char *)&word + 1, FUTEX_WAKE, 1, NULL, NULL, 0));
	rep("futex bad op", syscall(SYS_futex, &word, 99, 1, NULL, NULL, 0));
}

static double secs(struct timespec t)
{
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void test_time(void)
{
	struct timespec a, b, res, rem;
	struct timeval tv;
	struct tms t;
	struct itimerval it = {{0, 0}, {10, 0}}, old;
	int status;

	rep("clock_gettime monotonic", clock_gettime(CLOCK_MONOTONIC, &a));
	rep("nanosleep 2ms", nanosleep(&(struct timespec){0, 2000000}, &rem));
	clock_gettime(CLOCK_MONOTONIC, &b);
	says("slept at least 2ms", secs(b) - secs(a) >= 0.002);
	rep("clock_nanosleep rel", clock_nanosleep(CLOCK_MONOTONIC, 0,
						   &(struct timespec){0, 1000000}, NULL));
	clock_gettime(CLOCK_MONOTONIC, &a);
	a.tv_nsec += 1000000;
	if (a.tv_nsec >= 1000000000) {
		a.tv_sec++;
		a.tv_nsec -= 1000000000;
	}
	printf("clock_nanosleep abs: %d\n", clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &a, NULL));
	clock_gettime(CLOCK_MONOTONIC, &b);
	says("abs deadline passed", secs(b) >= secs(a));
	printf("clock_nanosleep bad nsec: %d\n",
	       clock_nanosleep(CLOCK_MONOTONIC, 0, &(struct timespec){0, 2000000000}, NULL));
	rep("nanosleep bad", nanosleep(&(struct timespec){0, -1}, NULL));
	rep("clock_getres monotonic", clock_getres(CLOCK_MONOTONIC, &res));
	says("resolution fine", res.tv_sec == 0 && res.tv_nsec > 0 && res.tv_nsec <= 1000000);
	rep("clock_gettime bad clock", syscall(SYS_clock_gettime, 12345, &a));
	rep("clock_gettime bad pointer", syscall(SYS_clock_gettime, CLOCK_REALTIME, (void *)16));
	rep("gettimeofday", syscall(SYS_gettimeofday, &tv, NULL));
	clock_gettime(CLOCK_REALTIME, &a);
	says("gettimeofday agrees", tv.tv_sec <= a.tv_sec && a.tv_sec - tv.tv_sec < 5);
	says("times", times(&t) != (clock_t)-1 && t.tms_utime >= 0);
	rep("setitimer real 10s", setitimer(ITIMER_REAL, &it, NULL));
	rep("getitimer", getitimer(ITIMER_REAL, &old));
	says("timer running", old.it_value.tv_sec <= 10 && old.it_value.tv_sec >= 9);
	it.it_value.tv_sec = 0;
	rep("setitimer disarm", setitimer(ITIMER_REAL, &it, &old));
	says("old value returned", old.it_value.tv_sec <= 10 && old.it_value.tv_sec >= 9);
	rep("getitimer bad which", getitimer(42, &old));
	rep("wait4 no child", wait4(-1, &status, 0, NULL));
	rep("wait4 nohang no child", wait4(-1, &status, WNOHANG, NULL));
}

int main(void)
{
	test_ids();
	test_uname_sysinfo();
	test_limits();
	test_sched_prctl();
	test_random_futex();
	test_time();
	return 0;
}
