/*
 * divergence.c -- matching cases against the reviewed list of known
 * divergences between runforeign and Unicorn (divergences.h), and the
 * conditions ("when" predicates) those entries use.
 */
#include <fnmatch.h>
#include <signal.h>
#include <string.h>
#include "tests/diff/difftest.h"
#include "xlate/a64.h"
#include "xlate/rf.h"

/* The address with its top byte ignored (xlate/interp.h, gaddr_untag). */
static uint64_t untag(uint64_t a)
{
	return (uint64_t)((int64_t)(a << 8) >> 8);
}

/* Both sides took a data abort. */
static int both_fault(const struct diff_case *k, const struct diff_result *rf,
		      const struct diff_result *uc)
{
	return rf->exit == DIFF_EXIT_FAULT && uc->exit == DIFF_EXIT_FAULT;
}

/* Unicorn went on at a misaligned pc (runforeign stops there). */
static int uc_misaligned_pc(const struct diff_case *k, const struct diff_result *rf,
			    const struct diff_result *uc)
{
	return rf->exit == DIFF_EXIT_ALIGN && (rf->addr & 3) &&
	       ((uc->r.pc & 3) || (uc->exit == DIFF_EXIT_FETCH && (uc->addr & 3)));
}

/* runforeign says UNDEF, Unicorn executed the word. */
static int rf_undef_uc_ran(const struct diff_case *k, const struct diff_result *rf,
			   const struct diff_result *uc)
{
	return rf->exit == DIFF_EXIT_UNDEF && uc->exit != DIFF_EXIT_UNDEF;
}

/* runforeign took an alignment fault at the base address of an access
 * that really is misaligned for its size (pairs: twice the size), and
 * Unicorn did not fault. */
static int rf_align_misaligned_uc_ran(const struct diff_case *k, const struct diff_result *rf,
				      const struct diff_result *uc)
{
	const char *name = a64_rows[k->row].name;
	unsigned rn = F_RN(k->insn);
	uint64_t addr = rn == 31 ? k->in.sp : k->in.x[rn];
	uint64_t size = 1ull << (k->insn >> 30);

	if (strstr(name, "XP_") || strncmp(name, "CASP", 4) == 0)
		size *= 2;
	return rf->exit == DIFF_EXIT_ALIGN && uc->exit == DIFF_EXIT_BRK &&
	       rf->addr == addr && (addr & (size - 1)) != 0;
}

/* runforeign took a data abort, Unicorn went on. */
static int rf_fault_uc_ran(const struct diff_case *k, const struct diff_result *rf,
			   const struct diff_result *uc)
{
	return rf->exit == DIFF_EXIT_FAULT && uc->exit == DIFF_EXIT_BRK;
}

/* An LSE min/max narrower than 64 bits (LDSMAX, LDSMIN, LDUMAX, LDUMIN)
 * on operands that QEMU 5 gets wrong: it compares the zero-extended
 * memory value with the whole 64-bit register, so a register with bits
 * above the access size, or (signed) a negative operand, gives a wrong
 * result. */
static int lse_minmax_qemu5_bug(const struct diff_case *k, const struct diff_result *rf,
				const struct diff_result *uc)
{
	unsigned size = 1u << (k->insn >> 30), rn = F_RN(k->insn), rs = F_RS(k->insn);
	uint64_t addr = rn == 31 ? k->in.sp : k->in.x[rn];
	uint64_t mem = 0, reg = rs == 31 ? 0 : k->in.x[rs], sign;
	int is_signed = a64_rows[k->row].name[2] == 'S';

	if (size == 8)
		return 0;
	sign = 1ull << (8 * size - 1);
	if (addr >= DIFF_DATA_BASE && addr + size <= DIFF_DATA_BASE + DIFF_DATA_SIZE)
		memcpy(&mem, k->mem + (addr - DIFF_DATA_BASE), size);
	return (reg >> (8 * size)) != 0 || (is_signed && ((mem & sign) || (reg & sign)));
}

/* qemudiff: both sides raised SIGILL, runforeign with ILL_ILLOPC (as the
 * kernel does), qemu with ILL_ILLOPN. */
