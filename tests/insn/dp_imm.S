/*
 * dp_imm.S -- Data Processing -- Immediate (Arm ARM C4.1.86): ADR, ADRP,
 * ADD/ADDS/SUB/SUBS (immediate, LSL #0 and #12, SP forms, flags at the
 * boundaries), logical immediates of every element size and rotation,
 * MOVN/MOVZ/MOVK at every hw, SBFM/BFM/UBFM over immr/imms (checked
 * against the alias definitions: SBFX/UBFX/BFXIL when imms >= immr,
 * SBFIZ/UBFIZ/BFI otherwise) and EXTR at every lsb class.
 */
#include "insn.h"

/* t_rrr A, B, E, insn: x1 = A, x2 = B; run insn; x0 must be E. */
	.macro t_rrr a, b, e, line, insn:vararg
	ldr	x1, =\a
	ldr	x2, =\b
	\insn
	check_x	x0, \e, \line
	.endm
#define T_RRR(a, b, e, ...) t_rrr a, b, e, __LINE__, __VA_ARGS__

/* t_frrrf FIN, A, B, E, F, insn: NZCV = FIN, x1 = A, x2 = B; run insn;
 * NZCV must be F and x0 must be E. */
	.macro t_frrrf fin, a, b, e, f, line, insn:vararg
	ldr	x3, =\fin
	msr	nzcv, x3
	ldr	x1, =\a
	ldr	x2, =\b
	\insn
	check_nzcv \f, \line
	check_x	x0, \e, \line
	.endm
#define T_FRRRF(fin, a, b, e, f, ...) t_frrrf fin, a, b, e, f, __LINE__, __VA_ARGS__

	TEST_BEGIN

/* ADR/ADRP: forward, backward, page arithmetic */
back_target:
	adr	x0, back_target
	ldr	x1, =back_target
	sub	x0, x0, x1
	CHECK_X(x0, 0)
	adr	x0, fwd_target
	ldr	x1, =fwd_target
	sub	x0, x0, x1
	CHECK_X(x0, 0)
	adrp	x0, far_data
	ldr	x1, =far_data
	and	x1, x1, #0xfffffffffffff000
	sub	x0, x0, x1
	CHECK_X(x0, 0)
	adrp	x0, back_target
	ldr	x1, =back_target
	and	x1, x1, #0xfffffffffffff000
	sub	x0, x0, x1
	CHECK_X(x0, 0)
	adr	xzr, fwd_target
	CHECK_X(xzr, 0)
fwd_target:

