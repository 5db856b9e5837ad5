/*
 * test_signal_abi.c -- the arm64 signal data: abi/signal.h's structures
 * against the real arm64 ones (sizes and offsets reported by the
 * cross-compiled tests/sig/probe/sig_probe.c), the default-action table,
 * the siginfo converter, the alternate-stack rules, and a signal frame
 * built and taken down again (syscall/sigframe.c), including the
 * rt_sigreturn validity checks; sig_safe_syscall() never blocks once a
 * guest signal is caught.
 */
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <sys/mman.h>
#include <cmocka.h>
#include <fcntl.h>
#include <sys/syscall.h>
#include <ucontext.h>
#include <unistd.h>
#include "abi/signal.h"
#include "syscall/sigframe.h"
#include "syscall/signal.h"
#include "syscall/sigstate.h"
#include "syscall/syscall.h"
#include "xlate/xlate.h"
#include "sig_probe.h"

#define FRAME_OFF(type, member) ((long)offsetof(type, member))

static void test_sigcontext_layout(void **state)
{
	assert_int_equal(sizeof(struct guest_sigcontext), PROBE_sigcontext_size);
	assert_int_equal(FRAME_OFF(struct guest_sigcontext, regs), PROBE_sigcontext_regs);
	assert_int_equal(FRAME_OFF(struct guest_sigcontext, sp), PROBE_sigcontext_sp);
	assert_int_equal(FRAME_OFF(struct guest_sigcontext, pc), PROBE_sigcontext_pc);
	assert_int_equal(FRAME_OFF(struct guest_sigcontext, pstate), PROBE_sigcontext_pstate);
	assert_int_equal(FRAME_OFF(struct guest_sigcontext, reserved), PROBE_sigcontext_reserved);
	assert_int_equal(sizeof(struct guest_fpsimd_context), PROBE_fpsimd_size);
	assert_int_equal(FRAME_OFF(struct guest_fpsimd_context, fpsr), PROBE_fpsimd_fpsr);
	assert_int_equal(FRAME_OFF(struct guest_fpsimd_context, fpcr), PROBE_fpsimd_fpcr);
	assert_int_equal(FRAME_OFF(struct guest_fpsimd_context, vregs), PROBE_fpsimd_vregs);
	assert_int_equal(GUEST_FPSIMD_MAGIC, PROBE_fpsimd_magic);
	assert_int_equal(sizeof(struct guest_esr_context), PROBE_esr_size);
	assert_int_equal(FRAME_OFF(struct guest_esr_context, esr), PROBE_esr_esr);
	assert_int_equal(GUEST_ESR_MAGIC, PROBE_esr_magic);
	assert_int_equal(sizeof(struct guest_extra_context), PROBE_extra_size);
	assert_int_equal(FRAME_OFF(struct guest_extra_context, datap), PROBE_extra_datap);
	assert_int_equal(FRAME_OFF(struct guest_extra_context, size), PROBE_extra_size_field);
	assert_int_equal(GUEST_EXTRA_MAGIC, PROBE_extra_magic);
	assert_int_equal(GUEST_SVE_MAGIC, PROBE_sve_magic);
}

static void test_ucontext_siginfo_stack_layout(void **state)
{
	assert_int_equal(FRAME_OFF(struct guest_ucontext, uc_stack), PROBE_ucontext_stack);
	assert_int_equal(FRAME_OFF(struct guest_ucontext, uc_sigmask), PROBE_ucontext_sigmask);
	assert_int_equal(FRAME_OFF(struct guest_ucontext, uc_mcontext), PROBE_ucontext_mcontext);
	assert_int_equal(sizeof(struct guest_ucontext), PROBE_ucontext_size);
	assert_int_equal(sizeof(struct guest_siginfo), PROBE_siginfo_size);
	assert_int_equal(FRAME_OFF(struct guest_siginfo, si_code), PROBE_siginfo_code);
	assert_int_equal(FRAME_OFF(struct guest_siginfo, u.kill.pid), PROBE_siginfo_pid);
	assert_int_equal(FRAME_OFF(struct guest_siginfo, u.kill.uid), PROBE_siginfo_uid);
	assert_int_equal(FRAME_OFF(struct guest_siginfo, u.kill.value), PROBE_siginfo_value);
	assert_int_equal(FRAME_OFF(struct guest_siginfo, u.fault.addr), PROBE_siginfo_addr);
	assert_int_equal(sizeof(struct guest_stack), PROBE_stack_size);
	assert_int_equal(FRAME_OFF(struct guest_stack, ss_flags), PROBE_stack_flags);
	assert_int_equal(FRAME_OFF(struct guest_stack, ss_size), PROBE_stack_ssize);
}

