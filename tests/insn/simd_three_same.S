/*
 * simd_three_same.S -- AdvSIMD three same, integer (Arm ARM C4.1.96): every
 * operation on every arrangement with edge lanes (min/max/0/-1), FPSR.QC
 * for the saturating forms, upper half zeroed for 64-bit arrangements.
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
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	add v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x7fffffffffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	add v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x7fffffffffffffff, 0x7fffffffffffff00)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	add v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x7fffffffffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	add v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x7fffffffffffffff, 0x7fffffffffff0000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	add v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x7fffffffffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	add v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x7fffffffffffffff, 0x7fffffff00000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	add v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x7fffffffffffffff, 0x8000000000000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	add v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x007f01fffe7ffdff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	add v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x007f01fffe7ffdff, 0x8123c46689acccee)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	add v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x007f01ffff7ffdff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	add v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x007f01ffff7ffdff, 0x8123c56689accdee)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	add v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x007f01ffff80fdff, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	add v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x007f01ffff80fdff, 0x8123c56689adcdee)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	add v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x007f01ffff80fdff, 0x8123c56689adcdee)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	add v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x7d5b3917f6d4b290, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	add v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x7d5b3917f6d4b290, 0x8e1dad3c4a596978)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	add v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x7e5b3a17f6d4b290, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	add v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x7e5b3a17f6d4b290, 0x8f1dad3c4b596978)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	add v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x7e5c3a17f6d4b290, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	add v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x7e5c3a17f6d4b290, 0x8f1dad3c4b596978)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	add v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x7e5c3a17f6d4b290, 0x8f1dad3d4b596978)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sub v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x8101010101010101, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sub v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x8101010101010101, 0x7ffffffffffffffe)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sub v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x8001000100010001, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sub v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x8001000100010001, 0x7ffffffffffffffe)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sub v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x8000000100000001, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sub v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x8000000100000001, 0x7ffffffffffffffe)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sub v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x8000000000000001, 0x7ffffffffffffffe)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sub v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x007f01ff0081ff01, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sub v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x007f01ff0081ff01, 0x7fdd3a9877563210)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sub v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x007f01ffff81fe01, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sub v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x007f01ffff81fe01, 0x7edd3a9876563210)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sub v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x007f01ffff80fe01, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sub v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x007f01ffff80fe01, 0x7edd3a9876563210)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sub v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x007f01feff80fe01, 0x7edd3a9776563210)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sub v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x81a3c5e70a2c4e70, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sub v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x81a3c5e70a2c4e70, 0x70e153c4b4a59788)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sub v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x80a3c4e70a2c4e70, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sub v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x80a3c4e70a2c4e70, 0x70e152c4b4a59688)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sub v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x80a2c4e70a2c4e70, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sub v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x80a2c4e70a2c4e70, 0x70e152c4b4a49688)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sub v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x80a2c4e70a2c4e70, 0x70e152c4b4a49688)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmeq v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmeq v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmeq v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmeq v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmeq v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmeq v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmeq v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmeq v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xff000000ff000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmeq v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xff000000ff000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmeq v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmeq v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmeq v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmeq v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmeq v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmeq v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmeq v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmeq v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmeq v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmeq v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmeq v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmeq v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmge v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x00ffffffffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmge v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x00ffffffffffffff, 0xff00000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmge v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x0000ffffffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmge v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x0000ffffffffffff, 0xffff000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmge v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x00000000ffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmge v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x00000000ffffffff, 0xffffffff00000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmge v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x0000000000000000, 0xffffffffffffffff)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmge v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xffffff00ff0000ff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmge v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xffffff00ff0000ff, 0x0000ff00ffffffff)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmge v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmge v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xffffffff00000000, 0x0000ffffffffffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmge v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmge v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xffffffff00000000, 0x00000000ffffffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmge v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmge v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmge v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xffffffff00000000, 0xff00000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmge v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmge v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xffffffff00000000, 0xffff000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmge v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmge v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xffffffff00000000, 0xffffffff00000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmge v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0xffffffffffffffff, 0xffffffffffffffff)
	b	1f
	.ltorg
1:
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmgt v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x00ffffffffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmgt v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x00ffffffffffffff, 0xff00000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmgt v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x0000ffffffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmgt v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x0000ffffffffffff, 0xffff000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmgt v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x00000000ffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmgt v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x00000000ffffffff, 0xffffffff00000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmgt v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x0000000000000000, 0xffffffffffffffff)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmgt v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x00ffff00000000ff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmgt v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x00ffff00000000ff, 0x0000ff00ffffffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmgt v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmgt v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xffffffff00000000, 0x0000ffffffffffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmgt v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmgt v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xffffffff00000000, 0x00000000ffffffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmgt v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmgt v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmgt v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xffffffff00000000, 0xff00000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmgt v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmgt v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xffffffff00000000, 0xffff000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmgt v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmgt v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xffffffff00000000, 0xffffffff00000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmgt v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0xffffffffffffffff, 0xffffffffffffffff)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmhi v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmhi v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x0000000000000000, 0xffffffffffffffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmhi v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmhi v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x0000000000000000, 0xffffffffffffffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmhi v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmhi v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x0000000000000000, 0xffffffffffffffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmhi v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x0000000000000000, 0xffffffffffffffff)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmhi v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x00ffffff00000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmhi v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x00ffffff00000000, 0xff00ffff0000ffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmhi v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmhi v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xffffffff00000000, 0xffffffff0000ffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmhi v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmhi v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xffffffff00000000, 0xffffffff00000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmhi v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0xffffffffffffffff, 0xffffffffffffffff)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmhi v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x00000000ffffffff, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmhi v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x00000000ffffffff, 0xffffff00ffff0000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmhi v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x00000000ffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmhi v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x00000000ffffffff, 0xffffffffffff0000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmhi v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x00000000ffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmhi v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x00000000ffffffff, 0xffffffffffffffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmhi v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x0000000000000000, 0xffffffffffffffff)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmhs v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmhs v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x0000000000000000, 0xffffffffffffffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmhs v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmhs v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x0000000000000000, 0xffffffffffffffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmhs v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmhs v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x0000000000000000, 0xffffffffffffffff)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmhs v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x0000000000000000, 0xffffffffffffffff)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmhs v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xffffffffff000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmhs v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xffffffffff000000, 0xff00ffff0000ffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmhs v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmhs v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xffffffff00000000, 0xffffffff0000ffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmhs v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmhs v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xffffffff00000000, 0xffffffff00000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmhs v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0xffffffffffffffff, 0xffffffffffffffff)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmhs v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x00000000ffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmhs v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x00000000ffffffff, 0xffffff00ffff0000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmhs v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x00000000ffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmhs v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x00000000ffffffff, 0xffffffffffff0000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmhs v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x00000000ffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmhs v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x00000000ffffffff, 0xffffffffffffffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmhs v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x0000000000000000, 0xffffffffffffffff)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmtst v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xff00000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmtst v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xff00000000000000, 0x00000000000000ff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmtst v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xffff000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmtst v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xffff000000000000, 0x000000000000ffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmtst v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmtst v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xffffffff00000000, 0x00000000ffffffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmtst v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0xffffffffffffffff, 0xffffffffffffffff)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmtst v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xff000000ffffff00, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmtst v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xff000000ffffff00, 0x0000ffff00ffffff)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmtst v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xffff0000ffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmtst v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xffff0000ffffffff, 0x0000ffffffffffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmtst v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmtst v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xffffffffffffffff, 0xffffffffffffffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmtst v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0xffffffffffffffff, 0xffffffffffffffff)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmtst v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmtst v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xffffffff00000000, 0xffff0000ffff0000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmtst v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmtst v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xffffffff00000000, 0xffff0000ffff0000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmtst v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmtst v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xffffffff00000000, 0xffffffffffffffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	cmtst v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0xffffffffffffffff, 0xffffffffffffffff)
	b	1f
	.ltorg
1:
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqadd v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x80ffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqadd v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x80ffffffffffffff, 0x7fffffffffffff00)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqadd v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x8000ffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqadd v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x8000ffffffffffff, 0x7fffffffffff0000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqadd v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x80000000ffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqadd v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x80000000ffffffff, 0x7fffffff00000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqadd v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x8000000000000000, 0x7fffffffffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqadd v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x807f01ff7f80fdff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqadd v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x807f01ff7f80fdff, 0x81237f6689acccee)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqadd v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x800001ff7ffffdff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqadd v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x800001ff7ffffdff, 0x81237fff89accdee)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqadd v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x800000007fffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqadd v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x800000007fffffff, 0x8123c56689adcdee)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqadd v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x8000000000000000, 0x8123c56689adcdee)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqadd v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x7d5b3917f6d4b290, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqadd v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x7d5b3917f6d4b290, 0x7f1dad3c4a596978)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqadd v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x7e5b3a17f6d4b290, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqadd v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x7e5b3a17f6d4b290, 0x7fffad3c4b596978)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqadd v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x7e5c3a17f6d4b290, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqadd v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x7e5c3a17f6d4b290, 0x7fffffff4b596978)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqadd v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x7e5c3a17f6d4b290, 0x7fffffffffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 2, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqadd v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x807f01ff7f80fdff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqadd v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x807f01ff7f80fdff, 0x81237f6689acccee)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqadd v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x800001ff7ffffdff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqadd v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x800001ff7ffffdff, 0x81237fff89accdee)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqadd v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x800000007fffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqadd v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x800000007fffffff, 0x8123c56689adcdee)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqadd v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x8000000000000000, 0x8123c56689adcdee)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 2, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqadd v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x7e7e7e7e80808080, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqadd v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x7e7e7e7e80808080, 0x7fff8000ffff0001)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqadd v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x7f7e7f7e807f807f, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqadd v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x7f7e7f7e807f807f, 0x7fff8000ffff0001)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqadd v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x7f7f7f7e8080807f, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqadd v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x7f7f7f7e8080807f, 0x7fff8000ffff0001)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqadd v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x7f7f7f7f8080807f, 0x7fff8000ffff0001)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqadd v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqadd v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xffffffffffffffff, 0x7fffffffffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqadd v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqadd v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xffffffffffffffff, 0x7fffffffffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqadd v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqadd v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xffffffffffffffff, 0x7fffffffffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqadd v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0xffffffffffffffff, 0x8000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqadd v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xff7f01fffeffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqadd v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xff7f01fffeffffff, 0x8123c4ff89acffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqadd v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xffff01ffff7fffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqadd v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xffff01ffff7fffff, 0x8123c56689acffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqadd v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xffffffffff80fdff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqadd v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xffffffffff80fdff, 0x8123c56689adcdee)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqadd v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0xffffffffffffffff, 0x8123c56689adcdee)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqadd v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xfffffffff6d4b290, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqadd v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xfffffffff6d4b290, 0x8effad3cffff6978)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqadd v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xfffffffff6d4b290, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqadd v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xfffffffff6d4b290, 0x8f1dad3cffff6978)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqadd v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xfffffffff6d4b290, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqadd v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xfffffffff6d4b290, 0x8f1dad3cffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqadd v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0xffffffffffffffff, 0x8f1dad3d4b596978)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 2, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqadd v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xff7f01fffeffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqadd v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xff7f01fffeffffff, 0x8123c4ff89acffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqadd v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xffff01ffff7fffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqadd v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xffff01ffff7fffff, 0x8123c56689acffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqadd v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xffffffffff80fdff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqadd v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xffffffffff80fdff, 0x8123c56689adcdee)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqadd v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0xffffffffffffffff, 0x8123c56689adcdee)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 2, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqadd v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqadd v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xffffffffffffffff, 0x7fff8000ffff0001)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqadd v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqadd v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xffffffffffffffff, 0x7fff8000ffff0001)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqadd v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqadd v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xffffffffffffffff, 0x7fff8000ffff0001)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqadd v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0xffffffffffffffff, 0x7fff8000ffff0001)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqsub v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x8101010101010101, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqsub v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x8101010101010101, 0x7ffffffffffffffe)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqsub v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x8001000100010001, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqsub v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x8001000100010001, 0x7ffffffffffffffe)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqsub v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x8000000100000001, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqsub v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x8000000100000001, 0x7ffffffffffffffe)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqsub v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x8000000000000001, 0x7ffffffffffffffe)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqsub v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x007f01ff0081ff01, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqsub v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x007f01ff0081ff01, 0x80dd3a9877563210)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqsub v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x007f01ffff81fe01, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqsub v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x007f01ffff81fe01, 0x80003a9876563210)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqsub v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x007f01ffff80fe01, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqsub v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x007f01ffff80fe01, 0x8000000076563210)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqsub v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x007f01feff80fe01, 0x8000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqsub v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x7f7f7f7f80808080, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqsub v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x7f7f7f7f80808080, 0x70e180c4b4a59788)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqsub v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x7fff7fff80008000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqsub v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x7fff7fff80008000, 0x70e18000b4a59688)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqsub v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x7fffffff80000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqsub v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x7fffffff80000000, 0x70e152c4b4a49688)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqsub v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x7fffffffffffffff, 0x70e152c4b4a49688)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 2, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqsub v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x0081ff01007f01ff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqsub v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x0081ff01007f01ff, 0x7f23c66889aacef0)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqsub v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xff81fe01007f01ff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqsub v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xff81fe01007f01ff, 0x7fffc56889aacdf0)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqsub v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xff80fe01007f01ff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqsub v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xff80fe01007f01ff, 0x7fffffff89a9cdf0)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqsub v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0xff80fe01007f01ff, 0x7fffffffffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 2, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqsub v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x808080807f7f7f7f, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqsub v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x808080807f7f7f7f, 0x81017f0001010001)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqsub v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x808080807f7f7f7f, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqsub v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x808080807f7f7f7f, 0x80017fff00010001)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqsub v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x808080807f7f7f7f, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqsub v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x808080807f7f7f7f, 0x8000800000010001)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqsub v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x808080807f7f7f7f, 0x80007fff00010001)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqsub v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqsub v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x0000000000000000, 0x7ffffffffffffffe)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqsub v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqsub v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x0000000000000000, 0x7ffffffffffffffe)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqsub v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqsub v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x0000000000000000, 0x7ffffffffffffffe)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqsub v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x0000000000000000, 0x7ffffffffffffffe)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqsub v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x007f01ff00000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqsub v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x007f01ff00000000, 0x7f003a9800003210)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqsub v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x007f01ff00000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqsub v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x007f01ff00000000, 0x7edd3a9800003210)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqsub v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x007f01ff00000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqsub v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x007f01ff00000000, 0x7edd3a9800000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqsub v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x007f01feff80fe01, 0x7edd3a9776563210)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqsub v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x000000000a2c4e70, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqsub v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x000000000a2c4e70, 0x70e15300b4a50000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqsub v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x000000000a2c4e70, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqsub v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x000000000a2c4e70, 0x70e152c4b4a50000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqsub v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x000000000a2c4e70, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqsub v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x000000000a2c4e70, 0x70e152c4b4a49688)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqsub v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x0000000000000000, 0x70e152c4b4a49688)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 2, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqsub v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x00000000007f01ff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqsub v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x00000000007f01ff, 0x0023000089aa0000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqsub v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x00000000007f01ff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqsub v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x00000000007f01ff, 0x0000000089aa0000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqsub v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x00000000007f01ff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqsub v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x00000000007f01ff, 0x0000000089a9cdf0)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqsub v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 2, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqsub v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x808080807f7f7f7f, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqsub v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x808080807f7f7f7f, 0x0000000000000001)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqsub v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x808080807f7f7f7f, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqsub v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x808080807f7f7f7f, 0x0000000000000001)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqsub v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x808080807f7f7f7f, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqsub v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x808080807f7f7f7f, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqsub v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x808080807f7f7f7f, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mul v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mul v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x8000000000000000, 0x00000000000000ff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mul v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mul v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x8000000000000000, 0x000000000000ffff)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mul v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mul v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x8000000000000000, 0x00000000ffffffff)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mul v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x0000000001800200, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mul v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x0000000001800200, 0x80003b9900ab3311)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mul v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x8000000080800200, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mul v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x8000000080800200, 0x80003a9989ab3211)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mul v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x80000000807f0200, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mul v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x80000000807f0200, 0x21903a9912323211)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mul v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x0224466800000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mul v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x0224466800000000, 0x71e28000b5a60000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mul v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x9324f9682a000800, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mul v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x9324f9682a000800, 0xf0e20000b4a60000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mul v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xe979f9684b210800, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mul v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xe979f9684b210800, 0xe962000096880000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mla v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xd555555555555555, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mla v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xd555555555555555, 0xaaaaaaaaaaaaaaa9)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mla v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xd555555555555555, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mla v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xd555555555555555, 0xaaaaaaaaaaaaaaa9)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mla v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xd555555555555555, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mla v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xd555555555555555, 0xaaaaaaaaaaaaaaa9)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mla v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x5555555556d55755, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mla v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x5555555556d55755, 0x2aaae543aa55ddbb)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mla v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xd5555555d5d55755, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mla v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xd5555555d5d55755, 0x2aaae5433455dcbb)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mla v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xd5555555d5d45755, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mla v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xd5555555d5d45755, 0xcc3ae543bcdcdcbb)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mla v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x57799bbd55555555, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mla v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x57799bbd55555555, 0x1b8c2aaa5f50aaaa)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mla v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xe8794ebd7f555d55, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mla v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xe8794ebd7f555d55, 0x9b8caaaa5f50aaaa)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mla v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x3ecf4ebda0765d55, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mla v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x3ecf4ebda0765d55, 0x940caaaa4132aaaa)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mls v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xd555555555555555, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mls v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xd555555555555555, 0xaaaaaaaaaaaaaaab)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mls v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xd555555555555555, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mls v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xd555555555555555, 0xaaaaaaaaaaaaaaab)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mls v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xd555555555555555, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mls v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xd555555555555555, 0xaaaaaaaaaaaaaaab)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mls v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x5555555554d55355, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mls v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x5555555554d55355, 0x2aaa6f11aaff7799)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mls v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xd5555555d4d55355, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mls v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xd5555555d4d55355, 0x2aaa701120ff7899)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mls v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xd5555555d4d65355, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mls v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xd5555555d4d65355, 0x891a701198787899)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mls v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x53310fed55555555, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mls v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x53310fed55555555, 0x39c82aaaf504aaaa)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mls v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xc2315bed2b554d55, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mls v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xc2315bed2b554d55, 0xb9c8aaaaf604aaaa)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mls v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x6bdb5bed0a344d55, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mls v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x6bdb5bed0a344d55, 0xc148aaaa1422aaaa)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	shadd v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xbfffffffffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	shadd v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xbfffffffffffffff, 0x3fffffffffffff00)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	shadd v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xbfffffffffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	shadd v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xbfffffffffffffff, 0x3fffffffffff0000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	shadd v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xbfffffffffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	shadd v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xbfffffffffffffff, 0x3fffffff00000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	shadd v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x803f00ff7fbffeff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	shadd v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x803f00ff7fbffeff, 0xc0116233c4d6e6f7)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	shadd v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x803f00ff7fbffeff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	shadd v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x803f00ff7fbffeff, 0xc09162b3c4d6e6f7)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	shadd v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x803f80ff7fc07eff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	shadd v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x803f80ff7fc07eff, 0xc091e2b3c4d6e6f7)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	shadd v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x3e2d1c0bfbead9c8, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	shadd v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x3e2d1c0bfbead9c8, 0x470ed61e252c343c)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	shadd v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x3f2d1d0bfb6ad948, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	shadd v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x3f2d1d0bfb6ad948, 0x478ed69e25ac34bc)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	shadd v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x3f2e1d0bfb6a5948, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	shadd v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x3f2e1d0bfb6a5948, 0x478ed69e25acb4bc)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uhadd v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xbf7f7f7f7f7f7f7f, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uhadd v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xbf7f7f7f7f7f7f7f, 0x3f7f7f7f7f7f7f80)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uhadd v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xbfff7fff7fff7fff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uhadd v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xbfff7fff7fff7fff, 0x3fff7fff7fff8000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uhadd v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xbfffffff7fffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uhadd v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xbfffffff7fffffff, 0x3fffffff80000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uhadd v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x803f007f7fbffe7f, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uhadd v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x803f007f7fbffe7f, 0x401162b34456e6f7)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uhadd v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x803f00ff7fbffeff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uhadd v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x803f00ff7fbffeff, 0x409162b344d6e6f7)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uhadd v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x803f80ff7fc07eff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uhadd v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x803f80ff7fc07eff, 0x4091e2b344d6e6f7)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uhadd v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xbead9c8b7b6a5948, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uhadd v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xbead9c8b7b6a5948, 0x478e561ea5ac343c)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uhadd v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xbf2d9d0b7b6a5948, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uhadd v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xbf2d9d0b7b6a5948, 0x478e569ea5ac34bc)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uhadd v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xbf2e1d0b7b6a5948, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uhadd v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xbf2e1d0b7b6a5948, 0x478ed69ea5acb4bc)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srhadd v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xc000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srhadd v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xc000000000000000, 0x4000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srhadd v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xc000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srhadd v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xc000000000000000, 0x4000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srhadd v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xc000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srhadd v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xc000000000000000, 0x4000000000000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srhadd v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x804001007fc0ff00, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srhadd v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x804001007fc0ff00, 0xc1126233c5d6e6f7)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srhadd v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x804001007fc0ff00, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srhadd v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x804001007fc0ff00, 0xc09262b3c4d6e6f7)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srhadd v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x803f81007fc07f00, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srhadd v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x803f81007fc07f00, 0xc091e2b3c4d6e6f7)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srhadd v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x3f2e1d0cfbead9c8, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srhadd v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x3f2e1d0cfbead9c8, 0x470fd71e252d353c)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srhadd v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x3f2e1d0cfb6ad948, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srhadd v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x3f2e1d0cfb6ad948, 0x478fd69e25ad34bc)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srhadd v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x3f2e1d0cfb6a5948, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srhadd v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x3f2e1d0cfb6a5948, 0x478ed69e25acb4bc)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urhadd v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xc080808080808080, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urhadd v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xc080808080808080, 0x4080808080808080)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urhadd v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xc000800080008000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urhadd v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xc000800080008000, 0x4000800080008000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urhadd v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xc000000080000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urhadd v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xc000000080000000, 0x4000000080000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urhadd v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x804001807fc0ff80, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urhadd v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x804001807fc0ff80, 0x411262b34556e6f7)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urhadd v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x804001007fc0ff00, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urhadd v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x804001007fc0ff00, 0x409262b344d6e6f7)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urhadd v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x803f81007fc07f00, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urhadd v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x803f81007fc07f00, 0x4091e2b344d6e6f7)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urhadd v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xbfae9d8c7b6a5948, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urhadd v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xbfae9d8c7b6a5948, 0x478f571ea5ad353c)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urhadd v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xbf2e9d0c7b6a5948, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urhadd v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xbf2e9d0c7b6a5948, 0x478f569ea5ad34bc)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urhadd v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xbf2e1d0c7b6a5948, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urhadd v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xbf2e1d0c7b6a5948, 0x478ed69ea5acb4bc)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	shsub v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xc000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	shsub v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xc000000000000000, 0x3fffffffffffffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	shsub v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xc000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	shsub v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xc000000000000000, 0x3fffffffffffffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	shsub v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xc000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	shsub v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xc000000000000000, 0x3fffffffffffffff)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	shsub v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x003f00ff00c0ff00, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	shsub v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x003f00ff00c0ff00, 0xbfee1dcc3b2b1908)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	shsub v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x003f00ffffc0ff00, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	shsub v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x003f00ffffc0ff00, 0xbf6e1d4c3b2b1908)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	shsub v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x003f80ffffc07f00, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	shsub v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x003f80ffffc07f00, 0xbf6e9d4c3b2b1908)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	shsub v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x405162738596a7b8, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	shsub v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x405162738596a7b8, 0x38f0a9e2dad2cbc4)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	shsub v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x405162738516a738, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	shsub v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x405162738516a738, 0x3870a962da52cb44)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	shsub v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x4051627385162738, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	shsub v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x4051627385162738, 0x3870a962da524b44)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uhsub v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xc080808080808080, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uhsub v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xc080808080808080, 0x3f7f7f7f7f7f7f7f)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uhsub v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xc000800080008000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uhsub v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xc000800080008000, 0x3fff7fff7fff7fff)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uhsub v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xc000000080000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uhsub v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xc000000080000000, 0x3fffffff7fffffff)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uhsub v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x003f007f00c0ff80, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uhsub v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x003f007f00c0ff80, 0x3fee1d4cbbab1908)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uhsub v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x003f00ffffc0ff00, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uhsub v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x003f00ffffc0ff00, 0x3f6e1d4cbb2b1908)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uhsub v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x003f80ffffc07f00, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uhsub v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x003f80ffffc07f00, 0x3f6e9d4cbb2b1908)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uhsub v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xc0d1e2f305162738, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uhsub v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xc0d1e2f305162738, 0x387029e25a52cbc4)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uhsub v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xc051e27305162738, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uhsub v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xc051e27305162738, 0x387029625a52cb44)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uhsub v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xc051627305162738, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uhsub v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xc051627305162738, 0x3870a9625a524b44)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smax v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xff00000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smax v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xff00000000000000, 0x7f00000000000001)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smax v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xffff000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smax v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xffff000000000000, 0x7fff000000000001)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smax v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smax v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xffffffff00000000, 0x7fffffff00000001)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smax v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x807f01007fffff00, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smax v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x807f01007fffff00, 0x01237f670001ffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smax v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x807f01ff7fffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smax v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x807f01ff7fffffff, 0x01237fff0001ffff)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smax v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x807f01ff7fffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smax v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x807f01ff7fffffff, 0x012345670001ffff)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smax v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x7f7f7f7f76543210, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smax v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x7f7f7f7f76543210, 0x7f1e2d3c4b5a6978)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smax v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x7f7f7f7f76543210, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smax v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x7f7f7f7f76543210, 0x7fff2d3c4b5a6978)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smax v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x7f7f7f7f76543210, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smax v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x7f7f7f7f76543210, 0x7fff80004b5a6978)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smin v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x80ffffffffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smin v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x80ffffffffffffff, 0x00ffffffffffffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smin v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x8000ffffffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smin v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x8000ffffffffffff, 0x0000ffffffffffff)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smin v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x80000000ffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smin v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x80000000ffffffff, 0x00000000ffffffff)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smin v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x800000ff7f80feff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smin v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x800000ff7f80feff, 0x800045ff89abcdef)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smin v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x800000007f80fe00, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smin v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x800000007f80fe00, 0x8000456789abcdef)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smin v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x800000007f80fe00, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smin v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x800000007f80fe00, 0x80007fff89abcdef)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smin v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xfedcba9880808080, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smin v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xfedcba9880808080, 0x0fff8000ffff0000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smin v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xfedcba9880808080, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smin v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xfedcba9880808080, 0x0f1e8000ffff0000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smin v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xfedcba9880808080, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smin v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xfedcba9880808080, 0x0f1e2d3cffff0000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umax v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umax v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xffffffffffffffff, 0x7fffffffffffffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umax v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umax v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xffffffffffffffff, 0x7fffffffffffffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umax v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umax v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xffffffffffffffff, 0x7fffffffffffffff)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umax v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x807f01ff7fffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umax v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x807f01ff7fffffff, 0x80237fff89abffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umax v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x807f01ff7fffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umax v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x807f01ff7fffffff, 0x80007fff89abffff)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umax v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x807f01ff7fffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umax v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x807f01ff7fffffff, 0x80007fff89abcdef)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umax v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xfedcba9880808080, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umax v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xfedcba9880808080, 0x7fff803cffff6978)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umax v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xfedcba9880808080, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umax v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xfedcba9880808080, 0x7fff8000ffff6978)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umax v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xfedcba9880808080, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umax v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xfedcba9880808080, 0x7fff8000ffff0000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umin v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umin v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x8000000000000000, 0x0000000000000001)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umin v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umin v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x8000000000000000, 0x0000000000000001)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umin v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umin v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x8000000000000000, 0x0000000000000001)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umin v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x800000007f80fe00, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umin v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x800000007f80fe00, 0x010045670001cdef)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umin v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x800000007f80fe00, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umin v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x800000007f80fe00, 0x012345670001cdef)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umin v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x800000007f80fe00, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umin v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x800000007f80fe00, 0x012345670001ffff)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umin v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x7f7f7f7f76543210, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umin v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x7f7f7f7f76543210, 0x0f1e2d004b5a0000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umin v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x7f7f7f7f76543210, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umin v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x7f7f7f7f76543210, 0x0f1e2d3c4b5a0000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umin v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x7f7f7f7f76543210, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umin v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x7f7f7f7f76543210, 0x0f1e2d3c4b5a6978)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sabd v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x7f01010101010101, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sabd v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x7f01010101010101, 0x7f01010101010102)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sabd v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x7fff000100010001, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sabd v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x7fff000100010001, 0x7fff000100010002)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sabd v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x7fffffff00000001, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sabd v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x7fffffff00000001, 0x7fffffff00000002)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sabd v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x007f0101007f0101, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sabd v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x007f0101007f0101, 0x81233a6877563210)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sabd v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x007f01ff007f01ff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sabd v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x007f01ff007f01ff, 0x81233a9876563210)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sabd v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x007f01ff007f01ff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sabd v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x007f01ff007f01ff, 0x8122c56876563210)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sabd v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x81a3c5e7f6d4b290, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sabd v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x81a3c5e7f6d4b290, 0x701fad3c4c5b6978)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sabd v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x80a3c4e7f5d4b190, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sabd v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x80a3c4e7f5d4b190, 0x70e1ad3c4b5b6978)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sabd v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x80a2c4e7f5d3b190, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sabd v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x80a2c4e7f5d3b190, 0x70e152c44b5b6978)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uabd v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x7fffffffffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uabd v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x7fffffffffffffff, 0x7ffffffffffffffe)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uabd v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x7fffffffffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uabd v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x7fffffffffffffff, 0x7ffffffffffffffe)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uabd v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x7fffffffffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uabd v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x7fffffffffffffff, 0x7ffffffffffffffe)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uabd v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x007f01ff007f01ff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uabd v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x007f01ff007f01ff, 0x7f233a9889aa3210)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uabd v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x007f01ff007f01ff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uabd v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x007f01ff007f01ff, 0x7edd3a9889aa3210)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uabd v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x007f01ff007f01ff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uabd v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x007f01ff007f01ff, 0x7edd3a9889a9cdf0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uabd v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x7f5d3b190a2c4e70, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uabd v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x7f5d3b190a2c4e70, 0x70e1533cb4a56978)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uabd v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x7f5d3b190a2c4e70, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uabd v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x7f5d3b190a2c4e70, 0x70e152c4b4a56978)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uabd v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x7f5d3b190a2c4e70, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uabd v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x7f5d3b190a2c4e70, 0x70e152c4b4a49688)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saba v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xd456565656565656, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saba v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xd456565656565656, 0x29ababababababac)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saba v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xd554555655565556, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saba v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xd554555655565556, 0x2aa9aaabaaabaaac)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saba v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xd555555455555556, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saba v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xd555555455555556, 0x2aaaaaa9aaaaaaac)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saba v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x55d4565655d45656, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saba v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x55d4565655d45656, 0x2bcde4122100dcba)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saba v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x55d4575455d45754, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saba v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x55d4575455d45754, 0x2bcde5422100dcba)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saba v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x55d4575455d45754, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saba v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x55d4575455d45754, 0x2bcd70122100dcba)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saba v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xd6f81a3c4b2907e5, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saba v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xd6f81a3c4b2907e5, 0x1ac957e6f6051322)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saba v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xd5f81a3c4b2906e5, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saba v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xd5f81a3c4b2906e5, 0x1b8b57e6f6051422)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saba v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xd5f81a3c4b2906e5, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	saba v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xd5f81a3c4b2906e5, 0x1b8bfd6ef6061422)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaba v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xd454545454545454, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaba v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xd454545454545454, 0x29a9a9a9a9a9a9a8)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaba v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xd554555455545554, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaba v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xd554555455545554, 0x2aa9aaa9aaa9aaa8)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaba v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xd555555455555554, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaba v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xd555555455555554, 0x2aaaaaa9aaaaaaa8)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaba v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x55d4565455d45654, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaba v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x55d4565455d45654, 0x29cde4423354dcba)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaba v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x55d4575455d45754, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaba v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x55d4575455d45754, 0x2987e5423454dcba)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaba v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x55d4575455d45754, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaba v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x55d4575455d45754, 0x2987e5423454789a)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaba v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xd4b2906e5f81a3c5, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaba v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xd4b2906e5f81a3c5, 0x1a8bfde65e4f1322)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaba v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xd4b2906e5f81a3c5, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaba v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xd4b2906e5f81a3c5, 0x1b8bfd6e5f4f1422)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaba v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xd4b2906e5f81a3c5, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uaba v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xd4b2906e5f81a3c5, 0x1b8bfd6e5f4f4132)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	pmul v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	pmul v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x8000000000000000, 0x00000000000000ff)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	pmul v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x000000005580aa00, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	pmul v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x000000005580aa00, 0x800043dd00abbba5)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	pmul v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xaab4968800000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	pmul v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xaab4968800000000, 0x850a800039360000)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 2, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	pmul v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x000000005580aa00, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	pmul v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x000000005580aa00, 0x800043dd00abbba5)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 2, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	pmul v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xd5d5d5d580808080, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	pmul v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xd5d5d5d580808080, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqdmulh v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x0001000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqdmulh v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x0001000000000000, 0x000000000000ffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqdmulh v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x0000000100000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqdmulh v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x0000000100000000, 0x00000000ffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqdmulh v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x7f8100007f7f0000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqdmulh v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x7f8100007f7f0000, 0xfedd4566ffff0000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqdmulh v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x7f80fe017f80fdff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqdmulh v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x7f80fe017f80fdff, 0xfedcbbbcfffe26b0)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqdmulh v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xfeddbadd8a22ce22, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqdmulh v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xfeddbadd8a22ce22, 0x0f1dd2c4ffff0000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqdmulh v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xfedddf018a2298ec, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqdmulh v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xfedddf018a2298ec, 0x0f1e1e1dffff694b)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 2, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqdmulh v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x7f8100007f7f0000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqdmulh v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x7f8100007f7f0000, 0xfedd4566ffff0000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqdmulh v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x7f80fe017f80fdff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqdmulh v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x7f80fe017f80fdff, 0xfedcbbbcfffe26b0)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 2, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqdmulh v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqdmulh v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqdmulh v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqdmulh v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xffffffff00000000, 0x00000000ffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrdmulh v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x0001000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrdmulh v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x0001000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrdmulh v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x0000000100000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrdmulh v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x0000000100000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrdmulh v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x7f8100007f7f0000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrdmulh v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x7f8100007f7f0000, 0xfedd4566ffff0000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrdmulh v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x7f80fe017f80fdff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrdmulh v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x7f80fe017f80fdff, 0xfedcbbbcfffe26b0)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrdmulh v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xfeddbade8a22ce22, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrdmulh v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xfeddbade8a22ce22, 0x0f1ed2c4ffff0000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrdmulh v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xfedddf028a2298ed, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrdmulh v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xfedddf028a2298ed, 0x0f1e1e1effff694b)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 2, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrdmulh v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x7f8100007f7f0000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrdmulh v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x7f8100007f7f0000, 0xfedd4566ffff0000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrdmulh v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x7f80fe017f80fdff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrdmulh v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x7f80fe017f80fdff, 0xfedcbbbcfffe26b0)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 2, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrdmulh v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xffffffff00010001, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrdmulh v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xffffffff00010001, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrdmulh v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xffffffff00000001, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrdmulh v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xffffffff00000001, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	/* min * min saturates */
	SETV 1, 0x8000800080008000, 0x8000800080008000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqdmulh v0.8h, v1.8h, v1.8h
	CHECK_V(0, 0x7fff7fff7fff7fff, 0x7fff7fff7fff7fff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x8000000080000000, 0x8000000080000000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrdmulh v0.4s, v1.4s, v1.4s
	CHECK_V(0, 0x7fffffff7fffffff, 0x7fffffff7fffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addp v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xfefefefe80000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addp v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x7efefefe80000000, 0x00000001fefefefe)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addp v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xfffefffe80000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addp v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x7ffefffe80000000, 0x00000001fffefffe)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addp v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xfffffffe80000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addp v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x7ffffffe80000000, 0x00000001fffffffe)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addp v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addp v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x80007efeff00fffe, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addp v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x807e01feff00fffe, 0x24ac34bc80007efe)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addp v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x80007ffe827e7d80, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addp v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xffff0000827e7d80, 0x468a579a80007ffe)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addp v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addp v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x80027ffeffffffff, 0x8acf1356ffffffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addp v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x007f81fe7f82fdff, 0x8123456809abcdee)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addp v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xda52ca42fefe0000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addp v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x7e80fe00fefe0000, 0x2d69a5e1da52ca42)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addp v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xb974a864fefe0100, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addp v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xfffffffffefe0100, 0x3c5ab4d2b974a864)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addp v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x7530eca8ffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addp v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x7ffe8000ffffffff, 0x5a7896b47530eca8)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	addp v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0xff7eff80807f8080, 0x0dfae7d4c1ae9b88)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smaxp v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smaxp v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x7fffffff00000000, 0x00000001ffffffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smaxp v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smaxp v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x7fffffff00000000, 0x00000001ffffffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smaxp v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smaxp v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x7fffffff00000000, 0x00000001ffffffff)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smaxp v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x00007fff7f017f00, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smaxp v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x007f01ff7f017f00, 0x2367abef00007fff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smaxp v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x00007fff01ff7f80, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smaxp v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x7fff000101ff7f80, 0x4567cdef00007fff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smaxp v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x7fffffff7f80fe00, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smaxp v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x0001ffff7f80fe00, 0x012345677fffffff)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smaxp v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xfeba76327f7f8080, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smaxp v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x7f00ff007f7f8080, 0x1e3c5a78feba7632)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smaxp v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xfedc76547f7f8080, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smaxp v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x7fff00007f7f8080, 0x2d3c6978fedc7654)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smaxp v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x765432107f7f7f7f, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	smaxp v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x7fff80007f7f7f7f, 0x4b5a697876543210)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sminp v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xffffffff80000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sminp v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xffffffff80000000, 0x00000000ffffffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sminp v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xffffffff80000000, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sminp v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xffffffff80000000, 0x00000000ffffffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sminp v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xffffffff80000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sminp v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xffffffff80000000, 0x00000000ffffffff)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sminp v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x8000ffff80ff80fe, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sminp v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x80ff00ff80ff80fe, 0x014589cd8000ffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sminp v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x8000ffff807ffe00, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sminp v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x8000ffff807ffe00, 0x012389ab8000ffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sminp v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x80000000807f01ff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sminp v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x80007fff807f01ff, 0x89abcdef80000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sminp v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xdc9854107f7f8080, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sminp v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xff80ff007f7f8080, 0x0f2d4b69dc985410)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sminp v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xba9832107f7f8080, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sminp v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x8000ffff7f7f8080, 0x0f1e4b5aba983210)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sminp v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xfedcba9880808080, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sminp v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xffff000080808080, 0x0f1e2d3cfedcba98)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umaxp v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xffffffff80000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umaxp v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xffffffff80000000, 0x00000001ffffffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umaxp v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xffffffff80000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umaxp v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xffffffff80000000, 0x00000001ffffffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umaxp v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xffffffff80000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umaxp v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xffffffff80000000, 0x00000001ffffffff)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umaxp v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x8000ffff80ff80fe, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umaxp v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x80ff01ff80ff80fe, 0x2367abef8000ffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umaxp v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x8000ffff807ffe00, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umaxp v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x8000ffff807ffe00, 0x4567cdef8000ffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umaxp v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x80000000807f01ff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umaxp v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x80007fff807f01ff, 0x89abcdef80000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umaxp v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xfeba76327f7f8080, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umaxp v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xff80ff007f7f8080, 0x1e3c5a78feba7632)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umaxp v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xfedc76547f7f8080, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umaxp v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x8000ffff7f7f8080, 0x2d3c6978fedc7654)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umaxp v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xfedcba9880808080, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	umaxp v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xffff000080808080, 0x4b5a6978fedcba98)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uminp v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uminp v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x7fffffff00000000, 0x00000000ffffffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uminp v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uminp v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x7fffffff00000000, 0x00000000ffffffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uminp v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uminp v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x7fffffff00000000, 0x00000000ffffffff)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uminp v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x00007fff7f017f00, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uminp v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x007f00ff7f017f00, 0x014589cd00007fff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uminp v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x00007fff01ff7f80, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uminp v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x7fff000101ff7f80, 0x012389ab00007fff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uminp v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x7fffffff7f80fe00, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uminp v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x0001ffff7f80fe00, 0x012345677fffffff)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uminp v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xdc9854107f7f8080, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uminp v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x7f00ff007f7f8080, 0x0f2d4b69dc985410)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uminp v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xba9832107f7f8080, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uminp v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x7fff00007f7f8080, 0x0f1e4b5aba983210)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uminp v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x765432107f7f7f7f, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uminp v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x7fff80007f7f7f7f, 0x0f1e2d3c76543210)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	and v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	and v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x8000000000000000, 0x0000000000000001)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	and v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x800000007f80fe00, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	and v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x800000007f80fe00, 0x000045670001cdef)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	and v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x7e5c3a1800000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	and v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x7e5c3a1800000000, 0x0f1e00004b5a0000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	bic v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	bic v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x0000000000000000, 0x7ffffffffffffffe)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	bic v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x007f01ff00000000, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	bic v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x007f01ff00000000, 0x80003a9800003210)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	bic v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x0123456780808080, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	bic v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x0123456780808080, 0x70e18000b4a50000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	orr v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	orr v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xffffffffffffffff, 0x7fffffffffffffff)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	orr v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x807f01ff7fffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	orr v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x807f01ff7fffffff, 0x81237fff89abffff)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	orr v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xfffffffff6d4b290, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	orr v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xfffffffff6d4b290, 0x7fffad3cffff6978)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	orn v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	orn v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x8000000000000000, 0xffffffffffffffff)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	orn v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xffffffffff80fe00, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	orn v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xffffffffff80fe00, 0xfedcffff7655ffff)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	orn v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x7f7f7f7f89abcdef, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	orn v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x7f7f7f7f89abcdef, 0xffffd2c3ffff9687)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	eor v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x7fffffffffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	eor v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x7fffffffffffffff, 0x7ffffffffffffffe)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	eor v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x007f01ff007f01ff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	eor v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x007f01ff007f01ff, 0x81233a9889aa3210)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	eor v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x81a3c5e7f6d4b290, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	eor v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x81a3c5e7f6d4b290, 0x70e1ad3cb4a56978)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	bsl v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xaaaaaaaaaaaaaaaa, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	bsl v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xaaaaaaaaaaaaaaaa, 0x2aaaaaaaaaaaaaab)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	bsl v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x805501557faafeaa, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	bsl v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x805501557faafeaa, 0x81016fef0101efef)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	bsl v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xffddffdd22002200, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	bsl v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xffddffdd22002200, 0x2fbe8514ebfa4150)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	bit v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	bit v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x8000000000000000, 0xaaaaaaaaaaaaaaab)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	bit v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xd55555557f80fe00, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	bit v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xd55555557f80fe00, 0xaa88efef2201efef)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	bit v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x7f5d7f5d01014545, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	bit v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x7f5d7f5d01014545, 0xafbe8282ebfa8282)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	bif v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x5555555555555555, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	bif v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x5555555555555555, 0x7ffffffffffffffe)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	bif v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x007f01ff55555555, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	bif v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x007f01ff55555555, 0x80223aba88aababa)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	bif v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x55775577d4d49090, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	bif v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x55775577d4d49090, 0x7aeba828beaf2828)
	TEST_END
