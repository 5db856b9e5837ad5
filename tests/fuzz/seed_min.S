/* seed_min.S -- a minimal static AArch64 program, a seed for the ELF
 * mutation fuzzer: it writes a line and exits 0. */
	.globl	_start
_start:
	mov	x0, #1
	adr	x1, msg
	mov	x2, #3
	mov	x8, #64
	svc	#0
	mov	x0, #0
	mov	x8, #94
	svc	#0
msg:	.ascii	"ok\n"