/* ADD/ADDS/SUB/SUBS (immediate), 32-bit */
	T_FRRRF(0x90000000, 0x0, 0x0, 0x0, 0x90000000, add w0, w1, #0, lsl #0)
	T_FRRRF(0x90000000, 0x0, 0x0, 0x0, 0x40000000, adds w0, w1, #0, lsl #0)
	T_FRRRF(0x90000000, 0x0, 0x0, 0x0, 0x90000000, sub w0, w1, #0, lsl #0)
	T_FRRRF(0x90000000, 0x0, 0x0, 0x0, 0x60000000, subs w0, w1, #0, lsl #0)
	T_FRRRF(0x90000000, 0x0, 0x0, 0x1, 0x90000000, add w0, w1, #1, lsl #0)
	T_FRRRF(0x90000000, 0x0, 0x0, 0x1, 0x0, adds w0, w1, #1, lsl #0)
	T_FRRRF(0x90000000, 0x0, 0x0, 0xffffffff, 0x90000000, sub w0, w1, #1, lsl #0)
	T_FRRRF(0x90000000, 0x0, 0x0, 0xffffffff, 0x80000000, subs w0, w1, #1, lsl #0)
	T_FRRRF(0x90000000, 0x0, 0x0, 0xfff, 0x90000000, add w0, w1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0x0, 0x0, 0xfff, 0x0, adds w0, w1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0x0, 0x0, 0xfffff001, 0x90000000, sub w0, w1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0x0, 0x0, 0xfffff001, 0x80000000, subs w0, w1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0x0, 0x0, 0x1000, 0x90000000, add w0, w1, #1, lsl #12)
	T_FRRRF(0x90000000, 0x0, 0x0, 0x1000, 0x0, adds w0, w1, #1, lsl #12)
	T_FRRRF(0x90000000, 0x0, 0x0, 0xfffff000, 0x90000000, sub w0, w1, #1, lsl #12)
	T_FRRRF(0x90000000, 0x0, 0x0, 0xfffff000, 0x80000000, subs w0, w1, #1, lsl #12)
	T_FRRRF(0x90000000, 0x0, 0x0, 0xfff000, 0x90000000, add w0, w1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0x0, 0x0, 0xfff000, 0x0, adds w0, w1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0x0, 0x0, 0xff001000, 0x90000000, sub w0, w1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0x0, 0x0, 0xff001000, 0x80000000, subs w0, w1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0x1, 0x0, 0x1, 0x90000000, add w0, w1, #0, lsl #0)
	T_FRRRF(0x90000000, 0x1, 0x0, 0x1, 0x0, adds w0, w1, #0, lsl #0)
	T_FRRRF(0x90000000, 0x1, 0x0, 0x1, 0x90000000, sub w0, w1, #0, lsl #0)
	T_FRRRF(0x90000000, 0x1, 0x0, 0x1, 0x20000000, subs w0, w1, #0, lsl #0)
	T_FRRRF(0x90000000, 0x1, 0x0, 0x2, 0x90000000, add w0, w1, #1, lsl #0)
	T_FRRRF(0x90000000, 0x1, 0x0, 0x2, 0x0, adds w0, w1, #1, lsl #0)
	T_FRRRF(0x90000000, 0x1, 0x0, 0x0, 0x90000000, sub w0, w1, #1, lsl #0)
	T_FRRRF(0x90000000, 0x1, 0x0, 0x0, 0x60000000, subs w0, w1, #1, lsl #0)
	T_FRRRF(0x90000000, 0x1, 0x0, 0x1000, 0x90000000, add w0, w1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0x1, 0x0, 0x1000, 0x0, adds w0, w1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0x1, 0x0, 0xfffff002, 0x90000000, sub w0, w1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0x1, 0x0, 0xfffff002, 0x80000000, subs w0, w1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0x1, 0x0, 0x1001, 0x90000000, add w0, w1, #1, lsl #12)
	T_FRRRF(0x90000000, 0x1, 0x0, 0x1001, 0x0, adds w0, w1, #1, lsl #12)
	T_FRRRF(0x90000000, 0x1, 0x0, 0xfffff001, 0x90000000, sub w0, w1, #1, lsl #12)
	T_FRRRF(0x90000000, 0x1, 0x0, 0xfffff001, 0x80000000, subs w0, w1, #1, lsl #12)
	T_FRRRF(0x90000000, 0x1, 0x0, 0xfff001, 0x90000000, add w0, w1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0x1, 0x0, 0xfff001, 0x0, adds w0, w1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0x1, 0x0, 0xff001001, 0x90000000, sub w0, w1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0x1, 0x0, 0xff001001, 0x80000000, subs w0, w1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0x7fffffff, 0x0, 0x7fffffff, 0x90000000, add w0, w1, #0, lsl #0)
	T_FRRRF(0x90000000, 0x7fffffff, 0x0, 0x7fffffff, 0x0, adds w0, w1, #0, lsl #0)
	T_FRRRF(0x90000000, 0x7fffffff, 0x0, 0x7fffffff, 0x90000000, sub w0, w1, #0, lsl #0)
	T_FRRRF(0x90000000, 0x7fffffff, 0x0, 0x7fffffff, 0x20000000, subs w0, w1, #0, lsl #0)
	T_FRRRF(0x90000000, 0x7fffffff, 0x0, 0x80000000, 0x90000000, add w0, w1, #1, lsl #0)
	T_FRRRF(0x90000000, 0x7fffffff, 0x0, 0x80000000, 0x90000000, adds w0, w1, #1, lsl #0)
	T_FRRRF(0x90000000, 0x7fffffff, 0x0, 0x7ffffffe, 0x90000000, sub w0, w1, #1, lsl #0)
	T_FRRRF(0x90000000, 0x7fffffff, 0x0, 0x7ffffffe, 0x20000000, subs w0, w1, #1, lsl #0)
	T_FRRRF(0x90000000, 0x7fffffff, 0x0, 0x80000ffe, 0x90000000, add w0, w1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0x7fffffff, 0x0, 0x80000ffe, 0x90000000, adds w0, w1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0x7fffffff, 0x0, 0x7ffff000, 0x90000000, sub w0, w1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0x7fffffff, 0x0, 0x7ffff000, 0x20000000, subs w0, w1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0x7fffffff, 0x0, 0x80000fff, 0x90000000, add w0, w1, #1, lsl #12)
	T_FRRRF(0x90000000, 0x7fffffff, 0x0, 0x80000fff, 0x90000000, adds w0, w1, #1, lsl #12)
	T_FRRRF(0x90000000, 0x7fffffff, 0x0, 0x7fffefff, 0x90000000, sub w0, w1, #1, lsl #12)
	T_FRRRF(0x90000000, 0x7fffffff, 0x0, 0x7fffefff, 0x20000000, subs w0, w1, #1, lsl #12)
	T_FRRRF(0x90000000, 0x7fffffff, 0x0, 0x80ffefff, 0x90000000, add w0, w1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0x7fffffff, 0x0, 0x80ffefff, 0x90000000, adds w0, w1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0x7fffffff, 0x0, 0x7f000fff, 0x90000000, sub w0, w1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0x7fffffff, 0x0, 0x7f000fff, 0x20000000, subs w0, w1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0x80000000, 0x0, 0x80000000, 0x90000000, add w0, w1, #0, lsl #0)
	T_FRRRF(0x90000000, 0x80000000, 0x0, 0x80000000, 0x80000000, adds w0, w1, #0, lsl #0)
	T_FRRRF(0x90000000, 0x80000000, 0x0, 0x80000000, 0x90000000, sub w0, w1, #0, lsl #0)
	T_FRRRF(0x90000000, 0x80000000, 0x0, 0x80000000, 0xa0000000, subs w0, w1, #0, lsl #0)
	T_FRRRF(0x90000000, 0x80000000, 0x0, 0x80000001, 0x90000000, add w0, w1, #1, lsl #0)
	T_FRRRF(0x90000000, 0x80000000, 0x0, 0x80000001, 0x80000000, adds w0, w1, #1, lsl #0)
	T_FRRRF(0x90000000, 0x80000000, 0x0, 0x7fffffff, 0x90000000, sub w0, w1, #1, lsl #0)
	T_FRRRF(0x90000000, 0x80000000, 0x0, 0x7fffffff, 0x30000000, subs w0, w1, #1, lsl #0)
	T_FRRRF(0x90000000, 0x80000000, 0x0, 0x80000fff, 0x90000000, add w0, w1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0x80000000, 0x0, 0x80000fff, 0x80000000, adds w0, w1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0x80000000, 0x0, 0x7ffff001, 0x90000000, sub w0, w1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0x80000000, 0x0, 0x7ffff001, 0x30000000, subs w0, w1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0x80000000, 0x0, 0x80001000, 0x90000000, add w0, w1, #1, lsl #12)
	T_FRRRF(0x90000000, 0x80000000, 0x0, 0x80001000, 0x80000000, adds w0, w1, #1, lsl #12)
	T_FRRRF(0x90000000, 0x80000000, 0x0, 0x7ffff000, 0x90000000, sub w0, w1, #1, lsl #12)
	T_FRRRF(0x90000000, 0x80000000, 0x0, 0x7ffff000, 0x30000000, subs w0, w1, #1, lsl #12)
	T_FRRRF(0x90000000, 0x80000000, 0x0, 0x80fff000, 0x90000000, add w0, w1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0x80000000, 0x0, 0x80fff000, 0x80000000, adds w0, w1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0x80000000, 0x0, 0x7f001000, 0x90000000, sub w0, w1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0x80000000, 0x0, 0x7f001000, 0x30000000, subs w0, w1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0xffffffff, 0x0, 0xffffffff, 0x90000000, add w0, w1, #0, lsl #0)
	T_FRRRF(0x90000000, 0xffffffff, 0x0, 0xffffffff, 0x80000000, adds w0, w1, #0, lsl #0)
	T_FRRRF(0x90000000, 0xffffffff, 0x0, 0xffffffff, 0x90000000, sub w0, w1, #0, lsl #0)
	T_FRRRF(0x90000000, 0xffffffff, 0x0, 0xffffffff, 0xa0000000, subs w0, w1, #0, lsl #0)
	T_FRRRF(0x90000000, 0xffffffff, 0x0, 0x0, 0x90000000, add w0, w1, #1, lsl #0)
	T_FRRRF(0x90000000, 0xffffffff, 0x0, 0x0, 0x60000000, adds w0, w1, #1, lsl #0)
	T_FRRRF(0x90000000, 0xffffffff, 0x0, 0xfffffffe, 0x90000000, sub w0, w1, #1, lsl #0)
	T_FRRRF(0x90000000, 0xffffffff, 0x0, 0xfffffffe, 0xa0000000, subs w0, w1, #1, lsl #0)
	T_FRRRF(0x90000000, 0xffffffff, 0x0, 0xffe, 0x90000000, add w0, w1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0xffffffff, 0x0, 0xffe, 0x20000000, adds w0, w1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0xffffffff, 0x0, 0xfffff000, 0x90000000, sub w0, w1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0xffffffff, 0x0, 0xfffff000, 0xa0000000, subs w0, w1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0xffffffff, 0x0, 0xfff, 0x90000000, add w0, w1, #1, lsl #12)
	T_FRRRF(0x90000000, 0xffffffff, 0x0, 0xfff, 0x20000000, adds w0, w1, #1, lsl #12)
	T_FRRRF(0x90000000, 0xffffffff, 0x0, 0xffffefff, 0x90000000, sub w0, w1, #1, lsl #12)
	T_FRRRF(0x90000000, 0xffffffff, 0x0, 0xffffefff, 0xa0000000, subs w0, w1, #1, lsl #12)
	T_FRRRF(0x90000000, 0xffffffff, 0x0, 0xffefff, 0x90000000, add w0, w1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0xffffffff, 0x0, 0xffefff, 0x20000000, adds w0, w1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0xffffffff, 0x0, 0xff000fff, 0x90000000, sub w0, w1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0xffffffff, 0x0, 0xff000fff, 0xa0000000, subs w0, w1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0xfff, 0x0, 0xfff, 0x90000000, add w0, w1, #0, lsl #0)
	T_FRRRF(0x90000000, 0xfff, 0x0, 0xfff, 0x0, adds w0, w1, #0, lsl #0)
	T_FRRRF(0x90000000, 0xfff, 0x0, 0xfff, 0x90000000, sub w0, w1, #0, lsl #0)
	T_FRRRF(0x90000000, 0xfff, 0x0, 0xfff, 0x20000000, subs w0, w1, #0, lsl #0)
	T_FRRRF(0x90000000, 0xfff, 0x0, 0x1000, 0x90000000, add w0, w1, #1, lsl #0)
	T_FRRRF(0x90000000, 0xfff, 0x0, 0x1000, 0x0, adds w0, w1, #1, lsl #0)
	T_FRRRF(0x90000000, 0xfff, 0x0, 0xffe, 0x90000000, sub w0, w1, #1, lsl #0)
	T_FRRRF(0x90000000, 0xfff, 0x0, 0xffe, 0x20000000, subs w0, w1, #1, lsl #0)
	T_FRRRF(0x90000000, 0xfff, 0x0, 0x1ffe, 0x90000000, add w0, w1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0xfff, 0x0, 0x1ffe, 0x0, adds w0, w1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0xfff, 0x0, 0x0, 0x90000000, sub w0, w1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0xfff, 0x0, 0x0, 0x60000000, subs w0, w1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0xfff, 0x0, 0x1fff, 0x90000000, add w0, w1, #1, lsl #12)
	T_FRRRF(0x90000000, 0xfff, 0x0, 0x1fff, 0x0, adds w0, w1, #1, lsl #12)
	T_FRRRF(0x90000000, 0xfff, 0x0, 0xffffffff, 0x90000000, sub w0, w1, #1, lsl #12)
	T_FRRRF(0x90000000, 0xfff, 0x0, 0xffffffff, 0x80000000, subs w0, w1, #1, lsl #12)
	T_FRRRF(0x90000000, 0xfff, 0x0, 0xffffff, 0x90000000, add w0, w1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0xfff, 0x0, 0xffffff, 0x0, adds w0, w1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0xfff, 0x0, 0xff001fff, 0x90000000, sub w0, w1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0xfff, 0x0, 0xff001fff, 0x80000000, subs w0, w1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0x1000, 0x0, 0x1000, 0x90000000, add w0, w1, #0, lsl #0)
	T_FRRRF(0x90000000, 0x1000, 0x0, 0x1000, 0x0, adds w0, w1, #0, lsl #0)
	T_FRRRF(0x90000000, 0x1000, 0x0, 0x1000, 0x90000000, sub w0, w1, #0, lsl #0)
	T_FRRRF(0x90000000, 0x1000, 0x0, 0x1000, 0x20000000, subs w0, w1, #0, lsl #0)
	T_FRRRF(0x90000000, 0x1000, 0x0, 0x1001, 0x90000000, add w0, w1, #1, lsl #0)
	T_FRRRF(0x90000000, 0x1000, 0x0, 0x1001, 0x0, adds w0, w1, #1, lsl #0)
	T_FRRRF(0x90000000, 0x1000, 0x0, 0xfff, 0x90000000, sub w0, w1, #1, lsl #0)
	T_FRRRF(0x90000000, 0x1000, 0x0, 0xfff, 0x20000000, subs w0, w1, #1, lsl #0)
	T_FRRRF(0x90000000, 0x1000, 0x0, 0x1fff, 0x90000000, add w0, w1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0x1000, 0x0, 0x1fff, 0x0, adds w0, w1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0x1000, 0x0, 0x1, 0x90000000, sub w0, w1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0x1000, 0x0, 0x1, 0x20000000, subs w0, w1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0x1000, 0x0, 0x2000, 0x90000000, add w0, w1, #1, lsl #12)
	T_FRRRF(0x90000000, 0x1000, 0x0, 0x2000, 0x0, adds w0, w1, #1, lsl #12)
	T_FRRRF(0x90000000, 0x1000, 0x0, 0x0, 0x90000000, sub w0, w1, #1, lsl #12)
	T_FRRRF(0x90000000, 0x1000, 0x0, 0x0, 0x60000000, subs w0, w1, #1, lsl #12)
	T_FRRRF(0x90000000, 0x1000, 0x0, 0x1000000, 0x90000000, add w0, w1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0x1000, 0x0, 0x1000000, 0x0, adds w0, w1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0x1000, 0x0, 0xff002000, 0x90000000, sub w0, w1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0x1000, 0x0, 0xff002000, 0x80000000, subs w0, w1, #4095, lsl #12)

/* ADD/ADDS/SUB/SUBS (immediate), 64-bit */
	T_FRRRF(0x90000000, 0x0, 0x0, 0x0, 0x90000000, add x0, x1, #0, lsl #0)
	T_FRRRF(0x90000000, 0x0, 0x0, 0x0, 0x40000000, adds x0, x1, #0, lsl #0)
	T_FRRRF(0x90000000, 0x0, 0x0, 0x0, 0x90000000, sub x0, x1, #0, lsl #0)
	T_FRRRF(0x90000000, 0x0, 0x0, 0x0, 0x60000000, subs x0, x1, #0, lsl #0)
	T_FRRRF(0x90000000, 0x0, 0x0, 0x1, 0x90000000, add x0, x1, #1, lsl #0)
	T_FRRRF(0x90000000, 0x0, 0x0, 0x1, 0x0, adds x0, x1, #1, lsl #0)
	T_FRRRF(0x90000000, 0x0, 0x0, 0xffffffffffffffff, 0x90000000, sub x0, x1, #1, lsl #0)
	T_FRRRF(0x90000000, 0x0, 0x0, 0xffffffffffffffff, 0x80000000, subs x0, x1, #1, lsl #0)
	T_FRRRF(0x90000000, 0x0, 0x0, 0xfff, 0x90000000, add x0, x1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0x0, 0x0, 0xfff, 0x0, adds x0, x1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0x0, 0x0, 0xfffffffffffff001, 0x90000000, sub x0, x1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0x0, 0x0, 0xfffffffffffff001, 0x80000000, subs x0, x1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0x0, 0x0, 0x1000, 0x90000000, add x0, x1, #1, lsl #12)
	T_FRRRF(0x90000000, 0x0, 0x0, 0x1000, 0x0, adds x0, x1, #1, lsl #12)
	T_FRRRF(0x90000000, 0x0, 0x0, 0xfffffffffffff000, 0x90000000, sub x0, x1, #1, lsl #12)
	T_FRRRF(0x90000000, 0x0, 0x0, 0xfffffffffffff000, 0x80000000, subs x0, x1, #1, lsl #12)
	T_FRRRF(0x90000000, 0x0, 0x0, 0xfff000, 0x90000000, add x0, x1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0x0, 0x0, 0xfff000, 0x0, adds x0, x1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0x0, 0x0, 0xffffffffff001000, 0x90000000, sub x0, x1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0x0, 0x0, 0xffffffffff001000, 0x80000000, subs x0, x1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0x1, 0x0, 0x1, 0x90000000, add x0, x1, #0, lsl #0)
	T_FRRRF(0x90000000, 0x1, 0x0, 0x1, 0x0, adds x0, x1, #0, lsl #0)
	T_FRRRF(0x90000000, 0x1, 0x0, 0x1, 0x90000000, sub x0, x1, #0, lsl #0)
	T_FRRRF(0x90000000, 0x1, 0x0, 0x1, 0x20000000, subs x0, x1, #0, lsl #0)
	T_FRRRF(0x90000000, 0x1, 0x0, 0x2, 0x90000000, add x0, x1, #1, lsl #0)
	T_FRRRF(0x90000000, 0x1, 0x0, 0x2, 0x0, adds x0, x1, #1, lsl #0)
	T_FRRRF(0x90000000, 0x1, 0x0, 0x0, 0x90000000, sub x0, x1, #1, lsl #0)
	T_FRRRF(0x90000000, 0x1, 0x0, 0x0, 0x60000000, subs x0, x1, #1, lsl #0)
	T_FRRRF(0x90000000, 0x1, 0x0, 0x1000, 0x90000000, add x0, x1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0x1, 0x0, 0x1000, 0x0, adds x0, x1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0x1, 0x0, 0xfffffffffffff002, 0x90000000, sub x0, x1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0x1, 0x0, 0xfffffffffffff002, 0x80000000, subs x0, x1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0x1, 0x0, 0x1001, 0x90000000, add x0, x1, #1, lsl #12)
	T_FRRRF(0x90000000, 0x1, 0x0, 0x1001, 0x0, adds x0, x1, #1, lsl #12)
	T_FRRRF(0x90000000, 0x1, 0x0, 0xfffffffffffff001, 0x90000000, sub x0, x1, #1, lsl #12)
	T_FRRRF(0x90000000, 0x1, 0x0, 0xfffffffffffff001, 0x80000000, subs x0, x1, #1, lsl #12)
	T_FRRRF(0x90000000, 0x1, 0x0, 0xfff001, 0x90000000, add x0, x1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0x1, 0x0, 0xfff001, 0x0, adds x0, x1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0x1, 0x0, 0xffffffffff001001, 0x90000000, sub x0, x1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0x1, 0x0, 0xffffffffff001001, 0x80000000, subs x0, x1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0x7fffffffffffffff, 0x0, 0x7fffffffffffffff, 0x90000000, add x0, x1, #0, lsl #0)
	T_FRRRF(0x90000000, 0x7fffffffffffffff, 0x0, 0x7fffffffffffffff, 0x0, adds x0, x1, #0, lsl #0)
	T_FRRRF(0x90000000, 0x7fffffffffffffff, 0x0, 0x7fffffffffffffff, 0x90000000, sub x0, x1, #0, lsl #0)
	T_FRRRF(0x90000000, 0x7fffffffffffffff, 0x0, 0x7fffffffffffffff, 0x20000000, subs x0, x1, #0, lsl #0)
	T_FRRRF(0x90000000, 0x7fffffffffffffff, 0x0, 0x8000000000000000, 0x90000000, add x0, x1, #1, lsl #0)
	T_FRRRF(0x90000000, 0x7fffffffffffffff, 0x0, 0x8000000000000000, 0x90000000, adds x0, x1, #1, lsl #0)
	T_FRRRF(0x90000000, 0x7fffffffffffffff, 0x0, 0x7ffffffffffffffe, 0x90000000, sub x0, x1, #1, lsl #0)
	T_FRRRF(0x90000000, 0x7fffffffffffffff, 0x0, 0x7ffffffffffffffe, 0x20000000, subs x0, x1, #1, lsl #0)
	T_FRRRF(0x90000000, 0x7fffffffffffffff, 0x0, 0x8000000000000ffe, 0x90000000, add x0, x1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0x7fffffffffffffff, 0x0, 0x8000000000000ffe, 0x90000000, adds x0, x1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0x7fffffffffffffff, 0x0, 0x7ffffffffffff000, 0x90000000, sub x0, x1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0x7fffffffffffffff, 0x0, 0x7ffffffffffff000, 0x20000000, subs x0, x1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0x7fffffffffffffff, 0x0, 0x8000000000000fff, 0x90000000, add x0, x1, #1, lsl #12)
	T_FRRRF(0x90000000, 0x7fffffffffffffff, 0x0, 0x8000000000000fff, 0x90000000, adds x0, x1, #1, lsl #12)
	T_FRRRF(0x90000000, 0x7fffffffffffffff, 0x0, 0x7fffffffffffefff, 0x90000000, sub x0, x1, #1, lsl #12)
	T_FRRRF(0x90000000, 0x7fffffffffffffff, 0x0, 0x7fffffffffffefff, 0x20000000, subs x0, x1, #1, lsl #12)
	T_FRRRF(0x90000000, 0x7fffffffffffffff, 0x0, 0x8000000000ffefff, 0x90000000, add x0, x1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0x7fffffffffffffff, 0x0, 0x8000000000ffefff, 0x90000000, adds x0, x1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0x7fffffffffffffff, 0x0, 0x7fffffffff000fff, 0x90000000, sub x0, x1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0x7fffffffffffffff, 0x0, 0x7fffffffff000fff, 0x20000000, subs x0, x1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0x8000000000000000, 0x0, 0x8000000000000000, 0x90000000, add x0, x1, #0, lsl #0)
	T_FRRRF(0x90000000, 0x8000000000000000, 0x0, 0x8000000000000000, 0x80000000, adds x0, x1, #0, lsl #0)
	T_FRRRF(0x90000000, 0x8000000000000000, 0x0, 0x8000000000000000, 0x90000000, sub x0, x1, #0, lsl #0)
	T_FRRRF(0x90000000, 0x8000000000000000, 0x0, 0x8000000000000000, 0xa0000000, subs x0, x1, #0, lsl #0)
	T_FRRRF(0x90000000, 0x8000000000000000, 0x0, 0x8000000000000001, 0x90000000, add x0, x1, #1, lsl #0)
	T_FRRRF(0x90000000, 0x8000000000000000, 0x0, 0x8000000000000001, 0x80000000, adds x0, x1, #1, lsl #0)
	T_FRRRF(0x90000000, 0x8000000000000000, 0x0, 0x7fffffffffffffff, 0x90000000, sub x0, x1, #1, lsl #0)
	T_FRRRF(0x90000000, 0x8000000000000000, 0x0, 0x7fffffffffffffff, 0x30000000, subs x0, x1, #1, lsl #0)
	T_FRRRF(0x90000000, 0x8000000000000000, 0x0, 0x8000000000000fff, 0x90000000, add x0, x1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0x8000000000000000, 0x0, 0x8000000000000fff, 0x80000000, adds x0, x1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0x8000000000000000, 0x0, 0x7ffffffffffff001, 0x90000000, sub x0, x1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0x8000000000000000, 0x0, 0x7ffffffffffff001, 0x30000000, subs x0, x1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0x8000000000000000, 0x0, 0x8000000000001000, 0x90000000, add x0, x1, #1, lsl #12)
	T_FRRRF(0x90000000, 0x8000000000000000, 0x0, 0x8000000000001000, 0x80000000, adds x0, x1, #1, lsl #12)
	T_FRRRF(0x90000000, 0x8000000000000000, 0x0, 0x7ffffffffffff000, 0x90000000, sub x0, x1, #1, lsl #12)
	T_FRRRF(0x90000000, 0x8000000000000000, 0x0, 0x7ffffffffffff000, 0x30000000, subs x0, x1, #1, lsl #12)
	T_FRRRF(0x90000000, 0x8000000000000000, 0x0, 0x8000000000fff000, 0x90000000, add x0, x1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0x8000000000000000, 0x0, 0x8000000000fff000, 0x80000000, adds x0, x1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0x8000000000000000, 0x0, 0x7fffffffff001000, 0x90000000, sub x0, x1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0x8000000000000000, 0x0, 0x7fffffffff001000, 0x30000000, subs x0, x1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0xffffffffffffffff, 0x0, 0xffffffffffffffff, 0x90000000, add x0, x1, #0, lsl #0)
	T_FRRRF(0x90000000, 0xffffffffffffffff, 0x0, 0xffffffffffffffff, 0x80000000, adds x0, x1, #0, lsl #0)
	T_FRRRF(0x90000000, 0xffffffffffffffff, 0x0, 0xffffffffffffffff, 0x90000000, sub x0, x1, #0, lsl #0)
	T_FRRRF(0x90000000, 0xffffffffffffffff, 0x0, 0xffffffffffffffff, 0xa0000000, subs x0, x1, #0, lsl #0)
	T_FRRRF(0x90000000, 0xffffffffffffffff, 0x0, 0x0, 0x90000000, add x0, x1, #1, lsl #0)
	T_FRRRF(0x90000000, 0xffffffffffffffff, 0x0, 0x0, 0x60000000, adds x0, x1, #1, lsl #0)
	T_FRRRF(0x90000000, 0xffffffffffffffff, 0x0, 0xfffffffffffffffe, 0x90000000, sub x0, x1, #1, lsl #0)
	T_FRRRF(0x90000000, 0xffffffffffffffff, 0x0, 0xfffffffffffffffe, 0xa0000000, subs x0, x1, #1, lsl #0)
	T_FRRRF(0x90000000, 0xffffffffffffffff, 0x0, 0xffe, 0x90000000, add x0, x1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0xffffffffffffffff, 0x0, 0xffe, 0x20000000, adds x0, x1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0xffffffffffffffff, 0x0, 0xfffffffffffff000, 0x90000000, sub x0, x1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0xffffffffffffffff, 0x0, 0xfffffffffffff000, 0xa0000000, subs x0, x1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0xffffffffffffffff, 0x0, 0xfff, 0x90000000, add x0, x1, #1, lsl #12)
	T_FRRRF(0x90000000, 0xffffffffffffffff, 0x0, 0xfff, 0x20000000, adds x0, x1, #1, lsl #12)
	T_FRRRF(0x90000000, 0xffffffffffffffff, 0x0, 0xffffffffffffefff, 0x90000000, sub x0, x1, #1, lsl #12)
	T_FRRRF(0x90000000, 0xffffffffffffffff, 0x0, 0xffffffffffffefff, 0xa0000000, subs x0, x1, #1, lsl #12)
	T_FRRRF(0x90000000, 0xffffffffffffffff, 0x0, 0xffefff, 0x90000000, add x0, x1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0xffffffffffffffff, 0x0, 0xffefff, 0x20000000, adds x0, x1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0xffffffffffffffff, 0x0, 0xffffffffff000fff, 0x90000000, sub x0, x1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0xffffffffffffffff, 0x0, 0xffffffffff000fff, 0xa0000000, subs x0, x1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0xfff, 0x0, 0xfff, 0x90000000, add x0, x1, #0, lsl #0)
	T_FRRRF(0x90000000, 0xfff, 0x0, 0xfff, 0x0, adds x0, x1, #0, lsl #0)
	T_FRRRF(0x90000000, 0xfff, 0x0, 0xfff, 0x90000000, sub x0, x1, #0, lsl #0)
	T_FRRRF(0x90000000, 0xfff, 0x0, 0xfff, 0x20000000, subs x0, x1, #0, lsl #0)
	T_FRRRF(0x90000000, 0xfff, 0x0, 0x1000, 0x90000000, add x0, x1, #1, lsl #0)
	T_FRRRF(0x90000000, 0xfff, 0x0, 0x1000, 0x0, adds x0, x1, #1, lsl #0)
	T_FRRRF(0x90000000, 0xfff, 0x0, 0xffe, 0x90000000, sub x0, x1, #1, lsl #0)
	T_FRRRF(0x90000000, 0xfff, 0x0, 0xffe, 0x20000000, subs x0, x1, #1, lsl #0)
	T_FRRRF(0x90000000, 0xfff, 0x0, 0x1ffe, 0x90000000, add x0, x1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0xfff, 0x0, 0x1ffe, 0x0, adds x0, x1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0xfff, 0x0, 0x0, 0x90000000, sub x0, x1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0xfff, 0x0, 0x0, 0x60000000, subs x0, x1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0xfff, 0x0, 0x1fff, 0x90000000, add x0, x1, #1, lsl #12)
	T_FRRRF(0x90000000, 0xfff, 0x0, 0x1fff, 0x0, adds x0, x1, #1, lsl #12)
	T_FRRRF(0x90000000, 0xfff, 0x0, 0xffffffffffffffff, 0x90000000, sub x0, x1, #1, lsl #12)
	T_FRRRF(0x90000000, 0xfff, 0x0, 0xffffffffffffffff, 0x80000000, subs x0, x1, #1, lsl #12)
	T_FRRRF(0x90000000, 0xfff, 0x0, 0xffffff, 0x90000000, add x0, x1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0xfff, 0x0, 0xffffff, 0x0, adds x0, x1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0xfff, 0x0, 0xffffffffff001fff, 0x90000000, sub x0, x1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0xfff, 0x0, 0xffffffffff001fff, 0x80000000, subs x0, x1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0x1000, 0x0, 0x1000, 0x90000000, add x0, x1, #0, lsl #0)
	T_FRRRF(0x90000000, 0x1000, 0x0, 0x1000, 0x0, adds x0, x1, #0, lsl #0)
	T_FRRRF(0x90000000, 0x1000, 0x0, 0x1000, 0x90000000, sub x0, x1, #0, lsl #0)
	T_FRRRF(0x90000000, 0x1000, 0x0, 0x1000, 0x20000000, subs x0, x1, #0, lsl #0)
	T_FRRRF(0x90000000, 0x1000, 0x0, 0x1001, 0x90000000, add x0, x1, #1, lsl #0)
	T_FRRRF(0x90000000, 0x1000, 0x0, 0x1001, 0x0, adds x0, x1, #1, lsl #0)
	T_FRRRF(0x90000000, 0x1000, 0x0, 0xfff, 0x90000000, sub x0, x1, #1, lsl #0)
	T_FRRRF(0x90000000, 0x1000, 0x0, 0xfff, 0x20000000, subs x0, x1, #1, lsl #0)
	T_FRRRF(0x90000000, 0x1000, 0x0, 0x1fff, 0x90000000, add x0, x1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0x1000, 0x0, 0x1fff, 0x0, adds x0, x1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0x1000, 0x0, 0x1, 0x90000000, sub x0, x1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0x1000, 0x0, 0x1, 0x20000000, subs x0, x1, #4095, lsl #0)
	T_FRRRF(0x90000000, 0x1000, 0x0, 0x2000, 0x90000000, add x0, x1, #1, lsl #12)
	T_FRRRF(0x90000000, 0x1000, 0x0, 0x2000, 0x0, adds x0, x1, #1, lsl #12)
	T_FRRRF(0x90000000, 0x1000, 0x0, 0x0, 0x90000000, sub x0, x1, #1, lsl #12)
	T_FRRRF(0x90000000, 0x1000, 0x0, 0x0, 0x60000000, subs x0, x1, #1, lsl #12)
	T_FRRRF(0x90000000, 0x1000, 0x0, 0x1000000, 0x90000000, add x0, x1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0x1000, 0x0, 0x1000000, 0x0, adds x0, x1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0x1000, 0x0, 0xffffffffff002000, 0x90000000, sub x0, x1, #4095, lsl #12)
	T_FRRRF(0x90000000, 0x1000, 0x0, 0xffffffffff002000, 0x80000000, subs x0, x1, #4095, lsl #12)

/* ADD/SUB (immediate) with SP: MOV to/from SP, SP arithmetic, CMP SP */
	mov	x20, sp
	sub	sp, sp, #0x10, lsl #12
	mov	x1, sp
	sub	x0, x20, x1
	CHECK_X(x0, 0x10000)
	add	x0, sp, #0x20
	sub	x0, x20, x0
	CHECK_X(x0, 0xffe0)
	mov	sp, x20
	mov	x0, sp
	sub	x0, x0, x20
	CHECK_X(x0, 0)
	cmp	sp, #0
	CHECK_NZCV(0x20000000)
	add	w0, wsp, #1
	add	x1, x20, #1
	mov	w1, w1
	sub	x0, x0, x1
	CHECK_X(x0, 0)

/* AND/ORR/EOR/ANDS (immediate), 32-bit: each element size, run length and rotation */
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x1, and w0, w1, #0x1)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xa5a5a5a5, orr w0, w1, #0x1)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xa5a5a5a4, eor w0, w1, #0x1)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x1, 0x0, ands w0, w1, #0x1)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x0, and w0, w1, #0x2)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xa5a5a5a7, orr w0, w1, #0x2)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xa5a5a5a7, eor w0, w1, #0x2)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x0, 0x40000000, ands w0, w1, #0x2)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xa5a5, and w0, w1, #0xffff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xa5a5ffff, orr w0, w1, #0xffff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xa5a55a5a, eor w0, w1, #0xffff)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0xa5a5, 0x0, ands w0, w1, #0xffff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x10000, and w0, w1, #0x10000)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xa5a5a5a5, orr w0, w1, #0x10000)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xa5a4a5a5, eor w0, w1, #0x10000)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x10000, 0x0, ands w0, w1, #0x10000)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x10001, and w0, w1, #0x10001)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xa5a5a5a5, orr w0, w1, #0x10001)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xa5a4a5a4, eor w0, w1, #0x10001)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x10001, 0x0, ands w0, w1, #0x10001)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x1a5a4, and w0, w1, #0x1fffe)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xa5a5ffff, orr w0, w1, #0x1fffe)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xa5a45a5b, eor w0, w1, #0x1fffe)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x1a5a4, 0x0, ands w0, w1, #0x1fffe)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x0, and w0, w1, #0x20002)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xa5a7a5a7, orr w0, w1, #0x20002)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xa5a7a5a7, eor w0, w1, #0x20002)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x0, 0x40000000, ands w0, w1, #0x20002)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xa500a5, and w0, w1, #0xff00ff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xa5ffa5ff, orr w0, w1, #0xff00ff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xa55aa55a, eor w0, w1, #0xff00ff)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0xa500a5, 0x0, ands w0, w1, #0xff00ff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x1000100, and w0, w1, #0x1000100)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xa5a5a5a5, orr w0, w1, #0x1000100)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xa4a5a4a5, eor w0, w1, #0x1000100)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x1000100, 0x0, ands w0, w1, #0x1000100)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x1010101, and w0, w1, #0x1010101)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xa5a5a5a5, orr w0, w1, #0x1010101)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xa4a4a4a4, eor w0, w1, #0x1010101)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x1010101, 0x0, ands w0, w1, #0x1010101)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x1a401a4, and w0, w1, #0x1fe01fe)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xa5ffa5ff, orr w0, w1, #0x1fe01fe)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xa45ba45b, eor w0, w1, #0x1fe01fe)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x1a401a4, 0x0, ands w0, w1, #0x1fe01fe)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x0, and w0, w1, #0x2020202)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xa7a7a7a7, orr w0, w1, #0x2020202)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xa7a7a7a7, eor w0, w1, #0x2020202)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x0, 0x40000000, ands w0, w1, #0x2020202)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x5050505, and w0, w1, #0xf0f0f0f)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xafafafaf, orr w0, w1, #0xf0f0f0f)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xaaaaaaaa, eor w0, w1, #0xf0f0f0f)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x5050505, 0x0, ands w0, w1, #0xf0f0f0f)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x0, and w0, w1, #0x10101010)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xb5b5b5b5, orr w0, w1, #0x10101010)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xb5b5b5b5, eor w0, w1, #0x10101010)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x0, 0x40000000, ands w0, w1, #0x10101010)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x1010101, and w0, w1, #0x11111111)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xb5b5b5b5, orr w0, w1, #0x11111111)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xb4b4b4b4, eor w0, w1, #0x11111111)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x1010101, 0x0, ands w0, w1, #0x11111111)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x4040404, and w0, w1, #0x1e1e1e1e)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xbfbfbfbf, orr w0, w1, #0x1e1e1e1e)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xbbbbbbbb, eor w0, w1, #0x1e1e1e1e)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x4040404, 0x0, ands w0, w1, #0x1e1e1e1e)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x20202020, and w0, w1, #0x22222222)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xa7a7a7a7, orr w0, w1, #0x22222222)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x87878787, eor w0, w1, #0x22222222)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x20202020, 0x0, ands w0, w1, #0x22222222)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x21212121, and w0, w1, #0x33333333)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xb7b7b7b7, orr w0, w1, #0x33333333)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x96969696, eor w0, w1, #0x33333333)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x21212121, 0x0, ands w0, w1, #0x33333333)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x4040404, and w0, w1, #0x44444444)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xe5e5e5e5, orr w0, w1, #0x44444444)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xe1e1e1e1, eor w0, w1, #0x44444444)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x4040404, 0x0, ands w0, w1, #0x44444444)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x5050505, and w0, w1, #0x55555555)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf5f5f5f5, orr w0, w1, #0x55555555)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f0f0f0, eor w0, w1, #0x55555555)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x5050505, 0x0, ands w0, w1, #0x55555555)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x24242424, and w0, w1, #0x66666666)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xe7e7e7e7, orr w0, w1, #0x66666666)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xc3c3c3c3, eor w0, w1, #0x66666666)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x24242424, 0x0, ands w0, w1, #0x66666666)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x25252525, and w0, w1, #0x77777777)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf7f7f7f7, orr w0, w1, #0x77777777)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xd2d2d2d2, eor w0, w1, #0x77777777)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x25252525, 0x0, ands w0, w1, #0x77777777)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x25252525, and w0, w1, #0x7f7f7f7f)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xffffffff, orr w0, w1, #0x7f7f7f7f)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xdadadada, eor w0, w1, #0x7f7f7f7f)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x25252525, 0x0, ands w0, w1, #0x7f7f7f7f)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x25a525a5, and w0, w1, #0x7fff7fff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xffffffff, orr w0, w1, #0x7fff7fff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xda5ada5a, eor w0, w1, #0x7fff7fff)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x25a525a5, 0x0, ands w0, w1, #0x7fff7fff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x25a5a5a5, and w0, w1, #0x7fffffff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xffffffff, orr w0, w1, #0x7fffffff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xda5a5a5a, eor w0, w1, #0x7fffffff)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x25a5a5a5, 0x0, ands w0, w1, #0x7fffffff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x80000000, and w0, w1, #0x80000000)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xa5a5a5a5, orr w0, w1, #0x80000000)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x25a5a5a5, eor w0, w1, #0x80000000)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x80000000, 0x80000000, ands w0, w1, #0x80000000)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x800025a5, and w0, w1, #0x80007fff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xa5a5ffff, orr w0, w1, #0x80007fff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x25a5da5a, eor w0, w1, #0x80007fff)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x800025a5, 0x80000000, ands w0, w1, #0x80007fff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x80008000, and w0, w1, #0x80008000)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xa5a5a5a5, orr w0, w1, #0x80008000)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x25a525a5, eor w0, w1, #0x80008000)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x80008000, 0x80000000, ands w0, w1, #0x80008000)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x80258025, and w0, w1, #0x807f807f)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xa5ffa5ff, orr w0, w1, #0x807f807f)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x25da25da, eor w0, w1, #0x807f807f)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x80258025, 0x80000000, ands w0, w1, #0x807f807f)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x80808080, and w0, w1, #0x80808080)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xa5a5a5a5, orr w0, w1, #0x80808080)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x25252525, eor w0, w1, #0x80808080)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x80808080, 0x80000000, ands w0, w1, #0x80808080)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x85858585, and w0, w1, #0x87878787)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xa7a7a7a7, orr w0, w1, #0x87878787)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x22222222, eor w0, w1, #0x87878787)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x85858585, 0x80000000, ands w0, w1, #0x87878787)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x80808080, and w0, w1, #0x88888888)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xadadadad, orr w0, w1, #0x88888888)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x2d2d2d2d, eor w0, w1, #0x88888888)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x80808080, 0x80000000, ands w0, w1, #0x88888888)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x81818181, and w0, w1, #0x99999999)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xbdbdbdbd, orr w0, w1, #0x99999999)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x3c3c3c3c, eor w0, w1, #0x99999999)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x81818181, 0x80000000, ands w0, w1, #0x99999999)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xa0a0a0a0, and w0, w1, #0xaaaaaaaa)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xafafafaf, orr w0, w1, #0xaaaaaaaa)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f0f0f, eor w0, w1, #0xaaaaaaaa)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0xa0a0a0a0, 0x80000000, ands w0, w1, #0xaaaaaaaa)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xa1a1a1a1, and w0, w1, #0xbbbbbbbb)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xbfbfbfbf, orr w0, w1, #0xbbbbbbbb)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x1e1e1e1e, eor w0, w1, #0xbbbbbbbb)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0xa1a1a1a1, 0x80000000, ands w0, w1, #0xbbbbbbbb)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xa5a5a5a5, and w0, w1, #0xbfbfbfbf)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xbfbfbfbf, orr w0, w1, #0xbfbfbfbf)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x1a1a1a1a, eor w0, w1, #0xbfbfbfbf)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0xa5a5a5a5, 0x80000000, ands w0, w1, #0xbfbfbfbf)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xa5a5a5a5, and w0, w1, #0xbfffbfff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xbfffbfff, orr w0, w1, #0xbfffbfff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x1a5a1a5a, eor w0, w1, #0xbfffbfff)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0xa5a5a5a5, 0x80000000, ands w0, w1, #0xbfffbfff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xa5a5a5a5, and w0, w1, #0xbfffffff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xbfffffff, orr w0, w1, #0xbfffffff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x1a5a5a5a, eor w0, w1, #0xbfffffff)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0xa5a5a5a5, 0x80000000, ands w0, w1, #0xbfffffff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x84848484, and w0, w1, #0xcccccccc)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xedededed, orr w0, w1, #0xcccccccc)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x69696969, eor w0, w1, #0xcccccccc)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x84848484, 0x80000000, ands w0, w1, #0xcccccccc)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x85858585, and w0, w1, #0xdddddddd)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xfdfdfdfd, orr w0, w1, #0xdddddddd)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x78787878, eor w0, w1, #0xdddddddd)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x85858585, 0x80000000, ands w0, w1, #0xdddddddd)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xa4a4a4a4, and w0, w1, #0xeeeeeeee)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xefefefef, orr w0, w1, #0xeeeeeeee)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x4b4b4b4b, eor w0, w1, #0xeeeeeeee)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0xa4a4a4a4, 0x80000000, ands w0, w1, #0xeeeeeeee)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xa0a0a0a0, and w0, w1, #0xf0f0f0f0)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf5f5f5f5, orr w0, w1, #0xf0f0f0f0)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x55555555, eor w0, w1, #0xf0f0f0f0)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0xa0a0a0a0, 0x80000000, ands w0, w1, #0xf0f0f0f0)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xa5a5a5a5, and w0, w1, #0xf7f7f7f7)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf7f7f7f7, orr w0, w1, #0xf7f7f7f7)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x52525252, eor w0, w1, #0xf7f7f7f7)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0xa5a5a5a5, 0x80000000, ands w0, w1, #0xf7f7f7f7)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xa4a4a4a4, and w0, w1, #0xfefefefe)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xffffffff, orr w0, w1, #0xfefefefe)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x5b5b5b5b, eor w0, w1, #0xfefefefe)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0xa4a4a4a4, 0x80000000, ands w0, w1, #0xfefefefe)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xa500a500, and w0, w1, #0xff00ff00)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xffa5ffa5, orr w0, w1, #0xff00ff00)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x5aa55aa5, eor w0, w1, #0xff00ff00)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0xa500a500, 0x80000000, ands w0, w1, #0xff00ff00)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xa525a525, and w0, w1, #0xff7fff7f)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xffffffff, orr w0, w1, #0xff7fff7f)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x5ada5ada, eor w0, w1, #0xff7fff7f)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0xa525a525, 0x80000000, ands w0, w1, #0xff7fff7f)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xa5a4a5a4, and w0, w1, #0xfffefffe)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xffffffff, orr w0, w1, #0xfffefffe)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x5a5b5a5b, eor w0, w1, #0xfffefffe)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0xa5a4a5a4, 0x80000000, ands w0, w1, #0xfffefffe)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xa5a50000, and w0, w1, #0xffff0000)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xffffa5a5, orr w0, w1, #0xffff0000)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x5a5aa5a5, eor w0, w1, #0xffff0000)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0xa5a50000, 0x80000000, ands w0, w1, #0xffff0000)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xa5a525a5, and w0, w1, #0xffff7fff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xffffffff, orr w0, w1, #0xffff7fff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x5a5ada5a, eor w0, w1, #0xffff7fff)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0xa5a525a5, 0x80000000, ands w0, w1, #0xffff7fff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xa5a5a5a4, and w0, w1, #0xfffffffe)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xffffffff, orr w0, w1, #0xfffffffe)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x5a5a5a5b, eor w0, w1, #0xfffffffe)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0xa5a5a5a4, 0x80000000, ands w0, w1, #0xfffffffe)

/* AND/ORR/EOR/ANDS (immediate), 64-bit: each element size, run length and rotation */
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x1, and x0, x1, #0x1)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f0f0f0a5a5a5a5, orr x0, x1, #0x1)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f0f0f0a5a5a5a4, eor x0, x1, #0x1)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x1, 0x0, ands x0, x1, #0x1)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x0, and x0, x1, #0x2)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f0f0f0a5a5a5a7, orr x0, x1, #0x2)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f0f0f0a5a5a5a7, eor x0, x1, #0x2)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x0, 0x40000000, ands x0, x1, #0x2)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xa5a5a5a5, and x0, x1, #0xffffffff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f0f0f0ffffffff, orr x0, x1, #0xffffffff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f0f0f05a5a5a5a, eor x0, x1, #0xffffffff)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0xa5a5a5a5, 0x0, ands x0, x1, #0xffffffff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x0, and x0, x1, #0x100000000)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f0f0f1a5a5a5a5, orr x0, x1, #0x100000000)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f0f0f1a5a5a5a5, eor x0, x1, #0x100000000)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x0, 0x40000000, ands x0, x1, #0x100000000)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x1, and x0, x1, #0x100000001)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f0f0f1a5a5a5a5, orr x0, x1, #0x100000001)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f0f0f1a5a5a5a4, eor x0, x1, #0x100000001)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x1, 0x0, ands x0, x1, #0x100000001)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xa5a5a5a4, and x0, x1, #0x1fffffffe)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f0f0f1ffffffff, orr x0, x1, #0x1fffffffe)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f0f0f15a5a5a5b, eor x0, x1, #0x1fffffffe)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0xa5a5a5a4, 0x0, ands x0, x1, #0x1fffffffe)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x0, and x0, x1, #0x200000002)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f0f0f2a5a5a5a7, orr x0, x1, #0x200000002)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f0f0f2a5a5a5a7, eor x0, x1, #0x200000002)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x0, 0x40000000, ands x0, x1, #0x200000002)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f00000a5a5, and x0, x1, #0xffff0000ffff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f0ffffa5a5ffff, orr x0, x1, #0xffff0000ffff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f00f0fa5a55a5a, eor x0, x1, #0xffff0000ffff)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f00000a5a5, 0x0, ands x0, x1, #0xffff0000ffff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x10000, and x0, x1, #0x1000000010000)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f1f0f0a5a5a5a5, orr x0, x1, #0x1000000010000)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f1f0f0a5a4a5a5, eor x0, x1, #0x1000000010000)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x10000, 0x0, ands x0, x1, #0x1000000010000)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x10001, and x0, x1, #0x1000100010001)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f1f0f1a5a5a5a5, orr x0, x1, #0x1000100010001)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f1f0f1a5a4a5a4, eor x0, x1, #0x1000100010001)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x10001, 0x0, ands x0, x1, #0x1000100010001)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f00001a5a4, and x0, x1, #0x1fffe0001fffe)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f1fffea5a5ffff, orr x0, x1, #0x1fffe0001fffe)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f10f0ea5a45a5b, eor x0, x1, #0x1fffe0001fffe)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f00001a5a4, 0x0, ands x0, x1, #0x1fffe0001fffe)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x0, and x0, x1, #0x2000200020002)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f2f0f2a5a7a5a7, orr x0, x1, #0x2000200020002)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f2f0f2a5a7a5a7, eor x0, x1, #0x2000200020002)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x0, 0x40000000, ands x0, x1, #0x2000200020002)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf000f000a500a5, and x0, x1, #0xff00ff00ff00ff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0fff0ffa5ffa5ff, orr x0, x1, #0xff00ff00ff00ff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf00ff00fa55aa55a, eor x0, x1, #0xff00ff00ff00ff)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0xf000f000a500a5, 0x0, ands x0, x1, #0xff00ff00ff00ff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x1000100, and x0, x1, #0x100010001000100)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf1f0f1f0a5a5a5a5, orr x0, x1, #0x100010001000100)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf1f0f1f0a4a5a4a5, eor x0, x1, #0x100010001000100)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x1000100, 0x0, ands x0, x1, #0x100010001000100)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x1010101, and x0, x1, #0x101010101010101)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf1f1f1f1a5a5a5a5, orr x0, x1, #0x101010101010101)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf1f1f1f1a4a4a4a4, eor x0, x1, #0x101010101010101)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x1010101, 0x0, ands x0, x1, #0x101010101010101)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf000f001a401a4, and x0, x1, #0x1fe01fe01fe01fe)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf1fef1fea5ffa5ff, orr x0, x1, #0x1fe01fe01fe01fe)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf10ef10ea45ba45b, eor x0, x1, #0x1fe01fe01fe01fe)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0xf000f001a401a4, 0x0, ands x0, x1, #0x1fe01fe01fe01fe)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x0, and x0, x1, #0x202020202020202)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf2f2f2f2a7a7a7a7, orr x0, x1, #0x202020202020202)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf2f2f2f2a7a7a7a7, eor x0, x1, #0x202020202020202)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x0, 0x40000000, ands x0, x1, #0x202020202020202)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x5050505, and x0, x1, #0xf0f0f0f0f0f0f0f)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xffffffffafafafaf, orr x0, x1, #0xf0f0f0f0f0f0f0f)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xffffffffaaaaaaaa, eor x0, x1, #0xf0f0f0f0f0f0f0f)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x5050505, 0x0, ands x0, x1, #0xf0f0f0f0f0f0f0f)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x1010101000000000, and x0, x1, #0x1010101010101010)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f0f0f0b5b5b5b5, orr x0, x1, #0x1010101010101010)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xe0e0e0e0b5b5b5b5, eor x0, x1, #0x1010101010101010)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x1010101000000000, 0x0, ands x0, x1, #0x1010101010101010)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x1010101001010101, and x0, x1, #0x1111111111111111)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf1f1f1f1b5b5b5b5, orr x0, x1, #0x1111111111111111)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xe1e1e1e1b4b4b4b4, eor x0, x1, #0x1111111111111111)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x1010101001010101, 0x0, ands x0, x1, #0x1111111111111111)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x1010101004040404, and x0, x1, #0x1e1e1e1e1e1e1e1e)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xfefefefebfbfbfbf, orr x0, x1, #0x1e1e1e1e1e1e1e1e)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xeeeeeeeebbbbbbbb, eor x0, x1, #0x1e1e1e1e1e1e1e1e)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x1010101004040404, 0x0, ands x0, x1, #0x1e1e1e1e1e1e1e1e)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x2020202020202020, and x0, x1, #0x2222222222222222)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf2f2f2f2a7a7a7a7, orr x0, x1, #0x2222222222222222)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xd2d2d2d287878787, eor x0, x1, #0x2222222222222222)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x2020202020202020, 0x0, ands x0, x1, #0x2222222222222222)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x3030303021212121, and x0, x1, #0x3333333333333333)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf3f3f3f3b7b7b7b7, orr x0, x1, #0x3333333333333333)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xc3c3c3c396969696, eor x0, x1, #0x3333333333333333)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x3030303021212121, 0x0, ands x0, x1, #0x3333333333333333)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x4040404004040404, and x0, x1, #0x4444444444444444)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf4f4f4f4e5e5e5e5, orr x0, x1, #0x4444444444444444)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xb4b4b4b4e1e1e1e1, eor x0, x1, #0x4444444444444444)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x4040404004040404, 0x0, ands x0, x1, #0x4444444444444444)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x5050505005050505, and x0, x1, #0x5555555555555555)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf5f5f5f5f5f5f5f5, orr x0, x1, #0x5555555555555555)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xa5a5a5a5f0f0f0f0, eor x0, x1, #0x5555555555555555)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x5050505005050505, 0x0, ands x0, x1, #0x5555555555555555)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x6060606024242424, and x0, x1, #0x6666666666666666)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf6f6f6f6e7e7e7e7, orr x0, x1, #0x6666666666666666)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x96969696c3c3c3c3, eor x0, x1, #0x6666666666666666)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x6060606024242424, 0x0, ands x0, x1, #0x6666666666666666)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x7070707025252525, and x0, x1, #0x7777777777777777)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf7f7f7f7f7f7f7f7, orr x0, x1, #0x7777777777777777)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x87878787d2d2d2d2, eor x0, x1, #0x7777777777777777)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x7070707025252525, 0x0, ands x0, x1, #0x7777777777777777)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x7070707025252525, and x0, x1, #0x7f7f7f7f7f7f7f7f)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xffffffffffffffff, orr x0, x1, #0x7f7f7f7f7f7f7f7f)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x8f8f8f8fdadadada, eor x0, x1, #0x7f7f7f7f7f7f7f7f)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x7070707025252525, 0x0, ands x0, x1, #0x7f7f7f7f7f7f7f7f)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x70f070f025a525a5, and x0, x1, #0x7fff7fff7fff7fff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xffffffffffffffff, orr x0, x1, #0x7fff7fff7fff7fff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x8f0f8f0fda5ada5a, eor x0, x1, #0x7fff7fff7fff7fff)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x70f070f025a525a5, 0x0, ands x0, x1, #0x7fff7fff7fff7fff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x70f0f0f025a5a5a5, and x0, x1, #0x7fffffff7fffffff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xffffffffffffffff, orr x0, x1, #0x7fffffff7fffffff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x8f0f0f0fda5a5a5a, eor x0, x1, #0x7fffffff7fffffff)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x70f0f0f025a5a5a5, 0x0, ands x0, x1, #0x7fffffff7fffffff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x70f0f0f0a5a5a5a5, and x0, x1, #0x7fffffffffffffff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xffffffffffffffff, orr x0, x1, #0x7fffffffffffffff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x8f0f0f0f5a5a5a5a, eor x0, x1, #0x7fffffffffffffff)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x70f0f0f0a5a5a5a5, 0x0, ands x0, x1, #0x7fffffffffffffff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x8000000000000000, and x0, x1, #0x8000000000000000)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f0f0f0a5a5a5a5, orr x0, x1, #0x8000000000000000)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x70f0f0f0a5a5a5a5, eor x0, x1, #0x8000000000000000)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x8000000000000000, 0x80000000, ands x0, x1, #0x8000000000000000)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x8000000025a5a5a5, and x0, x1, #0x800000007fffffff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f0f0f0ffffffff, orr x0, x1, #0x800000007fffffff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x70f0f0f0da5a5a5a, eor x0, x1, #0x800000007fffffff)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x8000000025a5a5a5, 0x80000000, ands x0, x1, #0x800000007fffffff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x8000000080000000, and x0, x1, #0x8000000080000000)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f0f0f0a5a5a5a5, orr x0, x1, #0x8000000080000000)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x70f0f0f025a5a5a5, eor x0, x1, #0x8000000080000000)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x8000000080000000, 0x80000000, ands x0, x1, #0x8000000080000000)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x800070f0800025a5, and x0, x1, #0x80007fff80007fff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f0ffffa5a5ffff, orr x0, x1, #0x80007fff80007fff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x70f08f0f25a5da5a, eor x0, x1, #0x80007fff80007fff)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x800070f0800025a5, 0x80000000, ands x0, x1, #0x80007fff80007fff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x8000800080008000, and x0, x1, #0x8000800080008000)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f0f0f0a5a5a5a5, orr x0, x1, #0x8000800080008000)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x70f070f025a525a5, eor x0, x1, #0x8000800080008000)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x8000800080008000, 0x80000000, ands x0, x1, #0x8000800080008000)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x8070807080258025, and x0, x1, #0x807f807f807f807f)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0fff0ffa5ffa5ff, orr x0, x1, #0x807f807f807f807f)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x708f708f25da25da, eor x0, x1, #0x807f807f807f807f)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x8070807080258025, 0x80000000, ands x0, x1, #0x807f807f807f807f)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x8080808080808080, and x0, x1, #0x8080808080808080)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f0f0f0a5a5a5a5, orr x0, x1, #0x8080808080808080)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x7070707025252525, eor x0, x1, #0x8080808080808080)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x8080808080808080, 0x80000000, ands x0, x1, #0x8080808080808080)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x8080808085858585, and x0, x1, #0x8787878787878787)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf7f7f7f7a7a7a7a7, orr x0, x1, #0x8787878787878787)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x7777777722222222, eor x0, x1, #0x8787878787878787)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x8080808085858585, 0x80000000, ands x0, x1, #0x8787878787878787)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x8080808080808080, and x0, x1, #0x8888888888888888)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf8f8f8f8adadadad, orr x0, x1, #0x8888888888888888)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x787878782d2d2d2d, eor x0, x1, #0x8888888888888888)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x8080808080808080, 0x80000000, ands x0, x1, #0x8888888888888888)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x9090909081818181, and x0, x1, #0x9999999999999999)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf9f9f9f9bdbdbdbd, orr x0, x1, #0x9999999999999999)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x696969693c3c3c3c, eor x0, x1, #0x9999999999999999)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0x9090909081818181, 0x80000000, ands x0, x1, #0x9999999999999999)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xa0a0a0a0a0a0a0a0, and x0, x1, #0xaaaaaaaaaaaaaaaa)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xfafafafaafafafaf, orr x0, x1, #0xaaaaaaaaaaaaaaaa)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x5a5a5a5a0f0f0f0f, eor x0, x1, #0xaaaaaaaaaaaaaaaa)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0xa0a0a0a0a0a0a0a0, 0x80000000, ands x0, x1, #0xaaaaaaaaaaaaaaaa)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xb0b0b0b0a1a1a1a1, and x0, x1, #0xbbbbbbbbbbbbbbbb)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xfbfbfbfbbfbfbfbf, orr x0, x1, #0xbbbbbbbbbbbbbbbb)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x4b4b4b4b1e1e1e1e, eor x0, x1, #0xbbbbbbbbbbbbbbbb)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0xb0b0b0b0a1a1a1a1, 0x80000000, ands x0, x1, #0xbbbbbbbbbbbbbbbb)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xb0b0b0b0a5a5a5a5, and x0, x1, #0xbfbfbfbfbfbfbfbf)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xffffffffbfbfbfbf, orr x0, x1, #0xbfbfbfbfbfbfbfbf)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x4f4f4f4f1a1a1a1a, eor x0, x1, #0xbfbfbfbfbfbfbfbf)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0xb0b0b0b0a5a5a5a5, 0x80000000, ands x0, x1, #0xbfbfbfbfbfbfbfbf)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xb0f0b0f0a5a5a5a5, and x0, x1, #0xbfffbfffbfffbfff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xffffffffbfffbfff, orr x0, x1, #0xbfffbfffbfffbfff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x4f0f4f0f1a5a1a5a, eor x0, x1, #0xbfffbfffbfffbfff)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0xb0f0b0f0a5a5a5a5, 0x80000000, ands x0, x1, #0xbfffbfffbfffbfff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xb0f0f0f0a5a5a5a5, and x0, x1, #0xbfffffffbfffffff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xffffffffbfffffff, orr x0, x1, #0xbfffffffbfffffff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x4f0f0f0f1a5a5a5a, eor x0, x1, #0xbfffffffbfffffff)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0xb0f0f0f0a5a5a5a5, 0x80000000, ands x0, x1, #0xbfffffffbfffffff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xb0f0f0f0a5a5a5a5, and x0, x1, #0xbfffffffffffffff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xffffffffffffffff, orr x0, x1, #0xbfffffffffffffff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x4f0f0f0f5a5a5a5a, eor x0, x1, #0xbfffffffffffffff)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0xb0f0f0f0a5a5a5a5, 0x80000000, ands x0, x1, #0xbfffffffffffffff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xc0c0c0c084848484, and x0, x1, #0xcccccccccccccccc)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xfcfcfcfcedededed, orr x0, x1, #0xcccccccccccccccc)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x3c3c3c3c69696969, eor x0, x1, #0xcccccccccccccccc)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0xc0c0c0c084848484, 0x80000000, ands x0, x1, #0xcccccccccccccccc)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xd0d0d0d085858585, and x0, x1, #0xdddddddddddddddd)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xfdfdfdfdfdfdfdfd, orr x0, x1, #0xdddddddddddddddd)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x2d2d2d2d78787878, eor x0, x1, #0xdddddddddddddddd)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0xd0d0d0d085858585, 0x80000000, ands x0, x1, #0xdddddddddddddddd)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xe0e0e0e0a4a4a4a4, and x0, x1, #0xeeeeeeeeeeeeeeee)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xfefefefeefefefef, orr x0, x1, #0xeeeeeeeeeeeeeeee)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x1e1e1e1e4b4b4b4b, eor x0, x1, #0xeeeeeeeeeeeeeeee)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0xe0e0e0e0a4a4a4a4, 0x80000000, ands x0, x1, #0xeeeeeeeeeeeeeeee)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f0f0f0a0a0a0a0, and x0, x1, #0xf0f0f0f0f0f0f0f0)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f0f0f0f5f5f5f5, orr x0, x1, #0xf0f0f0f0f0f0f0f0)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x55555555, eor x0, x1, #0xf0f0f0f0f0f0f0f0)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f0f0f0a0a0a0a0, 0x80000000, ands x0, x1, #0xf0f0f0f0f0f0f0f0)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f0f0f0a5a5a5a5, and x0, x1, #0xf7f7f7f7f7f7f7f7)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf7f7f7f7f7f7f7f7, orr x0, x1, #0xf7f7f7f7f7f7f7f7)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0x707070752525252, eor x0, x1, #0xf7f7f7f7f7f7f7f7)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f0f0f0a5a5a5a5, 0x80000000, ands x0, x1, #0xf7f7f7f7f7f7f7f7)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f0f0f0a4a4a4a4, and x0, x1, #0xfefefefefefefefe)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xfefefefeffffffff, orr x0, x1, #0xfefefefefefefefe)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xe0e0e0e5b5b5b5b, eor x0, x1, #0xfefefefefefefefe)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f0f0f0a4a4a4a4, 0x80000000, ands x0, x1, #0xfefefefefefefefe)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf000f000a500a500, and x0, x1, #0xff00ff00ff00ff00)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xfff0fff0ffa5ffa5, orr x0, x1, #0xff00ff00ff00ff00)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xff00ff05aa55aa5, eor x0, x1, #0xff00ff00ff00ff00)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0xf000f000a500a500, 0x80000000, ands x0, x1, #0xff00ff00ff00ff00)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf070f070a525a525, and x0, x1, #0xff7fff7fff7fff7f)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xffffffffffffffff, orr x0, x1, #0xff7fff7fff7fff7f)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf8f0f8f5ada5ada, eor x0, x1, #0xff7fff7fff7fff7f)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0xf070f070a525a525, 0x80000000, ands x0, x1, #0xff7fff7fff7fff7f)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f0f0f0a5a4a5a4, and x0, x1, #0xfffefffefffefffe)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xfffefffeffffffff, orr x0, x1, #0xfffefffefffefffe)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0e0f0e5a5b5a5b, eor x0, x1, #0xfffefffefffefffe)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f0f0f0a5a4a5a4, 0x80000000, ands x0, x1, #0xfffefffefffefffe)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f00000a5a50000, and x0, x1, #0xffff0000ffff0000)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xfffff0f0ffffa5a5, orr x0, x1, #0xffff0000ffff0000)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0ff0f05a5aa5a5, eor x0, x1, #0xffff0000ffff0000)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f00000a5a50000, 0x80000000, ands x0, x1, #0xffff0000ffff0000)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f070f0a5a525a5, and x0, x1, #0xffff7fffffff7fff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xffffffffffffffff, orr x0, x1, #0xffff7fffffff7fff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f8f0f5a5ada5a, eor x0, x1, #0xffff7fffffff7fff)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f070f0a5a525a5, 0x80000000, ands x0, x1, #0xffff7fffffff7fff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f0f0f0a5a5a5a4, and x0, x1, #0xfffffffefffffffe)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xfffffffeffffffff, orr x0, x1, #0xfffffffefffffffe)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f0f0e5a5a5a5b, eor x0, x1, #0xfffffffefffffffe)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f0f0f0a5a5a5a4, 0x80000000, ands x0, x1, #0xfffffffefffffffe)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f0f0f000000000, and x0, x1, #0xffffffff00000000)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xffffffffa5a5a5a5, orr x0, x1, #0xffffffff00000000)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f0f0fa5a5a5a5, eor x0, x1, #0xffffffff00000000)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f0f0f000000000, 0x80000000, ands x0, x1, #0xffffffff00000000)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f0f0f025a5a5a5, and x0, x1, #0xffffffff7fffffff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xffffffffffffffff, orr x0, x1, #0xffffffff7fffffff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f0f0fda5a5a5a, eor x0, x1, #0xffffffff7fffffff)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f0f0f025a5a5a5, 0x80000000, ands x0, x1, #0xffffffff7fffffff)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f0f0f0a5a5a5a4, and x0, x1, #0xfffffffffffffffe)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xffffffffffffffff, orr x0, x1, #0xfffffffffffffffe)
	T_RRR(0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f0f0f5a5a5a5b, eor x0, x1, #0xfffffffffffffffe)
	T_FRRRF(0x30000000, 0xf0f0f0f0a5a5a5a5, 0x0, 0xf0f0f0f0a5a5a5a4, 0x80000000, ands x0, x1, #0xfffffffffffffffe)
	mov	x20, sp
	orr	sp, xzr, #0x7ff0
	mov	x0, sp
	CHECK_X(x0, 0x7ff0)
	mov	sp, x20

/* MOVZ/MOVN/MOVK, 32-bit, every hw */
	T_RRR(0x0, 0x0, 0x0, movz w0, #0, lsl #0)
	T_RRR(0x0, 0x0, 0xffffffff, movn w0, #0, lsl #0)
	ldr	x0, =0xfedcba9876543210
	T_RRR(0x0, 0x0, 0x76540000, movk w0, #0, lsl #0)
	T_RRR(0x0, 0x0, 0x1, movz w0, #1, lsl #0)
	T_RRR(0x0, 0x0, 0xfffffffe, movn w0, #1, lsl #0)
	ldr	x0, =0xfedcba9876543210
	T_RRR(0x0, 0x0, 0x76540001, movk w0, #1, lsl #0)
	T_RRR(0x0, 0x0, 0x8000, movz w0, #32768, lsl #0)
	T_RRR(0x0, 0x0, 0xffff7fff, movn w0, #32768, lsl #0)
	ldr	x0, =0xfedcba9876543210
	T_RRR(0x0, 0x0, 0x76548000, movk w0, #32768, lsl #0)
	T_RRR(0x0, 0x0, 0xffff, movz w0, #65535, lsl #0)
	T_RRR(0x0, 0x0, 0xffff0000, movn w0, #65535, lsl #0)
	ldr	x0, =0xfedcba9876543210
	T_RRR(0x0, 0x0, 0x7654ffff, movk w0, #65535, lsl #0)
	T_RRR(0x0, 0x0, 0x1234, movz w0, #4660, lsl #0)
	T_RRR(0x0, 0x0, 0xffffedcb, movn w0, #4660, lsl #0)
	ldr	x0, =0xfedcba9876543210
	T_RRR(0x0, 0x0, 0x76541234, movk w0, #4660, lsl #0)
	T_RRR(0x0, 0x0, 0x0, movz w0, #0, lsl #16)
	T_RRR(0x0, 0x0, 0xffffffff, movn w0, #0, lsl #16)
	ldr	x0, =0xfedcba9876543210
	T_RRR(0x0, 0x0, 0x3210, movk w0, #0, lsl #16)
	T_RRR(0x0, 0x0, 0x10000, movz w0, #1, lsl #16)
	T_RRR(0x0, 0x0, 0xfffeffff, movn w0, #1, lsl #16)
	ldr	x0, =0xfedcba9876543210
	T_RRR(0x0, 0x0, 0x13210, movk w0, #1, lsl #16)
	T_RRR(0x0, 0x0, 0x80000000, movz w0, #32768, lsl #16)
	T_RRR(0x0, 0x0, 0x7fffffff, movn w0, #32768, lsl #16)
	ldr	x0, =0xfedcba9876543210
	T_RRR(0x0, 0x0, 0x80003210, movk w0, #32768, lsl #16)
	T_RRR(0x0, 0x0, 0xffff0000, movz w0, #65535, lsl #16)
	T_RRR(0x0, 0x0, 0xffff, movn w0, #65535, lsl #16)
	ldr	x0, =0xfedcba9876543210
	T_RRR(0x0, 0x0, 0xffff3210, movk w0, #65535, lsl #16)
	T_RRR(0x0, 0x0, 0x12340000, movz w0, #4660, lsl #16)
	T_RRR(0x0, 0x0, 0xedcbffff, movn w0, #4660, lsl #16)
	ldr	x0, =0xfedcba9876543210
	T_RRR(0x0, 0x0, 0x12343210, movk w0, #4660, lsl #16)

/* MOVZ/MOVN/MOVK, 64-bit, every hw */
	T_RRR(0x0, 0x0, 0x0, movz x0, #0, lsl #0)
	T_RRR(0x0, 0x0, 0xffffffffffffffff, movn x0, #0, lsl #0)
	ldr	x0, =0xfedcba9876543210
	T_RRR(0x0, 0x0, 0xfedcba9876540000, movk x0, #0, lsl #0)
	T_RRR(0x0, 0x0, 0x1, movz x0, #1, lsl #0)
	T_RRR(0x0, 0x0, 0xfffffffffffffffe, movn x0, #1, lsl #0)
	ldr	x0, =0xfedcba9876543210
	T_RRR(0x0, 0x0, 0xfedcba9876540001, movk x0, #1, lsl #0)
	T_RRR(0x0, 0x0, 0x8000, movz x0, #32768, lsl #0)
	T_RRR(0x0, 0x0, 0xffffffffffff7fff, movn x0, #32768, lsl #0)
	ldr	x0, =0xfedcba9876543210
	T_RRR(0x0, 0x0, 0xfedcba9876548000, movk x0, #32768, lsl #0)
	T_RRR(0x0, 0x0, 0xffff, movz x0, #65535, lsl #0)
	T_RRR(0x0, 0x0, 0xffffffffffff0000, movn x0, #65535, lsl #0)
	ldr	x0, =0xfedcba9876543210
	T_RRR(0x0, 0x0, 0xfedcba987654ffff, movk x0, #65535, lsl #0)
	T_RRR(0x0, 0x0, 0x1234, movz x0, #4660, lsl #0)
	T_RRR(0x0, 0x0, 0xffffffffffffedcb, movn x0, #4660, lsl #0)
	ldr	x0, =0xfedcba9876543210
	T_RRR(0x0, 0x0, 0xfedcba9876541234, movk x0, #4660, lsl #0)
	T_RRR(0x0, 0x0, 0x0, movz x0, #0, lsl #16)
	T_RRR(0x0, 0x0, 0xffffffffffffffff, movn x0, #0, lsl #16)
	ldr	x0, =0xfedcba9876543210
	T_RRR(0x0, 0x0, 0xfedcba9800003210, movk x0, #0, lsl #16)
	T_RRR(0x0, 0x0, 0x10000, movz x0, #1, lsl #16)
	T_RRR(0x0, 0x0, 0xfffffffffffeffff, movn x0, #1, lsl #16)
	ldr	x0, =0xfedcba9876543210
	T_RRR(0x0, 0x0, 0xfedcba9800013210, movk x0, #1, lsl #16)
	T_RRR(0x0, 0x0, 0x80000000, movz x0, #32768, lsl #16)
	T_RRR(0x0, 0x0, 0xffffffff7fffffff, movn x0, #32768, lsl #16)
	ldr	x0, =0xfedcba9876543210
	T_RRR(0x0, 0x0, 0xfedcba9880003210, movk x0, #32768, lsl #16)
	T_RRR(0x0, 0x0, 0xffff0000, movz x0, #65535, lsl #16)
	T_RRR(0x0, 0x0, 0xffffffff0000ffff, movn x0, #65535, lsl #16)
	ldr	x0, =0xfedcba9876543210
	T_RRR(0x0, 0x0, 0xfedcba98ffff3210, movk x0, #65535, lsl #16)
	T_RRR(0x0, 0x0, 0x12340000, movz x0, #4660, lsl #16)
	T_RRR(0x0, 0x0, 0xffffffffedcbffff, movn x0, #4660, lsl #16)
	ldr	x0, =0xfedcba9876543210
	T_RRR(0x0, 0x0, 0xfedcba9812343210, movk x0, #4660, lsl #16)
	T_RRR(0x0, 0x0, 0x0, movz x0, #0, lsl #32)
	T_RRR(0x0, 0x0, 0xffffffffffffffff, movn x0, #0, lsl #32)
	ldr	x0, =0xfedcba9876543210
	T_RRR(0x0, 0x0, 0xfedc000076543210, movk x0, #0, lsl #32)
	T_RRR(0x0, 0x0, 0x100000000, movz x0, #1, lsl #32)
	T_RRR(0x0, 0x0, 0xfffffffeffffffff, movn x0, #1, lsl #32)
	ldr	x0, =0xfedcba9876543210
	T_RRR(0x0, 0x0, 0xfedc000176543210, movk x0, #1, lsl #32)
	T_RRR(0x0, 0x0, 0x800000000000, movz x0, #32768, lsl #32)
	T_RRR(0x0, 0x0, 0xffff7fffffffffff, movn x0, #32768, lsl #32)
	ldr	x0, =0xfedcba9876543210
	T_RRR(0x0, 0x0, 0xfedc800076543210, movk x0, #32768, lsl #32)
	T_RRR(0x0, 0x0, 0xffff00000000, movz x0, #65535, lsl #32)
	T_RRR(0x0, 0x0, 0xffff0000ffffffff, movn x0, #65535, lsl #32)
	ldr	x0, =0xfedcba9876543210
	T_RRR(0x0, 0x0, 0xfedcffff76543210, movk x0, #65535, lsl #32)
	T_RRR(0x0, 0x0, 0x123400000000, movz x0, #4660, lsl #32)
	T_RRR(0x0, 0x0, 0xffffedcbffffffff, movn x0, #4660, lsl #32)
	ldr	x0, =0xfedcba9876543210
	T_RRR(0x0, 0x0, 0xfedc123476543210, movk x0, #4660, lsl #32)
	T_RRR(0x0, 0x0, 0x0, movz x0, #0, lsl #48)
	T_RRR(0x0, 0x0, 0xffffffffffffffff, movn x0, #0, lsl #48)
	ldr	x0, =0xfedcba9876543210
	T_RRR(0x0, 0x0, 0xba9876543210, movk x0, #0, lsl #48)
	T_RRR(0x0, 0x0, 0x1000000000000, movz x0, #1, lsl #48)
	T_RRR(0x0, 0x0, 0xfffeffffffffffff, movn x0, #1, lsl #48)
	ldr	x0, =0xfedcba9876543210
	T_RRR(0x0, 0x0, 0x1ba9876543210, movk x0, #1, lsl #48)
	T_RRR(0x0, 0x0, 0x8000000000000000, movz x0, #32768, lsl #48)
	T_RRR(0x0, 0x0, 0x7fffffffffffffff, movn x0, #32768, lsl #48)
	ldr	x0, =0xfedcba9876543210
	T_RRR(0x0, 0x0, 0x8000ba9876543210, movk x0, #32768, lsl #48)
	T_RRR(0x0, 0x0, 0xffff000000000000, movz x0, #65535, lsl #48)
	T_RRR(0x0, 0x0, 0xffffffffffff, movn x0, #65535, lsl #48)
	ldr	x0, =0xfedcba9876543210
	T_RRR(0x0, 0x0, 0xffffba9876543210, movk x0, #65535, lsl #48)
	T_RRR(0x0, 0x0, 0x1234000000000000, movz x0, #4660, lsl #48)
	T_RRR(0x0, 0x0, 0xedcbffffffffffff, movn x0, #4660, lsl #48)
	ldr	x0, =0xfedcba9876543210
	T_RRR(0x0, 0x0, 0x1234ba9876543210, movk x0, #4660, lsl #48)

/* SBFM/BFM/UBFM, 32-bit */
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xffffffff, sbfm w0, w1, #0, #0)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x89abcdef, bfm w0, w1, #0, #0)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x1, ubfm w0, w1, #0, #0)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffffffff, sbfm w0, w1, #0, #0)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x89abcdef, bfm w0, w1, #0, #0)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x1, ubfm w0, w1, #0, #0)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xcafe8001, sbfm w0, w1, #0, #31)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xcafe8001, bfm w0, w1, #0, #31)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xcafe8001, ubfm w0, w1, #0, #31)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x7fffffff, sbfm w0, w1, #0, #31)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x7fffffff, bfm w0, w1, #0, #31)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x7fffffff, ubfm w0, w1, #0, #31)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xffffffff, sbfm w0, w1, #31, #31)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x89abcdef, bfm w0, w1, #31, #31)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x1, ubfm w0, w1, #31, #31)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x0, sbfm w0, w1, #31, #31)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x89abcdee, bfm w0, w1, #31, #31)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x0, ubfm w0, w1, #31, #31)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x80000000, sbfm w0, w1, #1, #0)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x89abcdef, bfm w0, w1, #1, #0)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x80000000, ubfm w0, w1, #1, #0)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x80000000, sbfm w0, w1, #1, #0)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x89abcdef, bfm w0, w1, #1, #0)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x80000000, ubfm w0, w1, #1, #0)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xfffffffe, sbfm w0, w1, #31, #0)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x89abcdef, bfm w0, w1, #31, #0)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x2, ubfm w0, w1, #31, #0)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xfffffffe, sbfm w0, w1, #31, #0)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x89abcdef, bfm w0, w1, #31, #0)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x2, ubfm w0, w1, #31, #0)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x80010000, sbfm w0, w1, #16, #15)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x8001cdef, bfm w0, w1, #16, #15)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x80010000, ubfm w0, w1, #16, #15)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffff0000, sbfm w0, w1, #16, #15)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffffcdef, bfm w0, w1, #16, #15)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffff0000, ubfm w0, w1, #16, #15)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x0, sbfm w0, w1, #3, #10)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x89abcd00, bfm w0, w1, #3, #10)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x0, ubfm w0, w1, #3, #10)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffffffff, sbfm w0, w1, #3, #10)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x89abcdff, bfm w0, w1, #3, #10)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xff, ubfm w0, w1, #3, #10)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x400000, sbfm w0, w1, #10, #3)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x886bcdef, bfm w0, w1, #10, #3)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x400000, ubfm w0, w1, #10, #3)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffc00000, sbfm w0, w1, #10, #3)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x8bebcdef, bfm w0, w1, #10, #3)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x3c00000, ubfm w0, w1, #10, #3)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x1, sbfm w0, w1, #0, #7)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x89abcd01, bfm w0, w1, #0, #7)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x1, ubfm w0, w1, #0, #7)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffffffff, sbfm w0, w1, #0, #7)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x89abcdff, bfm w0, w1, #0, #7)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xff, ubfm w0, w1, #0, #7)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xffff8001, sbfm w0, w1, #0, #15)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x89ab8001, bfm w0, w1, #0, #15)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x8001, ubfm w0, w1, #0, #15)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffffffff, sbfm w0, w1, #0, #15)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x89abffff, bfm w0, w1, #0, #15)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffff, ubfm w0, w1, #0, #15)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xcafe8001, sbfm w0, w1, #0, #31)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xcafe8001, bfm w0, w1, #0, #31)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xcafe8001, ubfm w0, w1, #0, #31)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x7fffffff, sbfm w0, w1, #0, #31)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x7fffffff, bfm w0, w1, #0, #31)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x7fffffff, ubfm w0, w1, #0, #31)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xffff4000, sbfm w0, w1, #1, #20)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x89af4000, bfm w0, w1, #1, #20)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xf4000, ubfm w0, w1, #1, #20)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffffffff, sbfm w0, w1, #1, #20)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x89afffff, bfm w0, w1, #1, #20)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xfffff, ubfm w0, w1, #1, #20)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x1, sbfm w0, w1, #0, #4)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x89abcde1, bfm w0, w1, #0, #4)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x1, ubfm w0, w1, #0, #4)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffffffff, sbfm w0, w1, #0, #4)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x89abcdff, bfm w0, w1, #0, #4)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x1f, ubfm w0, w1, #0, #4)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x1f, sbfm w0, w1, #19, #24)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x89abcddf, bfm w0, w1, #19, #24)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x1f, ubfm w0, w1, #19, #24)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffffffff, sbfm w0, w1, #19, #24)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x89abcdff, bfm w0, w1, #19, #24)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x3f, ubfm w0, w1, #19, #24)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x0, sbfm w0, w1, #6, #6)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x89abcdee, bfm w0, w1, #6, #6)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x0, ubfm w0, w1, #6, #6)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffffffff, sbfm w0, w1, #6, #6)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x89abcdef, bfm w0, w1, #6, #6)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x1, ubfm w0, w1, #6, #6)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x2, sbfm w0, w1, #26, #29)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x89abcde2, bfm w0, w1, #26, #29)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x2, ubfm w0, w1, #26, #29)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffffffff, sbfm w0, w1, #26, #29)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x89abcdef, bfm w0, w1, #26, #29)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xf, ubfm w0, w1, #26, #29)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x1, sbfm w0, w1, #0, #13)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x89abc001, bfm w0, w1, #0, #13)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x1, ubfm w0, w1, #0, #13)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffffffff, sbfm w0, w1, #0, #13)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x89abffff, bfm w0, w1, #0, #13)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x3fff, ubfm w0, w1, #0, #13)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xfffffff4, sbfm w0, w1, #13, #23)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x89abcff4, bfm w0, w1, #13, #23)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x7f4, ubfm w0, w1, #13, #23)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffffffff, sbfm w0, w1, #13, #23)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x89abcfff, bfm w0, w1, #13, #23)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x7ff, ubfm w0, w1, #13, #23)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x0, sbfm w0, w1, #3, #11)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x89abcc00, bfm w0, w1, #3, #11)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x0, ubfm w0, w1, #3, #11)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffffffff, sbfm w0, w1, #3, #11)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x89abcdff, bfm w0, w1, #3, #11)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x1ff, ubfm w0, w1, #3, #11)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xff400080, sbfm w0, w1, #25, #18)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x8b4000ef, bfm w0, w1, #25, #18)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x3400080, ubfm w0, w1, #25, #18)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffffff80, sbfm w0, w1, #25, #18)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x8bffffef, bfm w0, w1, #25, #18)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x3ffff80, ubfm w0, w1, #25, #18)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xfe57f400, sbfm w0, w1, #5, #30)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x8a57f400, bfm w0, w1, #5, #30)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x257f400, ubfm w0, w1, #5, #30)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffffffff, sbfm w0, w1, #5, #30)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x8bffffff, bfm w0, w1, #5, #30)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x3ffffff, ubfm w0, w1, #5, #30)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x80, sbfm w0, w1, #25, #5)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x89abc0ef, bfm w0, w1, #25, #5)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x80, ubfm w0, w1, #25, #5)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffffff80, sbfm w0, w1, #25, #5)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x89abdfef, bfm w0, w1, #25, #5)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x1f80, ubfm w0, w1, #25, #5)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xfffff2bf, sbfm w0, w1, #18, #30)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x89abd2bf, bfm w0, w1, #18, #30)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x12bf, ubfm w0, w1, #18, #30)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffffffff, sbfm w0, w1, #18, #30)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x89abdfff, bfm w0, w1, #18, #30)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x1fff, ubfm w0, w1, #18, #30)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xffcafe80, sbfm w0, w1, #8, #31)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x89cafe80, bfm w0, w1, #8, #31)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xcafe80, ubfm w0, w1, #8, #31)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x7fffff, sbfm w0, w1, #8, #31)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x897fffff, bfm w0, w1, #8, #31)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x7fffff, ubfm w0, w1, #8, #31)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xfffffff5, sbfm w0, w1, #23, #27)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x89abcdf5, bfm w0, w1, #23, #27)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x15, ubfm w0, w1, #23, #27)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffffffff, sbfm w0, w1, #23, #27)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x89abcdff, bfm w0, w1, #23, #27)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x1f, ubfm w0, w1, #23, #27)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x1fd00020, sbfm w0, w1, #27, #24)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x9fd0002f, bfm w0, w1, #27, #24)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x1fd00020, ubfm w0, w1, #27, #24)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffffffe0, sbfm w0, w1, #27, #24)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xbfffffef, bfm w0, w1, #27, #24)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x3fffffe0, ubfm w0, w1, #27, #24)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x0, sbfm w0, w1, #12, #13)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x89abcdec, bfm w0, w1, #12, #13)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x0, ubfm w0, w1, #12, #13)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffffffff, sbfm w0, w1, #12, #13)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x89abcdef, bfm w0, w1, #12, #13)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x3, ubfm w0, w1, #12, #13)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xffbfa000, sbfm w0, w1, #2, #25)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x89bfa000, bfm w0, w1, #2, #25)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xbfa000, ubfm w0, w1, #2, #25)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffffffff, sbfm w0, w1, #2, #25)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x89ffffff, bfm w0, w1, #2, #25)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffffff, ubfm w0, w1, #2, #25)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xfffffffe, sbfm w0, w1, #16, #20)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x89abcdfe, bfm w0, w1, #16, #20)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x1e, ubfm w0, w1, #16, #20)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffffffff, sbfm w0, w1, #16, #20)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x89abcdff, bfm w0, w1, #16, #20)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x1f, ubfm w0, w1, #16, #20)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xffffffff, sbfm w0, w1, #23, #23)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x89abcdef, bfm w0, w1, #23, #23)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x1, ubfm w0, w1, #23, #23)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffffffff, sbfm w0, w1, #23, #23)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x89abcdef, bfm w0, w1, #23, #23)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x1, ubfm w0, w1, #23, #23)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x2, sbfm w0, w1, #24, #26)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x89abcdea, bfm w0, w1, #24, #26)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x2, ubfm w0, w1, #24, #26)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffffffff, sbfm w0, w1, #24, #26)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x89abcdef, bfm w0, w1, #24, #26)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x7, ubfm w0, w1, #24, #26)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x100020, sbfm w0, w1, #27, #16)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x8990002f, bfm w0, w1, #27, #16)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x100020, ubfm w0, w1, #27, #16)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffffffe0, sbfm w0, w1, #27, #16)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x89bfffef, bfm w0, w1, #27, #16)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x3fffe0, ubfm w0, w1, #27, #16)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xfff2bfa0, sbfm w0, w1, #10, #31)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x89b2bfa0, bfm w0, w1, #10, #31)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x32bfa0, ubfm w0, w1, #10, #31)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x1fffff, sbfm w0, w1, #10, #31)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x899fffff, bfm w0, w1, #10, #31)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x1fffff, ubfm w0, w1, #10, #31)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x2fe80010, sbfm w0, w1, #28, #26)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xafe8001f, bfm w0, w1, #28, #26)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x2fe80010, ubfm w0, w1, #28, #26)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xfffffff0, sbfm w0, w1, #28, #26)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffffffff, bfm w0, w1, #28, #26)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x7ffffff0, ubfm w0, w1, #28, #26)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x0, sbfm w0, w1, #3, #6)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x89abcde0, bfm w0, w1, #3, #6)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x0, ubfm w0, w1, #3, #6)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffffffff, sbfm w0, w1, #3, #6)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x89abcdef, bfm w0, w1, #3, #6)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xf, ubfm w0, w1, #3, #6)

/* Bitfield aliases, 32-bit */
	T_RRR(0x80000000800000ff, 0x0, 0xff0, lsl w0, w1, #4)
	T_RRR(0x80000000800000ff, 0x0, 0x1, lsr w0, w1, #31)
	T_RRR(0x80000000800000ff, 0x0, 0xffffffff, asr w0, w1, #31)
	T_RRR(0x80000000800000ff, 0x0, 0xffffffff, sxtb w0, w1)
	T_RRR(0x80000000800000ff, 0x0, 0xff, sxth w0, w1)
	T_RRR(0x80000000800000ff, 0x0, 0xff, uxtb w0, w1)
	T_RRR(0x80000000800000ff, 0x0, 0xff, uxth w0, w1)

/* SBFM/BFM/UBFM, 64-bit */
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xffffffffffffffff, sbfm x0, x1, #0, #0)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x123456789abcdef, bfm x0, x1, #0, #0)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x1, ubfm x0, x1, #0, #0)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffffffffffffffff, sbfm x0, x1, #0, #0)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x123456789abcdef, bfm x0, x1, #0, #0)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x1, ubfm x0, x1, #0, #0)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x8badf00dcafe8001, sbfm x0, x1, #0, #63)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x8badf00dcafe8001, bfm x0, x1, #0, #63)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x8badf00dcafe8001, ubfm x0, x1, #0, #63)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x7fffffff7fffffff, sbfm x0, x1, #0, #63)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x7fffffff7fffffff, bfm x0, x1, #0, #63)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x7fffffff7fffffff, ubfm x0, x1, #0, #63)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xffffffffffffffff, sbfm x0, x1, #63, #63)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x123456789abcdef, bfm x0, x1, #63, #63)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x1, ubfm x0, x1, #63, #63)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x0, sbfm x0, x1, #63, #63)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x123456789abcdee, bfm x0, x1, #63, #63)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x0, ubfm x0, x1, #63, #63)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x8000000000000000, sbfm x0, x1, #1, #0)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x8123456789abcdef, bfm x0, x1, #1, #0)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x8000000000000000, ubfm x0, x1, #1, #0)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x8000000000000000, sbfm x0, x1, #1, #0)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x8123456789abcdef, bfm x0, x1, #1, #0)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x8000000000000000, ubfm x0, x1, #1, #0)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xfffffffffffffffe, sbfm x0, x1, #63, #0)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x123456789abcdef, bfm x0, x1, #63, #0)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x2, ubfm x0, x1, #63, #0)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xfffffffffffffffe, sbfm x0, x1, #63, #0)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x123456789abcdef, bfm x0, x1, #63, #0)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x2, ubfm x0, x1, #63, #0)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xcafe800100000000, sbfm x0, x1, #32, #31)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xcafe800189abcdef, bfm x0, x1, #32, #31)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xcafe800100000000, ubfm x0, x1, #32, #31)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x7fffffff00000000, sbfm x0, x1, #32, #31)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x7fffffff89abcdef, bfm x0, x1, #32, #31)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x7fffffff00000000, ubfm x0, x1, #32, #31)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x0, sbfm x0, x1, #3, #10)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x123456789abcd00, bfm x0, x1, #3, #10)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x0, ubfm x0, x1, #3, #10)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffffffffffffffff, sbfm x0, x1, #3, #10)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x123456789abcdff, bfm x0, x1, #3, #10)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xff, ubfm x0, x1, #3, #10)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x40000000000000, sbfm x0, x1, #10, #3)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x63456789abcdef, bfm x0, x1, #10, #3)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x40000000000000, ubfm x0, x1, #10, #3)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffc0000000000000, sbfm x0, x1, #10, #3)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x3e3456789abcdef, bfm x0, x1, #10, #3)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x3c0000000000000, ubfm x0, x1, #10, #3)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x1, sbfm x0, x1, #0, #7)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x123456789abcd01, bfm x0, x1, #0, #7)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x1, ubfm x0, x1, #0, #7)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffffffffffffffff, sbfm x0, x1, #0, #7)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x123456789abcdff, bfm x0, x1, #0, #7)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xff, ubfm x0, x1, #0, #7)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xffffffffffff8001, sbfm x0, x1, #0, #15)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x123456789ab8001, bfm x0, x1, #0, #15)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x8001, ubfm x0, x1, #0, #15)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffffffffffffffff, sbfm x0, x1, #0, #15)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x123456789abffff, bfm x0, x1, #0, #15)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffff, ubfm x0, x1, #0, #15)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xffffffffcafe8001, sbfm x0, x1, #0, #31)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x1234567cafe8001, bfm x0, x1, #0, #31)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xcafe8001, ubfm x0, x1, #0, #31)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x7fffffff, sbfm x0, x1, #0, #31)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x12345677fffffff, bfm x0, x1, #0, #31)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x7fffffff, ubfm x0, x1, #0, #31)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xffffffffffff4000, sbfm x0, x1, #1, #22)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x123456789bf4000, bfm x0, x1, #1, #22)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x3f4000, ubfm x0, x1, #1, #22)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffffffffffffffff, sbfm x0, x1, #1, #22)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x123456789bfffff, bfm x0, x1, #1, #22)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x3fffff, ubfm x0, x1, #1, #22)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xffffffff00dcafe8, sbfm x0, x1, #12, #48)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x123457f00dcafe8, bfm x0, x1, #12, #48)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x1f00dcafe8, ubfm x0, x1, #12, #48)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xfffffffffff7ffff, sbfm x0, x1, #12, #48)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x123457ffff7ffff, bfm x0, x1, #12, #48)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x1ffff7ffff, ubfm x0, x1, #12, #48)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x2bfa0004, sbfm x0, x1, #62, #28)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x1234567abfa0007, bfm x0, x1, #62, #28)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x2bfa0004, ubfm x0, x1, #62, #28)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xfffffffffffffffc, sbfm x0, x1, #62, #28)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x1234567ffffffff, bfm x0, x1, #62, #28)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x7ffffffc, ubfm x0, x1, #62, #28)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x0, sbfm x0, x1, #1, #6)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x123456789abcdc0, bfm x0, x1, #1, #6)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x0, ubfm x0, x1, #1, #6)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffffffffffffffff, sbfm x0, x1, #1, #6)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x123456789abcdff, bfm x0, x1, #1, #6)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x3f, ubfm x0, x1, #1, #6)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xdcafe800, sbfm x0, x1, #4, #42)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x1234500dcafe800, bfm x0, x1, #4, #42)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xdcafe800, ubfm x0, x1, #4, #42)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xfffffffff7ffffff, sbfm x0, x1, #4, #42)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x123457ff7ffffff, bfm x0, x1, #4, #42)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x7ff7ffffff, ubfm x0, x1, #4, #42)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xfffffff2bfa00040, sbfm x0, x1, #58, #30)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x1234572bfa0006f, bfm x0, x1, #58, #30)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x12bfa00040, ubfm x0, x1, #58, #30)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffffffffffffffc0, sbfm x0, x1, #58, #30)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x123457fffffffef, bfm x0, x1, #58, #30)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x1fffffffc0, ubfm x0, x1, #58, #30)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x100, sbfm x0, x1, #56, #6)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x123456789ab81ef, bfm x0, x1, #56, #6)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x100, ubfm x0, x1, #56, #6)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffffffffffffff00, sbfm x0, x1, #56, #6)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x123456789abffef, bfm x0, x1, #56, #6)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x7f00, ubfm x0, x1, #56, #6)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xfffffd0002000000, sbfm x0, x1, #39, #23)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x123fd0003abcdef, bfm x0, x1, #39, #23)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x1fd0002000000, ubfm x0, x1, #39, #23)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xfffffffffe000000, sbfm x0, x1, #39, #23)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x123ffffffabcdef, bfm x0, x1, #39, #23)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x1fffffe000000, ubfm x0, x1, #39, #23)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xfffffffffffffffc, sbfm x0, x1, #42, #48)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x123456789abcdfc, bfm x0, x1, #42, #48)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x7c, ubfm x0, x1, #42, #48)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffffffffffffffff, sbfm x0, x1, #42, #48)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x123456789abcdff, bfm x0, x1, #42, #48)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x7f, ubfm x0, x1, #42, #48)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x57f40008, sbfm x0, x1, #61, #28)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x123456757f4000f, bfm x0, x1, #61, #28)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x57f40008, ubfm x0, x1, #61, #28)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xfffffffffffffff8, sbfm x0, x1, #61, #28)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x1234567ffffffff, bfm x0, x1, #61, #28)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xfffffff8, ubfm x0, x1, #61, #28)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xfffffffff4000800, sbfm x0, x1, #53, #23)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x1234567f4000def, bfm x0, x1, #53, #23)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x7f4000800, ubfm x0, x1, #53, #23)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xfffffffffffff800, sbfm x0, x1, #53, #23)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x1234567fffffdef, bfm x0, x1, #53, #23)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x7fffff800, ubfm x0, x1, #53, #23)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x200000, sbfm x0, x1, #43, #4)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x1234567882bcdef, bfm x0, x1, #43, #4)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x200000, ubfm x0, x1, #43, #4)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffffffffffe00000, sbfm x0, x1, #43, #4)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x12345678bebcdef, bfm x0, x1, #43, #4)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x3e00000, ubfm x0, x1, #43, #4)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x4000000, sbfm x0, x1, #38, #11)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x123454005abcdef, bfm x0, x1, #38, #11)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x4000000, ubfm x0, x1, #38, #11)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xfffffffffc000000, sbfm x0, x1, #38, #11)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x123457ffdabcdef, bfm x0, x1, #38, #11)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x3ffc000000, ubfm x0, x1, #38, #11)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xe57f4000800000, sbfm x0, x1, #41, #33)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xe57f4000abcdef, bfm x0, x1, #41, #33)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xe57f4000800000, ubfm x0, x1, #41, #33)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffbfffffff800000, sbfm x0, x1, #41, #33)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x1bfffffffabcdef, bfm x0, x1, #41, #33)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x1bfffffff800000, ubfm x0, x1, #41, #33)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xffffffffe57f4000, sbfm x0, x1, #1, #32)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x1234567e57f4000, bfm x0, x1, #1, #32)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xe57f4000, ubfm x0, x1, #1, #32)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffffffffbfffffff, sbfm x0, x1, #1, #32)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x1234567bfffffff, bfm x0, x1, #1, #32)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xbfffffff, ubfm x0, x1, #1, #32)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xfffffffffffff00d, sbfm x0, x1, #32, #46)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x123456789abf00d, bfm x0, x1, #32, #46)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x700d, ubfm x0, x1, #32, #46)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffffffffffffffff, sbfm x0, x1, #32, #46)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x123456789abffff, bfm x0, x1, #32, #46)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x7fff, ubfm x0, x1, #32, #46)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xffffffffbadf00dc, sbfm x0, x1, #28, #59)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x1234567badf00dc, bfm x0, x1, #28, #59)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xbadf00dc, ubfm x0, x1, #28, #59)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xfffffffffffffff7, sbfm x0, x1, #28, #59)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x1234567fffffff7, bfm x0, x1, #28, #59)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xfffffff7, ubfm x0, x1, #28, #59)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x0, sbfm x0, x1, #37, #39)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x123456789abcde8, bfm x0, x1, #37, #39)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x0, ubfm x0, x1, #37, #39)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffffffffffffffff, sbfm x0, x1, #37, #39)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x123456789abcdef, bfm x0, x1, #37, #39)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x7, ubfm x0, x1, #37, #39)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x7, sbfm x0, x1, #55, #58)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x123456789abcde7, bfm x0, x1, #55, #58)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x7, ubfm x0, x1, #55, #58)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffffffffffffffff, sbfm x0, x1, #55, #58)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x123456789abcdef, bfm x0, x1, #55, #58)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xf, ubfm x0, x1, #55, #58)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xb7c, sbfm x0, x1, #42, #54)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x123456789abcb7c, bfm x0, x1, #42, #54)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xb7c, ubfm x0, x1, #42, #54)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffffffffffffffff, sbfm x0, x1, #42, #54)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x123456789abdfff, bfm x0, x1, #42, #54)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x1fff, ubfm x0, x1, #42, #54)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x0, sbfm x0, x1, #5, #8)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x123456789abcde0, bfm x0, x1, #5, #8)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x0, ubfm x0, x1, #5, #8)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffffffffffffffff, sbfm x0, x1, #5, #8)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x123456789abcdef, bfm x0, x1, #5, #8)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xf, ubfm x0, x1, #5, #8)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xfe80010000000000, sbfm x0, x1, #24, #23)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xfe80016789abcdef, bfm x0, x1, #24, #23)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xfe80010000000000, ubfm x0, x1, #24, #23)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffffff0000000000, sbfm x0, x1, #24, #23)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffffff6789abcdef, bfm x0, x1, #24, #23)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffffff0000000000, ubfm x0, x1, #24, #23)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x6f806e57f40, sbfm x0, x1, #9, #52)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x12346f806e57f40, bfm x0, x1, #9, #52)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x6f806e57f40, ubfm x0, x1, #9, #52)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffffffffffbfffff, sbfm x0, x1, #9, #52)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x1234fffffbfffff, bfm x0, x1, #9, #52)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xfffffbfffff, ubfm x0, x1, #9, #52)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0xffffffffb95fd000, sbfm x0, x1, #3, #35)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x1234567b95fd000, bfm x0, x1, #3, #35)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x8badf00dcafe8001, 0x0, 0x1b95fd000, ubfm x0, x1, #3, #35)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0xffffffffefffffff, sbfm x0, x1, #3, #35)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x1234567efffffff, bfm x0, x1, #3, #35)
	ldr	x0, =0x123456789abcdef
	T_RRR(0x7fffffff7fffffff, 0x0, 0x1efffffff, ubfm x0, x1, #3, #35)

/* Bitfield aliases, 64-bit */
	T_RRR(0x80000000800000ff, 0x0, 0x800000ff0, lsl x0, x1, #4)
	T_RRR(0x80000000800000ff, 0x0, 0x1, lsr x0, x1, #63)
	T_RRR(0x80000000800000ff, 0x0, 0xffffffffffffffff, asr x0, x1, #63)
	T_RRR(0x80000000800000ff, 0x0, 0xffffffffffffffff, sxtb x0, w1)
	T_RRR(0x80000000800000ff, 0x0, 0xff, sxth x0, w1)
	T_RRR(0x80000000800000ff, 0x0, 0xff, uxtb w0, w1)
	T_RRR(0x80000000800000ff, 0x0, 0xff, uxth w0, w1)
	T_RRR(0x80000000, 0x0, 0xffffffff80000000, sxtw x0, w1)

/* EXTR / ROR (immediate) */
	T_RRR(0x123456789abcdef, 0xfedcba9876543210, 0x76543210, extr w0, w1, w2, #0)
	T_RRR(0x123456789abcdef, 0xfedcba9876543210, 0x89abcdef, ror w0, w1, #0)
	T_RRR(0x123456789abcdef, 0xfedcba9876543210, 0xbb2a1908, extr w0, w1, w2, #1)
	T_RRR(0x123456789abcdef, 0xfedcba9876543210, 0xc4d5e6f7, ror w0, w1, #1)
	T_RRR(0x123456789abcdef, 0xfedcba9876543210, 0xcdef7654, extr w0, w1, w2, #16)
	T_RRR(0x123456789abcdef, 0xfedcba9876543210, 0xcdef89ab, ror w0, w1, #16)
	T_RRR(0x123456789abcdef, 0xfedcba9876543210, 0x13579bde, extr w0, w1, w2, #31)
	T_RRR(0x123456789abcdef, 0xfedcba9876543210, 0x13579bdf, ror w0, w1, #31)
	T_RRR(0x123456789abcdef, 0xfedcba9876543210, 0xfedcba9876543210, extr x0, x1, x2, #0)
	T_RRR(0x123456789abcdef, 0xfedcba9876543210, 0x123456789abcdef, ror x0, x1, #0)
	T_RRR(0x123456789abcdef, 0xfedcba9876543210, 0xff6e5d4c3b2a1908, extr x0, x1, x2, #1)
	T_RRR(0x123456789abcdef, 0xfedcba9876543210, 0x8091a2b3c4d5e6f7, ror x0, x1, #1)
	T_RRR(0x123456789abcdef, 0xfedcba9876543210, 0x89abcdeffedcba98, extr x0, x1, x2, #32)
	T_RRR(0x123456789abcdef, 0xfedcba9876543210, 0x89abcdef01234567, ror x0, x1, #32)
	T_RRR(0x123456789abcdef, 0xfedcba9876543210, 0x2468acf13579bdf, extr x0, x1, x2, #63)
	T_RRR(0x123456789abcdef, 0xfedcba9876543210, 0x2468acf13579bde, ror x0, x1, #63)
	.data
	.balign	4096
	.space	8192
far_data:
	.quad	0
	.text
	TEST_END
