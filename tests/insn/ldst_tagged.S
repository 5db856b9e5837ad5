/*
 * ldst_tagged.S -- tagged addresses (top byte ignore).  Linux runs user
 * space with TCR_EL1.TBI0 = 1, so bits 63..56 of a lower-half address are
 * ignored by loads, stores, exclusives, atomics, SIMD structure accesses,
 * DC ZVA and register branches (Arm ARM AddrTop(), AArch64.BranchAddr()),
 * and a fault reports the untagged address in si_addr.  x19 is a
 * read/write page followed by a PROT_NONE one; a SIGSEGV handler
 * (SA_NODEFER | SA_SIGINFO) records signal, code and address in x24, x25,
 * x23 and resumes at x22 (once; an unexpected fault exits with 99).
 */
#include "insn.h"
	.arch	armv8.1-a

#define SIGSEGV 11
#define SEGV_ACCERR 2
/* TAG(reg, src, t): reg = src with top byte t (clobbers x16) */
#define TAG(reg, src, t) mov reg, src; mov x16, #(t); bfi reg, x16, #56, #8

#define ARM(label) adr x22, label; mov x24, #0; mov x25, #0; mov x23, #0; mov x7, #__LINE__

	.bss
	.balign	16
act:	.skip	32

TEST_BEGIN
	mov	x21, sp
	mov	x22, #0
	/* rt_sigaction(SIGSEGV, &act, NULL, 8) */
	adrp	x1, act
	add	x1, x1, :lo12:act
	adr	x3, on_sigsegv
	str	x3, [x1]
	ldr	x3, =0x40000004		/* SA_NODEFER | SA_SIGINFO */
	str	x3, [x1, #8]
	mov	x0, #SIGSEGV
	mov	x2, #0
	mov	x3, #8
	mov	x8, #134
	svc	#0
	CHECK_X(x0, 0)
	mov	x0, #0
	mov	x1, #8192
	mov	x2, #3			/* PROT_READ | PROT_WRITE */
	mov	x3, #0x22		/* MAP_PRIVATE | MAP_ANONYMOUS */
	mov	x4, #-1
	mov	x5, #0
	mov	x8, #222		/* mmap */
	svc	#0
	mov	x19, x0
	add	x0, x19, #4096
	mov	x1, #4096
	mov	x2, #0			/* PROT_NONE */
	mov	x8, #226		/* mprotect */
	svc	#0
	CHECK_X(x0, 0)

	/* ---- loads and stores ---- */
	TAG(x9, x19, 0x5a)
	ldr	x0, =0x1122334455667788
	str	x0, [x9, #64]
	ldr	x1, [x19, #64]
	CHECK_X(x1, 0x1122334455667788)
	TAG(x10, x19, 0xff)
	ldrb	w2, [x10, #64]
	CHECK_X(x2, 0x88)
	add	x11, x10, #128
	stp	x0, x1, [x11], #16	/* writeback keeps the tag */
	sub	x12, x11, x10
	CHECK_X(x12, 144)
	ldp	x3, x4, [x19, #128]
	CHECK_X(x3, 0x1122334455667788)
	CHECK_X(x4, 0x1122334455667788)

	/* SIMD&FP structure loads and stores */
	add	x11, x10, #256
	movi	v0.16b, #0x3c
	st1	{v0.16b}, [x11]
	ldr	q1, [x19, #256]
	fmov	x5, d1
	CHECK_X(x5, 0x3c3c3c3c3c3c3c3c)
	TAG(x11, x19, 0x01)
	add	x11, x11, #256
	ld1	{v2.2d}, [x11]
	mov	x5, v2.d[1]
	CHECK_X(x5, 0x3c3c3c3c3c3c3c3c)

	/* exclusives: the monitor is armed by the untagged address */
	add	x11, x19, #512
	TAG(x12, x11, 0x12)
	TAG(x13, x11, 0x34)
	ldxr	x0, [x12]
	mov	x1, #7
	stxr	w2, x1, [x13]
	CHECK_X(x2, 0)
	ldr	x3, [x11]
	CHECK_X(x3, 7)
	/* LSE atomics */
	mov	x1, #5
	ldadd	x1, x4, [x13]
	CHECK_X(x4, 7)
	ldr	x3, [x11]
	CHECK_X(x3, 12)
	mov	x5, #12
	mov	x6, #99
	cas	x5, x6, [x12]
	CHECK_X(x5, 12)
	ldr	x3, [x11]
	CHECK_X(x3, 99)

	/* DC ZVA zeroes the untagged block */
	add	x11, x19, #1024
	stp	x0, x0, [x11]
	TAG(x12, x11, 0xa5)
	dc	zva, x12
	ldr	x3, [x11]
	CHECK_X(x3, 0)

	/* ---- a fault reports the untagged address ---- */
	add	x9, x19, #4096
	TAG(x10, x9, 0x77)
	ARM(1f)
	ldr	x5, [x10]
	b	5f
1:	CHECK_X(x24, SIGSEGV)
	CHECK_X(x25, SEGV_ACCERR)
	sub	x23, x23, x9
	CHECK_X(x23, 0)
	ARM(1f)
	str	x5, [x10, #8]
	b	5f
1:	CHECK_X(x24, SIGSEGV)
	sub	x23, x23, x9
	CHECK_X(x23, 8)

	/* ---- register branches drop the tag ---- */
	adr	x0, 2f
	TAG(x0, x0, 0x42)
	br	x0
	b	5f
2:	adr	x1, .
	lsr	x1, x1, #56
	CHECK_X(x1, 0)
	adr	x0, 3f
	TAG(x0, x0, 0x80)
	blr	x0
	b	6f
3:	adr	x1, .
	lsr	x1, x1, #56
	CHECK_X(x1, 0)
	lsr	x2, x30, #56		/* the link is pc + 4, untagged */
	CHECK_X(x2, 0)
	TAG(x30, x30, 0x99)
	ret
	b	5f

5:	/* the instruction armed at line x7 did not fault */
	mov	x27, x7
	REPORT_FAIL 0
6:
TEST_END

on_sigsegv:
	/* x0 = signal, x1 = siginfo: si_code at 8, si_addr at 16.  A fault
	 * nobody armed for (x22 = 0) ends the test with status 99. */
	mov	x24, x0
	ldr	w25, [x1, #8]
	ldr	x23, [x1, #16]
	mov	sp, x21
	mov	x16, x22
	mov	x22, #0
	cbz	x16, 7f
	br	x16
7:	mov	x0, #99
	mov	x8, #94			/* exit_group */
	svc	#0
