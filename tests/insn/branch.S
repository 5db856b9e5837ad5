/*
 * branch.S -- Branches (Arm ARM C4.1.65): B.cond for every condition under
 * every NZCV value, CBZ/CBNZ (the 32-bit forms ignore the upper half),
 * TBZ/TBNZ on bits 0, 31, 32 and 63, B, BL (link value), BR, BLR
 * (including BLR X30), RET and RET Xn, forward and backward.
 * x9 counts taken branches; each case checks taken versus not taken.
 */
#include "insn.h"

/* t_rrr A, B, E, insn: x1 = A, x2 = B; run insn; x0 must be E. */
	.macro t_rrr a, b, e, line, insn:vararg
	ldr	x1, =\a
	ldr	x2, =\b
	\insn
	check_x	x0, \e, \line
	.endm
#define T_RRR(a, b, e, ...) t_rrr a, b, e, __LINE__, __VA_ARGS__

/* t_frrrf FIN, A, B, E, F, insn: NZCV = FIN, x1 = A, x2 = B; run insn;
 * NZCV must be F and x0 must be E. */
	.macro t_frrrf fin, a, b, e, f, line, insn:vararg
	ldr	x3, =\fin
	msr	nzcv, x3
	ldr	x1, =\a
	ldr	x2, =\b
	\insn
	check_nzcv \f, \line
	check_x	x0, \e, \line
	.endm
#define T_FRRRF(fin, a, b, e, f, ...) t_frrrf fin, a, b, e, f, __LINE__, __VA_ARGS__

	TEST_BEGIN

/* B.cond: every condition, every NZCV; x0 = 1 if taken */
	ldr	x3, =0x0
	msr	nzcv, x3
	mov	x0, #1
	b.eq	L1
	mov	x0, #0
L1:
	CHECK_X(x0, 0)
	ldr	x3, =0x10000000
	msr	nzcv, x3
	mov	x0, #1
	b.eq	L2
	mov	x0, #0
L2:
	CHECK_X(x0, 0)
	ldr	x3, =0x20000000
	msr	nzcv, x3
	mov	x0, #1
	b.eq	L3
	mov	x0, #0
L3:
	CHECK_X(x0, 0)
	ldr	x3, =0x30000000
	msr	nzcv, x3
	mov	x0, #1
	b.eq	L4
	mov	x0, #0
L4:
	CHECK_X(x0, 0)
	ldr	x3, =0x40000000
	msr	nzcv, x3
	mov	x0, #1
	b.eq	L5
	mov	x0, #0
L5:
	CHECK_X(x0, 1)
	ldr	x3, =0x50000000
	msr	nzcv, x3
	mov	x0, #1
	b.eq	L6
	mov	x0, #0
L6:
	CHECK_X(x0, 1)
	ldr	x3, =0x60000000
	msr	nzcv, x3
	mov	x0, #1
	b.eq	L7
	mov	x0, #0
L7:
	CHECK_X(x0, 1)
	ldr	x3, =0x70000000
	msr	nzcv, x3
	mov	x0, #1
	b.eq	L8
	mov	x0, #0
L8:
	CHECK_X(x0, 1)
	ldr	x3, =0x80000000
	msr	nzcv, x3
	mov	x0, #1
	b.eq	L9
	mov	x0, #0
L9:
	CHECK_X(x0, 0)
	ldr	x3, =0x90000000
	msr	nzcv, x3
	mov	x0, #1
	b.eq	L10
	mov	x0, #0
L10:
	CHECK_X(x0, 0)
	ldr	x3, =0xa0000000
	msr	nzcv, x3
	mov	x0, #1
	b.eq	L11
	mov	x0, #0
L11:
	CHECK_X(x0, 0)
	ldr	x3, =0xb0000000
	msr	nzcv, x3
	mov	x0, #1
	b.eq	L12
	mov	x0, #0
L12:
	CHECK_X(x0, 0)
	ldr	x3, =0xc0000000
	msr	nzcv, x3
	mov	x0, #1
	b.eq	L13
	mov	x0, #0
L13:
	CHECK_X(x0, 1)
	ldr	x3, =0xd0000000
	msr	nzcv, x3
	mov	x0, #1
	b.eq	L14
	mov	x0, #0
L14:
	CHECK_X(x0, 1)
	ldr	x3, =0xe0000000
	msr	nzcv, x3
	mov	x0, #1
	b.eq	L15
	mov	x0, #0
L15:
	CHECK_X(x0, 1)
	ldr	x3, =0xf0000000
	msr	nzcv, x3
	mov	x0, #1
	b.eq	L16
	mov	x0, #0
L16:
	CHECK_X(x0, 1)
	ldr	x3, =0x0
	msr	nzcv, x3
	mov	x0, #1
	b.ne	L17
	mov	x0, #0
L17:
	CHECK_X(x0, 1)
	ldr	x3, =0x10000000
	msr	nzcv, x3
	mov	x0, #1
	b.ne	L18
	mov	x0, #0
L18:
	CHECK_X(x0, 1)
	ldr	x3, =0x20000000
	msr	nzcv, x3
	mov	x0, #1
	b.ne	L19
	mov	x0, #0
L19:
	CHECK_X(x0, 1)
	ldr	x3, =0x30000000
	msr	nzcv, x3
	mov	x0, #1
	b.ne	L20
	mov	x0, #0
L20:
	CHECK_X(x0, 1)
	ldr	x3, =0x40000000
	msr	nzcv, x3
	mov	x0, #1
	b.ne	L21
	mov	x0, #0
L21:
	CHECK_X(x0, 0)
	ldr	x3, =0x50000000
	msr	nzcv, x3
	mov	x0, #1
	b.ne	L22
	mov	x0, #0
L22:
	CHECK_X(x0, 0)
	ldr	x3, =0x60000000
	msr	nzcv, x3
	mov	x0, #1
	b.ne	L23
	mov	x0, #0
L23:
	CHECK_X(x0, 0)
	ldr	x3, =0x70000000
	msr	nzcv, x3
	mov	x0, #1
	b.ne	L24
	mov	x0, #0
L24:
	CHECK_X(x0, 0)
	ldr	x3, =0x80000000
	msr	nzcv, x3
	mov	x0, #1
	b.ne	L25
	mov	x0, #0
L25:
	CHECK_X(x0, 1)
	ldr	x3, =0x90000000
	msr	nzcv, x3
	mov	x0, #1
	b.ne	L26
	mov	x0, #0
L26:
	CHECK_X(x0, 1)
	ldr	x3, =0xa0000000
	msr	nzcv, x3
	mov	x0, #1
	b.ne	L27
	mov	x0, #0
L27:
	CHECK_X(x0, 1)
	ldr	x3, =0xb0000000
	msr	nzcv, x3
	mov	x0, #1
	b.ne	L28
	mov	x0, #0
L28:
	CHECK_X(x0, 1)
	ldr	x3, =0xc0000000
	msr	nzcv, x3
	mov	x0, #1
	b.ne	L29
	mov	x0, #0
L29:
	CHECK_X(x0, 0)
	ldr	x3, =0xd0000000
	msr	nzcv, x3
	mov	x0, #1
	b.ne	L30
	mov	x0, #0
L30:
	CHECK_X(x0, 0)
	ldr	x3, =0xe0000000
	msr	nzcv, x3
	mov	x0, #1
	b.ne	L31
	mov	x0, #0
L31:
	CHECK_X(x0, 0)
	ldr	x3, =0xf0000000
	msr	nzcv, x3
	mov	x0, #1
	b.ne	L32
	mov	x0, #0
