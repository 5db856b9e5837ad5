/*
 * segv_siginfo.S -- a SA_SIGINFO handler for SIGSEGV sees si_signo,
 * si_code SEGV_MAPERR, si_addr, the faulting pc in uc_mcontext.pc, the
 * fault address in uc_mcontext.fault_address and the fpsimd record; it
 * skips the load by advancing pc and returns through the kernel-provided
 * trampoline (no SA_RESTORER); every register is as it was.
 * expect: exited 0
 */
#include "insn.h"

TEST_BEGIN
	adr	x1, act
	mov	x0, #11		/* SIGSEGV */
	mov	x2, #0
	mov	x3, #8
	mov	x8, #134	/* rt_sigaction */
	svc	#0
	CHECK_X(x0, 0)
	mov	x5, #0x10
	mov	x19, #0x1234
	movi	v7.16b, #0x5a
	mov	x13, sp
fault:
	ldr	x6, [x5]
	adr	x9, res
	ldp	x20, x21, [x9]
	ldp	x22, x23, [x9, #16]
	ldp	x24, x25, [x9, #32]
	ldp	x10, x11, [x9, #48]
	CHECK_X(x20, 11)
	CHECK_X(x21, 1)
	CHECK_X(x22, 0x10)
	CHECK_X(x23, fault)
	CHECK_X(x24, 0x10)
	CHECK_X(x25, 0x46508001)
	CHECK_X(x19, 0x1234)
	CHECK_X(x5, 0x10)
	CHECK_V(7, 0x5a5a5a5a5a5a5a5a, 0x5a5a5a5a5a5a5a5a)
	/* The frame: 16-byte aligned, a frame record {x29, x30} just above
	 * the rt_sigframe, which is 4688 bytes. */
	and	x9, x10, #15
	CHECK_X(x9, 0)
	sub	x9, x13, x10
	CHECK_X(x9, 4704)
	/* x30 pointed at "mov x8, #139; svc #0". */
	CHECK_X(x11, 0xd4000001d2801168)
TEST_END

handler:
	adr	x9, res
	str	x0, [x9]
	ldr	w10, [x1, #8]		/* si_code */
	str	x10, [x9, #8]
	ldr	x10, [x1, #16]		/* si_addr */
	str	x10, [x9, #16]
	ldr	x10, [x2, #(176 + 264)]	/* uc_mcontext.pc */
	str	x10, [x9, #24]
	add	x10, x10, #4
	str	x10, [x2, #(176 + 264)]
	ldr	x10, [x2, #176]		/* uc_mcontext.fault_address */
	str	x10, [x9, #32]
	ldr	w10, [x2, #(176 + 288)]	/* __reserved[0]: fpsimd magic */
	str	x10, [x9, #40]
	mov	x10, sp
	str	x10, [x9, #48]
	ldr	x10, [x30]
	str	x10, [x9, #56]
	/* clobber what the frame must restore */
	mov	x19, #0
	mov	x5, #0
	movi	v7.16b, #0
	ret

	.data
	.balign	16
act:	.quad	handler, 4, 0, 0	/* SA_SIGINFO */
res:	.fill	8, 8, 0
