/*
 * ill_udf.c -- an undefined instruction (UDF #0, the word 0) raises
 * SIGILL with si_code ILL_ILLOPC and si_addr the instruction's address;
 * a handler that advances pc resumes after it.  Then BRK raises SIGTRAP
 * with TRAP_BRKPT at the BRK itself.
 * expect: exited 0
 * qemu: status-only (qemu 7.2 reports UDF as ILL_ILLOPN; arm64 Linux do_undefinstr() sends ILL_ILLOPC)
 */
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <ucontext.h>

extern char udf_insn[], brk_insn[];
static volatile int hits;
static siginfo_t last;
static uint64_t last_pc;

static void on_trap(int sig, siginfo_t *si, void *ctx)
{
	ucontext_t *uc = ctx;

	hits++;
	last = *si;
	last_pc = uc->uc_mcontext.pc;
	uc->uc_mcontext.pc += 4;
}

int main(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_trap;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGILL, &sa, NULL);
	sigaction(SIGTRAP, &sa, NULL);

	__asm__ volatile(".globl udf_insn\nudf_insn: .inst 0x00000000" ::: "memory");
	printf("SIGILL: hits=%d signo=%d code=%d addr_ok=%d pc_ok=%d\n", hits, last.si_signo,
	       last.si_code, last.si_addr == (void *)udf_insn, last_pc == (uint64_t)udf_insn);
	__asm__ volatile(".globl brk_insn\nbrk_insn: brk #0x3e8" ::: "memory");
	printf("SIGTRAP: hits=%d signo=%d code=%d addr_ok=%d pc_ok=%d\n", hits, last.si_signo,
	       last.si_code, last.si_addr == (void *)brk_insn, last_pc == (uint64_t)brk_insn);
	return 0;
}