static void test_constants(void **state)
{
	assert_int_equal(GUEST_SA_SIGINFO, PROBE_sa_siginfo);
	assert_int_equal(GUEST_SA_ONSTACK, PROBE_sa_onstack);
	assert_int_equal(GUEST_SA_RESTART, PROBE_sa_restart);
	assert_int_equal(GUEST_SA_NODEFER, PROBE_sa_nodefer);
	assert_int_equal(GUEST_SA_RESETHAND, PROBE_sa_resethand);
	assert_int_equal(GUEST_SA_NOCLDSTOP, PROBE_sa_nocldstop);
	assert_int_equal(GUEST_SA_NOCLDWAIT, PROBE_sa_nocldwait);
	assert_int_equal(GUEST_SS_ONSTACK, PROBE_ss_onstack);
	assert_int_equal(GUEST_SS_DISABLE, PROBE_ss_disable);
	assert_int_equal(GUEST_MINSIGSTKSZ, PROBE_minsigstksz);
	assert_int_equal(GUEST_SIGSTKSZ, PROBE_sigstksz);
	assert_int_equal(GUEST_SIGRTMIN, PROBE_sigrtmin_kernel);
	assert_int_equal(GUEST_SEGV_ACCERR, PROBE_segv_accerr);
	assert_int_equal(GUEST_BUS_ADRALN, PROBE_bus_adraln);
	assert_int_equal(GUEST_TRAP_BRKPT, PROBE_trap_brkpt);
	assert_int_equal(GUEST_ILL_ILLOPC, PROBE_ill_illopc);
}

static void test_default_actions(void **state)
{
	int sig, counts[5] = {0};

	assert_int_equal(abi_sig_default(GUEST_SIGCHLD), ABI_SIGDFL_IGN);
	assert_int_equal(abi_sig_default(GUEST_SIGWINCH), ABI_SIGDFL_IGN);
	assert_int_equal(abi_sig_default(GUEST_SIGCONT), ABI_SIGDFL_CONT);
	assert_int_equal(abi_sig_default(GUEST_SIGTSTP), ABI_SIGDFL_STOP);
	assert_int_equal(abi_sig_default(GUEST_SIGABRT), ABI_SIGDFL_CORE);
	assert_int_equal(abi_sig_default(GUEST_SIGPIPE), ABI_SIGDFL_TERM);
	assert_int_equal(abi_sig_default(GUEST_SIGSTKFLT), ABI_SIGDFL_TERM);
	for (sig = 1; sig <= GUEST_NSIG; sig++)
		counts[abi_sig_default(sig)]++;
	/* signal(7): 10 core, 3 ignore, 4 stop, 1 continue, the rest (17
	 * standard and all 33 real-time) terminate. */
	assert_int_equal(counts[ABI_SIGDFL_CORE], 10);
	assert_int_equal(counts[ABI_SIGDFL_IGN], 3);
	assert_int_equal(counts[ABI_SIGDFL_STOP], 4);
	assert_int_equal(counts[ABI_SIGDFL_CONT], 1);
	assert_int_equal(counts[ABI_SIGDFL_TERM], 64 - 18);
}

