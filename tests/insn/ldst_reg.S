/*
 * ldst_reg.S -- single-register loads and stores (Arm ARM C4.1.87): every
 * addressing mode (unsigned offset, unscaled, pre/post-indexed with
 * writeback, register offset with each extend and scaling, literal,
 * unprivileged), every size and sign extension into W and X, the SIMD&FP
 * register forms B/H/S/D/Q, and PRFM/PRFUM on an unmapped address.
 */
#include "insn.h"

	.data
	.balign	16
buf:	.quad	0x8899aabbccddeeff, 0x0011223344556677
	.quad	0xfedcba9876543210, 0x0123456789abcdef
ones:	.quad	0xffffffffffffffff, 0xffffffffffffffff
	.bss
	.balign	16
big:	.skip	32768 + 64

TEST_BEGIN
	adrp	x19, buf
	add	x19, x19, :lo12:buf

	/* ---- unsigned offset, every size and extension ---- */
	ldrb	w1, [x19]
	CHECK_X(x1, 0xff)
	ldrb	w1, [x19, #7]
	CHECK_X(x1, 0x88)
	ldrsb	w1, [x19]
	CHECK_X(x1, 0xffffffff)
	ldrsb	x1, [x19, #7]
	CHECK_X(x1, 0xffffffffffffff88)
	ldrsb	x1, [x19, #8]
	CHECK_X(x1, 0x77)
	ldrsb	w1, [x19, #8]
	CHECK_X(x1, 0x77)
	ldrh	w1, [x19, #2]
	CHECK_X(x1, 0xccdd)
	ldrsh	w1, [x19, #2]
	CHECK_X(x1, 0xffffccdd)
	ldrsh	x1, [x19, #2]
	CHECK_X(x1, 0xffffffffffffccdd)
	ldrsh	x1, [x19, #8]
	CHECK_X(x1, 0x6677)
	ldr	w1, [x19, #4]
	CHECK_X(x1, 0x8899aabb)
	ldrsw	x1, [x19, #4]
	CHECK_X(x1, 0xffffffff8899aabb)
	ldrsw	x1, [x19, #8]
	CHECK_X(x1, 0x44556677)
	ldr	x1, [x19, #8]
	CHECK_X(x1, 0x0011223344556677)
	ldr	x1, [x19, #24]
	CHECK_X(x1, 0x0123456789abcdef)

	/* largest scaled offsets (imm12 = 4095) */
	adrp	x20, big
	add	x20, x20, :lo12:big
	ldr	x3, =0x1122334455667788
	str	x3, [x20, #32760]
	ldr	x1, [x20, #32760]
	CHECK_X(x1, 0x1122334455667788)
	str	w3, [x20, #16380]
	ldr	w1, [x20, #16380]
	CHECK_X(x1, 0x55667788)
	strh	w3, [x20, #8190]
	ldrh	w1, [x20, #8190]
	CHECK_X(x1, 0x7788)
	strb	w3, [x20, #4095]
	ldrb	w1, [x20, #4095]
	CHECK_X(x1, 0x88)
	ldrsb	x1, [x20, #4095]
	CHECK_X(x1, 0xffffffffffffff88)

	/* stores write exactly their size */
	ldr	x3, =0x0102030405060708
	str	x3, [x20]
	ldr	x4, =0xa1a2a3a4a5a6a7a8
	strb	w4, [x20, #1]
	ldr	x1, [x20]
	CHECK_X(x1, 0x010203040506a808)
	strh	w4, [x20, #2]
	ldr	x1, [x20]
	CHECK_X(x1, 0x01020304a7a8a808)
	str	w4, [x20, #4]
	ldr	x1, [x20]
	CHECK_X(x1, 0xa5a6a7a8a7a8a808)
	str	xzr, [x20]
	ldr	x1, [x20]
	CHECK_X(x1, 0)

	/* ---- unscaled (LDUR/STUR), negative and unaligned offsets ---- */
	add	x5, x19, #16
	ldur	x1, [x5, #-16]
	CHECK_X(x1, 0x8899aabbccddeeff)
	ldur	x1, [x5, #-15]
	CHECK_X(x1, 0x778899aabbccddee)
	ldur	w1, [x5, #-13]
	CHECK_X(x1, 0x99aabbcc)
	ldursw	x1, [x5, #-13]
	CHECK_X(x1, 0xffffffff99aabbcc)
	ldursw	x1, [x5, #-12]
	CHECK_X(x1, 0xffffffff8899aabb)
	ldurh	w1, [x5, #-9]
	CHECK_X(x1, 0x7788)
	ldursh	x1, [x5, #-10]
	CHECK_X(x1, 0xffffffffffff8899)
	ldursh	w1, [x5, #-10]
	CHECK_X(x1, 0xffff8899)
	ldurb	w1, [x5, #-256 + 256 - 1]
	CHECK_X(x1, 0x00)
	ldursb	x1, [x5, #-16]
	CHECK_X(x1, 0xffffffffffffffff)
	ldursb	w1, [x5, #-16]
	CHECK_X(x1, 0xffffffff)
	add	x6, x20, #256
	stur	x3, [x6, #-256]
	ldr	x1, [x20]
	CHECK_X(x1, 0x0102030405060708)
	stur	x4, [x6, #255]
	ldur	x1, [x6, #255]
	CHECK_X(x1, 0xa1a2a3a4a5a6a7a8)
	sturb	wzr, [x6, #-255]
	sturh	wzr, [x6, #-253]
	stur	wzr, [x6, #-251]
	ldr	x1, [x20]
	CHECK_X(x1, 0x0000000000060008)

	/* ---- pre-indexed: address = base + imm, written back ---- */
	mov	x5, x19
	ldr	x1, [x5, #8]!
	CHECK_X(x1, 0x0011223344556677)
	sub	x7, x5, x19
	CHECK_X(x7, 8)
	ldrsb	x1, [x5, #-1]!
	CHECK_X(x1, 0xffffffffffffff88)
	sub	x7, x5, x19
	CHECK_X(x7, 7)
	ldrsh	w1, [x5, #-5]!
	CHECK_X(x1, 0xffffccdd)
	sub	x7, x5, x19
	CHECK_X(x7, 2)
	ldrsw	x1, [x5, #2]!
	CHECK_X(x1, 0xffffffff8899aabb)
	ldrh	w1, [x5, #4]!
	CHECK_X(x1, 0x6677)
	ldrb	w1, [x5, #1]!
	CHECK_X(x1, 0x66)
	ldr	w1, [x5, #1]!
	CHECK_X(x1, 0x22334455)
	sub	x7, x5, x19
	CHECK_X(x7, 10)
	add	x6, x20, #256
	str	x3, [x6, #-256]!
	sub	x7, x6, x20
	CHECK_X(x7, 0)
	ldr	x1, [x20]
	CHECK_X(x1, 0x0102030405060708)
	strb	w4, [x6, #255]!
	sub	x7, x6, x20
	CHECK_X(x7, 255)
	ldrb	w1, [x20, #255]
	CHECK_X(x1, 0xa8)
	strh	w4, [x6, #1]!
	str	w4, [x6, #2]!
	sub	x7, x6, x20
	CHECK_X(x7, 258)
	ldr	x1, [x20, #256]
	CHECK_X(x1, 0x0000a5a6a7a8a7a8)

	/* ---- post-indexed: access at base, then base += imm ---- */
	mov	x5, x19
	ldr	x1, [x5], #8
	CHECK_X(x1, 0x8899aabbccddeeff)
	sub	x7, x5, x19
	CHECK_X(x7, 8)
	ldrsb	w1, [x5], #-1
	CHECK_X(x1, 0x77)
	ldrsb	x1, [x5], #-256
	CHECK_X(x1, 0xffffffffffffff88)
	add	x5, x5, #256
	sub	x7, x5, x19
	CHECK_X(x7, 7)
	ldrsh	x1, [x5], #255
	CHECK_X(x1, 0x7788)
	sub	x5, x5, #255
	ldrh	w1, [x5], #2
	CHECK_X(x1, 0x7788)
	ldrsw	x1, [x5], #-5
	CHECK_X(x1, 0x33445566)
	ldr	w1, [x5], #4
	CHECK_X(x1, 0x8899aabb)
	ldrb	w1, [x5], #0
	CHECK_X(x1, 0x77)
	sub	x7, x5, x19
	CHECK_X(x7, 8)
	mov	x6, x20
	str	x4, [x6], #8
	strh	w3, [x6], #2
	strb	w3, [x6], #-10
	sub	x7, x6, x20
	CHECK_X(x7, 0)
	ldr	x1, [x20]
	CHECK_X(x1, 0xa1a2a3a4a5a6a7a8)
	ldr	w1, [x20, #8]
	CHECK_X(x1, 0x00080708)

	/* ---- SP as the base register ---- */
	mov	x9, sp
	ldr	x3, =0x5555666677778888
	str	x3, [sp, #-16]!
	mov	x10, sp
	sub	x10, x9, x10
	CHECK_X(x10, 16)
	ldr	x1, [sp], #16
	CHECK_X(x1, 0x5555666677778888)
	mov	x10, sp
	sub	x10, x9, x10
	CHECK_X(x10, 0)
	ldur	x1, [sp, #-16]
	CHECK_X(x1, 0x5555666677778888)

	/* ---- register offset: LSL, UXTW, SXTW, SXTX, scaled or not ---- */
	mov	x20, #1
	ldr	x1, [x19, x20, lsl #3]
	CHECK_X(x1, 0x0011223344556677)
	ldr	x1, [x19, x20]
	CHECK_X(x1, 0x778899aabbccddee)
	ldr	x20, =0xffffffff00000003
	ldr	x1, [x19, w20, uxtw #3]
	CHECK_X(x1, 0x0123456789abcdef)
	ldrb	w1, [x19, w20, uxtw]
	CHECK_X(x1, 0xcc)
	ldr	w1, [x19, w20, uxtw #2]
	CHECK_X(x1, 0x00112233)
	add	x5, x19, #16
	mov	x20, #-1
	ldr	x1, [x5, w20, sxtw #3]
	CHECK_X(x1, 0x0011223344556677)
	ldr	x1, [x5, x20, sxtx #3]
	CHECK_X(x1, 0x0011223344556677)
	ldr	x1, [x5, x20, sxtx]
	CHECK_X(x1, 0xdcba987654321000)
	ldrsb	x1, [x5, w20, sxtw]
	CHECK_X(x1, 0x00)
	ldrsb	w1, [x19, x20, lsl #0]
	CHECK_X(x1, 0x0)
	ldr	x20, =0x00000000fffffffe
	ldrsh	x1, [x5, w20, sxtw #1]
	CHECK_X(x1, 0x2233)
	ldrh	w1, [x5, w20, sxtw]
	CHECK_X(x1, 0x0011)
	mov	x20, #-2
	ldrsh	w1, [x5, x20, lsl #0]
	CHECK_X(x1, 0x11)
	ldrsw	x1, [x5, x20, lsl #2]
	CHECK_X(x1, 0x44556677)
	ldrsw	x1, [x5, x20, sxtx #2]
	CHECK_X(x1, 0x44556677)
	mov	x20, #-3
	ldrsw	x1, [x5, w20, sxtw #2]
	CHECK_X(x1, 0xffffffff8899aabb)
	ldrsh	x1, [x5, x20, lsl #1]
	CHECK_X(x1, 0x4455)
	mov	x20, #3
	ldrsh	x1, [x19, x20, lsl #1]
	CHECK_X(x1, 0xffffffffffff8899)
	ldrsb	x1, [x19, x20]
	CHECK_X(x1, 0xffffffffffffffcc)
	adrp	x6, big
	add	x6, x6, :lo12:big
	ldr	x3, =0x0102030405060708
	str	x3, [x6]
	mov	x20, #1
	strb	wzr, [x6, x20]
	strh	wzr, [x6, x20, lsl #1]
	ldr	x1, [x6]
	CHECK_X(x1, 0x0102030400000008)
	str	wzr, [x6, w20, uxtw #2]
	ldr	x1, [x6]
	CHECK_X(x1, 0x0000000000000008)
	str	x3, [x6, x20, lsl #3]
	ldr	x1, [x6, #8]
	CHECK_X(x1, 0x0102030405060708)

	/* ---- literal ---- */
	ldr	x1, lit64
	CHECK_X(x1, 0xfedcba9876543210)
	ldr	w1, lit64
	CHECK_X(x1, 0x76543210)
	ldrsw	x1, lit64 + 4
	CHECK_X(x1, 0xfffffffffedcba98)
	ldrsw	x1, lit64
	CHECK_X(x1, 0x76543210)
	ldr	x1, litback
	CHECK_X(x1, 0x1234)
	prfm	pldl1keep, lit64
	ldr	q1, lit128
	CHECK_V(1, 0xfedcba9876543210, 0x0123456789abcdef)
	ldr	d1, lit128
	CHECK_V(1, 0xfedcba9876543210, 0)
	ldr	s1, lit128 + 8
	CHECK_V(1, 0x89abcdef, 0)
	b	1f
	.balign	16
lit128:	.quad	0xfedcba9876543210, 0x0123456789abcdef
lit64:	.quad	0xfedcba9876543210
1:

	/* ---- SIMD&FP registers: loads zero the rest of the register ---- */
	adrp	x6, ones
	add	x6, x6, :lo12:ones
	ldr	q2, [x6]
	ldr	b2, [x19]
	CHECK_V(2, 0xff, 0)
	ldr	q2, [x6]
	ldr	h2, [x19, #2]
	CHECK_V(2, 0xccdd, 0)
	ldr	q2, [x6]
	ldr	s2, [x19, #4]
	CHECK_V(2, 0x8899aabb, 0)
	ldr	q2, [x6]
	ldr	d2, [x19, #8]
	CHECK_V(2, 0x0011223344556677, 0)
	ldr	q2, [x19, #16]
	CHECK_V(2, 0xfedcba9876543210, 0x0123456789abcdef)
	ldur	q2, [x19, #8]
	CHECK_V(2, 0x0011223344556677, 0xfedcba9876543210)
	ldur	h2, [x19, #1]
	CHECK_V(2, 0xddee, 0)
	mov	x5, x19
	ldr	q3, [x5, #16]!
	CHECK_V(3, 0xfedcba9876543210, 0x0123456789abcdef)
	ldr	d3, [x5], #-8
	CHECK_V(3, 0xfedcba9876543210, 0)
	ldr	s3, [x5, #-4]!
	CHECK_V(3, 0x8899aabb, 0)
	ldr	h3, [x5], #2
	CHECK_V(3, 0xaabb, 0)
	ldr	b3, [x5, #1]!
	CHECK_V(3, 0x88, 0)
	sub	x7, x5, x19
	CHECK_X(x7, 7)
	mov	x20, #1
	ldr	q4, [x19, x20, lsl #4]
	CHECK_V(4, 0xfedcba9876543210, 0x0123456789abcdef)
	ldr	d4, [x19, w20, uxtw #3]
	CHECK_V(4, 0x0011223344556677, 0)
	ldr	s4, [x19, x20, lsl #2]
	CHECK_V(4, 0x8899aabb, 0)
	ldr	h4, [x19, x20, lsl #1]
	CHECK_V(4, 0xccdd, 0)
	ldr	b4, [x19, x20]
	CHECK_V(4, 0xee, 0)
	ldr	b4, [x19, x20, lsl #0]
	CHECK_V(4, 0xee, 0)
	adrp	x6, big
	add	x6, x6, :lo12:big
	ldr	q5, [x19]
	str	q5, [x6]
	ldr	x1, [x6, #8]
	CHECK_X(x1, 0x0011223344556677)
	str	xzr, [x6]
	str	xzr, [x6, #8]
	str	b5, [x6]
	str	h5, [x6, #2]
	str	s5, [x6, #4]
	ldr	x1, [x6]
	CHECK_X(x1, 0xccddeeffeeff00ff)
	stur	d5, [x6, #1]
	ldr	x1, [x6, #8]
	CHECK_X(x1, 0x88)
	mov	x20, #2
	str	q5, [x6, x20, lsl #4]
	ldr	x1, [x6, #40]
	CHECK_X(x1, 0x0011223344556677)
	str	d5, [x6, #8]!
	str	s5, [x6], #8
	sub	x7, x6, #16
	ldr	x1, [x7, #8]
	CHECK_X(x1, 0x8899aabbccddeeff)

	/* ---- unprivileged: EL0 accesses, same as unscaled ---- */
	ldtr	x1, [x19, #8]
	CHECK_X(x1, 0x0011223344556677)
	ldtr	w1, [x19, #-0]
	CHECK_X(x1, 0xccddeeff)
	ldtrb	w1, [x19, #7]
	CHECK_X(x1, 0x88)
	ldtrsb	x1, [x19, #7]
	CHECK_X(x1, 0xffffffffffffff88)
	ldtrsb	w1, [x19, #7]
	CHECK_X(x1, 0xffffff88)
	ldtrh	w1, [x19, #1]
	CHECK_X(x1, 0xddee)
	ldtrsh	x1, [x19, #6]
	CHECK_X(x1, 0xffffffffffff8899)
	ldtrsh	w1, [x19, #6]
	CHECK_X(x1, 0xffff8899)
	ldtrsw	x1, [x19, #4]
	CHECK_X(x1, 0xffffffff8899aabb)
	adrp	x6, big
	add	x6, x6, :lo12:big
	ldr	x3, =0x0102030405060708
	sttr	x3, [x6, #-0]
	sttrb	wzr, [x6, #1]
	sttrh	wzr, [x6, #2]
	sttr	wzr, [x6, #4]
	ldr	x1, [x6]
	CHECK_X(x1, 0x0000000000000008)

	/* ---- loads into XZR are discarded ---- */
	ldr	xzr, [x19]
	ldrb	wzr, [x19], #0
	CHECK_X(xzr, 0)

	/* ---- prefetch: a hint, never faults, even on unmapped memory ---- */
	mov	x20, #0
	prfm	pldl1keep, [x20]
	prfm	pstl3strm, [x20, #32760]
	prfum	pldl2keep, [x20, #-256]
	prfm	plil1keep, [x20, x20, lsl #3]
	prfm	#0x1f, [x20]
	mov	x1, #1
	CHECK_X(x1, 1)
TEST_END

	.balign	8
litback: .quad	0x1234
