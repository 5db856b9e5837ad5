/*
 * sys.c -- System instructions at EL0 (Arm ARM C4.1.65): hints, barriers,
 * the cache maintenance Linux lets EL0 use, and MRS/MSR of the registers
 * EL0 may access, including the ID registers the kernel emulates under
 * HWCAP_CPUID.  Handlers for those rows of xlate/a64/branch_sys.def.  The
 * values come from xlate/cpu_profile.h; anything else is undefined
 * (SIGILL), as the kernel makes it.
 */
#include <time.h>
#include "xlate/cpu_profile.h"
#include "xlate/gmap.h"
#include "xlate/interp.h"
#include "xlate/sys.h"

/* ---- Hints ---- */

/* The whole hint space is a NOP on this CPU (see branch_sys.def). */
void interp_HINT(struct cpu *c, const struct a64_op *op)
{
}

/* ---- Barriers ---- */

/* CLREX: open this PE's exclusive monitor. */
void interp_CLREX(struct cpu *c, const struct a64_op *op)
{
	c->excl_size = 0;
}

/*
 * DMB/DSB: the host fence that gives the ordering CRm<1:0> asks for
 * (Arm ARM C6.2 DMB: 01 = loads before loads and stores, 10 = stores
 * before stores, 11 and 00 = all accesses).  The shareability domain
 * (CRm<3:2>) makes no difference on the host.  DSB's extra guarantees
 * (completion of maintenance) hold trivially for host memory.
 */
static inline void barrier(uint32_t insn)
{
	switch (BITS(insn, 9, 8)) {
	case 1: __atomic_thread_fence(__ATOMIC_ACQUIRE); break;
	case 2: __atomic_thread_fence(__ATOMIC_RELEASE); break;
	default: __atomic_thread_fence(__ATOMIC_SEQ_CST); break;
	}
}

void interp_DMB(struct cpu *c, const struct a64_op *op)
{
	barrier(op->insn);
}

void interp_DSB(struct cpu *c, const struct a64_op *op)
{
	barrier(op->insn);
}

/*
 * IC IVAU only marks the translations stale; they are dropped at the next
 * context synchronization event (ISB, or an exception such as SVC), which
 * is when the Arm ARM guarantees that modified instructions are fetched
 * (B2.4.4, "Concurrent modification and execution of instructions").  A
 * guest cleaning a range line by line thus costs one flush, not one per
 * line.  The flag is global: the thread that executes the new code may not
 * be the one that wrote it.
 */
static int icache_stale;

void sys_context_sync(void)
{
	if (RF_UNLIKELY(__atomic_load_n(&icache_stale, __ATOMIC_RELAXED)) &&
	    __atomic_exchange_n(&icache_stale, 0, __ATOMIC_ACQ_REL))
		xlate_cache_flush_request();
}

/* ISB ends its block, so the instructions after it are translated again
 * when a flush is pending. */
void interp_ISB(struct cpu *c, const struct a64_op *op)
{
	sys_context_sync();
	c->pc = op->pc + 4;
}

/* SB: no speculation is visible to the guest; a compiler barrier keeps
 * program order.  (FEAT_SB executes but is not advertised.) */
void interp_SB(struct cpu *c, const struct a64_op *op)
{
	__atomic_signal_fence(__ATOMIC_SEQ_CST);
}

/* ---- System instructions: cache maintenance by VA ----
 * Host memory is coherent, so cleaning and invalidating do nothing, but
 * like the hardware they fault when the address is not readable (the
 * permission check of a cache maintenance instruction is a read). */

static inline guest_addr_t cache_op_probe(struct cpu *c, uint32_t insn)
{
	guest_addr_t a = reg_x(c, F_RT(insn));

	(void)*(volatile uint8_t *)gmem_ptr(c, a, 1, 0);
	return a;
}

/* DC ZVA: zero the naturally aligned block of DCZID_EL0 size (64 bytes). */
void interp_DC_ZVA(struct cpu *c, const struct a64_op *op)
{
	guest_addr_t xt = gaddr_untag(reg_x(c, F_RT(op->insn)));
	guest_addr_t a = xt & ~(guest_addr_t)(CPU_DCZVA_BLOCK - 1);
	int prot = gmem_range_ok(a, CPU_DCZVA_BLOCK) ? gmap_prot(a) : -1;

	/* A fault reports the address in Xt, not the block's (FAR for DC ZVA
	 * is the VA the instruction was given); a block lies in one page. */
	if (prot < 0 || !(prot & GMAP_W))
		xlate_raise_fault(c, xt, 1, prot < 0 ? XLATE_FAULT_MAPERR : XLATE_FAULT_ACCERR);
	memset(g2h(a), 0, CPU_DCZVA_BLOCK);
}

void interp_DC_CVAC(struct cpu *c, const struct a64_op *op) { cache_op_probe(c, op->insn); }
void interp_DC_CVAU(struct cpu *c, const struct a64_op *op) { cache_op_probe(c, op->insn); }
void interp_DC_CVAP(struct cpu *c, const struct a64_op *op) { cache_op_probe(c, op->insn); }
void interp_DC_CIVAC(struct cpu *c, const struct a64_op *op) { cache_op_probe(c, op->insn); }

/* IC IVAU: the guest changed code; see sys_context_sync(). */
void interp_IC_IVAU(struct cpu *c, const struct a64_op *op)
{
	cache_op_probe(c, op->insn);
	__atomic_store_n(&icache_stale, 1, __ATOMIC_RELEASE);
}

/* ---- MRS / MSR (register) ---- */

