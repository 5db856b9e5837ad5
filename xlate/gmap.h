/*
 * gmap.h -- runforeign's list of the guest's memory mappings.
 *
 * The kernel's view of the process includes runforeign itself; the guest's
 * view is this list.  It answers "what is mapped where, with which
 * protection" for /proc/self/maps, for mmap placement and MAP_FIXED checks,
 * and for the translator's execute-permission check.  Thread-safe.
 */
#ifndef RF_XLATE_GMAP_H
#define RF_XLATE_GMAP_H

#include <stdint.h>
#include <sys/types.h>
#include "xlate/cpu.h"

/* Protection bits: the guest's PROT_READ/WRITE/EXEC values (same as host). */
#define GMAP_R 1
#define GMAP_W 2
#define GMAP_X 4

/* Flags describing a mapping, for /proc/self/maps. */
#define GMAP_PRIVATE 0x1
#define GMAP_SHARED 0x2
#define GMAP_STACK 0x4  /* shows as [stack] */
#define GMAP_HEAP 0x8   /* shows as [heap] */

struct gmap_entry {
	guest_addr_t start, end;    /* [start, end), page aligned */
	int prot;                   /* GMAP_R|GMAP_W|GMAP_X */
	int flags;                  /* GMAP_* */
	uint64_t offset;            /* file offset of start */
	uint64_t dev, ino;          /* backing file identity, or 0 */
	char name[256];             /* path, "[stack]", "[heap]" or "" */
};

/* gmap_fork_prepare -- hold the list's lock across a host fork, so the
 * child does not inherit it held by another thread; gmap_fork_done --
 * release it (in the parent and in the child). */
void gmap_fork_prepare(void);
void gmap_fork_done(void);

/* gmap_add -- record [start, start+len) with the given attributes, replacing
 * whatever was recorded there.  0, or -ENOMEM. */
int gmap_add(guest_addr_t start, uint64_t len, int prot, int flags,
	     uint64_t offset, uint64_t dev, uint64_t ino, const char *name);

/* gmap_remove -- forget [start, start+len); splits entries as needed. */
void gmap_remove(guest_addr_t start, uint64_t len);

/* gmap_protect -- change the protection of the recorded parts of
 * [start, start+len).  Returns 0, or -ENOMEM if part of the range is not
 * mapped (mprotect's answer). */
int gmap_protect(guest_addr_t start, uint64_t len, int prot);

/* gmap_prot -- protection at addr, or -1 if addr is not mapped. */
int gmap_prot(guest_addr_t addr);

/* gmap_is_mapped -- 1 if any byte of [start, start+len) is mapped. */
int gmap_any_mapped(guest_addr_t start, uint64_t len);

/* gmap_all_mapped -- 1 if every page of [start, start+len) is mapped. */
int gmap_all_mapped(guest_addr_t start, uint64_t len);

/* gmap_find_free -- lowest free, page-aligned range of len bytes at or
 * above hint (or searching down from the top of guest space when hint is
 * 0), within guest space.  Returns the address, or 0 if there is none. */
guest_addr_t gmap_find_free(guest_addr_t hint, uint64_t len);

/* gmap_snapshot -- copy of all entries in address order (malloc'd, *n set);
 * NULL if out of memory. */
struct gmap_entry *gmap_snapshot(size_t *n);

#endif
