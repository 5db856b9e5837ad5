/*
 * cpu_loop.c -- run one guest thread: turn each translator exit into a
 * syscall, a guest signal, or the end of the process.
 */
#include <signal.h>
#include <stdio.h>
#include "syscall/signal.h"
#include "syscall/syscall.h"
#include "xlate/xlate.h"

/* A memory fault as the kernel reports it: SIGBUS/BUS_ADRERR past the end
 * of a file mapping, else SIGSEGV (arch/arm64/mm/fault.c). */
static void deliver_fault(struct cpu *c)
{
	if (c->fault_kind == XLATE_FAULT_BUSERR)
		sig_sync(c, GUEST_SIGBUS, GUEST_BUS_ADRERR, c->fault_addr);
	else
		sig_sync(c, GUEST_SIGSEGV,
			 c->fault_kind == XLATE_FAULT_ACCERR ? GUEST_SEGV_ACCERR : GUEST_SEGV_MAPERR,
			 c->fault_addr);
}

_Noreturn void sys_cpu_loop(struct cpu *c)
{
	sig_thread_enter();
	for (;;) {
		int r = xlate_run(c);
		uint64_t nr, orig_x0;

		switch (r) {
		case XLATE_EXIT_SVC:
			if (c->interrupt_request) {
				/* The signal came before the SVC: the handler runs
				 * first and returns to the SVC, as on arm64. */
				c->pc -= 4;
				break;
			}
			/* sys_dispatch() overwrites x0; a restart needs it back. */
			nr = c->x[8];
			orig_x0 = c->x[0];
			sys_dispatch(c);
			sig_syscall_return(c, nr, orig_x0);
			continue;
		case XLATE_EXIT_UNDEF:
			sig_sync(c, GUEST_SIGILL, GUEST_ILL_ILLOPC, c->pc);
			break;
		case XLATE_EXIT_BRK:
			/* The kernel reports BRK as SIGTRAP/TRAP_BRKPT at the BRK
			 * itself; a handler that returns re-executes it. */
			sig_sync(c, GUEST_SIGTRAP, GUEST_TRAP_BRKPT, c->pc);
			break;
		case XLATE_EXIT_FAULT:
			deliver_fault(c);
			break;
		case XLATE_EXIT_ALIGN:
			sig_sync(c, GUEST_SIGBUS, GUEST_BUS_ADRALN, c->fault_addr);
			break;
		case XLATE_EXIT_INTERRUPT:
			break;
		default:
			RF_PANIC("unexpected translator exit %d", r);
		}
		sig_deliver_pending(c);
	}
}
