/*
 * signal.h -- arm64 Linux signal data as the guest sees it: numbers, flag
 * words, struct sigaction, siginfo, stack_t, and the rt_sigframe the kernel
 * builds on the user stack for a handler.
 *
 * Sources: include/uapi/asm-generic/signal.h and signal-defs.h (numbers,
 * SA_*, SS_*), arch/arm64/include/uapi/asm/signal.h (SA_RESTORER,
 * MINSIGSTKSZ), include/uapi/asm-generic/siginfo.h (siginfo),
 * arch/arm64/include/uapi/asm/sigcontext.h and asm/ucontext.h (sigcontext,
 * _aarch64_ctx records, ucontext), arch/arm64/kernel/signal.c (rt_sigframe,
 * frame_record, the order of records in __reserved[]).  Pure data: no state.
 */
#ifndef RF_ABI_SIGNAL_H
#define RF_ABI_SIGNAL_H

#include <stddef.h>
#include <stdint.h>

/* ---- signal numbers (asm-generic/signal.h; same values as x86-64) ---- */
#define GUEST_SIGHUP 1
#define GUEST_SIGINT 2
#define GUEST_SIGQUIT 3
#define GUEST_SIGILL 4
#define GUEST_SIGTRAP 5
#define GUEST_SIGABRT 6
#define GUEST_SIGBUS 7
#define GUEST_SIGFPE 8
#define GUEST_SIGKILL 9
#define GUEST_SIGUSR1 10
#define GUEST_SIGSEGV 11
#define GUEST_SIGUSR2 12
#define GUEST_SIGPIPE 13
#define GUEST_SIGALRM 14
#define GUEST_SIGTERM 15
#define GUEST_SIGSTKFLT 16
#define GUEST_SIGCHLD 17
#define GUEST_SIGCONT 18
#define GUEST_SIGSTOP 19
#define GUEST_SIGTSTP 20
#define GUEST_SIGTTIN 21
#define GUEST_SIGTTOU 22
#define GUEST_SIGURG 23
#define GUEST_SIGXCPU 24
#define GUEST_SIGXFSZ 25
#define GUEST_SIGVTALRM 26
#define GUEST_SIGPROF 27
#define GUEST_SIGWINCH 28
#define GUEST_SIGIO 29
#define GUEST_SIGPWR 30
#define GUEST_SIGSYS 31
#define GUEST_SIGRTMIN 32
#define GUEST_NSIG 64          /* signals are 1..GUEST_NSIG */

/* A guest sigset_t is one 64-bit word: bit (sig - 1) for signal sig. */
typedef uint64_t guest_sigset_t;
#define GUEST_SIGBIT(sig) (1ULL << ((sig) - 1))

/* ---- struct sigaction flags (signal-defs.h, arm64 asm/signal.h) ---- */
#define GUEST_SA_NOCLDSTOP 0x00000001u
#define GUEST_SA_NOCLDWAIT 0x00000002u
#define GUEST_SA_SIGINFO 0x00000004u
#define GUEST_SA_UNSUPPORTED 0x00000400u
#define GUEST_SA_EXPOSE_TAGBITS 0x00000800u
#define GUEST_SA_RESTORER 0x04000000u
#define GUEST_SA_ONSTACK 0x08000000u
#define GUEST_SA_RESTART 0x10000000u
#define GUEST_SA_NODEFER 0x40000000u
#define GUEST_SA_RESETHAND 0x80000000u
/* The bits rt_sigaction keeps; it clears the others so that programs can
 * probe for support (kernel/signal.c: UAPI_SA_FLAGS). */
#define GUEST_SA_KNOWN (GUEST_SA_NOCLDSTOP | GUEST_SA_NOCLDWAIT | GUEST_SA_SIGINFO | \
			GUEST_SA_EXPOSE_TAGBITS | GUEST_SA_RESTORER | GUEST_SA_ONSTACK | \
			GUEST_SA_RESTART | GUEST_SA_NODEFER | GUEST_SA_RESETHAND)

#define GUEST_SIG_DFL 0ULL
#define GUEST_SIG_IGN 1ULL

#define GUEST_SIG_BLOCK 0
#define GUEST_SIG_UNBLOCK 1
#define GUEST_SIG_SETMASK 2

/* ---- sigaltstack (signal-defs.h, arm64 asm/signal.h) ---- */
#define GUEST_SS_ONSTACK 1
#define GUEST_SS_DISABLE 2
#define GUEST_SS_AUTODISARM (1u << 31)
#define GUEST_MINSIGSTKSZ 5120
#define GUEST_SIGSTKSZ 16384

/* ---- si_code values (asm-generic/siginfo.h) ---- */
#define GUEST_SI_USER 0
#define GUEST_SI_KERNEL 0x80
#define GUEST_SI_QUEUE (-1)
#define GUEST_SI_TIMER (-2)
#define GUEST_SI_TKILL (-6)
#define GUEST_ILL_ILLOPC 1
#define GUEST_SEGV_MAPERR 1
#define GUEST_SEGV_ACCERR 2
#define GUEST_BUS_ADRALN 1
#define GUEST_BUS_ADRERR 2
#define GUEST_TRAP_BRKPT 1

