/*
 * mman.c -- PROT_* and MAP_* tables (see mman.h).
 */
#include <sys/mman.h>
#include "abi/mman.h"

static const struct abi_flag prot_rows[] = {
	{GUEST_PROT_READ, PROT_READ, "PROT_READ"},
	{GUEST_PROT_WRITE, PROT_WRITE, "PROT_WRITE"},
	{GUEST_PROT_EXEC, PROT_EXEC, "PROT_EXEC"},
	{GUEST_PROT_BTI, 0, "PROT_BTI"},
	{GUEST_PROT_MTE, 0, "PROT_MTE"},
	{GUEST_PROT_GROWSDOWN, PROT_GROWSDOWN, "PROT_GROWSDOWN"},
	{GUEST_PROT_GROWSUP, PROT_GROWSUP, "PROT_GROWSUP"},
};
const struct abi_flag_table abi_prot_flags = {prot_rows, sizeof prot_rows / sizeof prot_rows[0]};

/* Flags passed on to the host mapping. */
static const struct abi_flag map_rows[] = {
	{GUEST_MAP_FIXED, 0, "MAP_FIXED"},
	{GUEST_MAP_ANONYMOUS, MAP_ANONYMOUS, "MAP_ANONYMOUS"},
	{GUEST_MAP_GROWSDOWN, 0, "MAP_GROWSDOWN"},
	{GUEST_MAP_DENYWRITE, 0, "MAP_DENYWRITE"},
	{GUEST_MAP_EXECUTABLE, 0, "MAP_EXECUTABLE"},
	{GUEST_MAP_LOCKED, MAP_LOCKED, "MAP_LOCKED"},
	{GUEST_MAP_NORESERVE, MAP_NORESERVE, "MAP_NORESERVE"},
	{GUEST_MAP_POPULATE, MAP_POPULATE, "MAP_POPULATE"},
	{GUEST_MAP_NONBLOCK, MAP_NONBLOCK, "MAP_NONBLOCK"},
	{GUEST_MAP_STACK, 0, "MAP_STACK"},
	{GUEST_MAP_HUGETLB, MAP_HUGETLB, "MAP_HUGETLB"},
	{GUEST_MAP_SYNC, MAP_SYNC, "MAP_SYNC"},
	{GUEST_MAP_FIXED_NOREPLACE, 0, "MAP_FIXED_NOREPLACE"},
};
const struct abi_flag_table abi_map_flags = {map_rows, sizeof map_rows / sizeof map_rows[0]};

int abi_map_flags_to_host(uint64_t guest)
{
	int h = (int)(guest & GUEST_MAP_TYPE);

	h |= (int)abi_flags_to_host(&abi_map_flags, guest & ~(uint64_t)GUEST_MAP_TYPE, NULL);
	if (guest & GUEST_MAP_HUGETLB)
		h |= (int)(guest & ((uint64_t)GUEST_MAP_HUGE_MASK << GUEST_MAP_HUGE_SHIFT));
	return h;
}