L32:
	CHECK_X(x0, 0)
	ldr	x3, =0x0
	msr	nzcv, x3
	mov	x0, #1
	b.cs	L33
	mov	x0, #0
L33:
	CHECK_X(x0, 0)
	ldr	x3, =0x10000000
	msr	nzcv, x3
	mov	x0, #1
	b.cs	L34
	mov	x0, #0
L34:
	CHECK_X(x0, 0)
	ldr	x3, =0x20000000
	msr	nzcv, x3
	mov	x0, #1
	b.cs	L35
	mov	x0, #0
L35:
	CHECK_X(x0, 1)
	ldr	x3, =0x30000000
	msr	nzcv, x3
	mov	x0, #1
	b.cs	L36
	mov	x0, #0
L36:
	CHECK_X(x0, 1)
	ldr	x3, =0x40000000
	msr	nzcv, x3
	mov	x0, #1
	b.cs	L37
	mov	x0, #0
L37:
	CHECK_X(x0, 0)
	ldr	x3, =0x50000000
	msr	nzcv, x3
	mov	x0, #1
	b.cs	L38
	mov	x0, #0
L38:
	CHECK_X(x0, 0)
	ldr	x3, =0x60000000
	msr	nzcv, x3
	mov	x0, #1
	b.cs	L39
	mov	x0, #0
L39:
	CHECK_X(x0, 1)
	ldr	x3, =0x70000000
	msr	nzcv, x3
	mov	x0, #1
	b.cs	L40
	mov	x0, #0
L40:
	CHECK_X(x0, 1)
	ldr	x3, =0x80000000
	msr	nzcv, x3
	mov	x0, #1
	b.cs	L41
	mov	x0, #0
L41:
	CHECK_X(x0, 0)
	ldr	x3, =0x90000000
	msr	nzcv, x3
	mov	x0, #1
	b.cs	L42
	mov	x0, #0
L42:
	CHECK_X(x0, 0)
	ldr	x3, =0xa0000000
	msr	nzcv, x3
	mov	x0, #1
	b.cs	L43
	mov	x0, #0
L43:
	CHECK_X(x0, 1)
	ldr	x3, =0xb0000000
	msr	nzcv, x3
	mov	x0, #1
	b.cs	L44
	mov	x0, #0
L44:
	CHECK_X(x0, 1)
	ldr	x3, =0xc0000000
	msr	nzcv, x3
	mov	x0, #1
	b.cs	L45
	mov	x0, #0
L45:
	CHECK_X(x0, 0)
	ldr	x3, =0xd0000000
	msr	nzcv, x3
	mov	x0, #1
	b.cs	L46
	mov	x0, #0
L46:
	CHECK_X(x0, 0)
	ldr	x3, =0xe0000000
	msr	nzcv, x3
	mov	x0, #1
	b.cs	L47
	mov	x0, #0
L47:
	CHECK_X(x0, 1)
	ldr	x3, =0xf0000000
	msr	nzcv, x3
	mov	x0, #1
	b.cs	L48
	mov	x0, #0
L48:
	CHECK_X(x0, 1)
	ldr	x3, =0x0
	msr	nzcv, x3
	mov	x0, #1
	b.cc	L49
	mov	x0, #0
L49:
	CHECK_X(x0, 1)
	ldr	x3, =0x10000000
	msr	nzcv, x3
	mov	x0, #1
	b.cc	L50
	mov	x0, #0
L50:
	CHECK_X(x0, 1)
	ldr	x3, =0x20000000
	msr	nzcv, x3
	mov	x0, #1
	b.cc	L51
	mov	x0, #0
L51:
	CHECK_X(x0, 0)
	ldr	x3, =0x30000000
	msr	nzcv, x3
	mov	x0, #1
	b.cc	L52
	mov	x0, #0
L52:
	CHECK_X(x0, 0)
	ldr	x3, =0x40000000
	msr	nzcv, x3
	mov	x0, #1
	b.cc	L53
	mov	x0, #0
L53:
	CHECK_X(x0, 1)
	ldr	x3, =0x50000000
	msr	nzcv, x3
	mov	x0, #1
	b.cc	L54
	mov	x0, #0
L54:
	CHECK_X(x0, 1)
	ldr	x3, =0x60000000
	msr	nzcv, x3
	mov	x0, #1
	b.cc	L55
	mov	x0, #0
L55:
	CHECK_X(x0, 0)
	ldr	x3, =0x70000000
	msr	nzcv, x3
	mov	x0, #1
	b.cc	L56
	mov	x0, #0
L56:
	CHECK_X(x0, 0)
	ldr	x3, =0x80000000
	msr	nzcv, x3
	mov	x0, #1
	b.cc	L57
	mov	x0, #0
L57:
	CHECK_X(x0, 1)
	ldr	x3, =0x90000000
	msr	nzcv, x3
	mov	x0, #1
	b.cc	L58
	mov	x0, #0
L58:
	CHECK_X(x0, 1)
	ldr	x3, =0xa0000000
	msr	nzcv, x3
	mov	x0, #1
	b.cc	L59
	mov	x0, #0
L59:
	CHECK_X(x0, 0)
	ldr	x3, =0xb0000000
	msr	nzcv, x3
	mov	x0, #1
	b.cc	L60
	mov	x0, #0
L60:
	CHECK_X(x0, 0)
	ldr	x3, =0xc0000000
	msr	nzcv, x3
	mov	x0, #1
	b.cc	L61
	mov	x0, #0
L61:
	CHECK_X(x0, 1)
	ldr	x3, =0xd0000000
	msr	nzcv, x3
	mov	x0, #1
	b.cc	L62
	mov	x0, #0
L62:
	CHECK_X(x0, 1)
	ldr	x3, =0xe0000000
	msr	nzcv, x3
	mov	x0, #1
	b.cc	L63
	mov	x0, #0
L63:
	CHECK_X(x0, 0)
	ldr	x3, =0xf0000000
	msr	nzcv, x3
	mov	x0, #1
	b.cc	L64
	mov	x0, #0
L64:
	CHECK_X(x0, 0)
	ldr	x3, =0x0
	msr	nzcv, x3
	mov	x0, #1
	b.mi	L65
	mov	x0, #0
L65:
	CHECK_X(x0, 0)
	ldr	x3, =0x10000000
	msr	nzcv, x3
	mov	x0, #1
	b.mi	L66
	mov	x0, #0
L66:
	CHECK_X(x0, 0)
	ldr	x3, =0x20000000
	msr	nzcv, x3
	mov	x0, #1
	b.mi	L67
	mov	x0, #0
L67:
	CHECK_X(x0, 0)
	ldr	x3, =0x30000000
	msr	nzcv, x3
	mov	x0, #1
	b.mi	L68
	mov	x0, #0
L68:
	CHECK_X(x0, 0)
	ldr	x3, =0x40000000
	msr	nzcv, x3
	mov	x0, #1
	b.mi	L69
	mov	x0, #0
L69:
	CHECK_X(x0, 0)
	ldr	x3, =0x50000000
	msr	nzcv, x3
	mov	x0, #1
	b.mi	L70
	mov	x0, #0
L70:
	CHECK_X(x0, 0)
	ldr	x3, =0x60000000
	msr	nzcv, x3
	mov	x0, #1
	b.mi	L71
	mov	x0, #0
L71:
	CHECK_X(x0, 0)
	ldr	x3, =0x70000000
	msr	nzcv, x3
	mov	x0, #1
	b.mi	L72
	mov	x0, #0
