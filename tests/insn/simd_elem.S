/*
 * simd_elem.S -- AdvSIMD (scalar) x indexed element, integer (Arm ARM
 * C4.1.96): MUL/MLA/MLS, the long multiplies and the saturating doubling
 * multiplies by element, with edge indices and Vm up to V15 (16-bit) or
 * V31 (32-bit).
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
	mul v0.4h, v1.4h, v2.h[0]
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	SETV 15, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	mul v0.8h, v1.8h, v15.h[7]
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	mul v0.2s, v1.2s, v2.s[1]
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	SETV 31, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	mul v0.4s, v1.4s, v31.s[3]
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	mul v0.4h, v1.4h, v2.h[0]
	CHECK_V(0, 0x7f81fe0180800200, 0x0000000000000000)
	SETV 15, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	mul v0.8h, v1.8h, v15.h[7]
	CHECK_V(0, 0x105d44ddee80ba00, 0x80007edd0123fedd)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	mul v0.2s, v1.2s, v2.s[1]
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	SETV 31, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	mul v0.4s, v1.4s, v31.s[3]
	CHECK_V(0, 0x33808899cb5c3200, 0x21903a9989aaba99)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	mul v0.4h, v1.4h, v2.h[0]
	CHECK_V(0, 0xc5f0c5f008000800, 0x0000000000000000)
	SETV 15, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	mul v0.8h, v1.8h, v15.h[7]
	CHECK_V(0, 0x61e261e28f008f00, 0xf0e20000f0e20000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	mul v0.2s, v1.2s, v2.s[1]
	CHECK_V(0, 0xe979f96817a94c00, 0x0000000000000000)
	SETV 31, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	mul v0.4s, v1.4s, v31.s[3]
	CHECK_V(0, 0xad2d34c443b49e00, 0xe9620000d2c40000)
	b	1f
	.ltorg
1:
	SETV 1, 0x8000800080008000, 0x8000000080000000
	SETV 2, 0x8000800080008000, 0x8000000080000000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	mul v0.4h, v1.4h, v2.h[0]
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 15, 0x8000800080008000, 0x8000000080000000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	mul v0.8h, v1.8h, v15.h[7]
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	mul v0.2s, v1.2s, v2.s[1]
	CHECK_V(0, 0x4000000040000000, 0x0000000000000000)
	SETV 31, 0x8000800080008000, 0x8000000080000000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	mul v0.4s, v1.4s, v31.s[3]
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	mla v0.4h, v1.4h, v2.h[0]
	CHECK_V(0, 0x7edcba9876543210, 0x0000000000000000)
	SETV 15, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	mla v0.8h, v1.8h, v15.h[7]
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	mla v0.2s, v1.2s, v2.s[1]
	CHECK_V(0, 0x7edcba9876543210, 0x0000000000000000)
	SETV 31, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	mla v0.4s, v1.4s, v31.s[3]
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	mla v0.4h, v1.4h, v2.h[0]
	CHECK_V(0, 0x7e5db899f6d43410, 0x0000000000000000)
	SETV 15, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	mla v0.8h, v1.8h, v15.h[7]
	CHECK_V(0, 0x0f39ff7564d4ec10, 0x8f1eac194c7d6855)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	mla v0.2s, v1.2s, v2.s[1]
	CHECK_V(0, 0x7edcba9876543210, 0x0000000000000000)
	SETV 31, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	mla v0.4s, v1.4s, v31.s[3]
	CHECK_V(0, 0x325d433141b06410, 0x30ae67d5d5052411)
	b	1f
	.ltorg
1:
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	mla v0.4h, v1.4h, v2.h[0]
	CHECK_V(0, 0xc4cc80887e543a10, 0x0000000000000000)
	SETV 15, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	mla v0.8h, v1.8h, v15.h[7]
	CHECK_V(0, 0x60be1c7a0554c110, 0x00002d3c3c3c6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	mla v0.2s, v1.2s, v2.s[1]
	CHECK_V(0, 0xe856b4008dfd7e10, 0x0000000000000000)
	SETV 31, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	mla v0.4s, v1.4s, v31.s[3]
	CHECK_V(0, 0xac09ef5cba08d010, 0xf8802d3c1e1e6978)
	SETV 1, 0x8000800080008000, 0x8000000080000000
	SETV 2, 0x8000800080008000, 0x8000000080000000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	mla v0.4h, v1.4h, v2.h[0]
	CHECK_V(0, 0xfedcba9876543210, 0x0000000000000000)
	SETV 15, 0x8000800080008000, 0x8000000080000000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	mla v0.8h, v1.8h, v15.h[7]
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	mla v0.2s, v1.2s, v2.s[1]
	CHECK_V(0, 0x3edcba98b6543210, 0x0000000000000000)
	SETV 31, 0x8000800080008000, 0x8000000080000000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	mla v0.4s, v1.4s, v31.s[3]
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	mls v0.4h, v1.4h, v2.h[0]
	CHECK_V(0, 0x7edcba9876543210, 0x0000000000000000)
	SETV 15, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	mls v0.8h, v1.8h, v15.h[7]
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	mls v0.2s, v1.2s, v2.s[1]
	CHECK_V(0, 0x7edcba9876543210, 0x0000000000000000)
	SETV 31, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	mls v0.4s, v1.4s, v31.s[3]
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978)
	b	1f
	.ltorg
1:
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	mls v0.4h, v1.4h, v2.h[0]
	CHECK_V(0, 0x7f5bbc97f5d43010, 0x0000000000000000)
	SETV 15, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	mls v0.8h, v1.8h, v15.h[7]
	CHECK_V(0, 0xee7f75bb87d47810, 0x8f1eae5f4a376a9b)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	mls v0.2s, v1.2s, v2.s[1]
	CHECK_V(0, 0x7edcba9876543210, 0x0000000000000000)
	SETV 31, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	mls v0.4s, v1.4s, v31.s[3]
	CHECK_V(0, 0xcb5c31ffaaf80010, 0xed8df2a3c1afaedf)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	mls v0.4h, v1.4h, v2.h[0]
	CHECK_V(0, 0x38ecf4a86e542a10, 0x0000000000000000)
	SETV 15, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	mls v0.8h, v1.8h, v15.h[7]
	CHECK_V(0, 0x9cfa58b6e754a310, 0x1e3c2d3c5a786978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	mls v0.2s, v1.2s, v2.s[1]
	CHECK_V(0, 0x1562c1305eaae610, 0x0000000000000000)
	SETV 31, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	mls v0.4s, v1.4s, v31.s[3]
	CHECK_V(0, 0x51af85d4329f9410, 0x25bc2d3c78966978)
	SETV 1, 0x8000800080008000, 0x8000000080000000
	SETV 2, 0x8000800080008000, 0x8000000080000000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	mls v0.4h, v1.4h, v2.h[0]
	CHECK_V(0, 0xfedcba9876543210, 0x0000000000000000)
	SETV 15, 0x8000800080008000, 0x8000000080000000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	mls v0.8h, v1.8h, v15.h[7]
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	mls v0.2s, v1.2s, v2.s[1]
	CHECK_V(0, 0xbedcba9836543210, 0x0000000000000000)
	SETV 31, 0x8000800080008000, 0x8000000080000000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	mls v0.4s, v1.4s, v31.s[3]
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978)
	b	1f
	.ltorg
1:
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmulh v0.4h, v1.4h, v2.h[0]
	CHECK_V(0, 0x0001000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 15, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmulh v0.8h, v1.8h, v15.h[7]
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmulh v0.2s, v1.2s, v2.s[1]
	CHECK_V(0, 0x0000000100000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 31, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmulh v0.4s, v1.4s, v31.s[3]
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmulh h0, h1, v15.h[7]
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmulh s0, s1, v31.s[3]
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmulh v0.4h, v1.4h, v2.h[0]
	CHECK_V(0, 0x0000ffffffff0000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 15, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmulh v0.8h, v1.8h, v15.h[7]
	CHECK_V(0, 0xfede00040121fffb, 0xfedd01220000ffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmulh v0.2s, v1.2s, v2.s[1]
	CHECK_V(0, 0x7f80fe01807f0200, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 31, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmulh v0.4s, v1.4s, v31.s[3]
	CHECK_V(0, 0xfedddb9c01222463, 0xfedcbbbc0000048d)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmulh h0, h1, v15.h[7]
	CHECK_V(0, 0x000000000000fffb, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmulh s0, s1, v31.s[3]
	CHECK_V(0, 0x0000000001222463, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmulh v0.4h, v1.4h, v2.h[0]
	CHECK_V(0, 0x31dd31ddce22ce22, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 15, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmulh v0.8h, v1.8h, v15.h[7]
	CHECK_V(0, 0x0f0e0f0ef0f1f0f1, 0x0f1df0e2ffff0000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmulh v0.2s, v1.2s, v2.s[1]
	CHECK_V(0, 0xfedddf01012220fe, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 31, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmulh v0.4s, v1.4s, v31.s[3]
	CHECK_V(0, 0x0f0effe1f0f1001e, 0x0f1e1e1dffffe1c3)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmulh h0, h1, v15.h[7]
	CHECK_V(0, 0x000000000000f0f1, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmulh s0, s1, v31.s[3]
	CHECK_V(0, 0x00000000f0f1001e, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x8000800080008000, 0x8000000080000000
	SETV 2, 0x8000800080008000, 0x8000000080000000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmulh v0.4h, v1.4h, v2.h[0]
	CHECK_V(0, 0x7fff7fff7fff7fff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 15, 0x8000800080008000, 0x8000000080000000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmulh v0.8h, v1.8h, v15.h[7]
	CHECK_V(0, 0x7fff7fff7fff7fff, 0x7fff00007fff0000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmulh v0.2s, v1.2s, v2.s[1]
	CHECK_V(0, 0x7fff00007fff0000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 31, 0x8000800080008000, 0x8000000080000000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmulh v0.4s, v1.4s, v31.s[3]
	CHECK_V(0, 0x7fff80007fff8000, 0x7fffffff7fffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmulh h0, h1, v15.h[7]
	CHECK_V(0, 0x0000000000007fff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmulh s0, s1, v31.s[3]
	CHECK_V(0, 0x000000007fff8000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqrdmulh v0.4h, v1.4h, v2.h[0]
	CHECK_V(0, 0x0001000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 15, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqrdmulh v0.8h, v1.8h, v15.h[7]
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqrdmulh v0.2s, v1.2s, v2.s[1]
	CHECK_V(0, 0x0000000100000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 31, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqrdmulh v0.4s, v1.4s, v31.s[3]
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqrdmulh h0, h1, v15.h[7]
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqrdmulh s0, s1, v31.s[3]
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqrdmulh v0.4h, v1.4h, v2.h[0]
	CHECK_V(0, 0x00010000ffff0000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 15, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqrdmulh v0.8h, v1.8h, v15.h[7]
	CHECK_V(0, 0xfede00050122fffb, 0xfedd012300000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqrdmulh v0.2s, v1.2s, v2.s[1]
	CHECK_V(0, 0x7f80fe01807f0200, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 31, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqrdmulh v0.4s, v1.4s, v31.s[3]
	CHECK_V(0, 0xfedddb9c01222464, 0xfedcbbbc0000048d)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqrdmulh h0, h1, v15.h[7]
	CHECK_V(0, 0x000000000000fffb, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqrdmulh s0, s1, v31.s[3]
	CHECK_V(0, 0x0000000001222464, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqrdmulh v0.4h, v1.4h, v2.h[0]
	CHECK_V(0, 0x31de31dece22ce22, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 15, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqrdmulh v0.8h, v1.8h, v15.h[7]
	CHECK_V(0, 0x0f0f0f0ff0f1f0f1, 0x0f1ef0e200000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqrdmulh v0.2s, v1.2s, v2.s[1]
	CHECK_V(0, 0xfedddf02012220fe, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 31, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqrdmulh v0.4s, v1.4s, v31.s[3]
	CHECK_V(0, 0x0f0effe1f0f1001f, 0x0f1e1e1effffe1c4)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqrdmulh h0, h1, v15.h[7]
	CHECK_V(0, 0x000000000000f0f1, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqrdmulh s0, s1, v31.s[3]
	CHECK_V(0, 0x00000000f0f1001f, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x8000800080008000, 0x8000000080000000
	SETV 2, 0x8000800080008000, 0x8000000080000000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqrdmulh v0.4h, v1.4h, v2.h[0]
	CHECK_V(0, 0x7fff7fff7fff7fff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 15, 0x8000800080008000, 0x8000000080000000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqrdmulh v0.8h, v1.8h, v15.h[7]
	CHECK_V(0, 0x7fff7fff7fff7fff, 0x7fff00007fff0000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqrdmulh v0.2s, v1.2s, v2.s[1]
	CHECK_V(0, 0x7fff00017fff0001, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 31, 0x8000800080008000, 0x8000000080000000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqrdmulh v0.4s, v1.4s, v31.s[3]
	CHECK_V(0, 0x7fff80007fff8000, 0x7fffffff7fffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqrdmulh h0, h1, v15.h[7]
	CHECK_V(0, 0x0000000000007fff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqrdmulh s0, s1, v31.s[3]
	CHECK_V(0, 0x000000007fff8000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smull v0.4s, v1.4h, v2.h[2]
	CHECK_V(0, 0x0000000000000000, 0x0000800000000000)
	SETV 15, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smull2 v0.4s, v1.8h, v15.h[7]
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smull v0.2d, v1.2s, v2.s[0]
	CHECK_V(0, 0x0000000000000000, 0x0000000080000000)
	SETV 31, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smull2 v0.2d, v1.4s, v31.s[3]
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smull v0.4s, v1.4h, v2.h[2]
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 15, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smull2 v0.4s, v1.8h, v15.h[7]
	CHECK_V(0, 0x00000123fffffedd, 0xff6e800000917edd)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smull v0.2d, v1.2s, v2.s[0]
	CHECK_V(0, 0x3fc07eff807f0200, 0xc03f80ffff80fe01)
	SETV 31, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smull2 v0.2d, v1.4s, v31.s[3]
	CHECK_V(0, 0x0000024689aaba99, 0xff6e5dde21903a99)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smull v0.4s, v1.4h, v2.h[2]
	CHECK_V(0, 0x22914c0022914c00, 0xdd6ef968dd6ef968)
	SETV 15, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smull2 v0.4s, v1.8h, v15.h[7]
	CHECK_V(0, 0xfffff0e200000000, 0x078ef0e2f8710000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smull v0.2d, v1.2s, v2.s[0]
	CHECK_V(0, 0xc5114c764b210800, 0x3aeeb3893e8ac5f0)
	SETV 31, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smull2 v0.2d, v1.4s, v31.s[3]
	CHECK_V(0, 0xfffff0e1d2c40000, 0x078f0f0ee9620000)
	b	1f
	.ltorg
1:
	SETV 1, 0x8000800080008000, 0x8000000080000000
	SETV 2, 0x8000800080008000, 0x8000000080000000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smull v0.4s, v1.4h, v2.h[2]
	CHECK_V(0, 0x4000000040000000, 0x4000000040000000)
	SETV 15, 0x8000800080008000, 0x8000000080000000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smull2 v0.4s, v1.8h, v15.h[7]
	CHECK_V(0, 0x4000000000000000, 0x4000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smull v0.2d, v1.2s, v2.s[0]
	CHECK_V(0, 0x3fff800040000000, 0x3fff800040000000)
	SETV 31, 0x8000800080008000, 0x8000000080000000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smull2 v0.2d, v1.4s, v31.s[3]
	CHECK_V(0, 0x4000000000000000, 0x4000000000000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umull v0.4s, v1.4h, v2.h[2]
	CHECK_V(0, 0x0000000000000000, 0x7fff800000000000)
	SETV 15, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umull2 v0.4s, v1.8h, v15.h[7]
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umull v0.2d, v1.2s, v2.s[0]
	CHECK_V(0, 0x0000000000000000, 0x7fffffff80000000)
	SETV 31, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umull2 v0.2d, v1.4s, v31.s[3]
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umull v0.4s, v1.4h, v2.h[2]
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 15, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umull2 v0.4s, v1.8h, v15.h[7]
	CHECK_V(0, 0x000001230122fedd, 0x0091800000917edd)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umull v0.2d, v1.2s, v2.s[0]
	CHECK_V(0, 0x3fc07eff807f0200, 0x403f80feff80fe01)
	SETV 31, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umull2 v0.2d, v1.4s, v31.s[3]
	CHECK_V(0, 0x0000024689aaba99, 0x0091a34521903a99)
	b	1f
	.ltorg
1:
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umull v0.4s, v1.4h, v2.h[2]
	CHECK_V(0, 0x5da94c005da94c00, 0x5cedf9685cedf968)
	SETV 15, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umull2 v0.4s, v1.8h, v15.h[7]
	CHECK_V(0, 0x0f1df0e200000000, 0x078ef0e2078f0000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umull v0.2d, v1.2s, v2.s[0]
	CHECK_V(0, 0x3b657e864b210800, 0x3aeeb3893e8ac5f0)
	SETV 31, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umull2 v0.2d, v1.4s, v31.s[3]
	CHECK_V(0, 0x0f1e1e1dd2c40000, 0x078f0f0ee9620000)
	SETV 1, 0x8000800080008000, 0x8000000080000000
	SETV 2, 0x8000800080008000, 0x8000000080000000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umull v0.4s, v1.4h, v2.h[2]
	CHECK_V(0, 0x4000000040000000, 0x4000000040000000)
	SETV 15, 0x8000800080008000, 0x8000000080000000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umull2 v0.4s, v1.8h, v15.h[7]
	CHECK_V(0, 0x4000000000000000, 0x4000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umull v0.2d, v1.2s, v2.s[0]
	CHECK_V(0, 0x4000800040000000, 0x4000800040000000)
	SETV 31, 0x8000800080008000, 0x8000000080000000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umull2 v0.2d, v1.4s, v31.s[3]
	CHECK_V(0, 0x4000000000000000, 0x4000000000000000)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlal v0.4s, v1.4h, v2.h[2]
	CHECK_V(0, 0xfedcba9876543210, 0x0f1ead3c4b5a6978)
	SETV 15, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlal2 v0.4s, v1.8h, v15.h[7]
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlal v0.2d, v1.2s, v2.s[0]
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3ccb5a6978)
	SETV 31, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlal2 v0.2d, v1.4s, v31.s[3]
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978)
	b	1f
	.ltorg
1:
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlal v0.4s, v1.4h, v2.h[2]
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978)
	SETV 15, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlal2 v0.4s, v1.8h, v15.h[7]
	CHECK_V(0, 0xfedcbbbb765430ed, 0x0e8cad3c4bebe855)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlal v0.2d, v1.2s, v2.s[0]
	CHECK_V(0, 0x3e9d3997f6d33410, 0xcf5dae3c4adb6779)
	SETV 31, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlal2 v0.2d, v1.4s, v31.s[3]
	CHECK_V(0, 0xfedcbcdefffeeca9, 0x0e8c8b1a6ceaa411)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlal v0.4s, v1.4h, v2.h[2]
	CHECK_V(0, 0x216e069898e57e10, 0xec8d26a428c962e0)
	SETV 15, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlal2 v0.4s, v1.8h, v15.h[7]
	CHECK_V(0, 0xfedcab7a76543210, 0x16ad1e1e43cb6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlal v0.2d, v1.2s, v2.s[0]
	CHECK_V(0, 0xc3ee070ec1753a10, 0x4a0ce0c589e52f68)
	SETV 31, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlal2 v0.2d, v1.4s, v31.s[3]
	CHECK_V(0, 0xfedcab7a49183210, 0x16ad3c4b34bc6978)
	SETV 1, 0x8000800080008000, 0x8000000080000000
	SETV 2, 0x8000800080008000, 0x8000000080000000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlal v0.4s, v1.4h, v2.h[2]
	CHECK_V(0, 0x3edcba98b6543210, 0x4f1e2d3c8b5a6978)
	SETV 15, 0x8000800080008000, 0x8000000080000000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlal2 v0.4s, v1.8h, v15.h[7]
	CHECK_V(0, 0x3edcba9876543210, 0x4f1e2d3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlal v0.2d, v1.2s, v2.s[0]
	CHECK_V(0, 0x3edc3a98b6543210, 0x4f1dad3c8b5a6978)
	SETV 31, 0x8000800080008000, 0x8000000080000000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlal2 v0.2d, v1.4s, v31.s[3]
	CHECK_V(0, 0x3edcba9876543210, 0x4f1e2d3c4b5a6978)
	b	1f
	.ltorg
1:
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlal v0.4s, v1.4h, v2.h[2]
	CHECK_V(0, 0xfedcba9876543210, 0x8f1dad3c4b5a6978)
	SETV 15, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlal2 v0.4s, v1.8h, v15.h[7]
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlal v0.2d, v1.2s, v2.s[0]
	CHECK_V(0, 0xfedcba9876543210, 0x8f1e2d3bcb5a6978)
	SETV 31, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlal2 v0.2d, v1.4s, v31.s[3]
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlal v0.4s, v1.4h, v2.h[2]
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978)
	SETV 15, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlal2 v0.4s, v1.8h, v15.h[7]
	CHECK_V(0, 0xfedcbbbb777730ed, 0x0fafad3c4bebe855)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlal v0.2d, v1.2s, v2.s[0]
	CHECK_V(0, 0x3e9d3997f6d33410, 0x4f5dae3b4adb6779)
	SETV 31, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlal2 v0.2d, v1.4s, v31.s[3]
	CHECK_V(0, 0xfedcbcdefffeeca9, 0x0fafd0816ceaa411)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlal v0.4s, v1.4h, v2.h[2]
	CHECK_V(0, 0x5c860698d3fd7e10, 0x6c0c26a4a84862e0)
	SETV 15, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlal2 v0.4s, v1.8h, v15.h[7]
	CHECK_V(0, 0x0dfaab7a76543210, 0x16ad1e1e52e96978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlal v0.2d, v1.2s, v2.s[0]
	CHECK_V(0, 0x3a42391ec1753a10, 0x4a0ce0c589e52f68)
	SETV 31, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlal2 v0.2d, v1.4s, v31.s[3]
	CHECK_V(0, 0x0dfad8b649183210, 0x16ad3c4b34bc6978)
	b	1f
	.ltorg
1:
	SETV 1, 0x8000800080008000, 0x8000000080000000
	SETV 2, 0x8000800080008000, 0x8000000080000000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlal v0.4s, v1.4h, v2.h[2]
	CHECK_V(0, 0x3edcba98b6543210, 0x4f1e2d3c8b5a6978)
	SETV 15, 0x8000800080008000, 0x8000000080000000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlal2 v0.4s, v1.8h, v15.h[7]
	CHECK_V(0, 0x3edcba9876543210, 0x4f1e2d3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlal v0.2d, v1.2s, v2.s[0]
	CHECK_V(0, 0x3edd3a98b6543210, 0x4f1ead3c8b5a6978)
	SETV 31, 0x8000800080008000, 0x8000000080000000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlal2 v0.2d, v1.4s, v31.s[3]
	CHECK_V(0, 0x3edcba9876543210, 0x4f1e2d3c4b5a6978)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlsl v0.4s, v1.4h, v2.h[2]
	CHECK_V(0, 0xfedcba9876543210, 0x0f1dad3c4b5a6978)
	SETV 15, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlsl2 v0.4s, v1.8h, v15.h[7]
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlsl v0.2d, v1.2s, v2.s[0]
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3bcb5a6978)
	SETV 31, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlsl2 v0.2d, v1.4s, v31.s[3]
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlsl v0.4s, v1.4h, v2.h[2]
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978)
	SETV 15, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlsl2 v0.4s, v1.8h, v15.h[7]
	CHECK_V(0, 0xfedcb97576543333, 0x0fafad3c4ac8ea9b)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlsl v0.2d, v1.2s, v2.s[0]
	CHECK_V(0, 0xbf1c3b98f5d53010, 0x4edeac3c4bd96b77)
	SETV 31, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlsl2 v0.2d, v1.4s, v31.s[3]
	CHECK_V(0, 0xfedcb851eca97777, 0x0fafcf5e29ca2edf)
	b	1f
	.ltorg
1:
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlsl v0.4s, v1.4h, v2.h[2]
	CHECK_V(0, 0xdc4b6e9853c2e610, 0x31af33d46deb7010)
	SETV 15, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlsl2 v0.4s, v1.8h, v15.h[7]
	CHECK_V(0, 0xfedcc9b676543210, 0x078f3c5a52e96978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlsl v0.2d, v1.2s, v2.s[0]
	CHECK_V(0, 0x39cb6e222b332a10, 0xd42f79b30ccfa388)
	SETV 31, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlsl2 v0.2d, v1.4s, v31.s[3]
	CHECK_V(0, 0xfedcc9b6a3903210, 0x078f1e2d61f86978)
	SETV 1, 0x8000800080008000, 0x8000000080000000
	SETV 2, 0x8000800080008000, 0x8000000080000000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlsl v0.4s, v1.4h, v2.h[2]
	CHECK_V(0, 0xbedcba9836543210, 0xcf1e2d3c0b5a6978)
	SETV 15, 0x8000800080008000, 0x8000000080000000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlsl2 v0.4s, v1.8h, v15.h[7]
	CHECK_V(0, 0xbedcba9876543210, 0xcf1e2d3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlsl v0.2d, v1.2s, v2.s[0]
	CHECK_V(0, 0xbedd3a9836543210, 0xcf1ead3c0b5a6978)
	SETV 31, 0x8000800080008000, 0x8000000080000000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	smlsl2 v0.2d, v1.4s, v31.s[3]
	CHECK_V(0, 0xbedcba9876543210, 0xcf1e2d3c4b5a6978)
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlsl v0.4s, v1.4h, v2.h[2]
	CHECK_V(0, 0xfedcba9876543210, 0x8f1ead3c4b5a6978)
	SETV 15, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlsl2 v0.4s, v1.8h, v15.h[7]
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlsl v0.2d, v1.2s, v2.s[0]
	CHECK_V(0, 0xfedcba9876543210, 0x8f1e2d3ccb5a6978)
	SETV 31, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlsl2 v0.2d, v1.4s, v31.s[3]
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978)
	b	1f
	.ltorg
1:
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlsl v0.4s, v1.4h, v2.h[2]
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978)
	SETV 15, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlsl2 v0.4s, v1.8h, v15.h[7]
	CHECK_V(0, 0xfedcb97575313333, 0x0e8cad3c4ac8ea9b)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlsl v0.2d, v1.2s, v2.s[0]
	CHECK_V(0, 0xbf1c3b98f5d53010, 0xcedeac3d4bd96b77)
	SETV 31, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlsl2 v0.2d, v1.4s, v31.s[3]
	CHECK_V(0, 0xfedcb851eca97777, 0x0e8c89f729ca2edf)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlsl v0.4s, v1.4h, v2.h[2]
	CHECK_V(0, 0xa1336e9818aae610, 0xb23033d4ee6c7010)
	SETV 15, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlsl2 v0.4s, v1.8h, v15.h[7]
	CHECK_V(0, 0xefbec9b676543210, 0x078f3c5a43cb6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlsl v0.2d, v1.2s, v2.s[0]
	CHECK_V(0, 0xc3773c122b332a10, 0xd42f79b30ccfa388)
	SETV 31, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlsl2 v0.2d, v1.4s, v31.s[3]
	CHECK_V(0, 0xefbe9c7aa3903210, 0x078f1e2d61f86978)
	SETV 1, 0x8000800080008000, 0x8000000080000000
	SETV 2, 0x8000800080008000, 0x8000000080000000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlsl v0.4s, v1.4h, v2.h[2]
	CHECK_V(0, 0xbedcba9836543210, 0xcf1e2d3c0b5a6978)
	SETV 15, 0x8000800080008000, 0x8000000080000000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlsl2 v0.4s, v1.8h, v15.h[7]
	CHECK_V(0, 0xbedcba9876543210, 0xcf1e2d3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlsl v0.2d, v1.2s, v2.s[0]
	CHECK_V(0, 0xbedc3a9836543210, 0xcf1dad3c0b5a6978)
	SETV 31, 0x8000800080008000, 0x8000000080000000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	umlsl2 v0.2d, v1.4s, v31.s[3]
	CHECK_V(0, 0xbedcba9876543210, 0xcf1e2d3c4b5a6978)
	b	1f
	.ltorg
1:
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmull v0.4s, v1.4h, v2.h[2]
	CHECK_V(0, 0x0000000000000000, 0x0001000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 15, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmull2 v0.4s, v1.8h, v15.h[7]
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmull v0.2d, v1.2s, v2.s[0]
	CHECK_V(0, 0x0000000000000000, 0x0000000100000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 31, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmull2 v0.2d, v1.4s, v31.s[3]
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmull s0, h1, v15.h[5]
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmull d0, s1, v31.s[2]
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmull v0.4s, v1.4h, v2.h[2]
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 15, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmull2 v0.4s, v1.8h, v15.h[7]
	CHECK_V(0, 0x00000246fffffdba, 0xfedd00000122fdba)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmull v0.2d, v1.2s, v2.s[0]
	CHECK_V(0, 0x7f80fdff00fe0400, 0x807f01ffff01fc02)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 31, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmull2 v0.2d, v1.4s, v31.s[3]
	CHECK_V(0, 0x0000048d13557532, 0xfedcbbbc43207532)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmull s0, h1, v15.h[5]
	CHECK_V(0, 0x0000000001d95400, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmull d0, s1, v31.s[2]
	CHECK_V(0, 0x8a213751fda64400, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmull v0.4s, v1.4h, v2.h[2]
	CHECK_V(0, 0x4522980045229800, 0xbaddf2d0baddf2d0)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 15, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmull2 v0.4s, v1.8h, v15.h[7]
	CHECK_V(0, 0xffffe1c400000000, 0x0f1de1c4f0e20000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmull v0.2d, v1.2s, v2.s[0]
	CHECK_V(0, 0x8a2298ec96421000, 0x75dd67127d158be0)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 31, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmull2 v0.2d, v1.4s, v31.s[3]
	CHECK_V(0, 0xffffe1c3a5880000, 0x0f1e1e1dd2c40000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmull s0, h1, v15.h[5]
	CHECK_V(0, 0x00000000b4f15a00, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmull d0, s1, v31.s[2]
	CHECK_V(0, 0xb4f13c973be17800, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x8000800080008000, 0x8000000080000000
	SETV 2, 0x8000800080008000, 0x8000000080000000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmull v0.4s, v1.4h, v2.h[2]
	CHECK_V(0, 0x7fffffff7fffffff, 0x7fffffff7fffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 15, 0x8000800080008000, 0x8000000080000000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmull2 v0.4s, v1.8h, v15.h[7]
	CHECK_V(0, 0x7fffffff00000000, 0x7fffffff00000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmull v0.2d, v1.2s, v2.s[0]
	CHECK_V(0, 0x7fff000080000000, 0x7fff000080000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 31, 0x8000800080008000, 0x8000000080000000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmull2 v0.2d, v1.4s, v31.s[3]
	CHECK_V(0, 0x7fffffffffffffff, 0x7fffffffffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmull s0, h1, v15.h[5]
	CHECK_V(0, 0x000000007fffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmull d0, s1, v31.s[2]
	CHECK_V(0, 0x7fff800000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlal v0.4s, v1.4h, v2.h[2]
	CHECK_V(0, 0xfedcba9876543210, 0x0f1f2d3c4b5a6978)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 15, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlal2 v0.4s, v1.8h, v15.h[7]
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlal v0.2d, v1.2s, v2.s[0]
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3d4b5a6978)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 31, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlal2 v0.2d, v1.4s, v31.s[3]
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlal s0, h1, v15.h[5]
	CHECK_V(0, 0x0000000076543210, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlal d0, s1, v31.s[2]
	CHECK_V(0, 0xfedcba9876543210, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlal v0.4s, v1.4h, v2.h[2]
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 15, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlal2 v0.4s, v1.8h, v15.h[7]
	CHECK_V(0, 0xfedcbcde76542fca, 0x0dfb2d3c4c7d6732)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlal v0.2d, v1.2s, v2.s[0]
	CHECK_V(0, 0x7e5db89777523610, 0x8f9d2f3c4a5c657a)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 31, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlal2 v0.2d, v1.4s, v31.s[3]
	CHECK_V(0, 0xfedcbf2589a9a742, 0x0dfae8f88e7adeaa)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlal s0, h1, v15.h[5]
	CHECK_V(0, 0x00000000782d8610, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlal d0, s1, v31.s[2]
	CHECK_V(0, 0x88fdf1ea73fa7610, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlal v0.4s, v1.4h, v2.h[2]
	CHECK_V(0, 0x43ff52987fffffff, 0xc9fc200c06385c48)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 15, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlal2 v0.4s, v1.8h, v15.h[7]
	CHECK_V(0, 0xfedc9c5c76543210, 0x1e3c0f003c3c6978)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlal v0.2d, v1.2s, v2.s[0]
	CHECK_V(0, 0x88ff53850c964210, 0x7fffffffffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 31, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlal2 v0.2d, v1.4s, v31.s[3]
	CHECK_V(0, 0xfedc9c5c1bdc3210, 0x1e3c4b5a1e1e6978)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlal s0, h1, v15.h[5]
	CHECK_V(0, 0x000000002b458c10, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlal d0, s1, v31.s[2]
	CHECK_V(0, 0xb3cdf72fb235aa10, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x8000800080008000, 0x8000000080000000
	SETV 2, 0x8000800080008000, 0x8000000080000000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlal v0.4s, v1.4h, v2.h[2]
	CHECK_V(0, 0x7edcba977fffffff, 0x7fffffff7fffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 15, 0x8000800080008000, 0x8000000080000000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlal2 v0.4s, v1.8h, v15.h[7]
	CHECK_V(0, 0x7edcba9776543210, 0x7fffffff4b5a6978)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlal v0.2d, v1.2s, v2.s[0]
	CHECK_V(0, 0x7edbba98f6543210, 0x7fffffffffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 31, 0x8000800080008000, 0x8000000080000000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlal2 v0.2d, v1.4s, v31.s[3]
	CHECK_V(0, 0x7edcba987654320f, 0x7fffffffffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlal s0, h1, v15.h[5]
	CHECK_V(0, 0x000000007fffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlal d0, s1, v31.s[2]
	CHECK_V(0, 0x7edc3a9876543210, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	SETV 1, 0x8000000000000000, 0x7fffffffffffffff
	SETV 2, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlsl v0.4s, v1.4h, v2.h[2]
	CHECK_V(0, 0xfedcba9876543210, 0x0f1d2d3c4b5a6978)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 15, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlsl2 v0.4s, v1.8h, v15.h[7]
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlsl v0.2d, v1.2s, v2.s[0]
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3b4b5a6978)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 31, 0xffffffffffffffff, 0x0000000000000001
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlsl2 v0.2d, v1.4s, v31.s[3]
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlsl s0, h1, v15.h[5]
	CHECK_V(0, 0x0000000076543210, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlsl d0, s1, v31.s[2]
	CHECK_V(0, 0xfedcba9876543210, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 2, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlsl v0.4s, v1.4h, v2.h[2]
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 15, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlsl2 v0.4s, v1.8h, v15.h[7]
	CHECK_V(0, 0xfedcb85276543456, 0x10412d3c4a376bbe)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlsl v0.2d, v1.2s, v2.s[0]
	CHECK_V(0, 0x8000000000000000, 0x7fffffffffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 31, 0x800000007fffffff, 0x0123456789abcdef
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlsl2 v0.2d, v1.4s, v31.s[3]
	CHECK_V(0, 0xfedcb60b62febcde, 0x104171800839f446)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlsl s0, h1, v15.h[5]
	CHECK_V(0, 0x00000000747ade10, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlsl d0, s1, v31.s[2]
	CHECK_V(0, 0x74bb834678adee10, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 2, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlsl v0.4s, v1.4h, v2.h[2]
	CHECK_V(0, 0xb9ba229831319a10, 0x54403a6c7fffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 15, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlsl2 v0.4s, v1.8h, v15.h[7]
	CHECK_V(0, 0xfedcd8d476543210, 0x00004b785a786978)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlsl v0.2d, v1.2s, v2.s[0]
	CHECK_V(0, 0x74ba21abe0122210, 0x9940c629ce44dd98)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 31, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlsl2 v0.2d, v1.4s, v31.s[3]
	CHECK_V(0, 0xfedcd8d4d0cc3210, 0x00000f1e78966978)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlsl s0, h1, v15.h[5]
	CHECK_V(0, 0x000000007fffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlsl d0, s1, v31.s[2]
	CHECK_V(0, 0x49eb7e013a72ba10, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x8000800080008000, 0x8000000080000000
	SETV 2, 0x8000800080008000, 0x8000000080000000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlsl v0.4s, v1.4h, v2.h[2]
	CHECK_V(0, 0x80000000f6543211, 0x8f1e2d3dcb5a6979)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 15, 0x8000800080008000, 0x8000000080000000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlsl2 v0.4s, v1.8h, v15.h[7]
	CHECK_V(0, 0x8000000076543210, 0x8f1e2d3d4b5a6978)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlsl v0.2d, v1.2s, v2.s[0]
	CHECK_V(0, 0x8000000000000000, 0x8f1f2d3bcb5a6978)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 31, 0x8000800080008000, 0x8000000080000000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlsl2 v0.2d, v1.4s, v31.s[3]
	CHECK_V(0, 0x8000000000000000, 0x8f1e2d3c4b5a6979)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlsl s0, h1, v15.h[5]
	CHECK_V(0, 0x00000000f6543211, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqdmlsl d0, s1, v31.s[2]
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	TEST_END
