/* cli_probe.c -- a guest for the command-line tests: prints its argv, the
 * environment variables named in CLI_SHOW (comma separated), with CLI_EXE
 * set AT_EXECFN and /proc/self/exe, and the descriptor number its first
 * open() gets.  "reexec" as the first argument: print "ready", wait for a
 * byte on stdin, then execute itself again with "after". */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	const char *show = getenv("CLI_SHOW");
	char buf[256], *name, *save = NULL;
	int i;

	if (argc > 1 && strcmp(argv[1], "reexec") == 0) {
		printf("ready\n");
		fflush(stdout);
		if (read(0, buf, 1) != 1)
			return 4;
		execl(argv[0], argv[0], "after", (char *)NULL);
		return 5;
	}
	for (i = 0; i < argc; i++)
		printf("argv[%d]=%s\n", i, argv[i]);
	if (show) {
		snprintf(buf, sizeof buf, "%s", show);
		for (name = strtok_r(buf, ",", &save); name; name = strtok_r(NULL, ",", &save)) {
			const char *v = getenv(name);
			printf("env %s=%s\n", name, v ? v : "(unset)");
		}
	}
	if (getenv("CLI_CLOSE")) {
		int fd;
		for (fd = 3; fd < 1024; fd++)
			close(fd);
		syscall(SYS_close_range, 3, ~0u, 0);
	}
	if (getenv("CLI_EXE")) {
		ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
		buf[n > 0 ? n : 0] = 0;
		printf("execfn=%s\nexe=%s\n", (const char *)getauxval(AT_EXECFN), buf);
	}
	printf("first fd=%d\n", open("/dev/null", O_RDONLY));
	return argc > 1 && strcmp(argv[1], "fail") == 0 ? 3 : 0;
}
