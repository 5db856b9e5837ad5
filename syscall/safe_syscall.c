/*
 * safe_syscall.c -- host syscalls that cannot miss a signal.
 *
 * The window: a guest signal caught at the host after the cpu loop last
 * looked for queued signals, but before a blocking host syscall starts to
 * sleep, would only be delivered when the syscall ends -- maybe never.
 * sig_safe_syscall() closes it as the kernel does for itself: the flag the
 * host handler sets (sig_self.signalled, cleared when signals are
 * delivered) is tested immediately before the syscall instruction, and if
 * the handler interrupts the thread anywhere between that test and the
 * instruction, it moves the thread to the -EINTR exit instead
 * (sig_safe_syscall_fixup()).  A signal during the syscall makes the host
 * kernel return -EINTR, since runforeign's handlers never use SA_RESTART.
 * Either way sig_syscall_return() then restarts the guest's syscall or
 * reports EINTR by the guest's SA_RESTART, exactly once.
 * sig_host_apply() (signal.c) uses the same entry, testing the queue's
 * full flag, to open the host signal mask only while the queue has room.
 *
 * x86-64 host only: the entry is a few instructions of assembly.
 */
#include <stdint.h>
#include <ucontext.h>
#include "syscall/signal.h"
#include "syscall/sigstate.h"

extern const char sig_safe_syscall_start[] __attribute__((visibility("hidden")));
extern const char sig_safe_syscall_end[] __attribute__((visibility("hidden")));
extern const char sig_safe_syscall_eintr[] __attribute__((visibility("hidden")));

/* System V arguments (pending, nr, a1..a4 in registers, a5 a6 on the
 * stack) to the kernel's (nr in rax; rdi rsi rdx r10 r8 r9).  r11 holds
 * the flag's address: the syscall instruction clobbers it only after the
 * test. */
__asm__(".pushsection .text\n"
	".globl sig_safe_syscall_base\n"
	".hidden sig_safe_syscall_base\n"
	".globl sig_safe_syscall_start, sig_safe_syscall_end, sig_safe_syscall_eintr\n"
	".hidden sig_safe_syscall_start, sig_safe_syscall_end, sig_safe_syscall_eintr\n"
	".type sig_safe_syscall_base, @function\n"
	"sig_safe_syscall_base:\n"
	"\t.cfi_startproc\n"
	"\tmovq %rdi, %r11\n"
	"\tmovq %rsi, %rax\n"
	"\tmovq %rdx, %rdi\n"
	"\tmovq %rcx, %rsi\n"
	"\tmovq %r8, %rdx\n"
	"\tmovq %r9, %r10\n"
	"\tmovq 8(%rsp), %r8\n"
	"\tmovq 16(%rsp), %r9\n"
	"sig_safe_syscall_start:\n"
	"\tcmpl $0, (%r11)\n"
	"\tjne sig_safe_syscall_eintr\n"
	"\tsyscall\n"
	"sig_safe_syscall_end:\n"
	"\tret\n"
	"sig_safe_syscall_eintr:\n"
	"\tmovq $-4, %rax\n"   /* -EINTR */
	"\tret\n"
	"\t.cfi_endproc\n"
	".size sig_safe_syscall_base, . - sig_safe_syscall_base\n"
	".popsection\n");

long sig_safe_syscall(long nr, long a1, long a2, long a3, long a4, long a5, long a6)
{
	return sig_safe_syscall_base(&sig_self.signalled, nr, a1, a2, a3, a4, a5, a6);
}

void sig_safe_syscall_fixup(void *uctx)
{
	ucontext_t *uc = uctx;
	uintptr_t pc = (uintptr_t)uc->uc_mcontext.gregs[REG_RIP];

	if (pc >= (uintptr_t)sig_safe_syscall_start && pc < (uintptr_t)sig_safe_syscall_end)
		uc->uc_mcontext.gregs[REG_RIP] = (greg_t)(uintptr_t)sig_safe_syscall_eintr;
}
