/*
 * time.c -- time structure converters (see time.h).
 */
#include <string.h>
#include <sys/time.h>
#include <sys/times.h>
#include <time.h>
#include "abi/time.h"

void abi_timespec_to_guest(struct guest_timespec *g, const struct timespec *h)
{
	g->tv_sec = h->tv_sec;
	g->tv_nsec = h->tv_nsec;
}

void abi_timespec_to_host(struct timespec *h, const struct guest_timespec *g)
{
	memset(h, 0, sizeof *h);
	h->tv_sec = g->tv_sec;
	h->tv_nsec = g->tv_nsec;
}

void abi_timeval_to_guest(struct guest_timeval *g, const struct timeval *h)
{
	g->tv_sec = h->tv_sec;
	g->tv_usec = h->tv_usec;
}

void abi_timeval_to_host(struct timeval *h, const struct guest_timeval *g)
{
	memset(h, 0, sizeof *h);
	h->tv_sec = g->tv_sec;
	h->tv_usec = g->tv_usec;
}

void abi_timezone_to_guest(struct guest_timezone *g, const struct timezone *h)
{
	g->tz_minuteswest = h->tz_minuteswest;
	g->tz_dsttime = h->tz_dsttime;
}

void abi_itimerval_to_guest(struct guest_itimerval *g, const struct itimerval *h)
{
	abi_timeval_to_guest(&g->it_interval, &h->it_interval);
	abi_timeval_to_guest(&g->it_value, &h->it_value);
}

void abi_itimerval_to_host(struct itimerval *h, const struct guest_itimerval *g)
{
	abi_timeval_to_host(&h->it_interval, &g->it_interval);
	abi_timeval_to_host(&h->it_value, &g->it_value);
}

void abi_tms_to_guest(struct guest_tms *g, const struct tms *h)
{
	g->tms_utime = h->tms_utime;
	g->tms_stime = h->tms_stime;
	g->tms_cutime = h->tms_cutime;
	g->tms_cstime = h->tms_cstime;
}

void abi_itimerspec_to_guest(struct guest_itimerspec *g, const struct itimerspec *h)
{
	abi_timespec_to_guest(&g->it_interval, &h->it_interval);
	abi_timespec_to_guest(&g->it_value, &h->it_value);
}

void abi_itimerspec_to_host(struct itimerspec *h, const struct guest_itimerspec *g)
{
	abi_timespec_to_host(&h->it_interval, &g->it_interval);
	abi_timespec_to_host(&h->it_value, &g->it_value);
}
