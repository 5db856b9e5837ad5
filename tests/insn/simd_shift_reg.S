/*
 * simd_shift_reg.S -- AdvSIMD shift by register (SSHL, USHL, SRSHL, URSHL,
 * SQSHL, UQSHL, SQRSHL, UQRSHL; vector and scalar): positive, negative and
 * out-of-range (>= lane size) shift amounts, rounding, saturation and QC.
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
	SETV 2, 0x0001070809fff8f9, 0x40c03fc110f020e0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sshl v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sshl v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x8000000000000000, 0x00ff00ff00ff00ff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sshl v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sshl v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x0000000000000000, 0x0000ffffffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sshl v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sshl v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x0000000000000000, 0x00000000ffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sshl v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0xff00000000000000, 0x000000007fffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sshl v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x80fe800000c0ff00, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sshl v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x80fe800000c0ff00, 0x000000ff000000ff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sshl v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x00feff003fc0fffc, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sshl v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x00feff003fc0fffc, 0xffff00000000ffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sshl v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x7f01ff0000ff01fc, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sshl v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x7f01ff0000ff01fc, 0xffffffff00000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sshl v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0xff00fe03feff01fc, 0xffffffff80007fff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 2, 0x0000003f00000020, 0xffffffc0ffffffe0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sshl v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x800000007fffff00, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sshl v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x800000007fffff00, 0x00112200c4d5e6ff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sshl v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x800000007fff0000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sshl v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x800000007fff0000, 0x00910000c4d5ffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sshl v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sshl v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x0000000000000000, 0x00000000ffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sshl v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x7fffffff00000000, 0x0000000001234567)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 2, 0x000000000000003f, 0xffffffffffffffc1
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sshl v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xffffffffffffff00, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sshl v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xffffffffffffff00, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sshl v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xffffffffffff0000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sshl v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xffffffffffff0000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sshl v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sshl v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sshl v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0x0000003f00000020, 0xffffffc0ffffffe0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sshl v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x7f7f7f0080808000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sshl v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x7f7f7f0080808000, 0x3fffc000ffff0000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sshl v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x7f7f000080800000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sshl v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x7f7f000080800000, 0x3fffffffffff0000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sshl v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sshl v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x0000000000000000, 0x00000000ffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sshl v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x8080808000000000, 0x000000007fff8000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 2, 0x0001070809fff8f9, 0x40c03fc110f020e0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sshl v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xfeb80000002a0000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sshl v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xfeb80000002a0000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sshl v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xfdb898003b2a0064, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sshl v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xfdb898003b2a0064, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sshl v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xdcba980000eca864, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sshl v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xdcba980000eca864, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sshl v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0xfffdb97530eca864, 0x000000000f1e2d3c)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0x000000000000003f, 0xffffffffffffffc1
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sshl d0, d1, d2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sshl d0, d1, d2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 2, 0x00000000000000c1, 0x0000000000000000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sshl d0, d1, d2
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0x0001070809fff8f9, 0x40c03fc110f020e0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ushl v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ushl v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ushl v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ushl v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ushl v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ushl v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ushl v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x0100000000000000, 0x000000007fffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ushl v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x80fe800000400000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ushl v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x80fe800000400000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ushl v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x00feff003fc001fc, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ushl v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x00feff003fc001fc, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ushl v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x7f01ff0000ff01fc, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ushl v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x7f01ff0000ff01fc, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ushl v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x0100fe03feff01fc, 0x0000000080007fff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 2, 0x0000003f00000020, 0xffffffc0ffffffe0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ushl v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x800000007fffff00, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ushl v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x800000007fffff00, 0x0011220044556600)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ushl v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x800000007fff0000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ushl v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x800000007fff0000, 0x0091000044d50000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ushl v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ushl v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ushl v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x7fffffff00000000, 0x0000000001234567)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 2, 0x000000000000003f, 0xffffffffffffffc1
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ushl v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xffffffffffffff00, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ushl v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xffffffffffffff00, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ushl v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xffffffffffff0000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ushl v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xffffffffffff0000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ushl v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ushl v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ushl v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0x0000003f00000020, 0xffffffc0ffffffe0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ushl v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x7f7f7f0080808000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ushl v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x7f7f7f0080808000, 0x3f7f40007f7f0000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ushl v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x7f7f000080800000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ushl v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x7f7f000080800000, 0x3fff00007fff0000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ushl v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ushl v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ushl v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x8080808000000000, 0x000000007fff8000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 2, 0x0001070809fff8f9, 0x40c03fc110f020e0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ushl v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xfeb80000002a0000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ushl v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xfeb80000002a0000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ushl v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xfdb898003b2a0064, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ushl v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xfdb898003b2a0064, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ushl v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xdcba980000eca864, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ushl v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xdcba980000eca864, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ushl v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x01fdb97530eca864, 0x000000000f1e2d3c)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0x000000000000003f, 0xffffffffffffffc1
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ushl d0, d1, d2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ushl d0, d1, d2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 2, 0x00000000000000c1, 0x0000000000000000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ushl d0, d1, d2
	CHECK_V(0, 0x0000000000000001, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0x0001070809fff8f9, 0x40c03fc110f020e0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srshl v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srshl v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srshl v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srshl v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srshl v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srshl v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srshl v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0xff00000000000000, 0x0000000080000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srshl v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x80fe800000c00000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srshl v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x80fe800000c00000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srshl v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x00feff003fc0fffc, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srshl v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x00feff003fc0fffc, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srshl v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x7f01ff0000ff01fc, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srshl v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x7f01ff0000ff01fc, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srshl v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0xff00fe03feff01fc, 0xffffffff80007fff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 2, 0x0000003f00000020, 0xffffffc0ffffffe0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srshl v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x800000007fffff00, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srshl v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x800000007fffff00, 0x01122300c5d6e700)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srshl v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x800000007fff0000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srshl v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x800000007fff0000, 0x00920000c4d60000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srshl v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srshl v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srshl v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x7fffffff00000000, 0x0000000001234568)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 2, 0x000000000000003f, 0xffffffffffffffc1
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srshl v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xffffffffffffff00, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srshl v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xffffffffffffff00, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srshl v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xffffffffffff0000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srshl v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xffffffffffff0000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srshl v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srshl v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srshl v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0x0000003f00000020, 0xffffffc0ffffffe0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srshl v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x7f7f7f0080808000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srshl v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x7f7f7f0080808000, 0x4000c00000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srshl v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x7f7f000080800000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srshl v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x7f7f000080800000, 0x4000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srshl v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srshl v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srshl v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x8080808000000000, 0x000000007fff8001)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 2, 0x0001070809fff8f9, 0x40c03fc110f020e0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srshl v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xfeb80000002a0000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srshl v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xfeb80000002a0000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srshl v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xfdb898003b2a0064, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srshl v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xfdb898003b2a0064, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srshl v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xdcba980000eca864, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srshl v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xdcba980000eca864, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srshl v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0xfffdb97530eca864, 0x000000000f1e2d3c)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0x000000000000003f, 0xffffffffffffffc1
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srshl d0, d1, d2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srshl d0, d1, d2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 2, 0x00000000000000c1, 0x0000000000000000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	srshl d0, d1, d2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0x0001070809fff8f9, 0x40c03fc110f020e0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urshl v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urshl v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urshl v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urshl v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x0000000000000000, 0x0000000000010000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urshl v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urshl v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x0000000000000000, 0x0000000000000001)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urshl v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x0100000000000000, 0x0000000080000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urshl v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x80fe800000400100, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urshl v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x80fe800000400100, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urshl v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x00feff003fc001fc, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urshl v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x00feff003fc001fc, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urshl v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x7f01ff0000ff01fc, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urshl v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x7f01ff0000ff01fc, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urshl v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x0100fe03feff01fc, 0x0000000080007fff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 2, 0x0000003f00000020, 0xffffffc0ffffffe0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urshl v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x800000007fffff00, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urshl v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x800000007fffff00, 0x0112230045566700)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urshl v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x800000007fff0000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urshl v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x800000007fff0000, 0x0092000044d60000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urshl v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urshl v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x0000000000000000, 0x0000000000000001)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urshl v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x7fffffff00000000, 0x0000000001234568)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 2, 0x000000000000003f, 0xffffffffffffffc1
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urshl v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xffffffffffffff00, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urshl v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xffffffffffffff00, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urshl v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xffffffffffff0000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urshl v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xffffffffffff0000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urshl v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urshl v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urshl v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0x0000003f00000020, 0xffffffc0ffffffe0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urshl v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x7f7f7f0080808000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urshl v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x7f7f7f0080808000, 0x4080400080800000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urshl v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x7f7f000080800000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urshl v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x7f7f000080800000, 0x4000000080000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urshl v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urshl v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x0000000000000000, 0x0000000000000001)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urshl v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x8080808000000000, 0x000000007fff8001)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 2, 0x0001070809fff8f9, 0x40c03fc110f020e0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urshl v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xfeb80000002a0000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urshl v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xfeb80000002a0000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urshl v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xfdb898003b2a0064, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urshl v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xfdb898003b2a0064, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urshl v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xdcba980000eca864, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urshl v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xdcba980000eca864, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urshl v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x01fdb97530eca864, 0x000000000f1e2d3c)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0x000000000000003f, 0xffffffffffffffc1
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urshl d0, d1, d2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urshl d0, d1, d2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 2, 0x00000000000000c1, 0x0000000000000000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	urshl d0, d1, d2
	CHECK_V(0, 0x0000000000000002, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0x0001070809fff8f9, 0x40c03fc110f020e0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqshl v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqshl v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x8000000000000000, 0x7fff80ff80ff80ff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqshl v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqshl v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x8000000000000000, 0x0000ffffffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqshl v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqshl v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x8000000000000000, 0x00000000ffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqshl v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0xff00000000000000, 0x000000007fffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqshl v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x807f7f807fc0ff00, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqshl v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x807f7f807fc0ff00, 0x80007fff000080ff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqshl v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x80007fff3fc0fffc, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqshl v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x80007fff3fc0fffc, 0xffff00000000ffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqshl v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x8000000000ff01fc, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqshl v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x8000000000ff01fc, 0xffffffff00000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqshl v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0xff00fe03feff01fc, 0xffffffff80007fff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 2, 0x0000003f00000020, 0xffffffc0ffffffe0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqshl v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x800000007fffff80, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqshl v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x800000007fffff80, 0x00112200c4d5e6ff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqshl v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x800000007fff8000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqshl v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x800000007fff8000, 0x00910000c4d5ffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqshl v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x800000007fffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqshl v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x800000007fffffff, 0x00000000ffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqshl v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x8000000000000000, 0x0000000001234567)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 2, 0x000000000000003f, 0xffffffffffffffc1
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqshl v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xffffffffffffff80, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqshl v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xffffffffffffff80, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqshl v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xffffffffffff8000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqshl v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xffffffffffff8000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqshl v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xffffffff80000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqshl v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xffffffff80000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqshl v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0x0000003f00000020, 0xffffffc0ffffffe0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqshl v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x7f7f7f7f80808080, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqshl v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x7f7f7f7f80808080, 0x3fffc000ffff0000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqshl v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x7f7f7fff80808000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqshl v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x7f7f7fff80808000, 0x3fffffffffff0000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqshl v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x7fffffff80000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqshl v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x7fffffff80000000, 0x00000000ffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqshl v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x7fffffffffffffff, 0x000000007fff8000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 2, 0x0001070809fff8f9, 0x40c03fc110f020e0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqshl v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xfeb880807f2a0000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqshl v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xfeb880807f2a0000, 0x7f007f007f007f00)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqshl v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xfdb880003b2a0064, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqshl v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xfdb880003b2a0064, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqshl v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x8000000000eca864, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqshl v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x8000000000eca864, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqshl v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0xfffdb97530eca864, 0x000000000f1e2d3c)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0x000000000000003f, 0xffffffffffffffc1
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqshl d0, d1, d2
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqshl d0, d1, d2
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 2, 0x00000000000000c1, 0x0000000000000000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqshl d0, d1, d2
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0x0001070809fff8f9, 0x40c03fc110f020e0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqshl b0, b1, b2
	CHECK_V(0, 0x00000000000000ff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x0000003f00000020, 0xffffffc0ffffffe0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqshl b0, b1, b2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0x0001070809fff8f9, 0x40c03fc110f020e0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqshl h0, h1, h2
	CHECK_V(0, 0x000000000000ff01, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x0000003f00000020, 0xffffffc0ffffffe0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqshl h0, h1, h2
	CHECK_V(0, 0x0000000000008000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0x0001070809fff8f9, 0x40c03fc110f020e0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqshl s0, s1, s2
	CHECK_V(0, 0x00000000ff010101, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x0000003f00000020, 0xffffffc0ffffffe0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqshl s0, s1, s2
	CHECK_V(0, 0x000000007fffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0x0001070809fff8f9, 0x40c03fc110f020e0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqshl v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqshl v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x8000000000000000, 0xff00ff00ff00ff00)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqshl v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xffff000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqshl v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xffff000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqshl v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqshl v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqshl v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x0100000000000000, 0x000000007fffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqshl v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x80fe80ffff400000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqshl v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x80fe80ffff400000, 0xff00ff000000ff00)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqshl v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xffffffff3fc001fc, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqshl v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xffffffff3fc001fc, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqshl v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xffffffff00ff01fc, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqshl v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xffffffff00ff01fc, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqshl v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x0100fe03feff01fc, 0x0000000080007fff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 2, 0x0000003f00000020, 0xffffffc0ffffffe0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqshl v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x800000007fffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqshl v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x800000007fffffff, 0x0011220044556600)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqshl v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x800000007fffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqshl v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x800000007fffffff, 0x0091000044d50000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqshl v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqshl v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqshl v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0xffffffffffffffff, 0x0000000001234567)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 2, 0x000000000000003f, 0xffffffffffffffc1
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqshl v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqshl v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqshl v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqshl v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqshl v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqshl v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqshl v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0x0000003f00000020, 0xffffffc0ffffffe0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqshl v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x7f7f7fff808080ff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqshl v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x7f7f7fff808080ff, 0x3f7f40007f7f0000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqshl v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x7f7fffff8080ffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqshl v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x7f7fffff8080ffff, 0x3fff00007fff0000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqshl v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqshl v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqshl v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0xffffffffffffffff, 0x000000007fff8000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 2, 0x0001070809fff8f9, 0x40c03fc110f020e0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqshl v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xfeffffffff2a0000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqshl v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xfeffffffff2a0000, 0xff00ff00ff00ff00)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqshl v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xffffffff3b2a0064, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqshl v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xffffffff3b2a0064, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqshl v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xffffffff00eca864, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqshl v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xffffffff00eca864, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqshl v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x01fdb97530eca864, 0x000000000f1e2d3c)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0x000000000000003f, 0xffffffffffffffc1
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqshl d0, d1, d2
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqshl d0, d1, d2
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 2, 0x00000000000000c1, 0x0000000000000000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqshl d0, d1, d2
	CHECK_V(0, 0x0000000000000001, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0x0001070809fff8f9, 0x40c03fc110f020e0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqshl b0, b1, b2
	CHECK_V(0, 0x0000000000000001, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x0000003f00000020, 0xffffffc0ffffffe0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqshl b0, b1, b2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0x0001070809fff8f9, 0x40c03fc110f020e0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqshl h0, h1, h2
	CHECK_V(0, 0x0000000000000101, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x0000003f00000020, 0xffffffc0ffffffe0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqshl h0, h1, h2
	CHECK_V(0, 0x000000000000ffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0x0001070809fff8f9, 0x40c03fc110f020e0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqshl s0, s1, s2
	CHECK_V(0, 0x0000000001010101, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x0000003f00000020, 0xffffffc0ffffffe0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqshl s0, s1, s2
	CHECK_V(0, 0x00000000ffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0x0001070809fff8f9, 0x40c03fc110f020e0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrshl v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrshl v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x8000000000000000, 0x7f00800080008000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrshl v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrshl v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrshl v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrshl v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrshl v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0xff00000000000000, 0x0000000080000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrshl v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x807f7f807fc00000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrshl v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x807f7f807fc00000, 0x80007f0000008000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrshl v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x80007fff3fc0fffc, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrshl v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x80007fff3fc0fffc, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrshl v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x8000000000ff01fc, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrshl v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x8000000000ff01fc, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrshl v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0xff00fe03feff01fc, 0xffffffff80007fff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 2, 0x0000003f00000020, 0xffffffc0ffffffe0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrshl v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x800000007fffff80, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrshl v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x800000007fffff80, 0x01122300c5d6e700)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrshl v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x800000007fff8000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrshl v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x800000007fff8000, 0x00920000c4d60000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrshl v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x800000007fffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrshl v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x800000007fffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrshl v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x8000000000000000, 0x0000000001234568)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 2, 0x000000000000003f, 0xffffffffffffffc1
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrshl v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xffffffffffffff80, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrshl v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xffffffffffffff80, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrshl v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xffffffffffff8000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrshl v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xffffffffffff8000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrshl v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xffffffff80000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrshl v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xffffffff80000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrshl v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0x0000003f00000020, 0xffffffc0ffffffe0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrshl v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x7f7f7f7f80808080, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrshl v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x7f7f7f7f80808080, 0x4000c00000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrshl v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x7f7f7fff80808000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrshl v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x7f7f7fff80808000, 0x4000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrshl v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x7fffffff80000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrshl v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x7fffffff80000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrshl v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x7fffffffffffffff, 0x000000007fff8001)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 2, 0x0001070809fff8f9, 0x40c03fc110f020e0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrshl v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xfeb880807f2a0000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrshl v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xfeb880807f2a0000, 0x7f007f007f007f00)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrshl v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xfdb880003b2a0064, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrshl v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xfdb880003b2a0064, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrshl v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x8000000000eca864, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrshl v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x8000000000eca864, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrshl v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0xfffdb97530eca864, 0x000000000f1e2d3c)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0x000000000000003f, 0xffffffffffffffc1
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrshl d0, d1, d2
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrshl d0, d1, d2
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 2, 0x00000000000000c1, 0x0000000000000000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrshl d0, d1, d2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0x0001070809fff8f9, 0x40c03fc110f020e0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrshl b0, b1, b2
	CHECK_V(0, 0x00000000000000ff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x0000003f00000020, 0xffffffc0ffffffe0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrshl b0, b1, b2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0x0001070809fff8f9, 0x40c03fc110f020e0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrshl h0, h1, h2
	CHECK_V(0, 0x000000000000ff01, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x0000003f00000020, 0xffffffc0ffffffe0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrshl h0, h1, h2
	CHECK_V(0, 0x0000000000008000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0x0001070809fff8f9, 0x40c03fc110f020e0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrshl s0, s1, s2
	CHECK_V(0, 0x00000000ff010101, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x0000003f00000020, 0xffffffc0ffffffe0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	sqrshl s0, s1, s2
	CHECK_V(0, 0x000000007fffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0x0001070809fff8f9, 0x40c03fc110f020e0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqrshl v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqrshl v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x8000000000000000, 0xff00ff00ff00ff00)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqrshl v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xffff000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqrshl v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xffff000000000000, 0x0000000000010000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqrshl v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqrshl v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000001)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqrshl v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x0100000000000000, 0x0000000080000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqrshl v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x80fe80ffff400100, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqrshl v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x80fe80ffff400100, 0xff00ff000000ff00)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqrshl v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xffffffff3fc001fc, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqrshl v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xffffffff3fc001fc, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqrshl v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xffffffff00ff01fc, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqrshl v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xffffffff00ff01fc, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqrshl v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x0100fe03feff01fc, 0x0000000080007fff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x800000007fffffff, 0x0123456789abcdef
	SETV 2, 0x0000003f00000020, 0xffffffc0ffffffe0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqrshl v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x800000007fffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqrshl v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x800000007fffffff, 0x0112230045566700)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqrshl v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x800000007fffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqrshl v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x800000007fffffff, 0x0092000044d60000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqrshl v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqrshl v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000001)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqrshl v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0xffffffffffffffff, 0x0000000001234568)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 2, 0x000000000000003f, 0xffffffffffffffc1
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqrshl v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqrshl v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqrshl v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqrshl v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqrshl v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqrshl v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqrshl v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0x0000003f00000020, 0xffffffc0ffffffe0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqrshl v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x7f7f7fff808080ff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqrshl v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x7f7f7fff808080ff, 0x4080400080800000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqrshl v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x7f7fffff8080ffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqrshl v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x7f7fffff8080ffff, 0x4000000080000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqrshl v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqrshl v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000001)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqrshl v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0xffffffffffffffff, 0x000000007fff8001)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 2, 0x0001070809fff8f9, 0x40c03fc110f020e0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqrshl v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0xfeffffffff2a0000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqrshl v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0xfeffffffff2a0000, 0xff00ff00ff00ff00)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqrshl v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0xffffffff3b2a0064, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqrshl v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0xffffffff3b2a0064, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqrshl v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0xffffffff00eca864, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqrshl v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0xffffffff00eca864, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqrshl v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x01fdb97530eca864, 0x000000000f1e2d3c)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0x000000000000003f, 0xffffffffffffffc1
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqrshl d0, d1, d2
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqrshl d0, d1, d2
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0xffffffffffffffff, 0x0000000000000001
	SETV 2, 0x00000000000000c1, 0x0000000000000000
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqrshl d0, d1, d2
	CHECK_V(0, 0x0000000000000002, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0x0001070809fff8f9, 0x40c03fc110f020e0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqrshl b0, b1, b2
	CHECK_V(0, 0x0000000000000001, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x0000003f00000020, 0xffffffc0ffffffe0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqrshl b0, b1, b2
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0x0001070809fff8f9, 0x40c03fc110f020e0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqrshl h0, h1, h2
	CHECK_V(0, 0x0000000000000101, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x0000003f00000020, 0xffffffc0ffffffe0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqrshl h0, h1, h2
	CHECK_V(0, 0x000000000000ffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0x0001070809fff8f9, 0x40c03fc110f020e0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqrshl s0, s1, s2
	CHECK_V(0, 0x0000000001010101, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x0000003f00000020, 0xffffffc0ffffffe0
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uqrshl s0, s1, s2
	CHECK_V(0, 0x00000000ffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	TEST_END
