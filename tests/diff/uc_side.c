/*
 * uc_side.c -- the Unicorn (AArch64) side of the differential tester.
 *
 * The CPU model is "max".  Unicorn starts at EL1 with the MMU off; cases run at EL0 (PSTATE = 0)
 * with CPACR_EL1.FPEN = 0b11 so FP/SIMD does not trap, and SCTLR_EL1 set
 * the way Linux sets it for user space (UCT, DZE, UCI: CTR_EL0, DC ZVA
 * and cache maintenance by VA allowed at EL0; Arm ARM D17.2.118).  The
 * code region shares the runforeign side's host pages; the data page is
 * Unicorn's own copy.  Exits are recognised from the interrupt hook
 * (exception number), the memory hooks (fault address) and uc_emu_start's
 * error code.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicorn/unicorn.h>
#include "tests/diff/difftest.h"

/* QEMU's exception numbers as passed to UC_HOOK_INTR (target/arm/cpu.h). */
#define QEMU_EXCP_UDEF 1
#define QEMU_EXCP_SWI 2
#define QEMU_EXCP_PREFETCH_ABORT 3
#define QEMU_EXCP_DATA_ABORT 4
#define QEMU_EXCP_BKPT 7

#define SCTLR_UCI (1ull << 26)
#define SCTLR_UCT (1ull << 15)
#define SCTLR_DZE (1ull << 14)
#define SCTLR_NTWE (1ull << 18)
#define SCTLR_NTWI (1ull << 16)

static uc_engine *uc;
static uint8_t uc_data[DIFF_DATA_SIZE] __attribute__((aligned(4096)));
static int intno;
static int have_fault;
static uint64_t fault_addr, first_access;
static int have_access;
static int monitor_maybe_armed;

/* uc_emu_start's "until": an address no case reaches (0, the obvious
 * choice, would stop a branch to 0 before its fetch fault). */
#define UC_UNTIL 0x0badc0de0badc0d0ull

/* Register ids and value pointers for the batch calls. */
enum { NREGS = 31 + 32 + 6 };
static int reg_ids[NREGS];

static void on_intr(uc_engine *u, uint32_t no, void *user)
{
	(void)user;
	intno = (int)no;
	uc_emu_stop(u);
}

static bool on_unmapped(uc_engine *u, uc_mem_type type, uint64_t addr, int size,
			int64_t value, void *user)
{
	(void)u, (void)type, (void)size, (void)value, (void)user;
	if (!have_fault) {
		have_fault = 1;
		fault_addr = addr;
	}
	return false;
}

static void on_access(uc_engine *u, uc_mem_type type, uint64_t addr, int size,
		      int64_t value, void *user)
{
	(void)u, (void)type, (void)size, (void)value, (void)user;
	if (!have_access) {
		have_access = 1;
		first_access = addr;
	}
}

static void check(uc_err e, const char *what)
{
	if (e != UC_ERR_OK) {
		fprintf(stderr, "difftest: unicorn %s: %s\n", what, uc_strerror(e));
		exit(1);
	}
}

void diff_uc_init(void)
{
	uc_hook h;
	uint64_t v;
	uc_arm64_cp_reg sctlr = {.op0 = 3, .op1 = 0, .crn = 1, .crm = 0, .op2 = 0};
	int i, n = 0;

	check(uc_open(UC_ARCH_ARM64, UC_MODE_ARM, &uc), "open");
	/* "max": ARMv8.x with LSE atomics, CRC32, crypto, RCPC..., so every
	 * feature runforeign may implement exists on this side too. */
	check(uc_ctl_set_cpu_model(uc, UC_CPU_ARM64_MAX), "cpu model");
	check(uc_mem_map_ptr(uc, DIFF_CODE_BASE, DIFF_CODE_SIZE, UC_PROT_READ | UC_PROT_EXEC,
			     (void *)(uintptr_t)DIFF_CODE_BASE), "map code");
	check(uc_mem_map_ptr(uc, DIFF_DATA_BASE, DIFF_DATA_SIZE, UC_PROT_READ | UC_PROT_WRITE,
			     uc_data), "map data");
	check(uc_hook_add(uc, &h, UC_HOOK_INTR, (void *)on_intr, NULL, 1, 0), "hook");
	check(uc_hook_add(uc, &h, UC_HOOK_MEM_UNMAPPED | UC_HOOK_MEM_PROT, (void *)on_unmapped,
			  NULL, 1, 0), "hook");
	check(uc_hook_add(uc, &h, UC_HOOK_MEM_READ | UC_HOOK_MEM_WRITE, (void *)on_access,
			  NULL, 1, 0), "hook");
	v = 3ull << 20; /* CPACR_EL1.FPEN */
	check(uc_reg_write(uc, UC_ARM64_REG_CPACR_EL1, &v), "CPACR_EL1");
	check(uc_reg_read(uc, UC_ARM64_REG_CPACR_EL1, &v), "CPACR_EL1");
	if (((v >> 20) & 3) != 3) {
		fprintf(stderr, "difftest: unicorn did not enable FP/SIMD (CPACR_EL1 %#llx)\n",
			(unsigned long long)v);
		exit(1);
	}
	check(uc_reg_read(uc, UC_ARM64_REG_CP_REG, &sctlr), "SCTLR_EL1");
	sctlr.val |= SCTLR_UCI | SCTLR_UCT | SCTLR_DZE | SCTLR_NTWE | SCTLR_NTWI;
	check(uc_reg_write(uc, UC_ARM64_REG_CP_REG, &sctlr), "SCTLR_EL1");

	for (i = 0; i < 29; i++)
		reg_ids[n++] = UC_ARM64_REG_X0 + i;
	reg_ids[n++] = UC_ARM64_REG_X29;
	reg_ids[n++] = UC_ARM64_REG_X30;
	for (i = 0; i < 32; i++)
		reg_ids[n++] = UC_ARM64_REG_Q0 + i;
	reg_ids[n++] = UC_ARM64_REG_SP;
	reg_ids[n++] = UC_ARM64_REG_PC;
	reg_ids[n++] = UC_ARM64_REG_NZCV;
	reg_ids[n++] = UC_ARM64_REG_FPCR;
	reg_ids[n++] = UC_ARM64_REG_FPSR;
	reg_ids[n++] = UC_ARM64_REG_TPIDR_EL0;
}

