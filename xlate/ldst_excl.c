/*
 * ldst_excl.c -- exclusive, ordered and compare-and-swap accesses (Arm ARM
 * C4.1.87: "Load/store exclusive register", "Load/store exclusive pair",
 * "Load/store ordered", "Compare and swap", "Compare and swap pair"):
 * LDXR, LDAXR, STXR, STLXR (B/H/W/X), LDXP, LDAXP, STXP, STLXP (W/X),
 * LDAR, STLR (B/H/W/X), CAS*, CASP* (FEAT_LSE).  Handlers for the
 * _ldstexcl rows of xlate/a64/ldst.def.
 *
 * The exclusive monitor is modelled by compare-and-swap.  LDXR records in
 * the cpu (excl_addr, excl_size, excl_val) the address, size and value it
 * loaded.  STXR succeeds iff the monitor is armed for the same address and
 * size and a host atomic compare-and-swap from the recorded value to the
 * new one succeeds; it always leaves the monitor open, and writes 0 to the
 * status register on success, 1 on failure.  A failed STXR does not access
 * memory.  Caveat (ABA): if other threads change the location and then
 * restore the recorded value between the LDXR and the STXR, the STXR still
 * succeeds, where hardware would fail it.  That only matters to code that
 * relies on the monitor detecting writes of the same value; lock-free
 * algorithms built on LDXR/STXR loops as compilers emit them are correct.
 *
 * Alignment: exclusive, ordered and atomic accesses must be aligned to
 * their size (pairs: to the pair size) without FEAT_LSE2; a misaligned one
 * is an alignment fault (the kernel sends SIGBUS, BUS_ADRALN), checked
 * before the access as in AArch64.ExclusiveMonitorsPass().
 *
 * Ordering on the x86-64 host (TSO): a locked RMW is a full barrier, so
 * every compare-and-swap here is sequentially consistent whatever its
 * acquire/release variant.  Load-acquire needs only a compiler barrier
 * (an acquire load).  Store-release is a sequentially consistent store, so
 * that it is ordered before a later load-acquire (RCsc, as the Arm ARM
 * requires for STLR followed by LDAR).
 */
#include "xlate/interp.h"

#define LDST_INLINE static inline __attribute__((always_inline))

/* Host pointer for an n-byte atomic access at a, after the alignment
 * check (alignment faults take priority over translation faults). */
LDST_INLINE void *excl_ptr(struct cpu *c, guest_addr_t a, unsigned n, int write)
{
	if (RF_UNLIKELY(a & (n - 1)))
		xlate_raise_align(c, a, write);
	return gmem_ptr(c, a, n, write);
}

/* Single-copy atomic load of n (1, 2, 4, 8) aligned bytes. */
LDST_INLINE uint64_t excl_load(void *p, unsigned n, int acquire)
{
	switch (n) {
	case 1: return acquire ? __atomic_load_n((uint8_t *)p, __ATOMIC_ACQUIRE)
			       : __atomic_load_n((uint8_t *)p, __ATOMIC_RELAXED);
	case 2: return acquire ? __atomic_load_n((uint16_t *)p, __ATOMIC_ACQUIRE)
			       : __atomic_load_n((uint16_t *)p, __ATOMIC_RELAXED);
	case 4: return acquire ? __atomic_load_n((uint32_t *)p, __ATOMIC_ACQUIRE)
			       : __atomic_load_n((uint32_t *)p, __ATOMIC_RELAXED);
	default: return acquire ? __atomic_load_n((uint64_t *)p, __ATOMIC_ACQUIRE)
				: __atomic_load_n((uint64_t *)p, __ATOMIC_RELAXED);
	}
}

/* Sequentially consistent store of the low n bytes of v. */
LDST_INLINE void excl_store_seqcst(void *p, unsigned n, uint64_t v)
{
	switch (n) {
	case 1: __atomic_store_n((uint8_t *)p, (uint8_t)v, __ATOMIC_SEQ_CST); break;
	case 2: __atomic_store_n((uint16_t *)p, (uint16_t)v, __ATOMIC_SEQ_CST); break;
	case 4: __atomic_store_n((uint32_t *)p, (uint32_t)v, __ATOMIC_SEQ_CST); break;
	default: __atomic_store_n((uint64_t *)p, v, __ATOMIC_SEQ_CST); break;
	}
}

