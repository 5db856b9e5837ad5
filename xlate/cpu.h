/*
 * cpu.h -- the guest AArch64 CPU state, one per guest thread.
 *
 * This struct is the whole architectural state the translator needs.  It is
 * plain data: the interpreter reads and writes it through a pointer and a JIT
 * will hard-code the offsets, so every field's offset is pinned below.
 * Nothing here knows about Linux.
 */
#ifndef RF_XLATE_CPU_H
#define RF_XLATE_CPU_H

#include <setjmp.h>
#include <stddef.h>
#include <stdint.h>

typedef uint64_t guest_addr_t;

/* One 128-bit SIMD&FP register, viewed at every lane width (little endian,
 * lane 0 is the least significant, as in the Arm ARM's Elem[] accessor). */
typedef union vreg {
	uint8_t b[16];
	uint16_t h[8];
	uint32_t s[4];
	uint64_t d[2];
	int8_t sb[16];
	int16_t sh[8];
	int32_t ss[4];
	int64_t sd[2];
	float f[4];
	double df[2];
	unsigned __int128 q;
} __attribute__((aligned(16))) vreg_t;

/* Why the run loop returned to its caller (xlate_run()). */
enum xlate_exit {
	XLATE_EXIT_NONE = 0,
	XLATE_EXIT_SVC,       /* SVC #imm: pc is the next instruction, imm in exit_imm */
	XLATE_EXIT_BRK,       /* BRK #imm: pc is the BRK, imm in exit_imm */
	XLATE_EXIT_UNDEF,     /* undefined/unimplemented encoding at pc; word in exit_insn */
	XLATE_EXIT_FAULT,     /* data or instruction abort at pc; see fault_* */
	XLATE_EXIT_ALIGN,     /* alignment fault (e.g. misaligned exclusive) at pc */
	XLATE_EXIT_INTERRUPT, /* an async request (signal) asked the loop to stop */
};

/* Fault kinds for XLATE_EXIT_FAULT, in the spirit of SEGV_MAPERR/ACCERR. */
enum xlate_fault_kind {
	XLATE_FAULT_MAPERR = 1, /* nothing mapped at fault_addr */
	XLATE_FAULT_ACCERR = 2, /* mapped, but the access is not permitted */
	XLATE_FAULT_BUSERR = 3, /* mapped past the end of its file (SIGBUS, BUS_ADRERR) */
};

struct a64_block;

/*
 * struct cpu -- architectural registers first (stable offsets for a JIT),
 * then run-loop bookkeeping.
 */
struct cpu {
	/* x[0..30] are X0-X30.  x[31] is the zero register slot: it always
	 * reads 0; a write to register 31 (when it means XZR) lands there and
	 * is cleared again, so handlers need no branch for XZR. */
	uint64_t x[32];
	uint64_t sp;            /* SP_EL0 */
	uint64_t pc;            /* valid at every exit and block boundary */
	uint32_t nzcv;          /* PSTATE.{N,Z,C,V} in bits 31..28, as MRS NZCV reads */
	uint32_t fpcr;          /* FPCR: AHP DN FZ RMode (bits 26,25,24,23:22), FZ16 (19) */
	uint32_t fpsr;          /* FPSR: cumulative IOC DZC OFC UFC IXC (0..4), IDC (7), QC (27) */
	uint32_t pad0;
	uint64_t tpidr_el0;     /* TPIDR_EL0, the thread pointer */
	uint64_t tpidrro_el0;   /* TPIDRRO_EL0, read-only to EL0 */
	vreg_t v[32];           /* V0-V31 */

	/* Exclusive monitor (LDXR/STXR): the address and the value loaded;
	 * STXR succeeds if the monitor is armed for that address and memory
	 * still holds that value (compare-and-swap model). */
	uint64_t excl_addr;
	uint64_t excl_val[2];
	uint32_t excl_size;     /* bytes covered; 0 = monitor open (not armed) */
	uint32_t pad1;

	/* Exit information, valid when xlate_run() returns. */
	int exit_reason;        /* enum xlate_exit */
	uint32_t exit_insn;     /* the instruction word for UNDEF */
	uint64_t exit_imm;      /* SVC/BRK immediate */
	uint64_t fault_addr;    /* FAULT/ALIGN: the data address */
	int fault_kind;         /* enum xlate_fault_kind */
	int fault_write;        /* 1 if the faulting access was a write */
	int fault_exec;         /* 1 if it was an instruction fetch */

	/* Run-loop bookkeeping (not architectural). */
	volatile int interrupt_request; /* set asynchronously to stop at the next block boundary */
	const struct a64_op *cur_op;    /* op being executed, for precise faults */
	uint64_t icount;                /* guest instructions retired (approximate at faults) */
	unsigned cache_gen;             /* block cache generation seen by this cpu */
	struct a64_block **jcache;      /* per-cpu direct-mapped pc -> block cache */
	jmp_buf exit_jmp;               /* raised exits unwind to xlate_run() */
	int in_guest;                   /* 1 while executing guest code */
	void *opaque;                   /* owner's per-thread data (syscall layer) */
	/* The cache generation this cpu may hold blocks of, 0 outside
	 * xlate_run(); blocks a flush retired are freed when no cpu is at an
	 * older generation (exec.c). */
	volatile unsigned active_gen;
	struct cpu *next_cpu;           /* every cpu, for that check */
};

_Static_assert(offsetof(struct cpu, x) == 0, "cpu.x");
_Static_assert(offsetof(struct cpu, sp) == 256, "cpu.sp");
_Static_assert(offsetof(struct cpu, pc) == 264, "cpu.pc");
_Static_assert(offsetof(struct cpu, nzcv) == 272, "cpu.nzcv");
_Static_assert(offsetof(struct cpu, fpcr) == 276, "cpu.fpcr");
_Static_assert(offsetof(struct cpu, fpsr) == 280, "cpu.fpsr");
_Static_assert(offsetof(struct cpu, tpidr_el0) == 288, "cpu.tpidr_el0");
_Static_assert(offsetof(struct cpu, v) == 304, "cpu.v");
_Static_assert(offsetof(struct cpu, excl_addr) == 304 + 512, "cpu.excl_addr");

/* NZCV bit positions in cpu.nzcv. */
#define NZCV_N (1u << 31)
#define NZCV_Z (1u << 30)
#define NZCV_C (1u << 29)
#define NZCV_V (1u << 28)

/* FPCR / FPSR bits (Arm ARM D17.2: FPCR, FPSR). */
#define FPCR_AHP (1u << 26)
#define FPCR_DN (1u << 25)
#define FPCR_FZ (1u << 24)
#define FPCR_RMODE_SHIFT 22
#define FPCR_FZ16 (1u << 19)
#define FPSR_IOC (1u << 0)
#define FPSR_DZC (1u << 1)
#define FPSR_OFC (1u << 2)
#define FPSR_UFC (1u << 3)
#define FPSR_IXC (1u << 4)
#define FPSR_IDC (1u << 7)
#define FPSR_QC (1u << 27)

#endif