L72:
	CHECK_X(x0, 0)
	ldr	x3, =0x80000000
	msr	nzcv, x3
	mov	x0, #1
	b.mi	L73
	mov	x0, #0
L73:
	CHECK_X(x0, 1)
	ldr	x3, =0x90000000
	msr	nzcv, x3
	mov	x0, #1
	b.mi	L74
	mov	x0, #0
L74:
	CHECK_X(x0, 1)
	ldr	x3, =0xa0000000
	msr	nzcv, x3
	mov	x0, #1
	b.mi	L75
	mov	x0, #0
L75:
	CHECK_X(x0, 1)
	ldr	x3, =0xb0000000
	msr	nzcv, x3
	mov	x0, #1
	b.mi	L76
	mov	x0, #0
L76:
	CHECK_X(x0, 1)
	ldr	x3, =0xc0000000
	msr	nzcv, x3
	mov	x0, #1
	b.mi	L77
	mov	x0, #0
L77:
	CHECK_X(x0, 1)
	ldr	x3, =0xd0000000
	msr	nzcv, x3
	mov	x0, #1
	b.mi	L78
	mov	x0, #0
L78:
	CHECK_X(x0, 1)
	ldr	x3, =0xe0000000
	msr	nzcv, x3
	mov	x0, #1
	b.mi	L79
	mov	x0, #0
L79:
	CHECK_X(x0, 1)
	ldr	x3, =0xf0000000
	msr	nzcv, x3
	mov	x0, #1
	b.mi	L80
	mov	x0, #0
L80:
	CHECK_X(x0, 1)
	ldr	x3, =0x0
	msr	nzcv, x3
	mov	x0, #1
	b.pl	L81
	mov	x0, #0
L81:
	CHECK_X(x0, 1)
	ldr	x3, =0x10000000
	msr	nzcv, x3
	mov	x0, #1
	b.pl	L82
	mov	x0, #0
L82:
	CHECK_X(x0, 1)
	ldr	x3, =0x20000000
	msr	nzcv, x3
	mov	x0, #1
	b.pl	L83
	mov	x0, #0
L83:
	CHECK_X(x0, 1)
	ldr	x3, =0x30000000
	msr	nzcv, x3
	mov	x0, #1
	b.pl	L84
	mov	x0, #0
L84:
	CHECK_X(x0, 1)
	ldr	x3, =0x40000000
	msr	nzcv, x3
	mov	x0, #1
	b.pl	L85
	mov	x0, #0
L85:
	CHECK_X(x0, 1)
	ldr	x3, =0x50000000
	msr	nzcv, x3
	mov	x0, #1
	b.pl	L86
	mov	x0, #0
L86:
	CHECK_X(x0, 1)
	ldr	x3, =0x60000000
	msr	nzcv, x3
	mov	x0, #1
	b.pl	L87
	mov	x0, #0
L87:
	CHECK_X(x0, 1)
	ldr	x3, =0x70000000
	msr	nzcv, x3
	mov	x0, #1
	b.pl	L88
	mov	x0, #0
L88:
	CHECK_X(x0, 1)
	ldr	x3, =0x80000000
	msr	nzcv, x3
	mov	x0, #1
	b.pl	L89
	mov	x0, #0
L89:
	CHECK_X(x0, 0)
	ldr	x3, =0x90000000
	msr	nzcv, x3
	mov	x0, #1
	b.pl	L90
	mov	x0, #0
L90:
	CHECK_X(x0, 0)
	ldr	x3, =0xa0000000
	msr	nzcv, x3
	mov	x0, #1
	b.pl	L91
	mov	x0, #0
L91:
	CHECK_X(x0, 0)
	ldr	x3, =0xb0000000
	msr	nzcv, x3
	mov	x0, #1
	b.pl	L92
	mov	x0, #0
L92:
	CHECK_X(x0, 0)
	ldr	x3, =0xc0000000
	msr	nzcv, x3
	mov	x0, #1
	b.pl	L93
	mov	x0, #0
L93:
	CHECK_X(x0, 0)
	ldr	x3, =0xd0000000
	msr	nzcv, x3
	mov	x0, #1
	b.pl	L94
	mov	x0, #0
L94:
	CHECK_X(x0, 0)
	ldr	x3, =0xe0000000
	msr	nzcv, x3
	mov	x0, #1
	b.pl	L95
	mov	x0, #0
L95:
	CHECK_X(x0, 0)
	ldr	x3, =0xf0000000
	msr	nzcv, x3
	mov	x0, #1
	b.pl	L96
	mov	x0, #0
L96:
	CHECK_X(x0, 0)
	ldr	x3, =0x0
	msr	nzcv, x3
	mov	x0, #1
	b.vs	L97
	mov	x0, #0
L97:
	CHECK_X(x0, 0)
	ldr	x3, =0x10000000
	msr	nzcv, x3
	mov	x0, #1
	b.vs	L98
	mov	x0, #0
L98:
	CHECK_X(x0, 1)
	ldr	x3, =0x20000000
	msr	nzcv, x3
	mov	x0, #1
	b.vs	L99
	mov	x0, #0
L99:
	CHECK_X(x0, 0)
	ldr	x3, =0x30000000
	msr	nzcv, x3
	mov	x0, #1
	b.vs	L100
	mov	x0, #0
L100:
	CHECK_X(x0, 1)
	ldr	x3, =0x40000000
	msr	nzcv, x3
	mov	x0, #1
	b.vs	L101
	mov	x0, #0
L101:
	CHECK_X(x0, 0)
	ldr	x3, =0x50000000
	msr	nzcv, x3
	mov	x0, #1
	b.vs	L102
	mov	x0, #0
L102:
	CHECK_X(x0, 1)
	ldr	x3, =0x60000000
	msr	nzcv, x3
	mov	x0, #1
	b.vs	L103
	mov	x0, #0
L103:
	CHECK_X(x0, 0)
	ldr	x3, =0x70000000
	msr	nzcv, x3
	mov	x0, #1
	b.vs	L104
	mov	x0, #0
L104:
	CHECK_X(x0, 1)
	ldr	x3, =0x80000000
	msr	nzcv, x3
	mov	x0, #1
	b.vs	L105
	mov	x0, #0
L105:
	CHECK_X(x0, 0)
	ldr	x3, =0x90000000
	msr	nzcv, x3
	mov	x0, #1
	b.vs	L106
	mov	x0, #0
L106:
	CHECK_X(x0, 1)
	ldr	x3, =0xa0000000
	msr	nzcv, x3
	mov	x0, #1
	b.vs	L107
	mov	x0, #0
L107:
	CHECK_X(x0, 0)
	ldr	x3, =0xb0000000
	msr	nzcv, x3
	mov	x0, #1
	b.vs	L108
	mov	x0, #0
L108:
	CHECK_X(x0, 1)
	ldr	x3, =0xc0000000
	msr	nzcv, x3
	mov	x0, #1
	b.vs	L109
	mov	x0, #0
L109:
	CHECK_X(x0, 0)
	ldr	x3, =0xd0000000
	msr	nzcv, x3
	mov	x0, #1
	b.vs	L110
	mov	x0, #0
L110:
	CHECK_X(x0, 1)
	ldr	x3, =0xe0000000
	msr	nzcv, x3
	mov	x0, #1
	b.vs	L111
	mov	x0, #0
L111:
	CHECK_X(x0, 0)
	ldr	x3, =0xf0000000
	msr	nzcv, x3
	mov	x0, #1
	b.vs	L112
	mov	x0, #0
