/*
 * simd_modimm.S -- AdvSIMD modified immediate (Arm ARM C4.1.96): MOVI, MVNI,
 * ORR, BIC (vector, immediate) and FMOV (vector, immediate) for every
 * cmode/op form, 64- and 128-bit.
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
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	movi v0.8b, #0
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	movi v0.8b, #0xff
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	movi v0.8b, #0x81
	CHECK_V(0, 0x8181818181818181, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	movi v0.16b, #0
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	movi v0.16b, #0xff
	CHECK_V(0, 0xffffffffffffffff, 0xffffffffffffffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	movi v0.16b, #0x81
	CHECK_V(0, 0x8181818181818181, 0x8181818181818181)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	movi v0.4h, #0x7f
	CHECK_V(0, 0x007f007f007f007f, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mvni v0.4h, #0x7f
	CHECK_V(0, 0xff80ff80ff80ff80, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	orr v0.4h, #0x7f
	CHECK_V(0, 0x557f557f557f557f, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	bic v0.4h, #0x7f
	CHECK_V(0, 0x5500550055005500, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	movi v0.4h, #0xff, lsl #8
	CHECK_V(0, 0xff00ff00ff00ff00, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mvni v0.4h, #0xff, lsl #8
	CHECK_V(0, 0x00ff00ff00ff00ff, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	orr v0.4h, #0xff, lsl #8
	CHECK_V(0, 0xff55ff55ff55ff55, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	bic v0.4h, #0xff, lsl #8
	CHECK_V(0, 0x0055005500550055, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	movi v0.4h, #0x80, lsl #0
	CHECK_V(0, 0x0080008000800080, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mvni v0.4h, #0x80, lsl #0
	CHECK_V(0, 0xff7fff7fff7fff7f, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	orr v0.4h, #0x80, lsl #0
	CHECK_V(0, 0x55d555d555d555d5, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	bic v0.4h, #0x80, lsl #0
	CHECK_V(0, 0x5555555555555555, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	movi v0.8h, #0x7f
	CHECK_V(0, 0x007f007f007f007f, 0x007f007f007f007f)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mvni v0.8h, #0x7f
	CHECK_V(0, 0xff80ff80ff80ff80, 0xff80ff80ff80ff80)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	orr v0.8h, #0x7f
	CHECK_V(0, 0x557f557f557f557f, 0xaaffaaffaaffaaff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	bic v0.8h, #0x7f
	CHECK_V(0, 0x5500550055005500, 0xaa80aa80aa80aa80)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	movi v0.8h, #0xff, lsl #8
	CHECK_V(0, 0xff00ff00ff00ff00, 0xff00ff00ff00ff00)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mvni v0.8h, #0xff, lsl #8
	CHECK_V(0, 0x00ff00ff00ff00ff, 0x00ff00ff00ff00ff)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	orr v0.8h, #0xff, lsl #8
	CHECK_V(0, 0xff55ff55ff55ff55, 0xffaaffaaffaaffaa)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	bic v0.8h, #0xff, lsl #8
	CHECK_V(0, 0x0055005500550055, 0x00aa00aa00aa00aa)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	movi v0.8h, #0x80, lsl #0
	CHECK_V(0, 0x0080008000800080, 0x0080008000800080)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mvni v0.8h, #0x80, lsl #0
	CHECK_V(0, 0xff7fff7fff7fff7f, 0xff7fff7fff7fff7f)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	orr v0.8h, #0x80, lsl #0
	CHECK_V(0, 0x55d555d555d555d5, 0xaaaaaaaaaaaaaaaa)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	bic v0.8h, #0x80, lsl #0
	CHECK_V(0, 0x5555555555555555, 0xaa2aaa2aaa2aaa2a)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	movi v0.2s, #0xff
	CHECK_V(0, 0x000000ff000000ff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mvni v0.2s, #0xff
	CHECK_V(0, 0xffffff00ffffff00, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	orr v0.2s, #0xff
	CHECK_V(0, 0x555555ff555555ff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	bic v0.2s, #0xff
	CHECK_V(0, 0x5555550055555500, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	movi v0.2s, #0x81, lsl #8
	CHECK_V(0, 0x0000810000008100, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mvni v0.2s, #0x81, lsl #8
	CHECK_V(0, 0xffff7effffff7eff, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	orr v0.2s, #0x81, lsl #8
	CHECK_V(0, 0x5555d5555555d555, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	bic v0.2s, #0x81, lsl #8
	CHECK_V(0, 0x5555545555555455, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	movi v0.2s, #0x42, lsl #16
	CHECK_V(0, 0x0042000000420000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mvni v0.2s, #0x42, lsl #16
	CHECK_V(0, 0xffbdffffffbdffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	orr v0.2s, #0x42, lsl #16
	CHECK_V(0, 0x5557555555575555, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	bic v0.2s, #0x42, lsl #16
	CHECK_V(0, 0x5515555555155555, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	movi v0.2s, #0xc3, lsl #24
	CHECK_V(0, 0xc3000000c3000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mvni v0.2s, #0xc3, lsl #24
	CHECK_V(0, 0x3cffffff3cffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	orr v0.2s, #0xc3, lsl #24
	CHECK_V(0, 0xd7555555d7555555, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	bic v0.2s, #0xc3, lsl #24
	CHECK_V(0, 0x1455555514555555, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	movi v0.2s, #0x5a, msl #8
	CHECK_V(0, 0x00005aff00005aff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mvni v0.2s, #0x5a, msl #8
	CHECK_V(0, 0xffffa500ffffa500, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	movi v0.2s, #0xa5, msl #16
	CHECK_V(0, 0x00a5ffff00a5ffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mvni v0.2s, #0xa5, msl #16
	CHECK_V(0, 0xff5a0000ff5a0000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	movi v0.4s, #0xff
	CHECK_V(0, 0x000000ff000000ff, 0x000000ff000000ff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mvni v0.4s, #0xff
	CHECK_V(0, 0xffffff00ffffff00, 0xffffff00ffffff00)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	orr v0.4s, #0xff
	CHECK_V(0, 0x555555ff555555ff, 0xaaaaaaffaaaaaaff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	bic v0.4s, #0xff
	CHECK_V(0, 0x5555550055555500, 0xaaaaaa00aaaaaa00)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	movi v0.4s, #0x81, lsl #8
	CHECK_V(0, 0x0000810000008100, 0x0000810000008100)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mvni v0.4s, #0x81, lsl #8
	CHECK_V(0, 0xffff7effffff7eff, 0xffff7effffff7eff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	orr v0.4s, #0x81, lsl #8
	CHECK_V(0, 0x5555d5555555d555, 0xaaaaabaaaaaaabaa)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	bic v0.4s, #0x81, lsl #8
	CHECK_V(0, 0x5555545555555455, 0xaaaa2aaaaaaa2aaa)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	movi v0.4s, #0x42, lsl #16
	CHECK_V(0, 0x0042000000420000, 0x0042000000420000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mvni v0.4s, #0x42, lsl #16
	CHECK_V(0, 0xffbdffffffbdffff, 0xffbdffffffbdffff)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	orr v0.4s, #0x42, lsl #16
	CHECK_V(0, 0x5557555555575555, 0xaaeaaaaaaaeaaaaa)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	bic v0.4s, #0x42, lsl #16
	CHECK_V(0, 0x5515555555155555, 0xaaa8aaaaaaa8aaaa)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	movi v0.4s, #0xc3, lsl #24
	CHECK_V(0, 0xc3000000c3000000, 0xc3000000c3000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mvni v0.4s, #0xc3, lsl #24
	CHECK_V(0, 0x3cffffff3cffffff, 0x3cffffff3cffffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	orr v0.4s, #0xc3, lsl #24
	CHECK_V(0, 0xd7555555d7555555, 0xebaaaaaaebaaaaaa)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	bic v0.4s, #0xc3, lsl #24
	CHECK_V(0, 0x1455555514555555, 0x28aaaaaa28aaaaaa)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	movi v0.4s, #0x5a, msl #8
	CHECK_V(0, 0x00005aff00005aff, 0x00005aff00005aff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mvni v0.4s, #0x5a, msl #8
	CHECK_V(0, 0xffffa500ffffa500, 0xffffa500ffffa500)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	movi v0.4s, #0xa5, msl #16
	CHECK_V(0, 0x00a5ffff00a5ffff, 0x00a5ffff00a5ffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	mvni v0.4s, #0xa5, msl #16
	CHECK_V(0, 0xff5a0000ff5a0000, 0xff5a0000ff5a0000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	movi d0, #0xff00ff0000ff00ff
	CHECK_V(0, 0xff00ff0000ff00ff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	movi v0.2d, #0xff00ff0000ff00ff
	CHECK_V(0, 0xff00ff0000ff00ff, 0xff00ff0000ff00ff)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	movi d0, #0
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	movi v0.2d, #0
	CHECK_V(0, 0x0000000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	movi d0, #0xffffffffffffffff
	CHECK_V(0, 0xffffffffffffffff, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	movi v0.2d, #0xffffffffffffffff
	CHECK_V(0, 0xffffffffffffffff, 0xffffffffffffffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	fmov v0.2s, #1.0
	CHECK_V(0, 0x3f8000003f800000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	fmov v0.4s, #1.0
	CHECK_V(0, 0x3f8000003f800000, 0x3f8000003f800000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	fmov v0.2d, #1.0
	CHECK_V(0, 0x3ff0000000000000, 0x3ff0000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	fmov v0.2s, #-2.5
	CHECK_V(0, 0xc0200000c0200000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	fmov v0.4s, #-2.5
	CHECK_V(0, 0xc0200000c0200000, 0xc0200000c0200000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	fmov v0.2d, #-2.5
	CHECK_V(0, 0xc004000000000000, 0xc004000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	fmov v0.2s, #31.0
	CHECK_V(0, 0x41f8000041f80000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	fmov v0.4s, #31.0
	CHECK_V(0, 0x41f8000041f80000, 0x41f8000041f80000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	fmov v0.2d, #31.0
	CHECK_V(0, 0x403f000000000000, 0x403f000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	fmov v0.2s, #0.125
	CHECK_V(0, 0x3e0000003e000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	fmov v0.4s, #0.125
	CHECK_V(0, 0x3e0000003e000000, 0x3e0000003e000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	fmov v0.2d, #0.125
	CHECK_V(0, 0x3fc0000000000000, 0x3fc0000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	fmov v0.2s, #-1.9375
	CHECK_V(0, 0xbff80000bff80000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	fmov v0.4s, #-1.9375
	CHECK_V(0, 0xbff80000bff80000, 0xbff80000bff80000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	fmov v0.2d, #-1.9375
	CHECK_V(0, 0xbfff000000000000, 0xbfff000000000000)
	TEST_END
