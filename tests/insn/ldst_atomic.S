/*
 * ldst_atomic.S -- FEAT_LSE atomic memory operations (Arm ARM C4.1.87):
 * LDADD, LDCLR, LDEOR, LDSET, LDSMAX, LDSMIN, LDUMAX, LDUMIN and SWP in
 * B, H, W and X sizes with boundary values (carry out of the access size,
 * sign of the element for the signed min/max, upper bits of Rs that must be
 * ignored), the A/L/AL ordering variants, the ST<op> aliases (Rt = XZR)
 * and Rs == Rt.  Each case stores an 8-byte pattern at x20, runs the
 * operation with Rs = x4/w4 and Rt = x5/w5, then checks the old value
 * returned in Rt and the whole 8 bytes of memory.
 */
#include "insn.h"
	.arch	armv8.1-a

/* AT(op, w|x, memory before, Rs, expected Rt, expected memory after) */
#define AT(op, r, init, rs, old, after) \
	ldr x3, =init; str x3, [x20]; ldr x4, =rs; op r##4, r##5, [x20]; \
	CHECK_X(x5, old); ldr x6, [x20]; CHECK_X(x6, after)
/* ST(op, w|x, memory before, Rs, expected memory after): the ST<op> alias */
#define ST(op, r, init, rs, after) \
	ldr x3, =init; str x3, [x20]; ldr x4, =rs; op r##4, [x20]; \
	ldr x6, [x20]; CHECK_X(x6, after)

#define M 0x8899aabbccddeeff

	.bss
	.balign	16
area:	.skip	64

