/*
 * ldst_align.S -- alignment faults of exclusive, ordered and atomic
 * accesses: without FEAT_LSE2 a misaligned LDXR/STXR/LDXP/LDAR/STLR/CAS/
 * CASP/LDADD/SWP raises an alignment fault, which Linux delivers as SIGBUS
 * with si_code BUS_ADRALN and si_addr the data address.  The faulting
 * instruction must not change registers or memory.  Ordinary loads and
 * stores may be misaligned.  A SIGBUS handler (SA_SIGINFO | SA_NODEFER)
 * records signal, code and address and resumes at the address in x22.
 * A misaligned STXR also faults in runforeign, as the Arm ARM's
 * AArch64.ExclusiveMonitorsPass() checks alignment first; qemu-aarch64
 * instead fails it quietly when the monitor is not armed for the address,
 * so that case is not checked here.
 */
#include "insn.h"
	.arch	armv8.1-a

#define SIGBUS 7
#define BUS_ADRALN 1

/* FAULTS(insn...): the instruction must raise SIGBUS/BUS_ADRALN at x20+off */
#define EXPECT_ALIGN(off) \
	CHECK_X(x24, SIGBUS); CHECK_X(x25, BUS_ADRALN); \
	sub x23, x23, x20; CHECK_X(x23, off)
#define ARM(label) adr x22, label; mov x24, #0; mov x25, #0; mov x23, #0; mov x7, #__LINE__

	.bss
	.balign	16
area:	.skip	64
act:	.skip	32

TEST_BEGIN
	adrp	x20, area
	add	x20, x20, :lo12:area
	mov	x21, sp
	/* rt_sigaction(SIGBUS, &act, NULL, 8) */
	adrp	x1, act
	add	x1, x1, :lo12:act
	adr	x3, on_sigbus
	str	x3, [x1]		/* sa_handler */
	ldr	x3, =0x40000004		/* SA_NODEFER | SA_SIGINFO */
	str	x3, [x1, #8]
	mov	x0, #SIGBUS
	mov	x2, #0
	mov	x3, #8
	mov	x8, #134
	svc	#0
	CHECK_X(x0, 0)

	ldr	x3, =0x1122334455667788
	str	x3, [x20]
	str	x3, [x20, #8]
	str	x3, [x20, #16]
	add	x9, x20, #1
	add	x10, x20, #4
	add	x11, x20, #8
	mov	x5, #0x55
	mov	x6, #0x66

	/* ordinary accesses may be misaligned */
	ldr	x7, [x9]
	CHECK_X(x7, 0x8811223344556677)
	ldp	x7, x12, [x9]
	CHECK_X(x12, 0x8811223344556677)

	ARM(1f)
	ldxr	x5, [x9]
	b	2f
1:	EXPECT_ALIGN(1)
	CHECK_X(x5, 0x55)
	ARM(1f)
	ldxrh	w5, [x9]
	b	2f
1:	EXPECT_ALIGN(1)
	ARM(1f)
	ldaxr	w5, [x9]
	b	2f
1:	EXPECT_ALIGN(1)
	ARM(1f)
	ldxp	x5, x6, [x11]
	b	2f
1:	EXPECT_ALIGN(8)
	CHECK_X(x5, 0x55)
	CHECK_X(x6, 0x66)
	ARM(1f)
	ldxp	w5, w6, [x10]
	b	2f
1:	EXPECT_ALIGN(4)
	ARM(1f)
	ldar	x5, [x10]
	b	2f
1:	EXPECT_ALIGN(4)
	ARM(1f)
	stlrh	w5, [x9]
	b	2f
1:	EXPECT_ALIGN(1)
	ARM(1f)
	cas	x5, x6, [x10]
	b	2f
1:	EXPECT_ALIGN(4)
	CHECK_X(x5, 0x55)
	ARM(1f)
	casp	x12, x13, x14, x15, [x11]
	b	2f
1:	EXPECT_ALIGN(8)
	ARM(1f)
	ldaddal	x5, x6, [x9]
	b	2f
1:	EXPECT_ALIGN(1)
	CHECK_X(x6, 0x66)
	ARM(1f)
	swph	w5, w6, [x9]
	b	2f
1:	EXPECT_ALIGN(1)
	ARM(1f)
	stset	w5, [x9]
	b	2f
1:	EXPECT_ALIGN(1)
	/* memory untouched by all of them */
	ldr	x7, [x20]
	CHECK_X(x7, 0x1122334455667788)
	ldr	x7, [x20, #8]
	CHECK_X(x7, 0x1122334455667788)
	b	3f

2:	/* the instruction armed at line x7 did not fault */
	mov	x27, x7
	REPORT_FAIL 0
3:
TEST_END

on_sigbus:
	/* x0 = signal, x1 = siginfo: si_code at 8, si_addr at 16 */
	mov	x24, x0
	ldr	w25, [x1, #8]
	ldr	x23, [x1, #16]
	mov	sp, x21
	br	x22