#define EXCL_CAS(T)                                                              \
	do {                                                                     \
		T e_ = (T)*expected;                                             \
		int ok_ = __atomic_compare_exchange_n((T *)p, &e_, (T)desired, 0, \
						      __ATOMIC_SEQ_CST,          \
						      __ATOMIC_SEQ_CST);         \
		*expected = e_;                                                  \
		return ok_;                                                      \
	} while (0)

/* Atomic compare-and-swap of n bytes: 1 if memory held the low n bytes of
 * *expected and now holds desired; *expected becomes the old memory value
 * (zero-extended) either way. */
LDST_INLINE int excl_cas(void *p, unsigned n, uint64_t *expected, uint64_t desired)
{
	switch (n) {
	case 1: EXCL_CAS(uint8_t);
	case 2: EXCL_CAS(uint16_t);
	case 4: EXCL_CAS(uint32_t);
	default: EXCL_CAS(uint64_t);
	}
}

/* 128-bit compare-and-swap (lock cmpxchg16b; p is 16-byte aligned), same
 * contract as excl_cas.  Inline so that no -mcx16/libatomic is needed. */
LDST_INLINE int excl_cas128(void *p, unsigned __int128 *expected, unsigned __int128 desired)
{
	uint64_t lo = (uint64_t)*expected, hi = (uint64_t)(*expected >> 64);
	unsigned char ok;

	__asm__ volatile("lock cmpxchg16b %1\n\tsete %0"
			 : "=q"(ok), "+m"(*(unsigned __int128 *)p), "+a"(lo), "+d"(hi)
			 : "b"((uint64_t)desired), "c"((uint64_t)(desired >> 64))
			 : "memory", "cc");
	*expected = (unsigned __int128)hi << 64 | lo;
	return ok;
}

/* LDXR, LDAXR: load and arm the monitor. */
LDST_INLINE void excl_ldxr(struct cpu *c, const struct a64_op *op, unsigned n, int acquire)
{
	uint32_t i = op->insn;
	guest_addr_t a = reg_xsp(c, F_RN(i));
	uint64_t v = excl_load(excl_ptr(c, a, n, 0), n, acquire);

	c->excl_addr = gaddr_untag(a);
	c->excl_val[0] = v;
	c->excl_size = n;
	set_x(c, F_RT(i), v);
}

/* STXR, STLXR: store if the monitor passes; Ws = 0 on success, else 1. */
LDST_INLINE void excl_stxr(struct cpu *c, const struct a64_op *op, unsigned n)
{
	uint32_t i = op->insn;
	guest_addr_t a = reg_xsp(c, F_RN(i));
	void *p = excl_ptr(c, a, n, 1);
	uint64_t v = reg_x(c, F_RT(i)), expect = c->excl_val[0];
	int armed = c->excl_size == n && c->excl_addr == gaddr_untag(a);

	c->excl_size = 0;
	set_w(c, F_RS(i), !(armed && excl_cas(p, n, &expect, v)));
}

/* LDXP, LDAXP: n is the element size (4 or 8); Rt gets the element at the
 * lower address.  A 64-bit pair is read as two loads: a torn read is
 * harmless because the STXP compare-and-swap then fails. */
LDST_INLINE void excl_ldxp(struct cpu *c, const struct a64_op *op, unsigned n, int acquire)
{
	uint32_t i = op->insn;
	guest_addr_t a = reg_xsp(c, F_RN(i));
	uint64_t *p = excl_ptr(c, a, 2 * n, 0);
	uint64_t lo, hi;

	if (n == 4) {
		uint64_t d = excl_load(p, 8, acquire);
		lo = (uint32_t)d;
		hi = d >> 32;
		c->excl_val[0] = d;
	} else {
		lo = excl_load(p, 8, acquire);
		hi = excl_load(p + 1, 8, acquire);
		c->excl_val[0] = lo;
		c->excl_val[1] = hi;
	}
	c->excl_addr = gaddr_untag(a);
	c->excl_size = 2 * n;
	set_x(c, F_RT(i), lo);
	set_x(c, F_RT2(i), hi);
}