static int undef_qemu_illopn(const struct diff_case *k, const struct diff_result *rf,
			     const struct diff_result *uc)
{
	return rf->exit == DIFF_EXIT_UNDEF && uc->exit == DIFF_EXIT_UNDEF &&
	       rf->detail == ILL_ILLOPC && uc->detail == ILL_ILLOPN;
}

/* The in-process interpreter stopped the case on its instruction budget. */
static int interp_stopped(const struct diff_case *k, const struct diff_result *rf,
			  const struct diff_result *uc)
{
	return rf->exit == DIFF_EXIT_STOPPED;
}

/* Both reached a BRK. */
static int both_brk(const struct diff_case *k, const struct diff_result *rf,
		    const struct diff_result *uc)
{
	return rf->exit == DIFF_EXIT_BRK && uc->exit == DIFF_EXIT_BRK;
}

/* runforeign took a PC alignment fault at a misaligned address, qemu a
 * fetch fault at the same address. */
static int qemu_fetch_before_pc_align(const struct diff_case *k, const struct diff_result *rf,
				      const struct diff_result *uc)
{
	return rf->exit == DIFF_EXIT_ALIGN && uc->exit == DIFF_EXIT_FETCH && (rf->addr & 3) &&
	       untag(uc->addr) == rf->addr;
}

/* The oracle faulted at a tagged address (data or fetch) that runforeign
 * used untagged: it completed the access, or faulted at the untagged
 * address. */
static int uc_no_tbi(const struct diff_case *k, const struct diff_result *rf,
		     const struct diff_result *uc)
{
	if ((uc->exit != DIFF_EXIT_FAULT && uc->exit != DIFF_EXIT_FETCH) ||
	    untag(uc->addr) == uc->addr)
		return 0;
	return rf->exit == DIFF_EXIT_BRK || (rf->exit == uc->exit && rf->addr == untag(uc->addr));
}

/* Both faulted; qemu says si_addr 0 for an address outside its 48-bit
 * guest address space. */
static int qemu_far_zero(const struct diff_case *k, const struct diff_result *rf,
			 const struct diff_result *uc)
{
	return rf->exit == DIFF_EXIT_FAULT && uc->exit == DIFF_EXIT_FAULT && uc->addr == 0 &&
	       rf->addr >= 1ull << 48;
}

/* runforeign did not raise SIGILL, qemu did. */
static int qemu_undef_rf_not(const struct diff_case *k, const struct diff_result *rf,
			     const struct diff_result *uc)
{
	return rf->exit != DIFF_EXIT_UNDEF && uc->exit == DIFF_EXIT_UNDEF;
}

/* a and b ended the same way with the same state, except for x[rt] (rt
 * 31: none) and the FPCR and FPSR bits in fpcr_bits and fpsr_bits. */
static int same_but(const struct diff_result *a, const struct diff_result *b, unsigned rt,
		    uint32_t fpcr_bits, uint32_t fpsr_bits)
{
	unsigned i;

	if (a->exit != b->exit || a->addr != b->addr || a->r.pc != b->r.pc ||
	    a->r.sp != b->r.sp || a->r.nzcv != b->r.nzcv || a->r.tpidr != b->r.tpidr ||
	    ((a->r.fpcr ^ b->r.fpcr) & ~fpcr_bits) || ((a->r.fpsr ^ b->r.fpsr) & ~fpsr_bits) ||
	    memcmp(a->r.v, b->r.v, sizeof a->r.v) || memcmp(a->mem, b->mem, DIFF_DATA_SIZE))
		return 0;
	for (i = 0; i < 31; i++)
		if (i != rt && a->r.x[i] != b->r.x[i])
			return 0;
	return 1;
}

/* Both ran an MRS to the end; the register it read differs, nothing
 * else. */
static int mrs_value_only(const struct diff_case *k, const struct diff_result *rf,
			  const struct diff_result *uc)
{
	unsigned rt = F_RT(k->insn);

	return rf->exit == DIFF_EXIT_BRK && rt != 31 && rf->r.x[rt] != uc->r.x[rt] &&
	       same_but(rf, uc, rt, 0, 0);
}

