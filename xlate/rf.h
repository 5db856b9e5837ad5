/*
 * rf.h -- runforeign-wide basics: exit statuses, internal assertions.
 *
 * Three kinds of error never mix: guest-visible errors are -errno or a guest
 * signal; a user's mistake is one line on stderr plus an RF_EXIT_* status;
 * a bug in runforeign is RF_ASSERT/RF_PANIC, which reports file and line and
 * exits with RF_EXIT_INTERNAL.
 */
#ifndef RF_XLATE_RF_H
#define RF_XLATE_RF_H

/* Exit statuses of runforeign itself (documented in README.md).  Otherwise
 * the exit status is the guest's, and a guest killed by a signal kills
 * runforeign with the same signal. */
#define RF_EXIT_INTERNAL 120 /* a bug in runforeign: internal error */
#define RF_EXIT_USAGE 125    /* bad command line or environment option */
#define RF_EXIT_NOEXEC 126   /* the program exists but cannot be run (bad ELF, permission) */
#define RF_EXIT_NOENT 127    /* the program was not found */

#define RF_LIKELY(x) __builtin_expect(!!(x), 1)
#define RF_UNLIKELY(x) __builtin_expect(!!(x), 0)

/* rf_panic -- report an internal error with its source location and exit
 * with RF_EXIT_INTERNAL.  Never returns. */
_Noreturn void rf_panic(const char *file, int line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

#define RF_PANIC(...) rf_panic(__FILE__, __LINE__, __VA_ARGS__)
#define RF_ASSERT(cond) \
	do { if (RF_UNLIKELY(!(cond))) RF_PANIC("assertion failed: %s", #cond); } while (0)

#define RF_ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

#endif
