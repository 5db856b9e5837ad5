/*
 * simd_two_misc.S -- AdvSIMD two-register miscellaneous, integer (Arm ARM
 * C4.1.96): REV*, CLS, CLZ, CNT, NOT, RBIT, ABS, NEG, SQABS, SQNEG, SUQADD,
 * USQADD, compares with zero, pairwise add long, narrowing (with the 2 forms
 * keeping the low half), SHLL and URECPE/URSQRTE.
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
	rev64 v0.8b, v1.8b
	CHECK_V(0, 0x0000000000000080, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev64 v0.16b, v1.16b
	CHECK_V(0, 0x0000000000000080, 0xffffffffffffff7f)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev64 v0.4h, v1.4h
	CHECK_V(0, 0x0000000000008000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev64 v0.8h, v1.8h
	CHECK_V(0, 0x0000000000008000, 0xffffffffffff7fff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev64 v0.2s, v1.2s
	CHECK_V(0, 0x0000000080000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev64 v0.4s, v1.4s
	CHECK_V(0, 0x0000000080000000, 0xffffffff7fffffff)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev64 v0.8b, v1.8b
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev64 v0.16b, v1.16b
	CHECK_V(0, 0xffffffffffffffff, 0x0100000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev64 v0.4h, v1.4h
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev64 v0.8h, v1.8h
	CHECK_V(0, 0xffffffffffffffff, 0x0001000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev64 v0.2s, v1.2s
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev64 v0.4s, v1.4s
	CHECK_V(0, 0xffffffffffffffff, 0x0000000100000000)
	b	1f
	.ltorg
1:
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev64 v0.8b, v1.8b
	CHECK_V(0, 0x00fe807fff017f80, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev64 v0.16b, v1.16b
	CHECK_V(0, 0x00fe807fff017f80, 0xffff0100ff7f0080)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev64 v0.4h, v1.4h
	CHECK_V(0, 0xfe007f8001ff807f, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev64 v0.8h, v1.8h
	CHECK_V(0, 0xfe007f8001ff807f, 0xffff00017fff8000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev64 v0.2s, v1.2s
	CHECK_V(0, 0x7f80fe00807f01ff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev64 v0.4s, v1.4s
	CHECK_V(0, 0x7f80fe00807f01ff, 0x0001ffff80007fff)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev64 v0.8b, v1.8b
	CHECK_V(0, 0xffffff7f00000080, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev64 v0.16b, v1.16b
	CHECK_V(0, 0xffffff7f00000080, 0xefcdab8967452301)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev64 v0.4h, v1.4h
	CHECK_V(0, 0xffff7fff00008000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev64 v0.8h, v1.8h
	CHECK_V(0, 0xffff7fff00008000, 0xcdef89ab45670123)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev64 v0.2s, v1.2s
	CHECK_V(0, 0x7fffffff80000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev64 v0.4s, v1.4s
	CHECK_V(0, 0x7fffffff80000000, 0x89abcdef01234567)
	b	1f
	.ltorg
1:
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev64 v0.8b, v1.8b
	CHECK_V(0, 0x808080807f7f7f7f, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev64 v0.16b, v1.16b
	CHECK_V(0, 0x808080807f7f7f7f, 0x0000ffff0080ff7f)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev64 v0.4h, v1.4h
	CHECK_V(0, 0x808080807f7f7f7f, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev64 v0.8h, v1.8h
	CHECK_V(0, 0x808080807f7f7f7f, 0x0000ffff80007fff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev64 v0.2s, v1.2s
	CHECK_V(0, 0x808080807f7f7f7f, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev64 v0.4s, v1.4s
	CHECK_V(0, 0x808080807f7f7f7f, 0xffff00007fff8000)
	SETV 1, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev64 v0.8b, v1.8b
	CHECK_V(0, 0x1032547698badcfe, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev64 v0.16b, v1.16b
	CHECK_V(0, 0x1032547698badcfe, 0x78695a4b3c2d1e0f)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev64 v0.4h, v1.4h
	CHECK_V(0, 0x32107654ba98fedc, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev64 v0.8h, v1.8h
	CHECK_V(0, 0x32107654ba98fedc, 0x69784b5a2d3c0f1e)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev64 v0.2s, v1.2s
	CHECK_V(0, 0x76543210fedcba98, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev64 v0.4s, v1.4s
	CHECK_V(0, 0x76543210fedcba98, 0x4b5a69780f1e2d3c)
	b	1f
	.ltorg
1:
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev32 v0.8b, v1.8b
	CHECK_V(0, 0x0000008000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev32 v0.16b, v1.16b
	CHECK_V(0, 0x0000008000000000, 0xffffff7fffffffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev32 v0.4h, v1.4h
	CHECK_V(0, 0x0000800000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev32 v0.8h, v1.8h
	CHECK_V(0, 0x0000800000000000, 0xffff7fffffffffff)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev32 v0.8b, v1.8b
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev32 v0.16b, v1.16b
	CHECK_V(0, 0xffffffffffffffff, 0x0000000001000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev32 v0.4h, v1.4h
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev32 v0.8h, v1.8h
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000010000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev32 v0.8b, v1.8b
	CHECK_V(0, 0xff017f8000fe807f, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev32 v0.16b, v1.16b
	CHECK_V(0, 0xff017f8000fe807f, 0xff7f0080ffff0100)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev32 v0.4h, v1.4h
	CHECK_V(0, 0x01ff807ffe007f80, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev32 v0.8h, v1.8h
	CHECK_V(0, 0x01ff807ffe007f80, 0x7fff8000ffff0001)
	b	1f
	.ltorg
1:
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev32 v0.8b, v1.8b
	CHECK_V(0, 0x00000080ffffff7f, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev32 v0.16b, v1.16b
	CHECK_V(0, 0x00000080ffffff7f, 0x67452301efcdab89)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev32 v0.4h, v1.4h
	CHECK_V(0, 0x00008000ffff7fff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev32 v0.8h, v1.8h
	CHECK_V(0, 0x00008000ffff7fff, 0x45670123cdef89ab)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev32 v0.8b, v1.8b
	CHECK_V(0, 0x7f7f7f7f80808080, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev32 v0.16b, v1.16b
	CHECK_V(0, 0x7f7f7f7f80808080, 0x0080ff7f0000ffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev32 v0.4h, v1.4h
	CHECK_V(0, 0x7f7f7f7f80808080, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev32 v0.8h, v1.8h
	CHECK_V(0, 0x7f7f7f7f80808080, 0x80007fff0000ffff)
	SETV 1, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev32 v0.8b, v1.8b
	CHECK_V(0, 0x98badcfe10325476, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev32 v0.16b, v1.16b
	CHECK_V(0, 0x98badcfe10325476, 0x3c2d1e0f78695a4b)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev32 v0.4h, v1.4h
	CHECK_V(0, 0xba98fedc32107654, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev32 v0.8h, v1.8h
	CHECK_V(0, 0xba98fedc32107654, 0x2d3c0f1e69784b5a)
	b	1f
	.ltorg
1:
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev16 v0.8b, v1.8b
	CHECK_V(0, 0x0080000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev16 v0.16b, v1.16b
	CHECK_V(0, 0x0080000000000000, 0xff7fffffffffffff)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev16 v0.8b, v1.8b
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev16 v0.16b, v1.16b
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000100)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev16 v0.8b, v1.8b
	CHECK_V(0, 0x7f80ff01807f00fe, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev16 v0.16b, v1.16b
	CHECK_V(0, 0x7f80ff01807f00fe, 0x0080ff7f0100ffff)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev16 v0.8b, v1.8b
	CHECK_V(0, 0x00800000ff7fffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev16 v0.16b, v1.16b
	CHECK_V(0, 0x00800000ff7fffff, 0x23016745ab89efcd)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev16 v0.8b, v1.8b
	CHECK_V(0, 0x7f7f7f7f80808080, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev16 v0.16b, v1.16b
	CHECK_V(0, 0x7f7f7f7f80808080, 0xff7f0080ffff0000)
	SETV 1, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev16 v0.8b, v1.8b
	CHECK_V(0, 0xdcfe98ba54761032, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rev16 v0.16b, v1.16b
	CHECK_V(0, 0xdcfe98ba54761032, 0x1e0f3c2d5a4b7869)
	b	1f
	.ltorg
1:
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cls v0.8b, v1.8b
	CHECK_V(0, 0x0007070707070707, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cls v0.16b, v1.16b
	CHECK_V(0, 0x0007070707070707, 0x0007070707070707)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cls v0.4h, v1.4h
	CHECK_V(0, 0x0000000f000f000f, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cls v0.8h, v1.8h
	CHECK_V(0, 0x0000000f000f000f, 0x0000000f000f000f)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cls v0.2s, v1.2s
	CHECK_V(0, 0x000000000000001f, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cls v0.4s, v1.4s
	CHECK_V(0, 0x000000000000001f, 0x000000000000001f)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cls v0.8b, v1.8b
	CHECK_V(0, 0x0707070707070707, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cls v0.16b, v1.16b
	CHECK_V(0, 0x0707070707070707, 0x0707070707070706)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cls v0.4h, v1.4h
	CHECK_V(0, 0x000f000f000f000f, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cls v0.8h, v1.8h
	CHECK_V(0, 0x000f000f000f000f, 0x000f000f000f000e)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cls v0.2s, v1.2s
	CHECK_V(0, 0x0000001f0000001f, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cls v0.4s, v1.4s
	CHECK_V(0, 0x0000001f0000001f, 0x0000001f0000001e)
	b	1f
	.ltorg
1:
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cls v0.8b, v1.8b
	CHECK_V(0, 0x0000060700000607, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cls v0.16b, v1.16b
	CHECK_V(0, 0x0000060700000607, 0x0007000707060707)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cls v0.4h, v1.4h
	CHECK_V(0, 0x0000000600000006, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cls v0.8h, v1.8h
	CHECK_V(0, 0x0000000600000006, 0x00000000000e000f)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cls v0.2s, v1.2s
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cls v0.4s, v1.4s
	CHECK_V(0, 0x0000000000000000, 0x000000000000000e)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cls v0.8b, v1.8b
	CHECK_V(0, 0x0007070700070707, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cls v0.16b, v1.16b
	CHECK_V(0, 0x0007070700070707, 0x0601000000000102)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cls v0.4h, v1.4h
	CHECK_V(0, 0x0000000f0000000f, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cls v0.8h, v1.8h
	CHECK_V(0, 0x0000000f0000000f, 0x0006000000000001)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cls v0.2s, v1.2s
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cls v0.4s, v1.4s
	CHECK_V(0, 0x0000000000000000, 0x0000000600000000)
	b	1f
	.ltorg
1:
	SETV 1, 0x0000000000000000, 0x0000000000000000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cls v0.8b, v1.8b
	CHECK_V(0, 0x0707070707070707, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cls v0.16b, v1.16b
	CHECK_V(0, 0x0707070707070707, 0x0707070707070707)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cls v0.4h, v1.4h
	CHECK_V(0, 0x000f000f000f000f, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cls v0.8h, v1.8h
	CHECK_V(0, 0x000f000f000f000f, 0x000f000f000f000f)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cls v0.2s, v1.2s
	CHECK_V(0, 0x0000001f0000001f, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cls v0.4s, v1.4s
	CHECK_V(0, 0x0000001f0000001f, 0x0000001f0000001f)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	clz v0.8b, v1.8b
	CHECK_V(0, 0x0008080808080808, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	clz v0.16b, v1.16b
	CHECK_V(0, 0x0008080808080808, 0x0100000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	clz v0.4h, v1.4h
	CHECK_V(0, 0x0000001000100010, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	clz v0.8h, v1.8h
	CHECK_V(0, 0x0000001000100010, 0x0001000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	clz v0.2s, v1.2s
	CHECK_V(0, 0x0000000000000020, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	clz v0.4s, v1.4s
	CHECK_V(0, 0x0000000000000020, 0x0000000100000000)
	b	1f
	.ltorg
1:
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	clz v0.8b, v1.8b
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	clz v0.16b, v1.16b
	CHECK_V(0, 0x0000000000000000, 0x0808080808080807)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	clz v0.4h, v1.4h
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	clz v0.8h, v1.8h
	CHECK_V(0, 0x0000000000000000, 0x001000100010000f)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	clz v0.2s, v1.2s
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	clz v0.4s, v1.4s
	CHECK_V(0, 0x0000000000000000, 0x000000200000001f)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	clz v0.8b, v1.8b
	CHECK_V(0, 0x0001070001000008, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	clz v0.16b, v1.16b
	CHECK_V(0, 0x0001070001000008, 0x0008010008070000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	clz v0.4h, v1.4h
	CHECK_V(0, 0x0000000700010000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	clz v0.8h, v1.8h
	CHECK_V(0, 0x0000000700010000, 0x00000001000f0000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	clz v0.2s, v1.2s
	CHECK_V(0, 0x0000000000000001, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	clz v0.4s, v1.4s
	CHECK_V(0, 0x0000000000000001, 0x000000000000000f)
	b	1f
	.ltorg
1:
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	clz v0.8b, v1.8b
	CHECK_V(0, 0x0008080801000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	clz v0.16b, v1.16b
	CHECK_V(0, 0x0008080801000000, 0x0702010100000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	clz v0.4h, v1.4h
	CHECK_V(0, 0x0000001000010000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	clz v0.8h, v1.8h
	CHECK_V(0, 0x0000001000010000, 0x0007000100000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	clz v0.2s, v1.2s
	CHECK_V(0, 0x0000000000000001, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	clz v0.4s, v1.4s
	CHECK_V(0, 0x0000000000000001, 0x0000000700000000)
	SETV 1, 0x0000000000000000, 0x0000000000000000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	clz v0.8b, v1.8b
	CHECK_V(0, 0x0808080808080808, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	clz v0.16b, v1.16b
	CHECK_V(0, 0x0808080808080808, 0x0808080808080808)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	clz v0.4h, v1.4h
	CHECK_V(0, 0x0010001000100010, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	clz v0.8h, v1.8h
	CHECK_V(0, 0x0010001000100010, 0x0010001000100010)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	clz v0.2s, v1.2s
	CHECK_V(0, 0x0000002000000020, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	clz v0.4s, v1.4s
	CHECK_V(0, 0x0000002000000020, 0x0000002000000020)
	b	1f
	.ltorg
1:
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cnt v0.8b, v1.8b
	CHECK_V(0, 0x0100000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cnt v0.16b, v1.16b
	CHECK_V(0, 0x0100000000000000, 0x0708080808080808)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cnt v0.8b, v1.8b
	CHECK_V(0, 0x0808080808080808, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cnt v0.16b, v1.16b
	CHECK_V(0, 0x0808080808080808, 0x0000000000000001)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cnt v0.8b, v1.8b
	CHECK_V(0, 0x0107010807010700, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cnt v0.16b, v1.16b
	CHECK_V(0, 0x0107010807010700, 0x0100070800010808)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cnt v0.8b, v1.8b
	CHECK_V(0, 0x0100000007080808, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cnt v0.16b, v1.16b
	CHECK_V(0, 0x0100000007080808, 0x0103030503050507)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cnt v0.8b, v1.8b
	CHECK_V(0, 0x0707070701010101, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cnt v0.16b, v1.16b
	CHECK_V(0, 0x0707070701010101, 0x0708010008080000)
	SETV 1, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cnt v0.8b, v1.8b
	CHECK_V(0, 0x0705050305030301, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cnt v0.16b, v1.16b
	CHECK_V(0, 0x0705050305030301, 0x0404040404040404)
	b	1f
	.ltorg
1:
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	not v0.8b, v1.8b
	CHECK_V(0, 0x7fffffffffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	not v0.16b, v1.16b
	CHECK_V(0, 0x7fffffffffffffff, 0x8000000000000000)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	not v0.8b, v1.8b
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	not v0.16b, v1.16b
	CHECK_V(0, 0x0000000000000000, 0xfffffffffffffffe)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	not v0.8b, v1.8b
	CHECK_V(0, 0x7f80fe00807f01ff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	not v0.16b, v1.16b
	CHECK_V(0, 0x7f80fe00807f01ff, 0x7fff8000fffe0000)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	not v0.8b, v1.8b
	CHECK_V(0, 0x7fffffff80000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	not v0.16b, v1.16b
	CHECK_V(0, 0x7fffffff80000000, 0xfedcba9876543210)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	not v0.8b, v1.8b
	CHECK_V(0, 0x808080807f7f7f7f, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	not v0.16b, v1.16b
	CHECK_V(0, 0x808080807f7f7f7f, 0x80007fff0000ffff)
	SETV 1, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	not v0.8b, v1.8b
	CHECK_V(0, 0x0123456789abcdef, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	not v0.16b, v1.16b
	CHECK_V(0, 0x0123456789abcdef, 0xf0e1d2c3b4a59687)
	b	1f
	.ltorg
1:
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rbit v0.8b, v1.8b
	CHECK_V(0, 0x0100000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rbit v0.16b, v1.16b
	CHECK_V(0, 0x0100000000000000, 0xfeffffffffffffff)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rbit v0.8b, v1.8b
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rbit v0.16b, v1.16b
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000080)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rbit v0.8b, v1.8b
	CHECK_V(0, 0x01fe80fffe017f00, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rbit v0.16b, v1.16b
	CHECK_V(0, 0x01fe80fffe017f00, 0x0100feff0080ffff)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rbit v0.8b, v1.8b
	CHECK_V(0, 0x01000000feffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rbit v0.16b, v1.16b
	CHECK_V(0, 0x01000000feffffff, 0x80c4a2e691d5b3f7)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rbit v0.8b, v1.8b
	CHECK_V(0, 0xfefefefe01010101, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rbit v0.16b, v1.16b
	CHECK_V(0, 0xfefefefe01010101, 0xfeff0100ffff0000)
	SETV 1, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rbit v0.8b, v1.8b
	CHECK_V(0, 0x7f3b5d196e2a4c08, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	rbit v0.16b, v1.16b
	CHECK_V(0, 0x7f3b5d196e2a4c08, 0xf078b43cd25a961e)
	b	1f
	.ltorg
1:
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	abs v0.8b, v1.8b
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	abs v0.16b, v1.16b
	CHECK_V(0, 0x8000000000000000, 0x7f01010101010101)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	abs v0.4h, v1.4h
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	abs v0.8h, v1.8h
	CHECK_V(0, 0x8000000000000000, 0x7fff000100010001)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	abs v0.2s, v1.2s
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	abs v0.4s, v1.4s
	CHECK_V(0, 0x8000000000000000, 0x7fffffff00000001)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	abs v0.2d, v1.2d
	CHECK_V(0, 0x8000000000000000, 0x7fffffffffffffff)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	abs v0.8b, v1.8b
	CHECK_V(0, 0x807f01017f800200, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	abs v0.16b, v1.16b
	CHECK_V(0, 0x807f01017f800200, 0x80007f0100010101)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	abs v0.4h, v1.4h
	CHECK_V(0, 0x7f8101ff7f800200, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	abs v0.8h, v1.8h
	CHECK_V(0, 0x7f8101ff7f800200, 0x80007fff00010001)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	abs v0.2s, v1.2s
	CHECK_V(0, 0x7f80fe017f80fe00, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	abs v0.4s, v1.4s
	CHECK_V(0, 0x7f80fe017f80fe00, 0x7fff80010001ffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	abs v0.2d, v1.2d
	CHECK_V(0, 0x7f80fe00807f0200, 0x7fff8000fffe0001)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	abs v0.8b, v1.8b
	CHECK_V(0, 0x7f7f7f7f80808080, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	abs v0.16b, v1.16b
	CHECK_V(0, 0x7f7f7f7f80808080, 0x7f01800001010000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	abs v0.4h, v1.4h
	CHECK_V(0, 0x7f7f7f7f7f807f80, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	abs v0.8h, v1.8h
	CHECK_V(0, 0x7f7f7f7f7f807f80, 0x7fff800000010000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	abs v0.2s, v1.2s
	CHECK_V(0, 0x7f7f7f7f7f7f7f80, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	abs v0.4s, v1.4s
	CHECK_V(0, 0x7f7f7f7f7f7f7f80, 0x7fff800000010000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	abs v0.2d, v1.2d
	CHECK_V(0, 0x7f7f7f7f80808080, 0x7fff8000ffff0000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	neg v0.8b, v1.8b
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	neg v0.16b, v1.16b
	CHECK_V(0, 0x8000000000000000, 0x8101010101010101)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	neg v0.4h, v1.4h
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	neg v0.8h, v1.8h
	CHECK_V(0, 0x8000000000000000, 0x8001000100010001)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	neg v0.2s, v1.2s
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	neg v0.4s, v1.4s
	CHECK_V(0, 0x8000000000000000, 0x8000000100000001)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	neg v0.2d, v1.2d
	CHECK_V(0, 0x8000000000000000, 0x8000000000000001)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	neg v0.8b, v1.8b
	CHECK_V(0, 0x8081ff0181800200, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	neg v0.16b, v1.16b
	CHECK_V(0, 0x8081ff0181800200, 0x8000810100ff0101)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	neg v0.4h, v1.4h
	CHECK_V(0, 0x7f81fe0180800200, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	neg v0.8h, v1.8h
	CHECK_V(0, 0x7f81fe0180800200, 0x80008001ffff0001)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	neg v0.2s, v1.2s
	CHECK_V(0, 0x7f80fe01807f0200, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	neg v0.4s, v1.4s
	CHECK_V(0, 0x7f80fe01807f0200, 0x7fff8001fffe0001)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	neg v0.2d, v1.2d
	CHECK_V(0, 0x7f80fe00807f0200, 0x7fff8000fffe0001)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	neg v0.8b, v1.8b
	CHECK_V(0, 0x8181818180808080, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	neg v0.16b, v1.16b
	CHECK_V(0, 0x8181818180808080, 0x8101800001010000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	neg v0.4h, v1.4h
	CHECK_V(0, 0x808180817f807f80, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	neg v0.8h, v1.8h
	CHECK_V(0, 0x808180817f807f80, 0x8001800000010000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	neg v0.2s, v1.2s
	CHECK_V(0, 0x808080817f7f7f80, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	neg v0.4s, v1.4s
	CHECK_V(0, 0x808080817f7f7f80, 0x8000800000010000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	neg v0.2d, v1.2d
	CHECK_V(0, 0x808080807f7f7f80, 0x80007fff00010000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqabs v0.8b, v1.8b
	CHECK_V(0, 0x7f00000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqabs v0.16b, v1.16b
	CHECK_V(0, 0x7f00000000000000, 0x7f01010101010101)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqabs v0.4h, v1.4h
	CHECK_V(0, 0x7fff000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqabs v0.8h, v1.8h
	CHECK_V(0, 0x7fff000000000000, 0x7fff000100010001)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqabs v0.2s, v1.2s
	CHECK_V(0, 0x7fffffff00000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqabs v0.4s, v1.4s
	CHECK_V(0, 0x7fffffff00000000, 0x7fffffff00000001)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqabs v0.2d, v1.2d
	CHECK_V(0, 0x7fffffffffffffff, 0x7fffffffffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqabs v0.8b, v1.8b
	CHECK_V(0, 0x7f7f01017f7f0200, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqabs v0.16b, v1.16b
	CHECK_V(0, 0x7f7f01017f7f0200, 0x7f007f0100010101)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqabs v0.4h, v1.4h
	CHECK_V(0, 0x7f8101ff7f800200, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqabs v0.8h, v1.8h
	CHECK_V(0, 0x7f8101ff7f800200, 0x7fff7fff00010001)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqabs v0.2s, v1.2s
	CHECK_V(0, 0x7f80fe017f80fe00, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqabs v0.4s, v1.4s
	CHECK_V(0, 0x7f80fe017f80fe00, 0x7fff80010001ffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqabs v0.2d, v1.2d
	CHECK_V(0, 0x7f80fe00807f0200, 0x7fff8000fffe0001)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqabs v0.8b, v1.8b
	CHECK_V(0, 0x7f7f7f7f7f7f7f7f, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqabs v0.16b, v1.16b
	CHECK_V(0, 0x7f7f7f7f7f7f7f7f, 0x7f017f0001010000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqabs v0.4h, v1.4h
	CHECK_V(0, 0x7f7f7f7f7f807f80, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqabs v0.8h, v1.8h
	CHECK_V(0, 0x7f7f7f7f7f807f80, 0x7fff7fff00010000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqabs v0.2s, v1.2s
	CHECK_V(0, 0x7f7f7f7f7f7f7f80, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqabs v0.4s, v1.4s
	CHECK_V(0, 0x7f7f7f7f7f7f7f80, 0x7fff800000010000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqabs v0.2d, v1.2d
	CHECK_V(0, 0x7f7f7f7f80808080, 0x7fff8000ffff0000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqabs v0.8b, v1.8b
	CHECK_V(0, 0x7f0000007f010101, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqabs v0.16b, v1.16b
	CHECK_V(0, 0x7f0000007f010101, 0x0123456777553311)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqabs v0.4h, v1.4h
	CHECK_V(0, 0x7fff00007fff0001, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqabs v0.8h, v1.8h
	CHECK_V(0, 0x7fff00007fff0001, 0x0123456776553211)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqabs v0.2s, v1.2s
	CHECK_V(0, 0x7fffffff7fffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqabs v0.4s, v1.4s
	CHECK_V(0, 0x7fffffff7fffffff, 0x0123456776543211)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqabs v0.2d, v1.2d
	CHECK_V(0, 0x7fffffff80000001, 0x0123456789abcdef)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqneg v0.8b, v1.8b
	CHECK_V(0, 0x7f00000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqneg v0.16b, v1.16b
	CHECK_V(0, 0x7f00000000000000, 0x8101010101010101)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqneg v0.4h, v1.4h
	CHECK_V(0, 0x7fff000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqneg v0.8h, v1.8h
	CHECK_V(0, 0x7fff000000000000, 0x8001000100010001)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqneg v0.2s, v1.2s
	CHECK_V(0, 0x7fffffff00000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqneg v0.4s, v1.4s
	CHECK_V(0, 0x7fffffff00000000, 0x8000000100000001)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqneg v0.2d, v1.2d
	CHECK_V(0, 0x7fffffffffffffff, 0x8000000000000001)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqneg v0.8b, v1.8b
	CHECK_V(0, 0x7f81ff01817f0200, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqneg v0.16b, v1.16b
	CHECK_V(0, 0x7f81ff01817f0200, 0x7f00810100ff0101)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqneg v0.4h, v1.4h
	CHECK_V(0, 0x7f81fe0180800200, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqneg v0.8h, v1.8h
	CHECK_V(0, 0x7f81fe0180800200, 0x7fff8001ffff0001)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqneg v0.2s, v1.2s
	CHECK_V(0, 0x7f80fe01807f0200, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqneg v0.4s, v1.4s
	CHECK_V(0, 0x7f80fe01807f0200, 0x7fff8001fffe0001)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqneg v0.2d, v1.2d
	CHECK_V(0, 0x7f80fe00807f0200, 0x7fff8000fffe0001)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqneg v0.8b, v1.8b
	CHECK_V(0, 0x818181817f7f7f7f, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqneg v0.16b, v1.16b
	CHECK_V(0, 0x818181817f7f7f7f, 0x81017f0001010000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqneg v0.4h, v1.4h
	CHECK_V(0, 0x808180817f807f80, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqneg v0.8h, v1.8h
	CHECK_V(0, 0x808180817f807f80, 0x80017fff00010000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqneg v0.2s, v1.2s
	CHECK_V(0, 0x808080817f7f7f80, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqneg v0.4s, v1.4s
	CHECK_V(0, 0x808080817f7f7f80, 0x8000800000010000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqneg v0.2d, v1.2d
	CHECK_V(0, 0x808080807f7f7f80, 0x80007fff00010000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqneg v0.8b, v1.8b
	CHECK_V(0, 0x7f00000081010101, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqneg v0.16b, v1.16b
	CHECK_V(0, 0x7f00000081010101, 0xffddbb9977553311)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqneg v0.4h, v1.4h
	CHECK_V(0, 0x7fff000080010001, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqneg v0.8h, v1.8h
	CHECK_V(0, 0x7fff000080010001, 0xfeddba9976553211)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqneg v0.2s, v1.2s
	CHECK_V(0, 0x7fffffff80000001, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqneg v0.4s, v1.4s
	CHECK_V(0, 0x7fffffff80000001, 0xfedcba9976543211)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqneg v0.2d, v1.2d
	CHECK_V(0, 0x7fffffff80000001, 0xfedcba9876543211)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmeq v0.8b, v1.8b, #0
	CHECK_V(0, 0x00ffffffffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmeq v0.16b, v1.16b, #0
	CHECK_V(0, 0x00ffffffffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmeq v0.4h, v1.4h, #0
	CHECK_V(0, 0x0000ffffffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmeq v0.8h, v1.8h, #0
	CHECK_V(0, 0x0000ffffffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmeq v0.2s, v1.2s, #0
	CHECK_V(0, 0x00000000ffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmeq v0.4s, v1.4s, #0
	CHECK_V(0, 0x00000000ffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmeq v0.2d, v1.2d, #0
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmeq v0.8b, v1.8b, #0
	CHECK_V(0, 0x00000000000000ff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmeq v0.16b, v1.16b, #0
	CHECK_V(0, 0x00000000000000ff, 0x00ff0000ff000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmeq v0.4h, v1.4h, #0
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmeq v0.8h, v1.8h, #0
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmeq v0.2s, v1.2s, #0
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmeq v0.4s, v1.4s, #0
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmeq v0.2d, v1.2d, #0
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 1, 0x0000000000000000, 0x0000000000000000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmeq v0.8b, v1.8b, #0
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmeq v0.16b, v1.16b, #0
	CHECK_V(0, 0xffffffffffffffff, 0xffffffffffffffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmeq v0.4h, v1.4h, #0
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmeq v0.8h, v1.8h, #0
	CHECK_V(0, 0xffffffffffffffff, 0xffffffffffffffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmeq v0.2s, v1.2s, #0
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmeq v0.4s, v1.4s, #0
	CHECK_V(0, 0xffffffffffffffff, 0xffffffffffffffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmeq v0.2d, v1.2d, #0
	CHECK_V(0, 0xffffffffffffffff, 0xffffffffffffffff)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmge v0.8b, v1.8b, #0
	CHECK_V(0, 0x00ffffffffffffff, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmge v0.16b, v1.16b, #0
	CHECK_V(0, 0x00ffffffffffffff, 0xff00000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmge v0.4h, v1.4h, #0
	CHECK_V(0, 0x0000ffffffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmge v0.8h, v1.8h, #0
	CHECK_V(0, 0x0000ffffffffffff, 0xffff000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmge v0.2s, v1.2s, #0
	CHECK_V(0, 0x00000000ffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmge v0.4s, v1.4s, #0
	CHECK_V(0, 0x00000000ffffffff, 0xffffffff00000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmge v0.2d, v1.2d, #0
	CHECK_V(0, 0x0000000000000000, 0xffffffffffffffff)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmge v0.8b, v1.8b, #0
	CHECK_V(0, 0x00ffff00ff0000ff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmge v0.16b, v1.16b, #0
	CHECK_V(0, 0x00ffff00ff0000ff, 0x00ffff00ffff0000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmge v0.4h, v1.4h, #0
	CHECK_V(0, 0x0000ffffffff0000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmge v0.8h, v1.8h, #0
	CHECK_V(0, 0x0000ffffffff0000, 0x0000ffffffff0000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmge v0.2s, v1.2s, #0
	CHECK_V(0, 0x00000000ffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmge v0.4s, v1.4s, #0
	CHECK_V(0, 0x00000000ffffffff, 0x00000000ffffffff)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmge v0.2d, v1.2d, #0
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 1, 0x0000000000000000, 0x0000000000000000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmge v0.8b, v1.8b, #0
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmge v0.16b, v1.16b, #0
	CHECK_V(0, 0xffffffffffffffff, 0xffffffffffffffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmge v0.4h, v1.4h, #0
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmge v0.8h, v1.8h, #0
	CHECK_V(0, 0xffffffffffffffff, 0xffffffffffffffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmge v0.2s, v1.2s, #0
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmge v0.4s, v1.4s, #0
	CHECK_V(0, 0xffffffffffffffff, 0xffffffffffffffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmge v0.2d, v1.2d, #0
	CHECK_V(0, 0xffffffffffffffff, 0xffffffffffffffff)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmgt v0.8b, v1.8b, #0
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmgt v0.16b, v1.16b, #0
	CHECK_V(0, 0x0000000000000000, 0xff00000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmgt v0.4h, v1.4h, #0
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmgt v0.8h, v1.8h, #0
	CHECK_V(0, 0x0000000000000000, 0xffff000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmgt v0.2s, v1.2s, #0
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmgt v0.4s, v1.4s, #0
	CHECK_V(0, 0x0000000000000000, 0xffffffff00000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmgt v0.2d, v1.2d, #0
	CHECK_V(0, 0x0000000000000000, 0xffffffffffffffff)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmgt v0.8b, v1.8b, #0
	CHECK_V(0, 0x00ffff00ff000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmgt v0.16b, v1.16b, #0
	CHECK_V(0, 0x00ffff00ff000000, 0x0000ff0000ff0000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmgt v0.4h, v1.4h, #0
	CHECK_V(0, 0x0000ffffffff0000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmgt v0.8h, v1.8h, #0
	CHECK_V(0, 0x0000ffffffff0000, 0x0000ffffffff0000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmgt v0.2s, v1.2s, #0
	CHECK_V(0, 0x00000000ffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmgt v0.4s, v1.4s, #0
	CHECK_V(0, 0x00000000ffffffff, 0x00000000ffffffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmgt v0.2d, v1.2d, #0
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 1, 0x0000000000000000, 0x0000000000000000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmgt v0.8b, v1.8b, #0
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmgt v0.16b, v1.16b, #0
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmgt v0.4h, v1.4h, #0
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmgt v0.8h, v1.8h, #0
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmgt v0.2s, v1.2s, #0
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmgt v0.4s, v1.4s, #0
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmgt v0.2d, v1.2d, #0
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmle v0.8b, v1.8b, #0
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmle v0.16b, v1.16b, #0
	CHECK_V(0, 0xffffffffffffffff, 0x00ffffffffffffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmle v0.4h, v1.4h, #0
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmle v0.8h, v1.8h, #0
	CHECK_V(0, 0xffffffffffffffff, 0x0000ffffffffffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmle v0.2s, v1.2s, #0
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmle v0.4s, v1.4s, #0
	CHECK_V(0, 0xffffffffffffffff, 0x00000000ffffffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmle v0.2d, v1.2d, #0
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmle v0.8b, v1.8b, #0
	CHECK_V(0, 0xff0000ff00ffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmle v0.16b, v1.16b, #0
	CHECK_V(0, 0xff0000ff00ffffff, 0xffff00ffff00ffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmle v0.4h, v1.4h, #0
	CHECK_V(0, 0xffff00000000ffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmle v0.8h, v1.8h, #0
	CHECK_V(0, 0xffff00000000ffff, 0xffff00000000ffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmle v0.2s, v1.2s, #0
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmle v0.4s, v1.4s, #0
	CHECK_V(0, 0xffffffff00000000, 0xffffffff00000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmle v0.2d, v1.2d, #0
	CHECK_V(0, 0xffffffffffffffff, 0xffffffffffffffff)
	SETV 1, 0x0000000000000000, 0x0000000000000000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmle v0.8b, v1.8b, #0
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmle v0.16b, v1.16b, #0
	CHECK_V(0, 0xffffffffffffffff, 0xffffffffffffffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmle v0.4h, v1.4h, #0
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmle v0.8h, v1.8h, #0
	CHECK_V(0, 0xffffffffffffffff, 0xffffffffffffffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmle v0.2s, v1.2s, #0
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmle v0.4s, v1.4s, #0
	CHECK_V(0, 0xffffffffffffffff, 0xffffffffffffffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmle v0.2d, v1.2d, #0
	CHECK_V(0, 0xffffffffffffffff, 0xffffffffffffffff)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmlt v0.8b, v1.8b, #0
	CHECK_V(0, 0xff00000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmlt v0.16b, v1.16b, #0
	CHECK_V(0, 0xff00000000000000, 0x00ffffffffffffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmlt v0.4h, v1.4h, #0
	CHECK_V(0, 0xffff000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmlt v0.8h, v1.8h, #0
	CHECK_V(0, 0xffff000000000000, 0x0000ffffffffffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmlt v0.2s, v1.2s, #0
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmlt v0.4s, v1.4s, #0
	CHECK_V(0, 0xffffffff00000000, 0x00000000ffffffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmlt v0.2d, v1.2d, #0
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmlt v0.8b, v1.8b, #0
	CHECK_V(0, 0xff0000ff00ffff00, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmlt v0.16b, v1.16b, #0
	CHECK_V(0, 0xff0000ff00ffff00, 0xff0000ff0000ffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmlt v0.4h, v1.4h, #0
	CHECK_V(0, 0xffff00000000ffff, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmlt v0.8h, v1.8h, #0
	CHECK_V(0, 0xffff00000000ffff, 0xffff00000000ffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmlt v0.2s, v1.2s, #0
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmlt v0.4s, v1.4s, #0
	CHECK_V(0, 0xffffffff00000000, 0xffffffff00000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmlt v0.2d, v1.2d, #0
	CHECK_V(0, 0xffffffffffffffff, 0xffffffffffffffff)
	SETV 1, 0x0000000000000000, 0x0000000000000000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmlt v0.8b, v1.8b, #0
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmlt v0.16b, v1.16b, #0
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmlt v0.4h, v1.4h, #0
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmlt v0.8h, v1.8h, #0
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmlt v0.2s, v1.2s, #0
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmlt v0.4s, v1.4s, #0
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmlt v0.2d, v1.2d, #0
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0xffffffffffffffff, 0x0000000000000001
	msr	fpsr, xzr
	suqadd v0.8b, v1.8b
	CHECK_V(0, 0x7fffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	SETV 0, 0xffffffffffffffff, 0x0000000000000001
	msr	fpsr, xzr
	suqadd v0.16b, v1.16b
	CHECK_V(0, 0x7fffffffffffffff, 0x7f7f7f7f7f7f7f7f)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0xffffffffffffffff, 0x0000000000000001
	msr	fpsr, xzr
	suqadd v0.4h, v1.4h
	CHECK_V(0, 0x7fffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xffffffffffffffff, 0x0000000000000001
	msr	fpsr, xzr
	suqadd v0.8h, v1.8h
	CHECK_V(0, 0x7fffffffffffffff, 0x7fff7fff7fff7fff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0xffffffffffffffff, 0x0000000000000001
	msr	fpsr, xzr
	suqadd v0.2s, v1.2s
	CHECK_V(0, 0x7fffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xffffffffffffffff, 0x0000000000000001
	msr	fpsr, xzr
	suqadd v0.4s, v1.4s
	CHECK_V(0, 0x7fffffffffffffff, 0x7fffffff7fffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0xffffffffffffffff, 0x0000000000000001
	msr	fpsr, xzr
	suqadd v0.2d, v1.2d
	CHECK_V(0, 0x7fffffffffffffff, 0x7fffffffffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	suqadd v0.8b, v1.8b
	CHECK_V(0, 0x007f017f7f7f7fff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	suqadd v0.16b, v1.16b
	CHECK_V(0, 0x007f017f7f7f7fff, 0x7f237f7f89ac7f7f)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	suqadd v0.4h, v1.4h
	CHECK_V(0, 0x007f01ff7fff7fff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	suqadd v0.8h, v1.8h
	CHECK_V(0, 0x007f01ff7fff7fff, 0x7fff7fff89ac7fff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	suqadd v0.2s, v1.2s
	CHECK_V(0, 0x007f01ff7fffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	suqadd v0.4s, v1.4s
	CHECK_V(0, 0x007f01ff7fffffff, 0x7fffffff89adcdee)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	suqadd v0.2d, v1.2d
	CHECK_V(0, 0x007f01ffff80fdff, 0x7fffffffffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	suqadd v0.8b, v1.8b
	CHECK_V(0, 0x7d5b39177f7f7f7f, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	suqadd v0.16b, v1.16b
	CHECK_V(0, 0x7d5b39177f7f7f7f, 0x7f7f7f3c7f7f6978)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	suqadd v0.4h, v1.4h
	CHECK_V(0, 0x7e5b3a177fff7fff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	suqadd v0.8h, v1.8h
	CHECK_V(0, 0x7e5b3a177fff7fff, 0x7fff7fff7fff6978)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	suqadd v0.2s, v1.2s
	CHECK_V(0, 0x7e5c3a177fffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	suqadd v0.4s, v1.4s
	CHECK_V(0, 0x7e5c3a177fffffff, 0x7fffffff7fffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	suqadd v0.2d, v1.2d
	CHECK_V(0, 0x7e5c3a17f6d4b290, 0x7fffffffffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	msr	fpsr, xzr
	suqadd v0.8b, v1.8b
	CHECK_V(0, 0x007f01ff7f7f7f7f, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	msr	fpsr, xzr
	suqadd v0.16b, v1.16b
	CHECK_V(0, 0x007f01ff7f7f7f7f, 0x81237f667f7f7f7f)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	msr	fpsr, xzr
	suqadd v0.4h, v1.4h
	CHECK_V(0, 0x007f01ff7fff7fff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	msr	fpsr, xzr
	suqadd v0.8h, v1.8h
	CHECK_V(0, 0x007f01ff7fff7fff, 0x81237fff7fff7fff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	msr	fpsr, xzr
	suqadd v0.2s, v1.2s
	CHECK_V(0, 0x007f01ff7fffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	msr	fpsr, xzr
	suqadd v0.4s, v1.4s
	CHECK_V(0, 0x007f01ff7fffffff, 0x8123c5667fffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	msr	fpsr, xzr
	suqadd v0.2d, v1.2d
	CHECK_V(0, 0x007f01ffff80fdff, 0x8123c56689adcdee)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0xffffffffffffffff, 0x0000000000000001
	msr	fpsr, xzr
	usqadd v0.8b, v1.8b
	CHECK_V(0, 0x7fffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xffffffffffffffff, 0x0000000000000001
	msr	fpsr, xzr
	usqadd v0.16b, v1.16b
	CHECK_V(0, 0x7fffffffffffffff, 0x7f00000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0xffffffffffffffff, 0x0000000000000001
	msr	fpsr, xzr
	usqadd v0.4h, v1.4h
	CHECK_V(0, 0x7fffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xffffffffffffffff, 0x0000000000000001
	msr	fpsr, xzr
	usqadd v0.8h, v1.8h
	CHECK_V(0, 0x7fffffffffffffff, 0x7fff000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0xffffffffffffffff, 0x0000000000000001
	msr	fpsr, xzr
	usqadd v0.2s, v1.2s
	CHECK_V(0, 0x7fffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xffffffffffffffff, 0x0000000000000001
	msr	fpsr, xzr
	usqadd v0.4s, v1.4s
	CHECK_V(0, 0x7fffffffffffffff, 0x7fffffff00000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xffffffffffffffff, 0x0000000000000001
	msr	fpsr, xzr
	usqadd v0.2d, v1.2d
	CHECK_V(0, 0x7fffffffffffffff, 0x8000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	usqadd v0.8b, v1.8b
	CHECK_V(0, 0x007f0100fe7ffdff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	usqadd v0.16b, v1.16b
	CHECK_V(0, 0x007f0100fe7ffdff, 0x0023c46689acccee)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	usqadd v0.4h, v1.4h
	CHECK_V(0, 0x007f01ffff7ffdff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	usqadd v0.8h, v1.8h
	CHECK_V(0, 0x007f01ffff7ffdff, 0x0000c56689accdee)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	usqadd v0.2s, v1.2s
	CHECK_V(0, 0x007f01ffff80fdff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	usqadd v0.4s, v1.4s
	CHECK_V(0, 0x007f01ffff80fdff, 0x0000000089adcdee)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	usqadd v0.2d, v1.2d
	CHECK_V(0, 0x007f01ffff80fdff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usqadd v0.8b, v1.8b
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usqadd v0.16b, v1.16b
	CHECK_V(0, 0xffffffff00000000, 0x8e1d003c4a596978)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usqadd v0.4h, v1.4h
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usqadd v0.8h, v1.8h
	CHECK_V(0, 0xffffffff00000000, 0x8f1d00004b596978)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usqadd v0.2s, v1.2s
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usqadd v0.4s, v1.4s
	CHECK_V(0, 0xffffffff00000000, 0x8f1dad3c4b596978)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usqadd v0.2d, v1.2d
	CHECK_V(0, 0xffffffffffffffff, 0x8f1dad3d4b596978)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	msr	fpsr, xzr
	usqadd v0.8b, v1.8b
	CHECK_V(0, 0x007f01fffe7ffd00, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	msr	fpsr, xzr
	usqadd v0.16b, v1.16b
	CHECK_V(0, 0x007f01fffe7ffd00, 0x8123c4ff0000ccee)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	msr	fpsr, xzr
	usqadd v0.4h, v1.4h
	CHECK_V(0, 0x007f01ffff7ffdff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	msr	fpsr, xzr
	usqadd v0.8h, v1.8h
	CHECK_V(0, 0x007f01ffff7ffdff, 0x8123c5660000cdee)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	msr	fpsr, xzr
	usqadd v0.2s, v1.2s
	CHECK_V(0, 0x007f01ffff80fdff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	msr	fpsr, xzr
	usqadd v0.4s, v1.4s
	CHECK_V(0, 0x007f01ffff80fdff, 0x8123c56600000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	msr	fpsr, xzr
	usqadd v0.2d, v1.2d
	CHECK_V(0, 0x007f01ffff80fdff, 0x8123c56689adcdee)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlp v0.4h, v1.8b
	CHECK_V(0, 0xff80000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlp v0.8h, v1.16b
	CHECK_V(0, 0xff80000000000000, 0x007efffefffefffe)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlp v0.2s, v1.4h
	CHECK_V(0, 0xffff800000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlp v0.4s, v1.8h
	CHECK_V(0, 0xffff800000000000, 0x00007ffefffffffe)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlp v0.1d, v1.2s
	CHECK_V(0, 0xffffffff80000000, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlp v0.2d, v1.4s
	CHECK_V(0, 0xffffffff80000000, 0x000000007ffffffe)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlp v0.4h, v1.8b
	CHECK_V(0, 0xfffefffefffefffe, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlp v0.8h, v1.16b
	CHECK_V(0, 0xfffefffefffefffe, 0x0000000000000001)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlp v0.2s, v1.4h
	CHECK_V(0, 0xfffffffefffffffe, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlp v0.4s, v1.8h
	CHECK_V(0, 0xfffffffefffffffe, 0x0000000000000001)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlp v0.1d, v1.2s
	CHECK_V(0, 0xfffffffffffffffe, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlp v0.2d, v1.4s
	CHECK_V(0, 0xfffffffffffffffe, 0x0000000000000001)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlp v0.4h, v1.8b
	CHECK_V(0, 0xffff0000fffffffe, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlp v0.8h, v1.16b
	CHECK_V(0, 0xffff0000fffffffe, 0xff80007e0001fffe)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlp v0.2s, v1.4h
	CHECK_V(0, 0xffff827e00007d80, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlp v0.4s, v1.8h
	CHECK_V(0, 0xffff827e00007d80, 0xffffffff00000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlp v0.1d, v1.2s
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlp v0.2d, v1.4s
	CHECK_V(0, 0xffffffffffffffff, 0xffffffff80027ffe)
	SETV 1, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlp v0.4h, v1.8b
	CHECK_V(0, 0xffdaff5200ca0042, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlp v0.8h, v1.16b
	CHECK_V(0, 0xffdaff5200ca0042, 0x002d006900a500e1)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlp v0.2s, v1.4h
	CHECK_V(0, 0xffffb9740000a864, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlp v0.4s, v1.8h
	CHECK_V(0, 0xffffb9740000a864, 0x00003c5a0000b4d2)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlp v0.1d, v1.2s
	CHECK_V(0, 0x000000007530eca8, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saddlp v0.2d, v1.4s
	CHECK_V(0, 0x000000007530eca8, 0x000000005a7896b4)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlp v0.4h, v1.8b
	CHECK_V(0, 0x0080000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlp v0.8h, v1.16b
	CHECK_V(0, 0x0080000000000000, 0x017e01fe01fe01fe)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlp v0.2s, v1.4h
	CHECK_V(0, 0x0000800000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlp v0.4s, v1.8h
	CHECK_V(0, 0x0000800000000000, 0x00017ffe0001fffe)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlp v0.1d, v1.2s
	CHECK_V(0, 0x0000000080000000, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlp v0.2d, v1.4s
	CHECK_V(0, 0x0000000080000000, 0x000000017ffffffe)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlp v0.4h, v1.8b
	CHECK_V(0, 0x01fe01fe01fe01fe, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlp v0.8h, v1.16b
	CHECK_V(0, 0x01fe01fe01fe01fe, 0x0000000000000001)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlp v0.2s, v1.4h
	CHECK_V(0, 0x0001fffe0001fffe, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlp v0.4s, v1.8h
	CHECK_V(0, 0x0001fffe0001fffe, 0x0000000000000001)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlp v0.1d, v1.2s
	CHECK_V(0, 0x00000001fffffffe, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlp v0.2d, v1.4s
	CHECK_V(0, 0x00000001fffffffe, 0x0000000000000001)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlp v0.4h, v1.8b
	CHECK_V(0, 0x00ff010000ff00fe, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlp v0.8h, v1.16b
	CHECK_V(0, 0x00ff010000ff00fe, 0x0080017e000101fe)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlp v0.2s, v1.4h
	CHECK_V(0, 0x0000827e00017d80, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlp v0.4s, v1.8h
	CHECK_V(0, 0x0000827e00017d80, 0x0000ffff00010000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlp v0.1d, v1.2s
	CHECK_V(0, 0x00000000ffffffff, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlp v0.2d, v1.4s
	CHECK_V(0, 0x00000000ffffffff, 0x0000000080027ffe)
	SETV 1, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlp v0.4h, v1.8b
	CHECK_V(0, 0x01da015200ca0042, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlp v0.8h, v1.16b
	CHECK_V(0, 0x01da015200ca0042, 0x002d006900a500e1)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlp v0.2s, v1.4h
	CHECK_V(0, 0x0001b9740000a864, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlp v0.4s, v1.8h
	CHECK_V(0, 0x0001b9740000a864, 0x00003c5a0000b4d2)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlp v0.1d, v1.2s
	CHECK_V(0, 0x000000017530eca8, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaddlp v0.2d, v1.4s
	CHECK_V(0, 0x000000017530eca8, 0x000000005a7896b4)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sadalp v0.4h, v1.8b
	CHECK_V(0, 0x54d5555555555555, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sadalp v0.8h, v1.16b
	CHECK_V(0, 0x54d5555555555555, 0xab28aaa8aaa8aaa8)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sadalp v0.2s, v1.4h
	CHECK_V(0, 0x5554d55555555555, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sadalp v0.4s, v1.8h
	CHECK_V(0, 0x5554d55555555555, 0xaaab2aa8aaaaaaa8)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sadalp v0.1d, v1.2s
	CHECK_V(0, 0x55555554d5555555, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sadalp v0.2d, v1.4s
	CHECK_V(0, 0x55555554d5555555, 0xaaaaaaab2aaaaaa8)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sadalp v0.4h, v1.8b
	CHECK_V(0, 0x5553555355535553, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sadalp v0.8h, v1.16b
	CHECK_V(0, 0x5553555355535553, 0xaaaaaaaaaaaaaaab)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sadalp v0.2s, v1.4h
	CHECK_V(0, 0x5555555355555553, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sadalp v0.4s, v1.8h
	CHECK_V(0, 0x5555555355555553, 0xaaaaaaaaaaaaaaab)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sadalp v0.1d, v1.2s
	CHECK_V(0, 0x5555555555555553, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sadalp v0.2d, v1.4s
	CHECK_V(0, 0x5555555555555553, 0xaaaaaaaaaaaaaaab)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sadalp v0.4h, v1.8b
	CHECK_V(0, 0x5554555555545553, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sadalp v0.8h, v1.16b
	CHECK_V(0, 0x5554555555545553, 0xaa2aab28aaabaaa8)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sadalp v0.2s, v1.4h
	CHECK_V(0, 0x5554d7d35555d2d5, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sadalp v0.4s, v1.8h
	CHECK_V(0, 0x5554d7d35555d2d5, 0xaaaaaaa9aaaaaaaa)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sadalp v0.1d, v1.2s
	CHECK_V(0, 0x5555555555555554, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sadalp v0.2d, v1.4s
	CHECK_V(0, 0x5555555555555554, 0xaaaaaaaa2aad2aa8)
	SETV 1, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sadalp v0.4h, v1.8b
	CHECK_V(0, 0x552f54a7561f5597, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sadalp v0.8h, v1.16b
	CHECK_V(0, 0x552f54a7561f5597, 0xaad7ab13ab4fab8b)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sadalp v0.2s, v1.4h
	CHECK_V(0, 0x55550ec95555fdb9, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sadalp v0.4s, v1.8h
	CHECK_V(0, 0x55550ec95555fdb9, 0xaaaae704aaab5f7c)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sadalp v0.1d, v1.2s
	CHECK_V(0, 0x55555555ca8641fd, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sadalp v0.2d, v1.4s
	CHECK_V(0, 0x55555555ca8641fd, 0xaaaaaaab0523415e)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uadalp v0.4h, v1.8b
	CHECK_V(0, 0x55d5555555555555, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uadalp v0.8h, v1.16b
	CHECK_V(0, 0x55d5555555555555, 0xac28aca8aca8aca8)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uadalp v0.2s, v1.4h
	CHECK_V(0, 0x5555d55555555555, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uadalp v0.4s, v1.8h
	CHECK_V(0, 0x5555d55555555555, 0xaaac2aa8aaacaaa8)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uadalp v0.1d, v1.2s
	CHECK_V(0, 0x55555555d5555555, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uadalp v0.2d, v1.4s
	CHECK_V(0, 0x55555555d5555555, 0xaaaaaaac2aaaaaa8)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uadalp v0.4h, v1.8b
	CHECK_V(0, 0x5753575357535753, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uadalp v0.8h, v1.16b
	CHECK_V(0, 0x5753575357535753, 0xaaaaaaaaaaaaaaab)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uadalp v0.2s, v1.4h
	CHECK_V(0, 0x5557555355575553, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uadalp v0.4s, v1.8h
	CHECK_V(0, 0x5557555355575553, 0xaaaaaaaaaaaaaaab)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uadalp v0.1d, v1.2s
	CHECK_V(0, 0x5555555755555553, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uadalp v0.2d, v1.4s
	CHECK_V(0, 0x5555555755555553, 0xaaaaaaaaaaaaaaab)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uadalp v0.4h, v1.8b
	CHECK_V(0, 0x5654565556545653, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uadalp v0.8h, v1.16b
	CHECK_V(0, 0x5654565556545653, 0xab2aac28aaabaca8)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uadalp v0.2s, v1.4h
	CHECK_V(0, 0x5555d7d35556d2d5, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uadalp v0.4s, v1.8h
	CHECK_V(0, 0x5555d7d35556d2d5, 0xaaabaaa9aaabaaaa)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uadalp v0.1d, v1.2s
	CHECK_V(0, 0x5555555655555554, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uadalp v0.2d, v1.4s
	CHECK_V(0, 0x5555555655555554, 0xaaaaaaab2aad2aa8)
	SETV 1, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uadalp v0.4h, v1.8b
	CHECK_V(0, 0x572f56a7561f5597, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uadalp v0.8h, v1.16b
	CHECK_V(0, 0x572f56a7561f5597, 0xaad7ab13ab4fab8b)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uadalp v0.2s, v1.4h
	CHECK_V(0, 0x55570ec95555fdb9, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uadalp v0.4s, v1.8h
	CHECK_V(0, 0x55570ec95555fdb9, 0xaaaae704aaab5f7c)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uadalp v0.1d, v1.2s
	CHECK_V(0, 0x55555556ca8641fd, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uadalp v0.2d, v1.4s
	CHECK_V(0, 0x55555556ca8641fd, 0xaaaaaaab0523415e)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	xtn v0.8b, v1.8h
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	xtn v0.4h, v1.4s
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	xtn v0.2s, v1.2d
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	xtn2 v0.16b, v1.8h
	CHECK_V(0, 0x5555555555555555, 0xffffffff00000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	xtn2 v0.8h, v1.4s
	CHECK_V(0, 0x5555555555555555, 0xffffffff00000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	xtn2 v0.4s, v1.2d
	CHECK_V(0, 0x5555555555555555, 0xffffffff00000000)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	xtn v0.8b, v1.8h
	CHECK_V(0, 0x00000001ffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	xtn v0.4h, v1.4s
	CHECK_V(0, 0x00000001ffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	xtn v0.2s, v1.2d
	CHECK_V(0, 0x00000001ffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	xtn2 v0.16b, v1.8h
	CHECK_V(0, 0x5555555555555555, 0x00000001ffffffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	xtn2 v0.8h, v1.4s
	CHECK_V(0, 0x5555555555555555, 0x00000001ffffffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	xtn2 v0.4s, v1.2d
	CHECK_V(0, 0x5555555555555555, 0x00000001ffffffff)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	xtn v0.8b, v1.8h
	CHECK_V(0, 0x00ff01ff7fff8000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	xtn v0.4h, v1.4s
	CHECK_V(0, 0x7fffffff01fffe00, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	xtn v0.2s, v1.2d
	CHECK_V(0, 0x0001ffff7f80fe00, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	xtn2 v0.16b, v1.8h
	CHECK_V(0, 0x5555555555555555, 0x00ff01ff7fff8000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	xtn2 v0.8h, v1.4s
	CHECK_V(0, 0x5555555555555555, 0x7fffffff01fffe00)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	xtn2 v0.4s, v1.2d
	CHECK_V(0, 0x5555555555555555, 0x0001ffff7f80fe00)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	xtn v0.8b, v1.8h
	CHECK_V(0, 0x2367abef0000ffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	xtn v0.4h, v1.4s
	CHECK_V(0, 0x4567cdef0000ffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	xtn v0.2s, v1.2d
	CHECK_V(0, 0x89abcdef7fffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	xtn2 v0.16b, v1.8h
	CHECK_V(0, 0x5555555555555555, 0x2367abef0000ffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	xtn2 v0.8h, v1.4s
	CHECK_V(0, 0x5555555555555555, 0x4567cdef0000ffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	xtn2 v0.4s, v1.2d
	CHECK_V(0, 0x5555555555555555, 0x89abcdef7fffffff)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	xtn v0.8b, v1.8h
	CHECK_V(0, 0xff00ff007f7f8080, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	xtn v0.4h, v1.4s
	CHECK_V(0, 0x800000007f7f8080, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	xtn v0.2s, v1.2d
	CHECK_V(0, 0xffff000080808080, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	xtn2 v0.16b, v1.8h
	CHECK_V(0, 0x5555555555555555, 0xff00ff007f7f8080)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	xtn2 v0.8h, v1.4s
	CHECK_V(0, 0x5555555555555555, 0x800000007f7f8080)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	xtn2 v0.4s, v1.2d
	CHECK_V(0, 0x5555555555555555, 0xffff000080808080)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtn v0.8b, v1.8h
	CHECK_V(0, 0x7fffffff80000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtn v0.4h, v1.4s
	CHECK_V(0, 0x7fffffff80000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtn v0.2s, v1.2d
	CHECK_V(0, 0x7fffffff80000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtn2 v0.16b, v1.8h
	CHECK_V(0, 0x5555555555555555, 0x7fffffff80000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtn2 v0.8h, v1.4s
	CHECK_V(0, 0x5555555555555555, 0x7fffffff80000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtn2 v0.4s, v1.2d
	CHECK_V(0, 0x5555555555555555, 0x7fffffff80000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtn v0.8b, v1.8h
	CHECK_V(0, 0x00000001ffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtn v0.4h, v1.4s
	CHECK_V(0, 0x00000001ffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtn v0.2s, v1.2d
	CHECK_V(0, 0x00000001ffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtn2 v0.16b, v1.8h
	CHECK_V(0, 0x5555555555555555, 0x00000001ffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtn2 v0.8h, v1.4s
	CHECK_V(0, 0x5555555555555555, 0x00000001ffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtn2 v0.4s, v1.2d
	CHECK_V(0, 0x5555555555555555, 0x00000001ffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtn v0.8b, v1.8h
	CHECK_V(0, 0x807f01ff807f7f80, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtn v0.4h, v1.4s
	CHECK_V(0, 0x80007fff80007fff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtn v0.2s, v1.2d
	CHECK_V(0, 0x8000000080000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtn2 v0.16b, v1.8h
	CHECK_V(0, 0x5555555555555555, 0x807f01ff807f7f80)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtn2 v0.8h, v1.4s
	CHECK_V(0, 0x5555555555555555, 0x80007fff80007fff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtn2 v0.4s, v1.2d
	CHECK_V(0, 0x5555555555555555, 0x8000000080000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtn v0.8b, v1.8h
	CHECK_V(0, 0x7f7f808080007fff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtn v0.4h, v1.4s
	CHECK_V(0, 0x7fff800080007fff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtn v0.2s, v1.2d
	CHECK_V(0, 0x7fffffff80000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtn2 v0.16b, v1.8h
	CHECK_V(0, 0x5555555555555555, 0x7f7f808080007fff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtn2 v0.8h, v1.4s
	CHECK_V(0, 0x5555555555555555, 0x7fff800080007fff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtn2 v0.4s, v1.2d
	CHECK_V(0, 0x5555555555555555, 0x7fffffff80000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtn v0.8b, v1.8h
	CHECK_V(0, 0x7f80ff007f7f8080, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtn v0.4h, v1.4s
	CHECK_V(0, 0x7fff80007fff8000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtn v0.2s, v1.2d
	CHECK_V(0, 0x7fffffff7fffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtn2 v0.16b, v1.8h
	CHECK_V(0, 0x5555555555555555, 0x7f80ff007f7f8080)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtn2 v0.8h, v1.4s
	CHECK_V(0, 0x5555555555555555, 0x7fff80007fff8000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtn2 v0.4s, v1.2d
	CHECK_V(0, 0x5555555555555555, 0x7fffffff7fffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqxtn v0.8b, v1.8h
	CHECK_V(0, 0xffffffffff000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqxtn v0.4h, v1.4s
	CHECK_V(0, 0xffffffffffff0000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqxtn v0.2s, v1.2d
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqxtn2 v0.16b, v1.8h
	CHECK_V(0, 0x5555555555555555, 0xffffffffff000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqxtn2 v0.8h, v1.4s
	CHECK_V(0, 0x5555555555555555, 0xffffffffffff0000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqxtn2 v0.4s, v1.2d
	CHECK_V(0, 0x5555555555555555, 0xffffffffffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqxtn v0.8b, v1.8h
	CHECK_V(0, 0x00000001ffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqxtn v0.4h, v1.4s
	CHECK_V(0, 0x00000001ffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqxtn v0.2s, v1.2d
	CHECK_V(0, 0x00000001ffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqxtn2 v0.16b, v1.8h
	CHECK_V(0, 0x5555555555555555, 0x00000001ffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqxtn2 v0.8h, v1.4s
	CHECK_V(0, 0x5555555555555555, 0x00000001ffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqxtn2 v0.4s, v1.2d
	CHECK_V(0, 0x5555555555555555, 0x00000001ffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqxtn v0.8b, v1.8h
	CHECK_V(0, 0xffff01ffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqxtn v0.4h, v1.4s
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqxtn v0.2s, v1.2d
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqxtn2 v0.16b, v1.8h
	CHECK_V(0, 0x5555555555555555, 0xffff01ffffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqxtn2 v0.8h, v1.4s
	CHECK_V(0, 0x5555555555555555, 0xffffffffffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqxtn2 v0.4s, v1.2d
	CHECK_V(0, 0x5555555555555555, 0xffffffffffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqxtn v0.8b, v1.8h
	CHECK_V(0, 0xffffffffff00ffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqxtn v0.4h, v1.4s
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqxtn v0.2s, v1.2d
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqxtn2 v0.16b, v1.8h
	CHECK_V(0, 0x5555555555555555, 0xffffffffff00ffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqxtn2 v0.8h, v1.4s
	CHECK_V(0, 0x5555555555555555, 0xffffffffffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqxtn2 v0.4s, v1.2d
	CHECK_V(0, 0x5555555555555555, 0xffffffffffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqxtn v0.8b, v1.8h
	CHECK_V(0, 0xffffff00ffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqxtn v0.4h, v1.4s
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqxtn v0.2s, v1.2d
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqxtn2 v0.16b, v1.8h
	CHECK_V(0, 0x5555555555555555, 0xffffff00ffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqxtn2 v0.8h, v1.4s
	CHECK_V(0, 0x5555555555555555, 0xffffffffffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqxtn2 v0.4s, v1.2d
	CHECK_V(0, 0x5555555555555555, 0xffffffffffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtun v0.8b, v1.8h
	CHECK_V(0, 0xff00000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtun v0.4h, v1.4s
	CHECK_V(0, 0xffff000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtun v0.2s, v1.2d
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtun2 v0.16b, v1.8h
	CHECK_V(0, 0x5555555555555555, 0xff00000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtun2 v0.8h, v1.4s
	CHECK_V(0, 0x5555555555555555, 0xffff000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtun2 v0.4s, v1.2d
	CHECK_V(0, 0x5555555555555555, 0xffffffff00000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtun v0.8b, v1.8h
	CHECK_V(0, 0x0000000100000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtun v0.4h, v1.4s
	CHECK_V(0, 0x0000000100000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtun v0.2s, v1.2d
	CHECK_V(0, 0x0000000100000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtun2 v0.16b, v1.8h
	CHECK_V(0, 0x5555555555555555, 0x0000000100000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtun2 v0.8h, v1.4s
	CHECK_V(0, 0x5555555555555555, 0x0000000100000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtun2 v0.4s, v1.2d
	CHECK_V(0, 0x5555555555555555, 0x0000000100000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtun v0.8b, v1.8h
	CHECK_V(0, 0x00ff010000ffff00, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtun v0.4h, v1.4s
	CHECK_V(0, 0x0000ffff0000ffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtun v0.2s, v1.2d
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtun2 v0.16b, v1.8h
	CHECK_V(0, 0x5555555555555555, 0x00ff010000ffff00)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtun2 v0.8h, v1.4s
	CHECK_V(0, 0x5555555555555555, 0x0000ffff0000ffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtun2 v0.4s, v1.2d
	CHECK_V(0, 0x5555555555555555, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtun v0.8b, v1.8h
	CHECK_V(0, 0xffff00000000ff00, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtun v0.4h, v1.4s
	CHECK_V(0, 0xffff00000000ffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtun v0.2s, v1.2d
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtun2 v0.16b, v1.8h
	CHECK_V(0, 0x5555555555555555, 0xffff00000000ff00)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtun2 v0.8h, v1.4s
	CHECK_V(0, 0x5555555555555555, 0xffff00000000ffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtun2 v0.4s, v1.2d
	CHECK_V(0, 0x5555555555555555, 0xffffffff00000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtun v0.8b, v1.8h
	CHECK_V(0, 0xff000000ffff0000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtun v0.4h, v1.4s
	CHECK_V(0, 0xffff0000ffff0000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtun v0.2s, v1.2d
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtun2 v0.16b, v1.8h
	CHECK_V(0, 0x5555555555555555, 0xff000000ffff0000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtun2 v0.8h, v1.4s
	CHECK_V(0, 0x5555555555555555, 0xffff0000ffff0000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqxtun2 v0.4s, v1.2d
	CHECK_V(0, 0x5555555555555555, 0xffffffffffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	shll v0.8h, v1.8b, #8
	CHECK_V(0, 0x7f008000fe000000, 0x80007f000100ff00)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	shll2 v0.8h, v1.16b, #8
	CHECK_V(0, 0x00000100ff00ff00, 0x800000007f00ff00)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	shll v0.4s, v1.4h, #16
	CHECK_V(0, 0x7f800000fe000000, 0x807f000001ff0000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	shll2 v0.4s, v1.8h, #16
	CHECK_V(0, 0x00010000ffff0000, 0x800000007fff0000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	shll v0.2d, v1.2s, #32
	CHECK_V(0, 0x7f80fe0000000000, 0x807f01ff00000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	shll2 v0.2d, v1.4s, #32
	CHECK_V(0, 0x0001ffff00000000, 0x80007fff00000000)
	SETV 1, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	shll v0.8h, v1.8b, #8
	CHECK_V(0, 0x7600540032001000, 0xfe00dc00ba009800)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	shll2 v0.8h, v1.16b, #8
	CHECK_V(0, 0x4b005a0069007800, 0x0f001e002d003c00)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	shll v0.4s, v1.4h, #16
	CHECK_V(0, 0x7654000032100000, 0xfedc0000ba980000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	shll2 v0.4s, v1.8h, #16
	CHECK_V(0, 0x4b5a000069780000, 0x0f1e00002d3c0000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	shll v0.2d, v1.2s, #32
	CHECK_V(0, 0x7654321000000000, 0xfedcba9800000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	shll2 v0.2d, v1.4s, #32
	CHECK_V(0, 0x4b5a697800000000, 0x0f1e2d3c00000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urecpe v0.2s, v1.2s
	CHECK_V(0, 0xff800000ffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urecpe v0.4s, v1.4s
	CHECK_V(0, 0xff800000ffffffff, 0xffffffff80000000)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urecpe v0.2s, v1.2s
	CHECK_V(0, 0x8000000080000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urecpe v0.4s, v1.4s
	CHECK_V(0, 0x8000000080000000, 0xffffffffffffffff)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urecpe v0.2s, v1.2s
	CHECK_V(0, 0xff800000ffffffff, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urecpe v0.4s, v1.4s
	CHECK_V(0, 0xff800000ffffffff, 0xff800000ffffffff)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urecpe v0.2s, v1.2s
	CHECK_V(0, 0xff800000ffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urecpe v0.4s, v1.4s
	CHECK_V(0, 0xff800000ffffffff, 0xffffffffee000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urecpe v0.2s, v1.2s
	CHECK_V(0, 0xfffffffffe800000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urecpe v0.4s, v1.4s
	CHECK_V(0, 0xfffffffffe800000, 0xffffffff80000000)
	SETV 1, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urecpe v0.2s, v1.2s
	CHECK_V(0, 0x80800000ffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urecpe v0.4s, v1.4s
	CHECK_V(0, 0x80800000ffffffff, 0xffffffffffffffff)
	SETV 1, 0x4000000080000000, 0x3fffffffc0000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urecpe v0.2s, v1.2s
	CHECK_V(0, 0xffffffffff800000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urecpe v0.4s, v1.4s
	CHECK_V(0, 0xffffffffff800000, 0xffffffffaa800000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ursqrte v0.2s, v1.2s
	CHECK_V(0, 0xb4800000ffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ursqrte v0.4s, v1.4s
	CHECK_V(0, 0xb4800000ffffffff, 0xb500000080000000)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ursqrte v0.2s, v1.2s
	CHECK_V(0, 0x8000000080000000, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ursqrte v0.4s, v1.4s
	CHECK_V(0, 0x8000000080000000, 0xffffffffffffffff)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ursqrte v0.2s, v1.2s
	CHECK_V(0, 0xb4800000b5000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ursqrte v0.4s, v1.4s
	CHECK_V(0, 0xb4800000b5000000, 0xb4800000ffffffff)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ursqrte v0.2s, v1.2s
	CHECK_V(0, 0xb4800000b5000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ursqrte v0.4s, v1.4s
	CHECK_V(0, 0xb4800000b5000000, 0xffffffffae800000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ursqrte v0.2s, v1.2s
	CHECK_V(0, 0xb5800000b4800000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ursqrte v0.4s, v1.4s
	CHECK_V(0, 0xb5800000b4800000, 0xb500000080000000)
	SETV 1, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ursqrte v0.2s, v1.2s
	CHECK_V(0, 0x80800000bc800000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ursqrte v0.4s, v1.4s
	CHECK_V(0, 0x80800000bc800000, 0xffffffffec000000)
	SETV 1, 0x4000000080000000, 0x3fffffffc0000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ursqrte v0.2s, v1.2s
	CHECK_V(0, 0xff800000b4800000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ursqrte v0.4s, v1.4s
	CHECK_V(0, 0xff800000b4800000, 0xffffffff93800000)
	TEST_END