/* FPCR and FPSR bits that only AArch32 (FPSCR) or FEAT_FP16 give a meaning:
 * FPCR.Stride, FZ16, Len; FPSR.N, Z, C, V. */
#define FPCR_A32_FP16 0x003f0000u
#define FPSR_A32 0xf0000000u

/* Both ran an MSR to FPCR or FPSR; the oracle kept bits that are RES0
 * in runforeign's profile, and nothing else differs. */
static int fp_ctl_a32_bits(const struct diff_case *k, const struct diff_result *rf,
			   const struct diff_result *uc)
{
	return rf->exit == DIFF_EXIT_BRK && (rf->r.fpcr != uc->r.fpcr || rf->r.fpsr != uc->r.fpsr) &&
	       same_but(rf, uc, 31, FPCR_A32_FP16, FPSR_A32) &&
	       !(rf->r.fpcr & FPCR_A32_FP16) && !(rf->r.fpsr & FPSR_A32);
}

/* Both took an instruction fetch fault at the same pc, one with bit 55
 * set and a top byte other than all ones; runforeign reports it
 * sign-extended from bit 55, qemu as it is. */
static int qemu_fetch_addr_tagged(const struct diff_case *k, const struct diff_result *rf,
				  const struct diff_result *uc)
{
	struct diff_result q = *uc;

	if (rf->exit != DIFF_EXIT_FETCH || uc->exit != DIFF_EXIT_FETCH ||
	    uc->addr != uc->r.pc || !(uc->addr >> 55 & 1) || rf->addr != untag(uc->addr))
		return 0;
	q.addr = rf->addr;
	return same_but(rf, &q, 31, 0, 0);
}

static struct diff_divergence divergences[] = {
#define DIVERGENCE_FOR(oracles, rows, mask, value, when, skip, reason) \
	{oracles, rows, mask, value, when, skip, reason, 0},
#define DIVERGENCE(rows, mask, value, when, skip, reason) \
	DIVERGENCE_FOR(DIV_UNICORN, rows, mask, value, when, skip, reason)
#include "tests/diff/divergences.h"
#undef DIVERGENCE
#undef DIVERGENCE_FOR
};

static int matches(unsigned oracle, const struct diff_divergence *d, const struct diff_case *k)
{
	const char *name = k->row >= 0 ? a64_rows[k->row].name : "";

	return (d->oracles & oracle) && (k->insn & d->mask) == d->value &&
	       fnmatch(d->rows, name, 0) == 0;
}

struct diff_divergence *diff_div_no_run(unsigned oracle, const struct diff_case *k,
					const struct diff_result *interp)
{
	unsigned i;

	for (i = 0; i < RF_ARRAY_SIZE(divergences); i++) {
		struct diff_divergence *d = &divergences[i];
		if (!(d->skip & DIV_NO_RUN) || !matches(oracle, d, k))
			continue;
		if (d->when && (!interp || !d->when(k, interp, interp)))
			continue;
		return d;
	}
	return NULL;
}

unsigned diff_div_skip(unsigned oracle, const struct diff_case *k, const struct diff_result *rf,
		       const struct diff_result *uc, struct diff_divergence **used)
{
	unsigned skip = 0, i;

	*used = NULL;
	for (i = 0; i < RF_ARRAY_SIZE(divergences); i++) {
		struct diff_divergence *d = &divergences[i];
		if ((d->skip & DIV_NO_RUN) || !matches(oracle, d, k))
			continue;
		if (d->when && !d->when(k, rf, uc))
			continue;
		skip |= d->skip;
		*used = d;
	}
	return skip;
}

void diff_div_report(unsigned oracle, FILE *f)
{
	unsigned i;

	for (i = 0; i < RF_ARRAY_SIZE(divergences); i++)
		if ((divergences[i].oracles & oracle) && divergences[i].hits)
			fprintf(f, "divergence %-20s applied %6lu times: %.60s...\n",
				divergences[i].rows, divergences[i].hits, divergences[i].reason);
}
