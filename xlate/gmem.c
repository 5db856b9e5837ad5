/*
 * gmem.c -- fault-safe copies between runforeign and guest memory.
 *
 * A copy arms a per-thread recovery point; if the host faults while the
 * copy touches guest memory, fault.c unwinds to it and the copy returns
 * -EFAULT.  Addresses outside guest space are refused before any access.
 */
#include <errno.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include "xlate/gmap.h"
#include "xlate/gmem.h"
#include "xlate/uaccess.h"

uintptr_t guest_base;

__thread sigjmp_buf *gmem_recover;

static int guard_ok;

int gmem_guard_init(void)
{
	void *want = g2h(GUEST_ADDR_LIMIT), *p;

	if (guard_ok)
		return 0;
	p = mmap(want, GMEM_GUARD_SIZE, PROT_NONE,
		 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED_NOREPLACE, -1, 0);
	if (p == MAP_FAILED)
		return -errno;
	if (p != want) {
		munmap(p, GMEM_GUARD_SIZE);
		return -EEXIST;
	}
	guard_ok = 1;
	return 0;
}

void *gmem_host_buf(guest_addr_t p, uint64_t n)
{
	const uintptr_t kernel_half = 0xffff800000000000UL;

	if (gmem_range_ok(p, n ? n : 1) || (guard_ok && gmem_range_ok(p, 1)))
		return g2h(p);
	if (p >= GMEM_HOST_USER_TOP)
		return (void *)(uintptr_t)p;
	/* Same page offset, at or below p: access_ok() on the guard address
	 * fails only where it fails on p (lengths the kernel clamps first,
	 * such as MAX_RW_COUNT for I/O, keep p's answer). */
	if (!guard_ok)
		return (void *)kernel_half;
	return g2h(GUEST_ADDR_LIMIT + (p & (GUEST_PAGE_SIZE - 1)));
}

int gmem_read(void *dst, guest_addr_t src, size_t n)
{
	sigjmp_buf jb;

	if (n == 0)
		return 0;
	if (!gmem_range_ok(src, n))
		return -EFAULT;
	if (sigsetjmp(jb, 0)) {
		gmem_recover = NULL;
		return -EFAULT;
	}
	gmem_recover = &jb;
	memcpy(dst, g2h(src), n);
	gmem_recover = NULL;
	return 0;
}

int gmem_write(guest_addr_t dst, const void *src, size_t n)
{
	sigjmp_buf jb;

	if (n == 0)
		return 0;
	if (!gmem_range_ok(dst, n))
		return -EFAULT;
	if (sigsetjmp(jb, 0)) {
		gmem_recover = NULL;
		return -EFAULT;
	}
	gmem_recover = &jb;
	memcpy(g2h(dst), src, n);
	gmem_recover = NULL;
	return 0;
}

int gmem_zero(guest_addr_t dst, size_t n)
{
	sigjmp_buf jb;

	if (n == 0)
		return 0;
	if (!gmem_range_ok(dst, n))
		return -EFAULT;
	if (sigsetjmp(jb, 0)) {
		gmem_recover = NULL;
		return -EFAULT;
	}
	gmem_recover = &jb;
	memset(g2h(dst), 0, n);
	gmem_recover = NULL;
	return 0;
}

long gmem_strcpy(char *dst, size_t cap, guest_addr_t src)
{
	sigjmp_buf jb;
	volatile size_t i = 0;

	if (cap == 0)
		return -ENAMETOOLONG;
	if (sigsetjmp(jb, 0)) {
		gmem_recover = NULL;
		return -EFAULT;
	}
	gmem_recover = &jb;
	for (;;) {
		char ch;
		if (!gmem_range_ok(src + i, 1)) {
			gmem_recover = NULL;
			return -EFAULT;
		}
		ch = *(const volatile char *)g2h(src + i);
		if (i + 1 >= cap && ch != '\0') {
			gmem_recover = NULL;
			return -ENAMETOOLONG;
		}
		dst[i] = ch;
		if (ch == '\0')
			break;
		i++;
	}
	gmem_recover = NULL;
	return (long)i;
}

char *gmem_strdup(guest_addr_t src, size_t max, int *err)
{
	char *buf = malloc(max + 1);
	long n;

	if (!buf) {
		*err = -ENOMEM;
		return NULL;
	}
	n = gmem_strcpy(buf, max + 1, src);
	if (n < 0) {
		free(buf);
		*err = (int)n;
		return NULL;
	}
	return buf;
}

int gmem_probe(guest_addr_t a, size_t n, int write)
{
	guest_addr_t p, end;

	if (n == 0)
		return 0;
	if (!gmem_range_ok(a, n))
		return -EFAULT;
	end = a + n;
	for (p = a & ~(GUEST_PAGE_SIZE - 1); p < end; p += GUEST_PAGE_SIZE) {
		int prot = gmap_prot(p);
		if (prot < 0 || !(prot & (write ? GMAP_W : GMAP_R)))
			return -EFAULT;
	}
	return 0;
}
