/*
 * rf_side.c -- the runforeign side of the differential tester: guest
 * memory set up through gmap like the loader does, and one case run with
 * xlate_run() on the interpreter.
 *
 * The code region is a memfd mapped twice: read-only at its guest address
 * (so guest stores to it fault, as on Unicorn where it is read+execute)
 * and read/write elsewhere for placing instructions.  Unicorn maps the
 * same host pages, so both sides always execute identical code.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include "tests/diff/difftest.h"
#include "xlate/gmap.h"
#include "xlate/xlate.h"

static struct cpu *rf_cpu;
static uint32_t *code_rw;
static volatile uint64_t run_icount;
static volatile int running;

static void *map_fixed(uint64_t addr, uint64_t len, int prot, int fd)
{
	int flags = MAP_FIXED_NOREPLACE | (fd >= 0 ? MAP_SHARED : MAP_PRIVATE | MAP_ANONYMOUS);
	void *p = mmap((void *)(uintptr_t)addr, len, prot, flags, fd, 0);

	if (p == MAP_FAILED || p != (void *)(uintptr_t)addr) {
		fprintf(stderr, "difftest: cannot map guest memory at %#llx\n",
			(unsigned long long)addr);
		exit(1);
	}
	return p;
}

/* A branch to itself never reaches a BRK: stop the run loop once the case
 * has retired a million instructions (the Unicorn side stops on its
 * instruction budget).  Counting instructions, not time, keeps a busy
 * machine from stopping a case that is merely descheduled. */
static void *watchdog(void *arg)
{
	(void)arg;
	for (;;) {
		usleep(10000);
		if (running && rf_cpu->icount - run_icount > 1000000)
			rf_cpu->interrupt_request = 1;
	}
	return NULL;
}

void diff_rf_init(void)
{
	int fd = memfd_create("difftest-code", 0);
	pthread_t t;
	uint64_t i;

	if (fd < 0 || ftruncate(fd, (off_t)DIFF_CODE_SIZE) != 0) {
		perror("difftest: memfd");
		exit(1);
	}
	map_fixed(DIFF_CODE_BASE, DIFF_CODE_SIZE, PROT_READ, fd);
	code_rw = mmap(NULL, DIFF_CODE_SIZE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	if (code_rw == MAP_FAILED) {
		perror("difftest: mmap");
		exit(1);
	}
	for (i = 0; i < DIFF_CODE_SIZE / 4; i++)
		code_rw[i] = DIFF_BRK0;
	code_rw[(DIFF_CLREX_STUB - DIFF_CODE_BASE) / 4] = DIFF_CLREX;
	/* Guard pages: reserved so nothing else lands there, inaccessible. */
	map_fixed(DIFF_DATA_BASE - 4096, 4096, PROT_NONE, -1);
	map_fixed(DIFF_DATA_BASE, DIFF_DATA_SIZE, PROT_READ | PROT_WRITE, -1);
	map_fixed(DIFF_DATA_BASE + DIFF_DATA_SIZE, 4096, PROT_NONE, -1);

	xlate_init();
	rf_cpu = xlate_cpu_new();
	if (!rf_cpu || xlate_thread_enter(rf_cpu) != 0) {
		fprintf(stderr, "difftest: cannot create the guest cpu\n");
		exit(1);
	}
	if (gmap_add(DIFF_CODE_BASE, DIFF_CODE_SIZE, GMAP_R | GMAP_X, GMAP_PRIVATE, 0, 0, 0, "") ||
	    gmap_add(DIFF_DATA_BASE, DIFF_DATA_SIZE, GMAP_R | GMAP_W, GMAP_PRIVATE, 0, 0, 0, "")) {
		fprintf(stderr, "difftest: gmap_add failed\n");
		exit(1);
	}
	if (pthread_create(&t, NULL, watchdog, NULL) != 0) {
		fprintf(stderr, "difftest: cannot start the watchdog\n");
		exit(1);
	}
}

uint32_t *diff_code_words(void)
{
	return code_rw;
}

void diff_rf_flush(void)
{
	xlate_invalidate(DIFF_CODE_BASE, DIFF_CODE_SIZE);
}

static void rf_load(struct cpu *c, const struct diff_regs *r)
{
	memcpy(c->x, r->x, sizeof r->x);
	c->x[31] = 0;
	c->sp = r->sp;
	c->pc = r->pc;
	c->nzcv = r->nzcv;
	c->fpcr = r->fpcr;
	c->fpsr = r->fpsr;
	c->tpidr_el0 = r->tpidr;
	memcpy(c->v, r->v, sizeof r->v);
	c->excl_size = 0;
}

static void rf_save(const struct cpu *c, struct diff_regs *r)
{
	memcpy(r->x, c->x, sizeof r->x);
	r->sp = c->sp;
	r->pc = c->pc;
	r->nzcv = c->nzcv;
	r->fpcr = c->fpcr;
	r->fpsr = c->fpsr;
	r->tpidr = c->tpidr_el0;
	memcpy(r->v, c->v, sizeof r->v);
}

static void rf_classify(const struct cpu *c, struct diff_result *out)
{
	out->detail = c->exit_reason;
	out->addr = 0;
	switch (c->exit_reason) {
	case XLATE_EXIT_BRK:
		out->exit = DIFF_EXIT_BRK;
		break;
	case XLATE_EXIT_SVC:
		out->exit = DIFF_EXIT_SVC;
		break;
	case XLATE_EXIT_UNDEF:
		out->exit = DIFF_EXIT_UNDEF;
		break;
	case XLATE_EXIT_FAULT:
		out->exit = c->fault_exec ? DIFF_EXIT_FETCH : DIFF_EXIT_FAULT;
		out->addr = c->fault_addr;
		break;
	case XLATE_EXIT_ALIGN:
		out->exit = DIFF_EXIT_ALIGN;
		out->addr = c->fault_addr;
		break;
	case XLATE_EXIT_INTERRUPT:
		out->exit = DIFF_EXIT_STOPPED;
		break;
	default:
		out->exit = DIFF_EXIT_OTHER;
		break;
	}
}

static uint32_t get_mxcsr(void)
{
	uint32_t mx;

	__asm__ volatile("stmxcsr %0" : "=m"(mx));
	return mx;
}

static void set_mxcsr(uint32_t mx)
{
	__asm__ volatile("ldmxcsr %0" : : "m"(mx));
}

void diff_rf_run(const struct diff_case *k, struct diff_result *out)
{
	struct cpu *c = rf_cpu;
	uint32_t mx = get_mxcsr();

	memcpy((void *)(uintptr_t)DIFF_DATA_BASE, k->mem, DIFF_DATA_SIZE);
	rf_load(c, &k->in);
	c->interrupt_request = 0;
	run_icount = c->icount;
	running = 1;
	xlate_run(c);
	running = 0;
	/* The host's SSE control word is the host's: an interpreter that
	 * leaves it changed breaks runforeign's own floating point (and the
	 * Unicorn side, which uses the host FPU for some operations). */
	out->host_mxcsr = get_mxcsr();
	out->host_mxcsr_before = mx;
	if (out->host_mxcsr != mx)
		set_mxcsr(mx);
	rf_save(c, &out->r);
	rf_classify(c, out);
	out->mem = (uint8_t *)(uintptr_t)DIFF_DATA_BASE;
}
