/*
 * ldst_simd.S -- Advanced SIMD structure loads and stores (Arm ARM
 * C4.1.87): LD1-LD4/ST1-ST4 multiple structures (every register count,
 * 64- and 128-bit arrangements, de-interleaving and interleaving, register
 * numbers wrapping past V31), single-structure lane forms, LD1R-LD4R, and
 * the post-indexed forms (immediate and register).  x19 points at 128
 * bytes holding 0, 1, 2, ..., 127; x20 at a scratch area; x21 at 32 bytes
 * of 0xff used to preset registers.
 */
#include "insn.h"

	.data
	.balign	16
seq:
	.set	i, 0
	.rept	128
	.byte	i
	.set	i, i + 1
	.endr
ones:	.quad	-1, -1, -1, -1
	.bss
	.balign	16
scratch: .skip	256

/* SET_ONES(n): Vn = all ones */
#define SET_ONES(n) ldr q##n, [x21]

TEST_BEGIN
	adrp	x19, seq
	add	x19, x19, :lo12:seq
	adrp	x20, scratch
	add	x20, x20, :lo12:scratch
	adrp	x21, ones
	add	x21, x21, :lo12:ones

	/* ---- LD1 multiple: a plain copy, whatever the arrangement ---- */
	ld1	{v0.16b}, [x19]
	CHECK_V(0, 0x0706050403020100, 0x0f0e0d0c0b0a0908)
	SET_ONES(0)
	ld1	{v0.8b}, [x19]
	CHECK_V(0, 0x0706050403020100, 0)
	ld1	{v0.8b, v1.8b, v2.8b}, [x19]
	CHECK_V(1, 0x0f0e0d0c0b0a0908, 0)
	CHECK_V(2, 0x1716151413121110, 0)
	ld1	{v0.2d, v1.2d, v2.2d, v3.2d}, [x19]
	CHECK_V(3, 0x3736353433323130, 0x3f3e3d3c3b3a3938)
	ld1	{v4.4s, v5.4s}, [x19]
	CHECK_V(5, 0x1716151413121110, 0x1f1e1d1c1b1a1918)
	ld1	{v6.1d, v7.1d, v8.1d, v9.1d}, [x19]
	CHECK_V(9, 0x1f1e1d1c1b1a1918, 0)
	ld1	{v31.8h, v0.8h}, [x19]
	CHECK_V(31, 0x0706050403020100, 0x0f0e0d0c0b0a0908)
	CHECK_V(0, 0x1716151413121110, 0x1f1e1d1c1b1a1918)

	/* ---- LD2/LD3/LD4 de-interleave ---- */
	ld2	{v0.8h, v1.8h}, [x19]
	CHECK_V(0, 0x0d0c090805040100, 0x1d1c191815141110)
	CHECK_V(1, 0x0f0e0b0a07060302, 0x1f1e1b1a17161312)
	ld2	{v0.2s, v1.2s}, [x19]
	CHECK_V(0, 0x0b0a090803020100, 0)
	CHECK_V(1, 0x0f0e0d0c07060504, 0)
	ld2	{v0.16b, v1.16b}, [x19]
	CHECK_V(0, 0x0e0c0a0806040200, 0x1e1c1a1816141210)
	ld2	{v0.2d, v1.2d}, [x19]
	CHECK_V(0, 0x0706050403020100, 0x1716151413121110)
	CHECK_V(1, 0x0f0e0d0c0b0a0908, 0x1f1e1d1c1b1a1918)
	ld3	{v0.4s, v1.4s, v2.4s}, [x19]
	CHECK_V(0, 0x0f0e0d0c03020100, 0x272625241b1a1918)
	CHECK_V(1, 0x1312111007060504, 0x2b2a29281f1e1d1c)
	CHECK_V(2, 0x171615140b0a0908, 0x2f2e2d2c23222120)
	ld3	{v0.8b, v1.8b, v2.8b}, [x19]
	CHECK_V(0, 0x15120f0c09060300, 0)
	CHECK_V(2, 0x1714110e0b080502, 0)
	ld3	{v0.4h, v1.4h, v2.4h}, [x19]
	CHECK_V(1, 0x15140f0e09080302, 0)
	ld3	{v3.2d, v4.2d, v5.2d}, [x19]
	CHECK_V(5, 0x1716151413121110, 0x2f2e2d2c2b2a2928)
	ld4	{v0.16b, v1.16b, v2.16b, v3.16b}, [x19]
	CHECK_V(0, 0x1c1814100c080400, 0x3c3834302c282420)
	CHECK_V(1, 0x1d1915110d090501, 0x3d3935312d292521)
	CHECK_V(3, 0x1f1b17130f0b0703, 0x3f3b37332f2b2723)
	ld4	{v0.2d, v1.2d, v2.2d, v3.2d}, [x19]
	CHECK_V(0, 0x0706050403020100, 0x2726252423222120)
	CHECK_V(3, 0x1f1e1d1c1b1a1918, 0x3f3e3d3c3b3a3938)
	ld4	{v0.4h, v1.4h, v2.4h, v3.4h}, [x19]
	CHECK_V(2, 0x1d1c15140d0c0504, 0)
	ld4	{v30.4s, v31.4s, v0.4s, v1.4s}, [x19]
	CHECK_V(30, 0x1312111003020100, 0x3332313023222120)
	CHECK_V(1, 0x1f1e1d1c0f0e0d0c, 0x3f3e3d3c2f2e2d2c)

	/* ---- post-indexed multiple: immediate (transfer size) and register ---- */
	mov	x5, x19
	ld1	{v0.16b, v1.16b}, [x5], #32
	sub	x6, x5, x19
	CHECK_X(x6, 32)
	ld1	{v0.8b}, [x5], #8
	CHECK_V(0, 0x2726252423222120, 0)
	ld4	{v0.8b, v1.8b, v2.8b, v3.8b}, [x5], #32
	CHECK_V(0, 0x44403c3834302c28, 0)
	sub	x6, x5, x19
	CHECK_X(x6, 72)
	mov	x9, #-64
	ld2	{v0.4s, v1.4s}, [x5], x9
	CHECK_V(0, 0x535251504b4a4948, 0x636261605b5a5958)
	sub	x6, x5, x19
	CHECK_X(x6, 8)

	/* ---- stores: interleave, exact sizes, wrap, post-index ---- */
	ld4	{v0.16b, v1.16b, v2.16b, v3.16b}, [x19]
	mov	x5, x20
	st4	{v0.16b, v1.16b, v2.16b, v3.16b}, [x5], #64
	sub	x6, x5, x20
	CHECK_X(x6, 64)
	ldr	x6, [x20, #8]
	CHECK_X(x6, 0x0f0e0d0c0b0a0908)
	ldr	x6, [x20, #56]
	CHECK_X(x6, 0x3f3e3d3c3b3a3938)
	ld3	{v0.4h, v1.4h, v2.4h}, [x19]
	st3	{v0.4h, v1.4h, v2.4h}, [x20]
	ldr	x6, [x20, #16]
	CHECK_X(x6, 0x1716151413121110)
	ld2	{v4.2d, v5.2d}, [x19]
	st2	{v4.2d, v5.2d}, [x20]
	ldr	x6, [x20, #24]
	CHECK_X(x6, 0x1f1e1d1c1b1a1918)
	ld1	{v0.16b, v1.16b, v2.16b, v3.16b}, [x19]
	st1	{v1.4s, v2.4s}, [x20]
	ldr	x6, [x20]
	CHECK_X(x6, 0x1716151413121110)
	ldr	x6, [x20, #24]
	CHECK_X(x6, 0x2f2e2d2c2b2a2928)
	st1	{v3.8b}, [x20]
	ldr	x6, [x20]
	CHECK_X(x6, 0x3736353433323130)
	ldr	x6, [x20, #8]
	CHECK_X(x6, 0x1f1e1d1c1b1a1918)
	ld1	{v30.16b, v31.16b, v0.16b, v1.16b}, [x19]
	add	x5, x20, #32
	mov	x9, #-16
	st1	{v31.16b, v0.16b, v1.16b}, [x5], x9
	ldr	x6, [x20, #32]
	CHECK_X(x6, 0x1716151413121110)
	ldr	x6, [x20, #72]
	CHECK_X(x6, 0x3f3e3d3c3b3a3938)
	sub	x6, x5, x20
	CHECK_X(x6, 16)
	st2	{v0.8b, v1.8b}, [x20]
	ldr	x6, [x20]
	CHECK_X(x6, 0x3323322231213020)

	/* ---- single structure (lane) loads keep the other lanes ---- */
	SET_ONES(0)
	add	x5, x19, #5
	ld1	{v0.b}[15], [x5]
	CHECK_V(0, 0xffffffffffffffff, 0x05ffffffffffffff)
	ld1	{v0.b}[0], [x19]
	CHECK_V(0, 0xffffffffffffff00, 0x05ffffffffffffff)
	SET_ONES(0)
	SET_ONES(1)
	ld2	{v0.h, v1.h}[7], [x19]
	CHECK_V(0, 0xffffffffffffffff, 0x0100ffffffffffff)
	CHECK_V(1, 0xffffffffffffffff, 0x0302ffffffffffff)
	SET_ONES(0)
	SET_ONES(1)
	SET_ONES(2)
	ld3	{v0.s, v1.s, v2.s}[1], [x19]
	CHECK_V(0, 0x03020100ffffffff, 0xffffffffffffffff)
	CHECK_V(1, 0x07060504ffffffff, 0xffffffffffffffff)
	CHECK_V(2, 0x0b0a0908ffffffff, 0xffffffffffffffff)
	SET_ONES(0)
	SET_ONES(3)
	ld4	{v0.d, v1.d, v2.d, v3.d}[1], [x19]
	CHECK_V(0, 0xffffffffffffffff, 0x0706050403020100)
	CHECK_V(3, 0xffffffffffffffff, 0x1f1e1d1c1b1a1918)
	ld1	{v3.s}[2], [x19]
	CHECK_V(3, 0xffffffffffffffff, 0x1f1e1d1c03020100)
	ld1	{v3.h}[1], [x19]
	CHECK_V(3, 0xffffffff0100ffff, 0x1f1e1d1c03020100)
	mov	x5, x19
	ld1	{v3.h}[3], [x5], #2
	CHECK_V(3, 0x0100ffff0100ffff, 0x1f1e1d1c03020100)
	sub	x6, x5, x19
	CHECK_X(x6, 2)
	SET_ONES(4)
	SET_ONES(5)
	SET_ONES(6)
	SET_ONES(7)
	mov	x9, #10
	ld4	{v4.b, v5.b, v6.b, v7.b}[9], [x5], x9
	CHECK_V(4, 0xffffffffffffffff, 0xffffffffffff02ff)
	CHECK_V(7, 0xffffffffffffffff, 0xffffffffffff05ff)
	sub	x6, x5, x19
	CHECK_X(x6, 12)
	ld2	{v4.s, v5.s}[3], [x5], #8
	CHECK_V(4, 0xffffffffffffffff, 0x0f0e0d0cffff02ff)
	CHECK_V(5, 0xffffffffffffffff, 0x13121110ffff03ff)
	ld3	{v4.d, v5.d, v6.d}[0], [x5], #24
	CHECK_V(4, 0x1b1a191817161514, 0x0f0e0d0cffff02ff)
	CHECK_V(6, 0x2b2a292827262524, 0xffffffffffff04ff)
	sub	x6, x5, x19
	CHECK_X(x6, 44)

	/* ---- single structure stores ---- */
	ld1	{v0.16b, v1.16b, v2.16b, v3.16b}, [x19]
	stp	xzr, xzr, [x20]
	st1	{v0.d}[1], [x20]
	ldr	x6, [x20]
	CHECK_X(x6, 0x0f0e0d0c0b0a0908)
	ldr	x6, [x20, #8]
	CHECK_X(x6, 0)
	st2	{v0.s, v1.s}[3], [x20]
	ldr	x6, [x20]
	CHECK_X(x6, 0x1f1e1d1c0f0e0d0c)
	st3	{v1.h, v2.h, v3.h}[5], [x20]
	ldr	x6, [x20]
	CHECK_X(x6, 0x1f1e3b3a2b2a1b1a)
	mov	x5, x20
	mov	x9, #3
	st4	{v0.b, v1.b, v2.b, v3.b}[15], [x5], x9
	ldr	x6, [x20]
	CHECK_X(x6, 0x1f1e3b3a3f2f1f0f)
	st1	{v0.b}[0], [x5], #1
	ldr	x6, [x20]
	CHECK_X(x6, 0x1f1e3b3a002f1f0f)
	sub	x6, x5, x20
	CHECK_X(x6, 4)

	/* ---- load and replicate ---- */
	add	x5, x19, #5
	ld1r	{v0.8b}, [x5]
	CHECK_V(0, 0x0505050505050505, 0)
	ld1r	{v0.16b}, [x5]
	CHECK_V(0, 0x0505050505050505, 0x0505050505050505)
	ld2r	{v0.4h, v1.4h}, [x19]
	CHECK_V(0, 0x0100010001000100, 0)
	CHECK_V(1, 0x0302030203020302, 0)
	ld3r	{v0.4s, v1.4s, v2.4s}, [x19]
	CHECK_V(0, 0x0302010003020100, 0x0302010003020100)
	CHECK_V(2, 0x0b0a09080b0a0908, 0x0b0a09080b0a0908)
	ld4r	{v0.2d, v1.2d, v2.2d, v3.2d}, [x19]
	CHECK_V(3, 0x1f1e1d1c1b1a1918, 0x1f1e1d1c1b1a1918)
	ld4r	{v0.1d, v1.1d, v2.1d, v3.1d}, [x19]
	CHECK_V(1, 0x0f0e0d0c0b0a0908, 0)
	ld4r	{v30.8b, v31.8b, v0.8b, v1.8b}, [x19]
	CHECK_V(30, 0x0000000000000000, 0)
	CHECK_V(1, 0x0303030303030303, 0)
	mov	x5, x19
	ld2r	{v0.8h, v1.8h}, [x5], #4
	CHECK_V(1, 0x0302030203020302, 0x0302030203020302)
	mov	x9, #-4
	ld1r	{v0.4s}, [x5], x9
	CHECK_V(0, 0x0706050407060504, 0x0706050407060504)
	ld3r	{v0.8b, v1.8b, v2.8b}, [x5], #3
	CHECK_V(2, 0x0202020202020202, 0)
	ld4r	{v0.4h, v1.4h, v2.4h, v3.4h}, [x5], #8
	CHECK_V(0, 0x0403040304030403, 0)
	CHECK_V(3, 0x0a090a090a090a09, 0)
	sub	x6, x5, x19
	CHECK_X(x6, 11)
TEST_END
