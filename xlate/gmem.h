/*
 * gmem.h -- the one way runforeign code reaches guest memory.
 *
 * Guest addresses are guest_addr_t, never pointers.  host = guest_base + guest.
 * Guest addresses are valid only below GUEST_ADDR_LIMIT; runforeign's own
 * code, heap, stacks and caches live above it, so the guest can neither reach
 * nor map over them.  Copies are fault-safe: an unmapped or protected page
 * gives -EFAULT, never a crash.
 */
#ifndef RF_XLATE_GMEM_H
#define RF_XLATE_GMEM_H

#include <stddef.h>
#include <stdint.h>
#include "xlate/cpu.h"

/* 64 TiB of guest address space; the host process lives above it. */
#define GUEST_ADDR_LIMIT 0x400000000000ULL
#define GUEST_PAGE_SIZE 4096ULL

extern uintptr_t guest_base;

#if defined(__SANITIZE_ADDRESS__)
/* In an AddressSanitizer build the host keeps its shadow memory at
 * [0x7fff8000, 0x10007fff8000) (x86-64 default mapping): those addresses
 * are not guest memory there, so a guest access to them faults instead of
 * reaching the shadow. */
#define GUEST_HOLE_LO 0x7fff8000ULL
#define GUEST_HOLE_HI 0x10007fff8000ULL
#endif

/* gmem_range_ok -- 1 if [a, a+n) lies wholly in guest address space. */
static inline int gmem_range_ok(guest_addr_t a, uint64_t n)
{
	if (!(a < GUEST_ADDR_LIMIT && n <= GUEST_ADDR_LIMIT - a))
		return 0;
#ifdef GUEST_HOLE_LO
	if (a + n > GUEST_HOLE_LO && a < GUEST_HOLE_HI)
		return 0;
#endif
	return 1;
}

/* g2h -- host pointer for a guest address; the caller has checked the range
 * (gmem_range_ok) or uses a fault-safe accessor below. */
static inline void *g2h(guest_addr_t a)
{
	return (void *)(guest_base + (uintptr_t)a);
}

/* h2g -- guest address of a host pointer into guest memory. */
static inline guest_addr_t h2g(const void *p)
{
	return (guest_addr_t)((uintptr_t)p - guest_base);
}

/* Size of the PROT_NONE guard runforeign reserves right at GUEST_ADDR_LIMIT
 * (gmem_guard_init): a host syscall handed a guest buffer that runs past
 * the end of guest space faults in the guard instead of reaching
 * runforeign's memory, as the kernel touches a user buffer from its start
 * upwards. */
#define GMEM_GUARD_SIZE (64ULL << 30)

/* Top of the host's user address space (x86-64 TASK_SIZE_MAX with 4-level
 * paging): the host kernel's access_ok() refuses anything at or above it. */
#define GMEM_HOST_USER_TOP 0x7ffffffff000ULL

/* gmem_guard_init -- reserve the guard at GUEST_ADDR_LIMIT; 0, or -errno
 * when the range is taken (gmem_host_buf then uses kernel-half addresses). */
int gmem_guard_init(void);

/* gmem_host_buf -- the pointer to hand a host syscall for the guest buffer
 * [p, p+n) so that the host kernel treats it as the arm64 kernel treats
 * the guest's: g2h(p) for a buffer that starts in guest space (an overrun
 * past the end faults in the guard); for one beyond guest space but in
 * the host's user half, an address in the guard with the same page offset,
 * which faults on first access like an unmapped user address; a
 * kernel-half address as it is (access_ok() refuses it).  Never a pointer
 * to runforeign's own memory. */
void *gmem_host_buf(guest_addr_t p, uint64_t n);

/* gmem_read -- copy n bytes from guest src; 0, or -EFAULT if any byte is
 * outside guest space, unmapped or unreadable. */
int gmem_read(void *dst, guest_addr_t src, size_t n);

/* gmem_write -- copy n bytes to guest dst; 0, or -EFAULT. */
int gmem_write(guest_addr_t dst, const void *src, size_t n);

/* gmem_zero -- zero n bytes at guest dst; 0, or -EFAULT. */
int gmem_zero(guest_addr_t dst, size_t n);

/* gmem_strcpy -- copy the NUL-terminated guest string at src into dst
 * (capacity cap, including the NUL).  Returns its length, -EFAULT, or
 * -ENAMETOOLONG if it does not fit. */
long gmem_strcpy(char *dst, size_t cap, guest_addr_t src);

/* gmem_strdup -- malloc'd copy of a guest string of at most max bytes;
 * NULL with *err set to -EFAULT/-ENAMETOOLONG/-ENOMEM on failure. */
char *gmem_strdup(guest_addr_t src, size_t max, int *err);

/* gmem_probe -- 0 if [a, a+n) is readable (write=0) or writable (write=1)
 * right now, else -EFAULT.  For passing guest buffers to host syscalls,
 * which themselves fail with EFAULT on unmapped memory, only the range
 * check matters; this is for code that must know before it acts. */
int gmem_probe(guest_addr_t a, size_t n, int write);

#endif
