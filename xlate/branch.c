/*
 * branch.c -- Branches and exception generation (Arm ARM C4.1.65,
 * "Branches, Exception Generating and System instructions"): handlers for
 * the branch and exception rows of xlate/a64/branch_sys.def.  Every row
 * here ends a translation block, so every handler sets c->pc.  The system
 * instructions of the same group are in xlate/sys.c.
 */
#include "xlate/dp_common.h"
#include "xlate/sys.h"

/* SVC and BRK are exceptions, hence context synchronization events. */
void interp_SVC(struct cpu *c, const struct a64_op *op)
{
	sys_context_sync();
	c->pc = op->pc + 4;
	c->exit_imm = BITS(op->insn, 20, 5);
	xlate_raise(c, XLATE_EXIT_SVC);
}

void interp_BRK(struct cpu *c, const struct a64_op *op)
{
	sys_context_sync();
	c->pc = op->pc;
	c->exit_imm = BITS(op->insn, 20, 5);
	xlate_raise(c, XLATE_EXIT_BRK);
}

/* ---- Unconditional branch (immediate): imm26 words ---- */

void interp_B_uncond(struct cpu *c, const struct a64_op *op)
{
	c->pc = op->pc + (uint64_t)(SBITS(op->insn, 25, 0) * 4);
}

void interp_BL(struct cpu *c, const struct a64_op *op)
{
	c->x[30] = op->pc + 4;
	c->pc = op->pc + (uint64_t)(SBITS(op->insn, 25, 0) * 4);
}

/* ---- Conditional branch (immediate): imm19 words ---- */

static inline uint64_t branch19(const struct a64_op *op, int taken)
{
	return taken ? op->pc + (uint64_t)(SBITS(op->insn, 23, 5) * 4) : op->pc + 4;
}

void interp_B_cond(struct cpu *c, const struct a64_op *op)
{
	c->pc = branch19(op, cond_pass(c->nzcv, BITS(op->insn, 3, 0)));
}

/* ---- Compare and branch (immediate) ---- */

void interp_CBZ_32(struct cpu *c, const struct a64_op *op)
{
	c->pc = branch19(op, reg_w(c, F_RT(op->insn)) == 0);
}

void interp_CBZ_64(struct cpu *c, const struct a64_op *op)
{
	c->pc = branch19(op, reg_x(c, F_RT(op->insn)) == 0);
}

void interp_CBNZ_32(struct cpu *c, const struct a64_op *op)
{
	c->pc = branch19(op, reg_w(c, F_RT(op->insn)) != 0);
}

void interp_CBNZ_64(struct cpu *c, const struct a64_op *op)
{
	c->pc = branch19(op, reg_x(c, F_RT(op->insn)) != 0);
}

/* ---- Test and branch (immediate): bit b5:b40 of Xt, imm14 words ---- */

static inline uint64_t test_branch(const struct cpu *c, const struct a64_op *op, unsigned want)
{
	uint32_t i = op->insn;
	unsigned bit = BIT(i, 31) << 5 | BITS(i, 23, 19);

	if (((reg_x(c, F_RT(i)) >> bit) & 1) == want)
		return op->pc + (uint64_t)(SBITS(i, 18, 5) * 4);
	return op->pc + 4;
}

void interp_TBZ(struct cpu *c, const struct a64_op *op)
{
	c->pc = test_branch(c, op, 0);
}

void interp_TBNZ(struct cpu *c, const struct a64_op *op)
{
	c->pc = test_branch(c, op, 1);
}

/* ---- Unconditional branch (register) ---- */

/* Register targets drop their tag (gaddr_branch(), AArch64.BranchAddr()). */
void interp_BR(struct cpu *c, const struct a64_op *op)
{
	c->pc = gaddr_branch(reg_x(c, F_RN(op->insn)));
}

/* BLR X30 branches to the old X30: read the target before linking. */
void interp_BLR(struct cpu *c, const struct a64_op *op)
{
	uint64_t target = reg_x(c, F_RN(op->insn));

	c->x[30] = op->pc + 4;
	c->pc = gaddr_branch(target);
}

void interp_RET(struct cpu *c, const struct a64_op *op)
{
	c->pc = gaddr_branch(reg_x(c, F_RN(op->insn)));
}
