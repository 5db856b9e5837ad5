/*
 * fd.c -- file descriptor I/O.
 */
#include <errno.h>
#include <unistd.h>
#include "syscall/syscall.h"
#include "xlate/gmem.h"

long sys_write(struct cpu *c, const uint64_t *a)
{
	ssize_t r;

	if (!gmem_range_ok(a[1], a[2]))
		return -EFAULT;
	r = write((int)a[0], g2h(a[1]), a[2]);
	return r < 0 ? -errno : r;
}
