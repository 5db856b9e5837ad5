/*
 * sys_test.h -- helpers for the guest conformance programs in tests/sys.
 * Each program is built for AArch64 (run under runforeign) and natively;
 * everything it prints must be the same on both, so results are printed
 * as values or errno names, never as addresses or architecture-dependent
 * sizes.
 */
#ifndef SYS_TEST_H
#define SYS_TEST_H

#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>

/* Print "what: value" or "what: -1 ENAME" for a libc-style result. */
static inline long rep(const char *what, long r)
{
	if (r == -1)
		printf("%s: -1 %s\n", what, strerrorname_np(errno));
	else
		printf("%s: %ld\n", what, r);
	fflush(stdout);
	return r;
}

/* Print how a child ended, as wait() reported it. */
static inline void show_status(const char *what, int st)
{
	if (WIFEXITED(st))
		printf("%s: exited %d\n", what, WEXITSTATUS(st));
	else
		printf("%s: status %#x\n", what, st);
}

/* Print "what: yes/no" for a condition whose truth must match. */
static inline int says(const char *what, int cond)
{
	printf("%s: %s\n", what, cond ? "yes" : "no");
	fflush(stdout);
	return cond;
}

#if defined(__aarch64__)
#define NATIVE_MACHINE "aarch64"
#else
#define NATIVE_MACHINE "x86_64"
#endif

#endif
