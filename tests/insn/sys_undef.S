/*
 * sys_undef.S -- encodings of the integer, branch and system groups that
 * are undefined for a Linux process raise SIGILL (si_addr the
 * instruction) and change nothing: system registers EL0 may
 * not access (the kernel emulates only the ID space CRm 0 and 2-7), writes
 * to read-only registers, PSTATE fields EL0 may not write, EL1 system
 * instructions, HVC/SMC/HLT/DCPS, and the reserved encodings inside
 * implemented rows (logical immediates with an all-ones element,
 * shift type 11, extend shift > 4, unallocated widths).  A SIGILL handler
 * (SA_SIGINFO | SA_NODEFER) records signal, code and address and resumes
 * at the address in x22.
 */
#include "insn.h"

#define SIGILL 4

/* UNDEF(insn...): insn must raise SIGILL at its own address and leave x0
 * (preset to 0x77) alone.  si_code is not checked: the kernel sends
 * ILL_ILLOPC (arch/arm64/kernel/traps.c, do_el0_undef), qemu-aarch64
 * ILL_ILLOPN. */
	.macro undef line, insn:vararg
	adr	x22, 1f
	mov	x24, #0
	mov	x25, #0
	mov	x23, #0
	mov	x0, #0x77
2:	\insn
	b	1f
1:	check_x	x24, SIGILL, \line
	adr	x9, 2b
	sub	x23, x23, x9
	check_x	x23, 0, \line
	check_x	x0, 0x77, \line
	.endm
#define UNDEF(...) undef __LINE__, __VA_ARGS__

	.bss
	.balign	16
act:	.skip	32

TEST_BEGIN
	mov	x21, sp
	/* rt_sigaction(SIGILL, &act, NULL, 8) */
	adrp	x1, act
	add	x1, x1, :lo12:act
	adr	x3, on_sigill
	str	x3, [x1]		/* sa_handler */
	ldr	x3, =0x40000004		/* SA_NODEFER | SA_SIGINFO */
	str	x3, [x1, #8]
	mov	x0, #SIGILL
	mov	x2, #0
	mov	x3, #8
	mov	x8, #134
	svc	#0
	CHECK_X(x0, 0)

/* System registers outside what EL0 may use. */
	UNDEF(mrs x0, s3_0_c0_c1_0)	/* ID_PFR0_EL1: CRm = 1 is not emulated */
	UNDEF(mrs x0, daif)		/* SCTLR_EL1.UMA = 0 */
	UNDEF(mrs x0, sctlr_el1)
	UNDEF(mrs x0, currentel)
	UNDEF(mrs x0, tpidr_el1)
	UNDEF(mrs x0, cntp_ctl_el0)	/* EL0 timer access is off */
	UNDEF(msr tpidrro_el0, x0)	/* read-only at EL0 */
	UNDEF(msr s3_0_c0_c0_0, x0)	/* MIDR_EL1 is read-only */
	UNDEF(msr sctlr_el1, x0)
	UNDEF(msr daifset, #2)
	UNDEF(msr spsel, #1)
	UNDEF(msr cntfrq_el0, x0)

/* EL1 system instructions and exception generation above EL0. */
	UNDEF(dc ivac, x21)
	UNDEF(dc isw, x0)
	UNDEF(ic iallu)
	UNDEF(tlbi vmalle1)
	UNDEF(at s1e1r, x0)
	UNDEF(sysl x0, #0, c0, c0, #0)
	UNDEF(hvc #0)
	UNDEF(smc #0)
	UNDEF(hlt #0)
	UNDEF(dcps1)
	UNDEF(eret)

/* Reserved encodings within implemented instructions. */
	UNDEF(.inst 0x9200fc00)		/* AND (immediate): imms = 111111, N = 0 */
	UNDEF(.inst 0x9240fc00)		/* AND (immediate): N = 1, imms = 111111 */
	UNDEF(.inst 0x1240fc00)		/* AND (immediate): 32-bit with N = 1 */
	UNDEF(.inst 0x8bc00000)		/* ADD (shifted register): shift = 11 */
	UNDEF(.inst 0x8b201400)		/* ADD (extended register): imm3 = 5 */
	UNDEF(.inst 0x8b601000)		/* ADD (extended register): opt = 01 */
	UNDEF(.inst 0x93000000)		/* SBFM: 64-bit with N = 0 */
	UNDEF(.inst 0x13400000)		/* SBFM: 32-bit with N = 1 */
	UNDEF(.inst 0x13208000)		/* SBFM: 32-bit with immr<5> = 1 */
	UNDEF(.inst 0x32800000)		/* MOVN/MOVZ/MOVK: 32-bit, opc = 01 */
	UNDEF(.inst 0x52c00000)		/* MOVZ: 32-bit with hw = 10 */
	UNDEF(.inst 0x13808000)		/* EXTR: 32-bit with imms<5> = 1 */
	UNDEF(.inst 0x5ac00c00)		/* REV: 32-bit with opc = 11 */
	UNDEF(.inst 0x9ac04800)		/* CRC32W with sf = 1 */
	UNDEF(.inst 0x1ac04c00)		/* CRC32X with sf = 0 */
	UNDEF(.inst 0x9b600000)		/* 3 source: op31 = 011 */
	UNDEF(.inst 0x1b200000)		/* SMADDL with sf = 0 */
	UNDEF(.inst 0x3a400810)		/* CCMN (immediate): o3 = 1 */

	TEST_END

on_sigill:
	/* x0 = signal, x1 = siginfo: si_code at 8, si_addr at 16; x2 =
	 * ucontext: the interrupted x0 at 184 (uc_mcontext.regs[0]) */
	mov	x24, x0
	ldr	w25, [x1, #8]
	ldr	x23, [x1, #16]
	ldr	x0, [x2, #184]
	mov	sp, x21
	br	x22
