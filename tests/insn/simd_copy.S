/*
 * simd_copy.S -- AdvSIMD copy (Arm ARM C4.1.96): DUP (element, general),
 * INS (element, general), SMOV, UMOV at every element size and edge indices.
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
	SETV 1, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	dup v0.8b, v1.b[0]
	CHECK_V(0, 0x1010101010101010, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	dup v0.16b, v1.b[15]
	CHECK_V(0, 0x0f0f0f0f0f0f0f0f, 0x0f0f0f0f0f0f0f0f)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	dup v0.4h, v1.h[7]
	CHECK_V(0, 0x0f1e0f1e0f1e0f1e, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	dup v0.8h, v1.h[3]
	CHECK_V(0, 0xfedcfedcfedcfedc, 0xfedcfedcfedcfedc)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	dup v0.2s, v1.s[3]
	CHECK_V(0, 0x0f1e2d3c0f1e2d3c, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	dup v0.4s, v1.s[1]
	CHECK_V(0, 0xfedcba98fedcba98, 0xfedcba98fedcba98)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	dup v0.2d, v1.d[1]
	CHECK_V(0, 0x0f1e2d3c4b5a6978, 0x0f1e2d3c4b5a6978)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	dup v0.2d, v1.d[0]
	CHECK_V(0, 0xfedcba9876543210, 0xfedcba9876543210)
	ldr	x1, =0x8123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	dup v0.8b, w1
	CHECK_V(0, 0xefefefefefefefef, 0x0000000000000000)
	ldr	x1, =0x8123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	dup v0.16b, w1
	CHECK_V(0, 0xefefefefefefefef, 0xefefefefefefefef)
	ldr	x1, =0x8123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	dup v0.4h, w1
	CHECK_V(0, 0xcdefcdefcdefcdef, 0x0000000000000000)
	ldr	x1, =0x8123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	dup v0.8h, w1
	CHECK_V(0, 0xcdefcdefcdefcdef, 0xcdefcdefcdefcdef)
	b	1f
	.ltorg
1:
	ldr	x1, =0x8123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	dup v0.2s, w1
	CHECK_V(0, 0x89abcdef89abcdef, 0x0000000000000000)
	ldr	x1, =0x8123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	dup v0.4s, w1
	CHECK_V(0, 0x89abcdef89abcdef, 0x89abcdef89abcdef)
	ldr	x1, =0x8123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	dup v0.2d, x1
	CHECK_V(0, 0x8123456789abcdef, 0x8123456789abcdef)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mov v0.b[0], v1.b[15]
	CHECK_V(0, 0x555555555555550f, 0xaaaaaaaaaaaaaaaa)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mov v0.b[15], v1.b[0]
	CHECK_V(0, 0x5555555555555555, 0x10aaaaaaaaaaaaaa)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mov v0.h[7], v1.h[2]
	CHECK_V(0, 0x5555555555555555, 0xba98aaaaaaaaaaaa)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mov v0.s[1], v1.s[3]
	CHECK_V(0, 0x0f1e2d3c55555555, 0xaaaaaaaaaaaaaaaa)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mov v0.d[1], v1.d[0]
	CHECK_V(0, 0x5555555555555555, 0xfedcba9876543210)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mov v0.d[0], v1.d[1]
	CHECK_V(0, 0x0f1e2d3c4b5a6978, 0xaaaaaaaaaaaaaaaa)
	ldr	x1, =0x8123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mov v0.b[9], w1
	CHECK_V(0, 0x5555555555555555, 0xaaaaaaaaaaaaefaa)
	ldr	x1, =0x8123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mov v0.h[0], w1
	CHECK_V(0, 0x555555555555cdef, 0xaaaaaaaaaaaaaaaa)
	ldr	x1, =0x8123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mov v0.s[3], w1
	CHECK_V(0, 0x5555555555555555, 0x89abcdefaaaaaaaa)
	b	1f
	.ltorg
1:
	ldr	x1, =0x8123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mov v0.d[1], x1
	CHECK_V(0, 0x5555555555555555, 0x8123456789abcdef)
	ldr	x1, =0x8123456789abcdef
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mov v0.d[0], x1
	CHECK_V(0, 0x8123456789abcdef, 0xaaaaaaaaaaaaaaaa)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	ldr	x3, =0x1111111111111111
	msr	fpsr, xzr
	smov w3, v1.b[0]
	CHECK_X(x3, 0x0000000000000000)
	ldr	x3, =0x1111111111111111
	msr	fpsr, xzr
	smov w3, v1.b[15]
	CHECK_X(x3, 0x00000000ffffff80)
	ldr	x3, =0x1111111111111111
	msr	fpsr, xzr
	smov w3, v1.h[7]
	CHECK_X(x3, 0x00000000ffff8000)
	ldr	x3, =0x1111111111111111
	msr	fpsr, xzr
	smov x3, v1.b[7]
	CHECK_X(x3, 0xffffffffffffff80)
	ldr	x3, =0x1111111111111111
	msr	fpsr, xzr
	smov x3, v1.h[0]
	CHECK_X(x3, 0xfffffffffffffe00)
	ldr	x3, =0x1111111111111111
	msr	fpsr, xzr
	smov x3, v1.s[1]
	CHECK_X(x3, 0xffffffff807f01ff)
	ldr	x3, =0x1111111111111111
	msr	fpsr, xzr
	smov x3, v1.s[3]
	CHECK_X(x3, 0xffffffff80007fff)
	ldr	x3, =0x1111111111111111
	msr	fpsr, xzr
	umov w3, v1.b[1]
	CHECK_X(x3, 0x00000000000000fe)
	ldr	x3, =0x1111111111111111
	msr	fpsr, xzr
	umov w3, v1.b[14]
	CHECK_X(x3, 0x0000000000000000)
	ldr	x3, =0x1111111111111111
	msr	fpsr, xzr
	umov w3, v1.h[4]
	CHECK_X(x3, 0x000000000000ffff)
	b	1f
	.ltorg
1:
	ldr	x3, =0x1111111111111111
	msr	fpsr, xzr
	umov w3, v1.s[2]
	CHECK_X(x3, 0x000000000001ffff)
	ldr	x3, =0x1111111111111111
	msr	fpsr, xzr
	umov x3, v1.d[1]
	CHECK_X(x3, 0x80007fff0001ffff)
	ldr	x3, =0x1111111111111111
	msr	fpsr, xzr
	umov x3, v1.d[0]
	CHECK_X(x3, 0x807f01ff7f80fe00)
	SETV 1, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	ldr	x3, =0x1111111111111111
	msr	fpsr, xzr
	smov w3, v1.b[0]
	CHECK_X(x3, 0x0000000000000010)
	ldr	x3, =0x1111111111111111
	msr	fpsr, xzr
	smov w3, v1.b[15]
	CHECK_X(x3, 0x000000000000000f)
	ldr	x3, =0x1111111111111111
	msr	fpsr, xzr
	smov w3, v1.h[7]
	CHECK_X(x3, 0x0000000000000f1e)
	ldr	x3, =0x1111111111111111
	msr	fpsr, xzr
	smov x3, v1.b[7]
	CHECK_X(x3, 0xfffffffffffffffe)
	ldr	x3, =0x1111111111111111
	msr	fpsr, xzr
	smov x3, v1.h[0]
	CHECK_X(x3, 0x0000000000003210)
	ldr	x3, =0x1111111111111111
	msr	fpsr, xzr
	smov x3, v1.s[1]
	CHECK_X(x3, 0xfffffffffedcba98)
	ldr	x3, =0x1111111111111111
	msr	fpsr, xzr
	smov x3, v1.s[3]
	CHECK_X(x3, 0x000000000f1e2d3c)
	ldr	x3, =0x1111111111111111
	msr	fpsr, xzr
	umov w3, v1.b[1]
	CHECK_X(x3, 0x0000000000000032)
	ldr	x3, =0x1111111111111111
	msr	fpsr, xzr
	umov w3, v1.b[14]
	CHECK_X(x3, 0x000000000000001e)
	b	1f
	.ltorg
1:
	ldr	x3, =0x1111111111111111
	msr	fpsr, xzr
	umov w3, v1.h[4]
	CHECK_X(x3, 0x0000000000006978)
	ldr	x3, =0x1111111111111111
	msr	fpsr, xzr
	umov w3, v1.s[2]
	CHECK_X(x3, 0x000000004b5a6978)
	ldr	x3, =0x1111111111111111
	msr	fpsr, xzr
	umov x3, v1.d[1]
	CHECK_X(x3, 0x0f1e2d3c4b5a6978)
	ldr	x3, =0x1111111111111111
	msr	fpsr, xzr
	umov x3, v1.d[0]
	CHECK_X(x3, 0xfedcba9876543210)
	TEST_END
