/*
 * internal_error.c -- a fault in runforeign's own code is reported as
 * "runforeign: internal error: ..." with the host pc and symbol and exit
 * status 120 (RF_EXIT_INTERNAL), never disguised as a guest signal.
 *
 * A host program linked with librf.a (no test hook in the production
 * binary): each case forks a child that installs runforeign's fault
 * handler with xlate_init() and then loads through a bad host pointer from
 * a function of its own; the parent checks the child's stderr and status.
 * Cases: no guest thread bound; a guest cpu bound but not running guest
 * code, with an address inside guest space (host NULL + 8) and one no
 * process can map (non-canonical).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "xlate/rf.h"
#include "xlate/xlate.h"

/* The faulting code; its name must appear in the report (exported for
 * dladdr, so not static). */
long sysfuzz_bad_host_load(volatile long *p);
__attribute__((noinline)) long sysfuzz_bad_host_load(volatile long *p)
{
	return *p;
}

static int run_case(const char *name, int bind_cpu, uintptr_t addr)
{
	int pfd[2];
	char out[1024];
	ssize_t n, len = 0;
	int st, ok;

	if (pipe(pfd))
		return 0;
	pid_t pid = fork();
	if (pid == 0) {
		dup2(pfd[1], 2);
		close(pfd[0]);
		xlate_init();
		if (bind_cpu)
			xlate_thread_enter(xlate_cpu_new());
		sysfuzz_bad_host_load((volatile long *)addr);
		_exit(0);
	}
	close(pfd[1]);
	while (len < (ssize_t)sizeof out - 1 &&
	       (n = read(pfd[0], out + len, sizeof out - 1 - (size_t)len)) > 0)
		len += n;
	out[len] = 0;
	close(pfd[0]);
	waitpid(pid, &st, 0);
	ok = WIFEXITED(st) && WEXITSTATUS(st) == RF_EXIT_INTERNAL &&
	     strstr(out, "runforeign: internal error: ") &&
	     strstr(out, "at host pc 0x") && strstr(out, "(sysfuzz_bad_host_load+");
	printf("%s: %s: status %#x: %s", ok ? "ok" : "FAIL", name, st, len ? out : "(no output)\n");
	return ok;
}

int main(void)
{
	int ok = 1;
	ok &= run_case("no guest thread, host NULL+8", 0, 8);
	ok &= run_case("cpu bound, not in guest code, host NULL+8", 1, 8);
	ok &= run_case("cpu bound, non-canonical address", 1, (uintptr_t)1 << 60);
	ok &= run_case("cpu bound, above the guest limit", 1, (uintptr_t)0x500000000000);
	return ok ? 0 : 1;
}
