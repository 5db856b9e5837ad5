/*
 * fp_check.h -- helpers for the floating-point tests (tests/insn/fp*.S),
 * on top of insn.h.  Values are raw bit patterns; each check clears FPSR,
 * runs one instruction and compares the result register and FPSR.
 *
 * FPSR flags: IOC 0x1, DZC 0x2, OFC 0x4, UFC 0x8, IXC 0x10, IDC 0x80.
 * FPCR: RP 0x400000, RM 0x800000, RZ 0xc00000, FZ 0x1000000,
 *       DN 0x2000000, AHP 0x4000000.
 * Scratch: x0-x7, v0-v7.
 */
#ifndef RF_TESTS_FP_CHECK_H
#define RF_TESTS_FP_CHECK_H

#include "insn.h"

/* FPCR(value): set FPCR. */
#define FPCR(val) ldr x7, =val; msr fpcr, x7

/* D2(op, a, b, result, fpsr): op d2, d0, d1 with d0 = a, d1 = b. */
#define D2(op, a, b, r, fl) fp_d2 op, a, b, r, fl, __LINE__
	.macro fp_d2 op, a, b, r, fl, line
	ldr	x0, =\a
	fmov	d0, x0
	ldr	x1, =\b
	fmov	d1, x1
	msr	fpsr, xzr
	\op	d2, d0, d1
	fmov	x3, d2
	check_x	x3, \r, \line
	mrs	x3, fpsr
	check_x	x3, \fl, \line
	.endm

/* S2(op, a, b, result, fpsr): single precision, s2 = op(s0, s1). */
#define S2(op, a, b, r, fl) fp_s2 op, a, b, r, fl, __LINE__
	.macro fp_s2 op, a, b, r, fl, line
	ldr	w0, =\a
	fmov	s0, w0
	ldr	w1, =\b
	fmov	s1, w1
	msr	fpsr, xzr
	\op	s2, s0, s1
	fmov	x3, d2
	check_x	x3, \r, \line
	mrs	x3, fpsr
	check_x	x3, \fl, \line
	.endm

/* D1(op, a, result, fpsr) / S1: op d2, d0 (s2, s0). */
#define D1(op, a, r, fl) fp_d1 op, a, r, fl, __LINE__
	.macro fp_d1 op, a, r, fl, line
	ldr	x0, =\a
	fmov	d0, x0
	msr	fpsr, xzr
	\op	d2, d0
	fmov	x3, d2
	check_x	x3, \r, \line
	mrs	x3, fpsr
	check_x	x3, \fl, \line
	.endm

#define S1(op, a, r, fl) fp_s1 op, a, r, fl, __LINE__
	.macro fp_s1 op, a, r, fl, line
	ldr	w0, =\a
	fmov	s0, w0
	msr	fpsr, xzr
	\op	s2, s0
	fmov	x3, d2
	check_x	x3, \r, \line
	mrs	x3, fpsr
	check_x	x3, \fl, \line
	.endm

/* D3(op, n, m, a, result, fpsr): op d3, d0, d1, d2 (FMADD family). */
#define D3(op, n, m, a, r, fl) fp_d3 op, n, m, a, r, fl, __LINE__
	.macro fp_d3 op, n, m, a, r, fl, line
	ldr	x0, =\n
	fmov	d0, x0
	ldr	x1, =\m
	fmov	d1, x1
	ldr	x2, =\a
	fmov	d2, x2
	msr	fpsr, xzr
	\op	d3, d0, d1, d2
	fmov	x3, d3
	check_x	x3, \r, \line
	mrs	x3, fpsr
	check_x	x3, \fl, \line
	.endm

#define S3(op, n, m, a, r, fl) fp_s3 op, n, m, a, r, fl, __LINE__
	.macro fp_s3 op, n, m, a, r, fl, line
	ldr	w0, =\n
	fmov	s0, w0
	ldr	w1, =\m
	fmov	s1, w1
	ldr	w2, =\a
	fmov	s2, w2
	msr	fpsr, xzr
	\op	s3, s0, s1, s2
	fmov	x3, d3
	check_x	x3, \r, \line
	mrs	x3, fpsr
	check_x	x3, \fl, \line
	.endm

/* CHECK_FPSR(value): FPSR equals value. */
#define CHECK_FPSR(val) mrs x3, fpsr; check_x x3, val, __LINE__

/* SETV(n, lo, hi): Vn = hi:lo. */
#define SETV(n, lo, hi) ldr x0, =lo; ldr x1, =hi; fmov d##n, x0; mov v##n.d[1], x1

#endif
