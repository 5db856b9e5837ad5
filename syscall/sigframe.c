/*
 * sigframe.c -- build and take down the arm64 rt_sigframe, the alternate
 * signal stack, and the guest-visible sigreturn trampoline.
 *
 * The frame follows arch/arm64/kernel/signal.c: below the interrupted sp
 * (or the top of the alternate stack) a 16-byte frame record {x29, x30},
 * then struct rt_sigframe {siginfo, ucontext}; sigcontext.__reserved[]
 * holds an fpsimd_context, an esr_context for memory faults, and the null
 * terminator.  rt_sigreturn validates the records as parse_user_sigframe()
 * does.  Knows nothing of dispositions or queues (signal.c).
 */
#include <errno.h>
#include <pthread.h>
#include <string.h>
#include <sys/mman.h>
#include "syscall/sigframe.h"
#include "syscall/syscall.h"
#include "xlate/gmap.h"
#include "xlate/gmem.h"
#include "xlate/rf.h"

/* The arm64 kernel's sas_ss_* fields of one thread. */
struct altstack {
	uint64_t sp;
	uint64_t size;
	uint32_t flags;   /* as the program set it: SS_DISABLE, or 0/SS_ONSTACK | SS_AUTODISARM */
};

/* A process starts with all zero (exec keeps what fork copied from a
 * parent that never set one); a new thread gets SS_DISABLE
 * (sas_ss_reset() in copy_process()), see altstack_reset(). */
static __thread struct altstack alt = {0, 0, 0};

void altstack_reset(void)
{
	alt.sp = 0;
	alt.size = 0;
	alt.flags = GUEST_SS_DISABLE;
}

void altstack_save(uint64_t out[3])
{
	out[0] = alt.sp;
	out[1] = alt.size;
	out[2] = alt.flags;
}

void altstack_restore(const uint64_t in[3])
{
	alt.sp = in[0];
	alt.size = in[1];
	alt.flags = (uint32_t)in[2];
}

/* on_sig_stack() of include/linux/sched/signal.h (stack grows down). */
static int on_altstack(uint64_t sp)
{
	if (alt.flags & GUEST_SS_AUTODISARM)
		return 0;
	return sp > alt.sp && sp - alt.sp <= alt.size;
}

int altstack_flags(uint64_t sp)
{
	if (!alt.size)
		return GUEST_SS_DISABLE;
	return on_altstack(sp) ? GUEST_SS_ONSTACK : 0;
}

void altstack_get(struct guest_stack *out, uint64_t sp)
{
	memset(out, 0, sizeof *out);
	out->ss_sp = alt.sp;
	out->ss_size = alt.size;
	out->ss_flags = (int32_t)((uint32_t)altstack_flags(sp) | (alt.flags & GUEST_SS_AUTODISARM));
}

/* do_sigaltstack() of kernel/signal.c. */
int altstack_set(const struct guest_stack *ss, uint64_t sp)
{
	uint32_t flags = (uint32_t)ss->ss_flags;
	uint32_t mode = flags & ~GUEST_SS_AUTODISARM;
	uint64_t base = ss->ss_sp, size = ss->ss_size;

	if (on_altstack(sp))
		return -EPERM;
	if (mode != GUEST_SS_DISABLE && mode != GUEST_SS_ONSTACK && mode != 0)
		return -EINVAL;
	/* Setting what is already set succeeds before the size check
	 * (do_sigaltstack()); a thread starts with all three zero. */
	if (alt.sp == base && alt.size == size && alt.flags == flags)
		return 0;
	if (mode == GUEST_SS_DISABLE) {
		base = 0;
		size = 0;
	} else if (size < GUEST_MINSIGSTKSZ) {
		return -ENOMEM;
	}
	alt.sp = base;
	alt.size = size;
	alt.flags = flags;
	return 0;
}

static pthread_mutex_t tramp_lock = PTHREAD_MUTEX_INITIALIZER;

void sigframe_fork_prepare(void)
{
	pthread_mutex_lock(&tramp_lock);
}

void sigframe_fork_done(void)
{
	pthread_mutex_unlock(&tramp_lock);
}

