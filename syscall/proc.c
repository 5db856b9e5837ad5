/*
 * proc.c -- process identity, limits and exit.
 */
#include <errno.h>
#include <limits.h>
#include <sched.h>
#include <stdio.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/sysinfo.h>
#include <sys/utsname.h>
#include <unistd.h>
#include "abi/futex.h"
#include "abi/resource.h"
#include "syscall/signal.h"
#include "syscall/syscall.h"
#include "syscall/uarg.h"

long sys_exit_group(struct cpu *c, const uint64_t *a)
{
	sys_exit_process((int)a[0]);
}

__thread struct sys_thread sys_thread;

long sys_getpid(struct cpu *c, const uint64_t *a) { return getpid(); }
long sys_getppid(struct cpu *c, const uint64_t *a) { return getppid(); }
long sys_gettid(struct cpu *c, const uint64_t *a) { return gettid(); }

/* The credential calls are per-thread in the kernel (the C library makes
 * them process-wide), so they are made raw, per guest thread. */
long sys_getuid(struct cpu *c, const uint64_t *a) { return syscall(SYS_getuid); }
long sys_geteuid(struct cpu *c, const uint64_t *a) { return syscall(SYS_geteuid); }
long sys_getgid(struct cpu *c, const uint64_t *a) { return syscall(SYS_getgid); }
long sys_getegid(struct cpu *c, const uint64_t *a) { return syscall(SYS_getegid); }

long sys_setuid(struct cpu *c, const uint64_t *a)
{
	return sys_host(syscall(SYS_setuid, (uid_t)a[0]));
}

long sys_setgid(struct cpu *c, const uint64_t *a)
{
	return sys_host(syscall(SYS_setgid, (gid_t)a[0]));
}

long sys_setreuid(struct cpu *c, const uint64_t *a)
{
	return sys_host(syscall(SYS_setreuid, (uid_t)a[0], (uid_t)a[1]));
}

long sys_setregid(struct cpu *c, const uint64_t *a)
{
	return sys_host(syscall(SYS_setregid, (gid_t)a[0], (gid_t)a[1]));
}

long sys_setresuid(struct cpu *c, const uint64_t *a)
{
	return sys_host(syscall(SYS_setresuid, (uid_t)a[0], (uid_t)a[1], (uid_t)a[2]));
}

long sys_setresgid(struct cpu *c, const uint64_t *a)
{
	return sys_host(syscall(SYS_setresgid, (gid_t)a[0], (gid_t)a[1], (gid_t)a[2]));
}

/* getresuid/getresgid: three 32-bit ids written to three guest pointers. */
static long put_ids3(const uint64_t *a, const uint32_t *v)
{
	int i;

	for (i = 0; i < 3; i++)
		if (SYS_PUT(a[i], v[i]))
			return -EFAULT;
	return 0;
}

long sys_getresuid(struct cpu *c, const uint64_t *a)
{
	uid_t r, e, s;

	if (syscall(SYS_getresuid, &r, &e, &s) < 0)
		return -errno;
	return put_ids3(a, (uint32_t[3]){r, e, s});
}

long sys_getresgid(struct cpu *c, const uint64_t *a)
{
	gid_t r, e, s;

	if (syscall(SYS_getresgid, &r, &e, &s) < 0)
		return -errno;
	return put_ids3(a, (uint32_t[3]){r, e, s});
}

/* Group lists are arrays of 32-bit gid_t on both: the host uses the
 * guest's array in place. */
long sys_getgroups(struct cpu *c, const uint64_t *a)
{
	int n = (int)a[0];

	return sys_host(syscall(SYS_getgroups, n, sys_hbuf(a[1], (uint64_t)(uint32_t)n * sizeof(gid_t))));
}

long sys_setgroups(struct cpu *c, const uint64_t *a)
{
	int n = (int)a[0];

	return sys_host(syscall(SYS_setgroups, n, sys_hbuf(a[1], (uint64_t)(uint32_t)n * sizeof(gid_t))));
}

long sys_uname(struct cpu *c, const uint64_t *a)
{
	struct utsname h;
	struct guest_utsname g;

	if (uname(&h) < 0)
		return -errno;
	abi_utsname_to_guest(&g, &h);
	return SYS_PUT(a[0], g) ? -EFAULT : 0;
}

