/*
 * exec.c -- translation blocks, the block cache and the run loop.
 *
 * A block is a run of decoded instructions starting at one guest pc, ending
 * after a block-ending instruction (A64_END), an undefined word, or at the
 * end of the guest page (so a block never spans two pages' permissions).
 * Blocks live in a global hash keyed by pc plus a per-cpu direct-mapped
 * cache; invalidation bumps a generation number and retires the old blocks,
 * which are freed once no cpu can be inside one or hold one in its cache
 * (see retire_all_locked()).
 */
#include <errno.h>
#include <limits.h>
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
	unsigned retired_gen; /* set when a flush retires it */
	uint32_t n;          /* ops, including a trailing goto op if any */
	uint32_t ninsn;      /* guest instructions */
	struct a64_op ops[];
};

static struct a64_block *htab[1u << HTAB_BITS];
static pthread_mutex_t htab_lock = PTHREAD_MUTEX_INITIALIZER;
static unsigned cache_gen = 1;
/* Under htab_lock: every cpu, and the blocks flushes retired (linked
 * through hnext, newest first, each tagged with the generation its flush
 * started). */
static struct cpu *all_cpus;
static struct a64_block *retired;
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
		c->fault_addr = gaddr_untag(pc);
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
		c->fault_addr = gaddr_untag(c->pc);
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

/* The oldest generation a cpu may still hold blocks of (UINT_MAX if none). */
static unsigned oldest_active_gen_locked(void)
{
	unsigned oldest = UINT_MAX;
	struct cpu *c;

	for (c = all_cpus; c; c = c->next_cpu) {
		unsigned g = __atomic_load_n(&c->active_gen, __ATOMIC_SEQ_CST);
		if (g && g < oldest)
			oldest = g;
	}
	return oldest;
}

/* Free the retired blocks no cpu can still be using: a cpu announces the
 * generation it runs under (xlate_run()) before it looks at its caches. */
static void free_retired_locked(void)
{
	unsigned oldest = oldest_active_gen_locked();
	struct a64_block **pp = &retired, *b, *next;

	while (*pp && (*pp)->retired_gen > oldest)
		pp = &(*pp)->hnext;
	for (b = *pp; b; b = next) {
		next = b->hnext;
		free(b);
	}
	*pp = NULL;
}

static void flush_all_locked(void)
{
	unsigned gen = cache_gen + 1, i;

	for (i = 0; i < RF_ARRAY_SIZE(htab); i++) {
		struct a64_block *b = htab[i], *next;
		for (; b; b = next) {
			next = b->hnext;
			b->retired_gen = gen;
			b->hnext = retired;
			retired = b;
		}
		htab[i] = NULL;
	}
	__atomic_store_n(&cache_gen, gen, __ATOMIC_SEQ_CST);
	free_retired_locked();
}

/*
 * The translation cache is flushed whole: invalidation is rare (munmap or
 * mprotect of code, IC IVAU after writing code) and a flush is cheap to
 * reason about.  Blocks are freed only here, when the caller is between
 * runs; the other cpus notice the generation change before their next
 * lookup.  (Multi-threaded guests get deferred freeing with threads.)
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
}

void xlate_fork_done(int child)
{
	struct cpu *self = xlate_current();

	/* The child's other cpus are gone with their threads; they must not
	 * keep retired blocks alive. */
	if (child) {
		all_cpus = self;
		if (self)
			self->next_cpu = NULL;
	}
	gmap_fork_done();
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
	pthread_mutex_lock(&htab_lock);
	c->next_cpu = all_cpus;
	all_cpus = c;
	pthread_mutex_unlock(&htab_lock);
	return c;
}

static void unlink_cpu_locked(struct cpu *c)
{
	struct cpu **pp;

	for (pp = &all_cpus; *pp; pp = &(*pp)->next_cpu)
		if (*pp == c) {
			*pp = c->next_cpu;
			break;
		}
}

void xlate_cpu_free(struct cpu *c)
{
	if (!c)
		return;
	pthread_mutex_lock(&htab_lock);
	unlink_cpu_locked(c);
	pthread_mutex_unlock(&htab_lock);
	free(c->jcache);
	free(c);
}

uint64_t xlate_icount(const struct cpu *c)
{
	return c->icount;
}

/* Announce the current generation before using any cached block, then
 * check it did not move meanwhile: a flush that read the old announcement
 * keeps the blocks this cpu might still hold. */
static void announce_gen(struct cpu *c)
{
	unsigned g;

	do {
		g = __atomic_load_n(&cache_gen, __ATOMIC_SEQ_CST);
		__atomic_store_n(&c->active_gen, g, __ATOMIC_SEQ_CST);
	} while (__atomic_load_n(&cache_gen, __ATOMIC_SEQ_CST) != g);
	if (c->cache_gen != g) {
		memset(c->jcache, 0, (1u << JCACHE_BITS) * sizeof(struct a64_block *));
		c->cache_gen = g;
	}
}

int xlate_run(struct cpu *c)
{
	c->exit_reason = XLATE_EXIT_NONE;
	if (setjmp(c->exit_jmp)) {
		/* A raised exit (or a guest fault) unwound here. */
		c->in_guest = 0;
		__atomic_store_n(&c->active_gen, 0, __ATOMIC_RELEASE);
		return c->exit_reason;
	}
	announce_gen(c);
	for (;;) {
		const struct a64_block *b;
		const struct a64_op *op, *end;

		if (RF_UNLIKELY(flush_requested)) {
			flush_requested = 0;
			xlate_invalidate(0, UINT64_MAX);
		}
		if (RF_UNLIKELY(c->cache_gen != __atomic_load_n(&cache_gen, __ATOMIC_RELAXED)))
			announce_gen(c);
		if (RF_UNLIKELY(c->interrupt_request)) {
			c->exit_reason = XLATE_EXIT_INTERRUPT;
			__atomic_store_n(&c->active_gen, 0, __ATOMIC_RELEASE);
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
	c->fault_addr = gaddr_untag(addr);
	c->fault_write = write;
	c->fault_exec = 0;
	xlate_raise(c, XLATE_EXIT_ALIGN);
}
