/*
 * sig_probe.c -- compiled (never run) with the AArch64 cross compiler: its
 * assembly output carries "->NAME VALUE" lines with the sizes and offsets
 * of the real arm64 signal structures (asm/sigcontext.h from the uapi
 * headers; ucontext_t, siginfo_t and stack_t from the C library, whose
 * layouts are the kernel's), which the build turns into sig_probe.h for
 * tests/unit/test_signal_abi.c.
 */
#define _XOPEN_SOURCE 700
#define _DEFAULT_SOURCE
#include <signal.h>
#include <stddef.h>
#include <ucontext.h>
#include <asm/sigcontext.h>

#define VAL(name, v) asm volatile("\n.ascii \"->" #name " %0\"" : : "i"(v))
#define OFF(name, type, field) VAL(name, offsetof(type, field))

void probe(void);
void probe(void)
{
	VAL(sigcontext_size, sizeof(struct sigcontext));
	OFF(sigcontext_regs, struct sigcontext, regs);
	OFF(sigcontext_sp, struct sigcontext, sp);
	OFF(sigcontext_pc, struct sigcontext, pc);
	OFF(sigcontext_pstate, struct sigcontext, pstate);
	OFF(sigcontext_reserved, struct sigcontext, __reserved);
	VAL(fpsimd_size, sizeof(struct fpsimd_context));
	OFF(fpsimd_fpsr, struct fpsimd_context, fpsr);
	OFF(fpsimd_fpcr, struct fpsimd_context, fpcr);
	OFF(fpsimd_vregs, struct fpsimd_context, vregs);
	VAL(fpsimd_magic, FPSIMD_MAGIC);
	VAL(esr_size, sizeof(struct esr_context));
	OFF(esr_esr, struct esr_context, esr);
	VAL(esr_magic, ESR_MAGIC);
	VAL(extra_size, sizeof(struct extra_context));
	OFF(extra_datap, struct extra_context, datap);
	OFF(extra_size_field, struct extra_context, size);
	VAL(extra_magic, EXTRA_MAGIC);
	VAL(sve_magic, SVE_MAGIC);
	OFF(ucontext_stack, ucontext_t, uc_stack);
	OFF(ucontext_sigmask, ucontext_t, uc_sigmask);
	OFF(ucontext_mcontext, ucontext_t, uc_mcontext);
	VAL(ucontext_size, sizeof(ucontext_t));
	VAL(siginfo_size, sizeof(siginfo_t));
	OFF(siginfo_code, siginfo_t, si_code);
	OFF(siginfo_pid, siginfo_t, si_pid);
	OFF(siginfo_uid, siginfo_t, si_uid);
	OFF(siginfo_value, siginfo_t, si_value);
	OFF(siginfo_addr, siginfo_t, si_addr);
	VAL(stack_size, sizeof(stack_t));
	OFF(stack_flags, stack_t, ss_flags);
	OFF(stack_ssize, stack_t, ss_size);
	VAL(sa_siginfo, SA_SIGINFO);
	VAL(sa_onstack, SA_ONSTACK);
	VAL(sa_restart, SA_RESTART);
	VAL(sa_nodefer, SA_NODEFER);
	VAL(sa_resethand, (long)SA_RESETHAND);
	VAL(sa_nocldstop, SA_NOCLDSTOP);
	VAL(sa_nocldwait, SA_NOCLDWAIT);
	VAL(ss_onstack, SS_ONSTACK);
	VAL(ss_disable, SS_DISABLE);
	VAL(minsigstksz, MINSIGSTKSZ);
	VAL(sigstksz, SIGSTKSZ);
	VAL(sigrtmin_kernel, __SIGRTMIN);
	VAL(segv_accerr, SEGV_ACCERR);
	VAL(bus_adraln, BUS_ADRALN);
	VAL(trap_brkpt, TRAP_BRKPT);
	VAL(ill_illopc, ILL_ILLOPC);
}
