/*
 * dp_reg_src.c -- Data Processing -- Register (Arm ARM C4.1.95), the
 * 1-source, 2-source and 3-source classes: bit and byte reversal, counting,
 * division, variable shifts, CRC32/CRC32C and multiply(-accumulate).
 * Handlers for those rows of xlate/a64/dp_reg.def; semantics: Arm ARM C6.2.
 */
#include "xlate/dp_common.h"

/* ---- Data-processing (2 source) ---- */

/* Division rounds towards zero; a zero divisor gives 0 and INT_MIN / -1
 * gives INT_MIN (C6.2 SDIV, UDIV: the pseudocode's integer division never
 * traps), which the host division must not see. */
void interp_UDIV_32(struct cpu *c, const struct a64_op *op)
{
	uint32_t n = reg_w(c, F_RN(op->insn)), m = reg_w(c, F_RM(op->insn));
	set_x(c, F_RD(op->insn), m ? n / m : 0);
}

void interp_UDIV_64(struct cpu *c, const struct a64_op *op)
{
	uint64_t n = reg_x(c, F_RN(op->insn)), m = reg_x(c, F_RM(op->insn));
	set_x(c, F_RD(op->insn), m ? n / m : 0);
}

void interp_SDIV_32(struct cpu *c, const struct a64_op *op)
{
	int32_t n = (int32_t)reg_w(c, F_RN(op->insn)), m = (int32_t)reg_w(c, F_RM(op->insn));
	uint32_t r;

	if (m == 0)
		r = 0;
	else if (m == -1)
		r = -(uint32_t)n;
	else
		r = (uint32_t)(n / m);
	set_x(c, F_RD(op->insn), r);
}

void interp_SDIV_64(struct cpu *c, const struct a64_op *op)
{
	int64_t n = (int64_t)reg_x(c, F_RN(op->insn)), m = (int64_t)reg_x(c, F_RM(op->insn));
	uint64_t r;

	if (m == 0)
		r = 0;
	else if (m == -1)
		r = -(uint64_t)n;
	else
		r = (uint64_t)(n / m);
	set_x(c, F_RD(op->insn), r);
}

/* Variable shifts: the amount is Rm MOD datasize. */
#define SHIFTV(name, expr32, expr64)                                          \
	void interp_##name##_32(struct cpu *c, const struct a64_op *op)       \
	{                                                                     \
		uint32_t n = reg_w(c, F_RN(op->insn));                        \
		unsigned s = reg_w(c, F_RM(op->insn)) & 31;                   \
		set_x(c, F_RD(op->insn), (uint32_t)(expr32));                 \
	}                                                                     \
	void interp_##name##_64(struct cpu *c, const struct a64_op *op)       \
	{                                                                     \
		uint64_t n = reg_x(c, F_RN(op->insn));                        \
		unsigned s = reg_w(c, F_RM(op->insn)) & 63;                   \
		set_x(c, F_RD(op->insn), (expr64));                           \
	}
SHIFTV(LSLV, n << s, n << s)
SHIFTV(LSRV, n >> s, n >> s)
SHIFTV(ASRV, (int32_t)n >> s, (uint64_t)((int64_t)n >> s))
SHIFTV(RORV, ror32(n, s), ror64(n, s))

/*
 * CRC32 and CRC32C (C6.2 CRC32B..X, CRC32CB..CX): the accumulator and data
 * are bit-reflected, no initial or final inversion; polynomials 0x04C11DB7
 * (reflected 0xEDB88320) and 0x1EDC6F41 (reflected 0x82F63B78).  One table
 * lookup per data byte, least significant byte first.
 */
static uint32_t crc32_table[256], crc32c_table[256];

static void crc_fill(uint32_t *t, uint32_t poly)
{
	unsigned b, k;

	for (b = 0; b < 256; b++) {
		uint32_t r = b;
		for (k = 0; k < 8; k++)
			r = (r >> 1) ^ (poly & -(r & 1));
		t[b] = r;
	}
}

__attribute__((constructor)) static void crc_tables_init(void)
{
	crc_fill(crc32_table, 0xEDB88320u);
	crc_fill(crc32c_table, 0x82F63B78u);
}

static inline uint32_t crc_update(const uint32_t *t, uint32_t acc, uint64_t data, unsigned bytes)
{
	unsigned k;

	for (k = 0; k < bytes; k++, data >>= 8)
		acc = t[(acc ^ data) & 0xff] ^ (acc >> 8);
	return acc;
}

#define CRC(name, table, bytes)                                               \
	void interp_##name(struct cpu *c, const struct a64_op *op)            \
	{                                                                     \
		uint32_t i = op->insn;                                        \
		set_x(c, F_RD(i), crc_update(table, reg_w(c, F_RN(i)),        \
					     reg_x(c, F_RM(i)), bytes));      \
	}
CRC(CRC32B, crc32_table, 1)
CRC(CRC32H, crc32_table, 2)
CRC(CRC32W, crc32_table, 4)
CRC(CRC32X, crc32_table, 8)
CRC(CRC32CB, crc32c_table, 1)
CRC(CRC32CH, crc32c_table, 2)
CRC(CRC32CW, crc32c_table, 4)
CRC(CRC32CX, crc32c_table, 8)

/* ---- Data-processing (1 source) ---- */

