/*
 * mm.c -- the guest's address space: brk, mmap, munmap, mprotect, mremap,
 * madvise, msync, mincore, the mlock family and System V shmat/shmdt.
 *
 * The guest's view of its memory is the mapping list (xlate/gmap.h), kept
 * in step with the host mappings under one lock.  Addresses are chosen
 * from what the list says is free, below GUEST_ADDR_LIMIT; anything that
 * would reach GUEST_ADDR_LIMIT fails as the kernel fails a request beyond
 * TASK_SIZE, so the guest can never map over runforeign.  Guest code is
 * only guest memory exists below GUEST_ADDR_LIMIT, so the list is the
 * authority: space it calls free is mapped with MAP_FIXED, replacing any
 * host reservation it does not record (such as the PROT_NONE holes between
 * an image's segments).  Guest code is
 * interpreted, so the host never needs PROT_EXEC: guest PROT_EXEC becomes
 * host PROT_READ (the translator reads the code) and is recorded in the
 * list, where the translator checks it.  Semantics: mm/mmap.c, mm/mremap.c,
 * mm/mprotect.c and mm/madvise.c.
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/shm.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "abi/ipc.h"
#include "abi/mman.h"
#include "syscall/syscall.h"
#include "syscall/uarg.h"
#include "xlate/gmap.h"
#include "xlate/xlate.h"

#define PAGE_MASK_G (GUEST_PAGE_SIZE - 1)
/* The kernel's default vm.mmap_min_addr: hints below it are not used. */
#define MMAP_MIN_ADDR 0x10000ULL

/* Taken before the mapping list's lock and the block cache's. */
static pthread_mutex_t mm_lock = PTHREAD_MUTEX_INITIALIZER;

void sys_mm_lock(void)
{
	pthread_mutex_lock(&mm_lock);
}

void sys_mm_unlock(void)
{
	pthread_mutex_unlock(&mm_lock);
}

void sys_mm_fork_prepare(void)
{
	pthread_mutex_lock(&mm_lock);
}

void sys_mm_fork_done(void)
{
	pthread_mutex_unlock(&mm_lock);
}

/* Round len up to pages; 0 if that overflows or leaves guest space. */
static uint64_t page_len(uint64_t len)
{
	if (len > GUEST_ADDR_LIMIT)
		return 0;
	return (len + PAGE_MASK_G) & ~PAGE_MASK_G;
}

static int range_in_guest(guest_addr_t a, uint64_t len)
{
	return a < GUEST_ADDR_LIMIT && len <= GUEST_ADDR_LIMIT - a;
}

static int host_prot(int gprot)
{
	int h = gprot & (PROT_READ | PROT_WRITE);

	if (gprot & GUEST_PROT_EXEC)
		h |= PROT_READ;
	return h;
}

/* 1 if any recorded mapping in [a, a+len) is executable. */
static int range_has_exec(guest_addr_t a, uint64_t len)
{
	size_t n, i;
	struct gmap_entry *e = gmap_snapshot(&n);
	int r = 1;

	if (!e)
		return 1;
	for (i = 0, r = 0; i < n && !r; i++)
		r = e[i].start < a + len && e[i].end > a && (e[i].prot & GMAP_X);
	free(e);
	return r;
}

/* Two list entries the kernel would hold as one VMA (it merges equal
 * neighbours; the list keeps whatever splits mprotect and brk made). */
static int mergeable(const struct gmap_entry *a, const struct gmap_entry *b)
{
	return a->end == b->start && a->prot == b->prot && a->flags == b->flags &&
	       a->dev == b->dev && a->ino == b->ino && strcmp(a->name, b->name) == 0 &&
	       (!a->ino || a->offset + (a->end - a->start) == b->offset);
}

/* The mapping (merged as the kernel would) that contains [a, a+len)
 * entirely; 0 if found. */
static int find_entry(guest_addr_t a, uint64_t len, struct gmap_entry *out)
{
	size_t n, i, j;
	struct gmap_entry *e = gmap_snapshot(&n);
	int r = -1;

	if (!e)
		return -1;
	for (i = 0; i < n; i++) {
		if (e[i].end <= a || e[i].start > a)
			continue;
		while (i > 0 && mergeable(&e[i - 1], &e[i]))
			i--;
		*out = e[i];
		for (j = i + 1; j < n && mergeable(&e[j - 1], &e[j]); j++)
			out->end = e[j].end;
		r = out->end >= a + len ? 0 : -1;
		break;
	}
	free(e);
	return r;
}

