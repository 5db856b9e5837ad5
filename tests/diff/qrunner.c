/*
 * qrunner.c -- the static AArch64 program of the qemu-aarch64 oracle:
 * it runs a batch of difftest cases (qcase.h) and writes what each did.
 *
 *   qrunner BATCH OUT
 *
 * Built with the cross compiler, -nostdlib: no libc, no TLS, so a case
 * may set TPIDR_EL0 and every register to anything.  A case is entered
 * and left through signal frames: the runner traps (BRK #0x7e5), the
 * handler saves the runner's frame and rewrites it with the case's
 * registers, NZCV, FPCR/FPSR and V registers, and returns into the case
 * (rt_sigreturn loads all of it, pc included).  The case ends with the
 * signal of its first exception: SIGTRAP at the BRK #0 after it or at a
 * branch target, SIGILL, SIGSEGV, SIGBUS.  The handler records that
 * frame (Arm Linux's ucontext: regs, sp, pc, pstate, fpsimd_context) and
 * puts the runner's own frame back.  Handlers run on an alternate stack
 * because the case's SP points into the data page.
 *
 * Exit status 0 after the whole batch; 2 with one line on stderr when
 * the batch cannot be read or memory cannot be set up.
 */
#include <stddef.h>
#include <stdint.h>
#include "tests/diff/qcase.h"

/* Linux arm64 syscall numbers (asm-generic/unistd.h). */
#define NR_openat 56
#define NR_close 57
#define NR_read 63
#define NR_write 64
#define NR_exit_group 94
#define NR_sigaltstack 132
#define NR_rt_sigaction 134
#define NR_rt_sigreturn 139
#define NR_munmap 215
#define NR_mmap 222
#define NR_mprotect 226

#define AT_FDCWD (-100)
#define O_RDONLY 0
#define O_WRONLY 01
#define O_CREAT 0100
#define O_TRUNC 01000
#define PROT_NONE 0
#define PROT_READ 1
#define PROT_WRITE 2
#define PROT_EXEC 4
#define MAP_PRIVATE 0x02
#define MAP_FIXED 0x10
#define MAP_ANONYMOUS 0x20
#define SIGILL 4
#define SIGTRAP 5
#define SIGBUS 7
#define SIGFPE 8
#define SIGSEGV 11
#define SA_SIGINFO 0x4
#define SA_ONSTACK 0x08000000ul
#define SA_RESTORER 0x04000000ul

#define BRK0 0xd4200000u
#define ALTSTACK_SIZE 65536

/* The kernel's view (arch/arm64/include/uapi/asm/sigcontext.h,
 * ucontext.h; include/uapi/asm-generic/siginfo.h). */
struct k_sigaction {
	void (*handler)(int, void *, void *);
	unsigned long flags;
	void (*restorer)(void);
	uint64_t mask;
};
struct k_stack {
	void *sp;
	int flags;
	unsigned long size;
};
struct k_siginfo {
	int32_t signo, errno_, code, pad;
	uint64_t addr;
};
struct k_sigcontext {
	uint64_t fault_address;
	uint64_t regs[31];
	uint64_t sp, pc, pstate;
	uint8_t reserved[4096] __attribute__((aligned(16)));
};
struct k_ucontext {
	unsigned long flags;
	struct k_ucontext *link;
	struct k_stack stack;
	uint64_t sigmask;
	uint8_t unused[128 - 8];
	struct k_sigcontext mc __attribute__((aligned(16)));
};
struct k_ctx_head {
	uint32_t magic, size;
};
struct k_fpsimd {
	struct k_ctx_head head;
	uint32_t fpsr, fpcr;
	uint64_t vregs[32][2] __attribute__((aligned(16)));
};
#define FPSIMD_MAGIC 0x46508001u

