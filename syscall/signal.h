/*
 * signal.h -- guest signals: dispositions, masks, queued delivery and the
 * arm64 signal frame.  Used by the cpu loop and by syscall handlers.
 */
#ifndef RF_SYSCALL_SIGNAL_H
#define RF_SYSCALL_SIGNAL_H

#include "xlate/cpu.h"

/* sig_init -- install host handlers that queue asynchronous signals for
 * the guest.  Call once at start-up. */
void sig_init(void);

/* sig_sync -- a synchronous trap in guest code at c->pc (fault, undefined
 * instruction, BRK): deliver sig with si_code code and si_addr addr to the
 * guest handler, or perform the default action (which may not return). */
void sig_sync(struct cpu *c, int sig, int code, guest_addr_t addr);

/* sig_deliver_pending -- deliver any pending, unblocked signals to the
 * guest (builds frames on the guest stack); default actions may end the
 * process.  Called at exits from the run loop and after syscalls. */
void sig_deliver_pending(struct cpu *c);

/* sig_die -- end the process the way a native process dies of sig:
 * default disposition, unblocked, raised.  Never returns. */
_Noreturn void sig_die(int sig);

#endif
