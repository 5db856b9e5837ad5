/*
 * ldxr_misaligned.c -- a misaligned exclusive load raises SIGBUS with
 * si_code BUS_ADRALN, si_addr the data address and uc_mcontext.pc the
 * LDXR; an esr_context record reports a data abort with an alignment
 * fault status.  A misaligned ordinary load is allowed.
 * expect: exited 0
 * qemu: status-only (qemu 7.2 writes no esr_context; arm64 Linux do_bad_area() records the ESR)
 */
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <ucontext.h>

extern char ldxr_insn[];
static volatile int hits;
static siginfo_t last;
static uint64_t last_pc, esr_magic, esr;

static void on_bus(int sig, siginfo_t *si, void *ctx)
{
	ucontext_t *uc = ctx;
	uint32_t *rec = (uint32_t *)(uc->uc_mcontext.__reserved + 528);

	hits++;
	last = *si;
	last_pc = uc->uc_mcontext.pc;
	esr_magic = rec[0];
	esr = *(uint64_t *)(rec + 2);
	uc->uc_mcontext.pc += 4;
}

int main(void)
{
	static uint64_t words[4] = {0x1111111111111111ull, 0x2222222222222222ull};
	struct sigaction sa;
	char *p = (char *)words + 4;
	uint64_t v = 0;

	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_bus;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGBUS, &sa, NULL);
	memcpy(&v, p, sizeof v);
	printf("plain misaligned load: %#llx\n", (unsigned long long)v);
	__asm__ volatile(".globl ldxr_insn\nldxr_insn: ldxr %0, [%1]" : "+r"(v) : "r"(p) : "memory");
	printf("hits=%d signo=%d code=%d addr_ok=%d pc_ok=%d esr_magic=%#llx ec=%#llx dfsc=%#llx\n",
	       hits, last.si_signo, last.si_code, last.si_addr == (void *)p,
	       last_pc == (uint64_t)ldxr_insn, (unsigned long long)esr_magic,
	       (unsigned long long)(esr >> 26), (unsigned long long)(esr & 0x3f));
	return 0;
}
