/*
 * signal.c -- guest signals (see signal.h).
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "syscall/signal.h"
#include "syscall/syscall.h"
#include "xlate/xlate.h"

void sig_init(void)
{
}

_Noreturn void sig_die(int sig)
{
	sigset_t set;
	struct sigaction sa = {0};

	fflush(NULL);
	sa.sa_handler = SIG_DFL;
	sigaction(sig, &sa, NULL);
	sigemptyset(&set);
	sigaddset(&set, sig);
	sigprocmask(SIG_UNBLOCK, &set, NULL);
	raise(sig);
	_exit(128 + sig);
}

void sig_sync(struct cpu *c, int sig, int code, guest_addr_t addr)
{
	if (sig == SIGILL) {
		char buf[128];
		fprintf(stderr, "runforeign: SIGILL: undefined instruction at pc 0x%llx: 0x%08x (%s)\n",
			(unsigned long long)c->pc, c->exit_insn,
			xlate_disas(c->exit_insn, c->pc, buf, sizeof buf));
	}
	sig_die(sig);
}

void sig_deliver_pending(struct cpu *c)
{
}