guest_addr_t sigframe_trampoline(void)
{
	/* nop (a landing pad for unwinders, as the vDSO has), then the
	 * sequence libgcc's and gdb's unwinders recognise as sigreturn. */
	static const uint32_t code[] = {0xd503201f, 0xd2801168, 0xd4000001};
	static guest_addr_t tramp;
	guest_addr_t a, r = __atomic_load_n(&tramp, __ATOMIC_ACQUIRE);
	void *p;

	if (r)
		return r;
	/* The address space's lock too (after this one, see sig_fork_begin()):
	 * the page is taken from what the mapping list calls free, which the
	 * guest's own mmap calls must not take at the same time. */
	pthread_mutex_lock(&tramp_lock);
	sys_mm_lock();
	if (tramp) {
		r = tramp;
		goto out;
	}
	a = gmap_find_free(0, GUEST_PAGE_SIZE);
	if (!a)
		goto out;
	p = mmap(g2h(a), GUEST_PAGE_SIZE, PROT_READ | PROT_WRITE,
		 MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
	if (p == MAP_FAILED)
		goto out;
	memcpy(p, code, sizeof code);
	if (mprotect(p, GUEST_PAGE_SIZE, PROT_READ | PROT_EXEC) != 0 ||
	    gmap_add(a, GUEST_PAGE_SIZE, GMAP_R | GMAP_X, GMAP_PRIVATE, 0, 0, 0, "[vdso]") != 0) {
		munmap(p, GUEST_PAGE_SIZE);
		goto out;
	}
	r = a + 4;
	__atomic_store_n(&tramp, r, __ATOMIC_RELEASE);
out:
	sys_mm_unlock();
	pthread_mutex_unlock(&tramp_lock);
	return r;
}

/* Fill __reserved[]: fpsimd_context, esr_context if any, terminator. */
static void frame_fill_records(struct guest_rt_sigframe *f, const struct cpu *c,
			       const struct sig_fault *fault)
{
	uint8_t *res = f->uc.uc_mcontext.reserved;
	struct guest_fpsimd_context fp;
	size_t off = sizeof fp;
	unsigned i;

	memset(&fp, 0, sizeof fp);
	fp.head.magic = GUEST_FPSIMD_MAGIC;
	fp.head.size = sizeof fp;
	fp.fpsr = c->fpsr;
	fp.fpcr = c->fpcr;
	for (i = 0; i < 32; i++)
		fp.vregs[i] = c->v[i].q;
	memcpy(res, &fp, sizeof fp);
	if (fault && fault->esr) {
		struct guest_esr_context esr = {{GUEST_ESR_MAGIC, sizeof esr}, fault->esr};
		memcpy(res + off, &esr, sizeof esr);
		off += sizeof esr;
	}
	/* The terminator: already zero. */
}

int sigframe_push(struct cpu *c, const struct guest_siginfo *info,
		  const struct guest_sigaction *ka, guest_sigset_t oldmask,
		  guest_addr_t restorer, const struct sig_fault *fault)
{
	static __thread struct guest_rt_sigframe f;
	struct guest_frame_record rec = {c->x[29], c->x[30]};
	uint64_t sp = c->sp, rec_addr, frame;
	unsigned i;

	if ((ka->flags & GUEST_SA_ONSTACK) && altstack_flags(sp) == 0)
		sp = alt.sp + alt.size;
	rec_addr = (sp - sizeof rec) & ~15ull;
	frame = rec_addr - sizeof f;
	if (!gmem_range_ok(frame, sp - frame))
		return -EFAULT;

	memset(&f, 0, sizeof f);
	f.info = *info;
	f.uc.uc_stack.ss_sp = alt.sp;
	f.uc.uc_stack.ss_flags = (int32_t)alt.flags;
	f.uc.uc_stack.ss_size = alt.size;
	f.uc.uc_sigmask = oldmask;
	f.uc.uc_mcontext.fault_address = fault ? fault->address : 0;
	for (i = 0; i < 31; i++)
		f.uc.uc_mcontext.regs[i] = c->x[i];
	f.uc.uc_mcontext.sp = c->sp;
	f.uc.uc_mcontext.pc = c->pc;
	f.uc.uc_mcontext.pstate = c->nzcv & GUEST_PSTATE_NZCV;
	frame_fill_records(&f, c, fault);

	if (gmem_write(rec_addr, &rec, sizeof rec) != 0 || gmem_write(frame, &f, sizeof f) != 0)
		return -EFAULT;
	if (alt.flags & GUEST_SS_AUTODISARM) {
		alt.sp = 0;
		alt.size = 0;
		alt.flags = GUEST_SS_DISABLE;
	}

	c->x[0] = (uint64_t)info->si_signo;
	if (ka->flags & GUEST_SA_SIGINFO) {
		c->x[1] = frame + offsetof(struct guest_rt_sigframe, info);
		c->x[2] = frame + offsetof(struct guest_rt_sigframe, uc);
	}
	c->sp = frame;
	c->x[29] = rec_addr;
	c->x[30] = restorer;
	c->pc = ka->handler;
	return 0;
}

/* Read a record header at guest address a. */
static int read_head(guest_addr_t a, uint32_t *magic, uint32_t *size)
{
	struct guest_aarch64_ctx h;

	if (gmem_read(&h, a, sizeof h) != 0)
		return -1;
	*magic = h.magic;
	*size = h.size;
	return 0;
}

/* Follow an extra_context at guest address a (record size size) whose
 * list continues at datap; returns the new base, or 0 if invalid.
 * *limit is set to the extra space's size. */
static guest_addr_t follow_extra(guest_addr_t frame, guest_addr_t a, uint32_t size,
				 uint64_t left, uint64_t *limit)
{
	struct guest_extra_context x;
	uint32_t em, es;
	guest_addr_t after;

	if (size < sizeof x || gmem_read(&x, a, sizeof x) != 0)
		return 0;
	/* The extra_context must be followed by a terminator in __reserved[]
	 * and the extra space must begin right after that terminator. */
	if (left - size < 16 || read_head(a + size, &em, &es) != 0 || em || es)
		return 0;
	after = a + size + 16;
	if ((x.datap & 15) || (x.size & 15) || x.datap != after)
		return 0;
	if (x.size > frame + GUEST_SIGFRAME_MAXSZ - after || !gmem_range_ok(after, x.size))
		return 0;
	*limit = x.size;
	return after;
}

/* parse_user_sigframe(): walk the records; returns the guest address of
 * the fpsimd_context, or 0 if the list is invalid or has none. */
static guest_addr_t parse_records(guest_addr_t frame)
{
	guest_addr_t base = frame + GUEST_SIGFRAME_RESERVED_OFF, fpsimd = 0;
	uint64_t off = 0, limit = GUEST_SIGCONTEXT_RESERVED;
	int have_extra = 0;

	for (;;) {
		uint32_t magic, size;

		if (limit - off < sizeof(struct guest_aarch64_ctx) || (off & 15))
			return 0;
		if (read_head(base + off, &magic, &size) != 0 || limit - off < size)
			return 0;
		switch (magic) {
		case 0:
			return size ? 0 : fpsimd;
		case GUEST_FPSIMD_MAGIC:
			if (fpsimd || size < sizeof(struct guest_fpsimd_context))
				return 0;
			fpsimd = base + off;
			break;
		case GUEST_ESR_MAGIC:
			break;
		case GUEST_EXTRA_MAGIC:
			if (have_extra)
				return 0;
			have_extra = 1;
			base = follow_extra(frame, base + off, size, limit - off, &limit);
			if (!base)
				return 0;
			off = 0;
			continue;
		default:
			/* SVE, ZA and the rest: this CPU has none of them. */
			return 0;
		}
		if (size < sizeof(struct guest_aarch64_ctx))
			return 0;
		off += size;
	}
}

/* restore_fpsimd_context(): the record must be exactly the right size. */
static int restore_fpsimd(struct cpu *c, guest_addr_t a)
{
	struct guest_fpsimd_context fp;
	unsigned i;

	if (gmem_read(&fp, a, sizeof fp) != 0)
		return -1;
	if (fp.head.magic != GUEST_FPSIMD_MAGIC || fp.head.size != sizeof fp)
		return -1;
	for (i = 0; i < 32; i++)
		c->v[i].q = fp.vregs[i];
	c->fpsr = fp.fpsr;
	c->fpcr = fp.fpcr;
	return 0;
}

int sigframe_pop(struct cpu *c, guest_sigset_t *mask, struct guest_stack *stack)
{
	static __thread struct guest_rt_sigframe f;
	guest_addr_t frame = c->sp, fpsimd;
	const struct guest_sigcontext *sc = &f.uc.uc_mcontext;
	unsigned i;

	if ((frame & 15) || gmem_read(&f, frame, offsetof(struct guest_rt_sigframe, uc.uc_mcontext.reserved)) != 0)
		return -1;
	*mask = f.uc.uc_sigmask;
	*stack = f.uc.uc_stack;
	for (i = 0; i < 31; i++)
		c->x[i] = sc->regs[i];
	c->sp = sc->sp;
	c->pc = sc->pc;
	c->nzcv = (uint32_t)(sc->pstate & GUEST_PSTATE_NZCV);
	if (sc->pstate & GUEST_PSTATE_BAD)
		return 1;
	fpsimd = parse_records(frame);
	if (!fpsimd || restore_fpsimd(c, fpsimd) != 0)
		return 1;
	return 0;
}