/* struct sigaction as rt_sigaction reads it (include/linux/signal_types.h
 * with __ARCH_HAS_SA_RESTORER; arm64 defines SA_RESTORER). */
struct guest_sigaction {
	uint64_t handler;       /* sa_handler / sa_sigaction, or SIG_DFL/SIG_IGN */
	uint64_t flags;         /* SA_* */
	uint64_t restorer;      /* sa_restorer, used when SA_RESTORER is set */
	guest_sigset_t mask;    /* sa_mask */
};
_Static_assert(sizeof(struct guest_sigaction) == 32, "guest_sigaction size");
_Static_assert(offsetof(struct guest_sigaction, flags) == 8, "sa_flags");
_Static_assert(offsetof(struct guest_sigaction, restorer) == 16, "sa_restorer");
_Static_assert(offsetof(struct guest_sigaction, mask) == 24, "sa_mask");

/* stack_t (asm-generic/signal.h). */
struct guest_stack {
	uint64_t ss_sp;
	int32_t ss_flags;
	int32_t pad;
	uint64_t ss_size;
};
_Static_assert(sizeof(struct guest_stack) == 24, "stack_t size");
_Static_assert(offsetof(struct guest_stack, ss_flags) == 8, "ss_flags");
_Static_assert(offsetof(struct guest_stack, ss_size) == 16, "ss_size");

/* siginfo_t (asm-generic/siginfo.h, 64-bit): 128 bytes, a 16-byte header
 * (signo, errno, code, padding) then a union whose members overlay:
 *   kill/tkill/sigqueue: pid@16 uid@20 value@24
 *   POSIX timers:        tid@16 overrun@20 value@24
 *   SIGCHLD:             pid@16 uid@20 status@24 utime@32 stime@40
 *   faults:              addr@16 (addr_lsb / bounds / pkey from 24)
 *   SIGPOLL:             band@16 fd@24
 *   SIGSYS:              call_addr@16 syscall@24 arch@28 */
struct guest_siginfo {
	int32_t si_signo;
	int32_t si_errno;
	int32_t si_code;
	int32_t pad0;
	union {
		uint8_t raw[112];
		struct {
			int32_t pid;
			uint32_t uid;
			uint64_t value;        /* sigval (also status/int for SIGCHLD) */
		} kill;
		struct {
			uint64_t addr;
		} fault;
	} u;
};
_Static_assert(sizeof(struct guest_siginfo) == 128, "siginfo size");
_Static_assert(offsetof(struct guest_siginfo, si_code) == 8, "si_code");
_Static_assert(offsetof(struct guest_siginfo, u.kill.pid) == 16, "si_pid");
_Static_assert(offsetof(struct guest_siginfo, u.kill.uid) == 20, "si_uid");
_Static_assert(offsetof(struct guest_siginfo, u.kill.value) == 24, "si_value");
_Static_assert(offsetof(struct guest_siginfo, u.fault.addr) == 16, "si_addr");

/* ---- the signal frame (arm64 asm/sigcontext.h, kernel/signal.c) ---- */

/* Header of each record in sigcontext.__reserved[]; a record with magic 0
 * and size 0 ends the list. */
struct guest_aarch64_ctx {
	uint32_t magic;
	uint32_t size;
};

#define GUEST_FPSIMD_MAGIC 0x46508001u
#define GUEST_ESR_MAGIC 0x45535201u
#define GUEST_EXTRA_MAGIC 0x45585401u
#define GUEST_SVE_MAGIC 0x53564501u

struct guest_fpsimd_context {
	struct guest_aarch64_ctx head;
	uint32_t fpsr;
	uint32_t fpcr;
	unsigned __int128 vregs[32];
};
_Static_assert(sizeof(struct guest_fpsimd_context) == 528, "fpsimd_context size (0x210)");
_Static_assert(offsetof(struct guest_fpsimd_context, fpsr) == 8, "fpsimd fpsr");
_Static_assert(offsetof(struct guest_fpsimd_context, fpcr) == 12, "fpsimd fpcr");
_Static_assert(offsetof(struct guest_fpsimd_context, vregs) == 16, "fpsimd vregs");

struct guest_esr_context {
	struct guest_aarch64_ctx head;
	uint64_t esr;
};
_Static_assert(sizeof(struct guest_esr_context) == 16, "esr_context size");

struct guest_extra_context {
	struct guest_aarch64_ctx head;
	uint64_t datap;         /* 16-byte aligned address of the extra space */
	uint32_t size;          /* its size in bytes */
	uint32_t reserved[3];
};
_Static_assert(sizeof(struct guest_extra_context) == 32, "extra_context size");
_Static_assert(offsetof(struct guest_extra_context, datap) == 8, "extra datap");
_Static_assert(offsetof(struct guest_extra_context, size) == 16, "extra size");

#define GUEST_SIGCONTEXT_RESERVED 4096

