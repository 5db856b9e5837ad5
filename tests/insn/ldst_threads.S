/*
 * ldst_threads.S -- exclusives and LSE atomics are atomic between threads:
 * NTHR threads created with raw clone() plus the main thread each add 1,
 * N times, to four counters: with LDADD, with an LDAXR/STLXR loop, with a
 * CAS loop, and non-atomically inside a SWPA/STLR spinlock.  A lost update
 * shows as a short total.  The main thread waits for the others with
 * LDAR on a done counter.
 */
#include "insn.h"
	.arch	armv8.1-a

#define N 100000
#define NTHR 3
#define STACK 8192
/* CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD | CLONE_SYSVSEM */
#define CLONE_FLAGS 0x50f00

	.bss
	.balign	64
ctr:	.skip	64		/* ldadd, exclusive, cas, locked: 8 bytes each; done at 32; lock at 40 */
	.balign	16
stacks:	.skip	STACK * NTHR

TEST_BEGIN
	adrp	x20, ctr
	add	x20, x20, :lo12:ctr
	adrp	x21, stacks
	add	x21, x21, :lo12:stacks
	mov	x22, #0
1:	add	x22, x22, #1
	mov	x1, #STACK
	mul	x1, x1, x22
	add	x1, x21, x1		/* top of this thread's stack */
	ldr	x0, =CLONE_FLAGS
	mov	x2, #0
	mov	x3, #0
	mov	x4, #0
	mov	x8, #220		/* clone */
	svc	#0
	cbz	x0, child
	cmp	x22, #NTHR
	b.ne	1b
	bl	work
	/* wait for the other threads */
	add	x3, x20, #32
2:	ldar	x4, [x3]
	cmp	x4, #NTHR
	b.eq	3f
	mov	x8, #124		/* sched_yield */
	svc	#0
	b	2b
3:	ldr	x4, [x20]
	CHECK_X(x4, N * (NTHR + 1))
	ldr	x4, [x20, #8]
	CHECK_X(x4, N * (NTHR + 1))
	ldr	x4, [x20, #16]
	CHECK_X(x4, N * (NTHR + 1))
	ldr	x4, [x20, #24]
	CHECK_X(x4, N * (NTHR + 1))
TEST_END

child:
	bl	work
	mov	x3, #1
	add	x4, x20, #32
	staddl	x3, [x4]
	mov	x0, #0
	mov	x8, #93			/* exit (this thread only) */
	svc	#0

/* work: N increments of each counter; x20 = counters; clobbers x3-x11 */
work:
	ldr	x9, =N
	mov	x10, #1
	add	x5, x20, #8
	add	x6, x20, #16
	add	x7, x20, #24
	add	x11, x20, #40
1:	ldaddal	x10, xzr, [x20]
2:	ldaxr	x3, [x5]
	add	x3, x3, #1
	stlxr	w4, x3, [x5]
	cbnz	w4, 2b
	ldr	x3, [x6]
3:	add	x4, x3, #1
	mov	x8, x3
	casal	x3, x4, [x6]
	cmp	x3, x8
	b.ne	3b
4:	mov	w3, #1
	swpa	w3, w3, [x11]
	cbnz	w3, 4b
	ldr	x3, [x7]
	add	x3, x3, #1
	str	x3, [x7]
	stlr	wzr, [x11]
	subs	x9, x9, #1
	b.ne	1b
	ret