L112:
	CHECK_X(x0, 1)
	ldr	x3, =0x0
	msr	nzcv, x3
	mov	x0, #1
	b.vc	L113
	mov	x0, #0
L113:
	CHECK_X(x0, 1)
	ldr	x3, =0x10000000
	msr	nzcv, x3
	mov	x0, #1
	b.vc	L114
	mov	x0, #0
L114:
	CHECK_X(x0, 0)
	ldr	x3, =0x20000000
	msr	nzcv, x3
	mov	x0, #1
	b.vc	L115
	mov	x0, #0
L115:
	CHECK_X(x0, 1)
	ldr	x3, =0x30000000
	msr	nzcv, x3
	mov	x0, #1
	b.vc	L116
	mov	x0, #0
L116:
	CHECK_X(x0, 0)
	ldr	x3, =0x40000000
	msr	nzcv, x3
	mov	x0, #1
	b.vc	L117
	mov	x0, #0
L117:
	CHECK_X(x0, 1)
	ldr	x3, =0x50000000
	msr	nzcv, x3
	mov	x0, #1
	b.vc	L118
	mov	x0, #0
L118:
	CHECK_X(x0, 0)
	ldr	x3, =0x60000000
	msr	nzcv, x3
	mov	x0, #1
	b.vc	L119
	mov	x0, #0
L119:
	CHECK_X(x0, 1)
	ldr	x3, =0x70000000
	msr	nzcv, x3
	mov	x0, #1
	b.vc	L120
	mov	x0, #0
L120:
	CHECK_X(x0, 0)
	ldr	x3, =0x80000000
	msr	nzcv, x3
	mov	x0, #1
	b.vc	L121
	mov	x0, #0
L121:
	CHECK_X(x0, 1)
	ldr	x3, =0x90000000
	msr	nzcv, x3
	mov	x0, #1
	b.vc	L122
	mov	x0, #0
L122:
	CHECK_X(x0, 0)
	ldr	x3, =0xa0000000
	msr	nzcv, x3
	mov	x0, #1
	b.vc	L123
	mov	x0, #0
L123:
	CHECK_X(x0, 1)
	ldr	x3, =0xb0000000
	msr	nzcv, x3
	mov	x0, #1
	b.vc	L124
	mov	x0, #0
L124:
	CHECK_X(x0, 0)
	ldr	x3, =0xc0000000
	msr	nzcv, x3
	mov	x0, #1
	b.vc	L125
	mov	x0, #0
L125:
	CHECK_X(x0, 1)
	ldr	x3, =0xd0000000
	msr	nzcv, x3
	mov	x0, #1
	b.vc	L126
	mov	x0, #0
L126:
	CHECK_X(x0, 0)
	ldr	x3, =0xe0000000
	msr	nzcv, x3
	mov	x0, #1
	b.vc	L127
	mov	x0, #0
L127:
	CHECK_X(x0, 1)
	ldr	x3, =0xf0000000
	msr	nzcv, x3
	mov	x0, #1
	b.vc	L128
	mov	x0, #0
L128:
	CHECK_X(x0, 0)
	ldr	x3, =0x0
	msr	nzcv, x3
	mov	x0, #1
	b.hi	L129
	mov	x0, #0
L129:
	CHECK_X(x0, 0)
	ldr	x3, =0x10000000
	msr	nzcv, x3
	mov	x0, #1
	b.hi	L130
	mov	x0, #0
L130:
	CHECK_X(x0, 0)
	ldr	x3, =0x20000000
	msr	nzcv, x3
	mov	x0, #1
	b.hi	L131
	mov	x0, #0
L131:
	CHECK_X(x0, 1)
	ldr	x3, =0x30000000
	msr	nzcv, x3
	mov	x0, #1
	b.hi	L132
	mov	x0, #0
L132:
	CHECK_X(x0, 1)
	ldr	x3, =0x40000000
	msr	nzcv, x3
	mov	x0, #1
	b.hi	L133
	mov	x0, #0
L133:
	CHECK_X(x0, 0)
	ldr	x3, =0x50000000
	msr	nzcv, x3
	mov	x0, #1
	b.hi	L134
	mov	x0, #0
L134:
	CHECK_X(x0, 0)
	ldr	x3, =0x60000000
	msr	nzcv, x3
	mov	x0, #1
	b.hi	L135
	mov	x0, #0
L135:
	CHECK_X(x0, 0)
	ldr	x3, =0x70000000
	msr	nzcv, x3
	mov	x0, #1
	b.hi	L136
	mov	x0, #0
L136:
	CHECK_X(x0, 0)
	ldr	x3, =0x80000000
	msr	nzcv, x3
	mov	x0, #1
	b.hi	L137
	mov	x0, #0
L137:
	CHECK_X(x0, 0)
	ldr	x3, =0x90000000
	msr	nzcv, x3
	mov	x0, #1
	b.hi	L138
	mov	x0, #0
L138:
	CHECK_X(x0, 0)
	ldr	x3, =0xa0000000
	msr	nzcv, x3
	mov	x0, #1
	b.hi	L139
	mov	x0, #0
L139:
	CHECK_X(x0, 1)
	ldr	x3, =0xb0000000
	msr	nzcv, x3
	mov	x0, #1
	b.hi	L140
	mov	x0, #0
L140:
	CHECK_X(x0, 1)
	ldr	x3, =0xc0000000
	msr	nzcv, x3
	mov	x0, #1
	b.hi	L141
	mov	x0, #0
L141:
	CHECK_X(x0, 0)
	ldr	x3, =0xd0000000
	msr	nzcv, x3
	mov	x0, #1
	b.hi	L142
	mov	x0, #0
L142:
	CHECK_X(x0, 0)
	ldr	x3, =0xe0000000
	msr	nzcv, x3
	mov	x0, #1
	b.hi	L143
	mov	x0, #0
L143:
	CHECK_X(x0, 0)
	ldr	x3, =0xf0000000
	msr	nzcv, x3
	mov	x0, #1
	b.hi	L144
	mov	x0, #0
L144:
	CHECK_X(x0, 0)
	ldr	x3, =0x0
	msr	nzcv, x3
	mov	x0, #1
	b.ls	L145
	mov	x0, #0
L145:
	CHECK_X(x0, 1)
	ldr	x3, =0x10000000
	msr	nzcv, x3
	mov	x0, #1
	b.ls	L146
	mov	x0, #0
L146:
	CHECK_X(x0, 1)
	ldr	x3, =0x20000000
	msr	nzcv, x3
	mov	x0, #1
	b.ls	L147
	mov	x0, #0
L147:
	CHECK_X(x0, 0)
	ldr	x3, =0x30000000
	msr	nzcv, x3
	mov	x0, #1
	b.ls	L148
	mov	x0, #0
L148:
	CHECK_X(x0, 0)
	ldr	x3, =0x40000000
	msr	nzcv, x3
	mov	x0, #1
	b.ls	L149
	mov	x0, #0
L149:
	CHECK_X(x0, 1)
	ldr	x3, =0x50000000
	msr	nzcv, x3
	mov	x0, #1
	b.ls	L150
	mov	x0, #0
L150:
	CHECK_X(x0, 1)
	ldr	x3, =0x60000000
	msr	nzcv, x3
	mov	x0, #1
	b.ls	L151
	mov	x0, #0
L151:
	CHECK_X(x0, 1)
	ldr	x3, =0x70000000
	msr	nzcv, x3
	mov	x0, #1
	b.ls	L152
	mov	x0, #0
