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
#include <sys/stat.h>
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
	int prot = (int)a[2], flags = (int)a[3], type = flags & GUEST_MAP_TYPE;
	long r;

	if (a[5] & PAGE_MASK_G)
		return -EINVAL;
	if (type != GUEST_MAP_SHARED && type != GUEST_MAP_PRIVATE &&
	    type != GUEST_MAP_SHARED_VALIDATE)
		return -EINVAL;
	/* No BTI or MTE in the advertised CPU: arch_validate_prot() refuses. */
	if (prot & ~(GUEST_PROT_READ | GUEST_PROT_WRITE | GUEST_PROT_EXEC))
		return -EINVAL;
	if (a[1] == 0)
		return -EINVAL;
	if (len == 0)
		return -ENOMEM;
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

long sys_mprotect(struct cpu *c, const uint64_t *a)
{
	guest_addr_t addr = a[0];
	uint64_t len = page_len(a[1]);
	int prot = (int)a[2] & ~(GUEST_PROT_GROWSDOWN | GUEST_PROT_GROWSUP);
	long r = 0;

	if ((addr & PAGE_MASK_G) || (prot & ~(GUEST_PROT_READ | GUEST_PROT_WRITE | GUEST_PROT_EXEC)))
		return -EINVAL;
	if (a[1] == 0)
		return 0;
	if (len == 0 || !range_in_guest(addr, len))
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

static long mremap_locked(guest_addr_t old, uint64_t olen, uint64_t nlen, int flags,
			  guest_addr_t naddr)
{
	struct gmap_entry e;
	guest_addr_t dst;

	if (!range_in_guest(old, olen) || find_entry(old, olen, &e) < 0)
		return -EFAULT;
	if (flags & GUEST_MREMAP_FIXED) {
		if ((naddr & PAGE_MASK_G) || !range_in_guest(naddr, nlen) ||
		    (naddr < old + olen && old < naddr + nlen))
			return -EINVAL;
		return remap_move(&e, old, olen, nlen, naddr, flags & GUEST_MREMAP_DONTUNMAP);
	}
	if (nlen <= olen) {
		if (nlen < olen) {
			munmap(g2h(old + nlen), olen - nlen);
			gmap_remove(old + nlen, olen - nlen);
		}
		return (long)old;
	}
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
	uint64_t olen = page_len(a[1]), nlen = page_len(a[2]);
	int flags = (int)a[3];
	long r;

	if ((old & PAGE_MASK_G) ||
	    (flags & ~(GUEST_MREMAP_MAYMOVE | GUEST_MREMAP_FIXED | GUEST_MREMAP_DONTUNMAP)))
		return -EINVAL;
	if ((flags & (GUEST_MREMAP_FIXED | GUEST_MREMAP_DONTUNMAP)) &&
	    !(flags & GUEST_MREMAP_MAYMOVE))
		return -EINVAL;
	/* old_len 0 duplicates a shared mapping: not supported here. */
	if (nlen == 0 || olen == 0)
		return -EINVAL;
	pthread_mutex_lock(&mm_lock);
	r = mremap_locked(old, olen, nlen, flags, a[4]);
	pthread_mutex_unlock(&mm_lock);
	return r;
}

long sys_madvise(struct cpu *c, const uint64_t *a)
{
	guest_addr_t addr = a[0];
	uint64_t len = page_len(a[1]);
	long r;

	if (addr & PAGE_MASK_G)
		return -EINVAL;
	if (a[1] == 0)
		return 0;
	if (len == 0 || addr + len < addr)
		return -EINVAL;
	if (!range_in_guest(addr, len)) {
		/* Beyond the guest limit as beyond TASK_SIZE (mm/madvise.c): a
		 * bad advice is EINVAL (asked of the host on an empty range,
		 * which touches nothing), otherwise there is no vma: ENOMEM. */
		r = sys_host(madvise(NULL, 0, (int)a[2]));
		return r ? r : -ENOMEM;
	}
	pthread_mutex_lock(&mm_lock);
	r = sys_host(madvise(g2h(addr), len, (int)a[2]));
	if (r == 0 && (a[2] == MADV_DONTNEED || a[2] == MADV_FREE || a[2] == MADV_REMOVE) &&
	    range_has_exec(addr, len))
		xlate_invalidate(addr, len);
	pthread_mutex_unlock(&mm_lock);
	return r;
}

long sys_msync(struct cpu *c, const uint64_t *a)
{
	guest_addr_t addr = a[0];
	uint64_t len = page_len(a[1]);

	if (addr & PAGE_MASK_G)
		return -EINVAL;
	if (a[1] && (len == 0 || !range_in_guest(addr, len)))
		return -ENOMEM;
	return sys_host(msync(g2h(addr), len, (int)a[2]));
}

long sys_mincore(struct cpu *c, const uint64_t *a)
{
	guest_addr_t addr = a[0];
	uint64_t len = page_len(a[1]);

	if (addr & PAGE_MASK_G)
		return -EINVAL;
	if (!range_in_guest(addr, len) || (a[1] && len == 0))
		return -ENOMEM;
	if (sys_buf_ok(a[2], len / GUEST_PAGE_SIZE))
		return -EFAULT;
	return sys_host(mincore(g2h(addr), len, g2h(a[2])));
}

/* The locking calls act on host pages, which are the guest's; mlockall
 * also locks runforeign's own memory, as it would lock a native
 * program's libraries. */
long sys_mlock(struct cpu *c, const uint64_t *a)
{
	if (!range_in_guest(a[0], a[1]))
		return -ENOMEM;
	return sys_host(mlock(g2h(a[0]), a[1]));
}

long sys_munlock(struct cpu *c, const uint64_t *a)
{
	if (!range_in_guest(a[0], a[1]))
		return -ENOMEM;
	return sys_host(munlock(g2h(a[0]), a[1]));
}

long sys_mlock2(struct cpu *c, const uint64_t *a)
{
	if (!range_in_guest(a[0], a[1]))
		return -ENOMEM;
	return sys_host(mlock2(g2h(a[0]), a[1], (unsigned)a[2]));
}

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
