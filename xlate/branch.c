/*
 * branch.c -- Branches, exception generation and system instructions
 * (Arm ARM C4.1.65, "Branches, Exception Generating and System
 * instructions").  Handlers for rows in xlate/a64/branch_sys.def.
 */
#include "xlate/interp.h"

void interp_SVC(struct cpu *c, const struct a64_op *op)
{
	c->pc = op->pc + 4;
	c->exit_imm = BITS(op->insn, 20, 5);
	xlate_raise(c, XLATE_EXIT_SVC);
}

void interp_BRK(struct cpu *c, const struct a64_op *op)
{
	c->pc = op->pc;
	c->exit_imm = BITS(op->insn, 20, 5);
	xlate_raise(c, XLATE_EXIT_BRK);
}

void interp_B_uncond(struct cpu *c, const struct a64_op *op)
{
	c->pc = op->pc + (uint64_t)(SBITS(op->insn, 25, 0) * 4);
}
