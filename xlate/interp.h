/*
 * interp.h -- what every interpreter handler file uses: register access,
 * guest loads and stores that turn host faults into guest faults, condition
 * codes, and raising exits.  Included only by the handler files in xlate/.
 */
#ifndef RF_XLATE_INTERP_H
#define RF_XLATE_INTERP_H

#include <string.h>
#include "xlate/a64.h"
#include "xlate/cpu.h"
#include "xlate/gmem.h"
#include "xlate/rf.h"

/* ---- exits ---- */

/* xlate_raise -- stop executing guest code: record reason and unwind to
 * xlate_run(), which returns it.  cpu->pc must already be right for the
 * reason (see enum xlate_exit). */
_Noreturn void xlate_raise(struct cpu *c, int reason);

/* xlate_raise_undef -- the instruction being executed is undefined. */
_Noreturn void xlate_raise_undef(struct cpu *c, const struct a64_op *op);

/* xlate_raise_fault -- a data access at addr faulted (kind: XLATE_FAULT_*). */
_Noreturn void xlate_raise_fault(struct cpu *c, guest_addr_t addr, int write, int kind);

/* xlate_raise_align -- a data access at addr is misaligned for its kind. */
_Noreturn void xlate_raise_align(struct cpu *c, guest_addr_t addr, int write);

/* ---- general-purpose registers ---- */

/* Register 31 as XZR. */
static inline uint64_t reg_x(const struct cpu *c, unsigned r) { return c->x[r]; }
static inline uint32_t reg_w(const struct cpu *c, unsigned r) { return (uint32_t)c->x[r]; }
/* Register 31 as SP. */
static inline uint64_t reg_xsp(const struct cpu *c, unsigned r) { return r == 31 ? c->sp : c->x[r]; }

static inline void set_x(struct cpu *c, unsigned r, uint64_t v) { c->x[r] = v; c->x[31] = 0; }
static inline void set_w(struct cpu *c, unsigned r, uint32_t v) { c->x[r] = v; c->x[31] = 0; }
static inline void set_xsp(struct cpu *c, unsigned r, uint64_t v)
{
	if (r == 31)
		c->sp = v;
	else
		c->x[r] = v;
}
/* set_xw -- write an sf-sized result: 64-bit if sf, else zero-extended 32. */
static inline void set_xw(struct cpu *c, unsigned r, unsigned sf, uint64_t v)
{
	set_x(c, r, sf ? v : (uint32_t)v);
}

/* ---- condition codes (Arm ARM J1: ConditionHolds) ---- */

static inline int cond_holds(uint32_t nzcv, unsigned cond)
{
	int n = !!(nzcv & NZCV_N), z = !!(nzcv & NZCV_Z);
	int cf = !!(nzcv & NZCV_C), v = !!(nzcv & NZCV_V);
	int r;
	switch (cond >> 1) {
	case 0: r = z; break;
	case 1: r = cf; break;
	case 2: r = n; break;
	case 3: r = v; break;
	case 4: r = cf && !z; break;
	case 5: r = n == v; break;
	case 6: r = n == v && !z; break;
	default: r = 1; break;
	}
	if ((cond & 1) && cond != 15)
		r = !r;
	return r;
}

/* ---- tagged addresses ----
 * Linux runs user space with TCR_EL1.TBI0 = 1 and TBI1 = 0 (arch/arm64/
 * mm/proc.S), so in the lower half (bit 55 clear) the top byte of a data
 * address or branch target is ignored (Arm ARM AddrTop(), AArch64.
 * BranchAddr()).  Addresses with bit 55 set are in the upper half, where
 * every EL0 access faults.  The kernel reports a fault address untagged
 * (arch_untagged_si_addr(): sign-extended from bit 55).  System call
 * arguments are never untagged: without PR_SET_TAGGED_ADDR_CTRL the
 * kernel does not accept tags there. */

/* gaddr_untag -- the address a data access at a uses, which is also the
 * si_addr of its fault. */
static inline guest_addr_t gaddr_untag(guest_addr_t a)
{
	return (guest_addr_t)((int64_t)(a << 8) >> 8);
}

/* gaddr_branch -- the pc a branch to a sets (AArch64.BranchAddr() with
 * TBI0 = 1, TBI1 = 0). */
static inline guest_addr_t gaddr_branch(guest_addr_t a)
{
	return a >> 55 & 1 ? a : a & 0x00ffffffffffffffull;
}

/* ---- guest memory from handlers ----
 * Addresses are untagged first (above).  Out-of-space addresses raise a
 * guest fault here; in-space addresses that
 * are unmapped or protected fault in the host and are turned into the same
 * guest fault by xlate's SIGSEGV handler.  Unaligned accesses are allowed
 * (as for normal memory on AArch64 with SCTLR_EL1.A clear). */

static inline void *gmem_ptr(struct cpu *c, guest_addr_t a, unsigned n, int write)
{
	a = gaddr_untag(a);
	if (RF_UNLIKELY(!gmem_range_ok(a, n)))
		xlate_raise_fault(c, a, write, XLATE_FAULT_MAPERR);
	return g2h(a);
}

#define GMEM_LD(bits)                                                        \
	static inline uint##bits##_t gld##bits(struct cpu *c, guest_addr_t a) \
	{                                                                    \
		uint##bits##_t v;                                            \
		memcpy(&v, gmem_ptr(c, a, bits / 8, 0), sizeof v);           \
		return v;                                                    \
	}                                                                    \
	static inline void gst##bits(struct cpu *c, guest_addr_t a, uint##bits##_t v) \
	{                                                                    \
		memcpy(gmem_ptr(c, a, bits / 8, 1), &v, sizeof v);           \
	}
GMEM_LD(8)
GMEM_LD(16)
GMEM_LD(32)
GMEM_LD(64)
#undef GMEM_LD

static inline unsigned __int128 gld128(struct cpu *c, guest_addr_t a)
{
	unsigned __int128 v;
	memcpy(&v, gmem_ptr(c, a, 16, 0), sizeof v);
	return v;
}
static inline void gst128(struct cpu *c, guest_addr_t a, unsigned __int128 v)
{
	memcpy(gmem_ptr(c, a, 16, 1), &v, sizeof v);
}

/* ---- system state shared between handler files ---- */

/* xlate_cache_flush_request -- ask for the block cache to be flushed at
 * the next block boundary (IC IVAU and friends). */
void xlate_cache_flush_request(void);

#endif
