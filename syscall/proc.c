/*
 * proc.c -- process identity, limits and exit.
 */
#include <stdio.h>
#include <unistd.h>
#include "syscall/syscall.h"

long sys_exit_group(struct cpu *c, const uint64_t *a)
{
	sys_exit_process((int)a[0]);
}

long sys_exit(struct cpu *c, const uint64_t *a)
{
	return sys_exit_group(c, a);
}
