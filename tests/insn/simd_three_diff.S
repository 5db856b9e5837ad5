/*
 * simd_three_diff.S -- AdvSIMD three different, vector and scalar (Arm ARM
 * C4.1.96): long, wide and narrowing-high forms with their 2 variants,
 * accumulation, PMULL (8-bit), and the saturating doubling multiplies with
 * QC.
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
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	saddl v0.8h, v1.8b, v2.8b
	CHECK_V(0, 0xffffffffffffffff, 0xff7fffffffffffff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	saddl2 v0.8h, v1.16b, v2.16b
	CHECK_V(0, 0xffffffffffff0000, 0x007fffffffffffff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	saddl v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0xffffffffffffffff, 0xffff7fffffffffff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	saddl2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0xffffffff00000000, 0x00007fffffffffff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	saddl v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0xffffffffffffffff, 0xffffffff7fffffff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	saddl2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0x0000000000000000, 0x000000007fffffff)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	saddl v0.8h, v1.8b, v2.8b
	CHECK_V(0, 0x00feff7ffffdffff, 0xff00007f0001ffff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	saddl2 v0.8h, v1.16b, v2.16b
	CHECK_V(0, 0xff89ffacffccffee, 0xff81002300c40066)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	saddl v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0x0000ff7ffffffdff, 0xffff007f000001ff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	saddl2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0xffff89acffffcdee, 0xffff81230000c566)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	saddl v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0x00000000ff80fdff, 0xffffffff007f01ff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	saddl2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0xffffffff89adcdee, 0xffffffff8123c566)
	b	1f
	.ltorg
1:
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	saddl v0.8h, v1.8b, v2.8b
	CHECK_V(0, 0xfff6ffd4ffb2ff90, 0x007d005b00390017)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	saddl2 v0.8h, v1.16b, v2.16b
	CHECK_V(0, 0x004a005900690078, 0x008e001dffad003c)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	saddl v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0xfffff6d4ffffb290, 0x00007e5b00003a17)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	saddl2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0x00004b5900006978, 0x00008f1dffffad3c)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	saddl v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0xfffffffff6d4b290, 0x000000007e5c3a17)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	saddl2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0x000000004b596978, 0x000000008f1dad3c)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uaddl v0.8h, v1.8b, v2.8b
	CHECK_V(0, 0x00ff00ff00ff00ff, 0x017f00ff00ff00ff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uaddl2 v0.8h, v1.16b, v2.16b
	CHECK_V(0, 0x00ff00ff00ff0100, 0x007f00ff00ff00ff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uaddl v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0x0000ffff0000ffff, 0x00017fff0000ffff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uaddl2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0x0000ffff00010000, 0x00007fff0000ffff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uaddl v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0x00000000ffffffff, 0x000000017fffffff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uaddl2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0x0000000100000000, 0x000000007fffffff)
	b	1f
	.ltorg
1:
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uaddl v0.8h, v1.8b, v2.8b
	CHECK_V(0, 0x00fe017f01fd00ff, 0x0100007f000100ff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uaddl2 v0.8h, v1.16b, v2.16b
	CHECK_V(0, 0x008900ac01cc01ee, 0x0081002300c40166)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uaddl v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0x0000ff7f0001fdff, 0x0001007f000001ff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uaddl2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0x000089ac0001cdee, 0x000081230000c566)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uaddl v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0x00000000ff80fdff, 0x00000001007f01ff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uaddl2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0x0000000089adcdee, 0x000000008123c566)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uaddl v0.8h, v1.8b, v2.8b
	CHECK_V(0, 0x00f600d400b20090, 0x017d015b01390117)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uaddl2 v0.8h, v1.16b, v2.16b
	CHECK_V(0, 0x014a015900690078, 0x008e011d00ad003c)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uaddl v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0x0000f6d40000b290, 0x00017e5b00013a17)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uaddl2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0x00014b5900006978, 0x00008f1d0000ad3c)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uaddl v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0x00000000f6d4b290, 0x000000017e5c3a17)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uaddl2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0x000000014b596978, 0x000000008f1dad3c)
	b	1f
	.ltorg
1:
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssubl v0.8h, v1.8b, v2.8b
	CHECK_V(0, 0x0001000100010001, 0xff81000100010001)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssubl2 v0.8h, v1.16b, v2.16b
	CHECK_V(0, 0xfffffffffffffffe, 0x007fffffffffffff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssubl v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0x0000000100000001, 0xffff800100000001)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssubl2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0xfffffffffffffffe, 0x00007fffffffffff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssubl v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0x0000000000000001, 0xffffffff80000001)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssubl2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0xfffffffffffffffe, 0x000000007fffffff)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssubl v0.8h, v1.8b, v2.8b
	CHECK_V(0, 0x0000ff81ffff0001, 0x0000007f0001ffff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssubl2 v0.8h, v1.16b, v2.16b
	CHECK_V(0, 0x0077005600320010, 0xff7fffdd003aff98)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssubl v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0xffffff81fffffe01, 0x0000007f000001ff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssubl2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0x0000765600003210, 0xffff7edd00003a98)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssubl v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0xffffffffff80fe01, 0x00000000007f01ff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssubl2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0x0000000076563210, 0xffffffff7edd3a98)
	b	1f
	.ltorg
1:
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssubl v0.8h, v1.8b, v2.8b
	CHECK_V(0, 0xff0aff2cff4eff70, 0x008100a300c500e7)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssubl2 v0.8h, v1.16b, v2.16b
	CHECK_V(0, 0xffb4ffa5ff97ff88, 0x0070ffe1ff53ffc4)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssubl v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0xffff0a2cffff4e70, 0x000080a30000c4e7)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssubl2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0xffffb4a5ffff9688, 0x000070e1ffff52c4)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssubl v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0xffffffff0a2c4e70, 0x0000000080a2c4e7)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssubl2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0xffffffffb4a49688, 0x0000000070e152c4)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usubl v0.8h, v1.8b, v2.8b
	CHECK_V(0, 0xff01ff01ff01ff01, 0xff81ff01ff01ff01)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usubl2 v0.8h, v1.16b, v2.16b
	CHECK_V(0, 0x00ff00ff00ff00fe, 0x007f00ff00ff00ff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usubl v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0xffff0001ffff0001, 0xffff8001ffff0001)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usubl2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0x0000ffff0000fffe, 0x00007fff0000ffff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usubl v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0xffffffff00000001, 0xffffffff80000001)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usubl2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0x00000000fffffffe, 0x000000007fffffff)
	b	1f
	.ltorg
1:
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usubl v0.8h, v1.8b, v2.8b
	CHECK_V(0, 0x0000ff81ffffff01, 0x0000007f000100ff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usubl2 v0.8h, v1.16b, v2.16b
	CHECK_V(0, 0xff77ff5600320010, 0x007fffdd003a0098)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usubl v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0xffffff81fffffe01, 0x0000007f000001ff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usubl2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0xffff765600003210, 0x00007edd00003a98)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usubl v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0xffffffffff80fe01, 0x00000000007f01ff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usubl2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0xffffffff76563210, 0x000000007edd3a98)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usubl v0.8h, v1.8b, v2.8b
	CHECK_V(0, 0x000a002c004e0070, 0xff81ffa3ffc5ffe7)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usubl2 v0.8h, v1.16b, v2.16b
	CHECK_V(0, 0x00b400a5ff97ff88, 0x007000e10053ffc4)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usubl v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0x00000a2c00004e70, 0xffff80a3ffffc4e7)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usubl2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0x0000b4a5ffff9688, 0x000070e1000052c4)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usubl v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0x000000000a2c4e70, 0xffffffff80a2c4e7)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usubl2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0x00000000b4a49688, 0x0000000070e152c4)
	b	1f
	.ltorg
1:
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sabal v0.8h, v1.8b, v2.8b
	CHECK_V(0, 0xfeddba9976553211, 0x0f9d2d3d4b5b6979)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sabal2 v0.8h, v1.16b, v2.16b
	CHECK_V(0, 0xfeddba9976553212, 0x0f9d2d3d4b5b6979)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sabal v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0xfedcba9976543211, 0x0f1ead3b4b5a6979)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sabal2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0xfedcba9976543212, 0x0f1ead3b4b5a6979)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sabal v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0xfedcba9876543211, 0x0f1e2d3ccb5a6977)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sabal2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0xfedcba9876543212, 0x0f1e2d3ccb5a6977)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sabal v0.8h, v1.8b, v2.8b
	CHECK_V(0, 0xfedcbb1776553211, 0x0f1e2dbb4b5b6979)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sabal2 v0.8h, v1.16b, v2.16b
	CHECK_V(0, 0xff53baee76863220, 0x0f9f2d5f4b9469e0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sabal v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0xfedcbb177654340f, 0x0f1e2dbb4b5a6b77)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sabal2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0xfedd30ee76546420, 0x0f1eae5f4b5aa410)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sabal v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0xfedcba9876d3340f, 0x0f1e2d3c4bd96b77)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sabal2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0xfedcba98ecaa6420, 0x0f1e2d3ccc7d2ee0)
	b	1f
	.ltorg
1:
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sabal v0.8h, v1.8b, v2.8b
	CHECK_V(0, 0xffd2bb6c770632a0, 0x0f9f2ddf4c1f6a5f)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sabal2 v0.8h, v1.16b, v2.16b
	CHECK_V(0, 0xff28baf376bd3288, 0x0f8e2d5b4c0769b4)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sabal v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0xfeddb06c7654e3a0, 0x0f1eaddf4b5b2e5f)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sabal2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0xfedd05f376549b88, 0x0f1e9e1d4b5b16b4)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sabal v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0xfedcba996c27e3a0, 0x0f1e2d3ccbfd2e5f)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sabal2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0xfedcba98c1af9b88, 0x0f1e2d3cbc3bbc3c)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uabal v0.8h, v1.8b, v2.8b
	CHECK_V(0, 0xffdbbb977753330f, 0x0f9d2e3b4c596a77)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uabal2 v0.8h, v1.16b, v2.16b
	CHECK_V(0, 0xffdbbb977753330e, 0x0f9d2e3b4c596a77)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uabal v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0xfeddba977655320f, 0x0f1ead3b4b5b6977)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uabal2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0xfeddba977655320e, 0x0f1ead3b4b5b6977)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uabal v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0xfedcba997654320f, 0x0f1e2d3ccb5a6977)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uabal2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0xfedcba997654320e, 0x0f1e2d3ccb5a6977)
	b	1f
	.ltorg
1:
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uabal v0.8h, v1.8b, v2.8b
	CHECK_V(0, 0xfedcbb177655330f, 0x0f1e2dbb4b5b6a77)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uabal2 v0.8h, v1.16b, v2.16b
	CHECK_V(0, 0xff65bb4276863220, 0x0f9d2d5f4b946a10)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uabal v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0xfedcbb177654340f, 0x0f1e2dbb4b5a6b77)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uabal2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0xfedd444276546420, 0x0f1eac194b5aa410)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uabal v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0xfedcba9876d3340f, 0x0f1e2d3c4bd96b77)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uabal2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0xfedcba98fffe0000, 0x0f1e2d3cca37a410)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uabal v0.8h, v1.8b, v2.8b
	CHECK_V(0, 0xfee6bac476a23280, 0x0f9d2d994b956991)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uabal2 v0.8h, v1.16b, v2.16b
	CHECK_V(0, 0xff90bb3d76bd3288, 0x0f8e2e1d4bad69b4)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uabal v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0xfedcc4c476548080, 0x0f1eac994b5aa491)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uabal2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0xfedd6f3d76549b88, 0x0f1e9e1d4b5abc3c)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uabal v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0xfedcba9880808080, 0x0f1e2d3ccab7a491)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uabal2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0xfedcba992af8c898, 0x0f1e2d3cbc3bbc3c)
	b	1f
	.ltorg
1:
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sabdl v0.8h, v1.8b, v2.8b
	CHECK_V(0, 0x0001000100010001, 0x007f000100010001)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sabdl2 v0.8h, v1.16b, v2.16b
	CHECK_V(0, 0x0001000100010002, 0x007f000100010001)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sabdl v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0x0000000100000001, 0x00007fff00000001)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sabdl2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0x0000000100000002, 0x00007fff00000001)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sabdl v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0x0000000000000001, 0x000000007fffffff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sabdl2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0x0000000000000002, 0x000000007fffffff)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sabdl v0.8h, v1.8b, v2.8b
	CHECK_V(0, 0x0000007f00010001, 0x0000007f00010001)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sabdl2 v0.8h, v1.16b, v2.16b
	CHECK_V(0, 0x0077005600320010, 0x00810023003a0068)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sabdl v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0x0000007f000001ff, 0x0000007f000001ff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sabdl2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0x0000765600003210, 0x0000812300003a98)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sabdl v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0x00000000007f01ff, 0x00000000007f01ff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sabdl2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0x0000000076563210, 0x000000008122c568)
	b	1f
	.ltorg
1:
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sabdl v0.8h, v1.8b, v2.8b
	CHECK_V(0, 0x00f600d400b20090, 0x008100a300c500e7)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sabdl2 v0.8h, v1.16b, v2.16b
	CHECK_V(0, 0x004c005b00690078, 0x0070001f00ad003c)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sabdl v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0x0000f5d40000b190, 0x000080a30000c4e7)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sabdl2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0x00004b5b00006978, 0x000070e10000ad3c)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sabdl v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0x00000000f5d3b190, 0x0000000080a2c4e7)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sabdl2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0x000000004b5b6978, 0x0000000070e152c4)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uabdl v0.8h, v1.8b, v2.8b
	CHECK_V(0, 0x00ff00ff00ff00ff, 0x007f00ff00ff00ff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uabdl2 v0.8h, v1.16b, v2.16b
	CHECK_V(0, 0x00ff00ff00ff00fe, 0x007f00ff00ff00ff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uabdl v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0x0000ffff0000ffff, 0x00007fff0000ffff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uabdl2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0x0000ffff0000fffe, 0x00007fff0000ffff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uabdl v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0x00000000ffffffff, 0x000000007fffffff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uabdl2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0x00000000fffffffe, 0x000000007fffffff)
	b	1f
	.ltorg
1:
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uabdl v0.8h, v1.8b, v2.8b
	CHECK_V(0, 0x0000007f000100ff, 0x0000007f000100ff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uabdl2 v0.8h, v1.16b, v2.16b
	CHECK_V(0, 0x008900aa00320010, 0x007f0023003a0098)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uabdl v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0x0000007f000001ff, 0x0000007f000001ff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uabdl2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0x000089aa00003210, 0x00007edd00003a98)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uabdl v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0x00000000007f01ff, 0x00000000007f01ff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uabdl2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0x0000000089a9cdf0, 0x000000007edd3a98)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uabdl v0.8h, v1.8b, v2.8b
	CHECK_V(0, 0x000a002c004e0070, 0x007f005d003b0019)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uabdl2 v0.8h, v1.16b, v2.16b
	CHECK_V(0, 0x00b400a500690078, 0x007000e10053003c)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uabdl v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0x00000a2c00004e70, 0x00007f5d00003b19)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uabdl2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0x0000b4a500006978, 0x000070e1000052c4)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uabdl v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0x000000000a2c4e70, 0x000000007f5d3b19)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uabdl2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0x00000000b4a49688, 0x0000000070e152c4)
	b	1f
	.ltorg
1:
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlal v0.8h, v1.8b, v2.8b
	CHECK_V(0, 0xfedcba9876543210, 0x0f9e2d3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlal2 v0.8h, v1.16b, v2.16b
	CHECK_V(0, 0xfedcba987654320f, 0x0f1e2d3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlal v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0xfedcba9876543210, 0x0f1ead3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlal2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0xfedcba987654320f, 0x0f1e2d3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlal v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3ccb5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlal2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0xfedcba987654320f, 0x0f1e2d3c4b5a6978)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlal v0.8h, v1.8b, v2.8b
	CHECK_V(0, 0x3dddbb1876563210, 0x4f1e2d3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlal2 v0.8h, v1.16b, v2.16b
	CHECK_V(0, 0xfedcba4376873221, 0x0e9e2d3c6d956911)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlal v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0x3e9c3b1876543410, 0x4edead3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlal2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0xfedc444376546421, 0x0e8cad3c6e0da411)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlal v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0x3e9d3997f6d33410, 0x4edeac3ccb5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlal2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0xfedbcdf088866421, 0x0e8c8b1a6ceaa411)
	b	1f
	.ltorg
1:
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlal v0.8h, v1.8b, v2.8b
	CHECK_V(0, 0xc3dc90985d542a10, 0x0e201b6028a035e0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlal2 v0.8h, v1.16b, v2.16b
	CHECK_V(0, 0xfe91ba3e76543210, 0x168f2d1e34da6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlal v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0xc3ede4985d653a10, 0x0e8cc06028c962e0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlal2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0xfedc6f3e76543210, 0x16ad1e1e34bc6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlal v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0xc3ee070ec1753a10, 0x0e8d1cbd34d462e0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlal2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0xfedc6f3e0cdc3210, 0x16ad3c4b34bc6978)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlal v0.8h, v1.8b, v2.8b
	CHECK_V(0, 0xfedcba9876543210, 0x8e9e2d3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlal2 v0.8h, v1.16b, v2.16b
	CHECK_V(0, 0xfedcba987654330f, 0x0f1e2d3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlal v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0xfedcba9876543210, 0x8f1dad3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlal2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0xfedcba987655320f, 0x0f1e2d3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlal v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0xfedcba9876543210, 0x8f1e2d3bcb5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlal2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0xfedcba997654320f, 0x0f1e2d3c4b5a6978)
	b	1f
	.ltorg
1:
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlal v0.8h, v1.8b, v2.8b
	CHECK_V(0, 0x3ddd3a1873563210, 0x4f1e2d3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlal2 v0.8h, v1.16b, v2.16b
	CHECK_V(0, 0xfedcbb4342872021, 0x0f9e2d3c6d95d011)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlal v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0x3e9c3b1874533410, 0x4f5dad3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlal2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0xfedd444344426421, 0x0fafad3c6e0da411)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlal v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0x3e9d3997f6d33410, 0x4f5dae3bcb5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlal2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0xfeddcdef88866421, 0x0fafd0816ceaa411)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlal v0.8h, v1.8b, v2.8b
	CHECK_V(0, 0x39dce4988f543a10, 0x8d209a60a7a0b4e0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlal2 v0.8h, v1.16b, v2.16b
	CHECK_V(0, 0x4991143e76543210, 0x168f4b1e61da6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlal v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0x3a41e4988f753a10, 0x8e0bc060a84862e0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlal2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0x4a366f3e76543210, 0x16ad1e1e61f86978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlal v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0x3a42391ec1753a10, 0x8e0c9c3c34d462e0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlal2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0x4a36d8b60cdc3210, 0x16ad3c4b34bc6978)
	b	1f
	.ltorg
1:
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlsl v0.8h, v1.8b, v2.8b
	CHECK_V(0, 0xfedcba9876543210, 0x0e9e2d3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlsl2 v0.8h, v1.16b, v2.16b
	CHECK_V(0, 0xfedcba9876543211, 0x0f1e2d3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlsl v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0xfedcba9876543210, 0x0f1dad3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlsl2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0xfedcba9876543211, 0x0f1e2d3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlsl v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3bcb5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlsl2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0xfedcba9876543211, 0x0f1e2d3c4b5a6978)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlsl v0.8h, v1.8b, v2.8b
	CHECK_V(0, 0xbfdbba1876523210, 0xcf1e2d3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlsl2 v0.8h, v1.16b, v2.16b
	CHECK_V(0, 0xfedcbaed762131ff, 0x0f9e2d3c291f69df)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlsl v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0xbf1d3a1876543010, 0xcf5dad3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlsl2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0xfedd30ed7653ffff, 0x0fafad3c28a72edf)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlsl v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0xbf1c3b98f5d53010, 0xcf5dae3bcb5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlsl2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0xfedda7406421ffff, 0x0fafcf5e29ca2edf)
	b	1f
	.ltorg
1:
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlsl v0.8h, v1.8b, v2.8b
	CHECK_V(0, 0x39dce4988f543a10, 0x101c3f186e149d10)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlsl2 v0.8h, v1.16b, v2.16b
	CHECK_V(0, 0xff27baf276543210, 0x07ad2d5a61da6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlsl v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0x39cb90988f432a10, 0x0faf9a186deb7010)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlsl2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0xfedd05f276543210, 0x078f3c5a61f86978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlsl v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0x39cb6e222b332a10, 0x0faf3dbb61e07010)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlsl2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0xfedd05f2dfcc3210, 0x078f1e2d61f86978)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlsl v0.8h, v1.8b, v2.8b
	CHECK_V(0, 0xfedcba9876543210, 0x8f9e2d3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlsl2 v0.8h, v1.16b, v2.16b
	CHECK_V(0, 0xfedcba9876543111, 0x0f1e2d3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlsl v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0xfedcba9876543210, 0x8f1ead3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlsl2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0xfedcba9876533211, 0x0f1e2d3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlsl v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0xfedcba9876543210, 0x8f1e2d3ccb5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlsl2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0xfedcba9776543211, 0x0f1e2d3c4b5a6978)
	b	1f
	.ltorg
1:
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlsl v0.8h, v1.8b, v2.8b
	CHECK_V(0, 0xbfdb3b1879523210, 0xcf1e2d3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlsl2 v0.8h, v1.16b, v2.16b
	CHECK_V(0, 0xfedcb9edaa2143ff, 0x0e9e2d3c291f02df)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlsl v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0xbf1d3a1878553010, 0xcedead3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlsl2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0xfedc30eda865ffff, 0x0e8cad3c28a72edf)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlsl v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0xbf1c3b98f5d53010, 0xcedeac3ccb5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlsl2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0xfedba7416421ffff, 0x0e8c89f729ca2edf)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlsl v0.8h, v1.8b, v2.8b
	CHECK_V(0, 0xc3dc90985d542a10, 0x911cc018ef141e10)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlsl2 v0.8h, v1.16b, v2.16b
	CHECK_V(0, 0xb42760f276543210, 0x07ad0f5a34da6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlsl v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0xc37790985d332a10, 0x90309a18ee6c7010)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlsl2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0xb38305f276543210, 0x078f3c5a34bc6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlsl v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0xc3773c122b332a10, 0x902fbe3c61e07010)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlsl2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0xb3829c7adfcc3210, 0x078f1e2d61f86978)
	b	1f
	.ltorg
1:
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smull v0.8h, v1.8b, v2.8b
	CHECK_V(0, 0x0000000000000000, 0x0080000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smull2 v0.8h, v1.16b, v2.16b
	CHECK_V(0, 0x000000000000ffff, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smull v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0x0000000000000000, 0x0000800000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smull2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0x00000000ffffffff, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smull v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0x0000000000000000, 0x0000000080000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smull2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smull v0.8h, v1.8b, v2.8b
	CHECK_V(0, 0x3f01008000020000, 0x4000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smull2 v0.8h, v1.16b, v2.16b
	CHECK_V(0, 0x0000ffab00330011, 0xff800000223bff99)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smull v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0x3fbf808000000200, 0x3fc0800000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smull2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0xffff89ab00003211, 0xff6e800022b33a99)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smull v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0x3fc07eff807f0200, 0x3fc07f0080000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smull2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0xffff135812323211, 0xff6e5dde21903a99)
	b	1f
	.ltorg
1:
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smull v0.8h, v1.8b, v2.8b
	CHECK_V(0, 0xc500d600e700f800, 0xff02ee24dd46cc68)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smull2 v0.8h, v1.16b, v2.16b
	CHECK_V(0, 0xffb5ffa600000000, 0x0771ffe2e9800000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smull v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0xc5112a00e7110800, 0xff6e9324dd6ef968)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smull2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0xffffb4a600000000, 0x078ef0e2e9620000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smull v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0xc5114c764b210800, 0xff6eef80e979f968)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smull2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0xffffb4a596880000, 0x078f0f0ee9620000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umull v0.8h, v1.8b, v2.8b
	CHECK_V(0, 0x0000000000000000, 0x7f80000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umull2 v0.8h, v1.16b, v2.16b
	CHECK_V(0, 0x00000000000000ff, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umull v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0x0000000000000000, 0x7fff800000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umull2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0x000000000000ffff, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umull v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0x0000000000000000, 0x7fffffff80000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umull2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0x00000000ffffffff, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umull v0.8h, v1.8b, v2.8b
	CHECK_V(0, 0x3f017f80fd020000, 0x4000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umull2 v0.8h, v1.16b, v2.16b
	CHECK_V(0, 0x000000abcc33ee11, 0x00800000223b6699)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umull v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0x3fbf8080fdff0200, 0x403f800000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umull2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0x000089abcdee3211, 0x0091800022b33a99)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umull v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0x3fc07eff807f0200, 0x403f80ff80000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umull2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0x0001135712323211, 0x0091a34521903a99)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umull v0.8h, v1.8b, v2.8b
	CHECK_V(0, 0x3b002a0019000800, 0x7e026d245c464b68)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umull2 v0.8h, v1.16b, v2.16b
	CHECK_V(0, 0x4ab559a600000000, 0x07711de216800000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umull v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0x3b652a0019210800, 0x7eed93245cedf968)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umull2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0x4b59b4a600000000, 0x078ef0e2169e0000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umull v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0x3b657e864b210800, 0x7eee6effe979f968)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umull2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0x4b5a1e1d96880000, 0x078f0f0ee9620000)
	b	1f
	.ltorg
1:
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	saddw v0.8h, v1.8h, v2.8b
	CHECK_V(0, 0x7fffffffffffffff, 0x7ffefffefffefffe)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	saddw2 v0.8h, v1.8h, v2.16b
	CHECK_V(0, 0x8000000000000001, 0x7fffffffffffffff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	saddw v0.4s, v1.4s, v2.4h
	CHECK_V(0, 0x7fffffffffffffff, 0x7ffffffefffffffe)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	saddw2 v0.4s, v1.4s, v2.8h
	CHECK_V(0, 0x8000000000000001, 0x7fffffffffffffff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	saddw v0.2d, v1.2d, v2.2s
	CHECK_V(0, 0x7fffffffffffffff, 0x7ffffffffffffffe)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	saddw2 v0.2d, v1.2d, v2.4s
	CHECK_V(0, 0x8000000000000001, 0x7fffffffffffffff)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	saddw v0.8h, v1.8h, v2.8b
	CHECK_V(0, 0x80fe01fe7f7ffdff, 0x7f807fff0001ffff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	saddw2 v0.8h, v1.8h, v2.16b
	CHECK_V(0, 0x800801aa7f4dfdef, 0x8001802200460066)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	saddw v0.4s, v1.4s, v2.4h
	CHECK_V(0, 0x807f81fe7f80fdff, 0x7fffffff0001ffff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	saddw2 v0.4s, v1.4s, v2.8h
	CHECK_V(0, 0x807e8baa7f80cbef, 0x8000812200024566)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	saddw v0.2d, v1.2d, v2.2s
	CHECK_V(0, 0x807f01ffff80fdff, 0x80007ffe8001ffff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	saddw2 v0.2d, v1.2d, v2.4s
	CHECK_V(0, 0x807f01ff092ccbef, 0x80007fff01254566)
	b	1f
	.ltorg
1:
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	saddw v0.8h, v1.8h, v2.8b
	CHECK_V(0, 0x7ff57fd380b28090, 0x7ffd7fdcffb9ff98)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	saddw2 v0.8h, v1.8h, v2.16b
	CHECK_V(0, 0x7fca7fd980e980f8, 0x800e801e002c003c)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	saddw v0.4s, v1.4s, v2.4h
	CHECK_V(0, 0x7f7ff5d38080b290, 0x7fff7edcfffeba98)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	saddw2 v0.4s, v1.4s, v2.8h
	CHECK_V(0, 0x7f7fcad98080e9f8, 0x7fff8f1effff2d3c)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	saddw v0.2d, v1.2d, v2.2s
	CHECK_V(0, 0x7f7f7f7ff6d4b290, 0x7fff8000fedbba98)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	saddw2 v0.2d, v1.2d, v2.4s
	CHECK_V(0, 0x7f7f7f7fcbdae9f8, 0x7fff80010f1d2d3c)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uaddw v0.8h, v1.8h, v2.8b
	CHECK_V(0, 0x80ff00ff00ff00ff, 0x80fe00fe00fe00fe)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uaddw2 v0.8h, v1.8h, v2.16b
	CHECK_V(0, 0x8000000000000001, 0x7fffffffffffffff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uaddw v0.4s, v1.4s, v2.4h
	CHECK_V(0, 0x8000ffff0000ffff, 0x8000fffe0000fffe)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uaddw2 v0.4s, v1.4s, v2.8h
	CHECK_V(0, 0x8000000000000001, 0x7fffffffffffffff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uaddw v0.2d, v1.2d, v2.2s
	CHECK_V(0, 0x80000000ffffffff, 0x80000000fffffffe)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uaddw2 v0.2d, v1.2d, v2.4s
	CHECK_V(0, 0x8000000000000001, 0x7fffffffffffffff)
	b	1f
	.ltorg
1:
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uaddw v0.8h, v1.8h, v2.8b
	CHECK_V(0, 0x80fe02fe807ffeff, 0x80807fff0001ffff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uaddw2 v0.8h, v1.8h, v2.16b
	CHECK_V(0, 0x810802aa804dfeef, 0x8001802200460066)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uaddw v0.4s, v1.4s, v2.4h
	CHECK_V(0, 0x807f81fe7f81fdff, 0x8000ffff0001ffff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uaddw2 v0.4s, v1.4s, v2.8h
	CHECK_V(0, 0x807f8baa7f81cbef, 0x8000812200024566)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uaddw v0.2d, v1.2d, v2.2s
	CHECK_V(0, 0x807f01ffff80fdff, 0x80007fff8001ffff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uaddw2 v0.2d, v1.2d, v2.4s
	CHECK_V(0, 0x807f0200092ccbef, 0x80007fff01254566)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uaddw v0.8h, v1.8h, v2.8b
	CHECK_V(0, 0x7ff57fd380b28090, 0x80fd80dc00b90098)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uaddw2 v0.8h, v1.8h, v2.16b
	CHECK_V(0, 0x7fca7fd980e980f8, 0x800e801e002c003c)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uaddw v0.4s, v1.4s, v2.4h
	CHECK_V(0, 0x7f7ff5d38080b290, 0x80007edcffffba98)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uaddw2 v0.4s, v1.4s, v2.8h
	CHECK_V(0, 0x7f7fcad98080e9f8, 0x7fff8f1effff2d3c)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uaddw v0.2d, v1.2d, v2.2s
	CHECK_V(0, 0x7f7f7f7ff6d4b290, 0x7fff8001fedbba98)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uaddw2 v0.2d, v1.2d, v2.4s
	CHECK_V(0, 0x7f7f7f7fcbdae9f8, 0x7fff80010f1d2d3c)
	b	1f
	.ltorg
1:
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssubw v0.8h, v1.8h, v2.8b
	CHECK_V(0, 0x8001000100010001, 0x8000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssubw2 v0.8h, v1.8h, v2.16b
	CHECK_V(0, 0x800000000000ffff, 0x7fffffffffffffff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssubw v0.4s, v1.4s, v2.4h
	CHECK_V(0, 0x8000000100000001, 0x8000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssubw2 v0.4s, v1.4s, v2.8h
	CHECK_V(0, 0x80000000ffffffff, 0x7fffffffffffffff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssubw v0.2d, v1.2d, v2.2s
	CHECK_V(0, 0x8000000000000001, 0x8000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssubw2 v0.2d, v1.2d, v2.4s
	CHECK_V(0, 0x7fffffffffffffff, 0x7fffffffffffffff)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssubw v0.8h, v1.8h, v2.8b
	CHECK_V(0, 0x800002007f81fe01, 0x80807fff0001ffff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssubw2 v0.8h, v1.8h, v2.16b
	CHECK_V(0, 0x80f602547fb3fe11, 0x7fff7fdcffbcff98)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssubw v0.4s, v1.4s, v2.4h
	CHECK_V(0, 0x807e82007f80fe01, 0x8000ffff0001ffff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssubw2 v0.4s, v1.4s, v2.8h
	CHECK_V(0, 0x807f78547f813011, 0x80007edc0001ba98)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssubw v0.2d, v1.2d, v2.2s
	CHECK_V(0, 0x807f01feff80fe01, 0x80007fff8001ffff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssubw2 v0.2d, v1.2d, v2.4s
	CHECK_V(0, 0x807f01fff5d53011, 0x80007ffefedeba98)
	b	1f
	.ltorg
1:
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssubw v0.8h, v1.8h, v2.8b
	CHECK_V(0, 0x7f097f2b804e8070, 0x8001802400450068)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssubw2 v0.8h, v1.8h, v2.16b
	CHECK_V(0, 0x7f347f2580178008, 0x7ff07fe2ffd2ffc4)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssubw v0.4s, v1.4s, v2.4h
	CHECK_V(0, 0x7f7f092b80804e70, 0x7fff8124ffff4568)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssubw2 v0.4s, v1.4s, v2.8h
	CHECK_V(0, 0x7f7f342580801708, 0x7fff70e2fffed2c4)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssubw v0.2d, v1.2d, v2.2s
	CHECK_V(0, 0x7f7f7f7f0a2c4e70, 0x7fff800101224568)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssubw2 v0.2d, v1.2d, v2.4s
	CHECK_V(0, 0x7f7f7f7f35261708, 0x7fff8000f0e0d2c4)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usubw v0.8h, v1.8h, v2.8b
	CHECK_V(0, 0x7f01ff01ff01ff01, 0x7f00ff00ff00ff00)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usubw2 v0.8h, v1.8h, v2.16b
	CHECK_V(0, 0x800000000000ffff, 0x7fffffffffffffff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usubw v0.4s, v1.4s, v2.4h
	CHECK_V(0, 0x7fff0001ffff0001, 0x7fff0000ffff0000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usubw2 v0.4s, v1.4s, v2.8h
	CHECK_V(0, 0x80000000ffffffff, 0x7fffffffffffffff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usubw v0.2d, v1.2d, v2.2s
	CHECK_V(0, 0x7fffffff00000001, 0x7fffffff00000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usubw2 v0.2d, v1.2d, v2.4s
	CHECK_V(0, 0x7fffffffffffffff, 0x7fffffffffffffff)
	b	1f
	.ltorg
1:
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usubw v0.8h, v1.8h, v2.8b
	CHECK_V(0, 0x800001007e81fd01, 0x7f807fff0001ffff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usubw2 v0.8h, v1.8h, v2.16b
	CHECK_V(0, 0x7ff601547eb3fd11, 0x7fff7fdcffbcff98)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usubw v0.4s, v1.4s, v2.4h
	CHECK_V(0, 0x807e82007f7ffe01, 0x7fffffff0001ffff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usubw2 v0.4s, v1.4s, v2.8h
	CHECK_V(0, 0x807e78547f803011, 0x80007edc0001ba98)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usubw v0.2d, v1.2d, v2.2s
	CHECK_V(0, 0x807f01feff80fe01, 0x80007ffe8001ffff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usubw2 v0.2d, v1.2d, v2.4s
	CHECK_V(0, 0x807f01fef5d53011, 0x80007ffefedeba98)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usubw v0.8h, v1.8h, v2.8b
	CHECK_V(0, 0x7f097f2b804e8070, 0x7f017f24ff45ff68)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usubw2 v0.8h, v1.8h, v2.16b
	CHECK_V(0, 0x7f347f2580178008, 0x7ff07fe2ffd2ffc4)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usubw v0.4s, v1.4s, v2.4h
	CHECK_V(0, 0x7f7f092b80804e70, 0x7ffe8124fffe4568)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usubw2 v0.4s, v1.4s, v2.8h
	CHECK_V(0, 0x7f7f342580801708, 0x7fff70e2fffed2c4)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usubw v0.2d, v1.2d, v2.2s
	CHECK_V(0, 0x7f7f7f7f0a2c4e70, 0x7fff800001224568)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usubw2 v0.2d, v1.2d, v2.4s
	CHECK_V(0, 0x7f7f7f7f35261708, 0x7fff8000f0e0d2c4)
	b	1f
	.ltorg
1:
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	addhn v0.8b, v1.8h, v2.8h
	CHECK_V(0, 0x7fffff007fffffff, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	addhn2 v0.16b, v1.8h, v2.8h
	CHECK_V(0, 0xfedcba9876543210, 0x7fffff007fffffff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	addhn v0.4h, v1.4s, v2.4s
	CHECK_V(0, 0x7fff00007fffffff, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	addhn2 v0.8h, v1.4s, v2.4s
	CHECK_V(0, 0xfedcba9876543210, 0x7fff00007fffffff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	addhn v0.2s, v1.2d, v2.2d
	CHECK_V(0, 0x800000007fffffff, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	addhn2 v0.4s, v1.2d, v2.2d
	CHECK_V(0, 0xfedcba9876543210, 0x800000007fffffff)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	addhn v0.8b, v1.8h, v2.8h
	CHECK_V(0, 0x81c589cd0001fffd, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	addhn2 v0.16b, v1.8h, v2.8h
	CHECK_V(0, 0xfedcba9876543210, 0x81c589cd0001fffd)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	addhn v0.4h, v1.4s, v2.4s
	CHECK_V(0, 0x812389ad007fff80, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	addhn2 v0.8h, v1.4s, v2.4s
	CHECK_V(0, 0xfedcba9876543210, 0x812389ad007fff80)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	addhn v0.2s, v1.2d, v2.2d
	CHECK_V(0, 0x8123c566007f01ff, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	addhn2 v0.4s, v1.2d, v2.2d
	CHECK_V(0, 0xfedcba9876543210, 0x8123c566007f01ff)
	b	1f
	.ltorg
1:
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	addhn v0.8b, v1.8h, v2.8h
	CHECK_V(0, 0x8fad4b697e3af6b2, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	addhn2 v0.16b, v1.8h, v2.8h
	CHECK_V(0, 0xfedcba9876543210, 0x8fad4b697e3af6b2)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	addhn v0.4h, v1.4s, v2.4s
	CHECK_V(0, 0x8f1d4b597e5cf6d4, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	addhn2 v0.8h, v1.4s, v2.4s
	CHECK_V(0, 0xfedcba9876543210, 0x8f1d4b597e5cf6d4)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	addhn v0.2s, v1.2d, v2.2d
	CHECK_V(0, 0x8f1dad3d7e5c3a17, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	addhn2 v0.4s, v1.2d, v2.2d
	CHECK_V(0, 0xfedcba9876543210, 0x8f1dad3d7e5c3a17)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	subhn v0.8b, v1.8h, v2.8h
	CHECK_V(0, 0x7fffffff80000000, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	subhn2 v0.16b, v1.8h, v2.8h
	CHECK_V(0, 0xfedcba9876543210, 0x7fffffff80000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	subhn v0.4h, v1.4s, v2.4s
	CHECK_V(0, 0x7fffffff80000000, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	subhn2 v0.8h, v1.4s, v2.4s
	CHECK_V(0, 0xfedcba9876543210, 0x7fffffff80000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	subhn v0.2s, v1.2d, v2.2d
	CHECK_V(0, 0x7fffffff80000000, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	subhn2 v0.4s, v1.2d, v2.2d
	CHECK_V(0, 0xfedcba9876543210, 0x7fffffff80000000)
	b	1f
	.ltorg
1:
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	subhn v0.8b, v1.8h, v2.8h
	CHECK_V(0, 0x7e3a76320001fffe, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	subhn2 v0.16b, v1.8h, v2.8h
	CHECK_V(0, 0xfedcba9876543210, 0x7e3a76320001fffe)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	subhn v0.4h, v1.4s, v2.4s
	CHECK_V(0, 0x7edd7656007fff80, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	subhn2 v0.8h, v1.4s, v2.4s
	CHECK_V(0, 0xfedcba9876543210, 0x7edd7656007fff80)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	subhn v0.2s, v1.2d, v2.2d
	CHECK_V(0, 0x7edd3a97007f01fe, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	subhn2 v0.4s, v1.2d, v2.2d
	CHECK_V(0, 0xfedcba9876543210, 0x7edd3a97007f01fe)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	subhn v0.8b, v1.8h, v2.8h
	CHECK_V(0, 0x7052b49680c40a4e, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	subhn2 v0.16b, v1.8h, v2.8h
	CHECK_V(0, 0xfedcba9876543210, 0x7052b49680c40a4e)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	subhn v0.4h, v1.4s, v2.4s
	CHECK_V(0, 0x70e1b4a480a20a2c, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	subhn2 v0.8h, v1.4s, v2.4s
	CHECK_V(0, 0xfedcba9876543210, 0x70e1b4a480a20a2c)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	subhn v0.2s, v1.2d, v2.2d
	CHECK_V(0, 0x70e152c480a2c4e7, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	subhn2 v0.4s, v1.2d, v2.2d
	CHECK_V(0, 0xfedcba9876543210, 0x70e152c480a2c4e7)
	b	1f
	.ltorg
1:
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	raddhn v0.8b, v1.8h, v2.8h
	CHECK_V(0, 0x8000000080000000, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	raddhn2 v0.16b, v1.8h, v2.8h
	CHECK_V(0, 0xfedcba9876543210, 0x8000000080000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	raddhn v0.4h, v1.4s, v2.4s
	CHECK_V(0, 0x8000000080000000, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	raddhn2 v0.8h, v1.4s, v2.4s
	CHECK_V(0, 0xfedcba9876543210, 0x8000000080000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	raddhn v0.2s, v1.2d, v2.2d
	CHECK_V(0, 0x8000000080000000, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	raddhn2 v0.4s, v1.2d, v2.2d
	CHECK_V(0, 0xfedcba9876543210, 0x8000000080000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	raddhn v0.8b, v1.8h, v2.8h
	CHECK_V(0, 0x81c58ace0002fffe, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	raddhn2 v0.16b, v1.8h, v2.8h
	CHECK_V(0, 0xfedcba9876543210, 0x81c58ace0002fffe)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	raddhn v0.4h, v1.4s, v2.4s
	CHECK_V(0, 0x812489ae007fff81, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	raddhn2 v0.8h, v1.4s, v2.4s
	CHECK_V(0, 0xfedcba9876543210, 0x812489ae007fff81)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	raddhn v0.2s, v1.2d, v2.2d
	CHECK_V(0, 0x8123c567007f0200, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	raddhn2 v0.4s, v1.2d, v2.2d
	CHECK_V(0, 0xfedcba9876543210, 0x8123c567007f0200)
	b	1f
	.ltorg
1:
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	raddhn v0.8b, v1.8h, v2.8h
	CHECK_V(0, 0x8fad4b697e3af7b3, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	raddhn2 v0.16b, v1.8h, v2.8h
	CHECK_V(0, 0xfedcba9876543210, 0x8fad4b697e3af7b3)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	raddhn v0.4h, v1.4s, v2.4s
	CHECK_V(0, 0x8f1e4b597e5cf6d5, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	raddhn2 v0.8h, v1.4s, v2.4s
	CHECK_V(0, 0xfedcba9876543210, 0x8f1e4b597e5cf6d5)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	raddhn v0.2s, v1.2d, v2.2d
	CHECK_V(0, 0x8f1dad3d7e5c3a18, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	raddhn2 v0.4s, v1.2d, v2.2d
	CHECK_V(0, 0xfedcba9876543210, 0x8f1dad3d7e5c3a18)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	rsubhn v0.8b, v1.8h, v2.8h
	CHECK_V(0, 0x8000000080000000, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	rsubhn2 v0.16b, v1.8h, v2.8h
	CHECK_V(0, 0xfedcba9876543210, 0x8000000080000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	rsubhn v0.4h, v1.4s, v2.4s
	CHECK_V(0, 0x8000000080000000, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	rsubhn2 v0.8h, v1.4s, v2.4s
	CHECK_V(0, 0xfedcba9876543210, 0x8000000080000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	rsubhn v0.2s, v1.2d, v2.2d
	CHECK_V(0, 0x8000000080000000, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	rsubhn2 v0.4s, v1.2d, v2.2d
	CHECK_V(0, 0xfedcba9876543210, 0x8000000080000000)
	b	1f
	.ltorg
1:
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	rsubhn v0.8b, v1.8h, v2.8h
	CHECK_V(0, 0x7f3b7632000200fe, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	rsubhn2 v0.16b, v1.8h, v2.8h
	CHECK_V(0, 0xfedcba9876543210, 0x7f3b7632000200fe)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	rsubhn v0.4h, v1.4s, v2.4s
	CHECK_V(0, 0x7edd7656007fff81, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	rsubhn2 v0.8h, v1.4s, v2.4s
	CHECK_V(0, 0xfedcba9876543210, 0x7edd7656007fff81)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	rsubhn v0.2s, v1.2d, v2.2d
	CHECK_V(0, 0x7edd3a97007f01ff, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	rsubhn2 v0.4s, v1.2d, v2.2d
	CHECK_V(0, 0xfedcba9876543210, 0x7edd3a97007f01ff)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	rsubhn v0.8b, v1.8h, v2.8h
	CHECK_V(0, 0x7153b59781c50a4e, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	rsubhn2 v0.16b, v1.8h, v2.8h
	CHECK_V(0, 0xfedcba9876543210, 0x7153b59781c50a4e)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	rsubhn v0.4h, v1.4s, v2.4s
	CHECK_V(0, 0x70e1b4a580a30a2c, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	rsubhn2 v0.8h, v1.4s, v2.4s
	CHECK_V(0, 0xfedcba9876543210, 0x70e1b4a580a30a2c)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	rsubhn v0.2s, v1.2d, v2.2d
	CHECK_V(0, 0x70e152c580a2c4e7, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	rsubhn2 v0.4s, v1.2d, v2.2d
	CHECK_V(0, 0xfedcba9876543210, 0x70e152c580a2c4e7)
	b	1f
	.ltorg
1:
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmull v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0x0000000000000000, 0x0001000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmull2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0x00000000fffffffe, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmull v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0x0000000000000000, 0x0000000100000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmull2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0xfffffffffffffffe, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmull s0, h1, h2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmull d0, s1, s2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmull v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0x7f7f010000000400, 0x7f81000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmull2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0xffff135600006422, 0xfedd000045667532)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmull v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0x7f80fdff00fe0400, 0x7f80fe0100000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmull2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0xfffe26b024646422, 0xfedcbbbc43207532)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmull s0, h1, h2
	CHECK_V(0, 0x0000000000000400, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmull d0, s1, s2
	CHECK_V(0, 0x7f80fdff00fe0400, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmull v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0x8a225400ce221000, 0xfedd2648baddf2d0)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmull2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0xffff694c00000000, 0x0f1de1c4d2c40000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmull v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0x8a2298ec96421000, 0xfedddf01d2f3f2d0)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmull2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0xffff694b2d100000, 0x0f1e1e1dd2c40000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmull s0, h1, h2
	CHECK_V(0, 0x00000000ce221000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmull d0, s1, s2
	CHECK_V(0, 0x8a2298ec96421000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x8000800080008000, 0x8000000080000000
	SETV 2, 0x8000800080008000, 0x8000000080000000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmull v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0x7fffffff7fffffff, 0x7fffffff7fffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmull2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0x7fffffff00000000, 0x7fffffff00000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmull v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0x7fff000080000000, 0x7fff000080000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmull2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0x7fffffffffffffff, 0x7fffffffffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmull s0, h1, h2
	CHECK_V(0, 0x000000007fffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmull d0, s1, s2
	CHECK_V(0, 0x7fff000080000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	/* accumulator saturation */
	SETV 1, 0x0000000000008000, 0x0000000000000000
	SETV 2, 0x0000000000008000, 0x0000000000000000
	SETV 0, 0x7fffffff80000000, 0x8000000000000001
	msr	fpsr, xzr
	sqdmull v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0x000000007fffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlal v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0xfedcba9876543210, 0x0f1f2d3c4b5a6978)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlal2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0xfedcba987654320e, 0x0f1e2d3c4b5a6978)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlal v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3d4b5a6978)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlal2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0xfedcba987654320e, 0x0f1e2d3c4b5a6978)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlal s0, h1, h2
	CHECK_V(0, 0x0000000076543210, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlal d0, s1, s2
	CHECK_V(0, 0xfedcba9876543210, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlal v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0x7e5bbb9876543610, 0x7fffffff4b5a6978)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlal2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0xfedbcdee76549632, 0x0dfb2d3c7fffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlal v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0x7e5db89777523610, 0x7fffffffffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlal2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0xfedae1489ab89632, 0x0dfae8f88e7adeaa)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlal s0, h1, h2
	CHECK_V(0, 0x0000000076543610, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlal d0, s1, s2
	CHECK_V(0, 0x7e5db89777523610, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlal v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0x88ff0e9844764210, 0x0dfb538406385c48)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlal2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0xfedc23e476543210, 0x1e3c0f001e1e6978)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlal v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0x88ff53850c964210, 0x0dfc0c3e1e4e5c48)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlal2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0xfedc23e3a3643210, 0x1e3c4b5a1e1e6978)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlal s0, h1, h2
	CHECK_V(0, 0x0000000044764210, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlal d0, s1, s2
	CHECK_V(0, 0x88ff53850c964210, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x8000800080008000, 0x8000000080000000
	SETV 2, 0x8000800080008000, 0x8000000080000000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlal v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0x7edcba977fffffff, 0x7fffffff7fffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlal2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0x7edcba9776543210, 0x7fffffff4b5a6978)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlal v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0x7edbba98f6543210, 0x7fffffffffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlal2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0x7edcba987654320f, 0x7fffffffffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlal s0, h1, h2
	CHECK_V(0, 0x000000007fffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlal d0, s1, s2
	CHECK_V(0, 0x7edbba98f6543210, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	/* accumulator saturation */
	SETV 1, 0x0000000000008000, 0x0000000000000000
	SETV 2, 0x0000000000008000, 0x0000000000000000
	SETV 0, 0x7fffffff80000000, 0x8000000000000001
	msr	fpsr, xzr
	sqdmlal v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0x7fffffffffffffff, 0x8000000000000001)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlsl v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0xfedcba9876543210, 0x0f1d2d3c4b5a6978)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlsl2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0xfedcba9876543212, 0x0f1e2d3c4b5a6978)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlsl v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3b4b5a6978)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlsl2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0xfedcba9876543212, 0x0f1e2d3c4b5a6978)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlsl s0, h1, h2
	CHECK_V(0, 0x0000000076543210, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlsl d0, s1, s2
	CHECK_V(0, 0xfedcba9876543210, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlsl v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0x8000000076542e10, 0x8f9d2d3c4b5a6978)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlsl2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0xfedda7427653cdee, 0x10412d3c05f3f446)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlsl v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0x8000000000000000, 0x8f9d2f3b4b5a6978)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlsl2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0xfede93e851efcdee, 0x104171800839f446)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlsl s0, h1, h2
	CHECK_V(0, 0x0000000076542e10, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlsl d0, s1, s2
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlsl v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0x74ba66987fffffff, 0x104106f47fffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlsl2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0xfedd514c76543210, 0x00004b7878966978)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlsl v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0x74ba21abe0122210, 0x10404e3a786676a8)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlsl2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0xfedd514d49443210, 0x00000f1e78966978)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlsl s0, h1, h2
	CHECK_V(0, 0x000000007fffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlsl d0, s1, s2
	CHECK_V(0, 0x74ba21abe0122210, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x8000800080008000, 0x8000000080000000
	SETV 2, 0x8000800080008000, 0x8000000080000000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlsl v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0x80000000f6543211, 0x8f1e2d3dcb5a6979)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlsl2 v0.4s, v1.8h, v2.8h
	CHECK_V(0, 0x8000000076543210, 0x8f1e2d3d4b5a6978)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlsl v0.2d, v1.2s, v2.2s
	CHECK_V(0, 0x8000000000000000, 0x8f1f2d3bcb5a6978)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlsl2 v0.2d, v1.4s, v2.4s
	CHECK_V(0, 0x8000000000000000, 0x8f1e2d3c4b5a6979)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlsl s0, h1, h2
	CHECK_V(0, 0x00000000f6543211, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlsl d0, s1, s2
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	/* accumulator saturation */
	SETV 1, 0x0000000000008000, 0x0000000000000000
	SETV 2, 0x0000000000008000, 0x0000000000000000
	SETV 0, 0x7fffffff80000000, 0x8000000000000001
	msr	fpsr, xzr
	sqdmlsl v0.4s, v1.4h, v2.4h
	CHECK_V(0, 0x7fffffff80000000, 0x8000000000000001)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	pmull v0.8h, v1.8b, v2.8b
	CHECK_V(0, 0x0000000000000000, 0x7f80000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	pmull2 v0.8h, v1.16b, v2.16b
	CHECK_V(0, 0x00000000000000ff, 0x0000000000000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	pmull v0.8h, v1.8b, v2.8b
	CHECK_V(0, 0x15557f8055aa0000, 0x4000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	pmull2 v0.8h, v1.16b, v2.16b
	CHECK_V(0, 0x000000ab44bb5aa5, 0x008000001e4322dd)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	pmull v0.8h, v1.8b, v2.8b
	CHECK_V(0, 0x3b002a0019000800, 0x2aaa25b434963b88)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	pmull2 v0.8h, v1.16b, v2.16b
	CHECK_V(0, 0x3939363600000000, 0x02850a0a16800000)
	TEST_END
