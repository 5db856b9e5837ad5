/*
 * exec.c -- execve: the new program replaces this process by running
 * runforeign again on it, with the guest's arguments and environment.
 *
 * The checks the kernel makes before the point of no return are made here
 * first, so failures reach the guest as its errno: the file must exist
 * (ENOENT) and be a regular executable file (EACCES).  An AArch64 ELF runs
 * under runforeign; a "#!" script whose interpreter is an AArch64 ELF runs
 * that interpreter under runforeign, with the argument list built as
 * fs/binfmt_script.c builds it.  Anything else (a host program, a script
 * for a host interpreter) is handed to the host's execve, as on a machine
 * where binfmt_misc runs foreign binaries: the host kernel runs it or
 * answers with its errno.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#include "syscall/signal.h"
#include "syscall/syscall.h"
#include "syscall/uarg.h"

#define EM_AARCH64_ 183
/* Bound on argv/envp entries copied (the kernel's is the stack limit). */
#define MAX_VEC 0x40000

static void free_vec(char **v)
{
	size_t i;

	for (i = 0; v && v[i]; i++)
		free(v[i]);
	free(v);
}

/* The kernel's limits (fs/exec.c): MAX_ARG_STRLEN per string, and all
 * strings together within a quarter of the stack limit. */
#define MAX_ARG_STRLEN_ (32 * 4096)

static uint64_t arg_space(void)
{
	struct rlimit rl;

	if (getrlimit(RLIMIT_STACK, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY)
		return 6ull << 20;
	return rl.rlim_cur / 4 > MAX_ARG_STRLEN_ ? rl.rlim_cur / 4 : MAX_ARG_STRLEN_;
}

/* Copy the guest's NULL-terminated string vector at p (NULL p: empty);
 * *space is what the strings may still use. */
static long copy_vec(guest_addr_t p, char ***out, uint64_t *space)
{
	size_t n = 0, cap = 16;
	char **v = calloc(cap, sizeof *v), *tmp = malloc(MAX_ARG_STRLEN_);
	uint64_t s;
	long len = 0;

	if (!v || !tmp) {
		free(v);
		free(tmp);
		return -ENOMEM;
	}
	for (; p; n++) {
		if (gmem_read(&s, p + n * 8, 8)) {
			len = -EFAULT;
			break;
		}
		if (!s)
			break;
		if (n + 2 > cap) {
			char **nv = n + 2 > MAX_VEC ? NULL : realloc(v, cap * 2 * sizeof *v);
			if (!nv) {
				len = -E2BIG;
				break;
			}
			v = nv;
			cap *= 2;
			memset(v + n, 0, (cap - n) * sizeof *v);
		}
		len = gmem_strcpy(tmp, MAX_ARG_STRLEN_, s);
		if (len == -ENAMETOOLONG || (len >= 0 && (uint64_t)len + 1 + 8 > *space))
			len = -E2BIG;
		if (len < 0 || !(v[n] = strdup(tmp))) {
			len = len < 0 ? len : -ENOMEM;
			break;
		}
		*space -= (uint64_t)len + 1 + 8;
		len = 0;
	}
	free(tmp);
	if (len < 0) {
		free_vec(v);
		return len;
	}
	*out = v;
	return (long)n;
}

long sys_exec_classify(const char *path, int need_exec, char *line, size_t cap)
{
	unsigned char h[256];
	struct stat st;
	ssize_t n;
	int fd = open(path, O_RDONLY | O_CLOEXEC);

	if (fd < 0)
		return -errno;
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode) || (need_exec && access(path, X_OK) < 0)) {
		close(fd);
		return -EACCES;
	}
	n = read(fd, h, sizeof h - 1);
	close(fd);
	if (n >= 20 && memcmp(h, "\177ELF", 4) == 0 && h[4] == 2 && h[5] == 1 &&
	    (h[18] | h[19] << 8) == EM_AARCH64_)
		return SYS_EXEC_A64;
	if (n >= 2 && h[0] == '#' && h[1] == '!') {
		char *nl;
		h[n] = 0;
		nl = memchr(h, '\n', (size_t)n);
		if (nl)
			*nl = 0;
		snprintf(line, cap, "%s", (char *)h + 2);
		return SYS_EXEC_SCRIPT;
	}
	return SYS_EXEC_OTHER;
}

long sys_exec_script_args(char *line, char **interp, char **arg)
{
	char *p = line, *e;

	while (*p == ' ' || *p == '\t')
		p++;
	if (!*p)
		return -ENOEXEC;
	*interp = p;
	while (*p && *p != ' ' && *p != '\t')
		p++;
	*arg = NULL;
	if (*p) {
		*p++ = 0;
		while (*p == ' ' || *p == '\t')
			p++;
		e = p + strlen(p);
		while (e > p && (e[-1] == ' ' || e[-1] == '\t'))
			*--e = 0;
		if (*p)
			*arg = p;
	}
	return 0;
}