L152:
	CHECK_X(x0, 1)
	ldr	x3, =0x80000000
	msr	nzcv, x3
	mov	x0, #1
	b.ls	L153
	mov	x0, #0
L153:
	CHECK_X(x0, 1)
	ldr	x3, =0x90000000
	msr	nzcv, x3
	mov	x0, #1
	b.ls	L154
	mov	x0, #0
L154:
	CHECK_X(x0, 1)
	ldr	x3, =0xa0000000
	msr	nzcv, x3
	mov	x0, #1
	b.ls	L155
	mov	x0, #0
L155:
	CHECK_X(x0, 0)
	ldr	x3, =0xb0000000
	msr	nzcv, x3
	mov	x0, #1
	b.ls	L156
	mov	x0, #0
L156:
	CHECK_X(x0, 0)
	ldr	x3, =0xc0000000
	msr	nzcv, x3
	mov	x0, #1
	b.ls	L157
	mov	x0, #0
L157:
	CHECK_X(x0, 1)
	ldr	x3, =0xd0000000
	msr	nzcv, x3
	mov	x0, #1
	b.ls	L158
	mov	x0, #0
L158:
	CHECK_X(x0, 1)
	ldr	x3, =0xe0000000
	msr	nzcv, x3
	mov	x0, #1
	b.ls	L159
	mov	x0, #0
L159:
	CHECK_X(x0, 1)
	ldr	x3, =0xf0000000
	msr	nzcv, x3
	mov	x0, #1
	b.ls	L160
	mov	x0, #0
L160:
	CHECK_X(x0, 1)
	ldr	x3, =0x0
	msr	nzcv, x3
	mov	x0, #1
	b.ge	L161
	mov	x0, #0
L161:
	CHECK_X(x0, 1)
	ldr	x3, =0x10000000
	msr	nzcv, x3
	mov	x0, #1
	b.ge	L162
	mov	x0, #0
L162:
	CHECK_X(x0, 0)
	ldr	x3, =0x20000000
	msr	nzcv, x3
	mov	x0, #1
	b.ge	L163
	mov	x0, #0
L163:
	CHECK_X(x0, 1)
	ldr	x3, =0x30000000
	msr	nzcv, x3
	mov	x0, #1
	b.ge	L164
	mov	x0, #0
L164:
	CHECK_X(x0, 0)
	ldr	x3, =0x40000000
	msr	nzcv, x3
	mov	x0, #1
	b.ge	L165
	mov	x0, #0
L165:
	CHECK_X(x0, 1)
	ldr	x3, =0x50000000
	msr	nzcv, x3
	mov	x0, #1
	b.ge	L166
	mov	x0, #0
L166:
	CHECK_X(x0, 0)
	ldr	x3, =0x60000000
	msr	nzcv, x3
	mov	x0, #1
	b.ge	L167
	mov	x0, #0
L167:
	CHECK_X(x0, 1)
	ldr	x3, =0x70000000
	msr	nzcv, x3
	mov	x0, #1
	b.ge	L168
	mov	x0, #0
L168:
	CHECK_X(x0, 0)
	ldr	x3, =0x80000000
	msr	nzcv, x3
	mov	x0, #1
	b.ge	L169
	mov	x0, #0
L169:
	CHECK_X(x0, 0)
	ldr	x3, =0x90000000
	msr	nzcv, x3
	mov	x0, #1
	b.ge	L170
	mov	x0, #0
L170:
	CHECK_X(x0, 1)
	ldr	x3, =0xa0000000
	msr	nzcv, x3
	mov	x0, #1
	b.ge	L171
	mov	x0, #0
L171:
	CHECK_X(x0, 0)
	ldr	x3, =0xb0000000
	msr	nzcv, x3
	mov	x0, #1
	b.ge	L172
	mov	x0, #0
L172:
	CHECK_X(x0, 1)
	ldr	x3, =0xc0000000
	msr	nzcv, x3
	mov	x0, #1
	b.ge	L173
	mov	x0, #0
L173:
	CHECK_X(x0, 0)
	ldr	x3, =0xd0000000
	msr	nzcv, x3
	mov	x0, #1
	b.ge	L174
	mov	x0, #0
L174:
	CHECK_X(x0, 1)
	ldr	x3, =0xe0000000
	msr	nzcv, x3
	mov	x0, #1
	b.ge	L175
	mov	x0, #0
L175:
	CHECK_X(x0, 0)
	ldr	x3, =0xf0000000
	msr	nzcv, x3
	mov	x0, #1
	b.ge	L176
	mov	x0, #0
L176:
	CHECK_X(x0, 1)
	ldr	x3, =0x0
	msr	nzcv, x3
	mov	x0, #1
	b.lt	L177
	mov	x0, #0
L177:
	CHECK_X(x0, 0)
	ldr	x3, =0x10000000
	msr	nzcv, x3
	mov	x0, #1
	b.lt	L178
	mov	x0, #0
L178:
	CHECK_X(x0, 1)
	ldr	x3, =0x20000000
	msr	nzcv, x3
	mov	x0, #1
	b.lt	L179
	mov	x0, #0
L179:
	CHECK_X(x0, 0)
	ldr	x3, =0x30000000
	msr	nzcv, x3
	mov	x0, #1
	b.lt	L180
	mov	x0, #0
L180:
	CHECK_X(x0, 1)
	ldr	x3, =0x40000000
	msr	nzcv, x3
	mov	x0, #1
	b.lt	L181
	mov	x0, #0
L181:
	CHECK_X(x0, 0)
	ldr	x3, =0x50000000
	msr	nzcv, x3
	mov	x0, #1
	b.lt	L182
	mov	x0, #0
L182:
	CHECK_X(x0, 1)
	ldr	x3, =0x60000000
	msr	nzcv, x3
	mov	x0, #1
	b.lt	L183
	mov	x0, #0
L183:
	CHECK_X(x0, 0)
	ldr	x3, =0x70000000
	msr	nzcv, x3
	mov	x0, #1
	b.lt	L184
	mov	x0, #0
L184:
	CHECK_X(x0, 1)
	ldr	x3, =0x80000000
	msr	nzcv, x3
	mov	x0, #1
	b.lt	L185
	mov	x0, #0
L185:
	CHECK_X(x0, 1)
	ldr	x3, =0x90000000
	msr	nzcv, x3
	mov	x0, #1
	b.lt	L186
	mov	x0, #0
L186:
	CHECK_X(x0, 0)
	ldr	x3, =0xa0000000
	msr	nzcv, x3
	mov	x0, #1
	b.lt	L187
	mov	x0, #0
L187:
	CHECK_X(x0, 1)
	ldr	x3, =0xb0000000
	msr	nzcv, x3
	mov	x0, #1
	b.lt	L188
	mov	x0, #0
L188:
	CHECK_X(x0, 0)
	ldr	x3, =0xc0000000
	msr	nzcv, x3
	mov	x0, #1
	b.lt	L189
	mov	x0, #0
L189:
	CHECK_X(x0, 1)
	ldr	x3, =0xd0000000
	msr	nzcv, x3
	mov	x0, #1
	b.lt	L190
	mov	x0, #0
L190:
	CHECK_X(x0, 0)
	ldr	x3, =0xe0000000
	msr	nzcv, x3
	mov	x0, #1
	b.lt	L191
	mov	x0, #0
L191:
	CHECK_X(x0, 1)
	ldr	x3, =0xf0000000
	msr	nzcv, x3
	mov	x0, #1
	b.lt	L192
	mov	x0, #0
