/* faults.c -- synchronous faults, each 200 times, with exact siginfo and
 * ucontext pc (arm64 kernel: arch/arm64/mm/fault.c, traps.c, debug-monitors.c):
 *   load from an unmapped page      SIGSEGV SEGV_MAPERR si_addr = address
 *   store to a read-only page       SIGSEGV SEGV_ACCERR si_addr = address
 *   UDF #0                          SIGILL  ILL_ILLOPC  si_addr = pc
 *   BRK #0x7                        SIGTRAP TRAP_BRKPT  si_addr = pc
 *   load past EOF of a file mapping SIGBUS  BUS_ADRERR  si_addr = address
 * The handler records siginfo and pc, then moves pc past the faulting
 * instruction (all are 4 bytes) and returns. */
#define _GNU_SOURCE
#include "stress.h"
#include <signal.h>
#include <stdint.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>

static volatile int got_sig, got_code;
static void *volatile got_addr;
static volatile uint64_t got_pc;

static void on_fault(int sig, siginfo_t *si, void *ucv)
{
	ucontext_t *uc = ucv;
	got_sig = sig;
	got_code = si->si_code;
	got_addr = si->si_addr;
	got_pc = uc->uc_mcontext.pc;
	uc->uc_mcontext.pc += 4;
}

/* Each probe is an asm block whose faulting instruction is labelled so the
 * exact pc is known; x0 holds the address. */
#define PROBE(name, insn) \
	extern const char name##_pc[]; \
	static void name(void *p) { \
		__asm__ volatile("mov x0, %0\n.globl " #name "_pc\n" #name "_pc: " insn "\n" \
				 :: "r"(p) : "x0", "x1", "memory"); }
PROBE(do_load, "ldr x1, [x0]")
PROBE(do_store, "str xzr, [x0]")
PROBE(do_udf, "udf #0")
PROBE(do_brk, "brk #0x7")
PROBE(do_loadb, "ldrb w1, [x0]")

static void expect(const char *what, void (*fn)(void *), void *arg, int sig,
		   int code, void *addr, const char *pc)
{
	got_sig = 0;
	fn(arg);
	CHECK(got_sig == sig, "%s: signal %d, want %d", what, got_sig, sig);
	CHECK(got_code == code, "%s: si_code %d, want %d", what, got_code, code);
	CHECK(got_addr == addr, "%s: si_addr %p, want %p", what, got_addr, addr);
	CHECK(got_pc == (uint64_t)pc, "%s: pc %#llx, want %p", what,
	      (unsigned long long)got_pc, (const void *)pc);
}

int main(void)
{
	struct sigaction sa = { 0 };
	sa.sa_sigaction = on_fault;
	sa.sa_flags = SA_SIGINFO | SA_NODEFER;
	int sigs[] = { SIGSEGV, SIGILL, SIGTRAP, SIGBUS };
	for (unsigned i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
		CHECK_SYS(sigaction(sigs[i], &sa, NULL) == 0, "sigaction");
	long pg = sysconf(_SC_PAGESIZE);
	char *ro = mmap(NULL, pg, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	CHECK_SYS(ro != MAP_FAILED, "mmap ro");
	FILE *f = tmpfile();
	CHECK_SYS(f != NULL, "tmpfile");
	CHECK_SYS(ftruncate(fileno(f), 16) == 0, "ftruncate");
	char *fm = mmap(NULL, 2 * pg, PROT_READ, MAP_SHARED, fileno(f), 0);
	CHECK_SYS(fm != MAP_FAILED, "mmap file");
	/* Unmapped last, so no other mapping can reuse the hole. */
	char *none = mmap(NULL, 2 * pg, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	CHECK_SYS(none != MAP_FAILED, "mmap");
	CHECK_SYS(munmap(none, 2 * pg) == 0, "munmap");
	for (int r = 0; r < 200; r++) {
		expect("load unmapped", do_load, none + 8 * r, SIGSEGV, SEGV_MAPERR, none + 8 * r, do_load_pc);
		expect("store read-only", do_store, ro + 8 * r, SIGSEGV, SEGV_ACCERR, ro + 8 * r, do_store_pc);
		expect("udf", do_udf, NULL, SIGILL, ILL_ILLOPC, (void *)do_udf_pc, do_udf_pc);
		expect("brk", do_brk, NULL, SIGTRAP, TRAP_BRKPT, (void *)do_brk_pc, do_brk_pc);
		expect("past EOF", do_loadb, fm + pg + r, SIGBUS, BUS_ADRERR, fm + pg + r, do_loadb_pc);
	}
	printf("ok\n");
	return 0;
}