_Static_assert(offsetof(struct k_ucontext, mc) == 176, "ucontext layout");
_Static_assert(offsetof(struct k_sigcontext, reserved) == 288, "sigcontext layout");
_Static_assert(offsetof(struct k_fpsimd, vregs) == 16, "fpsimd_context layout");

static long sys6(long n, long a, long b, long c, long d, long e, long f)
{
	register long x8 __asm__("x8") = n;
	register long x0 __asm__("x0") = a;
	register long x1 __asm__("x1") = b;
	register long x2 __asm__("x2") = c;
	register long x3 __asm__("x3") = d;
	register long x4 __asm__("x4") = e;
	register long x5 __asm__("x5") = f;

	__asm__ volatile("svc #0"
			 : "+r"(x0)
			 : "r"(x8), "r"(x1), "r"(x2), "r"(x3), "r"(x4), "r"(x5)
			 : "memory");
	return x0;
}

#define sys3(n, a, b, c) sys6(n, (long)(a), (long)(b), (long)(c), 0, 0, 0)

static void copy(void *dst, const void *src, unsigned long n)
{
	uint64_t *d = dst;
	const uint64_t *s = src;

	for (n /= 8; n; n--)
		*d++ = *s++;
}

static unsigned long slen(const char *s)
{
	unsigned long n = 0;

	while (s[n])
		n++;
	return n;
}

__attribute__((noreturn)) static void die(const char *what)
{
	sys3(NR_write, 2, "qrunner: ", 9);
	sys3(NR_write, 2, what, slen(what));
	sys3(NR_write, 2, "\n", 1);
	sys3(NR_exit_group, 2, 0, 0);
	__builtin_unreachable();
}

static void *map(uint64_t addr, uint64_t len, int prot, int fixed)
{
	long p = sys6(NR_mmap, (long)addr, (long)len, prot,
		      MAP_PRIVATE | MAP_ANONYMOUS | (fixed ? MAP_FIXED : 0), -1, 0);

	if (p < 0 && p > -4096)
		die("mmap failed");
	if (fixed && (uint64_t)p != addr)
		die("mmap did not map the fixed address");
	return (void *)p;
}

static void protect(uint64_t addr, uint64_t len, int prot)
{
	if (sys3(NR_mprotect, addr, len, prot) != 0)
		die("mprotect failed");
}

static void write_all(int fd, const void *buf, unsigned long n)
{
	const char *p = buf;

	while (n) {
		long w = sys3(NR_write, fd, p, n);
		if (w <= 0)
			die("write failed");
		p += w, n -= (unsigned long)w;
	}
}

/* ---- entering and leaving a case ---- */

static const struct qcase_in *cur;
static struct qcase_out out;
static struct k_sigcontext runner_frame;
static volatile int in_case;

static struct k_fpsimd *frame_fpsimd(struct k_sigcontext *mc)
{
	struct k_ctx_head *h = (struct k_ctx_head *)mc->reserved;

	while (h->magic != 0 && (uint8_t *)h < mc->reserved + sizeof mc->reserved) {
		if (h->magic == FPSIMD_MAGIC)
			return (struct k_fpsimd *)h;
		h = (struct k_ctx_head *)((uint8_t *)h + h->size);
		if (h->size == 0)
			break;
	}
	die("signal frame without fpsimd_context");
}

static void enter_case(struct k_sigcontext *mc)
{
	struct k_fpsimd *fp = frame_fpsimd(mc);
	unsigned i;

	copy(&runner_frame, mc, sizeof runner_frame);
	for (i = 0; i < 31; i++)
		mc->regs[i] = cur->x[i];
	mc->sp = cur->sp;
	mc->pc = cur->pc;
	mc->pstate = (mc->pstate & ~0xf0000000ull) | (cur->nzcv & 0xf0000000u);
	fp->fpsr = cur->fpsr;
	fp->fpcr = cur->fpcr;
	copy(fp->vregs, cur->v, sizeof fp->vregs);
	__asm__ volatile("msr tpidr_el0, %0" : : "r"(cur->tpidr));
	in_case = 1;
}

