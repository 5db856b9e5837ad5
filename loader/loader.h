/*
 * loader.h -- what the loader's files share: the options, the loaded guest
 * image, and the steps of starting a guest program.
 */
#ifndef RF_LOADER_LOADER_H
#define RF_LOADER_LOADER_H

#include <stdint.h>
#include <stdio.h>
#include <gelf.h>
#include <sys/types.h>
#include "xlate/cpu.h"

/* The command line and its RUNFOREIGN_* environment twins. */
struct rf_options {
	const char *program;      /* PROGRAM as given */
	char **args;              /* guest argv[1..], NULL-terminated */
	const char *argv0;        /* -0: argv[0] for the guest, else PROGRAM */
	char **env;               /* guest environment (malloc'd, NULL-terminated) */
	int strace;               /* --strace */
	const char *log_file;     /* -D FILE for --strace and -d output */
	unsigned log_flags;       /* -d items (XLATE_LOG_*) */
	int stats;                /* --stats */
	const char *sysroot;      /* -L DIR */
	const char *binfmt;       /* --binfmt ACTION, or NULL */
	int exec_fd;              /* started by binfmt_misc: the program's fd (AT_EXECFD), else -1 */
};

/* loader_parse_options -- fill o from argv and the environment.  Prints
 * help/version and exits 0 for --help/--version; on a usage error prints
 * one line and exits RF_EXIT_USAGE. */
void loader_parse_options(struct rf_options *o, int argc, char **argv, char **envp);

/* loader_binfmt -- carry out --binfmt ACTION (register[=FLAGS],
 * unregister, status; see binfmt.c); returns the exit status. */
int loader_binfmt(const char *action);

/* loader_binfmt_exec_fd -- the AT_EXECFD that binfmt_misc's O flag passes
 * to runforeign, or -1 when runforeign was started some other way. */
int loader_binfmt_exec_fd(void);

/* loader_binfmt_p_name -- whether argv0 names runforeign by its binfmt_misc
 * P-flag alias (a link named runforeign-binfmt-P, for rules without O). */
int loader_binfmt_p_name(const char *argv0);

/* loader_exec_fd -- when >= 0, loader_load_elf reads the main program from
 * this fd instead of opening its path (binfmt_misc O flag). */
extern int loader_exec_fd;

/* A loaded ELF image. */
struct rf_image {
	uint64_t entry;           /* guest entry point (load bias applied) */
	uint64_t bias;            /* load bias (0 for ET_EXEC) */
	uint64_t phdr;            /* guest address of the program headers, or 0 */
	uint32_t phent, phnum;
	uint64_t lo, hi;          /* guest span [lo, hi) of the PT_LOAD segments */
	uint64_t brk;             /* initial program break (page aligned end) */
	uint64_t start;           /* where execution starts: entry, or the interpreter's */
	uint64_t interp_base;     /* AT_BASE: the interpreter's load bias, or 0 */
};

/* The validated contents of an ELF file, before anything is mapped. */
#define RF_MAX_PHNUM 512
struct rf_elf_info {
	GElf_Ehdr eh;
	size_t phnum;
	size_t nloads;
	GElf_Phdr loads[RF_MAX_PHNUM]; /* PT_LOAD headers with p_memsz > 0, ascending */
	uint64_t phdr;            /* PT_PHDR's p_vaddr, or 0 */
	uint64_t lo, hi;          /* page-aligned span of the PT_LOAD segments (unbiased) */
	char interp[4096];        /* PT_INTERP path, or "" */
};

/* loader_fail -- print "runforeign: PATH: reason" on one line and return
 * status (an RF_EXIT_* value). */
int loader_fail(const char *path, int status, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* loader_script -- when o->program is a "#!" script, rewrite o as the
 * kernel's binfmt_script would (interpreter, its one optional argument,
 * the script's path, then the arguments; -0 is dropped as argv[0] is the
 * interpreter's name) so that the interpreter, an AArch64 program, runs;
 * an interpreter for the host is executed directly.  0, or prints why
 * and returns RF_EXIT_NOENT / RF_EXIT_NOEXEC. */
int loader_script(struct rf_options *o);

/* loader_parse_elf -- validate the AArch64 ELF file open on fd (size
 * fsize) without mapping anything.  0, or prints "runforeign: PATH: reason"
 * and returns RF_EXIT_NOEXEC.  Safe on any input. */
int loader_parse_elf(const char *path, int fd, off_t fsize, struct rf_elf_info *info);

/* loader_load_elf -- validate and map the AArch64 ELF program at path
 * and, if it names an interpreter (PT_INTERP), the interpreter found under
 * sysroot (NULL: the host root).  Returns 0, or prints "runforeign: PATH:
 * reason" and returns RF_EXIT_NOENT or RF_EXIT_NOEXEC. */
int loader_load_elf(const char *path, const char *sysroot, struct rf_image *img);

/* loader_find_sysroot -- the sysroot to use: dir if given, else the first
 * of the documented defaults that exists (the Debian/Ubuntu cross root
 * /usr/aarch64-linux-gnu, ...), else NULL for the host root. */
const char *loader_find_sysroot(const char *dir);

/* loader_build_stack -- map the initial guest stack and fill it as the
 * arm64 kernel does (argc, argv, envp, auxv, strings, AT_RANDOM bytes);
 * sets c->sp.  Returns 0, or an RF_EXIT_* status after printing why. */
int loader_build_stack(struct cpu *c, const struct rf_image *img,
		       const struct rf_options *o, const char *execfn);

#endif
