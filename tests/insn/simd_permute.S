/*
 * simd_permute.S -- AdvSIMD table lookup, permute and extract (Arm ARM
 * C4.1.96): TBL/TBX with 1-4 table registers (out-of-range indices give 0
 * for TBL and keep the destination byte for TBX; register numbers wrap
 * from V31 to V0), ZIP/UZP/TRN at every arrangement, EXT.
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
	SETV 4, 0x0706050403020100, 0x0f0e0d0c0b0a0908
	SETV 3, 0x0f1e2d3c4b5a6978, 0x00102030405f3f1f
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	tbl v0.8b, {v4.16b}, v3.8b
	CHECK_V(0, 0x0f00000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	tbl v0.16b, {v4.16b}, v3.16b
	CHECK_V(0, 0x0f00000000000000, 0x0000000000000000)
	SETV 5, 0x1716151413121110, 0x1f1e1d1c1b1a1918
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	tbl v0.8b, {v4.16b, v5.16b}, v3.8b
	CHECK_V(0, 0x0f1e000000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	tbl v0.16b, {v4.16b, v5.16b}, v3.16b
	CHECK_V(0, 0x0f1e000000000000, 0x001000000000001f)
	SETV 6, 0x2726252423222120, 0x2f2e2d2c2b2a2928
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	tbl v0.8b, {v4.16b, v5.16b, v6.16b}, v3.8b
	CHECK_V(0, 0x0f1e2d0000000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	tbl v0.16b, {v4.16b, v5.16b, v6.16b}, v3.16b
	CHECK_V(0, 0x0f1e2d0000000000, 0x001020000000001f)
	SETV 7, 0x3736353433323130, 0x3f3e3d3c3b3a3938
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	tbl v0.8b, {v4.16b, v5.16b, v6.16b, v7.16b}, v3.8b
	CHECK_V(0, 0x0f1e2d3c00000000, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	tbl v0.16b, {v4.16b, v5.16b, v6.16b, v7.16b}, v3.16b
	CHECK_V(0, 0x0f1e2d3c00000000, 0x0010203000003f1f)
	/* table wraps V31 -> V0 */
	SETV 30, 0x0706050403020100, 0x0f0e0d0c0b0a0908
	SETV 31, 0x1716151413121110, 0x1f1e1d1c1b1a1918
	SETV 0, 0x2726252423222120, 0x2f2e2d2c2b2a2928
	SETV 1, 0x3736353433323130, 0x3f3e3d3c3b3a3938
	SETV 3, 0x8040201008040201, 0xff7f3e3d3c2b1a09
	SETV 5, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	tbl v5.16b, {v30.16b, v31.16b, v0.16b, v1.16b}, v3.16b
	CHECK_V(5, 0x0000201008040201, 0x00003e3d3c2b1a09)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	tbl v0.8b, {v4.16b}, v3.8b
	CHECK_V(0, 0x0000000008040201, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	tbl v0.16b, {v4.16b}, v3.16b
	CHECK_V(0, 0x0000000008040201, 0x0000000000000009)
	SETV 5, 0x1716151413121110, 0x1f1e1d1c1b1a1918
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	tbl v0.8b, {v4.16b, v5.16b}, v3.8b
	CHECK_V(0, 0x0000001008040201, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	tbl v0.16b, {v4.16b, v5.16b}, v3.16b
	CHECK_V(0, 0x0000001008040201, 0x0000000000001a09)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	tbl v0.8b, {v4.16b, v5.16b, v6.16b}, v3.8b
	CHECK_V(0, 0x0000201008040201, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	tbl v0.16b, {v4.16b, v5.16b, v6.16b}, v3.16b
	CHECK_V(0, 0x0000201008040201, 0x00000000002b1a09)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	tbl v0.8b, {v4.16b, v5.16b, v6.16b, v7.16b}, v3.8b
	CHECK_V(0, 0x0000201008040201, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	tbl v0.16b, {v4.16b, v5.16b, v6.16b, v7.16b}, v3.16b
	CHECK_V(0, 0x0000201008040201, 0x00003e3d3c2b1a09)
	/* table wraps V31 -> V0 */
	SETV 0, 0x2726252423222120, 0x2f2e2d2c2b2a2928
	SETV 5, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	tbl v5.16b, {v30.16b, v31.16b, v0.16b, v1.16b}, v3.16b
	CHECK_V(5, 0x0000201008040201, 0x00003e3d3c2b1a09)
	SETV 3, 0x0f1e2d3c4b5a6978, 0x00102030405f3f1f
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	tbx v0.8b, {v4.16b}, v3.8b
	CHECK_V(0, 0x0f55555555555555, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	tbx v0.16b, {v4.16b}, v3.16b
	CHECK_V(0, 0x0f55555555555555, 0x00aaaaaaaaaaaaaa)
	SETV 5, 0x1716151413121110, 0x1f1e1d1c1b1a1918
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	tbx v0.8b, {v4.16b, v5.16b}, v3.8b
	CHECK_V(0, 0x0f1e555555555555, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	tbx v0.16b, {v4.16b, v5.16b}, v3.16b
	CHECK_V(0, 0x0f1e555555555555, 0x0010aaaaaaaaaa1f)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	tbx v0.8b, {v4.16b, v5.16b, v6.16b}, v3.8b
	CHECK_V(0, 0x0f1e2d5555555555, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	tbx v0.16b, {v4.16b, v5.16b, v6.16b}, v3.16b
	CHECK_V(0, 0x0f1e2d5555555555, 0x001020aaaaaaaa1f)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	tbx v0.8b, {v4.16b, v5.16b, v6.16b, v7.16b}, v3.8b
	CHECK_V(0, 0x0f1e2d3c55555555, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	tbx v0.16b, {v4.16b, v5.16b, v6.16b, v7.16b}, v3.16b
	CHECK_V(0, 0x0f1e2d3c55555555, 0x00102030aaaa3f1f)
	/* table wraps V31 -> V0 */
	SETV 0, 0x2726252423222120, 0x2f2e2d2c2b2a2928
	SETV 3, 0x8040201008040201, 0xff7f3e3d3c2b1a09
	SETV 5, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	tbx v5.16b, {v30.16b, v31.16b, v0.16b, v1.16b}, v3.16b
	CHECK_V(5, 0x5555201008040201, 0xaaaa3e3d3c2b1a09)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	tbx v0.8b, {v4.16b}, v3.8b
	CHECK_V(0, 0x5555555508040201, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	tbx v0.16b, {v4.16b}, v3.16b
	CHECK_V(0, 0x5555555508040201, 0xaaaaaaaaaaaaaa09)
	SETV 5, 0x1716151413121110, 0x1f1e1d1c1b1a1918
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	tbx v0.8b, {v4.16b, v5.16b}, v3.8b
	CHECK_V(0, 0x5555551008040201, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	tbx v0.16b, {v4.16b, v5.16b}, v3.16b
	CHECK_V(0, 0x5555551008040201, 0xaaaaaaaaaaaa1a09)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	tbx v0.8b, {v4.16b, v5.16b, v6.16b}, v3.8b
	CHECK_V(0, 0x5555201008040201, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	tbx v0.16b, {v4.16b, v5.16b, v6.16b}, v3.16b
	CHECK_V(0, 0x5555201008040201, 0xaaaaaaaaaa2b1a09)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	tbx v0.8b, {v4.16b, v5.16b, v6.16b, v7.16b}, v3.8b
	CHECK_V(0, 0x5555201008040201, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	tbx v0.16b, {v4.16b, v5.16b, v6.16b, v7.16b}, v3.16b
	CHECK_V(0, 0x5555201008040201, 0xaaaa3e3d3c2b1a09)
	/* table wraps V31 -> V0 */
	SETV 0, 0x2726252423222120, 0x2f2e2d2c2b2a2928
	SETV 5, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	tbx v5.16b, {v30.16b, v31.16b, v0.16b, v1.16b}, v3.16b
	CHECK_V(5, 0x5555201008040201, 0xaaaa3e3d3c2b1a09)
	b	1f
	.ltorg
1:
	SETV 1, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978
	SETV 2, 0x807f01ff7f80fe00, 0x80007fff0001ffff
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	zip1 v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x7f768054fe320010, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	zip1 v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x7f768054fe320010, 0x80fe7fdc01baff98)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	zip1 v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x7f807654fe003210, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	zip1 v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x7f807654fe003210, 0x807ffedc01ffba98)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	zip1 v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x7f80fe0076543210, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	zip1 v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x7f80fe0076543210, 0x807f01fffedcba98)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	zip1 v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0xfedcba9876543210, 0x807f01ff7f80fe00)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	zip2 v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x80fe7fdc01baff98, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	zip2 v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x004b015aff69ff78, 0x800f001e7f2dff3c)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	zip2 v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x807ffedc01ffba98, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	zip2 v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x00014b5affff6978, 0x80000f1e7fff2d3c)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	zip2 v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x807f01fffedcba98, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	zip2 v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x0001ffff4b5a6978, 0x80007fff0f1e2d3c)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	zip2 v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x0f1e2d3c4b5a6978, 0x80007fff0001ffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uzp1 v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x7fff8000dc985410, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uzp1 v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x1e3c5a78dc985410, 0x00ff01ff7fff8000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uzp1 v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x01fffe00ba983210, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uzp1 v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x2d3c6978ba983210, 0x7fffffff01fffe00)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uzp1 v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x7f80fe0076543210, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uzp1 v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x4b5a697876543210, 0x0001ffff7f80fe00)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uzp1 v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0xfedcba9876543210, 0x807f01ff7f80fe00)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uzp2 v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x80017ffefeba7632, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uzp2 v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x0f2d4b69feba7632, 0x807f00ff80017ffe)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uzp2 v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x807f7f80fedc7654, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uzp2 v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x0f1e4b5afedc7654, 0x80000001807f7f80)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uzp2 v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x807f01fffedcba98, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uzp2 v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x0f1e2d3cfedcba98, 0x80007fff807f01ff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	uzp2 v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x0f1e2d3c4b5a6978, 0x80007fff0001ffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	trn1 v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x7fdcff9880540010, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	trn1 v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x7fdcff9880540010, 0x001eff3c015aff78)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	trn1 v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x01ffba98fe003210, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	trn1 v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x01ffba98fe003210, 0x7fff2d3cffff6978)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	trn1 v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x7f80fe0076543210, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	trn1 v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x7f80fe0076543210, 0x0001ffff4b5a6978)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	trn1 v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0xfedcba9876543210, 0x807f01ff7f80fe00)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	trn2 v0.8b, v1.8b, v2.8b
	CHECK_V(0, 0x80fe01ba7f76fe32, 0x0000000000000000)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	trn2 v0.16b, v1.16b, v2.16b
	CHECK_V(0, 0x80fe01ba7f76fe32, 0x800f7f2d004bff69)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	trn2 v0.4h, v1.4h, v2.4h
	CHECK_V(0, 0x807ffedc7f807654, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	trn2 v0.8h, v1.8h, v2.8h
	CHECK_V(0, 0x807ffedc7f807654, 0x80000f1e00014b5a)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	trn2 v0.2s, v1.2s, v2.2s
	CHECK_V(0, 0x807f01fffedcba98, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	trn2 v0.4s, v1.4s, v2.4s
	CHECK_V(0, 0x807f01fffedcba98, 0x80007fff0f1e2d3c)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	trn2 v0.2d, v1.2d, v2.2d
	CHECK_V(0, 0x0f1e2d3c4b5a6978, 0x80007fff0001ffff)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ext v0.8b, v1.8b, v2.8b, #0
	CHECK_V(0, 0xfedcba9876543210, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ext v0.8b, v1.8b, v2.8b, #1
	CHECK_V(0, 0x00fedcba98765432, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ext v0.8b, v1.8b, v2.8b, #7
	CHECK_V(0, 0x7f01ff7f80fe00fe, 0x0000000000000000)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ext v0.16b, v1.16b, v2.16b, #0
	CHECK_V(0, 0xfedcba9876543210, 0x0f1e2d3c4b5a6978)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ext v0.16b, v1.16b, v2.16b, #1
	CHECK_V(0, 0x78fedcba98765432, 0x000f1e2d3c4b5a69)
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ext v0.16b, v1.16b, v2.16b, #8
	CHECK_V(0, 0x0f1e2d3c4b5a6978, 0x807f01ff7f80fe00)
	b	1f
	.ltorg
1:
	SETV 0, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa
	msr	fpsr, xzr
	ext v0.16b, v1.16b, v2.16b, #15
	CHECK_V(0, 0x7f01ff7f80fe000f, 0x007fff0001ffff80)
	TEST_END