L192:
	CHECK_X(x0, 0)
	ldr	x3, =0x0
	msr	nzcv, x3
	mov	x0, #1
	b.gt	L193
	mov	x0, #0
L193:
	CHECK_X(x0, 1)
	ldr	x3, =0x10000000
	msr	nzcv, x3
	mov	x0, #1
	b.gt	L194
	mov	x0, #0
L194:
	CHECK_X(x0, 0)
	ldr	x3, =0x20000000
	msr	nzcv, x3
	mov	x0, #1
	b.gt	L195
	mov	x0, #0
L195:
	CHECK_X(x0, 1)
	ldr	x3, =0x30000000
	msr	nzcv, x3
	mov	x0, #1
	b.gt	L196
	mov	x0, #0
L196:
	CHECK_X(x0, 0)
	ldr	x3, =0x40000000
	msr	nzcv, x3
	mov	x0, #1
	b.gt	L197
	mov	x0, #0
L197:
	CHECK_X(x0, 0)
	ldr	x3, =0x50000000
	msr	nzcv, x3
	mov	x0, #1
	b.gt	L198
	mov	x0, #0
L198:
	CHECK_X(x0, 0)
	ldr	x3, =0x60000000
	msr	nzcv, x3
	mov	x0, #1
	b.gt	L199
	mov	x0, #0
L199:
	CHECK_X(x0, 0)
	ldr	x3, =0x70000000
	msr	nzcv, x3
	mov	x0, #1
	b.gt	L200
	mov	x0, #0
L200:
	CHECK_X(x0, 0)
	ldr	x3, =0x80000000
	msr	nzcv, x3
	mov	x0, #1
	b.gt	L201
	mov	x0, #0
L201:
	CHECK_X(x0, 0)
	ldr	x3, =0x90000000
	msr	nzcv, x3
	mov	x0, #1
	b.gt	L202
	mov	x0, #0
L202:
	CHECK_X(x0, 1)
	ldr	x3, =0xa0000000
	msr	nzcv, x3
	mov	x0, #1
	b.gt	L203
	mov	x0, #0
L203:
	CHECK_X(x0, 0)
	ldr	x3, =0xb0000000
	msr	nzcv, x3
	mov	x0, #1
	b.gt	L204
	mov	x0, #0
L204:
	CHECK_X(x0, 1)
	ldr	x3, =0xc0000000
	msr	nzcv, x3
	mov	x0, #1
	b.gt	L205
	mov	x0, #0
L205:
	CHECK_X(x0, 0)
	ldr	x3, =0xd0000000
	msr	nzcv, x3
	mov	x0, #1
	b.gt	L206
	mov	x0, #0
L206:
	CHECK_X(x0, 0)
	ldr	x3, =0xe0000000
	msr	nzcv, x3
	mov	x0, #1
	b.gt	L207
	mov	x0, #0
L207:
	CHECK_X(x0, 0)
	ldr	x3, =0xf0000000
	msr	nzcv, x3
	mov	x0, #1
	b.gt	L208
	mov	x0, #0
L208:
	CHECK_X(x0, 0)
	ldr	x3, =0x0
	msr	nzcv, x3
	mov	x0, #1
	b.le	L209
	mov	x0, #0
L209:
	CHECK_X(x0, 0)
	ldr	x3, =0x10000000
	msr	nzcv, x3
	mov	x0, #1
	b.le	L210
	mov	x0, #0
L210:
	CHECK_X(x0, 1)
	ldr	x3, =0x20000000
	msr	nzcv, x3
	mov	x0, #1
	b.le	L211
	mov	x0, #0
L211:
	CHECK_X(x0, 0)
	ldr	x3, =0x30000000
	msr	nzcv, x3
	mov	x0, #1
	b.le	L212
	mov	x0, #0
L212:
	CHECK_X(x0, 1)
	ldr	x3, =0x40000000
	msr	nzcv, x3
	mov	x0, #1
	b.le	L213
	mov	x0, #0
L213:
	CHECK_X(x0, 1)
	ldr	x3, =0x50000000
	msr	nzcv, x3
	mov	x0, #1
	b.le	L214
	mov	x0, #0
L214:
	CHECK_X(x0, 1)
	ldr	x3, =0x60000000
	msr	nzcv, x3
	mov	x0, #1
	b.le	L215
	mov	x0, #0
L215:
	CHECK_X(x0, 1)
	ldr	x3, =0x70000000
	msr	nzcv, x3
	mov	x0, #1
	b.le	L216
	mov	x0, #0
L216:
	CHECK_X(x0, 1)
	ldr	x3, =0x80000000
	msr	nzcv, x3
	mov	x0, #1
	b.le	L217
	mov	x0, #0
L217:
	CHECK_X(x0, 1)
	ldr	x3, =0x90000000
	msr	nzcv, x3
	mov	x0, #1
	b.le	L218
	mov	x0, #0
L218:
	CHECK_X(x0, 0)
	ldr	x3, =0xa0000000
	msr	nzcv, x3
	mov	x0, #1
	b.le	L219
	mov	x0, #0
L219:
	CHECK_X(x0, 1)
	ldr	x3, =0xb0000000
	msr	nzcv, x3
	mov	x0, #1
	b.le	L220
	mov	x0, #0
L220:
	CHECK_X(x0, 0)
	ldr	x3, =0xc0000000
	msr	nzcv, x3
	mov	x0, #1
	b.le	L221
	mov	x0, #0
L221:
	CHECK_X(x0, 1)
	ldr	x3, =0xd0000000
	msr	nzcv, x3
	mov	x0, #1
	b.le	L222
	mov	x0, #0
L222:
	CHECK_X(x0, 1)
	ldr	x3, =0xe0000000
	msr	nzcv, x3
	mov	x0, #1
	b.le	L223
	mov	x0, #0
L223:
	CHECK_X(x0, 1)
	ldr	x3, =0xf0000000
	msr	nzcv, x3
	mov	x0, #1
	b.le	L224
	mov	x0, #0
L224:
	CHECK_X(x0, 1)
	ldr	x3, =0x0
	msr	nzcv, x3
	mov	x0, #1
	b.al	L225
	mov	x0, #0
L225:
	CHECK_X(x0, 1)
	ldr	x3, =0x10000000
	msr	nzcv, x3
	mov	x0, #1
	b.al	L226
	mov	x0, #0
L226:
	CHECK_X(x0, 1)
	ldr	x3, =0x20000000
	msr	nzcv, x3
	mov	x0, #1
	b.al	L227
	mov	x0, #0
L227:
	CHECK_X(x0, 1)
	ldr	x3, =0x30000000
	msr	nzcv, x3
	mov	x0, #1
	b.al	L228
	mov	x0, #0
L228:
	CHECK_X(x0, 1)
	ldr	x3, =0x40000000
	msr	nzcv, x3
	mov	x0, #1
	b.al	L229
	mov	x0, #0
L229:
	CHECK_X(x0, 1)
	ldr	x3, =0x50000000
	msr	nzcv, x3
	mov	x0, #1
	b.al	L230
	mov	x0, #0
L230:
	CHECK_X(x0, 1)
	ldr	x3, =0x60000000
	msr	nzcv, x3
	mov	x0, #1
	b.al	L231
	mov	x0, #0
L231:
	CHECK_X(x0, 1)
	ldr	x3, =0x70000000
	msr	nzcv, x3
	mov	x0, #1
	b.al	L232
	mov	x0, #0