static void test_siginfo_from_host(void **state)
{
	siginfo_t h;
	struct guest_siginfo g;

	memset(&h, 0, sizeof h);
	h.si_signo = SIGRTMIN + 3;
	h.si_code = SI_QUEUE;
	h.si_pid = 4242;
	h.si_uid = 1000;
	h.si_value.sival_ptr = (void *)0x1122334455667788ull;
	abi_siginfo_from_host(&g, &h);
	assert_int_equal(g.si_signo, SIGRTMIN + 3);
	assert_int_equal(g.si_code, GUEST_SI_QUEUE);
	assert_int_equal(g.u.kill.pid, 4242);
	assert_int_equal(g.u.kill.uid, 1000);
	assert_true(g.u.kill.value == 0x1122334455667788ull);
	memset(&h, 0, sizeof h);
	abi_siginfo_to_host(&h, &g);
	assert_int_equal(h.si_pid, 4242);
	assert_ptr_equal(h.si_value.sival_ptr, (void *)0x1122334455667788ull);
}

static void test_altstack_rules(void **state)
{
	struct guest_stack ss = {0x100000, 0, 0, 0}, out;

	altstack_get(&out, 0x7000);
	assert_int_equal(out.ss_flags, GUEST_SS_DISABLE);
	assert_int_equal(out.ss_size, 0);
	ss.ss_size = GUEST_MINSIGSTKSZ - 1;
	assert_int_equal(altstack_set(&ss, 0x7000), -ENOMEM);
	ss.ss_size = 0x10000;
	ss.ss_flags = 5;
	assert_int_equal(altstack_set(&ss, 0x7000), -EINVAL);
	ss.ss_flags = GUEST_SS_ONSTACK;   /* accepted, means 0 */
	assert_int_equal(altstack_set(&ss, 0x7000), 0);
	assert_int_equal(altstack_flags(0x7000), 0);
	assert_int_equal(altstack_flags(0x108000), GUEST_SS_ONSTACK);
	assert_int_equal(altstack_flags(0x110000), GUEST_SS_ONSTACK);  /* the top is on it */
	assert_int_equal(altstack_flags(0x100000), 0);                 /* the base is not */
	assert_int_equal(altstack_set(&ss, 0x108000), -EPERM);
	ss.ss_flags = (int32_t)GUEST_SS_AUTODISARM;
	assert_int_equal(altstack_set(&ss, 0x7000), 0);
	altstack_get(&out, 0x108000);
	/* With SS_AUTODISARM, no sp counts as on the stack. */
	assert_int_equal((uint32_t)out.ss_flags, GUEST_SS_AUTODISARM);
	ss.ss_flags = GUEST_SS_DISABLE;
	assert_int_equal(altstack_set(&ss, 0x7000), 0);
	altstack_get(&out, 0x7000);
	assert_int_equal(out.ss_flags, GUEST_SS_DISABLE);
	assert_int_equal(out.ss_sp, 0);
}

/* ---- frames ---- */

#define STACK_BASE 0x10000000ull
#define STACK_SIZE 0x20000ull

static struct cpu *frame_cpu(void)
{
	struct cpu *c = xlate_cpu_new();
	unsigned i;

	for (i = 0; i < 31; i++)
		c->x[i] = 0x1000 + i;
	for (i = 0; i < 32; i++) {
		c->v[i].d[0] = 0xa000 + i;
		c->v[i].d[1] = 0xb000 + i;
	}
	c->sp = STACK_BASE + STACK_SIZE - 0x100;
	c->pc = 0x400100;
	c->nzcv = NZCV_Z | NZCV_C;
	c->fpsr = FPSR_IXC;
	c->fpcr = FPCR_DN;
	return c;
}

