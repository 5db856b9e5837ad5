/*
 * simd.h -- lane helpers shared by the AdvSIMD integer handlers
 * (xlate/simd_*.c): register write-back with the upper-half zeroing of the
 * Arm ARM's V[] accessor, elementwise loops over every lane width, and the
 * saturation helpers that set FPSR.QC (Arm ARM J1 SignedSatQ/UnsignedSatQ).
 *
 * Elementwise loops always run over the whole 128-bit register with a
 * constant trip count so that the host compiler vectorises them; the
 * handler then zeroes the upper 64 bits for Q=0.  Operations with a side
 * effect (FPSR.QC) loop over the architectural element count only.
 */
#ifndef RF_XLATE_SIMD_H
#define RF_XLATE_SIMD_H

#include "xlate/interp.h"

/* Common AdvSIMD fields. */
#define F_Q(i) BIT(i, 30)
#define F_U(i) BIT(i, 29)
#define F_SIZE(i) BITS(i, 23, 22)

/* vset -- V[rd] = r, the upper 64 bits zeroed unless q (Arm ARM V[] write
 * of a 64-bit value zero-extends to the register). */
static inline void vset(struct cpu *c, unsigned rd, vreg_t r, unsigned q)
{
	if (!q)
		r.d[1] = 0;
	c->v[rd] = r;
}

/* vset_scalar -- a scalar result of esize bits in V[rd], rest zeroed. */
static inline void vset_scalar(struct cpu *c, unsigned rd, uint64_t v, unsigned esize)
{
	c->v[rd].d[0] = esize == 64 ? v : v & ((1ull << esize) - 1);
	c->v[rd].d[1] = 0;
}

static inline void simd_set_qc(struct cpu *c)
{
	c->fpsr |= FPSR_QC;
}

/* Lane element of any width as unsigned / sign-extended 64 bits. */
static inline uint64_t lane_u(const vreg_t *v, unsigned size, unsigned i)
{
	switch (size) {
	case 0: return v->b[i];
	case 1: return v->h[i];
	case 2: return v->s[i];
	default: return v->d[i];
	}
}

static inline int64_t lane_s(const vreg_t *v, unsigned size, unsigned i)
{
	switch (size) {
	case 0: return v->sb[i];
	case 1: return v->sh[i];
	case 2: return v->ss[i];
	default: return v->sd[i];
	}
}

static inline void lane_set(vreg_t *v, unsigned size, unsigned i, uint64_t x)
{
	switch (size) {
	case 0: v->b[i] = (uint8_t)x; break;
	case 1: v->h[i] = (uint16_t)x; break;
	case 2: v->s[i] = (uint32_t)x; break;
	default: v->d[i] = x; break;
	}
}

/* Saturate a wide value to esize bits (Arm ARM SignedSatQ, UnsignedSatQ);
 * *qc is set when the value did not fit. */
static inline int64_t sat_s(__int128 v, unsigned esize, unsigned *qc)
{
	__int128 max = ((__int128)1 << (esize - 1)) - 1, min = -max - 1;
	if (v > max) {
		*qc = 1;
		return (int64_t)max;
	}
	if (v < min) {
		*qc = 1;
		return (int64_t)min;
	}
	return (int64_t)v;
}

static inline uint64_t sat_u(__int128 v, unsigned esize, unsigned *qc)
{
	__int128 max = ((__int128)1 << esize) - 1;
	if (v > max) {
		*qc = 1;
		return (uint64_t)max;
	}
	if (v < 0) {
		*qc = 1;
		return 0;
	}
	return (uint64_t)v;
}

/* Lane field and type names for the elementwise loops: U = unsigned,
 * S = signed, W = a wider type for intermediate results. */
#define SIMD_LF_U0 b
#define SIMD_LF_U1 h
#define SIMD_LF_U2 s
#define SIMD_LF_U3 d
#define SIMD_LF_S0 sb
#define SIMD_LF_S1 sh
#define SIMD_LF_S2 ss
#define SIMD_LF_S3 sd
#define SIMD_LT_U0 uint8_t
#define SIMD_LT_U1 uint16_t
#define SIMD_LT_U2 uint32_t
#define SIMD_LT_U3 uint64_t
#define SIMD_LT_S0 int8_t
#define SIMD_LT_S1 int16_t
#define SIMD_LT_S2 int32_t
#define SIMD_LT_S3 int64_t
#define SIMD_WT_U0 uint32_t
#define SIMD_WT_U1 uint32_t
#define SIMD_WT_U2 uint64_t
#define SIMD_WT_U3 unsigned __int128
#define SIMD_WT_S0 int32_t
#define SIMD_WT_S1 int32_t
#define SIMD_WT_S2 int64_t
#define SIMD_WT_S3 __int128
#define SIMD_CAT_(a, b) a##b
#define SIMD_CAT(a, b) SIMD_CAT_(a, b)