static inline uint64_t rbit64(uint64_t v)
{
	v = ((v >> 1) & 0x5555555555555555ull) | ((v & 0x5555555555555555ull) << 1);
	v = ((v >> 2) & 0x3333333333333333ull) | ((v & 0x3333333333333333ull) << 2);
	v = ((v >> 4) & 0x0f0f0f0f0f0f0f0full) | ((v & 0x0f0f0f0f0f0f0f0full) << 4);
	return __builtin_bswap64(v);
}

static inline uint64_t rev16_64(uint64_t v)
{
	return ((v >> 8) & 0x00ff00ff00ff00ffull) | ((v & 0x00ff00ff00ff00ffull) << 8);
}

#define ONE_SOURCE(name, type, read, expr)                                    \
	void interp_##name(struct cpu *c, const struct a64_op *op)            \
	{                                                                     \
		type v = read(c, F_RN(op->insn));                             \
		set_x(c, F_RD(op->insn), (type)(expr));                       \
	}
ONE_SOURCE(RBIT_32, uint32_t, reg_w, rbit64(v) >> 32)
ONE_SOURCE(RBIT_64, uint64_t, reg_x, rbit64(v))
ONE_SOURCE(REV16_32, uint32_t, reg_w, rev16_64(v))
ONE_SOURCE(REV16_64, uint64_t, reg_x, rev16_64(v))
ONE_SOURCE(REV_32, uint32_t, reg_w, __builtin_bswap32(v))
ONE_SOURCE(REV32, uint64_t, reg_x, ror64(__builtin_bswap64(v), 32))
ONE_SOURCE(REV_64, uint64_t, reg_x, __builtin_bswap64(v))
/* CountLeadingZeroBits; CountLeadingSignBits(x) is the leading zeros of
 * x<N-1:1> EOR x<N-2:0>, i.e. of (x EOR x << 1) with bit 0 forced to 1. */
ONE_SOURCE(CLZ_32, uint32_t, reg_w, v ? __builtin_clz(v) : 32)
ONE_SOURCE(CLZ_64, uint64_t, reg_x, v ? __builtin_clzll(v) : 64)
ONE_SOURCE(CLS_32, uint32_t, reg_w, __builtin_clz((v ^ (v << 1)) | 1u))
ONE_SOURCE(CLS_64, uint64_t, reg_x, __builtin_clzll((v ^ (v << 1)) | 1u))

/* ---- Data-processing (3 source) ---- */

void interp_MADD_32(struct cpu *c, const struct a64_op *op)
{
	uint32_t i = op->insn;
	set_x(c, F_RD(i), (uint32_t)(reg_w(c, F_RA(i)) + reg_w(c, F_RN(i)) * reg_w(c, F_RM(i))));
}

void interp_MADD_64(struct cpu *c, const struct a64_op *op)
{
	uint32_t i = op->insn;
	set_x(c, F_RD(i), reg_x(c, F_RA(i)) + reg_x(c, F_RN(i)) * reg_x(c, F_RM(i)));
}

void interp_MSUB_32(struct cpu *c, const struct a64_op *op)
{
	uint32_t i = op->insn;
	set_x(c, F_RD(i), (uint32_t)(reg_w(c, F_RA(i)) - reg_w(c, F_RN(i)) * reg_w(c, F_RM(i))));
}

void interp_MSUB_64(struct cpu *c, const struct a64_op *op)
{
	uint32_t i = op->insn;
	set_x(c, F_RD(i), reg_x(c, F_RA(i)) - reg_x(c, F_RN(i)) * reg_x(c, F_RM(i)));
}

/* Widening multiply-accumulate: 32 x 32 -> 64 bits, plus or minus Xa. */
static inline uint64_t mul_long(const struct cpu *c, uint32_t i, int is_signed)
{
	uint32_t n = reg_w(c, F_RN(i)), m = reg_w(c, F_RM(i));

	if (is_signed)
		return (uint64_t)((int64_t)(int32_t)n * (int32_t)m);
	return (uint64_t)n * m;
}

void interp_SMADDL(struct cpu *c, const struct a64_op *op)
{
	set_x(c, F_RD(op->insn), reg_x(c, F_RA(op->insn)) + mul_long(c, op->insn, 1));
}

void interp_SMSUBL(struct cpu *c, const struct a64_op *op)
{
	set_x(c, F_RD(op->insn), reg_x(c, F_RA(op->insn)) - mul_long(c, op->insn, 1));
}

void interp_UMADDL(struct cpu *c, const struct a64_op *op)
{
	set_x(c, F_RD(op->insn), reg_x(c, F_RA(op->insn)) + mul_long(c, op->insn, 0));
}

void interp_UMSUBL(struct cpu *c, const struct a64_op *op)
{
	set_x(c, F_RD(op->insn), reg_x(c, F_RA(op->insn)) - mul_long(c, op->insn, 0));
}

/* High 64 bits of the 128-bit product. */
void interp_SMULH(struct cpu *c, const struct a64_op *op)
{
	__int128 p = (__int128)(int64_t)reg_x(c, F_RN(op->insn)) *
		     (int64_t)reg_x(c, F_RM(op->insn));
	set_x(c, F_RD(op->insn), (uint64_t)(p >> 64));
}

void interp_UMULH(struct cpu *c, const struct a64_op *op)
{
	unsigned __int128 p = (unsigned __int128)reg_x(c, F_RN(op->insn)) *
			      reg_x(c, F_RM(op->insn));
	set_x(c, F_RD(op->insn), (uint64_t)(p >> 64));
}
