/*
 * exec.c -- translation blocks, the block cache and the run loop.
 *
 * A block is a run of decoded instructions starting at one guest pc, ending
 * after a block-ending instruction (A64_END), an undefined word, or at the
 * end of the guest page (so a block never spans two pages' permissions).
 * Blocks live in a global hash keyed by pc plus a per-cpu direct-mapped
 * cache; invalidation bumps a generation number and frees the old blocks at
 * the next point where no cpu can be inside one.
 *
 * Locks: htab_lock (the hash, the retired list) is taken before gmap's
 * lock (translation asks gmap for permissions) and before cpus_lock (the
 * list of cpus, read when retired blocks are freed).  xlate_fork_prepare()
 * takes all three in that order.
 */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include "xlate/a64.h"
#include "xlate/gmap.h"
#include "xlate/interp.h"
#include "xlate/xlate.h"

#define BLOCK_MAX_INSNS 64
#define HTAB_BITS 16
#define JCACHE_BITS 12

struct a64_block {
	guest_addr_t pc;
	struct a64_block *hnext;
	uint32_t n;          /* ops, including a trailing goto op if any */
	uint32_t ninsn;      /* guest instructions */
	unsigned gen;        /* once retired: the generation that retired it */
	struct a64_op ops[];
};

static struct a64_block *htab[1u << HTAB_BITS];
static pthread_mutex_t htab_lock = PTHREAD_MUTEX_INITIALIZER;
static struct a64_block *retired;    /* flushed, not yet freed (via hnext) */
static unsigned cache_gen = 1;
/* Every cpu that exists, for the reclaim check (see reclaim_locked()). */
static struct cpu *cpus;
static pthread_mutex_t cpus_lock = PTHREAD_MUTEX_INITIALIZER;
static volatile int flush_requested;
static FILE *log_file;
static unsigned log_flags;

void xlate_set_log(FILE *f, unsigned flags)
{
	log_file = f;
	log_flags = flags;
}

static unsigned htab_hash(guest_addr_t pc)
{
	return (unsigned)((pc >> 2) * 0x9E3779B97F4A7C15ull >> (64 - HTAB_BITS));
}

/* Block-ending pseudo op: fall through to the next page / next block. */
static void op_goto_next(struct cpu *c, const struct a64_op *op)
{
	c->pc = op->pc;
}

/* Pseudo op for a word no row matches. */
static void op_undef(struct cpu *c, const struct a64_op *op)
{
	xlate_raise_undef(c, op);
}

static void log_block(const struct a64_block *b)
{
	char buf[128];
	uint32_t i;

	fprintf(log_file, "IN:\n");
	for (i = 0; i < b->ninsn; i++) {
		fprintf(log_file, "0x%016llx:  %08x      %s\n",
			(unsigned long long)b->ops[i].pc, b->ops[i].insn,
			xlate_disas(b->ops[i].insn, b->ops[i].pc, buf, sizeof buf));
	}
	fprintf(log_file, "\n");
	fflush(log_file);
}

/* Translate the block at c->pc.  Returns NULL with c's exit fields set
 * if the first instruction cannot be fetched (or pc is misaligned). */
static struct a64_block *translate(struct cpu *c)
{
	guest_addr_t pc = c->pc, page_end = (pc | (GUEST_PAGE_SIZE - 1)) + 1;
	struct a64_op ops[BLOCK_MAX_INSNS + 1];
	uint32_t n = 0;
	struct a64_block *b;
	int prot;

	if (pc & 3) {
		/* PC alignment fault: the kernel sends SIGBUS/BUS_ADRALN. */
		c->fault_addr = pc;
		c->fault_write = 0;
		c->fault_exec = 1;
		c->exit_reason = XLATE_EXIT_ALIGN;
		return NULL;
	}
	prot = gmap_prot(pc);
	while (n < BLOCK_MAX_INSNS && pc < page_end) {
		uint32_t insn;
		int row;

		if (prot < 0 || !(prot & GMAP_X) || gmem_read(&insn, pc, 4) != 0)
			break;
		row = a64_decode(insn);
		ops[n].insn = insn;
		ops[n].pc = pc;
		ops[n].pad = 0;
		if (row < 0) {
			ops[n].fn = op_undef;
			ops[n].row = A64_NROWS;
			n++;
			pc += 4;
			break;
		}
		ops[n].fn = a64_rows[row].interp;
		ops[n].row = (uint16_t)row;
		n++;
		pc += 4;
		if (a64_rows[row].flags & A64_END)
			break;
	}
	if (n == 0) {
		c->fault_addr = c->pc;
		c->fault_write = 0;
		c->fault_exec = 1;
		c->fault_kind = prot < 0 ? XLATE_FAULT_MAPERR : XLATE_FAULT_ACCERR;
		c->exit_reason = XLATE_EXIT_FAULT;
		return NULL;
	}
	b = malloc(sizeof *b + (n + 1) * sizeof(struct a64_op));
	if (!b)
		RF_PANIC("out of memory translating block at 0x%llx", (unsigned long long)c->pc);
	b->pc = c->pc;
	b->ninsn = n;
	memcpy(b->ops, ops, n * sizeof(struct a64_op));
	if (ops[n - 1].row == A64_NROWS || (a64_rows[ops[n - 1].row].flags & A64_END)) {
		b->n = n;
	} else {
		b->ops[n].fn = op_goto_next;
		b->ops[n].insn = 0;
		b->ops[n].row = A64_NROWS;
		b->ops[n].pc = pc;
		b->n = n + 1;
	}
	if (log_file && (log_flags & XLATE_LOG_IN_ASM))
		log_block(b);
	return b;
}

