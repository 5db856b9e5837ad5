/*
 * fault.c -- host fault handling: tell guest faults from runforeign bugs.
 *
 * SIGSEGV/SIGBUS (and SIGILL/SIGFPE) raised by the host CPU land here.
 * In order:
 *   1. a fault-safe copy (gmem.c) is in progress: unwind it (-EFAULT);
 *   2. the thread is executing guest code and the address is guest memory:
 *      the guest faulted; unwind to xlate_run() with XLATE_EXIT_FAULT;
 *   3. anything else is a bug in runforeign: report the host pc and symbol
 *      and exit with RF_EXIT_INTERNAL.  Never disguised as a guest signal.
 * The same signals sent by kill() (si_code <= 0) belong to the guest and go
 * to the syscall layer's hook.
 */
#include <dlfcn.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>
#include "xlate/gmem.h"
#include "xlate/interp.h"
#include "xlate/uaccess.h"
#include "xlate/xlate.h"

static __thread struct cpu *cur_cpu;
static xlate_signal_hook *foreign_hook;

struct cpu *xlate_current(void)
{
	return cur_cpu;
}

void xlate_set_foreign_signal_hook(xlate_signal_hook *fn)
{
	foreign_hook = fn;
}

_Noreturn void rf_panic(const char *file, int line, const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	fprintf(stderr, "runforeign: internal error: %s (%s:%d)\n", msg, file, line);
	fflush(stderr);
	_exit(RF_EXIT_INTERNAL);
}

static _Noreturn void internal_fault(int sig, siginfo_t *si, ucontext_t *uc)
{
	char buf[512];
	uintptr_t pc = (uintptr_t)uc->uc_mcontext.gregs[REG_RIP];
	Dl_info di;
	int n;

	memset(&di, 0, sizeof di);
	if (dladdr((void *)pc, &di) && di.dli_sname)
		n = snprintf(buf, sizeof buf,
			     "runforeign: internal error: %s at host pc %#lx (%s+%#lx), address %p\n",
			     strsignal(sig), (unsigned long)pc, di.dli_sname,
			     (unsigned long)(pc - (uintptr_t)di.dli_saddr), si->si_addr);
	else
		n = snprintf(buf, sizeof buf,
			     "runforeign: internal error: %s at host pc %#lx (%s), address %p\n",
			     strsignal(sig), (unsigned long)pc,
			     di.dli_fname ? di.dli_fname : "?", si->si_addr);
	if (n > 0)
		(void)!write(2, buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
	_exit(RF_EXIT_INTERNAL);
}

static void on_fault(int sig, siginfo_t *si, void *ctx)
{
	ucontext_t *uc = ctx;
	struct cpu *c = cur_cpu;
	uintptr_t host = (uintptr_t)si->si_addr;
	guest_addr_t ga = (guest_addr_t)(host - guest_base);

	if (si->si_code <= 0) {
		/* Sent by a process (kill, tgkill, sigqueue): the guest's. */
		if (foreign_hook) {
			foreign_hook(sig, si, ctx);
			return;
		}
	}
	if ((sig == SIGSEGV || sig == SIGBUS) && gmem_recover) {
		sigjmp_buf *jb = gmem_recover;
		gmem_recover = NULL;
		siglongjmp(*jb, 1);
	}
	if ((sig == SIGSEGV || sig == SIGBUS) && c && c->in_guest &&
	    host >= guest_base && gmem_range_ok(ga, 1)) {
		c->pc = c->cur_op->pc;
		c->fault_addr = ga;
		c->fault_write = (uc->uc_mcontext.gregs[REG_ERR] & 2) != 0;
		c->fault_exec = 0;
		if (sig == SIGBUS)
			c->fault_kind = XLATE_FAULT_BUSERR;
		else
			c->fault_kind = si->si_code == SEGV_ACCERR ? XLATE_FAULT_ACCERR
								   : XLATE_FAULT_MAPERR;
		c->exit_reason = XLATE_EXIT_FAULT;
		c->in_guest = 0;
		longjmp(c->exit_jmp, 1);
	}
	internal_fault(sig, si, uc);
}

struct cpu *xlate_swap_current(struct cpu *c)
{
	struct cpu *old = cur_cpu;

	cur_cpu = c;
	return old;
}

int xlate_thread_enter(struct cpu *c)
{
	stack_t ss;

	cur_cpu = c;
	memset(&ss, 0, sizeof ss);
	ss.ss_size = 64 * 1024;
	ss.ss_sp = mmap(NULL, ss.ss_size, PROT_READ | PROT_WRITE,
			MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (ss.ss_sp == MAP_FAILED)
		return -1;
	return sigaltstack(&ss, NULL);
}

void xlate_init(void)
{
	a64_init();
	gmem_guard_init();
	xlate_fault_install();
}

void xlate_fault_install(void)
{
	static const int sigs[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE};
	struct sigaction sa;
	unsigned i;

	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_fault;
	sa.sa_flags = SA_SIGINFO | SA_NODEFER | SA_ONSTACK;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < RF_ARRAY_SIZE(sigs); i++)
		sigaction(sigs[i], &sa, NULL);
}
