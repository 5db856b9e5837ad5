/*
 * mman.h -- arm64 mmap/mprotect/mremap/madvise constants.
 * Sources: include/uapi/asm-generic/mman-common.h, asm-generic/mman.h and
 * arch/arm64/include/uapi/asm/mman.h (PROT_BTI, PROT_MTE).
 */
#ifndef RF_ABI_MMAN_H
#define RF_ABI_MMAN_H

#include <stdint.h>
#include "abi/flags.h"

#define GUEST_PROT_NONE 0x0
#define GUEST_PROT_READ 0x1
#define GUEST_PROT_WRITE 0x2
#define GUEST_PROT_EXEC 0x4
#define GUEST_PROT_BTI 0x10
#define GUEST_PROT_MTE 0x20
#define GUEST_PROT_GROWSDOWN 0x01000000
#define GUEST_PROT_GROWSUP 0x02000000

#define GUEST_MAP_SHARED 0x01
#define GUEST_MAP_PRIVATE 0x02
#define GUEST_MAP_SHARED_VALIDATE 0x03
#define GUEST_MAP_TYPE 0x0f
#define GUEST_MAP_FIXED 0x10
#define GUEST_MAP_ANONYMOUS 0x20
#define GUEST_MAP_GROWSDOWN 0x0100
#define GUEST_MAP_DENYWRITE 0x0800
#define GUEST_MAP_EXECUTABLE 0x1000
#define GUEST_MAP_LOCKED 0x2000
#define GUEST_MAP_NORESERVE 0x4000
#define GUEST_MAP_POPULATE 0x8000
#define GUEST_MAP_NONBLOCK 0x10000
#define GUEST_MAP_STACK 0x20000
#define GUEST_MAP_HUGETLB 0x40000
#define GUEST_MAP_SYNC 0x80000
#define GUEST_MAP_FIXED_NOREPLACE 0x100000
#define GUEST_MAP_HUGE_SHIFT 26
#define GUEST_MAP_HUGE_MASK 0x3f

#define GUEST_MREMAP_MAYMOVE 1
#define GUEST_MREMAP_FIXED 2
#define GUEST_MREMAP_DONTUNMAP 4

/* Tables for --strace: PROT_* and MAP_* (the type is printed separately). */
extern const struct abi_flag_table abi_prot_flags;
extern const struct abi_flag_table abi_map_flags;

/* abi_map_flags_to_host -- host mmap flags for the guest's, without
 * MAP_FIXED/MAP_FIXED_NOREPLACE (placement is runforeign's decision) and
 * without the flags that only describe the mapping (MAP_GROWSDOWN,
 * MAP_STACK, MAP_DENYWRITE, MAP_EXECUTABLE). */
int abi_map_flags_to_host(uint64_t guest);

#endif
