/*
 * sched.c -- scheduling: policies, parameters, affinity, priorities and
 * membarrier.  Policies (SCHED_*), struct sched_param (one int) and the
 * affinity mask (an array of unsigned long) are the same on arm64 and
 * x86-64 (include/uapi/linux/sched.h).
 */
#include <errno.h>
#include <sched.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#include "abi/time.h"
#include "syscall/syscall.h"
#include "syscall/uarg.h"

long sys_sched_setaffinity(struct cpu *c, const uint64_t *a)
{
	unsigned char mask[1024] = {0};
	uint64_t n = a[1] < sizeof mask ? a[1] : sizeof mask;

	if (gmem_read(mask, a[2], n))
		return -EFAULT;
	return sys_host(syscall(SYS_sched_setaffinity, (pid_t)a[0], n, mask));
}

long sys_sched_getscheduler(struct cpu *c, const uint64_t *a)
{
	return sys_host(syscall(SYS_sched_getscheduler, (pid_t)a[0]));
}

long sys_sched_getparam(struct cpu *c, const uint64_t *a)
{
	/* struct sched_param is one int on both. */
	return sys_host(syscall(SYS_sched_getparam, (pid_t)a[0], a[1] ? sys_hbuf(a[1], sizeof(int)) : NULL));
}

long sys_sched_setparam(struct cpu *c, const uint64_t *a)
{
	struct sched_param p;

	if (SYS_GET(p.sched_priority, a[1]))
		return -EFAULT;
	return sys_host(syscall(SYS_sched_setparam, (pid_t)a[0], &p));
}

long sys_sched_setscheduler(struct cpu *c, const uint64_t *a)
{
	struct sched_param p;

	if (SYS_GET(p.sched_priority, a[2]))
		return -EFAULT;
	return sys_host(syscall(SYS_sched_setscheduler, (pid_t)a[0], (int)a[1], &p));
}

long sys_sched_get_priority_max(struct cpu *c, const uint64_t *a)
{
	return sys_host(syscall(SYS_sched_get_priority_max, (int)a[0]));
}

long sys_sched_get_priority_min(struct cpu *c, const uint64_t *a)
{
	return sys_host(syscall(SYS_sched_get_priority_min, (int)a[0]));
}

long sys_sched_rr_get_interval(struct cpu *c, const uint64_t *a)
{
	struct timespec ts;
	struct guest_timespec g;

	if (syscall(SYS_sched_rr_get_interval, (pid_t)a[0], &ts) < 0)
		return -errno;
	abi_timespec_to_guest(&g, &ts);
	return SYS_PUT(a[1], g) ? -EFAULT : 0;
}

/* Guest threads are host threads, so the host's barriers cover them. */
long sys_membarrier(struct cpu *c, const uint64_t *a)
{
	return sys_host(syscall(SYS_membarrier, (int)a[0], (unsigned)a[1], (int)a[2]));
}

long sys_ioprio_set(struct cpu *c, const uint64_t *a)
{
	return sys_host(syscall(SYS_ioprio_set, (int)a[0], (int)a[1], (int)a[2]));
}

long sys_ioprio_get(struct cpu *c, const uint64_t *a)
{
	return sys_host(syscall(SYS_ioprio_get, (int)a[0], (int)a[1]));
}
