/*
 * simd_across.S -- AdvSIMD across lanes, integer (Arm ARM C4.1.96): ADDV,
 * SADDLV, UADDLV, SMAXV, SMINV, UMAXV, UMINV on every arrangement; the
 * scalar result zeroes the rest of the register.
 */
#include "insn.h"
/* SETV n, lo, hi: Vn = hi:lo (x9 scratch). */
	.macro SETV n, lo, hi
	ldr	x9, =\lo
	fmov	d\n, x9
	ldr	x9, =\hi
	mov	v\n\().d[1], x9
	.endm
	TEST_BEGIN
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addv b0, v1.8b
	CHECK_V(0, 0x0000000000000080, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addv b0, v1.16b
	CHECK_V(0, 0x00000000000000f8, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addv h0, v1.4h
	CHECK_V(0, 0x0000000000008000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addv h0, v1.8h
	CHECK_V(0, 0x000000000000fffc, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addv s0, v1.4s
	CHECK_V(0, 0x00000000fffffffe, 0x0000000000000000)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addv b0, v1.8b
	CHECK_V(0, 0x00000000000000f8, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addv b0, v1.16b
	CHECK_V(0, 0x00000000000000f9, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addv h0, v1.4h
	CHECK_V(0, 0x000000000000fffc, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addv h0, v1.8h
	CHECK_V(0, 0x000000000000fffd, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addv s0, v1.4s
	CHECK_V(0, 0x00000000ffffffff, 0x0000000000000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addv b0, v1.8b
	CHECK_V(0, 0x00000000000000fc, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addv b0, v1.16b
	CHECK_V(0, 0x00000000000000f9, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addv h0, v1.4h
	CHECK_V(0, 0x000000000000fffe, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addv h0, v1.8h
	CHECK_V(0, 0x000000000000fffd, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addv s0, v1.4s
	CHECK_V(0, 0x0000000080027ffd, 0x0000000000000000)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addv b0, v1.8b
	CHECK_V(0, 0x00000000000000fc, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addv b0, v1.16b
	CHECK_V(0, 0x00000000000000bc, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addv h0, v1.4h
	CHECK_V(0, 0x000000000000fffe, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addv h0, v1.8h
	CHECK_V(0, 0x0000000000009e22, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addv s0, v1.4s
	CHECK_V(0, 0x000000008acf1355, 0x0000000000000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addv b0, v1.8b
	CHECK_V(0, 0x00000000000000fc, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addv b0, v1.16b
	CHECK_V(0, 0x00000000000000f8, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addv h0, v1.4h
	CHECK_V(0, 0x000000000000fffe, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addv h0, v1.8h
	CHECK_V(0, 0x000000000000fffc, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addv s0, v1.4s
	CHECK_V(0, 0x000000007ffe7fff, 0x0000000000000000)
	SETV 1, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addv b0, v1.8b
	CHECK_V(0, 0x0000000000000038, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addv b0, v1.16b
	CHECK_V(0, 0x0000000000000054, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addv h0, v1.4h
	CHECK_V(0, 0x00000000000061d8, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addv h0, v1.8h
	CHECK_V(0, 0x0000000000005304, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addv s0, v1.4s
	CHECK_V(0, 0x00000000cfa9835c, 0x0000000000000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smaxv b0, v1.8b
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smaxv b0, v1.16b
	CHECK_V(0, 0x000000000000007f, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smaxv h0, v1.4h
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smaxv h0, v1.8h
	CHECK_V(0, 0x0000000000007fff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smaxv s0, v1.4s
	CHECK_V(0, 0x000000007fffffff, 0x0000000000000000)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smaxv b0, v1.8b
	CHECK_V(0, 0x00000000000000ff, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smaxv b0, v1.16b
	CHECK_V(0, 0x0000000000000001, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smaxv h0, v1.4h
	CHECK_V(0, 0x000000000000ffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smaxv h0, v1.8h
	CHECK_V(0, 0x0000000000000001, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smaxv s0, v1.4s
	CHECK_V(0, 0x0000000000000001, 0x0000000000000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smaxv b0, v1.8b
	CHECK_V(0, 0x000000000000007f, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smaxv b0, v1.16b
	CHECK_V(0, 0x000000000000007f, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smaxv h0, v1.4h
	CHECK_V(0, 0x0000000000007f80, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smaxv h0, v1.8h
	CHECK_V(0, 0x0000000000007fff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smaxv s0, v1.4s
	CHECK_V(0, 0x000000007f80fe00, 0x0000000000000000)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smaxv b0, v1.8b
	CHECK_V(0, 0x000000000000007f, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smaxv b0, v1.16b
	CHECK_V(0, 0x000000000000007f, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smaxv h0, v1.4h
	CHECK_V(0, 0x0000000000007fff, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smaxv h0, v1.8h
	CHECK_V(0, 0x0000000000007fff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smaxv s0, v1.4s
	CHECK_V(0, 0x000000007fffffff, 0x0000000000000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smaxv b0, v1.8b
	CHECK_V(0, 0x000000000000007f, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smaxv b0, v1.16b
	CHECK_V(0, 0x000000000000007f, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smaxv h0, v1.4h
	CHECK_V(0, 0x0000000000007f7f, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smaxv h0, v1.8h
	CHECK_V(0, 0x0000000000007fff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smaxv s0, v1.4s
	CHECK_V(0, 0x000000007fff8000, 0x0000000000000000)
	SETV 1, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smaxv b0, v1.8b
	CHECK_V(0, 0x0000000000000076, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smaxv b0, v1.16b
	CHECK_V(0, 0x0000000000000078, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smaxv h0, v1.4h
	CHECK_V(0, 0x0000000000007654, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smaxv h0, v1.8h
	CHECK_V(0, 0x0000000000007654, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smaxv s0, v1.4s
	CHECK_V(0, 0x0000000076543210, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sminv b0, v1.8b
	CHECK_V(0, 0x0000000000000080, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sminv b0, v1.16b
	CHECK_V(0, 0x0000000000000080, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sminv h0, v1.4h
	CHECK_V(0, 0x0000000000008000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sminv h0, v1.8h
	CHECK_V(0, 0x0000000000008000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sminv s0, v1.4s
	CHECK_V(0, 0x0000000080000000, 0x0000000000000000)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sminv b0, v1.8b
	CHECK_V(0, 0x00000000000000ff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sminv b0, v1.16b
	CHECK_V(0, 0x00000000000000ff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sminv h0, v1.4h
	CHECK_V(0, 0x000000000000ffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sminv h0, v1.8h
	CHECK_V(0, 0x000000000000ffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sminv s0, v1.4s
	CHECK_V(0, 0x00000000ffffffff, 0x0000000000000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sminv b0, v1.8b
	CHECK_V(0, 0x0000000000000080, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sminv b0, v1.16b
	CHECK_V(0, 0x0000000000000080, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sminv h0, v1.4h
	CHECK_V(0, 0x000000000000807f, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sminv h0, v1.8h
	CHECK_V(0, 0x0000000000008000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sminv s0, v1.4s
	CHECK_V(0, 0x0000000080007fff, 0x0000000000000000)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sminv b0, v1.8b
	CHECK_V(0, 0x0000000000000080, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sminv b0, v1.16b
	CHECK_V(0, 0x0000000000000080, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sminv h0, v1.4h
	CHECK_V(0, 0x0000000000008000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sminv h0, v1.8h
	CHECK_V(0, 0x0000000000008000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sminv s0, v1.4s
	CHECK_V(0, 0x0000000080000000, 0x0000000000000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sminv b0, v1.8b
	CHECK_V(0, 0x0000000000000080, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sminv b0, v1.16b
	CHECK_V(0, 0x0000000000000080, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sminv h0, v1.4h
	CHECK_V(0, 0x0000000000008080, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sminv h0, v1.8h
	CHECK_V(0, 0x0000000000008000, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sminv s0, v1.4s
	CHECK_V(0, 0x0000000080808080, 0x0000000000000000)
	SETV 1, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sminv b0, v1.8b
	CHECK_V(0, 0x0000000000000098, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sminv b0, v1.16b
	CHECK_V(0, 0x0000000000000098, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sminv h0, v1.4h
	CHECK_V(0, 0x000000000000ba98, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sminv h0, v1.8h
	CHECK_V(0, 0x000000000000ba98, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sminv s0, v1.4s
	CHECK_V(0, 0x00000000fedcba98, 0x0000000000000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umaxv b0, v1.8b
	CHECK_V(0, 0x0000000000000080, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umaxv b0, v1.16b
	CHECK_V(0, 0x00000000000000ff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umaxv h0, v1.4h
	CHECK_V(0, 0x0000000000008000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umaxv h0, v1.8h
	CHECK_V(0, 0x000000000000ffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umaxv s0, v1.4s
	CHECK_V(0, 0x00000000ffffffff, 0x0000000000000000)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umaxv b0, v1.8b
	CHECK_V(0, 0x00000000000000ff, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umaxv b0, v1.16b
	CHECK_V(0, 0x00000000000000ff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umaxv h0, v1.4h
	CHECK_V(0, 0x000000000000ffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umaxv h0, v1.8h
	CHECK_V(0, 0x000000000000ffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umaxv s0, v1.4s
	CHECK_V(0, 0x00000000ffffffff, 0x0000000000000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umaxv b0, v1.8b
	CHECK_V(0, 0x00000000000000ff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umaxv b0, v1.16b
	CHECK_V(0, 0x00000000000000ff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umaxv h0, v1.4h
	CHECK_V(0, 0x000000000000fe00, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umaxv h0, v1.8h
	CHECK_V(0, 0x000000000000ffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umaxv s0, v1.4s
	CHECK_V(0, 0x00000000807f01ff, 0x0000000000000000)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umaxv b0, v1.8b
	CHECK_V(0, 0x00000000000000ff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umaxv b0, v1.16b
	CHECK_V(0, 0x00000000000000ff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umaxv h0, v1.4h
	CHECK_V(0, 0x000000000000ffff, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umaxv h0, v1.8h
	CHECK_V(0, 0x000000000000ffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umaxv s0, v1.4s
	CHECK_V(0, 0x0000000089abcdef, 0x0000000000000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umaxv b0, v1.8b
	CHECK_V(0, 0x0000000000000080, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umaxv b0, v1.16b
	CHECK_V(0, 0x00000000000000ff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umaxv h0, v1.4h
	CHECK_V(0, 0x0000000000008080, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umaxv h0, v1.8h
	CHECK_V(0, 0x000000000000ffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umaxv s0, v1.4s
	CHECK_V(0, 0x00000000ffff0000, 0x0000000000000000)
	SETV 1, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umaxv b0, v1.8b
	CHECK_V(0, 0x00000000000000fe, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umaxv b0, v1.16b
	CHECK_V(0, 0x00000000000000fe, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umaxv h0, v1.4h
	CHECK_V(0, 0x000000000000fedc, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umaxv h0, v1.8h
	CHECK_V(0, 0x000000000000fedc, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umaxv s0, v1.4s
	CHECK_V(0, 0x00000000fedcba98, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uminv b0, v1.8b
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uminv b0, v1.16b
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uminv h0, v1.4h
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uminv h0, v1.8h
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uminv s0, v1.4s
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uminv b0, v1.8b
	CHECK_V(0, 0x00000000000000ff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uminv b0, v1.16b
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uminv h0, v1.4h
	CHECK_V(0, 0x000000000000ffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uminv h0, v1.8h
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uminv s0, v1.4s
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uminv b0, v1.8b
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uminv b0, v1.16b
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uminv h0, v1.4h
	CHECK_V(0, 0x00000000000001ff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uminv h0, v1.8h
	CHECK_V(0, 0x0000000000000001, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uminv s0, v1.4s
	CHECK_V(0, 0x000000000001ffff, 0x0000000000000000)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uminv b0, v1.8b
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uminv b0, v1.16b
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uminv h0, v1.4h
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uminv h0, v1.8h
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uminv s0, v1.4s
	CHECK_V(0, 0x0000000001234567, 0x0000000000000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uminv b0, v1.8b
	CHECK_V(0, 0x000000000000007f, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uminv b0, v1.16b
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uminv h0, v1.4h
	CHECK_V(0, 0x0000000000007f7f, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uminv h0, v1.8h
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uminv s0, v1.4s
	CHECK_V(0, 0x000000007f7f7f7f, 0x0000000000000000)
	SETV 1, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uminv b0, v1.8b
	CHECK_V(0, 0x0000000000000010, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uminv b0, v1.16b
	CHECK_V(0, 0x000000000000000f, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uminv h0, v1.4h
	CHECK_V(0, 0x0000000000003210, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uminv h0, v1.8h
	CHECK_V(0, 0x0000000000000f1e, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uminv s0, v1.4s
	CHECK_V(0, 0x000000000f1e2d3c, 0x0000000000000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlv h0, v1.8b
	CHECK_V(0, 0x000000000000ff80, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlv h0, v1.16b
	CHECK_V(0, 0x000000000000fff8, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlv s0, v1.4h
	CHECK_V(0, 0x00000000ffff8000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlv s0, v1.8h
	CHECK_V(0, 0x00000000fffffffc, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlv d0, v1.4s
	CHECK_V(0, 0xfffffffffffffffe, 0x0000000000000000)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlv h0, v1.8b
	CHECK_V(0, 0x000000000000fff8, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlv h0, v1.16b
	CHECK_V(0, 0x000000000000fff9, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlv s0, v1.4h
	CHECK_V(0, 0x00000000fffffffc, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlv s0, v1.8h
	CHECK_V(0, 0x00000000fffffffd, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlv d0, v1.4s
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlv h0, v1.8b
	CHECK_V(0, 0x000000000000fffc, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlv h0, v1.16b
	CHECK_V(0, 0x000000000000fff9, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlv s0, v1.4h
	CHECK_V(0, 0x00000000fffffffe, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlv s0, v1.8h
	CHECK_V(0, 0x00000000fffffffd, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlv d0, v1.4s
	CHECK_V(0, 0xffffffff80027ffd, 0x0000000000000000)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlv h0, v1.8b
	CHECK_V(0, 0x000000000000fffc, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlv h0, v1.16b
	CHECK_V(0, 0x000000000000ffbc, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlv s0, v1.4h
	CHECK_V(0, 0x00000000fffffffe, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlv s0, v1.8h
	CHECK_V(0, 0x00000000ffff9e22, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlv d0, v1.4s
	CHECK_V(0, 0xffffffff8acf1355, 0x0000000000000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlv h0, v1.8b
	CHECK_V(0, 0x000000000000fffc, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlv h0, v1.16b
	CHECK_V(0, 0x000000000000fff8, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlv s0, v1.4h
	CHECK_V(0, 0x00000000fffffffe, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlv s0, v1.8h
	CHECK_V(0, 0x00000000fffffffc, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlv d0, v1.4s
	CHECK_V(0, 0x000000007ffe7fff, 0x0000000000000000)
	SETV 1, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlv h0, v1.8b
	CHECK_V(0, 0x0000000000000038, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlv h0, v1.16b
	CHECK_V(0, 0x0000000000000254, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlv s0, v1.4h
	CHECK_V(0, 0x00000000000061d8, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlv s0, v1.8h
	CHECK_V(0, 0x0000000000015304, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlv d0, v1.4s
	CHECK_V(0, 0x00000000cfa9835c, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlv h0, v1.8b
	CHECK_V(0, 0x0000000000000080, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlv h0, v1.16b
	CHECK_V(0, 0x00000000000007f8, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlv s0, v1.4h
	CHECK_V(0, 0x0000000000008000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlv s0, v1.8h
	CHECK_V(0, 0x000000000003fffc, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlv d0, v1.4s
	CHECK_V(0, 0x00000001fffffffe, 0x0000000000000000)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlv h0, v1.8b
	CHECK_V(0, 0x00000000000007f8, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlv h0, v1.16b
	CHECK_V(0, 0x00000000000007f9, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlv s0, v1.4h
	CHECK_V(0, 0x000000000003fffc, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlv s0, v1.8h
	CHECK_V(0, 0x000000000003fffd, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlv d0, v1.4s
	CHECK_V(0, 0x00000001ffffffff, 0x0000000000000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlv h0, v1.8b
	CHECK_V(0, 0x00000000000003fc, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlv h0, v1.16b
	CHECK_V(0, 0x00000000000007f9, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlv s0, v1.4h
	CHECK_V(0, 0x000000000001fffe, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlv s0, v1.8h
	CHECK_V(0, 0x000000000003fffd, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlv d0, v1.4s
	CHECK_V(0, 0x0000000180027ffd, 0x0000000000000000)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlv h0, v1.8b
	CHECK_V(0, 0x00000000000003fc, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlv h0, v1.16b
	CHECK_V(0, 0x00000000000007bc, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlv s0, v1.4h
	CHECK_V(0, 0x000000000001fffe, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlv s0, v1.8h
	CHECK_V(0, 0x0000000000039e22, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlv d0, v1.4s
	CHECK_V(0, 0x000000018acf1355, 0x0000000000000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlv h0, v1.8b
	CHECK_V(0, 0x00000000000003fc, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlv h0, v1.16b
	CHECK_V(0, 0x00000000000007f8, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlv s0, v1.4h
	CHECK_V(0, 0x000000000001fffe, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlv s0, v1.8h
	CHECK_V(0, 0x000000000003fffc, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlv d0, v1.4s
	CHECK_V(0, 0x000000027ffe7fff, 0x0000000000000000)
	SETV 1, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlv h0, v1.8b
	CHECK_V(0, 0x0000000000000438, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlv h0, v1.16b
	CHECK_V(0, 0x0000000000000654, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlv s0, v1.4h
	CHECK_V(0, 0x00000000000261d8, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlv s0, v1.8h
	CHECK_V(0, 0x0000000000035304, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlv d0, v1.4s
	CHECK_V(0, 0x00000001cfa9835c, 0x0000000000000000)
	TEST_END
