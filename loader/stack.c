/*
 * stack.c -- the initial guest stack, laid out as the arm64 kernel's
 * create_elf_tables() (fs/binfmt_elf.c) does:
 *
 *   high  8 zero bytes
 *         the program's file name (AT_EXECFN)
 *         environment strings, argument strings (argv[0] lowest)
 *         "aarch64" (AT_PLATFORM), 16 random bytes (AT_RANDOM)
 *         auxv pairs ... AT_NULL
 *         NULL, envp[], NULL, argv[], argc      <- sp (16-byte aligned)
 *   low
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <unistd.h>
#include "abi/auxv.h"
#include "loader/loader.h"
#include "syscall/syscall.h"
#include "xlate/cpu_profile.h"
#include "xlate/gmap.h"
#include "xlate/gmem.h"
#include "xlate/rf.h"

/* The stack sits at the top of guest space, below a guard gap. */
#define STACK_TOP (GUEST_ADDR_LIMIT - 0x10000)
#define STACK_DEFAULT (8ull << 20)
#define STACK_MAX (1ull << 30)
/* Minimum signal stack size for AT_MINSIGSTKSZ: the arm64 rt_sigframe
 * without SVE/SME state, rounded up (arch/arm64/kernel/signal.c). */
#define GUEST_MINSIGSTKSZ 5120

static uint64_t stack_size(void)
{
	struct rlimit rl;

	if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY) {
		if (rl.rlim_cur < (128u << 10))
			return 128u << 10;
		return rl.rlim_cur > STACK_MAX ? STACK_MAX : (rl.rlim_cur + 4095) & ~4095ull;
	}
	return STACK_DEFAULT;
}

/* Copy a string just below *p; returns its guest address. */
static guest_addr_t push_str(guest_addr_t *p, const char *s)
{
	size_t n = strlen(s) + 1;

	*p -= n;
	memcpy(g2h(*p), s, n);
	return *p;
}

static size_t vec_len(char **v)
{
	size_t n = 0;

	while (v[n])
		n++;
	return n;
}

int loader_build_stack(struct cpu *c, const struct rf_image *img,
		       const struct rf_options *o, const char *execfn)
{
	uint64_t size = stack_size(), auxv[2 * 24];
	guest_addr_t lo = STACK_TOP - size, p = STACK_TOP, execfn_addr, platform, random;
	size_t argc = 1 + vec_len(o->args), envc = vec_len(o->env), i, na = 0, items;
	guest_addr_t *argv_addr, *env_addr;
	uint8_t rnd[16];
	uint64_t *sp;

	/* As the kernel, refuse strings taking more than a quarter of the
	 * stack (E2BIG for execve). */
	uint64_t strbytes = strlen(execfn) + strlen(o->argv0) + 2;
	for (i = 0; o->args[i]; i++)
		strbytes += strlen(o->args[i]) + 1;
	for (i = 0; i < envc; i++)
		strbytes += strlen(o->env[i]) + 1;
	if (strbytes + (argc + envc + 64) * 8 > size / 4) {
		fprintf(stderr, "runforeign: %s: argument list too long\n", o->program);
		return RF_EXIT_USAGE;
	}
	if (mmap(g2h(lo), size, PROT_READ | PROT_WRITE,
		 MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE | MAP_NORESERVE, -1, 0) != g2h(lo)) {
		fprintf(stderr, "runforeign: cannot map the guest stack: %s\n", strerror(errno));
		return RF_EXIT_INTERNAL;
	}
	gmap_add(lo, size, GMAP_R | GMAP_W, GMAP_PRIVATE | GMAP_STACK, 0, 0, 0, "[stack]");
	argv_addr = calloc(argc + 1, sizeof *argv_addr);
	env_addr = calloc(envc + 1, sizeof *env_addr);
	if (!argv_addr || !env_addr) {
		fprintf(stderr, "runforeign: out of memory\n");
		return RF_EXIT_INTERNAL;
	}
	p -= 8;
	memset(g2h(p), 0, 8);
	execfn_addr = push_str(&p, execfn);
	rf_proc.env_end = p;
	for (i = envc; i-- > 0;)
		env_addr[i] = push_str(&p, o->env[i]);
	rf_proc.env_start = p;
	rf_proc.args_end = p;
	for (i = argc; i-- > 1;)
		argv_addr[i] = push_str(&p, o->args[i - 1]);
	argv_addr[0] = push_str(&p, o->argv0);
	rf_proc.args_start = p;
	p &= ~15ull;
	platform = push_str(&p, GUEST_PLATFORM);
	p -= sizeof rnd;
	if (getrandom(rnd, sizeof rnd, 0) != (ssize_t)sizeof rnd) {
		fprintf(stderr, "runforeign: getrandom failed: %s\n", strerror(errno));
		return RF_EXIT_INTERNAL;
	}
	memcpy(g2h(p), rnd, sizeof rnd);
	random = p;

#define AUX(k, v) (auxv[na++] = (k), auxv[na++] = (v))
	AUX(GUEST_AT_MINSIGSTKSZ, GUEST_MINSIGSTKSZ);
	AUX(GUEST_AT_HWCAP, RF_HWCAP);
	AUX(GUEST_AT_PAGESZ, GUEST_PAGE_SIZE);
	AUX(GUEST_AT_CLKTCK, GUEST_CLKTCK);
	AUX(GUEST_AT_PHDR, img->phdr);
	AUX(GUEST_AT_PHENT, img->phent);
	AUX(GUEST_AT_PHNUM, img->phnum);
	AUX(GUEST_AT_BASE, img->interp_base);
	AUX(GUEST_AT_FLAGS, 0);
	AUX(GUEST_AT_ENTRY, img->entry);
	AUX(GUEST_AT_UID, getuid());
	AUX(GUEST_AT_EUID, geteuid());
	AUX(GUEST_AT_GID, getgid());
	AUX(GUEST_AT_EGID, getegid());
	AUX(GUEST_AT_SECURE, 0);
	AUX(GUEST_AT_RANDOM, random);
	AUX(GUEST_AT_HWCAP2, RF_HWCAP2);
	AUX(GUEST_AT_EXECFN, execfn_addr);
	AUX(GUEST_AT_PLATFORM, platform);
	AUX(GUEST_AT_NULL, 0);
#undef AUX

	items = 1 + (argc + 1) + (envc + 1) + na;
	p = (p - items * 8) & ~15ull;
	sp = g2h(p);
	*sp++ = argc;
	for (i = 0; i < argc; i++)
		*sp++ = argv_addr[i];
	*sp++ = 0;
	for (i = 0; i < envc; i++)
		*sp++ = env_addr[i];
	*sp++ = 0;
	rf_proc.auxv_addr = h2g(sp);
	rf_proc.auxv_len = na * 8;
	memcpy(sp, auxv, na * 8);
	rf_proc.stack_top = STACK_TOP;
	c->sp = p;
	free(argv_addr);
	free(env_addr);
	return 0;
}
