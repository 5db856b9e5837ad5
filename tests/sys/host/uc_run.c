/*
 * uc_run.c -- run a static AArch64 program with Unicorn as the CPU and
 * runforeign's loader and syscall layer around it:
 *     uc_run PROGRAM [ARGS...]
 *
 * A test tool for the syscall layer: Unicorn is a reference CPU, so a
 * difference between this and the native build of a tests/sys program is
 * the syscall layer's (or the loader's), never the translator's.  Guest
 * memory is runforeign's own (identity mapped); Unicorn's view of it is
 * rebuilt from the guest mapping list (xlate/gmap.h) whenever a syscall
 * changed the list.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unicorn/unicorn.h>
#include "loader/loader.h"
#include "syscall/signal.h"
#include "syscall/syscall.h"
#include "xlate/gmap.h"
#include "xlate/gmem.h"
#include "xlate/xlate.h"

static uc_engine *uc;
static struct cpu *cpu;
static struct gmap_entry *shown; /* what Unicorn currently maps */
static size_t nshown;

static int uc_perms(int prot)
{
	int p = 0;

	if (prot & (GMAP_R | GMAP_X))
		p |= UC_PROT_READ;
	if (prot & GMAP_W)
		p |= UC_PROT_WRITE;
	if (prot & GMAP_X)
		p |= UC_PROT_EXEC;
	return p;
}

static int same_map(const struct gmap_entry *a, size_t na, const struct gmap_entry *b, size_t nb)
{
	size_t i;

	if (na != nb)
		return 0;
	for (i = 0; i < na; i++)
		if (a[i].start != b[i].start || a[i].end != b[i].end || a[i].prot != b[i].prot)
			return 0;
	return 1;
}

/* Make Unicorn's mappings equal the guest mapping list. */
static void sync_maps(void)
{
	size_t n, i;
	struct gmap_entry *now = gmap_snapshot(&n);

	if (!now) {
		fprintf(stderr, "uc_run: out of memory\n");
		exit(120);
	}
	if (shown && same_map(shown, nshown, now, n)) {
		free(now);
		return;
	}
	for (i = 0; i < nshown; i++)
		uc_mem_unmap(uc, shown[i].start, shown[i].end - shown[i].start);
	for (i = 0; i < n; i++) {
		uc_err e = uc_mem_map_ptr(uc, now[i].start, now[i].end - now[i].start,
					  uc_perms(now[i].prot), g2h(now[i].start));
		if (e != UC_ERR_OK) {
			fprintf(stderr, "uc_run: map %#llx-%#llx: %s\n",
				(unsigned long long)now[i].start, (unsigned long long)now[i].end,
				uc_strerror(e));
			exit(120);
		}
	}
	free(shown);
	shown = now;
	nshown = n;
}

static int xreg(int i)
{
	return i == 29 ? UC_ARM64_REG_X29 : i == 30 ? UC_ARM64_REG_X30 : UC_ARM64_REG_X0 + i;
}

static void on_intr(uc_engine *u, uint32_t intno, void *data)
{
	uint64_t v;
	int i;

	if (intno != 2) {
		uc_reg_read(u, UC_ARM64_REG_PC, &v);
		fprintf(stderr, "uc_run: exception %u at pc %#llx\n", intno, (unsigned long long)v);
		exit(132);
	}
	/* The general registers go both ways: signal delivery and syscall
	 * restart (sig_syscall_return) rewrite them.  Vector registers are
	 * not carried, so guest signal handlers see them zeroed. */
	for (i = 0; i <= 30; i++)
		uc_reg_read(u, xreg(i), &cpu->x[i]);
	uc_reg_read(u, UC_ARM64_REG_SP, &cpu->sp);
	uc_reg_read(u, UC_ARM64_REG_PC, &cpu->pc);
	uc_reg_read(u, UC_ARM64_REG_TPIDR_EL0, &cpu->tpidr_el0);
	v = cpu->x[0];
	sys_dispatch(cpu);
	sig_syscall_return(cpu, cpu->x[8], v);
	for (i = 0; i <= 30; i++)
		uc_reg_write(u, xreg(i), &cpu->x[i]);
	uc_reg_write(u, UC_ARM64_REG_SP, &cpu->sp);
	uc_reg_write(u, UC_ARM64_REG_PC, &cpu->pc);
	sync_maps();
}

int main(int argc, char **argv)
{
	struct rf_options o;
	struct rf_image img;
	char *noargs[1] = {NULL};
	uint64_t pc;
	uc_hook h;
	uc_err e;
	int i;

	sig_preinit(); /* the signal state an execve handed over, as main() does */
	memset(&o, 0, sizeof o);
	/* The options execve() passes to runforeign: --strace, -L, -0, --. */
	for (i = 1; i < argc && argv[i][0] == '-'; i++) {
		if (strcmp(argv[i], "--") == 0) {
			i++;
			break;
		} else if (strcmp(argv[i], "--strace") == 0) {
			o.strace = 1;
		} else if (i + 1 < argc && strcmp(argv[i], "-L") == 0) {
			o.sysroot = argv[++i];
		} else if (i + 1 < argc && strcmp(argv[i], "-0") == 0) {
			o.argv0 = argv[++i];
		} else {
			break;
		}
	}
	if (i >= argc) {
		fprintf(stderr, "usage: uc_run [--strace] [-L DIR] [-0 ARGV0] [--] PROGRAM [ARGS...]\n");
		return 125;
	}
	o.program = argv[i];
	if (!o.argv0)
		o.argv0 = o.program;
	o.args = i + 1 < argc ? argv + i + 1 : noargs;
	o.env = environ;
	xlate_init();
	if (o.strace || getenv("UC_RUN_STRACE"))
		rf_proc.strace = stderr;
	rf_proc.sysroot = loader_find_sysroot(o.sysroot);
	if (loader_load_elf(o.program, rf_proc.sysroot, &img) != 0)
		return 126;
	rf_proc.exe_path = realpath(o.program, NULL);
	rf_proc.execfn = (char *)o.program;
	rf_proc.brk_start = rf_proc.brk_cur = img.brk;
	cpu = xlate_cpu_new();
	if (!cpu || xlate_thread_enter(cpu) != 0 || loader_build_stack(cpu, &img, &o, o.program))
		return 120;
	sig_init();
	if ((e = uc_open(UC_ARCH_ARM64, UC_MODE_ARM, &uc)) != UC_ERR_OK) {
		fprintf(stderr, "uc_run: %s\n", uc_strerror(e));
		return 120;
	}
	/* The advertised CPU has LSE atomics; Unicorn's default model has not. */
	uc_ctl_set_cpu_model(uc, UC_CPU_ARM64_MAX);
	sync_maps();
	uc_reg_write(uc, UC_ARM64_REG_SP, &cpu->sp);
	uc_hook_add(uc, &h, UC_HOOK_INTR, (void *)on_intr, NULL, 1, 0);
	e = uc_emu_start(uc, img.start, 0, 0, 0);
	uc_reg_read(uc, UC_ARM64_REG_PC, &pc);
	fprintf(stderr, "uc_run: stopped at pc %#llx: %s\n", (unsigned long long)pc, uc_strerror(e));
	return 139;
}
