/*
 * dp_common.h -- arithmetic shared by the integer handlers (xlate/dp_imm.c,
 * xlate/dp_reg.c, xlate/dp_reg_src.c, xlate/branch.c): AddWithCarry with
 * exact NZCV, the register shift and extend operations, rotates and the
 * condition test.  Straight-line code only: these run for most guest
 * instructions.  Included only by those files.
 */
#ifndef RF_XLATE_DP_COMMON_H
#define RF_XLATE_DP_COMMON_H

#include "xlate/interp.h"

/* NZCV of a result whose C and V are 0 (logical operations). */
static inline uint32_t nz_flags64(uint64_t r)
{
	return (uint32_t)(r >> 63) << 31 | (uint32_t)(r == 0) << 30;
}

static inline uint32_t nz_flags32(uint32_t r)
{
	return (r >> 31) << 31 | (uint32_t)(r == 0) << 30;
}

/* add_with_carry64 -- AddWithCarry(a, b, carry_in) (Arm ARM J1.1, shared
 * pseudocode): returns the 64-bit sum and stores its NZCV in *nzcv.
 * C is the unsigned carry out, V the signed overflow. */
static inline uint64_t add_with_carry64(uint64_t a, uint64_t b, unsigned carry_in, uint32_t *nzcv)
{
	uint64_t r = a + b + carry_in;
	uint32_t cout = carry_in ? r <= a : r < a;
	uint32_t v = (uint32_t)(((a ^ r) & (b ^ r)) >> 63);

	*nzcv = nz_flags64(r) | cout << 29 | v << 28;
	return r;
}

/* add_with_carry32 -- the 32-bit AddWithCarry. */
static inline uint32_t add_with_carry32(uint32_t a, uint32_t b, unsigned carry_in, uint32_t *nzcv)
{
	uint64_t wide = (uint64_t)a + b + carry_in;
	uint32_t r = (uint32_t)wide;
	uint32_t v = ((a ^ r) & (b ^ r)) >> 31;

	*nzcv = nz_flags32(r) | (uint32_t)(wide >> 32) << 29 | v << 28;
	return r;
}

static inline uint64_t ror64(uint64_t v, unsigned n)
{
	return (v >> (n & 63)) | (v << ((64 - n) & 63));
}

static inline uint32_t ror32(uint32_t v, unsigned n)
{
	return (v >> (n & 31)) | (v << ((32 - n) & 31));
}

/* ShiftReg (Arm ARM C6.2, shared pseudocode) for a 64-bit operand:
 * type 0 LSL, 1 LSR, 2 ASR, 3 ROR; amount < 64. */
static inline uint64_t shift_reg64(uint64_t v, unsigned type, unsigned amount)
{
	switch (type) {
	case 0: return v << amount;
	case 1: return v >> amount;
	case 2: return (uint64_t)((int64_t)v >> amount);
	default: return ror64(v, amount);
	}
}

/* ShiftReg for a 32-bit operand; amount < 32. */
static inline uint32_t shift_reg32(uint32_t v, unsigned type, unsigned amount)
{
	switch (type) {
	case 0: return v << amount;
	case 1: return v >> amount;
	case 2: return (uint32_t)((int32_t)v >> amount);
	default: return ror32(v, amount);
	}
}

/* ExtendReg (Arm ARM C6.2): option selects UXTB, UXTH, UXTW, UXTX, SXTB,
 * SXTH, SXTW, SXTX of v, then the result is shifted left by shift (0-4). */
static inline uint64_t extend_reg(uint64_t v, unsigned option, unsigned shift)
{
	switch (option) {
	case 0: v = (uint8_t)v; break;
	case 1: v = (uint16_t)v; break;
	case 2: v = (uint32_t)v; break;
	case 3: break;
	case 4: v = (uint64_t)(int64_t)(int8_t)v; break;
	case 5: v = (uint64_t)(int64_t)(int16_t)v; break;
	case 6: v = (uint64_t)(int64_t)(int32_t)v; break;
	default: break;
	}
	return v << shift;
}

/* cond_pass -- ConditionHolds(cond) (Arm ARM J1) by table lookup: bit
 * (N:Z:C:V) of cond_pass_table[cond] says whether cond holds. */
static const uint16_t cond_pass_table[16] = {
	0xf0f0, 0x0f0f, 0xcccc, 0x3333, 0xff00, 0x00ff, 0xaaaa, 0x5555,
	0x0c0c, 0xf3f3, 0xaa55, 0x55aa, 0x0a05, 0xf5fa, 0xffff, 0xffff,
};

static inline unsigned cond_pass(uint32_t nzcv, unsigned cond)
{
	return (cond_pass_table[cond] >> (nzcv >> 28)) & 1u;
}

#endif
