/*
 * ldst_atomic.c -- atomic memory operations (FEAT_LSE, Arm ARM C4.1.87
 * "Atomic memory operations"): LDADD, LDCLR, LDEOR, LDSET, LDSMAX, LDSMIN,
 * LDUMAX, LDUMIN and SWP, each in B, H, W and X sizes with the A, L and AL
 * ordering variants; the ST<op> aliases are the same encodings with
 * Rt = 31.  Handlers for the _memop rows of xlate/a64/ldst.def.
 *
 * Each is one host atomic read-modify-write on guest memory (Arm ARM
 * C6.2 "LDADD" etc.: Rt = the old value, zero-extended; memory = old op
 * Rs).  A misaligned address is an alignment fault (SIGBUS, BUS_ADRALN, as
 * the kernel reports it on hardware without FEAT_LSE2).  On the x86-64 host
 * every locked RMW is a full barrier, so the acquire/release variants share
 * one sequentially consistent implementation.
 */
#include "xlate/interp.h"

#define LDST_INLINE static inline __attribute__((always_inline))

/* Host pointer for an aligned n-byte atomic access (alignment first). */
LDST_INLINE void *atomic_ptr(struct cpu *c, guest_addr_t a, unsigned n)
{
	if (RF_UNLIKELY(a & (n - 1)))
		xlate_raise_align(c, a, 1);
	return gmem_ptr(c, a, n, 1);
}

/* Per-size operations: T is the unsigned, S the signed type.  Each returns
 * the old memory value. */
#define ATOMIC_OPS(bits, T, S)                                                     \
	LDST_INLINE T ldadd_##bits(T *p, T v) { return __atomic_fetch_add(p, v, __ATOMIC_SEQ_CST); } \
	LDST_INLINE T ldclr_##bits(T *p, T v) { return __atomic_fetch_and(p, (T)~v, __ATOMIC_SEQ_CST); } \
	LDST_INLINE T ldeor_##bits(T *p, T v) { return __atomic_fetch_xor(p, v, __ATOMIC_SEQ_CST); } \
	LDST_INLINE T ldset_##bits(T *p, T v) { return __atomic_fetch_or(p, v, __ATOMIC_SEQ_CST); } \
	LDST_INLINE T swp_##bits(T *p, T v) { return __atomic_exchange_n(p, v, __ATOMIC_SEQ_CST); } \
	LDST_INLINE T ldsmax_##bits(T *p, T v)                                     \
	{                                                                          \
		T old = __atomic_load_n(p, __ATOMIC_RELAXED);                       \
		while (!__atomic_compare_exchange_n(p, &old, (S)old > (S)v ? old : v, 1, \
						    __ATOMIC_SEQ_CST, __ATOMIC_RELAXED)) \
			;                                                          \
		return old;                                                        \
	}                                                                          \
	LDST_INLINE T ldsmin_##bits(T *p, T v)                                     \
	{                                                                          \
		T old = __atomic_load_n(p, __ATOMIC_RELAXED);                       \
		while (!__atomic_compare_exchange_n(p, &old, (S)old < (S)v ? old : v, 1, \
						    __ATOMIC_SEQ_CST, __ATOMIC_RELAXED)) \
			;                                                          \
		return old;                                                        \
	}                                                                          \
	LDST_INLINE T ldumax_##bits(T *p, T v)                                     \
	{                                                                          \
		T old = __atomic_load_n(p, __ATOMIC_RELAXED);                       \
		while (!__atomic_compare_exchange_n(p, &old, old > v ? old : v, 1,  \
						    __ATOMIC_SEQ_CST, __ATOMIC_RELAXED)) \
			;                                                          \
		return old;                                                        \
	}                                                                          \
	LDST_INLINE T ldumin_##bits(T *p, T v)                                     \
	{                                                                          \
		T old = __atomic_load_n(p, __ATOMIC_RELAXED);                       \
		while (!__atomic_compare_exchange_n(p, &old, old < v ? old : v, 1,  \
						    __ATOMIC_SEQ_CST, __ATOMIC_RELAXED)) \
			;                                                          \
		return old;                                                        \
	}

ATOMIC_OPS(8, uint8_t, int8_t)
ATOMIC_OPS(16, uint16_t, int16_t)
ATOMIC_OPS(32, uint32_t, int32_t)
ATOMIC_OPS(64, uint64_t, int64_t)

/* One handler: Rt = op(memory at [Xn|SP], Rs), old value zero-extended.
 * Rs is read before Rt is written (they may be the same register). */
