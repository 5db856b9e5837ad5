/*
 * ldst_fault.S -- loads and stores that fault: SIGSEGV (SEGV_ACCERR, with
 * si_addr the data address for accesses wholly on the inaccessible page), and
 * no register changes: the base register is not written back, and the
 * general-purpose destination registers of a faulting load (also of a pair
 * whose second element faults) keep their values.  x19 is a read/write page
 * followed by a PROT_NONE one; a SIGSEGV handler (SA_SIGINFO | SA_NODEFER)
 * records signal, code and address in x24, x25, x23 and resumes at x22.
 */
#include "insn.h"
	.arch	armv8.1-a

#define SIGSEGV 11
#define SEGV_ACCERR 2

/* ARM: expect a fault, resume at label; x7 = line for "did not fault" */
#define ARM(label) adr x22, label; mov x24, #0; mov x25, #0; mov x23, #0; mov x7, #__LINE__
#define EXPECT_SEGV CHECK_X(x24, SIGSEGV); CHECK_X(x25, SEGV_ACCERR)
/* EXPECT_ADDR(off): si_addr = x19 + off */
#define EXPECT_ADDR(off) sub x23, x23, x19; CHECK_X(x23, off)
#define PRESET mov x5, #0x55; mov x6, #0x66

	.bss
	.balign	16
act:	.skip	32

TEST_BEGIN
	mov	x21, sp
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
	/* two pages, then make the second inaccessible */
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
	add	x9, x19, #4096		/* inaccessible */
	add	x10, x19, #4080
	add	x11, x19, #4092

	/* ---- single-register loads ---- */
	PRESET
	ARM(1f)
	ldr	x5, [x9]
	b	5f
1:	EXPECT_SEGV
	EXPECT_ADDR(4096)
	CHECK_X(x5, 0x55)
	ARM(1f)
	ldrsb	x5, [x9], #8
	b	5f
1:	EXPECT_SEGV
	EXPECT_ADDR(4096)
	CHECK_X(x5, 0x55)
	sub	x12, x9, x19
	CHECK_X(x12, 4096)
	add	x12, x19, #4088
	ARM(1f)
	ldrh	w5, [x12, #8]!
	b	5f
1:	EXPECT_SEGV
	EXPECT_ADDR(4096)
	CHECK_X(x5, 0x55)
	sub	x12, x12, x19
	CHECK_X(x12, 4088)
	ARM(1f)
	ldr	x5, [x11]		/* straddles the end of the mapped page */
	b	5f
1:	EXPECT_SEGV
	CHECK_X(x5, 0x55)
	mov	x13, #4
	ARM(1f)
	ldrsw	x5, [x11, x13]
	b	5f
1:	EXPECT_SEGV
	EXPECT_ADDR(4096)
	CHECK_X(x5, 0x55)

	/* ---- stores: no writeback ---- */
	ARM(1f)
	str	x5, [x9], #-8
	b	5f
1:	EXPECT_SEGV
	EXPECT_ADDR(4096)
	sub	x12, x9, x19
	CHECK_X(x12, 4096)
	add	x12, x19, #4088
	ARM(1f)
	strb	w5, [x12, #8]!
	b	5f
1:	EXPECT_SEGV
	sub	x12, x12, x19
	CHECK_X(x12, 4088)

	/* ---- pairs: the second element faults ---- */
	mov	x12, x10
	ARM(1f)
	ldp	x5, x6, [x12, #8]!
	b	5f
1:	EXPECT_SEGV
	CHECK_X(x5, 0x55)
	CHECK_X(x6, 0x66)
	sub	x12, x12, x19
	CHECK_X(x12, 4080)
	mov	x12, x11
	ARM(1f)
	ldpsw	x5, x6, [x12], #8
	b	5f
1:	EXPECT_SEGV
	CHECK_X(x5, 0x55)
	sub	x12, x12, x19
	CHECK_X(x12, 4092)
	add	x12, x19, #4088
	ARM(1f)
	ldp	w5, w6, [x12, #4]
	b	5f
1:	EXPECT_SEGV
	CHECK_X(x5, 0x55)
	CHECK_X(x6, 0x66)
	mov	x12, x10
	ARM(1f)
	stp	x5, x6, [x12, #8]!
	b	5f
1:	EXPECT_SEGV
	sub	x12, x12, x19
	CHECK_X(x12, 4080)
	mov	x12, x10
	ARM(1f)
	ldp	q0, q1, [x12], #32
	b	5f
1:	EXPECT_SEGV
	sub	x12, x12, x19
	CHECK_X(x12, 4080)

	/* ---- SIMD structures: no writeback ---- */
	mov	x12, x10
	ARM(1f)
	ld1	{v0.16b, v1.16b}, [x12], #32
	b	5f
1:	EXPECT_SEGV
	sub	x12, x12, x19
	CHECK_X(x12, 4080)
	add	x12, x19, #4088
	mov	x13, #64
	ARM(1f)
	ld4r	{v0.4s, v1.4s, v2.4s, v3.4s}, [x12], x13
	b	5f
1:	EXPECT_SEGV
	sub	x12, x12, x19
	CHECK_X(x12, 4088)
	mov	x12, x9
	ARM(1f)
	st3	{v0.s, v1.s, v2.s}[1], [x12], #12
	b	5f
1:	EXPECT_SEGV
	EXPECT_ADDR(4096)
	sub	x12, x12, x19
	CHECK_X(x12, 4096)

	/* ---- exclusive, ordered, atomic ---- */
	PRESET
	ARM(1f)
	ldxr	x5, [x9]
	b	5f
1:	EXPECT_SEGV
	EXPECT_ADDR(4096)
	CHECK_X(x5, 0x55)
	ARM(1f)
	ldar	w5, [x9]
	b	5f
1:	EXPECT_SEGV
	CHECK_X(x5, 0x55)
	ARM(1f)
	cas	x5, x6, [x9]
	b	5f
1:	EXPECT_SEGV
	EXPECT_ADDR(4096)
	CHECK_X(x5, 0x55)
	ARM(1f)
	ldaddal	x5, x6, [x9]
	b	5f
1:	EXPECT_SEGV
	EXPECT_ADDR(4096)
	CHECK_X(x6, 0x66)
	ARM(1f)
	swp	x5, x6, [x9]
	b	5f
1:	EXPECT_SEGV
	CHECK_X(x6, 0x66)
	b	6f

5:	/* the instruction armed at line x7 did not fault */
	mov	x27, x7
	REPORT_FAIL 0
6:
TEST_END

on_sigsegv:
	/* x0 = signal, x1 = siginfo: si_code at 8, si_addr at 16 */
	mov	x24, x0
	ldr	w25, [x1, #8]
	ldr	x23, [x1, #16]
	mov	sp, x21
	br	x22
