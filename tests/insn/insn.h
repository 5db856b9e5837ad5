/*
 * insn.h -- macros for the self-checking AArch64 assembly tests in
 * tests/insn/.  Each test is a freestanding static program:
 *
 *	#include "insn.h"
 *	TEST_BEGIN
 *		mov	x0, #5
 *		add	x1, x0, #3
 *		CHECK_X(x1, 8)
 *	TEST_END
 *
 * A failed check prints "FAIL line <line>" (and the value found, in hex)
 * to stderr; the program exits with the number of failed checks.  x26-x28
 * belong to the harness; tests must not touch them (x28 counts failures).
 * Every test runs under qemu-aarch64 (to prove the expectations) and under
 * runforeign.
 */
#ifndef RF_TESTS_INSN_H
#define RF_TESTS_INSN_H

#define STR_(x) #x
#define STR(x) STR_(x)

	.macro TEST_BEGIN
	.text
	.globl	_start
_start:
	mov	x28, #0
	.endm

	.macro TEST_END
	mov	x0, x28
	mov	x8, #94		/* exit_group */
	svc	#0
	.ltorg
	INSN_HELPERS
	.endm

/* report_fail: print "FAIL line <n> got 0x<x27>\n"; clobbers x0-x2, x8, x26, x27 */
	.macro REPORT_FAIL line
	add	x28, x28, #1
	adr	x1, 8f
	mov	x2, #(9f - 8f)
	mov	x0, #2
	mov	x8, #64
	svc	#0
	bl	insn_print_hex_x27
	b	10f
8:	.ascii	"FAIL line \line got 0x"
9:	.balign	4
10:
	.endm

/* CHECK_X(reg, value): 64-bit register equals value. */
#define CHECK_X(reg, val) check_x reg, val, __LINE__
	.macro check_x reg, val, line
	ldr	x27, =\val
	cmp	\reg, x27
	mov	x27, \reg
	b.eq	11f
	REPORT_FAIL \line
11:
	.endm

/* CHECK_NZCV(value): NZCV flags (bits 31..28) equal value. */
#define CHECK_NZCV(val) check_nzcv val, __LINE__
	.macro check_nzcv val, line
	mrs	x27, nzcv
	ldr	x26, =\val
	cmp	x27, x26
	b.eq	12f
	mrs	x27, nzcv
	REPORT_FAIL \line
12:
	.endm

/* CHECK_V(n, lo, hi): 128-bit register Vn equals hi:lo. */
#define CHECK_V(n, lo, hi) check_v n, lo, hi, __LINE__
	.macro check_v n, lo, hi, line
	fmov	x27, d\n
	ldr	x26, =\lo
	cmp	x27, x26
	b.ne	13f
	mov	x27, v\n\().d[1]
	ldr	x26, =\hi
	cmp	x27, x26
	b.eq	14f
13:
	REPORT_FAIL \line
14:
	.endm

/* The hex printer shared by all checks, placed once per test file. */
	.macro INSN_HELPERS
	.text
insn_print_hex_x27:
	sub	sp, sp, #32
	mov	x26, #60
1:	lsr	x0, x27, x26
	and	x0, x0, #15
	cmp	x0, #10
	add	x1, x0, #'0'
	add	x2, x0, #('a' - 10)
	csel	x0, x1, x2, lt
	strb	w0, [sp]
	mov	x0, #2
	mov	x1, sp
	mov	x2, #1
	mov	x8, #64
	svc	#0
	subs	x26, x26, #4
	b.ge	1b
	mov	w0, #10
	strb	w0, [sp]
	mov	x0, #2
	mov	x1, sp
	mov	x2, #1
	mov	x8, #64
	svc	#0
	add	sp, sp, #32
	ret
	.endm

#endif