/* ESIZE inside an elementwise expression: the lane width in bits. */
#define ESIZE ((unsigned)sizeof(x) * 8u)

/*
 * SIMD_EW2(size, n, R, A, B, SG, EXPR) -- for lanes i < n of width 8<<size,
 * R[i] = EXPR, where EXPR sees x = A[i], y = B[i] and d = R[i] (the old
 * destination lane) of the lane type (SG = U or S), and the type wide_t.
 * n may be SIMD_ALL (every lane of the 128-bit register).
 */
#define SIMD_ALL 16u
#define SIMD_EW2_CASE(N, n, R, A, B, SG, EXPR)                                    \
	case N: {                                                                  \
		typedef SIMD_CAT(SIMD_WT_##SG, N) wide_t __attribute__((unused));                         \
		typedef SIMD_CAT(SIMD_LT_##SG, N) lane_t __attribute__((unused));                         \
		unsigned n_ = (n) == SIMD_ALL ? 16u >> N : (n);                    \
		for (unsigned i_ = 0; i_ < n_; i_++) {                             \
			lane_t x = (A).SIMD_CAT(SIMD_LF_##SG, N)[i_];                \
			lane_t y = (B).SIMD_CAT(SIMD_LF_##SG, N)[i_];                \
			lane_t d = (R).SIMD_CAT(SIMD_LF_##SG, N)[i_];                \
			(void)x; (void)y; (void)d;                                  \
			(R).SIMD_CAT(SIMD_LF_##SG, N)[i_] = (lane_t)(EXPR);          \
		}                                                                  \
		break;                                                             \
	}
#define SIMD_EW2(size, n, R, A, B, SG, EXPR)                                       \
	do {                                                                       \
		switch (size) {                                                    \
		SIMD_EW2_CASE(0, n, R, A, B, SG, EXPR)                             \
		SIMD_EW2_CASE(1, n, R, A, B, SG, EXPR)                             \
		SIMD_EW2_CASE(2, n, R, A, B, SG, EXPR)                             \
		default: SIMD_EW2_CASE(3, n, R, A, B, SG, EXPR)                    \
		}                                                                  \
	} while (0)

/* Number of elements of width 8<<size in a 64- or 128-bit vector. */
static inline unsigned simd_elems(unsigned q, unsigned size)
{
	return (8u << q) >> size;
}

/*
 * SIMD_LONG_SWITCH(size, BODY) -- run BODY(NU, NS, WU, WS, NE) with the
 * lane fields of the narrow (NU/NS) and double-width (WU/WS) elements for
 * size 0..2 and NE, the number of narrow elements in 64 bits, so that the
 * widening and narrowing loops have typed lanes and constant trip counts.
 */
#define SIMD_LONG_SWITCH(size, BODY)                                        \
	do {                                                                \
		switch (size) {                                             \
		case 0: BODY(b, sb, h, sh, 8); break;                       \
		case 1: BODY(h, sh, s, ss, 4); break;                       \
		default: BODY(s, ss, d, sd, 2); break;                      \
		}                                                           \
	} while (0)

/* Widening multiplies shared by three different and by element (Arm ARM
 * C7.2 SMULL, SMLAL, SQDMULL, SQDMLAL, ...). */
enum simd_mull_kind { MULL_PLAIN, MULL_ACC, MULL_SUB, MULL_QD, MULL_QDACC, MULL_QDSUB };

/* simd_mull -- the 2*esize result for elements x, y (extended per the
 * instruction's signedness) and the old destination lane d (sign-extended
 * for the saturating kinds); sets *qc on saturation. */
static inline uint64_t simd_mull(enum simd_mull_kind k, int64_t x, int64_t y, int64_t d,
				 int uns, unsigned esize, unsigned *qc)
{
	__int128 p = uns ? (__int128)((unsigned __int128)(uint64_t)x * (uint64_t)y)
			 : (__int128)x * y;
	switch (k) {
	case MULL_PLAIN: return (uint64_t)p;
	case MULL_ACC: return (uint64_t)d + (uint64_t)p;
	case MULL_SUB: return (uint64_t)d - (uint64_t)p;
	case MULL_QD: return (uint64_t)sat_s(2 * p, 2 * esize, qc);
	case MULL_QDACC: return (uint64_t)sat_s((__int128)d + sat_s(2 * p, 2 * esize, qc), 2 * esize, qc);
	default: return (uint64_t)sat_s((__int128)d - sat_s(2 * p, 2 * esize, qc), 2 * esize, qc);
	}
}

#endif