void sys_exec_interp_path(const char *interp, char *out, size_t cap)
{
	char full[PATH_MAX];
	struct stat st;

	snprintf(out, cap, "%s", interp);
	if (rf_proc.sysroot && interp[0] == '/' &&
	    (size_t)snprintf(full, sizeof full, "%s%s", rf_proc.sysroot, interp) < sizeof full &&
	    stat(full, &st) == 0)
		snprintf(out, cap, "%s", full);
}

/* execve with the guest's signal state handed over (sig_exec_prepare());
 * returns -errno on failure. */
static long exec_host(const char *path, char **argv, char **env)
{
	int e;

	sig_exec_prepare();
	execve(path, argv, env);
	e = errno;
	sig_exec_failed();
	return -e;
}

/* Build runforeign's command line and exec it; returns -errno on failure. */
static long exec_self(const char *prog, const char *argv0, char **args, size_t nargs,
		      char **env)
{
	char self[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
	char **hv = calloc(nargs + 12, sizeof *hv);
	size_t k = 0, i;
	long r;

	if (n < 0 || !hv) {
		free(hv);
		return n < 0 ? -errno : -ENOMEM;
	}
	self[n] = 0;
	hv[k++] = self;
	if (rf_proc.strace == stderr)
		hv[k++] = "--strace";
	if (rf_proc.sysroot) {
		hv[k++] = "-L";
		hv[k++] = (char *)rf_proc.sysroot;
	}
	hv[k++] = "-0";
	hv[k++] = (char *)argv0;
	hv[k++] = "--";
	hv[k++] = (char *)prog;
	for (i = 0; i < nargs; i++)
		hv[k++] = args[i];
	hv[k] = NULL;
	if (rf_proc.strace)
		fflush(rf_proc.strace);
	/* The running binary itself, even if its file was replaced since. */
	r = exec_host("/proc/self/exe", hv, env);
	free(hv);
	return r;
}

long sys_execve(struct cpu *c, const uint64_t *a)
{
	char path[PATH_MAX], line[256];
	char **argv = NULL, **envp = NULL, *interp, *iarg;
	uint64_t space = arg_space();
	long r, nargs;

	if ((r = sys_lookup_path(path, a[0])) < 0)
		return r;
	if (rf_proc.exe_path && sys_is_proc_self_exe(AT_FDCWD, path))
		snprintf(path, sizeof path, "%s", rf_proc.exe_path);
	if ((nargs = copy_vec(a[1], &argv, &space)) < 0)
		return nargs;
	if ((r = copy_vec(a[2], &envp, &space)) < 0)
		goto out;
	/* A vfork child's successful exec leaves these in the parent's
	 * memory: the parent frees them (sys_exec_release()). */
	sys_thread.exec_argv = argv;
	sys_thread.exec_envp = envp;
	r = sys_exec_classify(path, 1, line, sizeof line);
	if (r == SYS_EXEC_A64) {
		r = exec_self(path, nargs ? argv[0] : "", nargs ? argv + 1 : argv,
			      nargs ? (size_t)nargs - 1 : 0, envp);
	} else if (r == SYS_EXEC_SCRIPT && (r = sys_exec_script_args(line, &interp, &iarg)) == 0) {
		/* New argv: interp [arg] path argv[1..]. */
		char **sv = calloc((size_t)nargs + 3, sizeof *sv), ipath[PATH_MAX];
		size_t k = 0, i;
		if (!sv) {
			r = -ENOMEM;
			goto out;
		}
		if (iarg)
			sv[k++] = iarg;
		sv[k++] = path;
		for (i = 1; i < (size_t)nargs; i++)
			sv[k++] = argv[i];
		sys_exec_interp_path(interp, ipath, sizeof ipath);
		if (sys_exec_classify(ipath, 1, line, sizeof line) == SYS_EXEC_A64)
			r = exec_self(ipath, interp, sv, k, envp);
		else
			r = exec_host(path, argv, envp);
		free(sv);
	} else if (r == SYS_EXEC_OTHER || r == SYS_EXEC_SCRIPT) {
		r = exec_host(path, argv, envp);
	}
out:
	sys_thread.exec_argv = sys_thread.exec_envp = NULL;
	free_vec(argv);
	free_vec(envp);
	return r;
}

void sys_exec_release(void)
{
	free_vec(sys_thread.exec_argv);
	free_vec(sys_thread.exec_envp);
	sys_thread.exec_argv = sys_thread.exec_envp = NULL;
}
