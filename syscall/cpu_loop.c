/*
 * cpu_loop.c -- run one guest thread: turn each translator exit into a
 * syscall, a guest signal, or the end of the process.
 */
#include <signal.h>
#include <stdio.h>
#include "syscall/signal.h"
#include "syscall/syscall.h"
#include "xlate/xlate.h"

_Noreturn void sys_cpu_loop(struct cpu *c)
{
	for (;;) {
		int r = xlate_run(c);

		switch (r) {
		case XLATE_EXIT_SVC:
			sys_dispatch(c);
			break;
		case XLATE_EXIT_UNDEF:
			sig_sync(c, SIGILL, ILL_ILLOPC, c->pc);
			break;
		case XLATE_EXIT_BRK:
			sig_sync(c, SIGTRAP, TRAP_BRKPT, c->pc);
			break;
		case XLATE_EXIT_FAULT:
			if (c->fault_kind == XLATE_FAULT_BUSERR)
				sig_sync(c, SIGBUS, BUS_ADRERR, c->fault_addr);
			else
				sig_sync(c, SIGSEGV,
					 c->fault_kind == XLATE_FAULT_ACCERR ? SEGV_ACCERR : SEGV_MAPERR,
					 c->fault_addr);
			break;
		case XLATE_EXIT_ALIGN:
			sig_sync(c, SIGBUS, BUS_ADRALN, c->fault_addr);
			break;
		case XLATE_EXIT_INTERRUPT:
			c->interrupt_request = 0;
			break;
		default:
			RF_PANIC("unexpected translator exit %d", r);
		}
		sig_deliver_pending(c);
	}
}