static int frame_setup(void **state)
{
	void *p = mmap((void *)(uintptr_t)STACK_BASE, STACK_SIZE, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
	return p == (void *)(uintptr_t)STACK_BASE ? 0 : -1;
}

static void push_usr1(struct cpu *c, const struct sig_fault *f)
{
	struct guest_siginfo info = {.si_signo = GUEST_SIGUSR1, .si_code = GUEST_SI_TKILL};
	struct guest_sigaction ka = {0x400800, GUEST_SA_SIGINFO | GUEST_SA_RESTORER, 0x400900,
				     GUEST_SIGBIT(GUEST_SIGUSR2)};

	assert_int_equal(sigframe_push(c, &info, &ka, 0x5, 0x400900, f), 0);
}

static void test_frame_push(void **state)
{
	struct cpu *c = frame_cpu();
	uint64_t old_sp = c->sp;
	struct guest_rt_sigframe *f;
	struct guest_fpsimd_context *fp;
	struct guest_esr_context *esr;
	struct sig_fault fault = {0x1234, 0x92000047};

	push_usr1(c, &fault);
	f = g2h(c->sp);
	assert_int_equal(c->sp & 15, 0);
	/* the 16-byte frame record, then the 4688-byte rt_sigframe */
	assert_int_equal(old_sp - c->sp, 16 + 4688);
	assert_int_equal(c->pc, 0x400800);
	assert_int_equal(c->x[0], GUEST_SIGUSR1);
	assert_int_equal(c->x[1], c->sp);
	assert_int_equal(c->x[2], c->sp + 128);
	assert_int_equal(c->x[30], 0x400900);
	assert_int_equal(c->x[29], c->sp + sizeof *f);
	assert_int_equal(((uint64_t *)g2h(c->x[29]))[0], 0x1000 + 29);
	assert_int_equal(((uint64_t *)g2h(c->x[29]))[1], 0x1000 + 30);
	assert_int_equal(f->info.si_signo, GUEST_SIGUSR1);
	assert_int_equal(f->uc.uc_sigmask, 0x5);
	assert_int_equal(f->uc.uc_stack.ss_flags, GUEST_SS_DISABLE);
	assert_int_equal(f->uc.uc_mcontext.regs[7], 0x1007);
	assert_int_equal(f->uc.uc_mcontext.sp, old_sp);
	assert_int_equal(f->uc.uc_mcontext.pc, 0x400100);
	assert_int_equal(f->uc.uc_mcontext.pstate, NZCV_Z | NZCV_C);
	assert_int_equal(f->uc.uc_mcontext.fault_address, 0x1234);
	fp = (struct guest_fpsimd_context *)f->uc.uc_mcontext.reserved;
	assert_int_equal(fp->head.magic, GUEST_FPSIMD_MAGIC);
	assert_int_equal(fp->head.size, 528);
	assert_int_equal(fp->fpsr, FPSR_IXC);
	assert_int_equal(fp->fpcr, FPCR_DN);
	assert_true(fp->vregs[31] == (((unsigned __int128)0xb01f << 64) | 0xa01f));
	esr = (struct guest_esr_context *)(f->uc.uc_mcontext.reserved + 528);
	assert_int_equal(esr->head.magic, GUEST_ESR_MAGIC);
	assert_int_equal(esr->esr, 0x92000047);
	assert_int_equal(((uint64_t *)(f->uc.uc_mcontext.reserved + 544))[0], 0);
	xlate_cpu_free(c);
}

static void test_frame_round_trip(void **state)
{
	struct cpu *c = frame_cpu(), *orig = frame_cpu();
	struct guest_rt_sigframe *f;
	struct guest_fpsimd_context *fp;
	guest_sigset_t mask;
	struct guest_stack st;

	push_usr1(c, NULL);
	f = g2h(c->sp);
	fp = (struct guest_fpsimd_context *)f->uc.uc_mcontext.reserved;
	f->uc.uc_mcontext.regs[3] = 0x3333;
	f->uc.uc_mcontext.pc += 4;
	fp->vregs[5] = 0x55;
	/* The handler clobbers registers; sigreturn brings back the frame's. */
	memset(c->x, 0, sizeof c->x);
	memset(c->v, 0, sizeof c->v);
	assert_int_equal(sigframe_pop(c, &mask, &st), 0);
	assert_int_equal(mask, 0x5);
	assert_int_equal(c->x[3], 0x3333);
	assert_int_equal(c->x[4], orig->x[4]);
	assert_int_equal(c->x[30], orig->x[30]);
	assert_int_equal(c->sp, orig->sp);
	assert_int_equal(c->pc, orig->pc + 4);
	assert_int_equal(c->nzcv, orig->nzcv);
	assert_int_equal(c->fpsr, orig->fpsr);
	assert_int_equal(c->fpcr, orig->fpcr);
	assert_true(c->v[5].q == 0x55);
	assert_true(c->v[6].q == orig->v[6].q);
	xlate_cpu_free(c);
	xlate_cpu_free(orig);
}

/* Each corruption the kernel's rt_sigreturn rejects. */
static void test_frame_validation(void **state)
{
	struct cpu *c = frame_cpu();
	guest_sigset_t mask;
	struct guest_stack st;
	uint64_t frame;
	struct guest_rt_sigframe *f;
	struct guest_fpsimd_context *fp;
	struct guest_aarch64_ctx *end;

	push_usr1(c, NULL);
	frame = c->sp;
	f = g2h(frame);
	fp = (struct guest_fpsimd_context *)f->uc.uc_mcontext.reserved;
	end = (struct guest_aarch64_ctx *)(f->uc.uc_mcontext.reserved + 528);

	c->sp = frame + 8;   /* misaligned sp: nothing restored */
	assert_int_equal(sigframe_pop(c, &mask, &st), -1);
	assert_int_equal(c->sp, frame + 8);

	c->sp = frame;
	fp->head.magic = 0x12345678;
	assert_int_equal(sigframe_pop(c, &mask, &st), 1);
	fp->head.magic = GUEST_FPSIMD_MAGIC;
	fp->head.size = 544;   /* bigger than fpsimd_context: restore refuses */
	c->sp = frame;
	assert_int_equal(sigframe_pop(c, &mask, &st), 1);
	fp->head.size = 528;
	end->size = 16;        /* terminator must be empty */
	c->sp = frame;
	assert_int_equal(sigframe_pop(c, &mask, &st), 1);
	end->size = 0;
	f->uc.uc_mcontext.pstate |= 0x4;   /* EL1 */
	c->sp = frame;
	assert_int_equal(sigframe_pop(c, &mask, &st), 1);
	f->uc.uc_mcontext.pstate &= ~0x4ull;
	f->uc.uc_mcontext.pstate |= 0x80;  /* I masked */
	c->sp = frame;
	assert_int_equal(sigframe_pop(c, &mask, &st), 1);
	f->uc.uc_mcontext.pstate &= ~0x80ull;
	c->sp = frame;
	assert_int_equal(sigframe_pop(c, &mask, &st), 0);
	xlate_cpu_free(c);
}

/* An extra_context whose space follows the terminator is followed. */
static void test_frame_extra_context(void **state)
{
	struct cpu *c = frame_cpu();
	guest_sigset_t mask;
	struct guest_stack st;
	uint64_t frame, extra_space;
	struct guest_rt_sigframe *f;
	struct guest_fpsimd_context *fp;
	struct guest_extra_context *x;

	push_usr1(c, NULL);
	frame = c->sp;
	f = g2h(frame);
	fp = (struct guest_fpsimd_context *)f->uc.uc_mcontext.reserved;
	/* [fpsimd][extra][terminator] then the extra space: [terminator]. */
	x = (struct guest_extra_context *)(f->uc.uc_mcontext.reserved + 528);
	memset(x, 0, sizeof *x + 16);
	x->head.magic = GUEST_EXTRA_MAGIC;
	x->head.size = sizeof *x;
	extra_space = frame + GUEST_SIGFRAME_RESERVED_OFF + 528 + 32 + 16;
	x->datap = extra_space;
	x->size = 16;
	memset(g2h(extra_space), 0, 16);
	fp->vregs[1] = 0x77;
	assert_int_equal(sigframe_pop(c, &mask, &st), 0);
	assert_true(c->v[1].q == 0x77);

	c->sp = frame;
	x->datap = extra_space + 16;   /* not right after the terminator */
	assert_int_equal(sigframe_pop(c, &mask, &st), 1);
	xlate_cpu_free(c);
}

/* ---- sig_safe_syscall ---- */

extern const char sig_safe_syscall_start[], sig_safe_syscall_end[], sig_safe_syscall_eintr[];

static void test_safe_syscall(void **state)
{
	struct cpu *c = frame_cpu();
	struct guest_sigaction act = {0x400800, GUEST_SA_SIGINFO, 0, 0};
	uint64_t args[6] = {GUEST_SIGUSR1, STACK_BASE, 0, sizeof(guest_sigset_t), 0, 0};
	char byte;
	int p[2];

	assert_int_equal(pipe2(p, O_NONBLOCK), 0);
	sig_init();
	/* No signal caught: the call is made (and finds the pipe empty). */
	assert_int_equal(sig_safe_syscall(SYS_read, p[0], (long)&byte, 1, 0, 0, 0), -EAGAIN);
	/* A guest handler for SIGUSR1, then SIGUSR1 at the host: the call
	 * is not made at all. */
	memcpy(g2h(STACK_BASE), &act, sizeof act);
	assert_int_equal(sys_rt_sigaction(c, args), 0);
	raise(SIGUSR1);
	assert_int_equal(sig_safe_syscall(SYS_read, p[0], (long)&byte, 1, 0, 0, 0), -EINTR);
	/* Delivery clears the flag (the frame goes on the test's stack). */
	sig_deliver_pending(c);
	assert_int_equal(c->x[0], GUEST_SIGUSR1);
	assert_int_equal(c->pc, 0x400800);
	assert_int_equal(sig_safe_syscall(SYS_read, p[0], (long)&byte, 1, 0, 0, 0), -EAGAIN);
	close(p[0]);
	close(p[1]);
	xlate_cpu_free(c);
}

/* A host handler that interrupts the thread between the flag test and the
 * syscall instruction sends it to the -EINTR exit; elsewhere it does not
 * move it. */
static void test_safe_syscall_fixup(void **state)
{
	ucontext_t uc;

	memset(&uc, 0, sizeof uc);
	uc.uc_mcontext.gregs[REG_RIP] = (greg_t)(uintptr_t)sig_safe_syscall_start;
	sig_safe_syscall_fixup(&uc);
	assert_int_equal(uc.uc_mcontext.gregs[REG_RIP], (greg_t)(uintptr_t)sig_safe_syscall_eintr);
	uc.uc_mcontext.gregs[REG_RIP] = (greg_t)((uintptr_t)sig_safe_syscall_end - 2);   /* the syscall instruction */
	sig_safe_syscall_fixup(&uc);
	assert_int_equal(uc.uc_mcontext.gregs[REG_RIP], (greg_t)(uintptr_t)sig_safe_syscall_eintr);
	uc.uc_mcontext.gregs[REG_RIP] = (greg_t)(uintptr_t)sig_safe_syscall_end;
	sig_safe_syscall_fixup(&uc);
	assert_int_equal(uc.uc_mcontext.gregs[REG_RIP], (greg_t)(uintptr_t)sig_safe_syscall_end);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sigcontext_layout),
		cmocka_unit_test(test_ucontext_siginfo_stack_layout),
		cmocka_unit_test(test_constants),
		cmocka_unit_test(test_default_actions),
		cmocka_unit_test(test_siginfo_from_host),
		cmocka_unit_test(test_altstack_rules),
		cmocka_unit_test(test_frame_push),
		cmocka_unit_test(test_frame_round_trip),
		cmocka_unit_test(test_frame_validation),
		cmocka_unit_test(test_frame_extra_context),
		cmocka_unit_test(test_safe_syscall),
		cmocka_unit_test(test_safe_syscall_fixup),
	};

	return cmocka_run_group_tests(tests, frame_setup, NULL);
}