/* STXP, STLXP. */
LDST_INLINE void excl_stxp(struct cpu *c, const struct a64_op *op, unsigned n)
{
	uint32_t i = op->insn;
	guest_addr_t a = reg_xsp(c, F_RN(i));
	void *p = excl_ptr(c, a, 2 * n, 1);
	int armed = c->excl_size == 2 * n && c->excl_addr == gaddr_untag(a), ok = 0;

	c->excl_size = 0;
	if (armed && n == 4) {
		uint64_t expect = c->excl_val[0];
		uint64_t v = (uint64_t)reg_w(c, F_RT(i)) | (uint64_t)reg_w(c, F_RT2(i)) << 32;
		ok = excl_cas(p, 8, &expect, v);
	} else if (armed) {
		unsigned __int128 expect = (unsigned __int128)c->excl_val[1] << 64 | c->excl_val[0];
		unsigned __int128 v = (unsigned __int128)reg_x(c, F_RT2(i)) << 64 | reg_x(c, F_RT(i));
		ok = excl_cas128(p, &expect, v);
	}
	set_w(c, F_RS(i), !ok);
}

/* LDAR: load-acquire. */
LDST_INLINE void ord_ldar(struct cpu *c, const struct a64_op *op, unsigned n)
{
	uint32_t i = op->insn;
	guest_addr_t a = reg_xsp(c, F_RN(i));

	set_x(c, F_RT(i), excl_load(excl_ptr(c, a, n, 0), n, 1));
}

/* STLR: store-release (sequentially consistent, see the file comment). */
LDST_INLINE void ord_stlr(struct cpu *c, const struct a64_op *op, unsigned n)
{
	uint32_t i = op->insn;
	guest_addr_t a = reg_xsp(c, F_RN(i));

	excl_store_seqcst(excl_ptr(c, a, n, 1), n, reg_x(c, F_RT(i)));
}

/* CAS{A,L,AL}{B,H}: Rs = old memory (zero-extended); memory = Rt if the
 * old value equals Rs. */
LDST_INLINE void lse_cas(struct cpu *c, const struct a64_op *op, unsigned n)
{
	uint32_t i = op->insn;
	guest_addr_t a = reg_xsp(c, F_RN(i));
	void *p = excl_ptr(c, a, n, 1);
	uint64_t expect = reg_x(c, F_RS(i));

	excl_cas(p, n, &expect, reg_x(c, F_RT(i)));
	set_x(c, F_RS(i), expect);
}

/* CASP{A,L,AL}: the pairs Rs:Rs+1 and Rt:Rt+1 (Rs, Rt even, enforced by
 * the rows); Rs pairs with the lower address (little endian). */
LDST_INLINE void lse_casp(struct cpu *c, const struct a64_op *op, unsigned n)
{
	uint32_t i = op->insn;
	unsigned s = F_RS(i), t = F_RT(i);
	guest_addr_t a = reg_xsp(c, F_RN(i));
	void *p = excl_ptr(c, a, 2 * n, 1);

	if (n == 4) {
		uint64_t expect = (uint64_t)reg_w(c, s) | (uint64_t)reg_w(c, s + 1) << 32;
		excl_cas(p, 8, &expect, (uint64_t)reg_w(c, t) | (uint64_t)reg_w(c, t + 1) << 32);
		set_w(c, s, (uint32_t)expect);
		set_w(c, s + 1, (uint32_t)(expect >> 32));
	} else {
		unsigned __int128 expect = (unsigned __int128)reg_x(c, s + 1) << 64 | reg_x(c, s);
		excl_cas128(p, &expect, (unsigned __int128)reg_x(c, t + 1) << 64 | reg_x(c, t));
		set_x(c, s, (uint64_t)expect);
		set_x(c, s + 1, (uint64_t)(expect >> 64));
	}
}

#define EXCL(name, call) \
	void interp_##name(struct cpu *c, const struct a64_op *op) { call; }

/* ---- exclusive register ---- */
EXCL(STXRB_SR32_ldstexcl, excl_stxr(c, op, 1))
EXCL(STLXRB_SR32_ldstexcl, excl_stxr(c, op, 1))
EXCL(LDXRB_LR32_ldstexcl, excl_ldxr(c, op, 1, 0))
EXCL(LDAXRB_LR32_ldstexcl, excl_ldxr(c, op, 1, 1))
EXCL(STXRH_SR32_ldstexcl, excl_stxr(c, op, 2))
EXCL(STLXRH_SR32_ldstexcl, excl_stxr(c, op, 2))
EXCL(LDXRH_LR32_ldstexcl, excl_ldxr(c, op, 2, 0))
EXCL(LDAXRH_LR32_ldstexcl, excl_ldxr(c, op, 2, 1))
EXCL(STXR_SR32_ldstexcl, excl_stxr(c, op, 4))
EXCL(STLXR_SR32_ldstexcl, excl_stxr(c, op, 4))
EXCL(LDXR_LR32_ldstexcl, excl_ldxr(c, op, 4, 0))
EXCL(LDAXR_LR32_ldstexcl, excl_ldxr(c, op, 4, 1))
EXCL(STXR_SR64_ldstexcl, excl_stxr(c, op, 8))
EXCL(STLXR_SR64_ldstexcl, excl_stxr(c, op, 8))
EXCL(LDXR_LR64_ldstexcl, excl_ldxr(c, op, 8, 0))
EXCL(LDAXR_LR64_ldstexcl, excl_ldxr(c, op, 8, 1))