L232:
	CHECK_X(x0, 1)
	ldr	x3, =0x80000000
	msr	nzcv, x3
	mov	x0, #1
	b.al	L233
	mov	x0, #0
L233:
	CHECK_X(x0, 1)
	ldr	x3, =0x90000000
	msr	nzcv, x3
	mov	x0, #1
	b.al	L234
	mov	x0, #0
L234:
	CHECK_X(x0, 1)
	ldr	x3, =0xa0000000
	msr	nzcv, x3
	mov	x0, #1
	b.al	L235
	mov	x0, #0
L235:
	CHECK_X(x0, 1)
	ldr	x3, =0xb0000000
	msr	nzcv, x3
	mov	x0, #1
	b.al	L236
	mov	x0, #0
L236:
	CHECK_X(x0, 1)
	ldr	x3, =0xc0000000
	msr	nzcv, x3
	mov	x0, #1
	b.al	L237
	mov	x0, #0
L237:
	CHECK_X(x0, 1)
	ldr	x3, =0xd0000000
	msr	nzcv, x3
	mov	x0, #1
	b.al	L238
	mov	x0, #0
L238:
	CHECK_X(x0, 1)
	ldr	x3, =0xe0000000
	msr	nzcv, x3
	mov	x0, #1
	b.al	L239
	mov	x0, #0
L239:
	CHECK_X(x0, 1)
	ldr	x3, =0xf0000000
	msr	nzcv, x3
	mov	x0, #1
	b.al	L240
	mov	x0, #0
L240:
	CHECK_X(x0, 1)
	ldr	x3, =0x0
	msr	nzcv, x3
	mov	x0, #1
	b.nv	L241
	mov	x0, #0
L241:
	CHECK_X(x0, 1)
	ldr	x3, =0x10000000
	msr	nzcv, x3
	mov	x0, #1
	b.nv	L242
	mov	x0, #0
L242:
	CHECK_X(x0, 1)
	ldr	x3, =0x20000000
	msr	nzcv, x3
	mov	x0, #1
	b.nv	L243
	mov	x0, #0
L243:
	CHECK_X(x0, 1)
	ldr	x3, =0x30000000
	msr	nzcv, x3
	mov	x0, #1
	b.nv	L244
	mov	x0, #0
L244:
	CHECK_X(x0, 1)
	ldr	x3, =0x40000000
	msr	nzcv, x3
	mov	x0, #1
	b.nv	L245
	mov	x0, #0
L245:
	CHECK_X(x0, 1)
	ldr	x3, =0x50000000
	msr	nzcv, x3
	mov	x0, #1
	b.nv	L246
	mov	x0, #0
L246:
	CHECK_X(x0, 1)
	ldr	x3, =0x60000000
	msr	nzcv, x3
	mov	x0, #1
	b.nv	L247
	mov	x0, #0
L247:
	CHECK_X(x0, 1)
	ldr	x3, =0x70000000
	msr	nzcv, x3
	mov	x0, #1
	b.nv	L248
	mov	x0, #0
L248:
	CHECK_X(x0, 1)
	ldr	x3, =0x80000000
	msr	nzcv, x3
	mov	x0, #1
	b.nv	L249
	mov	x0, #0
L249:
	CHECK_X(x0, 1)
	ldr	x3, =0x90000000
	msr	nzcv, x3
	mov	x0, #1
	b.nv	L250
	mov	x0, #0
L250:
	CHECK_X(x0, 1)
	ldr	x3, =0xa0000000
	msr	nzcv, x3
	mov	x0, #1
	b.nv	L251
	mov	x0, #0
L251:
	CHECK_X(x0, 1)
	ldr	x3, =0xb0000000
	msr	nzcv, x3
	mov	x0, #1
	b.nv	L252
	mov	x0, #0
L252:
	CHECK_X(x0, 1)
	ldr	x3, =0xc0000000
	msr	nzcv, x3
	mov	x0, #1
	b.nv	L253
	mov	x0, #0
L253:
	CHECK_X(x0, 1)
	ldr	x3, =0xd0000000
	msr	nzcv, x3
	mov	x0, #1
	b.nv	L254
	mov	x0, #0
L254:
	CHECK_X(x0, 1)
	ldr	x3, =0xe0000000
	msr	nzcv, x3
	mov	x0, #1
	b.nv	L255
	mov	x0, #0
L255:
	CHECK_X(x0, 1)
	ldr	x3, =0xf0000000
	msr	nzcv, x3
	mov	x0, #1
	b.nv	L256
	mov	x0, #0
L256:
	CHECK_X(x0, 1)

/* CBZ/CBNZ: x1 values; the W forms test only bits 31:0 */
	ldr	x1, =0x0
	mov	x0, #1
	cbz x1, L257
	mov	x0, #0
L257:
	CHECK_X(x0, 1)
	ldr	x1, =0x0
	mov	x0, #1
	cbnz x1, L258
	mov	x0, #0
L258:
	CHECK_X(x0, 0)
	ldr	x1, =0x0
	mov	x0, #1
	cbz w1, L259
	mov	x0, #0
L259:
	CHECK_X(x0, 1)
	ldr	x1, =0x0
	mov	x0, #1
	cbnz w1, L260
	mov	x0, #0
L260:
	CHECK_X(x0, 0)
	ldr	x1, =0x1
	mov	x0, #1
	cbz x1, L261
	mov	x0, #0
L261:
	CHECK_X(x0, 0)
	ldr	x1, =0x1
	mov	x0, #1
	cbnz x1, L262
	mov	x0, #0
L262:
	CHECK_X(x0, 1)
	ldr	x1, =0x1
	mov	x0, #1
	cbz w1, L263
	mov	x0, #0
L263:
	CHECK_X(x0, 0)
	ldr	x1, =0x1
	mov	x0, #1
	cbnz w1, L264
	mov	x0, #0
L264:
	CHECK_X(x0, 1)
	ldr	x1, =0x100000000
	mov	x0, #1
	cbz x1, L265
	mov	x0, #0
L265:
	CHECK_X(x0, 0)
	ldr	x1, =0x100000000
	mov	x0, #1
	cbnz x1, L266
	mov	x0, #0
L266:
	CHECK_X(x0, 1)
	ldr	x1, =0x100000000
	mov	x0, #1
	cbz w1, L267
	mov	x0, #0
L267:
	CHECK_X(x0, 1)
	ldr	x1, =0x100000000
	mov	x0, #1
	cbnz w1, L268
	mov	x0, #0
L268:
	CHECK_X(x0, 0)
	ldr	x1, =0x80000000
	mov	x0, #1
	cbz x1, L269
	mov	x0, #0
L269:
	CHECK_X(x0, 0)
	ldr	x1, =0x80000000
	mov	x0, #1
	cbnz x1, L270
	mov	x0, #0
L270:
	CHECK_X(x0, 1)
	ldr	x1, =0x80000000
	mov	x0, #1
	cbz w1, L271
	mov	x0, #0
L271:
	CHECK_X(x0, 0)
	ldr	x1, =0x80000000
	mov	x0, #1
	cbnz w1, L272
	mov	x0, #0
L272:
	CHECK_X(x0, 1)
	ldr	x1, =0xffffffffffffffff
	mov	x0, #1
	cbz x1, L273
	mov	x0, #0
L273:
	CHECK_X(x0, 0)
	ldr	x1, =0xffffffffffffffff
	mov	x0, #1
	cbnz x1, L274
	mov	x0, #0
