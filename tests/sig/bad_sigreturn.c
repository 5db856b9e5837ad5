/*
 * bad_sigreturn.c -- rt_sigreturn validates the frame: a handler that
 * breaks the fpsimd record's magic makes the return fail with SIGSEGV,
 * which kills the process (SIGSEGV is at its default action).
 * expect: killed 11
 */
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <ucontext.h>

static void on_usr1(int sig, siginfo_t *si, void *ctx)
{
	ucontext_t *uc = ctx;
	uint32_t *magic = (uint32_t *)uc->uc_mcontext.__reserved;

	printf("handler: magic=%#x\n", *magic);
	fflush(stdout);
	*magic = 0x12345678;
}

int main(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_usr1;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGUSR1, &sa, NULL);
	raise(SIGUSR1);
	printf("survived\n");
	return 0;
}