/* 1 if no cpu can still be executing a block retired at generation g: a
 * cpu outside xlate_run() checks the generation before its next lookup,
 * and a cpu inside it has passed a block boundary since g if it has seen
 * g (both flags are read after the generation was bumped, sequentially
 * consistent with the cpu's own updates). */
static int gen_quiet(unsigned g)
{
	struct cpu *c;
	int quiet = 1;

	pthread_mutex_lock(&cpus_lock);
	for (c = cpus; c && quiet; c = c->cpu_next)
		if (__atomic_load_n(&c->running, __ATOMIC_SEQ_CST) &&
		    (int)(__atomic_load_n(&c->cache_gen, __ATOMIC_SEQ_CST) - g) < 0)
			quiet = 0;
	pthread_mutex_unlock(&cpus_lock);
	return quiet;
}

/* Free the retired blocks no cpu can be inside any more. */
static void reclaim_locked(void)
{
	struct a64_block **pp = &retired, *b;

	if (!retired || !gen_quiet(cache_gen))
		return;
	/* Every retired block carries a generation <= cache_gen. */
	while ((b = *pp)) {
		*pp = b->hnext;
		free(b);
	}
}

static void flush_all_locked(void)
{
	unsigned i, g = __atomic_add_fetch(&cache_gen, 1, __ATOMIC_SEQ_CST);

	for (i = 0; i < RF_ARRAY_SIZE(htab); i++) {
		struct a64_block *b = htab[i], *next;
		for (; b; b = next) {
			next = b->hnext;
			b->gen = g;
			b->hnext = retired;
			retired = b;
		}
		htab[i] = NULL;
	}
	reclaim_locked();
}

/*
 * The translation cache is flushed whole: invalidation is rare (munmap or
 * mprotect of code, IC IVAU after writing code) and a flush is cheap to
 * reason about.  Other cpus may be executing a block being flushed, so the
 * blocks go to the retired list and are freed once every cpu has passed a
 * block boundary since (reclaim_locked()); the other cpus notice the
 * generation change before their next lookup.
 */
void xlate_invalidate(guest_addr_t start, uint64_t len)
{
	(void)start;
	(void)len;
	pthread_mutex_lock(&htab_lock);
	flush_all_locked();
	pthread_mutex_unlock(&htab_lock);
}

void xlate_fork_prepare(void)
{
	pthread_mutex_lock(&htab_lock);
	gmap_fork_prepare();
	pthread_mutex_lock(&cpus_lock);
}

/* The child has one thread, the caller's: the other cpus are gone, with
 * whatever they were executing, so the list keeps only the caller's (and
 * the retired blocks can go: xlate_fork_done()). */
static void forget_other_cpus(struct cpu *self)
{
	struct cpu *c, *next;

	for (c = cpus; c; c = next) {
		next = c->cpu_next;
		if (c != self) {
			free(c->jcache);
			free(c);
		}
	}
	cpus = self;
	if (self)
		self->cpu_next = NULL;
}

void xlate_fork_done(int child)
{
	if (child)
		forget_other_cpus(xlate_current());
	pthread_mutex_unlock(&cpus_lock);
	gmap_fork_done();
	if (child)
		reclaim_locked();
	pthread_mutex_unlock(&htab_lock);
}

void xlate_cache_flush_request(void)
{
	flush_requested = 1;
}

static struct a64_block *lookup(struct cpu *c)
{
	guest_addr_t pc = c->pc;
	unsigned j = (unsigned)(pc >> 2) & ((1u << JCACHE_BITS) - 1);
	struct a64_block *b = c->jcache[j];
	unsigned h;

