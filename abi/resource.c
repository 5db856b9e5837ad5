/*
 * resource.c -- rlimit, rusage, sysinfo and utsname converters.
 */
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/sysinfo.h>
#include <sys/utsname.h>
#include "abi/resource.h"

void abi_rlimit_to_guest(struct guest_rlimit *g, const struct rlimit *h)
{
	g->rlim_cur = h->rlim_cur;
	g->rlim_max = h->rlim_max;
}

void abi_rlimit_to_host(struct rlimit *h, const struct guest_rlimit *g)
{
	h->rlim_cur = g->rlim_cur;
	h->rlim_max = g->rlim_max;
}

void abi_rusage_to_guest(struct guest_rusage *g, const struct rusage *h)
{
	memset(g, 0, sizeof *g);
	abi_timeval_to_guest(&g->ru_utime, &h->ru_utime);
	abi_timeval_to_guest(&g->ru_stime, &h->ru_stime);
	g->ru_maxrss = h->ru_maxrss;
	g->ru_ixrss = h->ru_ixrss;
	g->ru_idrss = h->ru_idrss;
	g->ru_isrss = h->ru_isrss;
	g->ru_minflt = h->ru_minflt;
	g->ru_majflt = h->ru_majflt;
	g->ru_nswap = h->ru_nswap;
	g->ru_inblock = h->ru_inblock;
	g->ru_oublock = h->ru_oublock;
	g->ru_msgsnd = h->ru_msgsnd;
	g->ru_msgrcv = h->ru_msgrcv;
	g->ru_nsignals = h->ru_nsignals;
	g->ru_nvcsw = h->ru_nvcsw;
	g->ru_nivcsw = h->ru_nivcsw;
}

void abi_sysinfo_to_guest(struct guest_sysinfo *g, const struct sysinfo *h)
{
	memset(g, 0, sizeof *g);
	g->uptime = h->uptime;
	memcpy(g->loads, h->loads, sizeof g->loads);
	g->totalram = h->totalram;
	g->freeram = h->freeram;
	g->sharedram = h->sharedram;
	g->bufferram = h->bufferram;
	g->totalswap = h->totalswap;
	g->freeswap = h->freeswap;
	g->procs = h->procs;
	g->totalhigh = h->totalhigh;
	g->freehigh = h->freehigh;
	g->mem_unit = h->mem_unit;
}

void abi_utsname_to_guest(struct guest_utsname *g, const struct utsname *h)
{
	memset(g, 0, sizeof *g);
	snprintf(g->sysname, sizeof g->sysname, "%s", h->sysname);
	snprintf(g->nodename, sizeof g->nodename, "%s", h->nodename);
	snprintf(g->release, sizeof g->release, "%s", h->release);
	snprintf(g->version, sizeof g->version, "%s", h->version);
	snprintf(g->machine, sizeof g->machine, "%s", "aarch64");
	snprintf(g->domainname, sizeof g->domainname, "%s", h->domainname);
}
