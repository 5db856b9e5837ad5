/*
 * dp_imm.c -- Data Processing -- Immediate (Arm ARM C4.1.86): PC-relative
 * addressing, add/subtract, logical, move wide, bitfield, extract.
 * Handlers for the rows in xlate/a64/dp_imm.def; semantics follow the
 * instructions' pseudocode in Arm ARM C6.2.  Each 32/64-bit pair shares one
 * inline body specialised by a constant width.
 */
#include "xlate/dp_common.h"

/* ---- PC-rel. addressing (C6.2 ADR, ADRP) ---- */

static inline int64_t adr_imm(uint32_t insn)
{
	return SBITS(insn, 23, 5) * 4 + BITS(insn, 30, 29);
}

void interp_ADR(struct cpu *c, const struct a64_op *op)
{
	set_x(c, F_RD(op->insn), op->pc + (uint64_t)adr_imm(op->insn));
}

void interp_ADRP(struct cpu *c, const struct a64_op *op)
{
	set_x(c, F_RD(op->insn), (op->pc & ~0xfffull) + ((uint64_t)adr_imm(op->insn) << 12));
}

/* ---- Add/subtract (immediate) (C6.2 ADD/ADDS/SUB/SUBS (immediate)) ----
 * Rn is SP-or-register; Rd is SP for ADD/SUB, XZR for ADDS/SUBS. */

static inline void addsub_imm(struct cpu *c, uint32_t insn, int sf, int sub, int setflags)
{
	uint64_t imm = (uint64_t)BITS(insn, 21, 10) << (BIT(insn, 22) * 12);
	uint64_t a = reg_xsp(c, F_RN(insn));
	unsigned d = F_RD(insn);

	if (setflags) {
		uint32_t nzcv;
		if (sf) {
			set_x(c, d, add_with_carry64(a, sub ? ~imm : imm, sub, &nzcv));
		} else {
			set_x(c, d, add_with_carry32((uint32_t)a, sub ? ~(uint32_t)imm : (uint32_t)imm,
						     sub, &nzcv));
		}
		c->nzcv = nzcv;
	} else {
		uint64_t r = sub ? a - imm : a + imm;
		set_xsp(c, d, sf ? r : (uint32_t)r);
	}
}

#define ADDSUB_IMM(name, sub, setflags)                                      \
	void interp_##name##_32(struct cpu *c, const struct a64_op *op)      \
	{ addsub_imm(c, op->insn, 0, sub, setflags); }                       \
	void interp_##name##_64(struct cpu *c, const struct a64_op *op)      \
	{ addsub_imm(c, op->insn, 1, sub, setflags); }
ADDSUB_IMM(ADD_imm, 0, 0)
ADDSUB_IMM(ADDS_imm, 0, 1)
ADDSUB_IMM(SUB_imm, 1, 0)
ADDSUB_IMM(SUBS_imm, 1, 1)

/* ---- Logical (immediate) (C6.2 AND/ORR/EOR/ANDS (immediate)) ---- */

/*
 * decode_logical_imm -- DecodeBitMasks(N, imms, immr, TRUE) (Arm ARM J1,
 * shared pseudocode), wmask only.  Returns 0 and stores the 64-bit
 * replicated mask in *mask, or -1 for a reserved encoding.  The element
 * size is 2^len bits, so replication is one multiplication by
 * replicate_ones[len] (a 1 at the bottom of every element).
 */
static const uint64_t replicate_ones[7] = {
	0, 0x5555555555555555ull, 0x1111111111111111ull, 0x0101010101010101ull,
	0x0001000100010001ull, 0x0000000100000001ull, 1,
};

static int decode_logical_imm(unsigned n, unsigned immr, unsigned imms, uint64_t *mask)
{
	unsigned combined = n << 6 | (~imms & 0x3f);
	unsigned len, levels, s, r, esize;
	uint64_t emask, welem, elem;

	if (combined < 2)
		return -1;              /* len < 1 */
	len = 31 - (unsigned)__builtin_clz(combined);
	levels = (1u << len) - 1;
	if ((imms & levels) == levels)
		return -1;              /* all-ones element */
	s = imms & levels;
	r = immr & levels;
	esize = 1u << len;
	emask = esize == 64 ? ~0ull : (1ull << esize) - 1;
	welem = (2ull << s) - 1;
	elem = r ? ((welem >> r) | (welem << (esize - r))) & emask : welem;
	*mask = elem * replicate_ones[len];
	return 0;
}

/* Every N:immr:imms field (instruction bits 22:10) decoded once: the
 * replicated 64-bit mask, or 0 for a reserved encoding (a valid mask is
 * never 0).  64 KiB, of which a program touches a few lines. */
static uint64_t logical_imm_table[1u << 13];

__attribute__((constructor)) static void logical_imm_table_init(void)
{
	unsigned f;

	for (f = 0; f < RF_ARRAY_SIZE(logical_imm_table); f++) {
		uint64_t mask;
		if (decode_logical_imm(f >> 12, (f >> 6) & 0x3f, f & 0x3f, &mask) == 0)
			logical_imm_table[f] = mask;
	}
}

enum { LOG_AND, LOG_ORR, LOG_EOR, LOG_ANDS };