	if (RF_LIKELY(b && b->pc == pc))
		return b;
	pthread_mutex_lock(&htab_lock);
	h = htab_hash(pc);
	for (b = htab[h]; b; b = b->hnext)
		if (b->pc == pc)
			break;
	if (!b) {
		b = translate(c);
		if (!b) {
			pthread_mutex_unlock(&htab_lock);
			longjmp(c->exit_jmp, 1);
		}
		b->hnext = htab[h];
		htab[h] = b;
	}
	pthread_mutex_unlock(&htab_lock);
	c->jcache[j] = b;
	return b;
}

struct cpu *xlate_cpu_new(void)
{
	struct cpu *c = aligned_alloc(64, (sizeof(struct cpu) + 63) & ~(size_t)63);

	if (!c)
		return NULL;
	memset(c, 0, sizeof *c);
	c->jcache = calloc(1u << JCACHE_BITS, sizeof(struct a64_block *));
	if (!c->jcache) {
		free(c);
		return NULL;
	}
	pthread_mutex_lock(&cpus_lock);
	c->cpu_next = cpus;
	cpus = c;
	pthread_mutex_unlock(&cpus_lock);
	return c;
}

static void cpu_unlink(struct cpu *c)
{
	struct cpu **pp;

	pthread_mutex_lock(&cpus_lock);
	for (pp = &cpus; *pp; pp = &(*pp)->cpu_next)
		if (*pp == c) {
			*pp = c->cpu_next;
			break;
		}
	pthread_mutex_unlock(&cpus_lock);
}

void xlate_cpu_free(struct cpu *c)
{
	if (!c)
		return;
	cpu_unlink(c);
	free(c->jcache);
	free(c);
}

uint64_t xlate_icount(const struct cpu *c)
{
	return c->icount;
}

int xlate_run(struct cpu *c)
{
	c->exit_reason = XLATE_EXIT_NONE;
	/* Before the generation is read below (see gen_quiet()). */
	__atomic_store_n(&c->running, 1, __ATOMIC_SEQ_CST);
	if (setjmp(c->exit_jmp)) {
		/* A raised exit (or a guest fault) unwound here. */
		c->in_guest = 0;
		__atomic_store_n(&c->running, 0, __ATOMIC_SEQ_CST);
		return c->exit_reason;
	}
	for (;;) {
		const struct a64_block *b;
		const struct a64_op *op, *end;
		unsigned gen;

		if (RF_UNLIKELY(flush_requested)) {
			flush_requested = 0;
			xlate_invalidate(0, UINT64_MAX);
		}
		gen = __atomic_load_n(&cache_gen, __ATOMIC_SEQ_CST);
		if (RF_UNLIKELY(c->cache_gen != gen)) {
			memset(c->jcache, 0, (1u << JCACHE_BITS) * sizeof(struct a64_block *));
			__atomic_store_n(&c->cache_gen, gen, __ATOMIC_SEQ_CST);
			if (__atomic_load_n(&retired, __ATOMIC_RELAXED)) {
				pthread_mutex_lock(&htab_lock);
				reclaim_locked();
				pthread_mutex_unlock(&htab_lock);
			}
		}
		if (RF_UNLIKELY(c->interrupt_request)) {
			c->exit_reason = XLATE_EXIT_INTERRUPT;
			__atomic_store_n(&c->running, 0, __ATOMIC_SEQ_CST);
			return c->exit_reason;
		}
		b = lookup(c);
		c->in_guest = 1;
		op = b->ops;
		end = op + b->n;
		do {
			c->cur_op = op;
			op->fn(c, op);
		} while (++op != end);
		c->in_guest = 0;
		c->icount += b->ninsn;
	}
}

_Noreturn void xlate_raise(struct cpu *c, int reason)
{
	c->exit_reason = reason;
	longjmp(c->exit_jmp, 1);
}

_Noreturn void xlate_raise_undef(struct cpu *c, const struct a64_op *op)
{
	c->pc = op->pc;
	c->exit_insn = op->insn;
	xlate_raise(c, XLATE_EXIT_UNDEF);
}

_Noreturn void xlate_raise_fault(struct cpu *c, guest_addr_t addr, int write, int kind)
{
	c->pc = c->cur_op->pc;
	c->fault_addr = addr;
	c->fault_write = write;
	c->fault_exec = 0;
	c->fault_kind = kind;
	xlate_raise(c, XLATE_EXIT_FAULT);
}

_Noreturn void xlate_raise_align(struct cpu *c, guest_addr_t addr, int write)
{
	c->pc = c->cur_op->pc;
	c->fault_addr = addr;
	c->fault_write = write;
	c->fault_exec = 0;
	xlate_raise(c, XLATE_EXIT_ALIGN);
}
