/*
 * simd_shift_imm.S -- AdvSIMD shift by immediate, vector and scalar (Arm ARM
 * C4.1.96): right shifts by 1 and by the full lane width, rounding,
 * accumulation, insertion (SRI/SLI), saturating left shifts with QC, the
 * narrowing SHRN family (2 forms keep the low half) and SSHLL/USHLL.
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
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sshr v0.8b, v1.8b, #1
	CHECK_V(0, 0xc03f00ff3fc0ff00, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sshr v0.8b, v1.8b, #8
	CHECK_V(0, 0xff0000ff00ffff00, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sshr v0.16b, v1.16b, #1
	CHECK_V(0, 0xc03f00ff3fc0ff00, 0xc0003fff0000ffff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sshr v0.16b, v1.16b, #8
	CHECK_V(0, 0xff0000ff00ffff00, 0xff0000ff0000ffff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sshr v0.4h, v1.4h, #1
	CHECK_V(0, 0xc03f00ff3fc0ff00, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sshr v0.4h, v1.4h, #16
	CHECK_V(0, 0xffff00000000ffff, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sshr v0.8h, v1.8h, #1
	CHECK_V(0, 0xc03f00ff3fc0ff00, 0xc0003fff0000ffff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sshr v0.8h, v1.8h, #16
	CHECK_V(0, 0xffff00000000ffff, 0xffff00000000ffff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sshr v0.2s, v1.2s, #1
	CHECK_V(0, 0xc03f80ff3fc07f00, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sshr v0.2s, v1.2s, #32
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sshr v0.4s, v1.4s, #1
	CHECK_V(0, 0xc03f80ff3fc07f00, 0xc0003fff0000ffff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sshr v0.4s, v1.4s, #32
	CHECK_V(0, 0xffffffff00000000, 0xffffffff00000000)
	b	1f
	.ltorg
1:
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sshr v0.2d, v1.2d, #1
	CHECK_V(0, 0xc03f80ffbfc07f00, 0xc0003fff8000ffff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sshr v0.2d, v1.2d, #64
	CHECK_V(0, 0xffffffffffffffff, 0xffffffffffffffff)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sshr v0.8b, v1.8b, #1
	CHECK_V(0, 0x3f3f3f3fc0c0c0c0, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sshr v0.8b, v1.8b, #8
	CHECK_V(0, 0x00000000ffffffff, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sshr v0.16b, v1.16b, #1
	CHECK_V(0, 0x3f3f3f3fc0c0c0c0, 0x3fffc000ffff0000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sshr v0.16b, v1.16b, #8
	CHECK_V(0, 0x00000000ffffffff, 0x00ffff00ffff0000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sshr v0.4h, v1.4h, #1
	CHECK_V(0, 0x3fbf3fbfc040c040, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sshr v0.4h, v1.4h, #16
	CHECK_V(0, 0x00000000ffffffff, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sshr v0.8h, v1.8h, #1
	CHECK_V(0, 0x3fbf3fbfc040c040, 0x3fffc000ffff0000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sshr v0.8h, v1.8h, #16
	CHECK_V(0, 0x00000000ffffffff, 0x0000ffffffff0000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sshr v0.2s, v1.2s, #1
	CHECK_V(0, 0x3fbfbfbfc0404040, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sshr v0.2s, v1.2s, #32
	CHECK_V(0, 0x00000000ffffffff, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sshr v0.4s, v1.4s, #1
	CHECK_V(0, 0x3fbfbfbfc0404040, 0x3fffc000ffff8000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sshr v0.4s, v1.4s, #32
	CHECK_V(0, 0x00000000ffffffff, 0x00000000ffffffff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sshr v0.2d, v1.2d, #1
	CHECK_V(0, 0x3fbfbfbfc0404040, 0x3fffc0007fff8000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sshr v0.2d, v1.2d, #64
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sshr d0, d1, #1
	CHECK_V(0, 0xc03f80ffbfc07f00, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sshr d0, d1, #33
	CHECK_V(0, 0xffffffffc03f80ff, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sshr d0, d1, #64
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ushr v0.8b, v1.8b, #1
	CHECK_V(0, 0x403f007f3f407f00, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ushr v0.8b, v1.8b, #8
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ushr v0.16b, v1.16b, #1
	CHECK_V(0, 0x403f007f3f407f00, 0x40003f7f00007f7f)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ushr v0.16b, v1.16b, #8
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ushr v0.4h, v1.4h, #1
	CHECK_V(0, 0x403f00ff3fc07f00, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ushr v0.4h, v1.4h, #16
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ushr v0.8h, v1.8h, #1
	CHECK_V(0, 0x403f00ff3fc07f00, 0x40003fff00007fff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ushr v0.8h, v1.8h, #16
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ushr v0.2s, v1.2s, #1
	CHECK_V(0, 0x403f80ff3fc07f00, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ushr v0.2s, v1.2s, #32
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ushr v0.4s, v1.4s, #1
	CHECK_V(0, 0x403f80ff3fc07f00, 0x40003fff0000ffff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ushr v0.4s, v1.4s, #32
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ushr v0.2d, v1.2d, #1
	CHECK_V(0, 0x403f80ffbfc07f00, 0x40003fff8000ffff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ushr v0.2d, v1.2d, #64
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ushr v0.8b, v1.8b, #1
	CHECK_V(0, 0x3f3f3f3f40404040, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ushr v0.8b, v1.8b, #8
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ushr v0.16b, v1.16b, #1
	CHECK_V(0, 0x3f3f3f3f40404040, 0x3f7f40007f7f0000)
	b	1f
	.ltorg
1:
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ushr v0.16b, v1.16b, #8
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ushr v0.4h, v1.4h, #1
	CHECK_V(0, 0x3fbf3fbf40404040, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ushr v0.4h, v1.4h, #16
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ushr v0.8h, v1.8h, #1
	CHECK_V(0, 0x3fbf3fbf40404040, 0x3fff40007fff0000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ushr v0.8h, v1.8h, #16
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ushr v0.2s, v1.2s, #1
	CHECK_V(0, 0x3fbfbfbf40404040, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ushr v0.2s, v1.2s, #32
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ushr v0.4s, v1.4s, #1
	CHECK_V(0, 0x3fbfbfbf40404040, 0x3fffc0007fff8000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ushr v0.4s, v1.4s, #32
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ushr v0.2d, v1.2d, #1
	CHECK_V(0, 0x3fbfbfbfc0404040, 0x3fffc0007fff8000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ushr v0.2d, v1.2d, #64
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ushr d0, d1, #1
	CHECK_V(0, 0x403f80ffbfc07f00, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ushr d0, d1, #33
	CHECK_V(0, 0x00000000403f80ff, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ushr d0, d1, #64
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssra v0.8b, v1.8b, #1
	CHECK_V(0, 0xbe1bba97b5143110, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssra v0.8b, v1.8b, #8
	CHECK_V(0, 0xfddcba9776533110, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssra v0.16b, v1.16b, #1
	CHECK_V(0, 0xbe1bba97b5143110, 0xcf1e6c3b4b5a6877)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssra v0.16b, v1.16b, #8
	CHECK_V(0, 0xfddcba9776533110, 0x0e1e2d3b4b5a6877)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssra v0.4h, v1.4h, #1
	CHECK_V(0, 0xbf1bbb97b6143110, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssra v0.4h, v1.4h, #16
	CHECK_V(0, 0xfedbba987654320f, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssra v0.8h, v1.8h, #1
	CHECK_V(0, 0xbf1bbb97b6143110, 0xcf1e6d3b4b5a6977)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssra v0.8h, v1.8h, #16
	CHECK_V(0, 0xfedbba987654320f, 0x0f1d2d3c4b5a6977)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssra v0.2s, v1.2s, #1
	CHECK_V(0, 0xbf1c3b97b614b110, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssra v0.2s, v1.2s, #32
	CHECK_V(0, 0xfedcba9776543210, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssra v0.4s, v1.4s, #1
	CHECK_V(0, 0xbf1c3b97b614b110, 0xcf1e6d3b4b5b6977)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssra v0.4s, v1.4s, #32
	CHECK_V(0, 0xfedcba9776543210, 0x0f1e2d3b4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssra v0.2d, v1.2d, #1
	CHECK_V(0, 0xbf1c3b983614b110, 0xcf1e6d3bcb5b6977)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssra v0.2d, v1.2d, #64
	CHECK_V(0, 0xfedcba987654320f, 0x0f1e2d3c4b5a6977)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssra v0.8b, v1.8b, #1
	CHECK_V(0, 0x3d1bf9d73614f2d0, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssra v0.8b, v1.8b, #8
	CHECK_V(0, 0xfedcba987553310f, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssra v0.16b, v1.16b, #1
	CHECK_V(0, 0x3d1bf9d73614f2d0, 0x4e1ded3c4a596978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssra v0.16b, v1.16b, #8
	CHECK_V(0, 0xfedcba987553310f, 0x0f1d2c3c4a596978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssra v0.4h, v1.4h, #1
	CHECK_V(0, 0x3e9bfa573694f250, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssra v0.4h, v1.4h, #16
	CHECK_V(0, 0xfedcba987653320f, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssra v0.8h, v1.8h, #1
	CHECK_V(0, 0x3e9bfa573694f250, 0x4f1ded3c4b596978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssra v0.8h, v1.8h, #16
	CHECK_V(0, 0xfedcba987653320f, 0x0f1e2d3b4b596978)
	b	1f
	.ltorg
1:
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssra v0.2s, v1.2s, #1
	CHECK_V(0, 0x3e9c7a5736947250, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssra v0.2s, v1.2s, #32
	CHECK_V(0, 0xfedcba987654320f, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssra v0.4s, v1.4s, #1
	CHECK_V(0, 0x3e9c7a5736947250, 0x4f1ded3c4b59e978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssra v0.4s, v1.4s, #32
	CHECK_V(0, 0xfedcba987654320f, 0x0f1e2d3c4b5a6977)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssra v0.2d, v1.2d, #1
	CHECK_V(0, 0x3e9c7a5836947250, 0x4f1ded3ccb59e978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssra v0.2d, v1.2d, #64
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssra d0, d1, #1
	CHECK_V(0, 0xbf1c3b983614b110, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssra d0, d1, #33
	CHECK_V(0, 0xfedcba983693b30f, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ssra d0, d1, #64
	CHECK_V(0, 0xfedcba987654320f, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usra v0.8b, v1.8b, #1
	CHECK_V(0, 0x3e1bba17b594b110, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usra v0.8b, v1.8b, #8
	CHECK_V(0, 0xfedcba9876543210, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usra v0.16b, v1.16b, #1
	CHECK_V(0, 0x3e1bba17b594b110, 0x4f1e6cbb4b5ae8f7)
	b	1f
	.ltorg
1:
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usra v0.16b, v1.16b, #8
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usra v0.4h, v1.4h, #1
	CHECK_V(0, 0x3f1bbb97b614b110, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usra v0.4h, v1.4h, #16
	CHECK_V(0, 0xfedcba9876543210, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usra v0.8h, v1.8h, #1
	CHECK_V(0, 0x3f1bbb97b614b110, 0x4f1e6d3b4b5ae977)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usra v0.8h, v1.8h, #16
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usra v0.2s, v1.2s, #1
	CHECK_V(0, 0x3f1c3b97b614b110, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usra v0.2s, v1.2s, #32
	CHECK_V(0, 0xfedcba9876543210, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usra v0.4s, v1.4s, #1
	CHECK_V(0, 0x3f1c3b97b614b110, 0x4f1e6d3b4b5b6977)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usra v0.4s, v1.4s, #32
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usra v0.2d, v1.2d, #1
	CHECK_V(0, 0x3f1c3b983614b110, 0x4f1e6d3bcb5b6977)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usra v0.2d, v1.2d, #64
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usra v0.8b, v1.8b, #1
	CHECK_V(0, 0x3d1bf9d7b6947250, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usra v0.8b, v1.8b, #8
	CHECK_V(0, 0xfedcba9876543210, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usra v0.16b, v1.16b, #1
	CHECK_V(0, 0x3d1bf9d7b6947250, 0x4e9d6d3ccad96978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usra v0.16b, v1.16b, #8
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usra v0.4h, v1.4h, #1
	CHECK_V(0, 0x3e9bfa57b6947250, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usra v0.4h, v1.4h, #16
	CHECK_V(0, 0xfedcba9876543210, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usra v0.8h, v1.8h, #1
	CHECK_V(0, 0x3e9bfa57b6947250, 0x4f1d6d3ccb596978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usra v0.8h, v1.8h, #16
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usra v0.2s, v1.2s, #1
	CHECK_V(0, 0x3e9c7a57b6947250, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usra v0.2s, v1.2s, #32
	CHECK_V(0, 0xfedcba9876543210, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usra v0.4s, v1.4s, #1
	CHECK_V(0, 0x3e9c7a57b6947250, 0x4f1ded3ccb59e978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usra v0.4s, v1.4s, #32
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usra v0.2d, v1.2d, #1
	CHECK_V(0, 0x3e9c7a5836947250, 0x4f1ded3ccb59e978)
	b	1f
	.ltorg
1:
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usra v0.2d, v1.2d, #64
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usra d0, d1, #1
	CHECK_V(0, 0x3f1c3b983614b110, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usra d0, d1, #33
	CHECK_V(0, 0xfedcba98b693b30f, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	usra d0, d1, #64
	CHECK_V(0, 0xfedcba9876543210, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srshr v0.8b, v1.8b, #1
	CHECK_V(0, 0xc040010040c0ff00, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srshr v0.8b, v1.8b, #8
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srshr v0.16b, v1.16b, #1
	CHECK_V(0, 0xc040010040c0ff00, 0xc000400000010000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srshr v0.16b, v1.16b, #8
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srshr v0.4h, v1.4h, #1
	CHECK_V(0, 0xc04001003fc0ff00, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srshr v0.4h, v1.4h, #16
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srshr v0.8h, v1.8h, #1
	CHECK_V(0, 0xc04001003fc0ff00, 0xc000400000010000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srshr v0.8h, v1.8h, #16
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srshr v0.2s, v1.2s, #1
	CHECK_V(0, 0xc03f81003fc07f00, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srshr v0.2s, v1.2s, #32
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srshr v0.4s, v1.4s, #1
	CHECK_V(0, 0xc03f81003fc07f00, 0xc000400000010000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srshr v0.4s, v1.4s, #32
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srshr v0.2d, v1.2d, #1
	CHECK_V(0, 0xc03f80ffbfc07f00, 0xc0003fff80010000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srshr v0.2d, v1.2d, #64
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srshr v0.8b, v1.8b, #1
	CHECK_V(0, 0x40404040c0c0c0c0, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srshr v0.8b, v1.8b, #8
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srshr v0.16b, v1.16b, #1
	CHECK_V(0, 0x40404040c0c0c0c0, 0x4000c00000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srshr v0.16b, v1.16b, #8
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srshr v0.4h, v1.4h, #1
	CHECK_V(0, 0x3fc03fc0c040c040, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srshr v0.4h, v1.4h, #16
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srshr v0.8h, v1.8h, #1
	CHECK_V(0, 0x3fc03fc0c040c040, 0x4000c00000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srshr v0.8h, v1.8h, #16
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srshr v0.2s, v1.2s, #1
	CHECK_V(0, 0x3fbfbfc0c0404040, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srshr v0.2s, v1.2s, #32
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srshr v0.4s, v1.4s, #1
	CHECK_V(0, 0x3fbfbfc0c0404040, 0x3fffc000ffff8000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srshr v0.4s, v1.4s, #32
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srshr v0.2d, v1.2d, #1
	CHECK_V(0, 0x3fbfbfbfc0404040, 0x3fffc0007fff8000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srshr v0.2d, v1.2d, #64
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srshr d0, d1, #1
	CHECK_V(0, 0xc03f80ffbfc07f00, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srshr d0, d1, #33
	CHECK_V(0, 0xffffffffc03f8100, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srshr d0, d1, #64
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	urshr v0.8b, v1.8b, #1
	CHECK_V(0, 0x4040018040407f00, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	urshr v0.8b, v1.8b, #8
	CHECK_V(0, 0x0100000100010100, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	urshr v0.16b, v1.16b, #1
	CHECK_V(0, 0x4040018040407f00, 0x4000408000018080)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	urshr v0.16b, v1.16b, #8
	CHECK_V(0, 0x0100000100010100, 0x0100000100000101)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	urshr v0.4h, v1.4h, #1
	CHECK_V(0, 0x404001003fc07f00, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	urshr v0.4h, v1.4h, #16
	CHECK_V(0, 0x0001000000000001, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	urshr v0.8h, v1.8h, #1
	CHECK_V(0, 0x404001003fc07f00, 0x4000400000018000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	urshr v0.8h, v1.8h, #16
	CHECK_V(0, 0x0001000000000001, 0x0001000000000001)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	urshr v0.2s, v1.2s, #1
	CHECK_V(0, 0x403f81003fc07f00, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	urshr v0.2s, v1.2s, #32
	CHECK_V(0, 0x0000000100000000, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	urshr v0.4s, v1.4s, #1
	CHECK_V(0, 0x403f81003fc07f00, 0x4000400000010000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	urshr v0.4s, v1.4s, #32
	CHECK_V(0, 0x0000000100000000, 0x0000000100000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	urshr v0.2d, v1.2d, #1
	CHECK_V(0, 0x403f80ffbfc07f00, 0x40003fff80010000)
	b	1f
	.ltorg
1:
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	urshr v0.2d, v1.2d, #64
	CHECK_V(0, 0x0000000000000001, 0x0000000000000001)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	urshr v0.8b, v1.8b, #1
	CHECK_V(0, 0x4040404040404040, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	urshr v0.8b, v1.8b, #8
	CHECK_V(0, 0x0000000001010101, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	urshr v0.16b, v1.16b, #1
	CHECK_V(0, 0x4040404040404040, 0x4080400080800000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	urshr v0.16b, v1.16b, #8
	CHECK_V(0, 0x0000000001010101, 0x0001010001010000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	urshr v0.4h, v1.4h, #1
	CHECK_V(0, 0x3fc03fc040404040, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	urshr v0.4h, v1.4h, #16
	CHECK_V(0, 0x0000000000010001, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	urshr v0.8h, v1.8h, #1
	CHECK_V(0, 0x3fc03fc040404040, 0x4000400080000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	urshr v0.8h, v1.8h, #16
	CHECK_V(0, 0x0000000000010001, 0x0000000100010000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	urshr v0.2s, v1.2s, #1
	CHECK_V(0, 0x3fbfbfc040404040, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	urshr v0.2s, v1.2s, #32
	CHECK_V(0, 0x0000000000000001, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	urshr v0.4s, v1.4s, #1
	CHECK_V(0, 0x3fbfbfc040404040, 0x3fffc0007fff8000)
	b	1f
	.ltorg
1:
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	urshr v0.4s, v1.4s, #32
	CHECK_V(0, 0x0000000000000001, 0x0000000000000001)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	urshr v0.2d, v1.2d, #1
	CHECK_V(0, 0x3fbfbfbfc0404040, 0x3fffc0007fff8000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	urshr v0.2d, v1.2d, #64
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	urshr d0, d1, #1
	CHECK_V(0, 0x403f80ffbfc07f00, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	urshr d0, d1, #33
	CHECK_V(0, 0x00000000403f8100, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	urshr d0, d1, #64
	CHECK_V(0, 0x0000000000000001, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srsra v0.8b, v1.8b, #1
	CHECK_V(0, 0xbe1cbb98b6143110, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srsra v0.8b, v1.8b, #8
	CHECK_V(0, 0xfedcba9876543210, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srsra v0.16b, v1.16b, #1
	CHECK_V(0, 0xbe1cbb98b6143110, 0xcf1e6d3c4b5b6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srsra v0.16b, v1.16b, #8
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srsra v0.4h, v1.4h, #1
	CHECK_V(0, 0xbf1cbb98b6143110, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srsra v0.4h, v1.4h, #16
	CHECK_V(0, 0xfedcba9876543210, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srsra v0.8h, v1.8h, #1
	CHECK_V(0, 0xbf1cbb98b6143110, 0xcf1e6d3c4b5b6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srsra v0.8h, v1.8h, #16
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srsra v0.2s, v1.2s, #1
	CHECK_V(0, 0xbf1c3b98b614b110, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srsra v0.2s, v1.2s, #32
	CHECK_V(0, 0xfedcba9876543210, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srsra v0.4s, v1.4s, #1
	CHECK_V(0, 0xbf1c3b98b614b110, 0xcf1e6d3c4b5b6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srsra v0.4s, v1.4s, #32
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srsra v0.2d, v1.2d, #1
	CHECK_V(0, 0xbf1c3b983614b110, 0xcf1e6d3bcb5b6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srsra v0.2d, v1.2d, #64
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srsra v0.8b, v1.8b, #1
	CHECK_V(0, 0x3e1cfad83614f2d0, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srsra v0.8b, v1.8b, #8
	CHECK_V(0, 0xfedcba9876543210, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srsra v0.16b, v1.16b, #1
	CHECK_V(0, 0x3e1cfad83614f2d0, 0x4f1eed3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srsra v0.16b, v1.16b, #8
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978)
	b	1f
	.ltorg
1:
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srsra v0.4h, v1.4h, #1
	CHECK_V(0, 0x3e9cfa583694f250, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srsra v0.4h, v1.4h, #16
	CHECK_V(0, 0xfedcba9876543210, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srsra v0.8h, v1.8h, #1
	CHECK_V(0, 0x3e9cfa583694f250, 0x4f1eed3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srsra v0.8h, v1.8h, #16
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srsra v0.2s, v1.2s, #1
	CHECK_V(0, 0x3e9c7a5836947250, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srsra v0.2s, v1.2s, #32
	CHECK_V(0, 0xfedcba9876543210, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srsra v0.4s, v1.4s, #1
	CHECK_V(0, 0x3e9c7a5836947250, 0x4f1ded3c4b59e978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srsra v0.4s, v1.4s, #32
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srsra v0.2d, v1.2d, #1
	CHECK_V(0, 0x3e9c7a5836947250, 0x4f1ded3ccb59e978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srsra v0.2d, v1.2d, #64
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srsra d0, d1, #1
	CHECK_V(0, 0xbf1c3b983614b110, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srsra d0, d1, #33
	CHECK_V(0, 0xfedcba983693b310, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	srsra d0, d1, #64
	CHECK_V(0, 0xfedcba9876543210, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ursra v0.8b, v1.8b, #1
	CHECK_V(0, 0x3e1cbb18b694b110, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ursra v0.8b, v1.8b, #8
	CHECK_V(0, 0xffdcba9976553310, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ursra v0.16b, v1.16b, #1
	CHECK_V(0, 0x3e1cbb18b694b110, 0x4f1e6dbc4b5be9f8)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ursra v0.16b, v1.16b, #8
	CHECK_V(0, 0xffdcba9976553310, 0x101e2d3d4b5a6a79)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ursra v0.4h, v1.4h, #1
	CHECK_V(0, 0x3f1cbb98b614b110, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ursra v0.4h, v1.4h, #16
	CHECK_V(0, 0xfeddba9876543211, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ursra v0.8h, v1.8h, #1
	CHECK_V(0, 0x3f1cbb98b614b110, 0x4f1e6d3c4b5be978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ursra v0.8h, v1.8h, #16
	CHECK_V(0, 0xfeddba9876543211, 0x0f1f2d3c4b5a6979)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ursra v0.2s, v1.2s, #1
	CHECK_V(0, 0x3f1c3b98b614b110, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ursra v0.2s, v1.2s, #32
	CHECK_V(0, 0xfedcba9976543210, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ursra v0.4s, v1.4s, #1
	CHECK_V(0, 0x3f1c3b98b614b110, 0x4f1e6d3c4b5b6978)
	b	1f
	.ltorg
1:
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ursra v0.4s, v1.4s, #32
	CHECK_V(0, 0xfedcba9976543210, 0x0f1e2d3d4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ursra v0.2d, v1.2d, #1
	CHECK_V(0, 0x3f1c3b983614b110, 0x4f1e6d3bcb5b6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ursra v0.2d, v1.2d, #64
	CHECK_V(0, 0xfedcba9876543211, 0x0f1e2d3c4b5a6979)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ursra v0.8b, v1.8b, #1
	CHECK_V(0, 0x3e1cfad8b6947250, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ursra v0.8b, v1.8b, #8
	CHECK_V(0, 0xfedcba9877553311, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ursra v0.16b, v1.16b, #1
	CHECK_V(0, 0x3e1cfad8b6947250, 0x4f9e6d3ccbda6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ursra v0.16b, v1.16b, #8
	CHECK_V(0, 0xfedcba9877553311, 0x0f1f2e3c4c5b6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ursra v0.4h, v1.4h, #1
	CHECK_V(0, 0x3e9cfa58b6947250, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ursra v0.4h, v1.4h, #16
	CHECK_V(0, 0xfedcba9876553211, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ursra v0.8h, v1.8h, #1
	CHECK_V(0, 0x3e9cfa58b6947250, 0x4f1e6d3ccb5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ursra v0.8h, v1.8h, #16
	CHECK_V(0, 0xfedcba9876553211, 0x0f1e2d3d4b5b6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ursra v0.2s, v1.2s, #1
	CHECK_V(0, 0x3e9c7a58b6947250, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ursra v0.2s, v1.2s, #32
	CHECK_V(0, 0xfedcba9876543211, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ursra v0.4s, v1.4s, #1
	CHECK_V(0, 0x3e9c7a58b6947250, 0x4f1ded3ccb59e978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ursra v0.4s, v1.4s, #32
	CHECK_V(0, 0xfedcba9876543211, 0x0f1e2d3c4b5a6979)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ursra v0.2d, v1.2d, #1
	CHECK_V(0, 0x3e9c7a5836947250, 0x4f1ded3ccb59e978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ursra v0.2d, v1.2d, #64
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ursra d0, d1, #1
	CHECK_V(0, 0x3f1c3b983614b110, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ursra d0, d1, #33
	CHECK_V(0, 0xfedcba98b693b310, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	ursra d0, d1, #64
	CHECK_V(0, 0xfedcba9876543211, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sri v0.8b, v1.8b, #1
	CHECK_V(0, 0xc0bf80ff3f407f00, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sri v0.8b, v1.8b, #8
	CHECK_V(0, 0xfedcba9876543210, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sri v0.16b, v1.16b, #1
	CHECK_V(0, 0xc0bf80ff3f407f00, 0x40003f7f00007f7f)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sri v0.16b, v1.16b, #8
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978)
	b	1f
	.ltorg
1:
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sri v0.4h, v1.4h, #1
	CHECK_V(0, 0xc03f80ff3fc07f00, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sri v0.4h, v1.4h, #16
	CHECK_V(0, 0xfedcba9876543210, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sri v0.8h, v1.8h, #1
	CHECK_V(0, 0xc03f80ff3fc07f00, 0x40003fff00007fff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sri v0.8h, v1.8h, #16
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sri v0.2s, v1.2s, #1
	CHECK_V(0, 0xc03f80ff3fc07f00, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sri v0.2s, v1.2s, #32
	CHECK_V(0, 0xfedcba9876543210, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sri v0.4s, v1.4s, #1
	CHECK_V(0, 0xc03f80ff3fc07f00, 0x40003fff0000ffff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sri v0.4s, v1.4s, #32
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sri v0.2d, v1.2d, #1
	CHECK_V(0, 0xc03f80ffbfc07f00, 0x40003fff8000ffff)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sri v0.2d, v1.2d, #64
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sri v0.8b, v1.8b, #1
	CHECK_V(0, 0xbfbfbfbf40404040, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sri v0.8b, v1.8b, #8
	CHECK_V(0, 0xfedcba9876543210, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sri v0.16b, v1.16b, #1
	CHECK_V(0, 0xbfbfbfbf40404040, 0x3f7f40007f7f0000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sri v0.16b, v1.16b, #8
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sri v0.4h, v1.4h, #1
	CHECK_V(0, 0xbfbfbfbf40404040, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sri v0.4h, v1.4h, #16
	CHECK_V(0, 0xfedcba9876543210, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sri v0.8h, v1.8h, #1
	CHECK_V(0, 0xbfbfbfbf40404040, 0x3fff40007fff0000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sri v0.8h, v1.8h, #16
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sri v0.2s, v1.2s, #1
	CHECK_V(0, 0xbfbfbfbf40404040, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sri v0.2s, v1.2s, #32
	CHECK_V(0, 0xfedcba9876543210, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sri v0.4s, v1.4s, #1
	CHECK_V(0, 0xbfbfbfbf40404040, 0x3fffc0007fff8000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sri v0.4s, v1.4s, #32
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sri v0.2d, v1.2d, #1
	CHECK_V(0, 0xbfbfbfbfc0404040, 0x3fffc0007fff8000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sri v0.2d, v1.2d, #64
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978)
	b	1f
	.ltorg
1:
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sri d0, d1, #1
	CHECK_V(0, 0xc03f80ffbfc07f00, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sri d0, d1, #33
	CHECK_V(0, 0xfedcba98403f80ff, 0x0000000000000000)
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sri d0, d1, #64
	CHECK_V(0, 0xfedcba9876543210, 0x0000000000000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	shl v0.8b, v1.8b, #1
	CHECK_V(0, 0x00fe02fefe00fc00, 0x0000000000000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	shl v0.8b, v1.8b, #7
	CHECK_V(0, 0x0080808080000000, 0x0000000000000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	shl v0.16b, v1.16b, #1
	CHECK_V(0, 0x00fe02fefe00fc00, 0x0000fefe0002fefe)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	shl v0.16b, v1.16b, #7
	CHECK_V(0, 0x0080808080000000, 0x0000808000808080)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	shl v0.4h, v1.4h, #1
	CHECK_V(0, 0x00fe03feff00fc00, 0x0000000000000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	shl v0.4h, v1.4h, #15
	CHECK_V(0, 0x8000800000000000, 0x0000000000000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	shl v0.8h, v1.8h, #1
	CHECK_V(0, 0x00fe03feff00fc00, 0x0000fffe0002fffe)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	shl v0.8h, v1.8h, #15
	CHECK_V(0, 0x8000800000000000, 0x0000800080008000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	shl v0.2s, v1.2s, #1
	CHECK_V(0, 0x00fe03feff01fc00, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	shl v0.2s, v1.2s, #31
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	shl v0.4s, v1.4s, #1
	CHECK_V(0, 0x00fe03feff01fc00, 0x0000fffe0003fffe)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	shl v0.4s, v1.4s, #31
	CHECK_V(0, 0x8000000000000000, 0x8000000080000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	shl v0.2d, v1.2d, #1
	CHECK_V(0, 0x00fe03feff01fc00, 0x0000fffe0003fffe)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	shl v0.2d, v1.2d, #63
	CHECK_V(0, 0x0000000000000000, 0x8000000000000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	shl v0.8b, v1.8b, #1
	CHECK_V(0, 0xfefefefe00000000, 0x0000000000000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	shl v0.8b, v1.8b, #7
	CHECK_V(0, 0x8080808000000000, 0x0000000000000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	shl v0.16b, v1.16b, #1
	CHECK_V(0, 0xfefefefe00000000, 0xfefe0000fefe0000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	shl v0.16b, v1.16b, #7
	CHECK_V(0, 0x8080808000000000, 0x8080000080800000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	shl v0.4h, v1.4h, #1
	CHECK_V(0, 0xfefefefe01000100, 0x0000000000000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	shl v0.4h, v1.4h, #15
	CHECK_V(0, 0x8000800000000000, 0x0000000000000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	shl v0.8h, v1.8h, #1
	CHECK_V(0, 0xfefefefe01000100, 0xfffe0000fffe0000)
	b	1f
	.ltorg
1:
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	shl v0.8h, v1.8h, #15
	CHECK_V(0, 0x8000800000000000, 0x8000000080000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	shl v0.2s, v1.2s, #1
	CHECK_V(0, 0xfefefefe01010100, 0x0000000000000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	shl v0.2s, v1.2s, #31
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	shl v0.4s, v1.4s, #1
	CHECK_V(0, 0xfefefefe01010100, 0xffff0000fffe0000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	shl v0.4s, v1.4s, #31
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	shl v0.2d, v1.2d, #1
	CHECK_V(0, 0xfefefeff01010100, 0xffff0001fffe0000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	shl v0.2d, v1.2d, #63
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	shl d0, d1, #0
	CHECK_V(0, 0x807f01ff7f80fe00, 0x0000000000000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	shl d0, d1, #0
	CHECK_V(0, 0x7f7f7f7f80808080, 0x0000000000000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	shl d0, d1, #1
	CHECK_V(0, 0x00fe03feff01fc00, 0x0000000000000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	shl d0, d1, #1
	CHECK_V(0, 0xfefefeff01010100, 0x0000000000000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	shl d0, d1, #63
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	shl d0, d1, #63
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sli v0.8b, v1.8b, #1
	CHECK_V(0, 0x00fe02feff01fd01, 0x0000000000000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sli v0.8b, v1.8b, #7
	CHECK_V(0, 0x00808080ff7f7f7f, 0x0000000000000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sli v0.16b, v1.16b, #1
	CHECK_V(0, 0x00fe02feff01fd01, 0x0101ffff0103ffff)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sli v0.16b, v1.16b, #7
	CHECK_V(0, 0x00808080ff7f7f7f, 0x0123c5e709abcdef)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sli v0.4h, v1.4h, #1
	CHECK_V(0, 0x00fe03feff01fc01, 0x0000000000000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sli v0.4h, v1.4h, #15
	CHECK_V(0, 0x800080007fff7fff, 0x0000000000000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sli v0.8h, v1.8h, #1
	CHECK_V(0, 0x00fe03feff01fc01, 0x0001ffff0003ffff)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sli v0.8h, v1.8h, #15
	CHECK_V(0, 0x800080007fff7fff, 0x0123c56789abcdef)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sli v0.2s, v1.2s, #1
	CHECK_V(0, 0x00fe03feff01fc01, 0x0000000000000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sli v0.2s, v1.2s, #31
	CHECK_V(0, 0x800000007fffffff, 0x0000000000000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sli v0.4s, v1.4s, #1
	CHECK_V(0, 0x00fe03feff01fc01, 0x0000ffff0003ffff)
	b	1f
	.ltorg
1:
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sli v0.4s, v1.4s, #31
	CHECK_V(0, 0x800000007fffffff, 0x8123456789abcdef)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sli v0.2d, v1.2d, #1
	CHECK_V(0, 0x00fe03feff01fc01, 0x0000fffe0003ffff)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sli v0.2d, v1.2d, #63
	CHECK_V(0, 0x000000007fffffff, 0x8123456789abcdef)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sli v0.8b, v1.8b, #1
	CHECK_V(0, 0xfefefefe01010101, 0x0000000000000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sli v0.8b, v1.8b, #7
	CHECK_V(0, 0x808080807f7f7f7f, 0x0000000000000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sli v0.16b, v1.16b, #1
	CHECK_V(0, 0xfefefefe01010101, 0xffff0101ffff0101)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sli v0.16b, v1.16b, #7
	CHECK_V(0, 0x808080807f7f7f7f, 0x81a3456789ab4d6f)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sli v0.4h, v1.4h, #1
	CHECK_V(0, 0xfefefefe01010101, 0x0000000000000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sli v0.4h, v1.4h, #15
	CHECK_V(0, 0x800080007fff7fff, 0x0000000000000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sli v0.8h, v1.8h, #1
	CHECK_V(0, 0xfefefefe01010101, 0xffff0001ffff0001)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sli v0.8h, v1.8h, #15
	CHECK_V(0, 0x800080007fff7fff, 0x8123456789ab4def)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sli v0.2s, v1.2s, #1
	CHECK_V(0, 0xfefefefe01010101, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sli v0.2s, v1.2s, #31
	CHECK_V(0, 0x800000007fffffff, 0x0000000000000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sli v0.4s, v1.4s, #1
	CHECK_V(0, 0xfefefefe01010101, 0xffff0001fffe0001)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sli v0.4s, v1.4s, #31
	CHECK_V(0, 0x800000007fffffff, 0x0123456709abcdef)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sli v0.2d, v1.2d, #1
	CHECK_V(0, 0xfefefeff01010101, 0xffff0001fffe0001)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sli v0.2d, v1.2d, #63
	CHECK_V(0, 0x000000007fffffff, 0x0123456789abcdef)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sli d0, d1, #0
	CHECK_V(0, 0x807f01ff7f80fe00, 0x0000000000000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sli d0, d1, #0
	CHECK_V(0, 0x7f7f7f7f80808080, 0x0000000000000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sli d0, d1, #1
	CHECK_V(0, 0x00fe03feff01fc00, 0x0000000000000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sli d0, d1, #1
	CHECK_V(0, 0xfefefeff01010100, 0x0000000000000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sli d0, d1, #63
	CHECK_V(0, 0x7edcba9876543210, 0x0000000000000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sli d0, d1, #63
	CHECK_V(0, 0x7edcba9876543210, 0x0000000000000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshl v0.8b, v1.8b, #1
	CHECK_V(0, 0x807f02fe7f80fc00, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshl v0.8b, v1.8b, #7
	CHECK_V(0, 0x807f7f807f808000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshl v0.16b, v1.16b, #1
	CHECK_V(0, 0x807f02fe7f80fc00, 0x80007ffe0002fefe)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshl v0.16b, v1.16b, #7
	CHECK_V(0, 0x807f7f807f808000, 0x80007f80007f8080)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshl v0.4h, v1.4h, #1
	CHECK_V(0, 0x800003fe7ffffc00, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshl v0.4h, v1.4h, #15
	CHECK_V(0, 0x80007fff7fff8000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshl v0.8h, v1.8h, #1
	CHECK_V(0, 0x800003fe7ffffc00, 0x80007fff0002fffe)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshl v0.8h, v1.8h, #15
	CHECK_V(0, 0x80007fff7fff8000, 0x80007fff7fff8000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshl v0.2s, v1.2s, #1
	CHECK_V(0, 0x800000007fffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshl v0.2s, v1.2s, #31
	CHECK_V(0, 0x800000007fffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshl v0.4s, v1.4s, #1
	CHECK_V(0, 0x800000007fffffff, 0x800000000003fffe)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshl v0.4s, v1.4s, #31
	CHECK_V(0, 0x800000007fffffff, 0x800000007fffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshl v0.2d, v1.2d, #1
	CHECK_V(0, 0x8000000000000000, 0x8000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshl v0.2d, v1.2d, #63
	CHECK_V(0, 0x8000000000000000, 0x8000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshl v0.8b, v1.8b, #1
	CHECK_V(0, 0x7f7f7f7f80808080, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshl v0.8b, v1.8b, #7
	CHECK_V(0, 0x7f7f7f7f80808080, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshl v0.16b, v1.16b, #1
	CHECK_V(0, 0x7f7f7f7f80808080, 0x7ffe8000fefe0000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshl v0.16b, v1.16b, #7
	CHECK_V(0, 0x7f7f7f7f80808080, 0x7f80800080800000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshl v0.4h, v1.4h, #1
	CHECK_V(0, 0x7fff7fff80008000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshl v0.4h, v1.4h, #15
	CHECK_V(0, 0x7fff7fff80008000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshl v0.8h, v1.8h, #1
	CHECK_V(0, 0x7fff7fff80008000, 0x7fff8000fffe0000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshl v0.8h, v1.8h, #15
	CHECK_V(0, 0x7fff7fff80008000, 0x7fff800080000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshl v0.2s, v1.2s, #1
	CHECK_V(0, 0x7fffffff80000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshl v0.2s, v1.2s, #31
	CHECK_V(0, 0x7fffffff80000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshl v0.4s, v1.4s, #1
	CHECK_V(0, 0x7fffffff80000000, 0x7ffffffffffe0000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshl v0.4s, v1.4s, #31
	CHECK_V(0, 0x7fffffff80000000, 0x7fffffff80000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshl v0.2d, v1.2d, #1
	CHECK_V(0, 0x7fffffffffffffff, 0x7fffffffffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshl v0.2d, v1.2d, #63
	CHECK_V(0, 0x7fffffffffffffff, 0x7fffffffffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshl b0, b1, #0
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshl b0, b1, #0
	CHECK_V(0, 0x0000000000000080, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshl b0, b1, #1
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshl b0, b1, #1
	CHECK_V(0, 0x0000000000000080, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshl b0, b1, #7
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshl b0, b1, #7
	CHECK_V(0, 0x0000000000000080, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshl h0, h1, #0
	CHECK_V(0, 0x000000000000fe00, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshl h0, h1, #0
	CHECK_V(0, 0x0000000000008080, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshl h0, h1, #1
	CHECK_V(0, 0x000000000000fc00, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshl h0, h1, #1
	CHECK_V(0, 0x0000000000008000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshl h0, h1, #15
	CHECK_V(0, 0x0000000000008000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshl h0, h1, #15
	CHECK_V(0, 0x0000000000008000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshl s0, s1, #0
	CHECK_V(0, 0x000000007f80fe00, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshl s0, s1, #0
	CHECK_V(0, 0x0000000080808080, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshl s0, s1, #1
	CHECK_V(0, 0x000000007fffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshl s0, s1, #1
	CHECK_V(0, 0x0000000080000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshl s0, s1, #31
	CHECK_V(0, 0x000000007fffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshl s0, s1, #31
	CHECK_V(0, 0x0000000080000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshl d0, d1, #0
	CHECK_V(0, 0x807f01ff7f80fe00, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshl d0, d1, #0
	CHECK_V(0, 0x7f7f7f7f80808080, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshl d0, d1, #1
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshl d0, d1, #1
	CHECK_V(0, 0x7fffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshl d0, d1, #63
	CHECK_V(0, 0x8000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshl d0, d1, #63
	CHECK_V(0, 0x7fffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqshl v0.8b, v1.8b, #1
	CHECK_V(0, 0xfffe02fffeffff00, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqshl v0.8b, v1.8b, #7
	CHECK_V(0, 0xffff80ffffffff00, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqshl v0.16b, v1.16b, #1
	CHECK_V(0, 0xfffe02fffeffff00, 0xff00feff0002ffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqshl v0.16b, v1.16b, #7
	CHECK_V(0, 0xffff80ffffffff00, 0xff00ffff0080ffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqshl v0.4h, v1.4h, #1
	CHECK_V(0, 0xffff03feff00ffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqshl v0.4h, v1.4h, #15
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqshl v0.8h, v1.8h, #1
	CHECK_V(0, 0xffff03feff00ffff, 0xfffffffe0002ffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqshl v0.8h, v1.8h, #15
	CHECK_V(0, 0xffffffffffffffff, 0xffffffff8000ffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqshl v0.2s, v1.2s, #1
	CHECK_V(0, 0xffffffffff01fc00, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqshl v0.2s, v1.2s, #31
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqshl v0.4s, v1.4s, #1
	CHECK_V(0, 0xffffffffff01fc00, 0xffffffff0003fffe)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqshl v0.4s, v1.4s, #31
	CHECK_V(0, 0xffffffffffffffff, 0xffffffffffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqshl v0.2d, v1.2d, #1
	CHECK_V(0, 0xffffffffffffffff, 0xffffffffffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqshl v0.2d, v1.2d, #63
	CHECK_V(0, 0xffffffffffffffff, 0xffffffffffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqshl v0.8b, v1.8b, #1
	CHECK_V(0, 0xfefefefeffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqshl v0.8b, v1.8b, #7
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqshl v0.16b, v1.16b, #1
	CHECK_V(0, 0xfefefefeffffffff, 0xfeffff00ffff0000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqshl v0.16b, v1.16b, #7
	CHECK_V(0, 0xffffffffffffffff, 0xffffff00ffff0000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqshl v0.4h, v1.4h, #1
	CHECK_V(0, 0xfefefefeffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqshl v0.4h, v1.4h, #15
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqshl v0.8h, v1.8h, #1
	CHECK_V(0, 0xfefefefeffffffff, 0xfffeffffffff0000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqshl v0.8h, v1.8h, #15
	CHECK_V(0, 0xffffffffffffffff, 0xffffffffffff0000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqshl v0.2s, v1.2s, #1
	CHECK_V(0, 0xfefefefeffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqshl v0.2s, v1.2s, #31
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqshl v0.4s, v1.4s, #1
	CHECK_V(0, 0xfefefefeffffffff, 0xffff0000ffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqshl v0.4s, v1.4s, #31
	CHECK_V(0, 0xffffffffffffffff, 0xffffffffffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqshl v0.2d, v1.2d, #1
	CHECK_V(0, 0xfefefeff01010100, 0xffff0001fffe0000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqshl v0.2d, v1.2d, #63
	CHECK_V(0, 0xffffffffffffffff, 0xffffffffffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uqshl b0, b1, #0
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uqshl b0, b1, #0
	CHECK_V(0, 0x0000000000000080, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uqshl b0, b1, #1
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uqshl b0, b1, #1
	CHECK_V(0, 0x00000000000000ff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uqshl b0, b1, #7
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uqshl b0, b1, #7
	CHECK_V(0, 0x00000000000000ff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uqshl h0, h1, #0
	CHECK_V(0, 0x000000000000fe00, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uqshl h0, h1, #0
	CHECK_V(0, 0x0000000000008080, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uqshl h0, h1, #1
	CHECK_V(0, 0x000000000000ffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uqshl h0, h1, #1
	CHECK_V(0, 0x000000000000ffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uqshl h0, h1, #15
	CHECK_V(0, 0x000000000000ffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uqshl h0, h1, #15
	CHECK_V(0, 0x000000000000ffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uqshl s0, s1, #0
	CHECK_V(0, 0x000000007f80fe00, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uqshl s0, s1, #0
	CHECK_V(0, 0x0000000080808080, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uqshl s0, s1, #1
	CHECK_V(0, 0x00000000ff01fc00, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uqshl s0, s1, #1
	CHECK_V(0, 0x00000000ffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uqshl s0, s1, #31
	CHECK_V(0, 0x00000000ffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uqshl s0, s1, #31
	CHECK_V(0, 0x00000000ffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uqshl d0, d1, #0
	CHECK_V(0, 0x807f01ff7f80fe00, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uqshl d0, d1, #0
	CHECK_V(0, 0x7f7f7f7f80808080, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uqshl d0, d1, #1
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uqshl d0, d1, #1
	CHECK_V(0, 0xfefefeff01010100, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uqshl d0, d1, #63
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uqshl d0, d1, #63
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshlu v0.8b, v1.8b, #1
	CHECK_V(0, 0x00fe0200fe000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshlu v0.8b, v1.8b, #7
	CHECK_V(0, 0x00ff8000ff000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshlu v0.16b, v1.16b, #1
	CHECK_V(0, 0x00fe0200fe000000, 0x0000fe0000020000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshlu v0.16b, v1.16b, #7
	CHECK_V(0, 0x00ff8000ff000000, 0x0000ff0000800000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshlu v0.4h, v1.4h, #1
	CHECK_V(0, 0x000003feff000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshlu v0.4h, v1.4h, #15
	CHECK_V(0, 0x0000ffffffff0000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshlu v0.8h, v1.8h, #1
	CHECK_V(0, 0x000003feff000000, 0x0000fffe00020000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshlu v0.8h, v1.8h, #15
	CHECK_V(0, 0x0000ffffffff0000, 0x0000ffff80000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshlu v0.2s, v1.2s, #1
	CHECK_V(0, 0x00000000ff01fc00, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshlu v0.2s, v1.2s, #31
	CHECK_V(0, 0x00000000ffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshlu v0.4s, v1.4s, #1
	CHECK_V(0, 0x00000000ff01fc00, 0x000000000003fffe)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshlu v0.4s, v1.4s, #31
	CHECK_V(0, 0x00000000ffffffff, 0x00000000ffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshlu v0.2d, v1.2d, #1
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshlu v0.2d, v1.2d, #63
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshlu v0.8b, v1.8b, #1
	CHECK_V(0, 0xfefefefe00000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshlu v0.8b, v1.8b, #7
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshlu v0.16b, v1.16b, #1
	CHECK_V(0, 0xfefefefe00000000, 0xfe00000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshlu v0.16b, v1.16b, #7
	CHECK_V(0, 0xffffffff00000000, 0xff00000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshlu v0.4h, v1.4h, #1
	CHECK_V(0, 0xfefefefe00000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshlu v0.4h, v1.4h, #15
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshlu v0.8h, v1.8h, #1
	CHECK_V(0, 0xfefefefe00000000, 0xfffe000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshlu v0.8h, v1.8h, #15
	CHECK_V(0, 0xffffffff00000000, 0xffff000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshlu v0.2s, v1.2s, #1
	CHECK_V(0, 0xfefefefe00000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshlu v0.2s, v1.2s, #31
	CHECK_V(0, 0xffffffff00000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshlu v0.4s, v1.4s, #1
	CHECK_V(0, 0xfefefefe00000000, 0xffff000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshlu v0.4s, v1.4s, #31
	CHECK_V(0, 0xffffffff00000000, 0xffffffff00000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshlu v0.2d, v1.2d, #1
	CHECK_V(0, 0xfefefeff01010100, 0xffff0001fffe0000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshlu v0.2d, v1.2d, #63
	CHECK_V(0, 0xffffffffffffffff, 0xffffffffffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshlu b0, b1, #0
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshlu b0, b1, #0
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshlu b0, b1, #1
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshlu b0, b1, #1
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshlu b0, b1, #7
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshlu b0, b1, #7
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshlu h0, h1, #0
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshlu h0, h1, #0
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshlu h0, h1, #1
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshlu h0, h1, #1
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshlu h0, h1, #15
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshlu h0, h1, #15
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshlu s0, s1, #0
	CHECK_V(0, 0x000000007f80fe00, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	b	1f
	.ltorg
1:
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshlu s0, s1, #0
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshlu s0, s1, #1
	CHECK_V(0, 0x00000000ff01fc00, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshlu s0, s1, #1
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshlu s0, s1, #31
	CHECK_V(0, 0x00000000ffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshlu s0, s1, #31
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshlu d0, d1, #0
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshlu d0, d1, #0
	CHECK_V(0, 0x7f7f7f7f80808080, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshlu d0, d1, #1
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshlu d0, d1, #1
	CHECK_V(0, 0xfefefeff01010100, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshlu d0, d1, #63
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshlu d0, d1, #63
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	shrn v0.8b, v1.8h, #1
	CHECK_V(0, 0x00ff00ff3fffc000, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	shrn2 v0.16b, v1.8h, #1
	CHECK_V(0, 0x800000007fffffff, 0x00ff00ff3fffc000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	shrn v0.8b, v1.8h, #8
	CHECK_V(0, 0x807f00ff80017ffe, 0x0000000000000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	shrn2 v0.16b, v1.8h, #8
	CHECK_V(0, 0x800000007fffffff, 0x807f00ff80017ffe)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	shrn v0.4h, v1.4s, #1
	CHECK_V(0, 0x3fffffff80ff7f00, 0x0000000000000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	shrn2 v0.8h, v1.4s, #1
	CHECK_V(0, 0x800000007fffffff, 0x3fffffff80ff7f00)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	shrn v0.4h, v1.4s, #16
	CHECK_V(0, 0x80000001807f7f80, 0x0000000000000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	shrn2 v0.8h, v1.4s, #16
	CHECK_V(0, 0x800000007fffffff, 0x80000001807f7f80)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	shrn v0.2s, v1.2d, #1
	CHECK_V(0, 0x8000ffffbfc07f00, 0x0000000000000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	shrn2 v0.4s, v1.2d, #1
	CHECK_V(0, 0x800000007fffffff, 0x8000ffffbfc07f00)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	shrn v0.2s, v1.2d, #32
	CHECK_V(0, 0x80007fff807f01ff, 0x0000000000000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	shrn2 v0.4s, v1.2d, #32
	CHECK_V(0, 0x800000007fffffff, 0x80007fff807f01ff)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	shrn v0.8b, v1.8h, #1
	CHECK_V(0, 0xff00ff00bfbf4040, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	shrn2 v0.16b, v1.8h, #1
	CHECK_V(0, 0x800000007fffffff, 0xff00ff00bfbf4040)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	shrn v0.8b, v1.8h, #8
	CHECK_V(0, 0x7f80ff007f7f8080, 0x0000000000000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	shrn2 v0.16b, v1.8h, #8
	CHECK_V(0, 0x800000007fffffff, 0x7f80ff007f7f8080)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	shrn v0.4h, v1.4s, #1
	CHECK_V(0, 0xc0008000bfbf4040, 0x0000000000000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	shrn2 v0.8h, v1.4s, #1
	CHECK_V(0, 0x800000007fffffff, 0xc0008000bfbf4040)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	shrn v0.4h, v1.4s, #16
	CHECK_V(0, 0x7fffffff7f7f8080, 0x0000000000000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	shrn2 v0.8h, v1.4s, #16
	CHECK_V(0, 0x800000007fffffff, 0x7fffffff7f7f8080)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	shrn v0.2s, v1.2d, #1
	CHECK_V(0, 0x7fff8000c0404040, 0x0000000000000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	shrn2 v0.4s, v1.2d, #1
	CHECK_V(0, 0x800000007fffffff, 0x7fff8000c0404040)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	shrn v0.2s, v1.2d, #32
	CHECK_V(0, 0x7fff80007f7f7f7f, 0x0000000000000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	shrn2 v0.4s, v1.2d, #32
	CHECK_V(0, 0x800000007fffffff, 0x7fff80007f7f7f7f)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	rshrn v0.8b, v1.8h, #1
	CHECK_V(0, 0x000001004000c000, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	rshrn2 v0.16b, v1.8h, #1
	CHECK_V(0, 0x800000007fffffff, 0x000001004000c000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	rshrn v0.8b, v1.8h, #8
	CHECK_V(0, 0x80800000800280fe, 0x0000000000000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	rshrn2 v0.16b, v1.8h, #8
	CHECK_V(0, 0x800000007fffffff, 0x80800000800280fe)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	rshrn v0.4h, v1.4s, #1
	CHECK_V(0, 0x4000000081007f00, 0x0000000000000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	rshrn2 v0.8h, v1.4s, #1
	CHECK_V(0, 0x800000007fffffff, 0x4000000081007f00)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	rshrn v0.4h, v1.4s, #16
	CHECK_V(0, 0x80000002807f7f81, 0x0000000000000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	rshrn2 v0.8h, v1.4s, #16
	CHECK_V(0, 0x800000007fffffff, 0x80000002807f7f81)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	rshrn v0.2s, v1.2d, #1
	CHECK_V(0, 0x80010000bfc07f00, 0x0000000000000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	rshrn2 v0.4s, v1.2d, #1
	CHECK_V(0, 0x800000007fffffff, 0x80010000bfc07f00)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	rshrn v0.2s, v1.2d, #32
	CHECK_V(0, 0x80007fff807f01ff, 0x0000000000000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	rshrn2 v0.4s, v1.2d, #32
	CHECK_V(0, 0x800000007fffffff, 0x80007fff807f01ff)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	rshrn v0.8b, v1.8h, #1
	CHECK_V(0, 0x00000000c0c04040, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	rshrn2 v0.16b, v1.8h, #1
	CHECK_V(0, 0x800000007fffffff, 0x00000000c0c04040)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	rshrn v0.8b, v1.8h, #8
	CHECK_V(0, 0x808000007f7f8181, 0x0000000000000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	rshrn2 v0.16b, v1.8h, #8
	CHECK_V(0, 0x800000007fffffff, 0x808000007f7f8181)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	rshrn v0.4h, v1.4s, #1
	CHECK_V(0, 0xc0008000bfc04040, 0x0000000000000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	rshrn2 v0.8h, v1.4s, #1
	CHECK_V(0, 0x800000007fffffff, 0xc0008000bfc04040)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	rshrn v0.4h, v1.4s, #16
	CHECK_V(0, 0x8000ffff7f7f8081, 0x0000000000000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	rshrn2 v0.8h, v1.4s, #16
	CHECK_V(0, 0x800000007fffffff, 0x8000ffff7f7f8081)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	rshrn v0.2s, v1.2d, #1
	CHECK_V(0, 0x7fff8000c0404040, 0x0000000000000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	rshrn2 v0.4s, v1.2d, #1
	CHECK_V(0, 0x800000007fffffff, 0x7fff8000c0404040)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	rshrn v0.2s, v1.2d, #32
	CHECK_V(0, 0x7fff80017f7f7f80, 0x0000000000000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	rshrn2 v0.4s, v1.2d, #32
	CHECK_V(0, 0x800000007fffffff, 0x7fff80017f7f7f80)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshrn v0.8b, v1.8h, #1
	CHECK_V(0, 0x807f00ff807f7f80, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshrn2 v0.16b, v1.8h, #1
	CHECK_V(0, 0x800000007fffffff, 0x807f00ff807f7f80)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshrn v0.8b, v1.8h, #8
	CHECK_V(0, 0x807f00ff80017ffe, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshrn2 v0.16b, v1.8h, #8
	CHECK_V(0, 0x800000007fffffff, 0x807f00ff80017ffe)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshrn v0.4h, v1.4s, #1
	CHECK_V(0, 0x80007fff80007fff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshrn2 v0.8h, v1.4s, #1
	CHECK_V(0, 0x800000007fffffff, 0x80007fff80007fff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshrn v0.4h, v1.4s, #16
	CHECK_V(0, 0x80000001807f7f80, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshrn2 v0.8h, v1.4s, #16
	CHECK_V(0, 0x800000007fffffff, 0x80000001807f7f80)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshrn v0.2s, v1.2d, #1
	CHECK_V(0, 0x8000000080000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshrn2 v0.4s, v1.2d, #1
	CHECK_V(0, 0x800000007fffffff, 0x8000000080000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshrn v0.2s, v1.2d, #32
	CHECK_V(0, 0x80007fff807f01ff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshrn2 v0.4s, v1.2d, #32
	CHECK_V(0, 0x800000007fffffff, 0x80007fff807f01ff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshrn v0.8b, v1.8h, #1
	CHECK_V(0, 0x7f80ff007f7f8080, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshrn2 v0.16b, v1.8h, #1
	CHECK_V(0, 0x800000007fffffff, 0x7f80ff007f7f8080)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshrn v0.8b, v1.8h, #8
	CHECK_V(0, 0x7f80ff007f7f8080, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshrn2 v0.16b, v1.8h, #8
	CHECK_V(0, 0x800000007fffffff, 0x7f80ff007f7f8080)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshrn v0.4h, v1.4s, #1
	CHECK_V(0, 0x7fff80007fff8000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshrn2 v0.8h, v1.4s, #1
	CHECK_V(0, 0x800000007fffffff, 0x7fff80007fff8000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshrn v0.4h, v1.4s, #16
	CHECK_V(0, 0x7fffffff7f7f8080, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshrn2 v0.8h, v1.4s, #16
	CHECK_V(0, 0x800000007fffffff, 0x7fffffff7f7f8080)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshrn v0.2s, v1.2d, #1
	CHECK_V(0, 0x7fffffff7fffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshrn2 v0.4s, v1.2d, #1
	CHECK_V(0, 0x800000007fffffff, 0x7fffffff7fffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshrn v0.2s, v1.2d, #32
	CHECK_V(0, 0x7fff80007f7f7f7f, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshrn2 v0.4s, v1.2d, #32
	CHECK_V(0, 0x800000007fffffff, 0x7fff80007f7f7f7f)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshrn b0, h1, #1
	CHECK_V(0, 0x0000000000000080, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshrn b0, h1, #1
	CHECK_V(0, 0x0000000000000080, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshrn b0, h1, #8
	CHECK_V(0, 0x00000000000000fe, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshrn b0, h1, #8
	CHECK_V(0, 0x0000000000000080, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshrn h0, s1, #1
	CHECK_V(0, 0x0000000000007fff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshrn h0, s1, #1
	CHECK_V(0, 0x0000000000008000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshrn h0, s1, #16
	CHECK_V(0, 0x0000000000007f80, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshrn h0, s1, #16
	CHECK_V(0, 0x0000000000008080, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshrn s0, d1, #1
	CHECK_V(0, 0x0000000080000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshrn s0, d1, #1
	CHECK_V(0, 0x000000007fffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshrn s0, d1, #32
	CHECK_V(0, 0x00000000807f01ff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshrn s0, d1, #32
	CHECK_V(0, 0x000000007f7f7f7f, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqrshrn v0.8b, v1.8h, #1
	CHECK_V(0, 0x807f0100807f7f80, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqrshrn2 v0.16b, v1.8h, #1
	CHECK_V(0, 0x800000007fffffff, 0x807f0100807f7f80)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqrshrn v0.8b, v1.8h, #8
	CHECK_V(0, 0x807f000080027ffe, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqrshrn2 v0.16b, v1.8h, #8
	CHECK_V(0, 0x800000007fffffff, 0x807f000080027ffe)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqrshrn v0.4h, v1.4s, #1
	CHECK_V(0, 0x80007fff80007fff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqrshrn2 v0.8h, v1.4s, #1
	CHECK_V(0, 0x800000007fffffff, 0x80007fff80007fff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqrshrn v0.4h, v1.4s, #16
	CHECK_V(0, 0x80000002807f7f81, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqrshrn2 v0.8h, v1.4s, #16
	CHECK_V(0, 0x800000007fffffff, 0x80000002807f7f81)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqrshrn v0.2s, v1.2d, #1
	CHECK_V(0, 0x8000000080000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqrshrn2 v0.4s, v1.2d, #1
	CHECK_V(0, 0x800000007fffffff, 0x8000000080000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqrshrn v0.2s, v1.2d, #32
	CHECK_V(0, 0x80007fff807f01ff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqrshrn2 v0.4s, v1.2d, #32
	CHECK_V(0, 0x800000007fffffff, 0x80007fff807f01ff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqrshrn v0.8b, v1.8h, #1
	CHECK_V(0, 0x7f8000007f7f8080, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqrshrn2 v0.16b, v1.8h, #1
	CHECK_V(0, 0x800000007fffffff, 0x7f8000007f7f8080)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqrshrn v0.8b, v1.8h, #8
	CHECK_V(0, 0x7f8000007f7f8181, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqrshrn2 v0.16b, v1.8h, #8
	CHECK_V(0, 0x800000007fffffff, 0x7f8000007f7f8181)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqrshrn v0.4h, v1.4s, #1
	CHECK_V(0, 0x7fff80007fff8000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqrshrn2 v0.8h, v1.4s, #1
	CHECK_V(0, 0x800000007fffffff, 0x7fff80007fff8000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqrshrn v0.4h, v1.4s, #16
	CHECK_V(0, 0x7fffffff7f7f8081, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqrshrn2 v0.8h, v1.4s, #16
	CHECK_V(0, 0x800000007fffffff, 0x7fffffff7f7f8081)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqrshrn v0.2s, v1.2d, #1
	CHECK_V(0, 0x7fffffff7fffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqrshrn2 v0.4s, v1.2d, #1
	CHECK_V(0, 0x800000007fffffff, 0x7fffffff7fffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqrshrn v0.2s, v1.2d, #32
	CHECK_V(0, 0x7fff80017f7f7f80, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqrshrn2 v0.4s, v1.2d, #32
	CHECK_V(0, 0x800000007fffffff, 0x7fff80017f7f7f80)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqrshrn b0, h1, #1
	CHECK_V(0, 0x0000000000000080, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqrshrn b0, h1, #1
	CHECK_V(0, 0x0000000000000080, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqrshrn b0, h1, #8
	CHECK_V(0, 0x00000000000000fe, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqrshrn b0, h1, #8
	CHECK_V(0, 0x0000000000000081, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqrshrn h0, s1, #1
	CHECK_V(0, 0x0000000000007fff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqrshrn h0, s1, #1
	CHECK_V(0, 0x0000000000008000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqrshrn h0, s1, #16
	CHECK_V(0, 0x0000000000007f81, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqrshrn h0, s1, #16
	CHECK_V(0, 0x0000000000008081, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqrshrn s0, d1, #1
	CHECK_V(0, 0x0000000080000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqrshrn s0, d1, #1
	CHECK_V(0, 0x000000007fffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqrshrn s0, d1, #32
	CHECK_V(0, 0x00000000807f01ff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqrshrn s0, d1, #32
	CHECK_V(0, 0x000000007f7f7f80, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqshrn v0.8b, v1.8h, #1
	CHECK_V(0, 0xffff00ffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqshrn2 v0.16b, v1.8h, #1
	CHECK_V(0, 0x800000007fffffff, 0xffff00ffffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqshrn v0.8b, v1.8h, #8
	CHECK_V(0, 0x807f00ff80017ffe, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqshrn2 v0.16b, v1.8h, #8
	CHECK_V(0, 0x800000007fffffff, 0x807f00ff80017ffe)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqshrn v0.4h, v1.4s, #1
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqshrn2 v0.8h, v1.4s, #1
	CHECK_V(0, 0x800000007fffffff, 0xffffffffffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqshrn v0.4h, v1.4s, #16
	CHECK_V(0, 0x80000001807f7f80, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqshrn2 v0.8h, v1.4s, #16
	CHECK_V(0, 0x800000007fffffff, 0x80000001807f7f80)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqshrn v0.2s, v1.2d, #1
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqshrn2 v0.4s, v1.2d, #1
	CHECK_V(0, 0x800000007fffffff, 0xffffffffffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqshrn v0.2s, v1.2d, #32
	CHECK_V(0, 0x80007fff807f01ff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqshrn2 v0.4s, v1.2d, #32
	CHECK_V(0, 0x800000007fffffff, 0x80007fff807f01ff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqshrn v0.8b, v1.8h, #1
	CHECK_V(0, 0xffffff00ffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqshrn2 v0.16b, v1.8h, #1
	CHECK_V(0, 0x800000007fffffff, 0xffffff00ffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqshrn v0.8b, v1.8h, #8
	CHECK_V(0, 0x7f80ff007f7f8080, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqshrn2 v0.16b, v1.8h, #8
	CHECK_V(0, 0x800000007fffffff, 0x7f80ff007f7f8080)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqshrn v0.4h, v1.4s, #1
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqshrn2 v0.8h, v1.4s, #1
	CHECK_V(0, 0x800000007fffffff, 0xffffffffffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqshrn v0.4h, v1.4s, #16
	CHECK_V(0, 0x7fffffff7f7f8080, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqshrn2 v0.8h, v1.4s, #16
	CHECK_V(0, 0x800000007fffffff, 0x7fffffff7f7f8080)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqshrn v0.2s, v1.2d, #1
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqshrn2 v0.4s, v1.2d, #1
	CHECK_V(0, 0x800000007fffffff, 0xffffffffffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqshrn v0.2s, v1.2d, #32
	CHECK_V(0, 0x7fff80007f7f7f7f, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqshrn2 v0.4s, v1.2d, #32
	CHECK_V(0, 0x800000007fffffff, 0x7fff80007f7f7f7f)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uqshrn b0, h1, #1
	CHECK_V(0, 0x00000000000000ff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uqshrn b0, h1, #1
	CHECK_V(0, 0x00000000000000ff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uqshrn b0, h1, #8
	CHECK_V(0, 0x00000000000000fe, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uqshrn b0, h1, #8
	CHECK_V(0, 0x0000000000000080, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uqshrn h0, s1, #1
	CHECK_V(0, 0x000000000000ffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uqshrn h0, s1, #1
	CHECK_V(0, 0x000000000000ffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uqshrn h0, s1, #16
	CHECK_V(0, 0x0000000000007f80, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uqshrn h0, s1, #16
	CHECK_V(0, 0x0000000000008080, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uqshrn s0, d1, #1
	CHECK_V(0, 0x00000000ffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uqshrn s0, d1, #1
	CHECK_V(0, 0x00000000ffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uqshrn s0, d1, #32
	CHECK_V(0, 0x00000000807f01ff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uqshrn s0, d1, #32
	CHECK_V(0, 0x000000007f7f7f7f, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqrshrn v0.8b, v1.8h, #1
	CHECK_V(0, 0xffff01ffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqrshrn2 v0.16b, v1.8h, #1
	CHECK_V(0, 0x800000007fffffff, 0xffff01ffffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqrshrn v0.8b, v1.8h, #8
	CHECK_V(0, 0x808000ff800280fe, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqrshrn2 v0.16b, v1.8h, #8
	CHECK_V(0, 0x800000007fffffff, 0x808000ff800280fe)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqrshrn v0.4h, v1.4s, #1
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqrshrn2 v0.8h, v1.4s, #1
	CHECK_V(0, 0x800000007fffffff, 0xffffffffffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqrshrn v0.4h, v1.4s, #16
	CHECK_V(0, 0x80000002807f7f81, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqrshrn2 v0.8h, v1.4s, #16
	CHECK_V(0, 0x800000007fffffff, 0x80000002807f7f81)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqrshrn v0.2s, v1.2d, #1
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqrshrn2 v0.4s, v1.2d, #1
	CHECK_V(0, 0x800000007fffffff, 0xffffffffffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqrshrn v0.2s, v1.2d, #32
	CHECK_V(0, 0x80007fff807f01ff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqrshrn2 v0.4s, v1.2d, #32
	CHECK_V(0, 0x800000007fffffff, 0x80007fff807f01ff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqrshrn v0.8b, v1.8h, #1
	CHECK_V(0, 0xffffff00ffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqrshrn2 v0.16b, v1.8h, #1
	CHECK_V(0, 0x800000007fffffff, 0xffffff00ffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqrshrn v0.8b, v1.8h, #8
	CHECK_V(0, 0x8080ff007f7f8181, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqrshrn2 v0.16b, v1.8h, #8
	CHECK_V(0, 0x800000007fffffff, 0x8080ff007f7f8181)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqrshrn v0.4h, v1.4s, #1
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqrshrn2 v0.8h, v1.4s, #1
	CHECK_V(0, 0x800000007fffffff, 0xffffffffffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqrshrn v0.4h, v1.4s, #16
	CHECK_V(0, 0x8000ffff7f7f8081, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqrshrn2 v0.8h, v1.4s, #16
	CHECK_V(0, 0x800000007fffffff, 0x8000ffff7f7f8081)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqrshrn v0.2s, v1.2d, #1
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqrshrn2 v0.4s, v1.2d, #1
	CHECK_V(0, 0x800000007fffffff, 0xffffffffffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqrshrn v0.2s, v1.2d, #32
	CHECK_V(0, 0x7fff80017f7f7f80, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uqrshrn2 v0.4s, v1.2d, #32
	CHECK_V(0, 0x800000007fffffff, 0x7fff80017f7f7f80)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uqrshrn b0, h1, #1
	CHECK_V(0, 0x00000000000000ff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uqrshrn b0, h1, #1
	CHECK_V(0, 0x00000000000000ff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uqrshrn b0, h1, #8
	CHECK_V(0, 0x00000000000000fe, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uqrshrn b0, h1, #8
	CHECK_V(0, 0x0000000000000081, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uqrshrn h0, s1, #1
	CHECK_V(0, 0x000000000000ffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uqrshrn h0, s1, #1
	CHECK_V(0, 0x000000000000ffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uqrshrn h0, s1, #16
	CHECK_V(0, 0x0000000000007f81, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uqrshrn h0, s1, #16
	CHECK_V(0, 0x0000000000008081, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uqrshrn s0, d1, #1
	CHECK_V(0, 0x00000000ffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uqrshrn s0, d1, #1
	CHECK_V(0, 0x00000000ffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uqrshrn s0, d1, #32
	CHECK_V(0, 0x00000000807f01ff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	uqrshrn s0, d1, #32
	CHECK_V(0, 0x000000007f7f7f80, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshrun v0.8b, v1.8h, #1
	CHECK_V(0, 0x00ff000000ffff00, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshrun2 v0.16b, v1.8h, #1
	CHECK_V(0, 0x800000007fffffff, 0x00ff000000ffff00)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshrun v0.8b, v1.8h, #8
	CHECK_V(0, 0x007f000000017f00, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshrun2 v0.16b, v1.8h, #8
	CHECK_V(0, 0x800000007fffffff, 0x007f000000017f00)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshrun v0.4h, v1.4s, #1
	CHECK_V(0, 0x0000ffff0000ffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshrun2 v0.8h, v1.4s, #1
	CHECK_V(0, 0x800000007fffffff, 0x0000ffff0000ffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshrun v0.4h, v1.4s, #16
	CHECK_V(0, 0x0000000100007f80, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshrun2 v0.8h, v1.4s, #16
	CHECK_V(0, 0x800000007fffffff, 0x0000000100007f80)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshrun v0.2s, v1.2d, #1
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshrun2 v0.4s, v1.2d, #1
	CHECK_V(0, 0x800000007fffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshrun v0.2s, v1.2d, #32
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshrun2 v0.4s, v1.2d, #32
	CHECK_V(0, 0x800000007fffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshrun v0.8b, v1.8h, #1
	CHECK_V(0, 0xff000000ffff0000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshrun2 v0.16b, v1.8h, #1
	CHECK_V(0, 0x800000007fffffff, 0xff000000ffff0000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshrun v0.8b, v1.8h, #8
	CHECK_V(0, 0x7f0000007f7f0000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshrun2 v0.16b, v1.8h, #8
	CHECK_V(0, 0x800000007fffffff, 0x7f0000007f7f0000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshrun v0.4h, v1.4s, #1
	CHECK_V(0, 0xffff0000ffff0000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshrun2 v0.8h, v1.4s, #1
	CHECK_V(0, 0x800000007fffffff, 0xffff0000ffff0000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshrun v0.4h, v1.4s, #16
	CHECK_V(0, 0x7fff00007f7f0000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshrun2 v0.8h, v1.4s, #16
	CHECK_V(0, 0x800000007fffffff, 0x7fff00007f7f0000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshrun v0.2s, v1.2d, #1
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshrun2 v0.4s, v1.2d, #1
	CHECK_V(0, 0x800000007fffffff, 0xffffffffffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshrun v0.2s, v1.2d, #32
	CHECK_V(0, 0x7fff80007f7f7f7f, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqshrun2 v0.4s, v1.2d, #32
	CHECK_V(0, 0x800000007fffffff, 0x7fff80007f7f7f7f)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshrun b0, h1, #1
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshrun b0, h1, #1
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshrun b0, h1, #8
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshrun b0, h1, #8
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshrun h0, s1, #1
	CHECK_V(0, 0x000000000000ffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshrun h0, s1, #1
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshrun h0, s1, #16
	CHECK_V(0, 0x0000000000007f80, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshrun h0, s1, #16
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshrun s0, d1, #1
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshrun s0, d1, #1
	CHECK_V(0, 0x00000000ffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshrun s0, d1, #32
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqshrun s0, d1, #32
	CHECK_V(0, 0x000000007f7f7f7f, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqrshrun v0.8b, v1.8h, #1
	CHECK_V(0, 0x00ff010000ffff00, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqrshrun2 v0.16b, v1.8h, #1
	CHECK_V(0, 0x800000007fffffff, 0x00ff010000ffff00)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqrshrun v0.8b, v1.8h, #8
	CHECK_V(0, 0x0080000000028000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqrshrun2 v0.16b, v1.8h, #8
	CHECK_V(0, 0x800000007fffffff, 0x0080000000028000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqrshrun v0.4h, v1.4s, #1
	CHECK_V(0, 0x0000ffff0000ffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqrshrun2 v0.8h, v1.4s, #1
	CHECK_V(0, 0x800000007fffffff, 0x0000ffff0000ffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqrshrun v0.4h, v1.4s, #16
	CHECK_V(0, 0x0000000200007f81, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqrshrun2 v0.8h, v1.4s, #16
	CHECK_V(0, 0x800000007fffffff, 0x0000000200007f81)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqrshrun v0.2s, v1.2d, #1
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqrshrun2 v0.4s, v1.2d, #1
	CHECK_V(0, 0x800000007fffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqrshrun v0.2s, v1.2d, #32
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqrshrun2 v0.4s, v1.2d, #32
	CHECK_V(0, 0x800000007fffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqrshrun v0.8b, v1.8h, #1
	CHECK_V(0, 0xff000000ffff0000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqrshrun2 v0.16b, v1.8h, #1
	CHECK_V(0, 0x800000007fffffff, 0xff000000ffff0000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqrshrun v0.8b, v1.8h, #8
	CHECK_V(0, 0x800000007f7f0000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqrshrun2 v0.16b, v1.8h, #8
	CHECK_V(0, 0x800000007fffffff, 0x800000007f7f0000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqrshrun v0.4h, v1.4s, #1
	CHECK_V(0, 0xffff0000ffff0000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqrshrun2 v0.8h, v1.4s, #1
	CHECK_V(0, 0x800000007fffffff, 0xffff0000ffff0000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqrshrun v0.4h, v1.4s, #16
	CHECK_V(0, 0x800000007f7f0000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqrshrun2 v0.8h, v1.4s, #16
	CHECK_V(0, 0x800000007fffffff, 0x800000007f7f0000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqrshrun v0.2s, v1.2d, #1
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqrshrun2 v0.4s, v1.2d, #1
	CHECK_V(0, 0x800000007fffffff, 0xffffffffffffffff)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqrshrun v0.2s, v1.2d, #32
	CHECK_V(0, 0x7fff80017f7f7f80, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sqrshrun2 v0.4s, v1.2d, #32
	CHECK_V(0, 0x800000007fffffff, 0x7fff80017f7f7f80)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqrshrun b0, h1, #1
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	b	1f
	.ltorg
1:
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqrshrun b0, h1, #1
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqrshrun b0, h1, #8
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqrshrun b0, h1, #8
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqrshrun h0, s1, #1
	CHECK_V(0, 0x000000000000ffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqrshrun h0, s1, #1
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqrshrun h0, s1, #16
	CHECK_V(0, 0x0000000000007f81, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqrshrun h0, s1, #16
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqrshrun s0, d1, #1
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqrshrun s0, d1, #1
	CHECK_V(0, 0x00000000ffffffff, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqrshrun s0, d1, #32
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x8000000)
	SETV 1, 0x7f7f7f7f80808080, 0x7fff8000ffff0000
	SETV 0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	msr	fpsr, xzr
	sqrshrun s0, d1, #32
	CHECK_V(0, 0x000000007f7f7f80, 0x0000000000000000)
	mrs	x9, fpsr
	CHECK_X(x9, 0x0)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sshll v0.8h, v1.8b, #0
	CHECK_V(0, 0x007fff80fffe0000, 0xff80007f0001ffff)
	b	1f
	.ltorg
1:
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sshll2 v0.8h, v1.16b, #0
	CHECK_V(0, 0x00000001ffffffff, 0xff800000007fffff)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sshll v0.8h, v1.8b, #7
	CHECK_V(0, 0x3f80c000ff000000, 0xc0003f800080ff80)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sshll2 v0.8h, v1.16b, #7
	CHECK_V(0, 0x00000080ff80ff80, 0xc00000003f80ff80)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sshll v0.4s, v1.4h, #0
	CHECK_V(0, 0x00007f80fffffe00, 0xffff807f000001ff)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sshll2 v0.4s, v1.8h, #0
	CHECK_V(0, 0x00000001ffffffff, 0xffff800000007fff)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sshll v0.4s, v1.4h, #15
	CHECK_V(0, 0x3fc00000ff000000, 0xc03f800000ff8000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sshll2 v0.4s, v1.8h, #15
	CHECK_V(0, 0x00008000ffff8000, 0xc00000003fff8000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sshll v0.2d, v1.2s, #0
	CHECK_V(0, 0x000000007f80fe00, 0xffffffff807f01ff)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sshll2 v0.2d, v1.4s, #0
	CHECK_V(0, 0x000000000001ffff, 0xffffffff80007fff)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sshll v0.2d, v1.2s, #31
	CHECK_V(0, 0x3fc07f0000000000, 0xc03f80ff80000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sshll2 v0.2d, v1.4s, #31
	CHECK_V(0, 0x0000ffff80000000, 0xc0003fff80000000)
	SETV 1, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sshll v0.8h, v1.8b, #0
	CHECK_V(0, 0x0076005400320010, 0xfffeffdcffbaff98)
	b	1f
	.ltorg
1:
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sshll2 v0.8h, v1.16b, #0
	CHECK_V(0, 0x004b005a00690078, 0x000f001e002d003c)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sshll v0.8h, v1.8b, #7
	CHECK_V(0, 0x3b002a0019000800, 0xff00ee00dd00cc00)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sshll2 v0.8h, v1.16b, #7
	CHECK_V(0, 0x25802d0034803c00, 0x07800f0016801e00)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sshll v0.4s, v1.4h, #0
	CHECK_V(0, 0x0000765400003210, 0xfffffedcffffba98)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sshll2 v0.4s, v1.8h, #0
	CHECK_V(0, 0x00004b5a00006978, 0x00000f1e00002d3c)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sshll v0.4s, v1.4h, #15
	CHECK_V(0, 0x3b2a000019080000, 0xff6e0000dd4c0000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sshll2 v0.4s, v1.8h, #15
	CHECK_V(0, 0x25ad000034bc0000, 0x078f0000169e0000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sshll v0.2d, v1.2s, #0
	CHECK_V(0, 0x0000000076543210, 0xfffffffffedcba98)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sshll2 v0.2d, v1.4s, #0
	CHECK_V(0, 0x000000004b5a6978, 0x000000000f1e2d3c)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sshll v0.2d, v1.2s, #31
	CHECK_V(0, 0x3b2a190800000000, 0xff6e5d4c00000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sshll2 v0.2d, v1.4s, #31
	CHECK_V(0, 0x25ad34bc00000000, 0x078f169e00000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	ushll v0.8h, v1.8b, #0
	CHECK_V(0, 0x007f008000fe0000, 0x0080007f000100ff)
	b	1f
	.ltorg
1:
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	ushll2 v0.8h, v1.16b, #0
	CHECK_V(0, 0x0000000100ff00ff, 0x00800000007f00ff)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	ushll v0.8h, v1.8b, #7
	CHECK_V(0, 0x3f8040007f000000, 0x40003f8000807f80)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	ushll2 v0.8h, v1.16b, #7
	CHECK_V(0, 0x000000807f807f80, 0x400000003f807f80)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	ushll v0.4s, v1.4h, #0
	CHECK_V(0, 0x00007f800000fe00, 0x0000807f000001ff)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	ushll2 v0.4s, v1.8h, #0
	CHECK_V(0, 0x000000010000ffff, 0x0000800000007fff)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	ushll v0.4s, v1.4h, #15
	CHECK_V(0, 0x3fc000007f000000, 0x403f800000ff8000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	ushll2 v0.4s, v1.8h, #15
	CHECK_V(0, 0x000080007fff8000, 0x400000003fff8000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	ushll v0.2d, v1.2s, #0
	CHECK_V(0, 0x000000007f80fe00, 0x00000000807f01ff)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	ushll2 v0.2d, v1.4s, #0
	CHECK_V(0, 0x000000000001ffff, 0x0000000080007fff)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	ushll v0.2d, v1.2s, #31
	CHECK_V(0, 0x3fc07f0000000000, 0x403f80ff80000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	ushll2 v0.2d, v1.4s, #31
	CHECK_V(0, 0x0000ffff80000000, 0x40003fff80000000)
	SETV 1, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	ushll v0.8h, v1.8b, #0
	CHECK_V(0, 0x0076005400320010, 0x00fe00dc00ba0098)
	b	1f
	.ltorg
1:
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	ushll2 v0.8h, v1.16b, #0
	CHECK_V(0, 0x004b005a00690078, 0x000f001e002d003c)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	ushll v0.8h, v1.8b, #7
	CHECK_V(0, 0x3b002a0019000800, 0x7f006e005d004c00)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	ushll2 v0.8h, v1.16b, #7
	CHECK_V(0, 0x25802d0034803c00, 0x07800f0016801e00)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	ushll v0.4s, v1.4h, #0
	CHECK_V(0, 0x0000765400003210, 0x0000fedc0000ba98)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	ushll2 v0.4s, v1.8h, #0
	CHECK_V(0, 0x00004b5a00006978, 0x00000f1e00002d3c)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	ushll v0.4s, v1.4h, #15
	CHECK_V(0, 0x3b2a000019080000, 0x7f6e00005d4c0000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	ushll2 v0.4s, v1.8h, #15
	CHECK_V(0, 0x25ad000034bc0000, 0x078f0000169e0000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	ushll v0.2d, v1.2s, #0
	CHECK_V(0, 0x0000000076543210, 0x00000000fedcba98)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	ushll2 v0.2d, v1.4s, #0
	CHECK_V(0, 0x000000004b5a6978, 0x000000000f1e2d3c)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	ushll v0.2d, v1.2s, #31
	CHECK_V(0, 0x3b2a190800000000, 0x7f6e5d4c00000000)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	ushll2 v0.2d, v1.4s, #31
	CHECK_V(0, 0x25ad34bc00000000, 0x078f169e00000000)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sxtl v0.8h, v1.8b
	CHECK_V(0, 0x007fff80fffe0000, 0xff80007f0001ffff)
	b	1f
	.ltorg
1:
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sxtl2 v0.8h, v1.16b
	CHECK_V(0, 0x00000001ffffffff, 0xff800000007fffff)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sxtl v0.4s, v1.4h
	CHECK_V(0, 0x00007f80fffffe00, 0xffff807f000001ff)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sxtl2 v0.4s, v1.8h
	CHECK_V(0, 0x00000001ffffffff, 0xffff800000007fff)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sxtl v0.2d, v1.2s
	CHECK_V(0, 0x000000007f80fe00, 0xffffffff807f01ff)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sxtl2 v0.2d, v1.4s
	CHECK_V(0, 0x000000000001ffff, 0xffffffff80007fff)
	SETV 1, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sxtl v0.8h, v1.8b
	CHECK_V(0, 0x0076005400320010, 0xfffeffdcffbaff98)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sxtl2 v0.8h, v1.16b
	CHECK_V(0, 0x004b005a00690078, 0x000f001e002d003c)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sxtl v0.4s, v1.4h
	CHECK_V(0, 0x0000765400003210, 0xfffffedcffffba98)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sxtl2 v0.4s, v1.8h
	CHECK_V(0, 0x00004b5a00006978, 0x00000f1e00002d3c)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sxtl v0.2d, v1.2s
	CHECK_V(0, 0x0000000076543210, 0xfffffffffedcba98)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	sxtl2 v0.2d, v1.4s
	CHECK_V(0, 0x000000004b5a6978, 0x000000000f1e2d3c)
	SETV 1, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uxtl v0.8h, v1.8b
	CHECK_V(0, 0x007f008000fe0000, 0x0080007f000100ff)
	b	1f
	.ltorg
1:
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uxtl2 v0.8h, v1.16b
	CHECK_V(0, 0x0000000100ff00ff, 0x00800000007f00ff)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uxtl v0.4s, v1.4h
	CHECK_V(0, 0x00007f800000fe00, 0x0000807f000001ff)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uxtl2 v0.4s, v1.8h
	CHECK_V(0, 0x000000010000ffff, 0x0000800000007fff)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uxtl v0.2d, v1.2s
	CHECK_V(0, 0x000000007f80fe00, 0x00000000807f01ff)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uxtl2 v0.2d, v1.4s
	CHECK_V(0, 0x000000000001ffff, 0x0000000080007fff)
	SETV 1, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uxtl v0.8h, v1.8b
	CHECK_V(0, 0x0076005400320010, 0x00fe00dc00ba0098)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uxtl2 v0.8h, v1.16b
	CHECK_V(0, 0x004b005a00690078, 0x000f001e002d003c)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uxtl v0.4s, v1.4h
	CHECK_V(0, 0x0000765400003210, 0x0000fedc0000ba98)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uxtl2 v0.4s, v1.8h
	CHECK_V(0, 0x00004b5a00006978, 0x00000f1e00002d3c)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uxtl v0.2d, v1.2s
	CHECK_V(0, 0x0000000076543210, 0x00000000fedcba98)
	SETV 0, 0x800000007fffffff, 0x0123456789abcdef
	msr	fpsr, xzr
	uxtl2 v0.2d, v1.4s
	CHECK_V(0, 0x000000004b5a6978, 0x000000000f1e2d3c)
	TEST_END
