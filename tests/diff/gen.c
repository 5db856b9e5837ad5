/*
 * gen.c -- random test cases for the differential tester.
 *
 * The word is a random instance of a row of xlate/a64.def: fixed bits from
 * the pattern, each field (a run of one letter) drawn with a bias towards
 * edge values (0, 1, all ones, small, small negative).  The initial state
 * mixes edge values for integers (0, +-1, INT32/INT64 limits, 32/64-bit
 * boundaries) and floating point (+-0, denormals, +-inf, quiet and
 * signalling NaNs, values next to rounding boundaries, integer conversion
 * limits) with random ones, and a random FPCR (rounding mode, FZ, DN, AHP)
 * and FPSR.  Load/store base registers point into the data page.
 * Everything comes from one generator seeded per case, so a case can be
 * replayed alone from (seed, row, case number).
 */
#include <string.h>
#include "tests/diff/difftest.h"
#include "xlate/a64.h"
#include "xlate/cpu.h"
#include "xlate/rf.h"

struct rng {
	uint64_t s;
};

/* splitmix64 */
static uint64_t rnd(struct rng *g)
{
	uint64_t z = (g->s += 0x9E3779B97F4A7C15ull);
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
	return z ^ (z >> 31);
}

static unsigned below(struct rng *g, unsigned n)
{
	return (unsigned)(rnd(g) % n);
}

static uint64_t hash_str(uint64_t h, const char *s)
{
	while (*s)
		h = (h ^ (unsigned char)*s++) * 0x100000001B3ull;
	return h;
}

/* ---- instruction words ---- */

static uint32_t field_bias(struct rng *g, unsigned len, char letter)
{
	uint32_t ones = len >= 32 ? 0xffffffffu : (1u << len) - 1;
	int is_reg = len == 5 && strchr("dnmtaTs", letter) != NULL;

	if (is_reg)
		return below(g, 8) == 0 ? 31 : below(g, 32);
	switch (below(g, 10)) {
	case 0:
		return 0;
	case 1:
		return ones;
	case 2:
		return 1 & ones;
	case 3:
		return below(g, 4) & ones;
	case 4:
		return (ones - below(g, 4)) & ones;
	case 5:
		return (ones >> 1) & ones; /* largest positive signed */
	default:
		return (uint32_t)rnd(g) & ones;
	}
}

static uint32_t field_value(struct rng *g, unsigned len, char letter, int ends_block)
{
	uint32_t v = field_bias(g, len, letter);

	/* No branch offsets of 0 or -1: a branch to itself, or to the NOP
	 * just before it, never reaches a BRK. */
	uint32_t ones = len >= 32 ? 0xffffffffu : (1u << len) - 1;

	return ends_block && len >= 6 && (v == 0 || v == ones) ? 2 : v;
}

static uint32_t gen_word(struct rng *g, const struct a64_row *row, int ends_block)
{
	uint32_t w = row->value;
	int i = 0;

	while (i < 32) {
		char ch = row->pattern[i];
		int j = i;
		uint32_t v;

		if (ch == '0' || ch == '1') {
			i++;
			continue;
		}
		while (j < 32 && row->pattern[j] == ch)
			j++;
		v = field_value(g, (unsigned)(j - i), ch, ends_block);
		/* pattern[i] is bit 31 - i; the run ends at bit 32 - j. */
		w |= (v << (32 - j)) & ~row->mask;
		i = j;
	}
	return w;
}

/* ---- register values ---- */

static uint64_t gen_x(struct rng *g)
{
	static const uint64_t special[] = {
		0, 1, 2, ~0ull, ~1ull, 0x8000000000000000ull, 0x7fffffffffffffffull,
		0x7fffffff, 0x80000000, 0xffffffff, 0x100000000ull, 0xffffffff80000000ull,
		0x7fff, 0x8000, 0xffff, 0x10000, 0xffffffff00000000ull, 0x00000000fffffffeull,
		0x8000000000000001ull, 63, 64, 32, 31,
	};
	switch (below(g, 5)) {
	case 0:
		return special[below(g, RF_ARRAY_SIZE(special))];
	case 4: /* next to a boundary: carries, overflows, sign changes */
		return special[below(g, RF_ARRAY_SIZE(special))] + below(g, 9) - 4;
	case 1:
		return below(g, 130) - 65ull; /* small, either sign */
	case 2:
		return (uint32_t)rnd(g);
	default:
		return rnd(g);
	}
}

/* fp_special -- an IEEE value with ebits exponent and mbits fraction bits,
 * from the classes that break implementations. */