/* struct rlimit is two 64-bit words on both and the resource numbers are
 * asm-generic: the host reads and writes the guest's structs in place. */
_Static_assert(sizeof(struct guest_rlimit) == sizeof(struct rlimit), "rlimit layout");

long sys_prlimit64(struct cpu *c, const uint64_t *a)
{
	return sys_host(syscall(SYS_prlimit64, (pid_t)a[0], (int)a[1],
				a[2] ? sys_hbuf(a[2], sizeof(struct rlimit)) : NULL,
				a[3] ? sys_hbuf(a[3], sizeof(struct rlimit)) : NULL));
}

long sys_getrlimit(struct cpu *c, const uint64_t *a)
{
	return sys_host(syscall(SYS_getrlimit, (int)a[0], sys_hbuf(a[1], sizeof(struct rlimit))));
}

long sys_setrlimit(struct cpu *c, const uint64_t *a)
{
	return sys_host(syscall(SYS_setrlimit, (int)a[0], sys_hbuf(a[1], sizeof(struct rlimit))));
}

long sys_getrusage(struct cpu *c, const uint64_t *a)
{
	struct rusage h;
	struct guest_rusage g;

	if (syscall(SYS_getrusage, (int)a[0], &h) < 0)
		return -errno;
	abi_rusage_to_guest(&g, &h);
	return SYS_PUT(a[1], g) ? -EFAULT : 0;
}

long sys_sysinfo(struct cpu *c, const uint64_t *a)
{
	struct sysinfo h;
	struct guest_sysinfo g;

	if (sysinfo(&h) < 0)
		return -errno;
	abi_sysinfo_to_guest(&g, &h);
	return SYS_PUT(a[0], g) ? -EFAULT : 0;
}

long sys_sched_getaffinity(struct cpu *c, const uint64_t *a)
{
	/* A CPU mask is an array of 64-bit little-endian words on both. */
	return sys_host(syscall(SYS_sched_getaffinity, (pid_t)a[0], (size_t)a[1], sys_hbuf(a[2], a[1])));
}

long sys_sched_yield(struct cpu *c, const uint64_t *a)
{
	return sys_host(sched_yield());
}

/* getpriority returns the kernel's 20 - nice form (1..40), never -1. */
long sys_getpriority(struct cpu *c, const uint64_t *a)
{
	return sys_host(syscall(SYS_getpriority, (int)a[0], (id_t)a[1]));
}

long sys_setpriority(struct cpu *c, const uint64_t *a)
{
	return sys_host(syscall(SYS_setpriority, (int)a[0], (id_t)a[1], (int)a[2]));
}

long sys_setpgid(struct cpu *c, const uint64_t *a)
{
	return sys_host(setpgid((pid_t)a[0], (pid_t)a[1]));
}

long sys_getpgid(struct cpu *c, const uint64_t *a)
{
	return sys_host(getpgid((pid_t)a[0]));
}

long sys_getsid(struct cpu *c, const uint64_t *a)
{
	return sys_host(getsid((pid_t)a[0]));
}

long sys_setsid(struct cpu *c, const uint64_t *a)
{
	return sys_host(setsid());
}

long sys_getcpu(struct cpu *c, const uint64_t *a)
{
	unsigned cpu, node;

	if (syscall(SYS_getcpu, &cpu, &node, NULL) < 0)
		return -errno;
	if ((a[0] && SYS_PUT(a[0], cpu)) || (a[1] && SYS_PUT(a[1], node)))
		return -EFAULT;
	return 0;
}

/* The host's own clear_child_tid belongs to runforeign's thread library,
 * so the guest's is recorded; the thread exit path clears and wakes it. */
long sys_set_tid_address(struct cpu *c, const uint64_t *a)
{
	sys_thread.clear_child_tid = a[0];
	return gettid();
}

#define GUEST_ROBUST_LIST_HEAD_SIZE sizeof(struct guest_robust_list_head)