static void leave_case(int sig, const struct k_siginfo *si, struct k_sigcontext *mc)
{
	struct k_fpsimd *fp = frame_fpsimd(mc);
	unsigned i;

	out.signo = sig;
	out.sig_code = si->code;
	out.sig_addr = si->addr;
	for (i = 0; i < 31; i++)
		out.x[i] = mc->regs[i];
	out.sp = mc->sp;
	out.pc = mc->pc;
	out.pstate = mc->pstate;
	out.fpsr = fp->fpsr;
	out.fpcr = fp->fpcr;
	copy(out.v, fp->vregs, sizeof out.v);
	__asm__ volatile("mrs %0, tpidr_el0" : "=r"(out.tpidr));
	copy(mc, &runner_frame, sizeof *mc);
	mc->pc += 4; /* past the runner's BRK #0x7e5 */
	in_case = 0;
}

static void on_signal(int sig, void *info, void *ucv)
{
	struct k_ucontext *uc = ucv;

	if (!in_case) {
		if (sig != SIGTRAP || uc->mc.pc == 0 || *(uint32_t *)uc->mc.pc != (BRK0 | 0x7e5u << 5))
			die("unexpected signal in the runner itself");
		enter_case(&uc->mc);
	} else {
		leave_case(sig, info, &uc->mc);
	}
}

/* The sa_restorer: rt_sigreturn. */
void qrunner_restorer(void);
__asm__(".globl qrunner_restorer\n"
	"qrunner_restorer:\n"
	"	mov x8, #139\n"
	"	svc #0\n");

static void setup_signals(void)
{
	static const int sigs[] = {SIGILL, SIGTRAP, SIGBUS, SIGFPE, SIGSEGV};
	struct k_stack ss = {map(0, ALTSTACK_SIZE, PROT_READ | PROT_WRITE, 0), 0, ALTSTACK_SIZE};
	unsigned i;

	if (sys3(NR_sigaltstack, &ss, 0, 0) != 0)
		die("sigaltstack failed");
	for (i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
		struct k_sigaction sa = {on_signal, SA_SIGINFO | SA_ONSTACK | SA_RESTORER,
					 qrunner_restorer, ~0ull};
		if (sys6(NR_rt_sigaction, sigs[i], (long)&sa, 0, 8, 0, 0) != 0)
			die("rt_sigaction failed");
	}
}

/* ---- the batch ---- */

/* Make written code visible to instruction fetch (Arm ARM B2.4.4). */
static void sync_code(uint64_t addr, uint64_t len)
{
	uint64_t a;

	for (a = addr & ~63ull; a < addr + len; a += 64)
		__asm__ volatile("dc cvau, %0" : : "r"(a) : "memory");
	__asm__ volatile("dsb ish" ::: "memory");
	for (a = addr & ~63ull; a < addr + len; a += 64)
		__asm__ volatile("ic ivau, %0" : : "r"(a) : "memory");
	__asm__ volatile("dsb ish\n\tisb" ::: "memory");
}

static void put_words(uint64_t addr, const uint32_t *w, uint32_t n)
{
	uint64_t page = addr & ~4095ull, end = (addr + 4 * n + 4095) & ~4095ull;
	uint32_t i;

	protect(page, end - page, PROT_READ | PROT_WRITE);
	for (i = 0; i < n; i++)
		((volatile uint32_t *)(uintptr_t)addr)[i] = w ? w[i] : BRK0;
	protect(page, end - page, PROT_READ | PROT_EXEC);
	sync_code(addr, 4 * n);
}