static inline void logical_imm(struct cpu *c, const struct a64_op *op, int sf, int opc)
{
	uint32_t insn = op->insn;
	uint64_t imm = logical_imm_table[BITS(insn, 22, 10)], a = reg_x(c, F_RN(insn)), r;

	if (RF_UNLIKELY(imm == 0))
		xlate_raise_undef(c, op);
	switch (opc) {
	case LOG_ORR: r = a | imm; break;
	case LOG_EOR: r = a ^ imm; break;
	default: r = a & imm; break;
	}
	if (!sf)
		r = (uint32_t)r;
	if (opc == LOG_ANDS) {
		c->nzcv = sf ? nz_flags64(r) : nz_flags32((uint32_t)r);
		set_x(c, F_RD(insn), r);
	} else {
		set_xsp(c, F_RD(insn), r);
	}
}

#define LOGICAL_IMM(name, opc)                                               \
	void interp_##name##_32(struct cpu *c, const struct a64_op *op)      \
	{ logical_imm(c, op, 0, opc); }                                      \
	void interp_##name##_64(struct cpu *c, const struct a64_op *op)      \
	{ logical_imm(c, op, 1, opc); }
LOGICAL_IMM(AND_imm, LOG_AND)
LOGICAL_IMM(ORR_imm, LOG_ORR)
LOGICAL_IMM(EOR_imm, LOG_EOR)
LOGICAL_IMM(ANDS_imm, LOG_ANDS)

/* ---- Move wide (immediate) (C6.2 MOVN, MOVZ, MOVK) ---- */

static inline uint64_t movw_imm(uint32_t insn)
{
	return (uint64_t)BITS(insn, 20, 5) << (BITS(insn, 22, 21) * 16);
}

void interp_MOVN_32(struct cpu *c, const struct a64_op *op)
{
	set_w(c, F_RD(op->insn), ~(uint32_t)movw_imm(op->insn));
}

void interp_MOVN_64(struct cpu *c, const struct a64_op *op)
{
	set_x(c, F_RD(op->insn), ~movw_imm(op->insn));
}

void interp_MOVZ_32(struct cpu *c, const struct a64_op *op)
{
	set_x(c, F_RD(op->insn), movw_imm(op->insn));
}

void interp_MOVZ_64(struct cpu *c, const struct a64_op *op)
{
	set_x(c, F_RD(op->insn), movw_imm(op->insn));
}

static inline void movk(struct cpu *c, uint32_t insn, int sf)
{
	unsigned d = F_RD(insn), pos = BITS(insn, 22, 21) * 16;
	uint64_t r = (reg_x(c, d) & ~(0xffffull << pos)) | movw_imm(insn);

	set_x(c, d, sf ? r : (uint32_t)r);
}

void interp_MOVK_32(struct cpu *c, const struct a64_op *op) { movk(c, op->insn, 0); }
void interp_MOVK_64(struct cpu *c, const struct a64_op *op) { movk(c, op->insn, 1); }

/* ---- Bitfield (C6.2 SBFM, BFM, UBFM) ----
 * DecodeBitMasks(N, imms, immr, FALSE) for a valid bitfield encoding always
 * has esize == datasize, so wmask = ROR(Ones(S+1), R) and
 * tmask = Ones(((S - R) MOD datasize) + 1), without replication. */

static inline uint64_t bitfield(uint64_t dst, uint64_t src, unsigned immr, unsigned imms,
				int sf, int inzero, int extend)
{
	unsigned bits = sf ? 64 : 32;
	uint64_t dmask = sf ? ~0ull : 0xffffffffull;
	uint64_t ones = (2ull << imms) - 1;
	uint64_t wmask, tmask, rot, bot, top;

	if (sf) {
		wmask = ror64(ones, immr);
		rot = ror64(src, immr);
	} else {
		wmask = ror32((uint32_t)ones, immr);
		rot = ror32((uint32_t)src, immr);
	}
	tmask = (2ull << ((imms - immr) & (bits - 1))) - 1;
	if (inzero)
		dst = 0;
	bot = (dst & ~wmask) | (rot & wmask);
	top = extend ? -((src >> imms) & 1) : dst;
	return ((top & ~tmask) | (bot & tmask)) & dmask;
}

#define BITFIELD(name, inzero, extend)                                        \
	void interp_##name##_32(struct cpu *c, const struct a64_op *op)       \
	{                                                                     \
		uint32_t i = op->insn;                                        \
		set_x(c, F_RD(i), bitfield(reg_x(c, F_RD(i)), reg_x(c, F_RN(i)), \
					   BITS(i, 21, 16), BITS(i, 15, 10), 0, inzero, extend)); \
	}                                                                     \
	void interp_##name##_64(struct cpu *c, const struct a64_op *op)       \
	{                                                                     \
		uint32_t i = op->insn;                                        \
		set_x(c, F_RD(i), bitfield(reg_x(c, F_RD(i)), reg_x(c, F_RN(i)), \
					   BITS(i, 21, 16), BITS(i, 15, 10), 1, inzero, extend)); \
	}
BITFIELD(SBFM, 1, 1)
BITFIELD(BFM, 0, 0)
BITFIELD(UBFM, 1, 0)

/* ---- Extract (C6.2 EXTR): (Rn:Rm) >> lsb ---- */

void interp_EXTR_32(struct cpu *c, const struct a64_op *op)
{
	uint32_t i = op->insn;
	uint64_t pair = reg_x(c, F_RN(i)) << 32 | reg_w(c, F_RM(i));

	set_x(c, F_RD(i), (uint32_t)(pair >> BITS(i, 15, 10)));
}

void interp_EXTR_64(struct cpu *c, const struct a64_op *op)
{
	uint32_t i = op->insn;
	unsigned lsb = BITS(i, 15, 10);
	uint64_t m = reg_x(c, F_RM(i)), n = reg_x(c, F_RN(i));

	set_x(c, F_RD(i), lsb ? (m >> lsb) | (n << (64 - lsb)) : m);
}
