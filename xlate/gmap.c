/*
 * gmap.c -- the guest mapping list (see gmap.h).
 *
 * A sorted array of non-overlapping entries under one mutex.  Guest
 * processes have tens to a few thousand mappings; operations are linear.
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "xlate/gmap.h"
#include "xlate/gmem.h"
#include "xlate/rf.h"

static struct gmap_entry *ents;
static size_t nents, cap;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

void gmap_fork_prepare(void)
{
	pthread_mutex_lock(&lock);
}

void gmap_fork_done(void)
{
	pthread_mutex_unlock(&lock);
}

static int reserve(size_t extra)
{
	if (nents + extra > cap) {
		size_t ncap = (cap ? cap * 2 : 64) + extra;
		struct gmap_entry *n = realloc(ents, ncap * sizeof *n);
		if (!n)
			return -ENOMEM;
		ents = n;
		cap = ncap;
	}
	return 0;
}

/* Cut [start, end) out of the list; entries straddling an edge are split. */
static int cut_locked(guest_addr_t start, guest_addr_t end)
{
	size_t i = 0;

	if (reserve(1) < 0)
		return -ENOMEM;
	while (i < nents) {
		struct gmap_entry *e = &ents[i];
		if (e->end <= start || e->start >= end) {
			i++;
			continue;
		}
		if (e->start < start && e->end > end) {
			/* Split in two around the hole. */
			memmove(&ents[i + 1], &ents[i], (nents - i) * sizeof *e);
			nents++;
			ents[i].end = start;
			ents[i + 1].offset += end - ents[i + 1].start;
			ents[i + 1].start = end;
			return 0;
		}
		if (e->start < start) {
			e->end = start;
			i++;
		} else if (e->end > end) {
			e->offset += end - e->start;
			e->start = end;
			i++;
		} else {
			memmove(&ents[i], &ents[i + 1], (nents - i - 1) * sizeof *e);
			nents--;
		}
	}
	return 0;
}

int gmap_add(guest_addr_t start, uint64_t len, int prot, int flags,
	     uint64_t offset, uint64_t dev, uint64_t ino, const char *name)
{
	guest_addr_t end = start + len;
	size_t i;
	int r;

	pthread_mutex_lock(&lock);
	r = cut_locked(start, end);
	if (r == 0)
		r = reserve(1);
	if (r == 0) {
		for (i = 0; i < nents && ents[i].start < start; i++)
			;
		memmove(&ents[i + 1], &ents[i], (nents - i) * sizeof *ents);
		nents++;
		memset(&ents[i], 0, sizeof ents[i]);
		ents[i].start = start;
		ents[i].end = end;
		ents[i].prot = prot;
		ents[i].flags = flags;
		ents[i].offset = offset;
		ents[i].dev = dev;
		ents[i].ino = ino;
		if (name)
			snprintf(ents[i].name, sizeof ents[i].name, "%s", name);
	}
	pthread_mutex_unlock(&lock);
	return r;
}

void gmap_remove(guest_addr_t start, uint64_t len)
{
	pthread_mutex_lock(&lock);
	(void)cut_locked(start, start + len);
	pthread_mutex_unlock(&lock);
}

int gmap_protect(guest_addr_t start, uint64_t len, int prot)
{
	guest_addr_t end = start + len, p = start;
	size_t i;
	int r = 0;

	pthread_mutex_lock(&lock);
	/* Every page must be mapped, as mprotect requires. */
	for (i = 0; i < nents && p < end; i++) {
		if (ents[i].end <= p)
			continue;
		if (ents[i].start > p)
			break;
		p = ents[i].end;
	}
	if (p < end) {
		pthread_mutex_unlock(&lock);
		return -ENOMEM;
	}
	/* Split at the edges, then set prot on the covered entries. */
	for (i = 0; i < nents; i++) {
		struct gmap_entry *e = &ents[i];
		if (e->end <= start || e->start >= end || e->prot == prot)
			continue;
		if (e->start < start || e->end > end) {
			struct gmap_entry copy = *e;
			guest_addr_t s = copy.start > start ? copy.start : start;
			guest_addr_t t = copy.end < end ? copy.end : end;
			pthread_mutex_unlock(&lock);
			r = gmap_add(s, t - s, prot, copy.flags, copy.offset + (s - copy.start),
				     copy.dev, copy.ino, copy.name);
			if (r < 0)
				return r;
			pthread_mutex_lock(&lock);
			i = (size_t)-1; /* list changed: rescan */
			continue;
		}
		e->prot = prot;
	}
	pthread_mutex_unlock(&lock);
	return 0;
}

int gmap_prot(guest_addr_t addr)
{
	size_t lo = 0, hi;
	int r = -1;

	pthread_mutex_lock(&lock);
	hi = nents;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (ents[mid].end <= addr)
			lo = mid + 1;
		else if (ents[mid].start > addr)
			hi = mid;
		else {
			r = ents[mid].prot;
			break;
		}
	}
	pthread_mutex_unlock(&lock);
	return r;
}

int gmap_any_mapped(guest_addr_t start, uint64_t len)
{
	size_t i;
	int r = 0;

	pthread_mutex_lock(&lock);
	for (i = 0; i < nents; i++)
		if (ents[i].start < start + len && ents[i].end > start) {
			r = 1;
			break;
		}
	pthread_mutex_unlock(&lock);
	return r;
}

int gmap_all_mapped(guest_addr_t start, uint64_t len)
{
	guest_addr_t p = start, end = start + len;
	size_t i;

	pthread_mutex_lock(&lock);
	for (i = 0; i < nents && p < end; i++) {
		if (ents[i].end <= p)
			continue;
		if (ents[i].start > p)
			break;
		p = ents[i].end;
	}
	pthread_mutex_unlock(&lock);
	return p >= end;
}

guest_addr_t gmap_find_free(guest_addr_t hint, uint64_t len)
{
	/* Default placement: below this, growing down, like the kernel's
	 * top-down mmap layout (the guest stack sits above it). */
	const guest_addr_t top = GUEST_ADDR_LIMIT - (1ull << 36);
	const guest_addr_t low = 0x10000;
	guest_addr_t r = 0;
	size_t i;

	len = (len + GUEST_PAGE_SIZE - 1) & ~(GUEST_PAGE_SIZE - 1);
	if (len == 0 || len > top - low)
		return 0;
	pthread_mutex_lock(&lock);
	if (hint) {
		guest_addr_t p = hint & ~(GUEST_PAGE_SIZE - 1);
		if (p < low)
			p = low;
		for (i = 0; i < nents; i++) {
			if (ents[i].end <= p)
				continue;
			if (ents[i].start >= p + len)
				break;
			p = ents[i].end;
		}
		if (p + len <= GUEST_ADDR_LIMIT && p >= hint)
			r = p;
	}
	if (!r) {
		guest_addr_t p = top - len;
		i = nents;
		while (i > 0) {
			struct gmap_entry *e = &ents[i - 1];
			if (e->start >= p + len) {
				i--;
				continue;
			}
			if (e->end <= p)
				break;
			if (e->start < low + len) {
				p = 0;
				break;
			}
			p = e->start - len;
			i--;
		}
		if (p >= low)
			r = p;
	}
	pthread_mutex_unlock(&lock);
	return r;
}

struct gmap_entry *gmap_snapshot(size_t *n)
{
	struct gmap_entry *copy;

	pthread_mutex_lock(&lock);
	copy = malloc((nents ? nents : 1) * sizeof *copy);
	if (copy) {
		memcpy(copy, ents, nents * sizeof *copy);
		*n = nents;
	}
	pthread_mutex_unlock(&lock);
	return copy;
}