static uint64_t fp_special(struct rng *g, unsigned ebits, unsigned mbits)
{
	uint64_t emax = (1ull << ebits) - 1, bias = emax >> 1;
	uint64_t mmask = (1ull << mbits) - 1, quiet = 1ull << (mbits - 1);
	uint64_t sign = (uint64_t)below(g, 2), e, m, half;

	switch (below(g, 12)) {
	case 0: /* +-0 */
		e = 0, m = 0;
		break;
	case 1: /* +-inf */
		e = emax, m = 0;
		break;
	case 2: /* quiet NaN, random payload */
		e = emax, m = quiet | (rnd(g) & mmask & (below(g, 2) ? mmask : 0));
		break;
	case 3: /* signalling NaN */
		e = emax, m = (rnd(g) & (quiet - 1)) | 1;
		break;
	case 4: /* denormal (or the largest / smallest one) */
		e = 0, m = below(g, 2) ? (rnd(g) & mmask) | 1 : below(g, 2) ? 1 : mmask;
		break;
	case 5: /* smallest normal, largest finite */
		e = below(g, 2) ? 1 : emax - 1, m = below(g, 2) ? 0 : mmask;
		break;
	case 6: /* small exact values: 1, 1.5, 2, 3, ... */
		e = bias + below(g, 4), m = (rnd(g) & 3) << (mbits - 2);
		break;
	case 7: /* next to a rounding boundary: n + 1/2 (+-1 ulp), n < 2^mbits */
		e = bias + below(g, mbits < 24 ? mbits : 24);
		half = 1ull << (mbits - (e - bias) - 1);
		m = (rnd(g) & mmask & ~(2 * half - 1)) | half;
		m = (m + (uint64_t)below(g, 3) - 1) & mmask;
		break;
	case 8: /* integer conversion limits: 2^k - {0, 1 ulp, ...} for k
		 * around 15, 16, 31, 32, 63, 64 */
		e = bias + (uint64_t)(15 + 16 * below(g, 4)) + below(g, 2);
		if (e >= emax)
			e = emax - 1;
		m = below(g, 2) ? 0 : below(g, 2) ? mmask : rnd(g) & mmask;
		break;
	case 9: /* around 1.0: random fraction */
		e = bias - 1 + below(g, 3), m = rnd(g) & mmask;
		break;
	default: /* any finite normal */
		e = 1 + rnd(g) % (emax - 1), m = rnd(g) & mmask;
		break;
	}
	return sign << (ebits + mbits) | e << mbits | m;
}

static uint64_t int_special(struct rng *g, unsigned bits)
{
	uint64_t ones = bits == 64 ? ~0ull : (1ull << bits) - 1;

	switch (below(g, 7)) {
	case 0: return 0;
	case 1: return 1;
	case 2: return ones;                       /* -1 */
	case 3: return ones >> 1;                  /* signed max */
	case 4: return (ones >> 1) + 1;            /* signed min */
	case 5: return (uint64_t)below(g, 16) & ones;
	default: return rnd(g) & ones;
	}
}

/* Fill lanes of width bits with values from f. */
static void fill_lanes(struct rng *g, uint64_t v[2], unsigned bits, int fp)
{
	unsigned lane, n = 128 / bits;

	v[0] = v[1] = 0;
	for (lane = 0; lane < n; lane++) {
		uint64_t x;
		unsigned pos = lane * bits;
		if (fp)
			x = bits == 64 ? fp_special(g, 11, 52)
			    : bits == 32 ? fp_special(g, 8, 23) : fp_special(g, 5, 10);
		else
			x = int_special(g, bits);
		v[pos / 64] |= x << (pos % 64);
	}
}

static void gen_v(struct rng *g, uint64_t v[2])
{
	switch (below(g, 8)) {
	case 0:
		v[0] = rnd(g), v[1] = rnd(g);
		break;
	case 1:
		fill_lanes(g, v, 64, 1);
		break;
	case 2:
	case 3:
		fill_lanes(g, v, 32, 1);
		break;
	case 4:
		fill_lanes(g, v, 16, 1);
		break;
	case 5:
		fill_lanes(g, v, 8u << below(g, 4), 0);
		break;
	case 6:
		v[0] = v[1] = 0;
		break;
	default: /* a scalar in the low lane, garbage above it */
		fill_lanes(g, v, below(g, 2) ? 64 : 32, 1);
		v[1] = rnd(g);
		break;
	}
}

static void gen_mem(struct rng *g, uint8_t *mem)
{
	unsigned i;

	for (i = 0; i < DIFF_DATA_SIZE; i += 8) {
		uint64_t x;
		switch (below(g, 8)) {
		case 0: x = fp_special(g, 11, 52); break;
		case 1: x = fp_special(g, 8, 23) | fp_special(g, 8, 23) << 32; break;
		case 2: x = int_special(g, 64); break;
		default: x = rnd(g); break;
		}
		memcpy(mem + i, &x, 8);
	}
}

/* A data-page address for a base register: mostly 16-byte aligned, some
 * 8-aligned, some anywhere. */
static uint64_t data_ptr(struct rng *g, int for_sp)
{
	uint64_t a = DIFF_DATA_BASE + 1024 + below(g, 2048);

	/* SP: mostly 16-byte aligned as the ABI keeps it; sometimes not
	 * (neither side models SCTLR_EL1.SA0 stack alignment checks, see
	 * divergences.h). */
	if (for_sp)
		return below(g, 8) ? a & ~15ull : a;
	switch (below(g, 5)) {
	case 0: return a;
	case 1: return a & ~7ull;
	default: return a & ~15ull;
	}
}