/* ---- exclusive pair ---- */
EXCL(STXP_SP32_ldstexcl, excl_stxp(c, op, 4))
EXCL(STLXP_SP32_ldstexcl, excl_stxp(c, op, 4))
EXCL(LDXP_LP32_ldstexcl, excl_ldxp(c, op, 4, 0))
EXCL(LDAXP_LP32_ldstexcl, excl_ldxp(c, op, 4, 1))
EXCL(STXP_SP64_ldstexcl, excl_stxp(c, op, 8))
EXCL(STLXP_SP64_ldstexcl, excl_stxp(c, op, 8))
EXCL(LDXP_LP64_ldstexcl, excl_ldxp(c, op, 8, 0))
EXCL(LDAXP_LP64_ldstexcl, excl_ldxp(c, op, 8, 1))

/* ---- ordered ---- */
EXCL(STLRB_SL32_ldstexcl, ord_stlr(c, op, 1))
EXCL(LDARB_LR32_ldstexcl, ord_ldar(c, op, 1))
EXCL(STLRH_SL32_ldstexcl, ord_stlr(c, op, 2))
EXCL(LDARH_LR32_ldstexcl, ord_ldar(c, op, 2))
EXCL(STLR_SL32_ldstexcl, ord_stlr(c, op, 4))
EXCL(LDAR_LR32_ldstexcl, ord_ldar(c, op, 4))
EXCL(STLR_SL64_ldstexcl, ord_stlr(c, op, 8))
EXCL(LDAR_LR64_ldstexcl, ord_ldar(c, op, 8))

/* ---- compare and swap ---- */
EXCL(CASB_C32_ldstexcl, lse_cas(c, op, 1))
EXCL(CASLB_C32_ldstexcl, lse_cas(c, op, 1))
EXCL(CASAB_C32_ldstexcl, lse_cas(c, op, 1))
EXCL(CASALB_C32_ldstexcl, lse_cas(c, op, 1))
EXCL(CASH_C32_ldstexcl, lse_cas(c, op, 2))
EXCL(CASLH_C32_ldstexcl, lse_cas(c, op, 2))
EXCL(CASAH_C32_ldstexcl, lse_cas(c, op, 2))
EXCL(CASALH_C32_ldstexcl, lse_cas(c, op, 2))
EXCL(CAS_C32_ldstexcl, lse_cas(c, op, 4))
EXCL(CASL_C32_ldstexcl, lse_cas(c, op, 4))
EXCL(CASA_C32_ldstexcl, lse_cas(c, op, 4))
EXCL(CASAL_C32_ldstexcl, lse_cas(c, op, 4))
EXCL(CAS_C64_ldstexcl, lse_cas(c, op, 8))
EXCL(CASL_C64_ldstexcl, lse_cas(c, op, 8))
EXCL(CASA_C64_ldstexcl, lse_cas(c, op, 8))
EXCL(CASAL_C64_ldstexcl, lse_cas(c, op, 8))

/* ---- compare and swap pair ---- */
EXCL(CASP_CP32_ldstexcl, lse_casp(c, op, 4))
EXCL(CASPL_CP32_ldstexcl, lse_casp(c, op, 4))
EXCL(CASPA_CP32_ldstexcl, lse_casp(c, op, 4))
EXCL(CASPAL_CP32_ldstexcl, lse_casp(c, op, 4))
EXCL(CASP_CP64_ldstexcl, lse_casp(c, op, 8))
EXCL(CASPL_CP64_ldstexcl, lse_casp(c, op, 8))
EXCL(CASPA_CP64_ldstexcl, lse_casp(c, op, 8))
EXCL(CASPAL_CP64_ldstexcl, lse_casp(c, op, 8))
