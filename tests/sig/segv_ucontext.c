/*
 * segv_ucontext.c -- SIGSEGV with SA_SIGINFO: si_code SEGV_MAPERR for an
 * unmapped address and SEGV_ACCERR for a write to a read-only page, exact
 * si_addr, the faulting pc in uc_mcontext.pc; the handler skips the
 * instruction by advancing pc, and registers survive.
 * expect: exited 0
 */
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>

extern char load_insn[], store_insn[];
static volatile int hits;
static siginfo_t last;
static uint64_t last_pc, last_fault_address;

static void on_segv(int sig, siginfo_t *si, void *ctx)
{
	ucontext_t *uc = ctx;

	hits++;
	last = *si;
	last_pc = uc->uc_mcontext.pc;
	last_fault_address = uc->uc_mcontext.fault_address;
	uc->uc_mcontext.pc += 4;
}

int main(void)
{
	struct sigaction sa;
	uint64_t out = 7, keep;
	char *ro;

	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_segv;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGSEGV, &sa, NULL);

	__asm__ volatile("mov x19, #0x5555\n"
			 "mov x9, #0x40\n"
			 ".globl load_insn\nload_insn: ldr %0, [x9]\n"
			 "mov %1, x19\n"
			 : "+r"(out), "=r"(keep) : : "x9", "x19", "memory");
	printf("mapped: hits=%d signo=%d code=%d addr=%p pc_ok=%d fault_address=%#llx out=%llu x19=%#llx\n",
	       hits, last.si_signo, last.si_code, last.si_addr,
	       last_pc == (uint64_t)load_insn, (unsigned long long)last_fault_address,
	       (unsigned long long)out, (unsigned long long)keep);

	ro = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	__asm__ volatile("mov x10, #1\n"
			 ".globl store_insn\nstore_insn: str x10, [%0, #24]\n"
			 : : "r"(ro) : "x10", "memory");
	printf("readonly: hits=%d signo=%d code=%d addr_ok=%d pc_ok=%d value=%d\n",
	       hits, last.si_signo, last.si_code, last.si_addr == ro + 24,
	       last_pc == (uint64_t)store_insn, ro[24]);
	return 0;
}