/* The guest's list is handed to the host kernel for this (host) thread:
 * struct robust_list_head has the same LP64 layout on arm64 and x86-64,
 * guest addresses are host addresses and the guest's TID is the host's, so
 * when the thread or the whole process dies the kernel marks each held
 * robust futex FUTEX_OWNER_DIED and wakes a waiter, exactly as it would for
 * a native arm64 process (kernel/futex/core.c, exit_robust_list()).  This
 * replaces the host C library's own list for the thread; runforeign holds
 * no robust mutexes of its own. */
long sys_set_robust_list(struct cpu *c, const uint64_t *a)
{
	if (a[1] != GUEST_ROBUST_LIST_HEAD_SIZE)
		return -EINVAL;
	long r = syscall(SYS_set_robust_list, g2h(a[0]), (size_t)a[1]);
	if (r < 0)
		return -errno;
	sys_thread.robust_list = a[0];
	sys_thread.robust_len = a[1];
	return 0;
}

long sys_get_robust_list(struct cpu *c, const uint64_t *a)
{
	uint64_t head = sys_thread.robust_list, len = GUEST_ROBUST_LIST_HEAD_SIZE;

	/* Only the calling thread's list is known here. */
	if (a[0] && (pid_t)a[0] != gettid())
		return -ESRCH;
	if (SYS_PUT(a[1], head) || SYS_PUT(a[2], len))
		return -EFAULT;
	return 0;
}

/* A kernel built without CONFIG_RSEQ answers ENOSYS; the C library then
 * runs without restartable sequences. */
long sys_rseq(struct cpu *c, const uint64_t *a)
{
	return -ENOSYS;
}

long sys_wait4(struct cpu *c, const uint64_t *a)
{
	int status;
	struct rusage h;
	struct guest_rusage g;
	long r = sig_safe_syscall(SYS_wait4, (pid_t)a[0], a[1] ? (long)&status : 0, (int)a[2],
				  a[3] ? (long)&h : 0, 0, 0);

	if (r <= 0)
		return r;
	/* The wait status encoding is the same on every Linux architecture. */
	if (a[1] && SYS_PUT(a[1], status))
		return -EFAULT;
	if (a[3]) {
		abi_rusage_to_guest(&g, &h);
		if (SYS_PUT(a[3], g))
			return -EFAULT;
	}
	return r;
}

long sys_getrandom(struct cpu *c, const uint64_t *a)
{
	return sys_host(syscall(SYS_getrandom, sys_hbuf(a[0], a[1]), a[1], (unsigned)a[2]));
}

long sys_memfd_create(struct cpu *c, const uint64_t *a)
{
	/* MFD_* flags (include/uapi/linux/memfd.h) are the same everywhere;
	 * the host checks them before it reads the name. */
	return sys_host(syscall(SYS_memfd_create, sys_hstr(a[0]), (unsigned)a[1]));
}

/* prctl options with an integer argument (or none) and an integer result,
 * the same on every architecture (include/uapi/linux/prctl.h). */
static int prctl_is_scalar(int op)
{
	switch (op) {
	case PR_SET_PDEATHSIG: case PR_GET_DUMPABLE: case PR_SET_DUMPABLE:
	case PR_GET_KEEPCAPS: case PR_SET_KEEPCAPS: case PR_CAPBSET_READ:
	case PR_GET_SECUREBITS: case PR_GET_TIMERSLACK: case PR_SET_TIMERSLACK:
	case PR_SET_CHILD_SUBREAPER: case PR_SET_NO_NEW_PRIVS: case PR_GET_NO_NEW_PRIVS:
	case PR_SET_THP_DISABLE: case PR_GET_THP_DISABLE:
		return 1;
	default:
		return 0;
	}
}

/* Task names are 16 bytes including the NUL (TASK_COMM_LEN). */
static long prctl_name(int op, guest_addr_t p)
{
	char name[16] = {0};
	size_t i;

	if (op == PR_GET_NAME) {
		if (prctl(PR_GET_NAME, name) < 0)
			return -errno;
		return gmem_write(p, name, sizeof name) ? -EFAULT : 0;
	}
	for (i = 0; i + 1 < sizeof name; i++) {
		if (gmem_read(&name[i], p + i, 1))
			return -EFAULT;
		if (!name[i])
			break;
	}
	return sys_host(prctl(PR_SET_NAME, name));
}

