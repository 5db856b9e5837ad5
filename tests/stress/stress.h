/* stress.h -- shared helpers for tests/stress: fail loudly with the reason. */
#ifndef STRESS_H
#define STRESS_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>

/* CHECK(cond, fmt, ...) -- print "FAIL: ..." and exit 1 when cond is false. */
#define CHECK(cond, ...) do { if (!(cond)) { \
	fprintf(stderr, "FAIL %s:%d: ", __FILE__, __LINE__); \
	fprintf(stderr, __VA_ARGS__); fputc('\n', stderr); exit(1); } } while (0)
#define CHECK_SYS(cond, what) CHECK(cond, "%s: %s", what, strerror(errno))
#endif
