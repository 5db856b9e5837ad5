/*
 * syscall.h -- the syscall layer's interface to the loader, and what its
 * subsystem files share.
 *
 * A guest SVC arrives as an XLATE_EXIT_SVC: number in x8, arguments in
 * x0-x5, result to x0 (negative guest errno on failure).  Every syscall is
 * one row of syscall/systab.def; dispatch and --strace are generated from
 * it.  Handlers return the host convention (>= 0, or -host_errno) and
 * sys_dispatch() converts errno to the guest's at exactly one point.
 */
#ifndef RF_SYSCALL_SYSCALL_H
#define RF_SYSCALL_SYSCALL_H

#include <stdint.h>
#include <stdio.h>
#include <time.h>
#include "xlate/cpu.h"

/* Process-wide state of the guest, set up by the loader. */
struct rf_proc {
	char *exe_path;           /* absolute host path of the guest program */
	char *execfn;             /* path as given on the command line (AT_EXECFN) */
	guest_addr_t brk_start;   /* initial program break (end of the image, page aligned) */
	guest_addr_t brk_cur;     /* current program break */
	guest_addr_t stack_top;   /* highest address of the initial stack mapping */
	guest_addr_t auxv_addr;   /* where the auxiliary vector sits on the guest stack */
	uint64_t auxv_len;        /* its size in bytes, including AT_NULL */
	guest_addr_t args_start;  /* first byte of the argv strings (for /proc/self/cmdline) */
	guest_addr_t args_end;    /* one past the last argv string's NUL */
	guest_addr_t env_start, env_end; /* the environment strings */
	FILE *strace;             /* --strace output, or NULL when off */
	int log_fd;               /* the -D file's descriptor, hidden from the guest; 0: none */
	const char *sysroot;      /* -L directory, or NULL */
	int stats;                /* --stats: report at exit */
	struct timespec start_time; /* CLOCK_MONOTONIC at start, for --stats */
};

extern struct rf_proc rf_proc;

/* What the kernel keeps per task for the guest's thread library
 * (set_tid_address, set_robust_list), for the calling guest thread. */
struct sys_thread {
	guest_addr_t clear_child_tid;  /* cleared and futex-woken at thread exit */
	guest_addr_t robust_list;      /* struct robust_list_head, or 0 */
	uint64_t robust_len;
	int vfork_child;               /* a CLONE_VM|CLONE_VFORK child (thread.c) */
	char **exec_argv, **exec_envp; /* execve's copies while it runs (exec.c) */
};
extern __thread struct sys_thread sys_thread;

/* What execve would find at path (syscall/exec.c): an AArch64 ELF, a "#!"
 * script (its first line, after "#!", is copied to line), anything else,
 * or -errno (ENOENT..., EACCES for a non-regular file or, with need_exec,
 * one without execute permission). */
enum { SYS_EXEC_OTHER, SYS_EXEC_A64, SYS_EXEC_SCRIPT };
long sys_exec_classify(const char *path, int need_exec, char *line, size_t cap);

/* sys_exec_script_args -- split a "#!" line in place as the kernel's
 * binfmt_script does: the interpreter and at most one argument (NULL when
 * there is none).  0, or -ENOEXEC for an empty line. */
long sys_exec_script_args(char *line, char **interp, char **arg);

/* sys_exec_interp_path -- where a script's interpreter is: under the
 * sysroot when it exists there, else the path itself. */
void sys_exec_interp_path(const char *interp, char *out, size_t cap);

/* One row of the syscall table (syscall/systab.def). */
typedef long sys_fn(struct cpu *c, const uint64_t *a);
struct sys_row {
	const char *name;
	sys_fn *fn;
	const char *fmt;          /* --strace argument/return format, see strace.c */
};

/* The handlers, one per table row: sys_NAME(cpu, args) returns the result
 * or -host_errno. */
#define SYSCALL(nr, name, fmt) sys_fn sys_##name;
#include "syscall/systab.def"
#undef SYSCALL

/* sys_dispatch -- perform the syscall an SVC exit asked for: reads x8 and
 * x0-x5, writes x0.  Prints the --strace line when enabled.  Returns 0, or
 * 1 if the syscall requested that the thread stop (exit). */
int sys_dispatch(struct cpu *c);

/* sys_lookup -- the table row for guest syscall number nr, or NULL. */
const struct sys_row *sys_lookup(uint64_t nr);

/* sys_cpu_loop -- run a guest thread until the process exits; handles
 * every xlate exit (syscalls, faults as guest signals, interrupts).
 * Never returns. */
_Noreturn void sys_cpu_loop(struct cpu *c);

/* sys_exit_process -- end the process normally with the guest's status
 * (reports --stats first).  Never returns. */
_Noreturn void sys_exit_process(int status);

/* sys_exec_release -- free the argument and environment copies that an
 * execve of this thread's storage left behind: a vfork child's successful
 * exec replaces only the child, in memory the parent keeps. */
void sys_exec_release(void);

/* sys_mm_lock/sys_mm_unlock -- the address-space lock, for code outside
 * mm.c that maps guest memory (the signal trampoline). */
void sys_mm_lock(void);
void sys_mm_unlock(void);

/* sys_stats_report -- print the --stats line if enabled. */
void sys_stats_report(void);

/* sys_restart_block_armed -- the last sleep of this thread was
 * interrupted and can be resumed with restart_syscall (time.c). */
int sys_restart_block_armed(void);

/* sys_mm_fork_prepare / sys_mm_fork_done -- hold the memory syscalls'
 * lock across a host fork (see sig_fork_begin()). */
void sys_mm_fork_prepare(void);
void sys_mm_fork_done(void);


#endif