static void run_case(const struct qcase_in *k)
{
	if (k->ncode > QCASE_MAXWORDS || k->code_addr < QCASE_CODE_BASE ||
	    k->code_addr + 4 * k->ncode > QCASE_CODE_BASE + QCASE_CODE_SIZE)
		die("case code outside the code region");
	copy((void *)(uintptr_t)QCASE_DATA_BASE, k->mem, QCASE_DATA_SIZE);
	put_words(k->code_addr, k->code, k->ncode);
	cur = k;
	/* Every case starts with the exclusive monitor open, as on the
	 * in-process interpreter. */
	__asm__ volatile("clrex\n\tbrk #0x7e5" ::: "memory");
	out.id = k->id;
	copy(out.mem, (void *)(uintptr_t)QCASE_DATA_BASE, QCASE_DATA_SIZE);
	put_words(k->code_addr, 0, k->ncode);
}

static void *read_file(const char *path, uint64_t *len)
{
	uint64_t cap = 1 << 20, n = 0;
	char *buf = map(0, cap, PROT_READ | PROT_WRITE, 0);
	long fd = sys6(NR_openat, AT_FDCWD, (long)path, O_RDONLY, 0, 0, 0);

	if (fd < 0)
		die("cannot open the batch file");
	for (;;) {
		long r;
		if (n == cap) {
			char *nb = map(0, 2 * cap, PROT_READ | PROT_WRITE, 0);
			copy(nb, buf, cap);
			sys3(NR_munmap, buf, cap, 0);
			buf = nb, cap *= 2;
		}
		r = sys3(NR_read, fd, buf + n, cap - n);
		if (r < 0)
			die("cannot read the batch file");
		if (r == 0)
			break;
		n += (uint64_t)r;
	}
	sys3(NR_close, fd, 0, 0);
	*len = n;
	return buf;
}

static void setup_memory(void)
{
	uint32_t *code = map(QCASE_CODE_BASE, QCASE_CODE_SIZE, PROT_READ | PROT_WRITE, 1);
	uint64_t i;

	for (i = 0; i < QCASE_CODE_SIZE / 4; i++)
		code[i] = BRK0;
	protect(QCASE_CODE_BASE, QCASE_CODE_SIZE, PROT_READ | PROT_EXEC);
	sync_code(QCASE_CODE_BASE, QCASE_CODE_SIZE);
	map(QCASE_DATA_BASE - 4096, 4096, PROT_NONE, 1);
	map(QCASE_DATA_BASE, QCASE_DATA_SIZE, PROT_READ | PROT_WRITE, 1);
	map(QCASE_DATA_BASE + QCASE_DATA_SIZE, 4096, PROT_NONE, 1);
}

static int runner_main(int argc, char **argv)
{
	const struct qcase_head *h;
	const struct qcase_in *k;
	uint64_t len, i;
	long fd;

	if (argc != 3)
		die("usage: qrunner BATCH OUT");
	h = read_file(argv[1], &len);
	if (len < sizeof *h || h->magic != QCASE_MAGIC ||
	    (len - sizeof *h) / sizeof *k != h->ncase || (len - sizeof *h) % sizeof *k)
		die("not a batch file");
	fd = sys6(NR_openat, AT_FDCWD, (long)argv[2], O_WRONLY | O_CREAT | O_TRUNC, 0644, 0, 0);
	if (fd < 0)
		die("cannot create the output file");
	setup_memory();
	setup_signals();
	k = (const struct qcase_in *)(h + 1);
	for (i = 0; i < h->ncase; i++) {
		run_case(&k[i]);
		write_all((int)fd, &out, sizeof out);
	}
	sys3(NR_close, fd, 0, 0);
	return 0;
}

/* The entry point: sp -> argc, argv[], NULL, envp[] (the ELF ABI). */
__attribute__((used, noreturn)) static void start_c(long *sp)
{
	sys3(NR_exit_group, runner_main((int)sp[0], (char **)(sp + 1)), 0, 0);
	__builtin_unreachable();
}

__asm__(".globl _start\n"
	"_start:\n"
	"	mov x0, sp\n"
	"	bl start_c\n");