#define ATOMIC1(name, fn, bits)                                                   \
	void interp_##name(struct cpu *c, const struct a64_op *op)               \
	{                                                                        \
		uint32_t i = op->insn;                                           \
		uint##bits##_t *p = atomic_ptr(c, reg_xsp(c, F_RN(i)), bits / 8); \
		set_x(c, F_RT(i), fn##_##bits(p, (uint##bits##_t)reg_x(c, F_RS(i)))); \
	}
/* The plain, A, AL and L variants of one operation and size. */
#define ATOMIC4(n0, na, nal, nl, fn, bits) \
	ATOMIC1(n0, fn, bits) ATOMIC1(na, fn, bits) ATOMIC1(nal, fn, bits) ATOMIC1(nl, fn, bits)

/* LDADD */
ATOMIC4(LDADDB_32_memop, LDADDAB_32_memop, LDADDALB_32_memop, LDADDLB_32_memop, ldadd, 8)
ATOMIC4(LDADDH_32_memop, LDADDAH_32_memop, LDADDALH_32_memop, LDADDLH_32_memop, ldadd, 16)
ATOMIC4(LDADD_32_memop, LDADDA_32_memop, LDADDAL_32_memop, LDADDL_32_memop, ldadd, 32)
ATOMIC4(LDADD_64_memop, LDADDA_64_memop, LDADDAL_64_memop, LDADDL_64_memop, ldadd, 64)
/* LDCLR */
ATOMIC4(LDCLRB_32_memop, LDCLRAB_32_memop, LDCLRALB_32_memop, LDCLRLB_32_memop, ldclr, 8)
ATOMIC4(LDCLRH_32_memop, LDCLRAH_32_memop, LDCLRALH_32_memop, LDCLRLH_32_memop, ldclr, 16)
ATOMIC4(LDCLR_32_memop, LDCLRA_32_memop, LDCLRAL_32_memop, LDCLRL_32_memop, ldclr, 32)
ATOMIC4(LDCLR_64_memop, LDCLRA_64_memop, LDCLRAL_64_memop, LDCLRL_64_memop, ldclr, 64)
/* LDEOR */
ATOMIC4(LDEORB_32_memop, LDEORAB_32_memop, LDEORALB_32_memop, LDEORLB_32_memop, ldeor, 8)
ATOMIC4(LDEORH_32_memop, LDEORAH_32_memop, LDEORALH_32_memop, LDEORLH_32_memop, ldeor, 16)
ATOMIC4(LDEOR_32_memop, LDEORA_32_memop, LDEORAL_32_memop, LDEORL_32_memop, ldeor, 32)
ATOMIC4(LDEOR_64_memop, LDEORA_64_memop, LDEORAL_64_memop, LDEORL_64_memop, ldeor, 64)
/* LDSET */
ATOMIC4(LDSETB_32_memop, LDSETAB_32_memop, LDSETALB_32_memop, LDSETLB_32_memop, ldset, 8)
ATOMIC4(LDSETH_32_memop, LDSETAH_32_memop, LDSETALH_32_memop, LDSETLH_32_memop, ldset, 16)
ATOMIC4(LDSET_32_memop, LDSETA_32_memop, LDSETAL_32_memop, LDSETL_32_memop, ldset, 32)
ATOMIC4(LDSET_64_memop, LDSETA_64_memop, LDSETAL_64_memop, LDSETL_64_memop, ldset, 64)
/* LDSMAX */
ATOMIC4(LDSMAXB_32_memop, LDSMAXAB_32_memop, LDSMAXALB_32_memop, LDSMAXLB_32_memop, ldsmax, 8)
ATOMIC4(LDSMAXH_32_memop, LDSMAXAH_32_memop, LDSMAXALH_32_memop, LDSMAXLH_32_memop, ldsmax, 16)
ATOMIC4(LDSMAX_32_memop, LDSMAXA_32_memop, LDSMAXAL_32_memop, LDSMAXL_32_memop, ldsmax, 32)
ATOMIC4(LDSMAX_64_memop, LDSMAXA_64_memop, LDSMAXAL_64_memop, LDSMAXL_64_memop, ldsmax, 64)
/* LDSMIN */
ATOMIC4(LDSMINB_32_memop, LDSMINAB_32_memop, LDSMINALB_32_memop, LDSMINLB_32_memop, ldsmin, 8)
ATOMIC4(LDSMINH_32_memop, LDSMINAH_32_memop, LDSMINALH_32_memop, LDSMINLH_32_memop, ldsmin, 16)
ATOMIC4(LDSMIN_32_memop, LDSMINA_32_memop, LDSMINAL_32_memop, LDSMINL_32_memop, ldsmin, 32)
ATOMIC4(LDSMIN_64_memop, LDSMINA_64_memop, LDSMINAL_64_memop, LDSMINL_64_memop, ldsmin, 64)
/* LDUMAX */
ATOMIC4(LDUMAXB_32_memop, LDUMAXAB_32_memop, LDUMAXALB_32_memop, LDUMAXLB_32_memop, ldumax, 8)
ATOMIC4(LDUMAXH_32_memop, LDUMAXAH_32_memop, LDUMAXALH_32_memop, LDUMAXLH_32_memop, ldumax, 16)
ATOMIC4(LDUMAX_32_memop, LDUMAXA_32_memop, LDUMAXAL_32_memop, LDUMAXL_32_memop, ldumax, 32)
ATOMIC4(LDUMAX_64_memop, LDUMAXA_64_memop, LDUMAXAL_64_memop, LDUMAXL_64_memop, ldumax, 64)
/* LDUMIN */
ATOMIC4(LDUMINB_32_memop, LDUMINAB_32_memop, LDUMINALB_32_memop, LDUMINLB_32_memop, ldumin, 8)
ATOMIC4(LDUMINH_32_memop, LDUMINAH_32_memop, LDUMINALH_32_memop, LDUMINLH_32_memop, ldumin, 16)
ATOMIC4(LDUMIN_32_memop, LDUMINA_32_memop, LDUMINAL_32_memop, LDUMINL_32_memop, ldumin, 32)
ATOMIC4(LDUMIN_64_memop, LDUMINA_64_memop, LDUMINAL_64_memop, LDUMINL_64_memop, ldumin, 64)
/* SWP */
ATOMIC4(SWPB_32_memop, SWPAB_32_memop, SWPALB_32_memop, SWPLB_32_memop, swp, 8)
ATOMIC4(SWPH_32_memop, SWPAH_32_memop, SWPALH_32_memop, SWPLH_32_memop, swp, 16)
ATOMIC4(SWP_32_memop, SWPA_32_memop, SWPAL_32_memop, SWPL_32_memop, swp, 32)
ATOMIC4(SWP_64_memop, SWPA_64_memop, SWPAL_64_memop, SWPL_64_memop, swp, 64)
