/*
 * ldst_pair.S -- load/store pair (Arm ARM C4.1.87): LDP/STP for W, X, S,
 * D and Q, LDPSW, LDNP/STNP, in the signed-offset, pre-indexed and
 * post-indexed forms, with the extreme imm7 offsets and SP as the base.
 * x19 holds the source data, x20 a scratch buffer (x0-x2 are clobbered by
 * failed checks).
 */
#include "insn.h"

	.data
	.balign	16
src:	.quad	0x8899aabbccddeeff, 0x0011223344556677
	.quad	0xfedcba9876543210, 0x0123456789abcdef
	.quad	0x1111111111111111, 0x2222222222222222
	.bss
	.balign	16
scratch: .skip	4096

TEST_BEGIN
	adrp	x19, src
	add	x19, x19, :lo12:src
	adrp	x20, scratch
	add	x20, x20, :lo12:scratch
	add	x20, x20, #2048

	/* ---- W pairs, LDPSW ---- */
	ldp	w3, w4, [x19]
	CHECK_X(x3, 0xccddeeff)
	CHECK_X(x4, 0x8899aabb)
	ldp	w3, w4, [x19, #4]
	CHECK_X(x3, 0x8899aabb)
	CHECK_X(x4, 0x44556677)
	ldpsw	x3, x4, [x19]
	CHECK_X(x3, 0xffffffffccddeeff)
	CHECK_X(x4, 0xffffffff8899aabb)
	ldpsw	x3, x4, [x19, #8]
	CHECK_X(x3, 0x44556677)
	CHECK_X(x4, 0x00112233)
	mov	x5, x19
	ldpsw	x3, x4, [x5, #16]!
	CHECK_X(x3, 0x76543210)
	CHECK_X(x4, 0xfffffffffedcba98)
	sub	x6, x5, x19
	CHECK_X(x6, 16)
	ldpsw	x3, x4, [x5], #-16
	CHECK_X(x3, 0x76543210)
	sub	x6, x5, x19
	CHECK_X(x6, 0)
	ldr	x3, =0x0102030405060708
	ldr	x4, =0xa1a2a3a4a5a6a7a8
	stp	w3, w4, [x20]
	ldr	x6, [x20]
	CHECK_X(x6, 0xa5a6a7a805060708)
	stp	w4, w3, [x20, #252]
	ldr	x6, [x20, #252]
	CHECK_X(x6, 0x05060708a5a6a7a8)
	stp	wzr, w3, [x20, #-256]
	ldr	x6, [x20, #-256]
	CHECK_X(x6, 0x0506070800000000)

	/* ---- X pairs, every indexing mode and the imm7 extremes ---- */
	ldp	x3, x4, [x19, #16]
	CHECK_X(x3, 0xfedcba9876543210)
	CHECK_X(x4, 0x0123456789abcdef)
	mov	x5, x19
	ldp	x3, x4, [x5, #8]!
	CHECK_X(x3, 0x0011223344556677)
	CHECK_X(x4, 0xfedcba9876543210)
	sub	x6, x5, x19
	CHECK_X(x6, 8)
	ldp	x3, x4, [x5], #-8
	CHECK_X(x3, 0x0011223344556677)
	sub	x6, x5, x19
	CHECK_X(x6, 0)
	ldr	x3, =0x1234
	ldr	x4, =0x5678
	stp	x3, x4, [x20, #504]
	ldp	x6, x7, [x20, #504]
	CHECK_X(x6, 0x1234)
	CHECK_X(x7, 0x5678)
	stp	x4, x3, [x20, #-512]
	sub	x7, x20, #512
	ldr	x6, [x7]
	CHECK_X(x6, 0x5678)
	ldr	x6, [x7, #8]
	CHECK_X(x6, 0x1234)
	mov	x5, x20
	stp	x3, x4, [x5, #-512]!
	sub	x6, x20, x5
	CHECK_X(x6, 512)
	stp	x4, x3, [x5], #504
	sub	x6, x20, x5
	CHECK_X(x6, 8)
	ldp	x6, x7, [x20, #-512]
	CHECK_X(x6, 0x5678)
	CHECK_X(x7, 0x1234)
	stp	xzr, xzr, [x20]
	ldp	x6, x7, [x20]
	CHECK_X(x6, 0)
	CHECK_X(x7, 0)
	ldp	w6, w7, [x19, #-256 + 256]
	CHECK_X(x7, 0x8899aabb)

	/* ---- no-allocate pairs ---- */
	ldnp	x3, x4, [x19, #8]
	CHECK_X(x3, 0x0011223344556677)
	CHECK_X(x4, 0xfedcba9876543210)
	ldnp	w3, w4, [x19, #12]
	CHECK_X(x3, 0x00112233)
	CHECK_X(x4, 0x76543210)
	stnp	x4, x3, [x20, #16]
	ldp	x6, x7, [x20, #16]
	CHECK_X(x6, 0x76543210)
	CHECK_X(x7, 0x00112233)
	stnp	w3, w4, [x20, #-4]
	ldr	x6, [x20, #-4]
	CHECK_X(x6, 0x7654321000112233)
	ldnp	q3, q4, [x19]
	CHECK_V(3, 0x8899aabbccddeeff, 0x0011223344556677)
	CHECK_V(4, 0xfedcba9876543210, 0x0123456789abcdef)
	ldnp	d3, d4, [x19, #8]
	CHECK_V(3, 0x0011223344556677, 0)
	CHECK_V(4, 0xfedcba9876543210, 0)
	ldnp	s3, s4, [x19, #4]
	CHECK_V(3, 0x8899aabb, 0)
	CHECK_V(4, 0x44556677, 0)
	ldr	q3, [x19]
	ldr	q4, [x19, #16]
	stnp	q4, q3, [x20, #32]
	ldr	x6, [x20, #32]
	CHECK_X(x6, 0xfedcba9876543210)
	ldr	x6, [x20, #56]
	CHECK_X(x6, 0x0011223344556677)
	stnp	d3, d4, [x20, #-8]
	ldr	x6, [x20]
	CHECK_X(x6, 0xfedcba9876543210)
	stnp	s4, s3, [x20, #-8]
	ldr	x6, [x20, #-8]
	CHECK_X(x6, 0xccddeeff76543210)

	/* ---- SIMD&FP pairs: loads zero the rest of each register ---- */
	ldp	s5, s6, [x19, #8]
	CHECK_V(5, 0x44556677, 0)
	CHECK_V(6, 0x00112233, 0)
	ldp	d5, d6, [x19, #16]
	CHECK_V(5, 0xfedcba9876543210, 0)
	CHECK_V(6, 0x0123456789abcdef, 0)
	ldp	q5, q6, [x19, #16]
	CHECK_V(5, 0xfedcba9876543210, 0x0123456789abcdef)
	CHECK_V(6, 0x1111111111111111, 0x2222222222222222)
	mov	x5, x19
	ldp	q7, q8, [x5, #16]!
	CHECK_V(7, 0xfedcba9876543210, 0x0123456789abcdef)
	sub	x6, x5, x19
	CHECK_X(x6, 16)
	ldp	q7, q8, [x5], #-16
	CHECK_V(8, 0x1111111111111111, 0x2222222222222222)
	sub	x6, x5, x19
	CHECK_X(x6, 0)
	ldp	d7, d8, [x5, #8]!
	CHECK_V(7, 0x0011223344556677, 0)
	CHECK_V(8, 0xfedcba9876543210, 0)
	ldp	s7, s8, [x5], #-8
	CHECK_V(7, 0x44556677, 0)
	CHECK_V(8, 0x00112233, 0)
	sub	x6, x5, x19
	CHECK_X(x6, 0)
	ldp	s7, s8, [x5, #4]!
	CHECK_V(8, 0x44556677, 0)
	ldp	d7, d8, [x5]
	sub	x5, x5, #4
	CHECK_V(7, 0x445566778899aabb, 0)
	sub	x6, x5, x19
	CHECK_X(x6, 0)
	ldp	q9, q10, [x19, #-1024 + 1024]
	stp	q10, q9, [x20, #1008]
	ldr	x6, [x20, #1008]
	CHECK_X(x6, 0xfedcba9876543210)
	ldr	x6, [x20, #1024]
	CHECK_X(x6, 0x8899aabbccddeeff)
	mov	x5, x20
	stp	q9, q10, [x5, #-1024]!
	sub	x6, x20, x5
	CHECK_X(x6, 1024)
	ldr	x6, [x5, #16]
	CHECK_X(x6, 0xfedcba9876543210)
	stp	d9, d10, [x5], #504
	sub	x6, x20, x5
	CHECK_X(x6, 520)
	sub	x7, x20, #1016
	ldr	x6, [x7]
	CHECK_X(x6, 0xfedcba9876543210)
	stp	s10, s9, [x20, #-256]
	ldr	x6, [x20, #-256]
	CHECK_X(x6, 0xccddeeff76543210)
	stp	s9, s10, [x20, #252]!
	ldr	x6, [x20]
	CHECK_X(x6, 0x76543210ccddeeff)
	sub	x20, x20, #252
	stp	d10, d9, [x20, #-8]!
	ldr	x6, [x20, #8]
	CHECK_X(x6, 0x8899aabbccddeeff)
	add	x20, x20, #8

	/* ---- SP as the base, the usual frame push and pop ---- */
	mov	x21, sp
	ldr	x3, =0x1111
	ldr	x4, =0x2222
	stp	x3, x4, [sp, #-32]!
	stp	w4, w3, [sp, #16]
	mov	x6, sp
	sub	x6, x21, x6
	CHECK_X(x6, 32)
	ldp	w6, w7, [sp, #16]
	CHECK_X(x6, 0x2222)
	CHECK_X(x7, 0x1111)
	ldp	x6, x7, [sp], #32
	CHECK_X(x6, 0x1111)
	CHECK_X(x7, 0x2222)
	mov	x6, sp
	sub	x6, x21, x6
	CHECK_X(x6, 0)
TEST_END
