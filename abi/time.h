/*
 * time.h -- arm64 time structures: struct timespec and timeval
 * (include/uapi/linux/time_types.h, __kernel_old_timeval in
 * include/uapi/linux/time.h), struct timezone, struct itimerval and
 * struct tms (include/uapi/linux/times.h).  All 64-bit words on arm64.
 */
#ifndef RF_ABI_TIME_H
#define RF_ABI_TIME_H

#include <stddef.h>
#include <stdint.h>

struct guest_timespec {
	int64_t tv_sec;
	int64_t tv_nsec;
};
_Static_assert(sizeof(struct guest_timespec) == 16, "timespec size");
_Static_assert(offsetof(struct guest_timespec, tv_nsec) == 8, "timespec.tv_nsec");

struct guest_timeval {
	int64_t tv_sec;
	int64_t tv_usec;
};
_Static_assert(sizeof(struct guest_timeval) == 16, "timeval size");
_Static_assert(offsetof(struct guest_timeval, tv_usec) == 8, "timeval.tv_usec");

struct guest_timezone {
	int32_t tz_minuteswest;
	int32_t tz_dsttime;
};
_Static_assert(sizeof(struct guest_timezone) == 8, "timezone size");

struct guest_itimerval {
	struct guest_timeval it_interval;
	struct guest_timeval it_value;
};
_Static_assert(sizeof(struct guest_itimerval) == 32, "itimerval size");
_Static_assert(offsetof(struct guest_itimerval, it_value) == 16, "itimerval.it_value");

/* struct itimerspec (include/uapi/linux/time_types.h, __kernel_itimerspec). */
struct guest_itimerspec {
	struct guest_timespec it_interval;
	struct guest_timespec it_value;
};
_Static_assert(sizeof(struct guest_itimerspec) == 32, "itimerspec size");
_Static_assert(offsetof(struct guest_itimerspec, it_value) == 16, "itimerspec.it_value");

struct guest_tms {
	int64_t tms_utime;
	int64_t tms_stime;
	int64_t tms_cutime;
	int64_t tms_cstime;
};
_Static_assert(sizeof(struct guest_tms) == 32, "tms size");
_Static_assert(offsetof(struct guest_tms, tms_cstime) == 24, "tms.tms_cstime");

struct timespec;
struct timeval;
struct timezone;
struct itimerval;
struct tms;
struct itimerspec;
/* Converters, one per struct and direction. */
void abi_timespec_to_guest(struct guest_timespec *g, const struct timespec *h);
void abi_timespec_to_host(struct timespec *h, const struct guest_timespec *g);
void abi_timeval_to_guest(struct guest_timeval *g, const struct timeval *h);
void abi_timeval_to_host(struct timeval *h, const struct guest_timeval *g);
void abi_timezone_to_guest(struct guest_timezone *g, const struct timezone *h);
void abi_itimerval_to_guest(struct guest_itimerval *g, const struct itimerval *h);
void abi_itimerval_to_host(struct itimerval *h, const struct guest_itimerval *g);
void abi_itimerspec_to_guest(struct guest_itimerspec *g, const struct itimerspec *h);
void abi_itimerspec_to_host(struct itimerspec *h, const struct guest_itimerspec *g);
void abi_tms_to_guest(struct guest_tms *g, const struct tms *h);

#endif