long sys_brk(struct cpu *c, const uint64_t *a)
{
	guest_addr_t want = a[0], oldtop, newtop;
	long r;

	pthread_mutex_lock(&mm_lock);
	if (!rf_proc.brk_cur)
		rf_proc.brk_cur = rf_proc.brk_start;
	r = (long)rf_proc.brk_cur;
	if (want < rf_proc.brk_start || want >= GUEST_ADDR_LIMIT)
		goto out;
	oldtop = (rf_proc.brk_cur + PAGE_MASK_G) & ~PAGE_MASK_G;
	newtop = (want + PAGE_MASK_G) & ~PAGE_MASK_G;
	if (newtop > oldtop) {
		void *p;
		if (gmap_any_mapped(oldtop, newtop - oldtop))
			goto out;
		p = mmap(g2h(oldtop), newtop - oldtop, PROT_READ | PROT_WRITE,
			 MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
		if (p == MAP_FAILED)
			goto out;
		if (gmap_add(oldtop, newtop - oldtop, GMAP_R | GMAP_W, GMAP_PRIVATE | GMAP_HEAP,
			     0, 0, 0, "[heap]") < 0) {
			munmap(p, newtop - oldtop);
			goto out;
		}
	} else if (newtop < oldtop) {
		munmap(g2h(newtop), oldtop - newtop);
		gmap_remove(newtop, oldtop - newtop);
	}
	rf_proc.brk_cur = want;
	r = (long)want;
out:
	pthread_mutex_unlock(&mm_lock);
	return r;
}

/* Identity of a file-backed mapping for /proc/self/maps. */
struct map_src {
	uint64_t dev, ino;
	char name[256];
};

static long map_source(int fd, int flags, struct map_src *s)
{
	struct stat st;
	char link[64];
	ssize_t n;

	s->dev = s->ino = 0;
	s->name[0] = '\0';
	if (flags & GUEST_MAP_ANONYMOUS) {
		if ((flags & GUEST_MAP_TYPE) != GUEST_MAP_PRIVATE)
			snprintf(s->name, sizeof s->name, "/dev/zero (deleted)");
		return 0;
	}
	if (fstat(fd, &st) < 0)
		return -EBADF;
	s->dev = st.st_dev;
	s->ino = st.st_ino;
	snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
	n = readlink(link, s->name, sizeof s->name - 1);
	s->name[n > 0 ? n : 0] = '\0';
	return 0;
}

/* Where a mapping of len bytes goes: the guest's choice for MAP_FIXED*,
 * else its hint if free, else the highest free gap.  0 and *where set, or
 * -errno. */
static long map_place(guest_addr_t addr, uint64_t len, int flags, guest_addr_t *where)
{
	if (flags & (GUEST_MAP_FIXED | GUEST_MAP_FIXED_NOREPLACE)) {
		if (addr & PAGE_MASK_G)
			return -EINVAL;
		if (!range_in_guest(addr, len))
			return -ENOMEM;
		if (!(flags & GUEST_MAP_FIXED) && gmap_any_mapped(addr, len))
			return -EEXIST;
		*where = addr;
		return 0;
	}
	addr &= ~PAGE_MASK_G;
	if (addr >= MMAP_MIN_ADDR && range_in_guest(addr, len) && !gmap_any_mapped(addr, len)) {
		*where = addr;
		return 0;
	}
	*where = gmap_find_free(0, len);
	return *where ? 0 : -ENOMEM;
}

/* file_mmap_ok(): the mapping's end fits the file's largest offset
 * (LLONG_MAX for regular files, block devices and sockets; ULONG_MAX
 * otherwise). */
static int file_mmap_ok(int fd, uint64_t pgoff, uint64_t len)
{
	struct stat st;
	uint64_t max = UINT64_MAX;

	if (fstat(fd, &st) == 0 && (S_ISREG(st.st_mode) || S_ISBLK(st.st_mode) || S_ISSOCK(st.st_mode)))
		max = INT64_MAX;
	return len <= max && pgoff <= (max - len) >> 12;
}

/* path_noexec(): a file on a noexec mount or on a pseudo file system
 * (sockets, pipes, anonymous inodes), which the kernel marks noexec. */
static int fd_noexec(int fd)
{
	struct statfs fs;

	if (fstatfs(fd, &fs) < 0)
		return 0;
	return (fs.f_flags & ST_NOEXEC) || fs.f_type == 0x534f434b /* sockfs */ ||
	       fs.f_type == 0x50495045 /* pipefs */ || fs.f_type == 0x09041934 /* anon_inodefs */;
}

static long mmap_locked(guest_addr_t addr, uint64_t len, int prot, int flags, int fd,
			uint64_t off)
{
	struct map_src src;
	guest_addr_t where;
	int fixed = flags & (GUEST_MAP_FIXED | GUEST_MAP_FIXED_NOREPLACE);
	int replaced, hflags = abi_map_flags_to_host((unsigned)flags);
	long r;
	void *p;

	if ((r = map_source(fd, flags, &src)) < 0 || (r = map_place(addr, len, flags, &where)) < 0)
		return r;
	replaced = fixed && gmap_any_mapped(where, len);
	p = mmap(g2h(where), len, host_prot(prot), hflags | MAP_FIXED,
		 (flags & GUEST_MAP_ANONYMOUS) ? -1 : fd, (off_t)off);
	/* The host mapping is never executable, so the host cannot refuse
	 * PROT_EXEC on a noexec file; the kernel does, after the access
	 * checks and before asking the file to map (ENODEV). */
	if ((p != MAP_FAILED || errno == ENODEV) && (prot & GUEST_PROT_EXEC) &&
	    !(flags & GUEST_MAP_ANONYMOUS) && fd_noexec(fd)) {
		if (p != MAP_FAILED)
			munmap(p, len);
		return -EPERM;
	}
	if (p == MAP_FAILED)
		return -errno;
	if (replaced && range_has_exec(where, len))
		xlate_invalidate(where, len);
	if (gmap_add(where, len, prot,
		     (flags & GUEST_MAP_TYPE) == GUEST_MAP_PRIVATE ? GMAP_PRIVATE : GMAP_SHARED,
		     (flags & GUEST_MAP_ANONYMOUS) ? 0 : off, src.dev, src.ino, src.name) < 0) {
		munmap(p, len);
		gmap_remove(where, len);
		return -ENOMEM;
	}
	return (long)where;
}

long sys_mmap(struct cpu *c, const uint64_t *a)
{
	uint64_t len = page_len(a[1]);
	int flags = (int)a[3], type = flags & GUEST_MAP_TYPE;
	/* mmap ignores protection bits it does not know (calc_vm_prot_bits();
	 * without BTI and MTE in the advertised CPU, those two as well). */
	int prot = (int)a[2] & (GUEST_PROT_READ | GUEST_PROT_WRITE | GUEST_PROT_EXEC);
	long r;

	/* ksys_mmap_pgoff() and do_mmap()'s order: offset, fd, length,
	 * then the mapping type. */
	if (a[5] & PAGE_MASK_G)
		return -EINVAL;
	if (!(flags & GUEST_MAP_ANONYMOUS) && fcntl((int)a[4], F_GETFD) < 0)
		return -EBADF;
	if (a[1] == 0)
		return -EINVAL;
	if (len == 0)
		return -ENOMEM;
	if ((a[5] >> 12) + (len >> 12) < (a[5] >> 12) ||
	    (!(flags & GUEST_MAP_ANONYMOUS) && !file_mmap_ok((int)a[4], a[5] >> 12, len)))
		return -EOVERFLOW;
	if (type != GUEST_MAP_SHARED && type != GUEST_MAP_PRIVATE &&
	    type != GUEST_MAP_SHARED_VALIDATE)
		return -EINVAL;
	pthread_mutex_lock(&mm_lock);
	r = mmap_locked(a[0], len, prot, flags, (int)a[4], a[5]);
	pthread_mutex_unlock(&mm_lock);
	return r;
}

long sys_munmap(struct cpu *c, const uint64_t *a)
{
	guest_addr_t addr = a[0];
	uint64_t len = page_len(a[1]);

	if ((addr & PAGE_MASK_G) || len == 0 || !range_in_guest(addr, len))
		return -EINVAL;
	pthread_mutex_lock(&mm_lock);
	if (gmap_any_mapped(addr, len)) {
		int had_exec = range_has_exec(addr, len);
		munmap(g2h(addr), len);
		gmap_remove(addr, len);
		if (had_exec)
			xlate_invalidate(addr, len);
	}
	pthread_mutex_unlock(&mm_lock);
	return 0;
}

/* PROT_SEM: accepted everywhere, meaningless here. */
#define GUEST_PROT_SEM 0x8

/* The checks in do_mprotect_pkey()'s order: both grow flags, alignment,
 * an empty range (success), a wrapping range, the protection bits
 * (arch_validate_prot(): no BTI or MTE in the advertised CPU), then the
 * mappings. */
long sys_mprotect(struct cpu *c, const uint64_t *a)
{
	guest_addr_t addr = a[0];
	uint64_t len = (a[1] + PAGE_MASK_G) & ~PAGE_MASK_G;
	int grows = (int)a[2] & (GUEST_PROT_GROWSDOWN | GUEST_PROT_GROWSUP);
	int prot = (int)a[2] & ~grows;
	long r = 0;

	if (grows == (GUEST_PROT_GROWSDOWN | GUEST_PROT_GROWSUP) || (addr & PAGE_MASK_G))
		return -EINVAL;
	if (a[1] == 0)
		return 0;
	if (addr + len <= addr)
		return -ENOMEM;
	if (prot & ~(GUEST_PROT_READ | GUEST_PROT_WRITE | GUEST_PROT_EXEC | GUEST_PROT_SEM))
		return -EINVAL;
	prot &= ~GUEST_PROT_SEM;
	if (!range_in_guest(addr, len))
		return -ENOMEM;
	pthread_mutex_lock(&mm_lock);
	if (!gmap_all_mapped(addr, len)) {
		r = -ENOMEM;
	} else {
		int had_exec = range_has_exec(addr, len);
		if (mprotect(g2h(addr), len, host_prot(prot)) < 0)
			r = -errno;
		else if ((r = gmap_protect(addr, len, prot)) == 0 &&
			 (had_exec || (prot & GUEST_PROT_EXEC)))
			xlate_invalidate(addr, len);
	}
	pthread_mutex_unlock(&mm_lock);
	return r;
}

/* mremap that moves [old, old+olen) to new (len nlen), host and list. */
static long remap_move(const struct gmap_entry *e, guest_addr_t old, uint64_t olen,
		       uint64_t nlen, guest_addr_t dst, int dontunmap)
{
	int hf = MREMAP_MAYMOVE | MREMAP_FIXED | (dontunmap ? MREMAP_DONTUNMAP : 0);
	void *p = mremap(g2h(old), olen, nlen, hf, g2h(dst));

	if (p == MAP_FAILED)
		return -errno;
	if (gmap_any_mapped(dst, nlen) && range_has_exec(dst, nlen))
		xlate_invalidate(dst, nlen);
	if (!dontunmap) {
		gmap_remove(old, olen);
		if (e->prot & GMAP_X)
			xlate_invalidate(old, olen);
	}
	gmap_add(dst, nlen, e->prot, e->flags, e->offset + (old - e->start), e->dev, e->ino,
		 e->name);
	return (long)dst;
}

/* A move of several adjacent mappings at once: an MREMAP_FIXED move
 * without a resize may span mappings but no gap (the kernel permits it
 * since 6.17; an older host refuses it with EFAULT, as that kernel would).
 * The list follows entry by entry. */
static long remap_move_multi(guest_addr_t old, uint64_t len, guest_addr_t dst, int dontunmap)
{
	int hf = MREMAP_MAYMOVE | MREMAP_FIXED | (dontunmap ? MREMAP_DONTUNMAP : 0);
	struct gmap_entry *e;
	int had_exec;
	size_t n, i;
	void *p;

	if (!gmap_all_mapped(old, len))
		return -EFAULT;
	e = gmap_snapshot(&n);
	if (!e)
		return -ENOMEM;
	had_exec = range_has_exec(old, len);
	p = mremap(g2h(old), len, len, hf, g2h(dst));
	if (p == MAP_FAILED) {
		free(e);
		return -errno;
	}
	if (gmap_any_mapped(dst, len) && range_has_exec(dst, len))
		xlate_invalidate(dst, len);
	gmap_remove(dst, len);
	if (!dontunmap) {
		gmap_remove(old, len);
		if (had_exec)
			xlate_invalidate(old, len);
	}
	for (i = 0; i < n; i++) {
		guest_addr_t s = e[i].start > old ? e[i].start : old;
		guest_addr_t t = e[i].end < old + len ? e[i].end : old + len;
		if (s < t)
			gmap_add(dst + (s - old), t - s, e[i].prot, e[i].flags,
				 e[i].offset + (s - e[i].start), e[i].dev, e[i].ino, e[i].name);
	}
	free(e);
	return (long)dst;
}

/* Unmap [a, a+len) in guest space, host and list. */
static void unmap_tail(guest_addr_t a, uint64_t len)
{
	if (len && gmap_any_mapped(a, len)) {
		int had_exec = range_has_exec(a, len);
		munmap(g2h(a), len);
		gmap_remove(a, len);
		if (had_exec)
			xlate_invalidate(a, len);
	}
}

/* In mm/mremap.c's order, after the argument checks: a mapping at old
 * (EFAULT), then the whole old range in one mapping (EFAULT) for a move or
 * a growth; shrinking in place just unmaps the tail. */
static long mremap_locked(guest_addr_t old, uint64_t olen, uint64_t nlen, int flags,
			  guest_addr_t naddr)
{
	struct gmap_entry e;
	guest_addr_t dst;

	if (!range_in_guest(old, 1) || find_entry(old, 1, &e) < 0)
		return -EFAULT;
	/* old_len 0 duplicates a shared mapping: not supported here (the
	 * kernel refuses it for a private one). */
	if (olen == 0)
		return -EINVAL;
	if (flags & GUEST_MREMAP_FIXED) {
		/* A shrinking move first unmaps the tail it leaves behind. */
		if (olen > nlen) {
			if (!range_in_guest(old, olen))
				return -EINVAL;
			unmap_tail(old + nlen, olen - nlen);
			olen = nlen;
		}
		if (!range_in_guest(old, olen))
			return -EFAULT;
		if (find_entry(old, olen, &e) < 0)
			return olen == nlen ? remap_move_multi(old, olen, naddr, flags & GUEST_MREMAP_DONTUNMAP)
					    : -EFAULT;
		return remap_move(&e, old, olen, nlen, naddr, flags & GUEST_MREMAP_DONTUNMAP);
	}
	if (flags & GUEST_MREMAP_DONTUNMAP) {
		if (!range_in_guest(old, olen) || find_entry(old, olen, &e) < 0)
			return -EFAULT;
		dst = gmap_find_free(0, nlen);
		return dst ? remap_move(&e, old, olen, nlen, dst, 1) : -ENOMEM;
	}
	if (nlen <= olen) {
		if (!range_in_guest(old, olen))
			return -EINVAL;
		unmap_tail(old + nlen, olen - nlen);
		return (long)old;
	}
	if (!range_in_guest(old, olen) || find_entry(old, olen, &e) < 0)
		return -EFAULT;
	if (!(flags & GUEST_MREMAP_DONTUNMAP) && range_in_guest(old, nlen) &&
	    !gmap_any_mapped(old + olen, nlen - olen) &&
	    mremap(g2h(old), olen, nlen, 0) != MAP_FAILED) {
		gmap_add(old + olen, nlen - olen, e.prot, e.flags, e.offset + (old + olen - e.start),
			 e.dev, e.ino, e.name);
		return (long)old;
	}
	if (!(flags & GUEST_MREMAP_MAYMOVE))
		return -ENOMEM;
	dst = gmap_find_free(0, nlen);
	if (!dst)
		return -ENOMEM;
	return remap_move(&e, old, olen, nlen, dst, flags & GUEST_MREMAP_DONTUNMAP);
}

long sys_mremap(struct cpu *c, const uint64_t *a)
{
	guest_addr_t old = a[0];
	/* PAGE_ALIGN() as the kernel's, wrapping to 0 (an old length of 0
	 * is the shared-mapping duplicate case). */
	uint64_t olen = (a[1] + PAGE_MASK_G) & ~PAGE_MASK_G, nlen = (a[2] + PAGE_MASK_G) & ~PAGE_MASK_G;
	uint64_t flags = a[3];	/* an unsigned long in the kernel */
	long r;

	if (flags & ~(uint64_t)(GUEST_MREMAP_MAYMOVE | GUEST_MREMAP_FIXED | GUEST_MREMAP_DONTUNMAP))
		return -EINVAL;
	if ((flags & (GUEST_MREMAP_FIXED | GUEST_MREMAP_DONTUNMAP)) &&
	    !(flags & GUEST_MREMAP_MAYMOVE))
		return -EINVAL;
	if (old & PAGE_MASK_G)
		return -EINVAL;
	if (nlen == 0)
		return -EINVAL;
	/* MREMAP_DONTUNMAP moves without resizing (page-aligned lengths). */
	if ((flags & GUEST_MREMAP_DONTUNMAP) && olen != nlen)
		return -EINVAL;
	/* The new place (check_mremap_params()): aligned, in range, apart. */
	if ((flags & GUEST_MREMAP_FIXED) &&
	    ((a[4] & PAGE_MASK_G) || !range_in_guest(a[4], nlen) ||
	     (a[4] < old + olen && old < a[4] + nlen)))
		return -EINVAL;
	pthread_mutex_lock(&mm_lock);
	r = mremap_locked(old, olen, nlen, (int)flags, a[4]);
	pthread_mutex_unlock(&mm_lock);
	return r;
}

/* The checks in do_madvise()'s order: the advice (asked of the host on an
 * empty range, which touches nothing), alignment, a length that rounds to
 * zero or wraps (EINVAL), an empty range (success), then the mappings;
 * beyond the guest limit there are none (ENOMEM, as beyond TASK_SIZE). */
long sys_madvise(struct cpu *c, const uint64_t *a)
{
	guest_addr_t addr = a[0];
	uint64_t len = (a[1] + PAGE_MASK_G) & ~PAGE_MASK_G;
	long r = sys_host(madvise(NULL, 0, (int)a[2]));

	if (r < 0)
		return r;
	if (addr & PAGE_MASK_G)
		return -EINVAL;
	if ((a[1] && len == 0) || addr + len < addr)
		return -EINVAL;
	if (len == 0)
		return 0;
	if (!range_in_guest(addr, len))
		return -ENOMEM;
	pthread_mutex_lock(&mm_lock);
	r = sys_host(madvise(g2h(addr), len, (int)a[2]));
	if (r == 0 && (a[2] == MADV_DONTNEED || a[2] == MADV_FREE || a[2] == MADV_REMOVE) &&
	    range_has_exec(addr, len))
		xlate_invalidate(addr, len);
	pthread_mutex_unlock(&mm_lock);
	return r;
}

/* msync in mm/msync.c's order: the flags (asked of the host on an empty
 * range), alignment, a wrapping range (ENOMEM), an empty one (success),
 * then the mappings. */
long sys_msync(struct cpu *c, const uint64_t *a)
{
	guest_addr_t addr = a[0];
	uint64_t len = (a[1] + PAGE_MASK_G) & ~PAGE_MASK_G;
	long r = sys_host(msync(NULL, 0, (int)a[2]));

	if (r < 0)
		return r;
	if (addr & PAGE_MASK_G)
		return -EINVAL;
	if (addr + len < addr)
		return -ENOMEM;
	if (len == 0)
		return 0;
	if (!range_in_guest(addr, len))
		return -ENOMEM;
	return sys_host(msync(g2h(addr), len, (int)a[2]));
}

/* 1 if the host's access_ok() accepts [p, p+n). */
static int host_user_range(uint64_t p, uint64_t n)
{
	return p <= GMEM_HOST_USER_TOP && n <= GMEM_HOST_USER_TOP - p;
}

/* mincore in mm/mincore.c's order: alignment, a range that is not a user
 * range (ENOMEM), a vector that is not (EFAULT), then the mappings: a
 * range reaching beyond guest space has a hole there (ENOMEM), after the
 * host has filled the vector for the part in guest space. */
long sys_mincore(struct cpu *c, const uint64_t *a)
{
	guest_addr_t addr = a[0];
	uint64_t pages = (a[1] >> 12) + ((a[1] & PAGE_MASK_G) != 0);
	long r;

	if (addr & PAGE_MASK_G)
		return -EINVAL;
	if (!host_user_range(addr, a[1]))
		return -ENOMEM;
	if (!host_user_range(a[2], pages))
		return -EFAULT;
	if (range_in_guest(addr, a[1]))
		return sys_host(mincore(g2h(addr), a[1], sys_hbuf(a[2], pages)));
	if (addr < GUEST_ADDR_LIMIT &&
	    (r = sys_host(mincore(g2h(addr), GUEST_ADDR_LIMIT - addr, sys_hbuf(a[2], pages)))) < 0)
		return r;
	return -ENOMEM;
}

/* mlock, mlock2 and munlock in mm/mlock.c's order: mlock2's flags (asked
 * of the host on an empty range), then the range rounded out to pages:
 * empty (success), wrapping (EINVAL), beyond guest space (ENOMEM, no
 * mapping there); the host locks the guest's pages.  mlockall also locks
 * runforeign's own memory, as it would lock a native program's
 * libraries. */
static long lock_call(long nr, const uint64_t *a)
{
	uint64_t start = a[0] & ~PAGE_MASK_G;
	uint64_t len = (a[1] + (a[0] & PAGE_MASK_G) + PAGE_MASK_G) & ~PAGE_MASK_G;
	long r;

	if (nr == SYS_mlock2 && (r = sys_host(syscall(SYS_mlock2, NULL, 0, (unsigned)a[2]))) < 0)
		return r;
	if (len == 0)
		return 0;
	if (start + len < start)
		return -EINVAL;
	if (!range_in_guest(start, len))
		return -ENOMEM;
	return sys_host(syscall(nr, g2h(a[0]), a[1], (unsigned)a[2]));
}

long sys_mlock(struct cpu *c, const uint64_t *a) { return lock_call(SYS_mlock, a); }
long sys_munlock(struct cpu *c, const uint64_t *a) { return lock_call(SYS_munlock, a); }
long sys_mlock2(struct cpu *c, const uint64_t *a) { return lock_call(SYS_mlock2, a); }

long sys_mlockall(struct cpu *c, const uint64_t *a)
{
	return sys_host(mlockall((int)a[0]));
}

long sys_munlockall(struct cpu *c, const uint64_t *a)
{
	return sys_host(munlockall());
}

/* shmat: the segment goes where the guest asks (SHM_RND rounds down to
 * SHMLBA; without SHM_REMAP it must not overlap a mapping) or where the
 * mapping list has room; ipc/shm.c do_shmat(). */
static long shmat_locked(int id, guest_addr_t addr, int flg)
{
	struct shmid_ds ds;
	uint64_t len;
	int prot = GMAP_R | ((flg & GUEST_SHM_RDONLY) ? 0 : GMAP_W) |
		   ((flg & GUEST_SHM_EXEC) ? GMAP_X : 0);
	char name[32];
	void *p;

	if (shmctl(id, IPC_STAT, &ds) < 0)
		return -errno;
	len = page_len(ds.shm_segsz);
	if (len == 0)
		return -EINVAL;
	if (addr) {
		if (addr & (GUEST_SHMLBA - 1)) {
			if (!(flg & GUEST_SHM_RND))
				return -EINVAL;
			addr &= ~(uint64_t)(GUEST_SHMLBA - 1);
		}
		if (!range_in_guest(addr, len) ||
		    (!(flg & GUEST_SHM_REMAP) && gmap_any_mapped(addr, len)))
			return -EINVAL;
	} else if (!(addr = gmap_find_free(0, len))) {
		return -ENOMEM;
	}
	p = shmat(id, g2h(addr), (flg & (SHM_RDONLY | SHM_EXEC)) | SHM_REMAP);
	if (p == (void *)-1)
		return -errno;
	if (range_has_exec(addr, len))
		xlate_invalidate(addr, len);
	snprintf(name, sizeof name, "/SYSV%08x (deleted)", (unsigned)ds.shm_perm.__key);
	if (gmap_add(addr, len, prot, GMAP_SHARED, 0, 0, (uint64_t)id, name) < 0) {
		shmdt(p);
		return -ENOMEM;
	}
	return (long)addr;
}

long sys_shmat(struct cpu *c, const uint64_t *a)
{
	long r;

	pthread_mutex_lock(&mm_lock);
	r = shmat_locked((int)a[0], a[1], (int)a[2]);
	pthread_mutex_unlock(&mm_lock);
	return r;
}

/* shmdt: addr must be where a segment was attached. */
long sys_shmdt(struct cpu *c, const uint64_t *a)
{
	struct gmap_entry e;
	long r = -EINVAL;

	pthread_mutex_lock(&mm_lock);
	if (!(a[0] & PAGE_MASK_G) && find_entry(a[0], 1, &e) == 0 && e.start == a[0] &&
	    strncmp(e.name, "/SYSV", 5) == 0) {
		r = sys_host(shmdt(g2h(a[0])));
		if (r == 0) {
			if (e.prot & GMAP_X)
				xlate_invalidate(e.start, e.end - e.start);
			gmap_remove(e.start, e.end - e.start);
		}
	}
	pthread_mutex_unlock(&mm_lock);
	return r;
}