void diff_uc_flush(void)
{
	/* Not UC_CTL_TB_FLUSH: that clears the whole translation buffer and
	 * takes half a second. */
	check(uc_ctl(uc, UC_CTL_WRITE(UC_CTL_TB_REMOVE_CACHE, 2), (uint64_t)DIFF_CODE_BASE,
		     (uint64_t)(DIFF_CODE_BASE + DIFF_CODE_SIZE)), "TB remove");
}

/* Value pointers in reg_ids order; 32-bit registers go through u64 temps. */
static void reg_ptrs(struct diff_regs *r, uint64_t *tmp, void **p)
{
	int i, n = 0;

	for (i = 0; i < 31; i++)
		p[n++] = &r->x[i];
	for (i = 0; i < 32; i++)
		p[n++] = r->v[i];
	p[n++] = &r->sp;
	p[n++] = &r->pc;
	p[n++] = &tmp[0];
	p[n++] = &tmp[1];
	p[n++] = &tmp[2];
	p[n++] = &r->tpidr;
}

static void uc_classify(uc_err e, struct diff_result *out)
{
	out->addr = 0;
	out->detail = e != UC_ERR_OK ? -(long)e : intno;
	if (e == UC_ERR_FETCH_UNMAPPED || e == UC_ERR_FETCH_PROT) {
		out->exit = DIFF_EXIT_FETCH;
		out->addr = have_fault ? fault_addr : out->r.pc;
	} else if (e == UC_ERR_READ_UNMAPPED || e == UC_ERR_WRITE_UNMAPPED ||
		   e == UC_ERR_READ_PROT || e == UC_ERR_WRITE_PROT) {
		out->exit = DIFF_EXIT_FAULT;
		out->addr = fault_addr;
	} else if (e != UC_ERR_OK) {
		out->exit = DIFF_EXIT_OTHER;
	} else if (intno == QEMU_EXCP_BKPT) {
		out->exit = DIFF_EXIT_BRK;
	} else if (intno == QEMU_EXCP_SWI) {
		out->exit = DIFF_EXIT_SVC;
	} else if (intno == QEMU_EXCP_UDEF) {
		out->exit = DIFF_EXIT_UNDEF;
	} else if (intno == QEMU_EXCP_DATA_ABORT && have_access) {
		/* Mapped memory and still an abort: an alignment fault. */
		out->exit = DIFF_EXIT_ALIGN;
		out->addr = first_access;
	} else if (intno < 0) {
		out->exit = DIFF_EXIT_STOPPED;
	} else {
		out->exit = DIFF_EXIT_OTHER;
	}
}

void diff_uc_run(const struct diff_case *k, struct diff_result *out)
{
	struct diff_regs in = k->in;
	uint64_t tmp[3], zero = 0;
	void *p[NREGS];
	uc_err e;

	memcpy(uc_data, k->mem, DIFF_DATA_SIZE);
	check(uc_reg_write(uc, UC_ARM64_REG_PSTATE, &zero), "PSTATE");
	if (monitor_maybe_armed) {
		/* runforeign starts every case with the monitor open. */
		check(uc_emu_start(uc, DIFF_CLREX_STUB, UC_UNTIL, 0, 2), "CLREX");
		monitor_maybe_armed = 0;
	}
	/* Loads and stores (Arm ARM C4.1: op0 = x1x0) may arm it. */
	if ((k->insn & 0x0a000000u) == 0x08000000u)
		monitor_maybe_armed = 1;
	tmp[0] = in.nzcv;
	tmp[1] = in.fpcr;
	tmp[2] = in.fpsr;
	reg_ptrs(&in, tmp, p);
	check(uc_reg_write_batch(uc, reg_ids, p, NREGS), "write registers");
	intno = -1;
	have_fault = have_access = 0;
	/* Budget: the instruction (and the NOP before it) and the BRK after
	 * it or at its target. */
	e = uc_emu_start(uc, k->in.pc, UC_UNTIL, 0, k->after_nop ? 3 : 2);
	reg_ptrs(&out->r, tmp, p);
	check(uc_reg_read_batch(uc, reg_ids, p, NREGS), "read registers");
	out->r.nzcv = (uint32_t)tmp[0];
	out->r.fpcr = (uint32_t)tmp[1];
	out->r.fpsr = (uint32_t)tmp[2];
	uc_classify(e, out);
	out->mem = uc_data;
}