TEST_BEGIN
	adrp	x20, area
	add	x20, x20, :lo12:area

	/* LDADD: carries out of the access size are lost */
	AT(ldadd, x, 0xffffffffffffffff, 1, 0xffffffffffffffff, 0)
	AT(ldadd, x, M, 0x0123456789abcdef, M, 0x89bcf0235689bcee)
	AT(ldadd, w, M, 0xffffffff33221101, 0xccddeeff, 0x8899aabb00000000)
	AT(ldaddh, w, M, 0x1101, 0xeeff, 0x8899aabbccdd0000)
	AT(ldaddb, w, M, 0x101, 0xff, 0x8899aabbccddee00)
	AT(ldadda, x, 5, 7, 5, 12)
	AT(ldaddal, w, 5, 7, 5, 12)
	AT(ldaddl, w, 5, 7, 5, 12)
	AT(ldaddah, w, 5, 7, 5, 12)
	AT(ldaddalb, w, 5, 7, 5, 12)
	AT(ldaddlb, w, 5, 7, 5, 12)

	/* LDCLR: memory AND NOT Rs */
	AT(ldclr, x, M, 0xff00ff00ff00ff00, M, 0x009900bb00dd00ff)
	AT(ldclr, w, M, 0xffff0000ffffffff, 0xccddeeff, 0x8899aabb00000000)
	AT(ldclrh, w, M, 0x0f0f, 0xeeff, 0x8899aabbccdde0f0)
	AT(ldclrb, w, M, 0x80, 0xff, 0x8899aabbccddee7f)
	AT(ldclral, x, M, 0xffffffffffffffff, M, 0)
	AT(ldclrab, w, M, 0x01, 0xff, 0x8899aabbccddeefe)

	/* LDEOR */
	AT(ldeor, x, M, 0xffffffffffffffff, M, 0x7766554433221100)
	AT(ldeor, w, M, 0x0000ffff, 0xccddeeff, 0x8899aabbccdd1100)
	AT(ldeorh, w, M, 0xffff, 0xeeff, 0x8899aabbccdd1100)
	AT(ldeorb, w, M, 0x0f, 0xff, 0x8899aabbccddeef0)
	AT(ldeorl, x, M, M, M, 0)
	AT(ldeoralh, w, M, 0x10000, 0xeeff, M)

	/* LDSET */
	AT(ldset, x, M, 0x0100000000000001, M, 0x8999aabbccddeeff)
	AT(ldset, w, M, 0x33221100, 0xccddeeff, 0x8899aabbffffffff)
	AT(ldseth, w, M, 0x1100, 0xeeff, 0x8899aabbccddffff)
	AT(ldsetb, w, M, 0, 0xff, M)
	AT(ldsetlb, w, 0, 0x80, 0, 0x80)
	AT(ldsetal, w, 0, 0x80000000, 0, 0x80000000)

	/* LDSMAX: signed, at the access size */
	AT(ldsmax, x, M, 1, M, 1)
	AT(ldsmax, x, M, 0x8000000000000000, M, M)
	AT(ldsmax, x, 0x7fffffffffffffff, 0xffffffffffffffff, 0x7fffffffffffffff, 0x7fffffffffffffff)
	AT(ldsmax, w, M, 0xffffffff00000000, 0xccddeeff, 0x8899aabb00000000)
	AT(ldsmax, w, 0x7fffffff, 0x80000000, 0x7fffffff, 0x7fffffff)
	AT(ldsmaxh, w, M, 0x17fff, 0xeeff, 0x8899aabbccdd7fff)
	AT(ldsmaxb, w, M, 0x1cd, 0xff, M)
	AT(ldsmaxb, w, M, 0x100, 0xff, 0x8899aabbccddee00)
	AT(ldsmaxal, x, 3, 4, 3, 4)

	/* LDSMIN */
	AT(ldsmin, x, M, 5, M, M)
	AT(ldsmin, x, M, 0x8000000000000000, M, 0x8000000000000000)
	AT(ldsmin, w, M, 0x7fffffff, 0xccddeeff, M)
	AT(ldsmin, w, M, 0x80000000, 0xccddeeff, 0x8899aabb80000000)
	AT(ldsmin, w, 5, 0xffffffff00000003, 5, 3)
	AT(ldsminh, w, M, 0x8000, 0xeeff, 0x8899aabbccdd8000)
	AT(ldsminb, w, M, 0x7f, 0xff, M)
	AT(ldsminb, w, M, 0x180, 0xff, 0x8899aabbccddee80)
	AT(ldsminlh, w, 0x7fff, 0xffff, 0x7fff, 0xffff)

	/* LDUMAX: unsigned, Rs bits above the access size ignored */
	AT(ldumax, x, M, 0xffffffffffffffff, M, 0xffffffffffffffff)
	AT(ldumax, x, M, 1, M, M)
	AT(ldumax, w, M, 0x100000001, 0xccddeeff, M)
	AT(ldumax, w, 5, 0xfffffffe, 5, 0xfffffffe)
	AT(ldumaxh, w, M, 0xffff, 0xeeff, 0x8899aabbccddffff)
	AT(ldumaxb, w, M, 0x100, 0xff, M)
	AT(ldumaxab, w, 0x7f, 0x80, 0x7f, 0x80)

	/* LDUMIN */
	AT(ldumin, x, M, 0, M, 0)
	AT(ldumin, x, 1, 0xffffffffffffffff, 1, 1)
	AT(ldumin, w, M, 0xffffffff00000005, 0xccddeeff, 0x8899aabb00000005)
	AT(lduminh, w, M, 0xeefe, 0xeeff, 0x8899aabbccddeefe)
	AT(lduminb, w, M, 0x1fe, 0xff, 0x8899aabbccddeefe)
	AT(lduminalh, w, 0x80, 0x7f, 0x80, 0x7f)

	/* SWP */
	AT(swp, x, M, 0x0123456789abcdef, M, 0x0123456789abcdef)
	AT(swp, w, M, 0xffffffff12345678, 0xccddeeff, 0x8899aabb12345678)
	AT(swph, w, M, 0xffff5678, 0xeeff, 0x8899aabbccdd5678)
	AT(swpb, w, M, 0x178, 0xff, 0x8899aabbccddee78)
	AT(swpal, x, 1, 2, 1, 2)
	AT(swpa, w, 1, 2, 1, 2)
	AT(swpl, w, 1, 2, 1, 2)
	AT(swpalb, w, 1, 2, 1, 2)
	AT(swplh, w, 1, 2, 1, 2)

	/* ST<op> aliases: the old value goes to XZR */
	ST(stadd, x, M, 1, 0x8899aabbccddef00)
	ST(staddlb, w, M, 1, 0x8899aabbccddee00)
	ST(stclr, w, M, 0xffff, 0x8899aabbccdd0000)
	ST(steorh, w, M, 0xffff, 0x8899aabbccdd1100)
	ST(stset, x, 0, M, M)
	ST(stsmax, w, M, 0, 0x8899aabb00000000)
	ST(stsminl, x, 0, M, M)
	ST(stumax, x, 1, 2, 2)
	ST(stuminb, w, M, 0x1, 0x8899aabbccddee01)
	CHECK_X(xzr, 0)

	/* Rs == Rt: Rs is read before Rt is written */
	ldr	x3, =100
	str	x3, [x20]
	mov	x4, #23
	ldadd	x4, x4, [x20]
	CHECK_X(x4, 100)
	ldr	x6, [x20]
	CHECK_X(x6, 123)
	swp	x4, x4, [x20]
	CHECK_X(x4, 123)
	ldr	x6, [x20]
	CHECK_X(x6, 100)

	/* SP as the base */
	mov	x21, sp
	ldr	x3, =0x40
	str	x3, [sp, #-16]!
	mov	x4, #2
	ldadd	x4, x5, [sp]
	CHECK_X(x5, 0x40)
	ldr	x6, [sp], #16
	CHECK_X(x6, 0x42)
TEST_END
