/*
 * signal.c -- default actions of arm64 Linux signals and the siginfo
 * converters between the host (x86-64) and the guest (arm64).
 */
#include <signal.h>
#include <string.h>
#include "abi/signal.h"

/* The host layout this file relies on: x86-64 siginfo_t follows the same
 * asm-generic LP64 layout as arm64 (include/uapi/asm-generic/siginfo.h). */
_Static_assert(sizeof(siginfo_t) == sizeof(struct guest_siginfo), "host siginfo size");
_Static_assert(offsetof(siginfo_t, si_code) == offsetof(struct guest_siginfo, si_code),
	       "host si_code");
_Static_assert(offsetof(siginfo_t, si_pid) == offsetof(struct guest_siginfo, u.kill.pid),
	       "host si_pid");
_Static_assert(offsetof(siginfo_t, si_uid) == offsetof(struct guest_siginfo, u.kill.uid),
	       "host si_uid");
_Static_assert(offsetof(siginfo_t, si_value) == offsetof(struct guest_siginfo, u.kill.value),
	       "host si_value");
_Static_assert(offsetof(siginfo_t, si_addr) == offsetof(struct guest_siginfo, u.fault.addr),
	       "host si_addr");
_Static_assert(offsetof(siginfo_t, si_status) == 24, "host si_status");
_Static_assert(offsetof(siginfo_t, si_overrun) == 20, "host si_overrun");

enum abi_sigdefault abi_sig_default(int sig)
{
	switch (sig) {
	case GUEST_SIGQUIT:
	case GUEST_SIGILL:
	case GUEST_SIGTRAP:
	case GUEST_SIGABRT:
	case GUEST_SIGBUS:
	case GUEST_SIGFPE:
	case GUEST_SIGSEGV:
	case GUEST_SIGXCPU:
	case GUEST_SIGXFSZ:
	case GUEST_SIGSYS:
		return ABI_SIGDFL_CORE;
	case GUEST_SIGCHLD:
	case GUEST_SIGURG:
	case GUEST_SIGWINCH:
		return ABI_SIGDFL_IGN;
	case GUEST_SIGSTOP:
	case GUEST_SIGTSTP:
	case GUEST_SIGTTIN:
	case GUEST_SIGTTOU:
		return ABI_SIGDFL_STOP;
	case GUEST_SIGCONT:
		return ABI_SIGDFL_CONT;
	default:
		return ABI_SIGDFL_TERM;
	}
}

void abi_siginfo_from_host(struct guest_siginfo *g, const void *host_info)
{
	memcpy(g, host_info, sizeof *g);
}

void abi_siginfo_to_host(void *host_info, const struct guest_siginfo *g)
{
	memcpy(host_info, g, sizeof *g);
}