/* The 15-bit o0:op1:CRn:CRm:op2 field of MRS/MSR for op0 = 2 + o0. */
#define SYSREG(op0, op1, crn, crm, op2) \
	(((op0) - 2) << 14 | (op1) << 11 | (crn) << 7 | (crm) << 3 | (op2))

#define SR_NZCV SYSREG(3, 3, 4, 2, 0)
#define SR_FPCR SYSREG(3, 3, 4, 4, 0)
#define SR_FPSR SYSREG(3, 3, 4, 4, 1)
#define SR_TPIDR_EL0 SYSREG(3, 3, 13, 0, 2)
#define SR_TPIDRRO_EL0 SYSREG(3, 3, 13, 0, 3)
#define SR_CTR_EL0 SYSREG(3, 3, 0, 0, 1)
#define SR_DCZID_EL0 SYSREG(3, 3, 0, 0, 7)
#define SR_CNTFRQ_EL0 SYSREG(3, 3, 14, 0, 0)
#define SR_CNTVCT_EL0 SYSREG(3, 3, 14, 0, 2)
/* The ID space the kernel emulates: op0 = 3, op1 = 0, CRn = 0. */
#define SR_ID_SPACE SYSREG(3, 0, 0, 0, 0)
#define SR_ID_MASK SYSREG(3, 7, 15, 0, 0)

/* CNTVCT_EL0: CLOCK_MONOTONIC at CNTFRQ_EL0; monotonic across threads. */
static uint64_t read_cntvct(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * CPU_CNTFRQ_EL0 +
	       (uint64_t)ts.tv_nsec * CPU_CNTFRQ_EL0 / 1000000000u;
}

/*
 * read_id_reg -- an EL0 read of op0=3, op1=0, CRn=0, CRm, op2 as Linux
 * emulates it (arch/arm64/kernel/cpufeature.c, emulate_sys_reg()): CRm=0
 * has only MIDR, MPIDR and REVIDR; CRm=1 is not emulated; CRm=2..7 read
 * the sanitised value, and 0 for registers the kernel does not track.
 * Returns 0 and sets *v, or -1 if the read is undefined.
 */
static int read_id_reg(unsigned crm, unsigned op2, uint64_t *v)
{
	static const uint64_t aa64[4][8] = {
		[0] = { CPU_ID_AA64PFR0_EL1, CPU_ID_AA64PFR1_EL1, 0, 0,
			CPU_ID_AA64ZFR0_EL1, CPU_ID_AA64SMFR0_EL1, 0, 0 },
		[1] = { CPU_ID_AA64DFR0_EL1, CPU_ID_AA64DFR1_EL1, 0, 0,
			CPU_ID_AA64AFR0_EL1, CPU_ID_AA64AFR1_EL1, 0, 0 },
		[2] = { CPU_ID_AA64ISAR0_EL1, CPU_ID_AA64ISAR1_EL1, CPU_ID_AA64ISAR2_EL1 },
		[3] = { CPU_ID_AA64MMFR0_EL1, CPU_ID_AA64MMFR1_EL1, CPU_ID_AA64MMFR2_EL1 },
	};

	if (crm == 0) {
		switch (op2) {
		case 0: *v = CPU_MIDR_EL1; return 0;
		case 5: *v = CPU_MPIDR_EL1; return 0;
		case 6: *v = CPU_REVIDR_EL1; return 0;
		default: return -1;
		}
	}
	if (crm == 1 || crm > 7)
		return -1;
	/* CRm 2 and 3: the AArch32 registers, 0 on an AArch64-only CPU. */
	*v = crm >= 4 ? aa64[crm - 4][op2] : 0;
	return 0;
}

void interp_MRS(struct cpu *c, const struct a64_op *op)
{
	unsigned sr = BITS(op->insn, 19, 5);
	uint64_t v;

	switch (sr) {
	case SR_TPIDR_EL0: v = c->tpidr_el0; break;
	case SR_NZCV: v = c->nzcv; break;
	case SR_FPCR: v = c->fpcr; break;
	case SR_FPSR: v = c->fpsr; break;
	case SR_TPIDRRO_EL0: v = c->tpidrro_el0; break;
	case SR_CTR_EL0: v = CPU_CTR_EL0; break;
	case SR_DCZID_EL0: v = CPU_DCZID_EL0; break;
	case SR_CNTFRQ_EL0: v = CPU_CNTFRQ_EL0; break;
	case SR_CNTVCT_EL0: v = read_cntvct(); break;
	default:
		if ((sr & SR_ID_MASK) != SR_ID_SPACE ||
		    read_id_reg(BITS(sr, 6, 3), BITS(sr, 2, 0), &v) != 0)
			xlate_raise_undef(c, op);
		break;
	}
	set_x(c, F_RT(op->insn), v);
}

/* MSR: only NZCV, FPCR, FPSR and TPIDR_EL0 are writable at EL0; bits that
 * do not exist on this CPU stay 0 (RES0, RAZ/WI). */
void interp_MSR_reg(struct cpu *c, const struct a64_op *op)
{
	uint64_t v = reg_x(c, F_RT(op->insn));

	switch (BITS(op->insn, 19, 5)) {
	case SR_TPIDR_EL0: c->tpidr_el0 = v; break;
	case SR_NZCV: c->nzcv = (uint32_t)v & 0xf0000000u; break;
	case SR_FPCR: c->fpcr = (uint32_t)v & CPU_FPCR_MASK; break;
	case SR_FPSR: c->fpsr = (uint32_t)v & CPU_FPSR_MASK; break;
	default: xlate_raise_undef(c, op);
	}
}
