/*
 * sys.S -- System instructions at EL0 (Arm ARM C4.1.65): hints, barriers,
 * CLREX, MRS/MSR of NZCV, FPCR, FPSR, TPIDR_EL0 (read back what was
 * written, unimplemented bits stay 0), TPIDRRO_EL0, CNTFRQ_EL0, CNTVCT_EL0
 * (monotonic, advancing), CTR_EL0, DCZID_EL0 with DC ZVA zeroing exactly
 * the block it reports, DC CVAU/CVAC/CIVAC and IC IVAU on code that is
 * rewritten and executed again, and the ID registers Linux emulates under
 * HWCAP_CPUID.  Registers whose value is the CPU's choice (MIDR, cache
 * geometry) are checked for the properties Linux guarantees, so the test
 * holds under qemu-aarch64 and runforeign alike.
 */
#include "insn.h"

	.arch	armv8-a+crc

/* check_field REG, LSB, WIDTH, VALUE: bits [LSB+WIDTH-1:LSB] of REG. */
	.macro check_field reg, lsb, width, val, line
	ubfx	x0, \reg, #\lsb, #\width
	check_x	x0, \val, \line
	.endm
#define CHECK_FIELD(reg, lsb, width, val) check_field reg, lsb, width, val, __LINE__

	TEST_BEGIN

/* Hints: the whole hint space executes as NOP (registers and flags kept). */
	mov	x0, #0x55
	msr	nzcv, x0
	ldr	x3, =0x60000000
	msr	nzcv, x3
	nop
	yield
	sev
	sevl
	wfe
	hint	#0x7f
	hint	#34		/* BTI C */
	hint	#25		/* PACIASP: NOP without FEAT_PAuth */
	hint	#29		/* AUTIASP */
	hint	#7		/* XPACLRI */
	csdb
	esb
	CHECK_NZCV(0x60000000)
	CHECK_X(x0, 0x55)

/* Barriers. */
	dmb	ish
	dmb	ishld
	dmb	ishst
	dmb	sy
	dsb	sy
	dsb	ish
	dsb	nsh
	isb
	clrex
	CHECK_X(x0, 0x55)

/* CLREX opens the monitor: a store-exclusive after it fails. */
	adr	x1, scratch
	ldxr	x2, [x1]
	clrex
	mov	x3, #77
	stxr	w4, x3, [x1]
	CHECK_X(x4, 1)
	ldr	x2, [x1]
	CHECK_X(x2, 0)

/* NZCV: only bits 31:28 exist. */
	ldr	x1, =0xffffffffffffffff
	msr	nzcv, x1
	mrs	x2, nzcv
	CHECK_X(x2, 0xf0000000)
	msr	nzcv, xzr
	mrs	x2, nzcv
	CHECK_X(x2, 0)
	ldr	x1, =0x90000000
	msr	nzcv, x1
	CHECK_NZCV(0x90000000)

/* FPCR: RMode, FZ, DN, AHP read back; FPSR: the cumulative flags and QC. */
	mrs	x10, fpcr
	ldr	x1, =0x07c00000
	msr	fpcr, x1
	mrs	x2, fpcr
	CHECK_X(x2, 0x07c00000)
	msr	fpcr, xzr
	mrs	x2, fpcr
	CHECK_X(x2, 0)
	msr	fpcr, x10
	ldr	x1, =0x0800009f
	msr	fpsr, x1
	mrs	x2, fpsr
	CHECK_X(x2, 0x0800009f)
	msr	fpsr, xzr
	mrs	x2, fpsr
	CHECK_X(x2, 0)

/* TPIDR_EL0 is read-write; TPIDRRO_EL0 reads 0 for a Linux process. */
	mrs	x10, tpidr_el0
	ldr	x1, =0x0123456789abcdef
	msr	tpidr_el0, x1
	mrs	x2, tpidr_el0
	CHECK_X(x2, 0x0123456789abcdef)
	msr	tpidr_el0, x10
	mrs	x2, tpidr_el0
	sub	x2, x2, x10
	CHECK_X(x2, 0)
	mrs	x2, tpidrro_el0
	CHECK_X(x2, 0)

/* MRS into XZR is discarded. */
	mrs	xzr, tpidr_el0
	CHECK_X(xzr, 0)

/* CNTFRQ_EL0 is non-zero; CNTVCT_EL0 never goes back and advances. */
	mrs	x1, cntfrq_el0
	cmp	x1, #0
	cset	x0, ne
	CHECK_X(x0, 1)
	mrs	x1, cntvct_el0
	mov	x3, #0
1:	mrs	x2, cntvct_el0
	cmp	x2, x1
	b.lo	cntvct_back
	add	x3, x3, #1
	b.eq	1b
	cmp	x3, #0
	cset	x0, ne
	CHECK_X(x0, 1)
	b	cntvct_ok
cntvct_back:
	CHECK_X(x2, 0xbad)
cntvct_ok:

/* CTR_EL0: bit 31 RES1, bit 30 RES0; DminLine/IminLine are 16-2048 bytes
 * (the fields are log2 of words: 2..9). */
	mrs	x1, ctr_el0
	CHECK_FIELD(x1, 31, 1, 1)
	CHECK_FIELD(x1, 30, 1, 0)
	ubfx	x2, x1, #16, #4
	sub	x2, x2, #2
	cmp	x2, #7
	cset	x0, ls
	CHECK_X(x0, 1)
	ubfx	x2, x1, #0, #4
	sub	x2, x2, #2
	cmp	x2, #7
	cset	x0, ls
	CHECK_X(x0, 1)

