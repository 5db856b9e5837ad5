/*
 * segv_exec.c -- jumping to an unmapped address raises SIGSEGV/SEGV_MAPERR
 * and to a mapped page without PROT_EXEC SIGSEGV/SEGV_ACCERR, with si_addr
 * and uc_mcontext.pc both the target; the handler returns to the caller
 * by setting pc to the saved link register.
 * expect: exited 0
 */
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>

static volatile int hits;
static siginfo_t last;
static uint64_t last_pc;

static void on_segv(int sig, siginfo_t *si, void *ctx)
{
	ucontext_t *uc = ctx;

	hits++;
	last = *si;
	last_pc = uc->uc_mcontext.pc;
	uc->uc_mcontext.pc = uc->uc_mcontext.regs[30];
}

int main(void)
{
	struct sigaction sa;
	void (*fn)(void);
	char *page;

	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_segv;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGSEGV, &sa, NULL);

	fn = (void (*)(void))0x2000;
	fn();
	printf("unmapped: hits=%d code=%d addr=%p pc=%#llx\n", hits, last.si_code, last.si_addr,
	       (unsigned long long)last_pc);
	page = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	memcpy(page, "\xc0\x03\x5f\xd6", 4);   /* ret */
	fn = (void (*)(void))page;
	fn();
	printf("no PROT_EXEC: hits=%d code=%d addr_ok=%d pc_ok=%d\n", hits, last.si_code,
	       last.si_addr == page, last_pc == (uint64_t)page);
	return 0;
}