L274:
	CHECK_X(x0, 1)
	ldr	x1, =0xffffffffffffffff
	mov	x0, #1
	cbz w1, L275
	mov	x0, #0
L275:
	CHECK_X(x0, 0)
	ldr	x1, =0xffffffffffffffff
	mov	x0, #1
	cbnz w1, L276
	mov	x0, #0
L276:
	CHECK_X(x0, 1)

/* TBZ/TBNZ */
	ldr	x1, =0x0
	mov	x0, #1
	tbz	x1, #0, L277
	mov	x0, #0
L277:
	CHECK_X(x0, 1)
	ldr	x1, =0x0
	mov	x0, #1
	tbnz	x1, #0, L278
	mov	x0, #0
L278:
	CHECK_X(x0, 0)
	ldr	x1, =0x0
	mov	x0, #1
	tbz	w1, #1, L279
	mov	x0, #0
L279:
	CHECK_X(x0, 1)
	ldr	x1, =0x0
	mov	x0, #1
	tbnz	w1, #1, L280
	mov	x0, #0
L280:
	CHECK_X(x0, 0)
	ldr	x1, =0x0
	mov	x0, #1
	tbz	w1, #31, L281
	mov	x0, #0
L281:
	CHECK_X(x0, 1)
	ldr	x1, =0x0
	mov	x0, #1
	tbnz	w1, #31, L282
	mov	x0, #0
L282:
	CHECK_X(x0, 0)
	ldr	x1, =0x0
	mov	x0, #1
	tbz	x1, #32, L283
	mov	x0, #0
L283:
	CHECK_X(x0, 1)
	ldr	x1, =0x0
	mov	x0, #1
	tbnz	x1, #32, L284
	mov	x0, #0
L284:
	CHECK_X(x0, 0)
	ldr	x1, =0x0
	mov	x0, #1
	tbz	x1, #63, L285
	mov	x0, #0
L285:
	CHECK_X(x0, 1)
	ldr	x1, =0x0
	mov	x0, #1
	tbnz	x1, #63, L286
	mov	x0, #0
L286:
	CHECK_X(x0, 0)
	ldr	x1, =0x8000000180000001
	mov	x0, #1
	tbz	x1, #0, L287
	mov	x0, #0
L287:
	CHECK_X(x0, 0)
	ldr	x1, =0x8000000180000001
	mov	x0, #1
	tbnz	x1, #0, L288
	mov	x0, #0
L288:
	CHECK_X(x0, 1)
	ldr	x1, =0x8000000180000001
	mov	x0, #1
	tbz	w1, #1, L289
	mov	x0, #0
L289:
	CHECK_X(x0, 1)
	ldr	x1, =0x8000000180000001
	mov	x0, #1
	tbnz	w1, #1, L290
	mov	x0, #0
L290:
	CHECK_X(x0, 0)
	ldr	x1, =0x8000000180000001
	mov	x0, #1
	tbz	w1, #31, L291
	mov	x0, #0
L291:
	CHECK_X(x0, 0)
	ldr	x1, =0x8000000180000001
	mov	x0, #1
	tbnz	w1, #31, L292
	mov	x0, #0
L292:
	CHECK_X(x0, 1)
	ldr	x1, =0x8000000180000001
	mov	x0, #1
	tbz	x1, #32, L293
	mov	x0, #0
L293:
	CHECK_X(x0, 0)
	ldr	x1, =0x8000000180000001
	mov	x0, #1
	tbnz	x1, #32, L294
	mov	x0, #0
L294:
	CHECK_X(x0, 1)
	ldr	x1, =0x8000000180000001
	mov	x0, #1
	tbz	x1, #63, L295
	mov	x0, #0
L295:
	CHECK_X(x0, 0)
	ldr	x1, =0x8000000180000001
	mov	x0, #1
	tbnz	x1, #63, L296
	mov	x0, #0
L296:
	CHECK_X(x0, 1)
	ldr	x1, =0x7ffffffe7ffffffe
	mov	x0, #1
	tbz	x1, #0, L297
	mov	x0, #0
L297:
	CHECK_X(x0, 1)
	ldr	x1, =0x7ffffffe7ffffffe
	mov	x0, #1
	tbnz	x1, #0, L298
	mov	x0, #0
L298:
	CHECK_X(x0, 0)
	ldr	x1, =0x7ffffffe7ffffffe
	mov	x0, #1
	tbz	w1, #1, L299
	mov	x0, #0
L299:
	CHECK_X(x0, 0)
	ldr	x1, =0x7ffffffe7ffffffe
	mov	x0, #1
	tbnz	w1, #1, L300
	mov	x0, #0
L300:
	CHECK_X(x0, 1)
	ldr	x1, =0x7ffffffe7ffffffe
	mov	x0, #1
	tbz	w1, #31, L301
	mov	x0, #0
L301:
	CHECK_X(x0, 1)
	ldr	x1, =0x7ffffffe7ffffffe
	mov	x0, #1
	tbnz	w1, #31, L302
	mov	x0, #0
L302:
	CHECK_X(x0, 0)
	ldr	x1, =0x7ffffffe7ffffffe
	mov	x0, #1
	tbz	x1, #32, L303
	mov	x0, #0
L303:
	CHECK_X(x0, 1)
	ldr	x1, =0x7ffffffe7ffffffe
	mov	x0, #1
	tbnz	x1, #32, L304
	mov	x0, #0
L304:
	CHECK_X(x0, 0)
	ldr	x1, =0x7ffffffe7ffffffe
	mov	x0, #1
	tbz	x1, #63, L305
	mov	x0, #0
L305:
	CHECK_X(x0, 1)
	ldr	x1, =0x7ffffffe7ffffffe
	mov	x0, #1
	tbnz	x1, #63, L306
	mov	x0, #0
L306:
	CHECK_X(x0, 0)

/* Backward branches: a counted loop (B.NE back 10 times, CBNZ back, TBZ back) */
	mov	x0, #0
	mov	x1, #10
1:	add	x0, x0, #3
	subs	x1, x1, #1
	b.ne	1b
	CHECK_X(x0, 30)
	mov	x1, #5
	mov	x0, #0
2:	add	x0, x0, #1
	sub	x1, x1, #1
	cbnz	x1, 2b
	CHECK_X(x0, 5)
	mov	x1, #0
3:	add	x1, x1, #1
	tbz	x1, #3, 3b
	CHECK_X(x1, 8)

/* B, BL, BR, BLR, RET */
	mov	x0, #0
	b	b_fwd
	mov	x0, #1
b_fwd:
	CHECK_X(x0, 0)
	bl	leaf
bl_ret:
	CHECK_X(x0, 0x1234)
	adr	x1, bl_ret
	sub	x1, x30, x1
	CHECK_X(x1, 0)
	adr	x2, leaf
	blr	x2
blr_ret:
	adr	x1, blr_ret
	sub	x1, x30, x1
	CHECK_X(x1, 0)
	adr	x30, leaf
	mov	x0, #0
	blr	x30
blr30_ret:
	CHECK_X(x0, 0x1234)
	adr	x1, blr30_ret
	sub	x1, x30, x1
	CHECK_X(x1, 0)
	adr	x3, br_target
	mov	x0, #7
	br	x3
	mov	x0, #0
br_target:
	CHECK_X(x0, 7)
	adr	x4, ret_x4_target
	mov	x0, #9
	ret	x4
	mov	x0, #0
ret_x4_target:
	CHECK_X(x0, 9)
	b	branch_done
leaf:
	mov	x0, #0x1234
	ret
branch_done:
	TEST_END
