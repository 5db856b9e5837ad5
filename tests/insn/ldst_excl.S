/*
 * ldst_excl.S -- exclusive, ordered and compare-and-swap accesses (Arm ARM
 * C4.1.87): LDXR/STXR and the acquire/release forms in every size, pairs
 * (LDXP/STXP), store-exclusive success and failure (a store-exclusive
 * with the monitor open must fail and leave memory alone), a retry loop,
 * LDAR/STLR, and CAS/CASP (FEAT_LSE) success and failure in every size.
 * x20 points at a 16-byte aligned scratch area.
 */
#include "insn.h"
	.arch	armv8.1-a

	.bss
	.balign	16
area:	.skip	256

TEST_BEGIN
	adrp	x20, area
	add	x20, x20, :lo12:area
	ldr	x3, =0x8899aabbccddeeff
	str	x3, [x20]
	ldr	x3, =0x0011223344556677
	str	x3, [x20, #8]

	/* ---- 64-bit: success, then failure with the monitor open ---- */
	ldxr	x3, [x20]
	CHECK_X(x3, 0x8899aabbccddeeff)
	ldr	x5, =0x1234567890abcdef
	stxr	w4, x5, [x20]
	CHECK_X(x4, 0)
	ldr	x6, [x20]
	CHECK_X(x6, 0x1234567890abcdef)
	mov	x4, #7
	ldr	x5, =0x5555
	stxr	w4, x5, [x20]
	CHECK_X(x4, 1)
	ldr	x6, [x20]
	CHECK_X(x6, 0x1234567890abcdef)
	ldaxr	x3, [x20]
	CHECK_X(x3, 0x1234567890abcdef)
	stlxr	w4, xzr, [x20]
	CHECK_X(x4, 0)
	ldr	x6, [x20]
	CHECK_X(x6, 0)
	stlxr	w4, x5, [x20]
	CHECK_X(x4, 1)

	/* ---- 32, 16, 8 bits: zero-extended loads, exact-size stores ---- */
	ldr	x3, =0x8899aabbccddeeff
	str	x3, [x20]
	ldxr	w3, [x20, #0]
	CHECK_X(x3, 0xccddeeff)
	mov	w5, #0x1111
	stxr	w4, w5, [x20]
	CHECK_X(x4, 0)
	ldr	x6, [x20]
	CHECK_X(x6, 0x8899aabb00001111)
	add	x21, x20, #4
	ldaxr	w3, [x21]
	CHECK_X(x3, 0x8899aabb)
	stlxr	w4, w5, [x21]
	CHECK_X(x4, 0)
	ldr	x6, [x20]
	CHECK_X(x6, 0x0000111100001111)
	add	x21, x20, #6
	ldxrh	w3, [x21]
	CHECK_X(x3, 0)
	mov	w5, #0xfedc
	stxrh	w4, w5, [x21]
	CHECK_X(x4, 0)
	stxrh	w4, w5, [x21]
	CHECK_X(x4, 1)
	add	x21, x20, #2
	ldaxrh	w3, [x21]
	CHECK_X(x3, 0)
	mov	w5, #0xabcd
	stlxrh	w4, w5, [x21]
	CHECK_X(x4, 0)
	ldr	x6, [x20]
	CHECK_X(x6, 0xfedc1111abcd1111)
	add	x21, x20, #7
	ldxrb	w3, [x21]
	CHECK_X(x3, 0xfe)
	mov	w5, #0x42
	stxrb	w4, w5, [x21]
	CHECK_X(x4, 0)
	add	x21, x20, #1
	ldaxrb	w3, [x21]
	CHECK_X(x3, 0x11)
	stlxrb	w4, wzr, [x21]
	CHECK_X(x4, 0)
	stlxrb	w4, w5, [x21]
	CHECK_X(x4, 1)
	ldr	x6, [x20]
	CHECK_X(x6, 0x42dc1111abcd0011)

	/* ---- a retry loop, as compilers emit for atomic increment ---- */
	str	xzr, [x20, #16]
	add	x21, x20, #16
	mov	x7, #100
1:	ldaxr	x3, [x21]
	add	x3, x3, #3
	stlxr	w4, x3, [x21]
	cbnz	w4, 1b
	subs	x7, x7, #1
	b.ne	1b
	ldr	x6, [x20, #16]
	CHECK_X(x6, 300)

	/* ---- exclusive pairs ---- */
	ldr	x3, =0x8899aabbccddeeff
	ldr	x5, =0x0011223344556677
	stp	x3, x5, [x20]
	ldxp	x3, x5, [x20]
	CHECK_X(x3, 0x8899aabbccddeeff)
	CHECK_X(x5, 0x0011223344556677)
	mov	x9, #1
	mov	x10, #2
	stxp	w4, x9, x10, [x20]
	CHECK_X(x4, 0)
	ldp	x6, x7, [x20]
	CHECK_X(x6, 1)
	CHECK_X(x7, 2)
	stxp	w4, x10, x9, [x20]
	CHECK_X(x4, 1)
	ldaxp	x3, x5, [x20]
	CHECK_X(x3, 1)
	CHECK_X(x5, 2)
	stlxp	w4, x10, xzr, [x20]
	CHECK_X(x4, 0)
	ldp	x6, x7, [x20]
	CHECK_X(x6, 2)
	CHECK_X(x7, 0)
	add	x21, x20, #8
	ldxp	w3, w5, [x21]
	CHECK_X(x3, 0)
	CHECK_X(x5, 0)
	mov	w9, #0x77
	mov	w10, #0x88
	stxp	w4, w9, w10, [x21]
	CHECK_X(x4, 0)
	ldr	x6, [x20, #8]
	CHECK_X(x6, 0x0000008800000077)
	ldaxp	w3, w5, [x21]
	CHECK_X(x3, 0x77)
	CHECK_X(x5, 0x88)
	stlxp	w4, w10, w9, [x21]
	CHECK_X(x4, 0)
	ldr	x6, [x20, #8]
	CHECK_X(x6, 0x0000007700000088)
	stlxp	w4, w9, w10, [x21]
	CHECK_X(x4, 1)

	/* ---- load-acquire, store-release ---- */
	ldr	x3, =0xf1f2f3f4f5f6f7f8
	stlr	x3, [x20]
	ldar	x6, [x20]
	CHECK_X(x6, 0xf1f2f3f4f5f6f7f8)
	ldar	w6, [x20]
	CHECK_X(x6, 0xf5f6f7f8)
	add	x21, x20, #6
	ldarh	w6, [x21]
	CHECK_X(x6, 0xf1f2)
	add	x21, x20, #3
	ldarb	w6, [x21]
	CHECK_X(x6, 0xf5)
	mov	w5, #0x1234
	stlrb	w5, [x21]
	add	x21, x20, #4
	stlrh	w5, [x21]
	stlr	w5, [x20, #0]
	ldr	x6, [x20]
	CHECK_X(x6, 0xf1f2123400001234)

	/* ---- CAS: Rs gets the old value; memory = Rt only if it matched ---- */
	ldr	x3, =0x8899aabbccddeeff
	str	x3, [x20]
	ldr	x9, =0x8899aabbccddeeff
	ldr	x10, =0x1111222233334444
	cas	x9, x10, [x20]
	CHECK_X(x9, 0x8899aabbccddeeff)
	ldr	x6, [x20]
	CHECK_X(x6, 0x1111222233334444)
	mov	x9, #5
	casa	x9, x3, [x20]
	CHECK_X(x9, 0x1111222233334444)
	ldr	x6, [x20]
	CHECK_X(x6, 0x1111222233334444)
	casl	x9, x3, [x20]
	CHECK_X(x9, 0x1111222233334444)
	ldr	x6, [x20]
	CHECK_X(x6, 0x8899aabbccddeeff)
	ldr	x9, =0x8899aabbccddeeff
	casal	x9, xzr, [x20]
	CHECK_X(x9, 0x8899aabbccddeeff)
	ldr	x6, [x20]
	CHECK_X(x6, 0)
	casal	x9, x3, [x20]
	CHECK_X(x9, 0)
	ldr	x6, [x20]
	CHECK_X(x6, 0)
	/* 32 bits: only the low word of Rs is compared, Rs is zero-extended */
	str	x3, [x20]
	ldr	x9, =0xffffffffccddeeff
	mov	w10, #0x7777
	cas	w9, w10, [x20]
	CHECK_X(x9, 0xccddeeff)
	ldr	x6, [x20]
	CHECK_X(x6, 0x8899aabb00007777)
	add	x21, x20, #4
	mov	w9, #1
	casa	w9, w10, [x21]
	CHECK_X(x9, 0x8899aabb)
	casl	w9, w10, [x21]
	CHECK_X(x9, 0x8899aabb)
	casal	w9, wzr, [x21]
	CHECK_X(x9, 0x7777)
	ldr	x6, [x20]
	CHECK_X(x6, 0x0000777700007777)
	/* 16 and 8 bits */
	ldr	x3, =0x8899aabbccddeeff
	str	x3, [x20]
	ldr	w9, =0x1eeff
	mov	w10, #0x4321
	cash	w9, w10, [x20]
	CHECK_X(x9, 0xeeff)
	add	x21, x20, #2
	mov	w9, #0xccdd
	casah	w9, w10, [x21]
	CHECK_X(x9, 0xccdd)
	add	x21, x20, #4
	casalh	w9, w10, [x21]
	CHECK_X(x9, 0xaabb)
	caslh	w9, w10, [x21]
	CHECK_X(x9, 0xaabb)
	ldr	x6, [x20]
	CHECK_X(x6, 0x8899432143214321)
	add	x21, x20, #7
	mov	w9, #0x188
	mov	w10, #0x5a
	casb	w9, w10, [x21]
	CHECK_X(x9, 0x88)
	casab	w9, w10, [x21]
	CHECK_X(x9, 0x5a)
	mov	w9, #0x5a
	caslb	w9, wzr, [x21]
	CHECK_X(x9, 0x5a)
	add	x21, x20, #6
	mov	w9, #0
	casalb	w9, w10, [x21]
	CHECK_X(x9, 0x99)
	ldr	x6, [x20]
	CHECK_X(x6, 0x0099432143214321)

	/* ---- CASP: pairs, Rs gets the lower-addressed half ---- */
	ldr	x3, =0x8899aabbccddeeff
	ldr	x5, =0x0011223344556677
	stp	x3, x5, [x20]
	mov	x12, x3
	mov	x13, x5
	mov	x14, #1
	mov	x15, #2
	casp	x12, x13, x14, x15, [x20]
	CHECK_X(x12, 0x8899aabbccddeeff)
	CHECK_X(x13, 0x0011223344556677)
	ldp	x6, x7, [x20]
	CHECK_X(x6, 1)
	CHECK_X(x7, 2)
	mov	x12, #1
	mov	x13, #3
	caspa	x12, x13, x14, x15, [x20]
	CHECK_X(x12, 1)
	CHECK_X(x13, 2)
	ldp	x6, x7, [x20]
	CHECK_X(x6, 1)
	CHECK_X(x7, 2)
	mov	x4, #0
	caspl	x12, x13, x4, x5, [x20]
	CHECK_X(x12, 1)
	CHECK_X(x13, 2)
	ldp	x6, x7, [x20]
	CHECK_X(x6, 0)
	CHECK_X(x7, 0x0011223344556677)
	mov	x4, #9
	mov	x12, #0
	mov	x13, #0
	caspal	x12, x13, x4, x5, [x20]
	CHECK_X(x12, 0)
	CHECK_X(x13, 0x0011223344556677)
	ldr	x6, [x20]
	CHECK_X(x6, 0)
	add	x21, x20, #8
	ldr	w12, =0x44556677
	ldr	w13, =0x00112233
	mov	w14, #0xaa
	mov	w15, #0xbb
	casp	w12, w13, w14, w15, [x21]
	CHECK_X(x12, 0x44556677)
	CHECK_X(x13, 0x00112233)
	ldr	x6, [x20, #8]
	CHECK_X(x6, 0x000000bb000000aa)
	caspa	w12, w13, w14, w15, [x21]
	CHECK_X(x12, 0xaa)
	CHECK_X(x13, 0xbb)
	mov	w12, #0xaa
	mov	w13, #0xbc
	caspl	w12, w13, w14, w15, [x21]
	CHECK_X(x13, 0xbb)
	mov	w13, #0xbb
	mov	x30, #0x33
	caspal	w12, w13, w30, wzr, [x21]
	CHECK_X(x12, 0xaa)
	CHECK_X(x13, 0xbb)
	ldr	x6, [x20, #8]
	CHECK_X(x6, 0x33)
TEST_END
