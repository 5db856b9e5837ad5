/*
 * resource.h -- arm64 process-resource structures: struct rlimit64
 * (include/uapi/linux/resource.h), struct rusage (same header, with
 * __kernel_old_timeval), struct sysinfo (include/uapi/linux/sysinfo.h) and
 * struct new_utsname (include/uapi/linux/utsname.h).
 */
#ifndef RF_ABI_RESOURCE_H
#define RF_ABI_RESOURCE_H

#include <stddef.h>
#include <stdint.h>
#include "abi/time.h"

struct guest_rlimit {
	uint64_t rlim_cur;
	uint64_t rlim_max;
};
_Static_assert(sizeof(struct guest_rlimit) == 16, "rlimit size");

struct guest_rusage {
	struct guest_timeval ru_utime;
	struct guest_timeval ru_stime;
	int64_t ru_maxrss, ru_ixrss, ru_idrss, ru_isrss, ru_minflt, ru_majflt, ru_nswap;
	int64_t ru_inblock, ru_oublock, ru_msgsnd, ru_msgrcv, ru_nsignals, ru_nvcsw, ru_nivcsw;
};
_Static_assert(sizeof(struct guest_rusage) == 144, "rusage size");
_Static_assert(offsetof(struct guest_rusage, ru_maxrss) == 32, "rusage.ru_maxrss");
_Static_assert(offsetof(struct guest_rusage, ru_nivcsw) == 136, "rusage.ru_nivcsw");

struct guest_sysinfo {
	int64_t uptime;
	uint64_t loads[3];
	uint64_t totalram, freeram, sharedram, bufferram, totalswap, freeswap;
	uint16_t procs;
	uint16_t pad;
	uint32_t pad1;
	uint64_t totalhigh, freehigh;
	uint32_t mem_unit;
	uint32_t pad2;
};
_Static_assert(sizeof(struct guest_sysinfo) == 112, "sysinfo size");
_Static_assert(offsetof(struct guest_sysinfo, procs) == 80, "sysinfo.procs");
_Static_assert(offsetof(struct guest_sysinfo, totalhigh) == 88, "sysinfo.totalhigh");
_Static_assert(offsetof(struct guest_sysinfo, mem_unit) == 104, "sysinfo.mem_unit");

#define GUEST_UTS_LEN 65
struct guest_utsname {
	char sysname[GUEST_UTS_LEN];
	char nodename[GUEST_UTS_LEN];
	char release[GUEST_UTS_LEN];
	char version[GUEST_UTS_LEN];
	char machine[GUEST_UTS_LEN];
	char domainname[GUEST_UTS_LEN];
};
_Static_assert(sizeof(struct guest_utsname) == 390, "utsname size");
_Static_assert(offsetof(struct guest_utsname, machine) == 260, "utsname.machine");

struct rlimit;
struct rusage;
struct sysinfo;
struct utsname;
/* Converters, one per struct and direction. */
void abi_rlimit_to_guest(struct guest_rlimit *g, const struct rlimit *h);
void abi_rlimit_to_host(struct rlimit *h, const struct guest_rlimit *g);
void abi_rusage_to_guest(struct guest_rusage *g, const struct rusage *h);
void abi_sysinfo_to_guest(struct guest_sysinfo *g, const struct sysinfo *h);
/* abi_utsname_to_guest -- copy the host's uname, with machine "aarch64". */
void abi_utsname_to_guest(struct guest_utsname *g, const struct utsname *h);

#endif