/* DCZID_EL0: DC ZVA permitted; it zeroes exactly the aligned block of
 * 4 << BS bytes around the address, nothing before or after. */
	mrs	x1, dczid_el0
	CHECK_FIELD(x1, 4, 1, 0)
	and	x1, x1, #15
	mov	x2, #4
	lsl	x11, x2, x1		/* x11 = block size */
	adr	x12, zva_area
	add	x12, x12, x11
	sub	x13, x11, #1
	bic	x12, x12, x13		/* x12 = an aligned block inside zva_area */
	sub	x4, x12, #16
	add	x5, x12, x11
	add	x5, x5, #16
	mov	x6, #-1
2:	str	x6, [x4], #8		/* fill block +/- 16 bytes with ones */
	cmp	x4, x5
	b.lo	2b
	add	x7, x12, x11, lsr #1
	add	x7, x7, #3		/* an unaligned address in the block */
	dc	zva, x7
	ldp	x2, x3, [x12, #-16]
	and	x2, x2, x3
	CHECK_X(x2, 0xffffffffffffffff)
	add	x4, x12, x11
	ldp	x2, x3, [x4]
	and	x2, x2, x3
	CHECK_X(x2, 0xffffffffffffffff)
	mov	x4, x12
	mov	x3, #0
4:	ldr	x2, [x4], #8
	orr	x3, x3, x2
	add	x6, x12, x11
	cmp	x4, x6
	b.lo	4b
	CHECK_X(x3, 0)

/* Cache maintenance by VA is accepted on data and code addresses. */
	adr	x1, scratch
	dc	cvau, x1
	dc	cvac, x1
	dc	civac, x1
	adr	x1, insn_ret
	ic	ivau, x1

/* Self-modifying code: write a function into an RWX mapping, run it,
 * rewrite its first instruction with the architected cache maintenance
 * (DC CVAU, DSB, IC IVAU, DSB, ISB) and run it again. */
	mov	x0, #0
	mov	x1, #4096
	mov	x2, #7			/* PROT_READ | PROT_WRITE | PROT_EXEC */
	mov	x3, #0x22		/* MAP_PRIVATE | MAP_ANONYMOUS */
	mov	x4, #-1
	mov	x5, #0
	mov	x8, #222		/* mmap */
	svc	#0
	mov	x21, x0
	ldr	w2, insn_mov1
	str	w2, [x21]
	ldr	w2, insn_ret
	str	w2, [x21, #4]
	dc	cvau, x21
	dsb	ish
	ic	ivau, x21
	dsb	ish
	isb
	blr	x21
	CHECK_X(x0, 1)
	ldr	w2, insn_mov2
	str	w2, [x21]
	dc	cvau, x21
	dsb	ish
	ic	ivau, x21
	dsb	ish
	isb
	blr	x21
	CHECK_X(x0, 2)

/* The ID registers Linux emulates for EL0 (HWCAP_CPUID). */
	mrs	x1, midr_el1
	CHECK_FIELD(x1, 16, 4, 0xf)	/* Architecture: see ID registers */
	mrs	x1, mpidr_el1
	CHECK_X(x1, 0x80000000)
	mrs	x1, revidr_el1
	CHECK_X(x1, 0)
	mrs	x1, id_aa64pfr0_el1
	CHECK_FIELD(x1, 0, 4, 1)	/* EL0: AArch64 only */
	CHECK_FIELD(x1, 4, 4, 1)	/* EL1 */
	CHECK_FIELD(x1, 8, 8, 0)	/* EL2, EL3 hidden */
	CHECK_FIELD(x1, 24, 8, 0)	/* GIC, RAS hidden */
	ubfx	x2, x1, #16, #4		/* FP implemented */
	cmp	x2, #0xf
	cset	x0, ne
	CHECK_X(x0, 1)
	ubfx	x2, x1, #20, #4		/* AdvSIMD implemented */
	cmp	x2, #0xf
	cset	x0, ne
	CHECK_X(x0, 1)
	mrs	x1, id_aa64isar0_el1
	CHECK_FIELD(x1, 16, 4, 1)	/* CRC32 */
	CHECK_FIELD(x1, 20, 4, 2)	/* Atomic: LSE */
	mrs	x1, id_aa64mmfr0_el1
	CHECK_X(x1, 0xff000000)
	mrs	x1, id_aa64dfr0_el1
	CHECK_X(x1, 6)
	mrs	x1, id_aa64afr0_el1
	CHECK_X(x1, 0)
	mrs	x1, id_aa64afr1_el1
	CHECK_X(x1, 0)
	mrs	x1, id_aa64mmfr1_el1
	CHECK_FIELD(x1, 0, 32, 0)
	mrs	x1, s3_0_c0_c7_7	/* unassigned, reads as zero */
	CHECK_X(x1, 0)
	mrs	x1, s3_0_c0_c4_7
	CHECK_X(x1, 0)

/* The CRC32 instructions the ID register advertises execute. */
	mov	w1, #0
	mov	w2, #1
	crc32b	w0, w1, w2
	CHECK_X(x0, 0x77073096)

	TEST_END

	.text
insn_mov1:
	mov	x0, #1
insn_mov2:
	mov	x0, #2
insn_ret:
	ret

	.data
	.balign	16
scratch:
	.quad	0, 0
	.balign	4096
zva_area:
	.space	8192