long sys_prctl(struct cpu *c, const uint64_t *a)
{
	int op = (int)a[0], v;

	if (prctl_is_scalar(op))
		return sys_host(prctl(op, a[1], a[2], a[3], a[4]));
	switch (op) {
	case PR_SET_NAME: case PR_GET_NAME:
		return prctl_name(op, a[1]);
	case PR_GET_PDEATHSIG: case PR_GET_CHILD_SUBREAPER:
		if (prctl(op, &v) < 0)
			return -errno;
		return SYS_PUT(a[1], v) ? -EFAULT : 0;
	case PR_GET_TID_ADDRESS:
		return SYS_PUT(a[1], sys_thread.clear_child_tid) ? -EFAULT : 0;
	default:
		/* Includes the arm64 SVE, SME, pointer-authentication, tagged
		 * address and MTE controls, which a CPU without those features
		 * refuses with EINVAL, and PR_SET_SECCOMP, whose filters would
		 * apply to runforeign's own host calls. */
		return -EINVAL;
	}
}

/* waitid fills a siginfo_t whose SIGCHLD fields (si_pid, si_uid,
 * si_status, si_utime, si_stime) sit at the same offsets on arm64 and
 * x86-64 (include/uapi/asm-generic/siginfo.h, 64-bit), so the kernel's
 * 128 bytes are copied as they are. */
long sys_waitid(struct cpu *c, const uint64_t *a)
{
	/* The siginfo fields waitid fills (signo, errno, code, pid, uid,
	 * status) and struct rusage have the same layout on both; the kernel
	 * writes the siginfo even when the wait fails, so EFAULT there wins. */
	_Static_assert(sizeof(struct guest_rusage) == sizeof(struct rusage), "rusage layout");
	return sig_safe_syscall(SYS_waitid, (int)a[0], (id_t)a[1], (long)(a[2] ? sys_hbuf(a[2], 128) : NULL),
				(int)a[3], (long)(a[4] ? sys_hbuf(a[4], sizeof(struct rusage)) : NULL), 0);
}

long sys_personality(struct cpu *c, const uint64_t *a)
{
	return sys_host(syscall(SYS_personality, (unsigned long)(uint32_t)a[0]));
}

/* capget/capset: struct __user_cap_header_struct {u32 version; int pid}
 * and 1 (v1) or 2 (v2, v3) struct __user_cap_data_struct of three u32s
 * (include/uapi/linux/capability.h). */
#define CAP_V1 0x19980330u
static long cap_call(const uint64_t *a, int set)
{
	/* The same layout on both: the host uses the guest's structs. */
	return sys_host(syscall(set ? SYS_capset : SYS_capget, sys_hbuf(a[0], 8),
				a[1] ? sys_hbuf(a[1], 6 * sizeof(uint32_t)) : NULL));
}

long sys_capget(struct cpu *c, const uint64_t *a) { return cap_call(a, 0); }
long sys_capset(struct cpu *c, const uint64_t *a) { return cap_call(a, 1); }

long sys_setfsuid(struct cpu *c, const uint64_t *a)
{
	return syscall(SYS_setfsuid, (uid_t)a[0]);
}

long sys_setfsgid(struct cpu *c, const uint64_t *a)
{
	return syscall(SYS_setfsgid, (gid_t)a[0]);
}

long sys_pidfd_open(struct cpu *c, const uint64_t *a)
{
	return sys_host(syscall(SYS_pidfd_open, (pid_t)a[0], (unsigned)a[1]));
}

/* sethostname/setdomainname: at most __NEW_UTS_LEN (64) bytes. */
static long set_uts(const uint64_t *a, int domain)
{
	char name[65];

	if ((int64_t)a[1] < 0 || a[1] > 64)
		return -EINVAL;
	if (gmem_read(name, a[0], a[1]))
		return -EFAULT;
	return sys_host(syscall(domain ? SYS_setdomainname : SYS_sethostname, name, (size_t)a[1]));
}

long sys_sethostname(struct cpu *c, const uint64_t *a) { return set_uts(a, 0); }
long sys_setdomainname(struct cpu *c, const uint64_t *a) { return set_uts(a, 1); }