static int is_field(const struct a64_row *row, unsigned bit)
{
	char ch = row->pattern[31 - bit];
	return ch != '0' && ch != '1';
}

/* Rows in the loads and stores group (Arm ARM C4.1: op0 = x1x0). */
static int is_ldst(const struct a64_row *row)
{
	return (row->mask & 0x0a000000u) == 0x0a000000u &&
	       (row->value & 0x0a000000u) == 0x08000000u;
}

/* SYS instructions with an address operand (DC ZVA, DC CVAC, IC IVAU,
 * ...: op0 = 01, L = 0, Arm ARM C5.3): Xt is a virtual address. */
static int is_sys_by_va(const struct a64_row *row)
{
	return strncmp(row->pattern, "1101010100001", 13) == 0 && is_field(row, 0);
}

/* A register offset or an atomic's operand (Rm/Rs, bits 20..16): small of
 * either sign, or a value of the access size zero-extended. */
static uint64_t ldst_index_value(struct rng *g, uint32_t insn)
{
	unsigned bits = 8u << (insn >> 30);

	if (below(g, 2))
		return (uint64_t)(int64_t)((int)below(g, 129) - 64);
	return bits == 64 ? gen_x(g) : gen_x(g) & ((1ull << bits) - 1);
}

static void gen_regs(struct rng *g, struct diff_case *k, const struct a64_row *row)
{
	struct diff_regs *r = &k->in;
	unsigned i, rn = F_RN(k->insn), rm = F_RM(k->insn);

	for (i = 0; i < 31; i++)
		r->x[i] = gen_x(g);
	for (i = 0; i < 32; i++) {
		if (i > 0 && below(g, 8) == 0)
			memcpy(r->v[i], r->v[below(g, i)], sizeof r->v[i]);
		else
			gen_v(g, r->v[i]);
	}
	r->sp = data_ptr(g, 1);
	r->nzcv = (uint32_t)below(g, 16) << 28;
	r->fpcr = 0;
	if (below(g, 2))
		r->fpcr |= (uint32_t)below(g, 4) << FPCR_RMODE_SHIFT;
	if (below(g, 4) == 0)
		r->fpcr |= FPCR_FZ;
	if (below(g, 4) == 0)
		r->fpcr |= FPCR_DN;
	if (below(g, 8) == 0)
		r->fpcr |= FPCR_AHP;
	r->fpsr = below(g, 2) ? 0 : (uint32_t)rnd(g) &
		(FPSR_IOC | FPSR_DZC | FPSR_OFC | FPSR_UFC | FPSR_IXC | FPSR_IDC | FPSR_QC);
	r->tpidr = rnd(g);
	if (!row)
		return;
	if (is_ldst(row) && is_field(row, 5)) {
		if (rn == 31)
			r->sp = data_ptr(g, 1);
		else
			r->x[rn] = data_ptr(g, 0);
		if (is_field(row, 16) && rm != rn && rm != 31 && below(g, 4))
			r->x[rm] = ldst_index_value(g, k->insn);
	}
	/* Xt points into the data page, or (1 case in 4) anywhere: a fault
	 * must then report Xt itself. */
	if (is_sys_by_va(row) && F_RT(k->insn) != 31 && below(g, 4) != 0)
		r->x[F_RT(k->insn)] = data_ptr(g, 0);
	if (k->ends_block && is_field(row, 5) && rn != 31 && below(g, 8)) {
		/* A register branch target: a BRK in the lower half of the
		 * code region (cases are placed in the upper half). */
		r->x[rn] = DIFF_CODE_BASE + 4 * below(g, DIFF_CODE_SIZE / 8);
	}
}

void diff_gen_case(struct diff_case *k, int row, uint32_t insn, uint64_t seed,
		   uint64_t ncase)
{
	struct rng g;
	const struct a64_row *r = row >= 0 ? &a64_rows[row] : NULL;
	uint64_t h = 0xcbf29ce484222325ull ^ seed;

	if (r) {
		h = hash_str(h, r->name);
	} else {
		int d = a64_decode(insn);
		h = (h ^ insn) * 0x100000001B3ull;
		r = d >= 0 ? &a64_rows[d] : NULL;
	}
	g.s = h ^ (ncase * 0xD1B54A32D192ED03ull);
	rnd(&g);
	memset(k, 0, sizeof *k);
	k->row = r ? (int)(r - a64_rows) : -1;
	k->ends_block = r ? (r->flags & A64_END) != 0 : 1;
	k->insn = row >= 0 ? gen_word(&g, r, k->ends_block) : insn;
	k->after_nop = (int)below(&g, 2);
	gen_regs(&g, k, r);
	gen_mem(&g, k->mem);
}
