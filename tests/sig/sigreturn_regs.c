/*
 * sigreturn_regs.c -- a handler that edits the saved x-registers, SIMD
 * registers, NZCV, FPSR and FPCR in its frame gets exactly those values
 * back in the interrupted code after rt_sigreturn; untouched registers
 * keep their values.  The signal comes from tgkill() issued in the
 * interrupted code itself, so the handler runs as that SVC completes.
 * expect: exited 0
 */
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <ucontext.h>
#include <unistd.h>

struct fpsimd { uint32_t magic, size, fpsr, fpcr; __uint128_t v[32]; };

static uint64_t saw_x19, saw_v9_lo;

static void on_usr1(int sig, siginfo_t *si, void *ctx)
{
	ucontext_t *uc = ctx;
	struct fpsimd *fp = (struct fpsimd *)uc->uc_mcontext.__reserved;

	saw_x19 = uc->uc_mcontext.regs[19];
	saw_v9_lo = (uint64_t)fp->v[9];
	uc->uc_mcontext.regs[19] = 0x1919191919191919ull;
	uc->uc_mcontext.regs[20] = 0x2020202020202020ull;
	uc->uc_mcontext.pstate = (uc->uc_mcontext.pstate & ~0xf0000000ull) | 0x60000000; /* Z, C */
	fp->v[8] = ((__uint128_t)0x0808080808080808ull << 64) | 0x8888888888888888ull;
	fp->fpsr = 0x0800001f;   /* QC and every cumulative exception */
	fp->fpcr = 0x00c00000;   /* RMode = round towards zero */
}

int main(void)
{
	struct sigaction sa;
	uint64_t r[8];

	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_usr1;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGUSR1, &sa, NULL);

	__asm__ volatile(
		"mov x19, #0x1111\n"
		"mov x20, #0x2222\n"
		"mov x21, #0x3333\n"
		"movi v8.16b, #0x11\n"
		"movi v9.16b, #0x99\n"
		"msr fpsr, xzr\n"
		"mov x9, #0x80000000\n"
		"msr nzcv, x9\n"           /* N only */
		"mov x0, %[pid]\n"
		"mov x1, %[tid]\n"
		"mov x2, #10\n"
		"mov x8, #131\n"           /* tgkill */
		"svc #0\n"
		"str x0, [%[r], #0]\n"
		"stp x19, x20, [%[r], #8]\n"
		"str x21, [%[r], #24]\n"
		"mrs x9, nzcv\n"
		"str x9, [%[r], #32]\n"
		"str q8, [%[r], #48]\n"
		"mrs x9, fpsr\n"
		"str x9, [%[r], #40]\n"
		:
		: [pid] "r"((uint64_t)getpid()), [tid] "r"((uint64_t)syscall(SYS_gettid)), [r] "r"(r)
		: "x0", "x1", "x2", "x8", "x9", "x19", "x20", "x21", "v8", "v9", "cc", "memory");
	printf("handler saw x19=%#llx v9=%#llx\n", (unsigned long long)saw_x19,
	       (unsigned long long)saw_v9_lo);
	printf("x0=%lld x19=%#llx x20=%#llx x21=%#llx nzcv=%#llx fpsr=%#llx\n", (long long)r[0],
	       (unsigned long long)r[1], (unsigned long long)r[2], (unsigned long long)r[3],
	       (unsigned long long)r[4], (unsigned long long)r[5]);
	printf("v8=%#llx:%#llx\n", (unsigned long long)r[7], (unsigned long long)r[6]);
	{
		uint64_t fpcr;
		__asm__ volatile("mrs %0, fpcr" : "=r"(fpcr));
		printf("fpcr=%#llx\n", (unsigned long long)fpcr);
	}
	return 0;
}