struct guest_sigcontext {
	uint64_t fault_address;
	uint64_t regs[31];
	uint64_t sp;
	uint64_t pc;
	uint64_t pstate;
	uint8_t reserved[GUEST_SIGCONTEXT_RESERVED] __attribute__((aligned(16)));
};
_Static_assert(offsetof(struct guest_sigcontext, regs) == 8, "sigcontext regs");
_Static_assert(offsetof(struct guest_sigcontext, sp) == 256, "sigcontext sp");
_Static_assert(offsetof(struct guest_sigcontext, pc) == 264, "sigcontext pc");
_Static_assert(offsetof(struct guest_sigcontext, pstate) == 272, "sigcontext pstate");
_Static_assert(offsetof(struct guest_sigcontext, reserved) == 288, "sigcontext __reserved");
_Static_assert(sizeof(struct guest_sigcontext) == 4384, "sigcontext size");

/* struct ucontext (arm64 asm/ucontext.h): the sigset is padded to the 1024
 * bits glibc's sigset_t has, and uc_mcontext is 16-byte aligned. */
struct guest_ucontext {
	uint64_t uc_flags;
	uint64_t uc_link;
	struct guest_stack uc_stack;
	guest_sigset_t uc_sigmask;
	uint8_t unused[1024 / 8 - sizeof(guest_sigset_t)];
	struct guest_sigcontext uc_mcontext;
};
_Static_assert(offsetof(struct guest_ucontext, uc_stack) == 16, "uc_stack");
_Static_assert(offsetof(struct guest_ucontext, uc_sigmask) == 40, "uc_sigmask");
_Static_assert(offsetof(struct guest_ucontext, uc_mcontext) == 176, "uc_mcontext");
_Static_assert(sizeof(struct guest_ucontext) == 4560, "ucontext size");

/* struct rt_sigframe (arch/arm64/kernel/signal.c).  A 16-byte frame record
 * {x29, x30} sits just above it so unwinders can walk through a handler. */
struct guest_rt_sigframe {
	struct guest_siginfo info;
	struct guest_ucontext uc;
};
_Static_assert(offsetof(struct guest_rt_sigframe, uc) == 128, "rt_sigframe uc");
_Static_assert(sizeof(struct guest_rt_sigframe) == 4688, "rt_sigframe size");
_Static_assert(sizeof(struct guest_rt_sigframe) % 16 == 0, "rt_sigframe alignment");

struct guest_frame_record {
	uint64_t fp;
	uint64_t lr;
};

/* Offset of __reserved[] from the start of the frame. */
#define GUEST_SIGFRAME_RESERVED_OFF \
	(offsetof(struct guest_rt_sigframe, uc) + offsetof(struct guest_ucontext, uc_mcontext) + \
	 offsetof(struct guest_sigcontext, reserved))
_Static_assert(GUEST_SIGFRAME_RESERVED_OFF == 592, "__reserved offset in rt_sigframe");

/* Largest frame the kernel parses (extra space included): SIGFRAME_MAXSZ. */
#define GUEST_SIGFRAME_MAXSZ 65536

/* The valid bits of PSTATE restored by rt_sigreturn: NZCV.  M[4:0] must
 * select EL0t AArch64 and DAIF must be clear (arm64 valid_user_regs()). */
#define GUEST_PSTATE_NZCV 0xf0000000ull
#define GUEST_PSTATE_BAD 0x3dfull  /* M[4:0] | D A I F */

/* ESR_EL1 values for the esr_context record (Arm ARM D17.2.37 ESR_EL1). */
#define GUEST_ESR_EC_SHIFT 26
#define GUEST_ESR_EC_IABT_LOW 0x20
#define GUEST_ESR_EC_PC_ALIGN 0x22
#define GUEST_ESR_EC_DABT_LOW 0x24
#define GUEST_ESR_IL (1ull << 25)
#define GUEST_ESR_WNR (1ull << 6)
#define GUEST_ESR_FSC_TRANS_L3 0x07
#define GUEST_ESR_FSC_PERM_L3 0x0f
#define GUEST_ESR_FSC_ALIGN 0x21

/* abi_sigdefault -- the default action of signal sig (signal(7)). */
enum abi_sigdefault {
	ABI_SIGDFL_TERM,
	ABI_SIGDFL_CORE,
	ABI_SIGDFL_IGN,
	ABI_SIGDFL_STOP,
	ABI_SIGDFL_CONT,
};
enum abi_sigdefault abi_sig_default(int sig);

/* abi_siginfo_from_host -- the guest siginfo for a host (x86-64) siginfo_t
 * of 128 bytes.  Both follow asm-generic/siginfo.h for LP64, so every union
 * member lies at the same offset; this is the one place that relies on it. */
void abi_siginfo_from_host(struct guest_siginfo *g, const void *host_info);

/* abi_siginfo_to_host -- the reverse, for rt_sigqueueinfo. */
void abi_siginfo_to_host(void *host_info, const struct guest_siginfo *g);

#endif
