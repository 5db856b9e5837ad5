/*
 * binfmt.c -- runforeign as the kernel's handler for AArch64 ELF files
 * (binfmt_misc), so that `./prog` of an arm64 program just runs.
 *
 * `runforeign --binfmt register[=FLAGS]` writes one rule to
 * /proc/sys/fs/binfmt_misc/register (format: Linux
 * Documentation/admin-guide/binfmt-misc.rst):
 *   :runforeign-aarch64:M::MAGIC:MASK:/path/to/runforeign:FLAGS
 * MAGIC/MASK match the first 20 bytes of an ELF header: e_ident for
 * ELFCLASS64, ELFDATA2LSB, EV_CURRENT (any OS ABI), then e_type ET_EXEC or
 * ET_DYN (the mask clears bit 0 of 2/3) and e_machine EM_AARCH64 (183).
 *
 * FLAGS must contain P and O (default POF):
 *   P  preserve argv[0]: the kernel starts runforeign as
 *      `runforeign FULLPATH ARGV0 ARGS...` (without P the guest's own
 *      argv[0] would be lost);
 *   O  open-binary: the kernel opens the program itself and passes the fd
 *      as AT_EXECFD in runforeign's auxiliary vector, so programs that are
 *      executable but not readable run, and so runforeign can tell that it
 *      was started by binfmt_misc (AT_EXECFD appears only then) and must
 *      read its argv the P way;
 *   F  fix binary: the kernel opens runforeign at registration, so the rule
 *      keeps working inside chroots and mount namespaces.
 * Rules without O (Debian's update-binfmts has no open-binary field) can
 * still preserve argv[0]: their interpreter is a link to runforeign named
 * runforeign-binfmt-P (tools/binfmt/runforeign-aarch64), and that name
 * alone selects the P argv layout.
 * C (credentials from the program: setuid/setgid arm64 programs would run
 * with those privileges) is refused: runforeign runs the guest in its own
 * address space and cannot protect itself from the program it runs, so it
 * is no security boundary.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <unistd.h>
#include "loader/loader.h"
#include "xlate/rf.h"

#define BINFMT_DIR "/proc/sys/fs/binfmt_misc"
#define BINFMT_NAME "runforeign-aarch64"
#define BINFMT_DEFAULT_FLAGS "POF"

/* The first 20 bytes of an AArch64 ELF header and which bits must match. */
static const unsigned char binfmt_magic[20] = {
	0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 183, 0,
};
static const unsigned char binfmt_mask[20] = {
	0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x00, 0xff, 0xff,
	0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xfe, 0xff, 0xff, 0xff,
};

/* Check FLAGS; NULL if acceptable, else why not. */
static const char *binfmt_check_flags(const char *flags)
{
	const char *f;

	for (f = flags; *f; f++) {
		if (*f == 'C')
			return "flag C is refused: it would run setuid/setgid arm64 programs with "
			       "their privileges, and runforeign is no security boundary (the guest "
			       "shares its address space)";
		if (!strchr("POF", *f))
			return "unknown flag (known: P, O, F)";
	}
	if (!strchr(flags, 'P') || !strchr(flags, 'O'))
		return "flags P and O are both needed (runforeign recognises a binfmt_misc "
		       "start by AT_EXECFD, which O provides, and then reads argv the P way; "
		       "for other flags register a link named runforeign-binfmt-P by hand)";
	return NULL;
}

/* Append bytes as \xHH escapes (the register file's notation). */
static size_t binfmt_hex(char *out, const unsigned char *b, size_t n)
{
	size_t i, len = 0;

	for (i = 0; i < n; i++)
		len += (size_t)sprintf(out + len, "\\x%02x", b[i]);
	return len;
}

/* Write string s to the binfmt_misc file name; 0 or prints why. */
static int binfmt_write(const char *name, const char *s)
{
	char path[128];
	int fd, e;
	ssize_t w;

	snprintf(path, sizeof path, BINFMT_DIR "/%s", name);
	fd = open(path, O_WRONLY | O_CLOEXEC);
	if (fd < 0) {
		e = errno;
		fprintf(stderr, "runforeign: %s: %s%s\n", path, strerror(e),
			e == ENOENT ? " (mount it: mount -t binfmt_misc binfmt_misc " BINFMT_DIR ")" :
			e == EACCES || e == EPERM ? " (needs root)" : "");
		return 1;
	}
	w = write(fd, s, strlen(s));
	e = errno;
	close(fd);
	if (w != (ssize_t)strlen(s)) {
		fprintf(stderr, "runforeign: writing %s: %s%s\n", path,
			w < 0 ? strerror(e) : "short write",
			e == EEXIST ? " (already registered: runforeign --binfmt unregister)" : "");
		return 1;
	}
	return 0;
}

static int binfmt_register(const char *flags)
{
	char self[PATH_MAX], rule[PATH_MAX + 256];
	const char *why = binfmt_check_flags(flags);
	size_t len;

	if (why) {
		fprintf(stderr, "runforeign: --binfmt register=%s: %s\n", flags, why);
		return RF_EXIT_USAGE;
	}
	if (!realpath("/proc/self/exe", self)) {
		perror("runforeign: /proc/self/exe");
		return 1;
	}
	len = (size_t)sprintf(rule, ":" BINFMT_NAME ":M::");
	len += binfmt_hex(rule + len, binfmt_magic, sizeof binfmt_magic);
	rule[len++] = ':';
	len += binfmt_hex(rule + len, binfmt_mask, sizeof binfmt_mask);
	snprintf(rule + len, sizeof rule - len, ":%s:%s", self, flags);
	if (binfmt_write("register", rule) != 0)
		return 1;
	printf("registered %s: AArch64 ELF programs run with %s (flags %s)\n", BINFMT_NAME, self,
	       flags);
	return 0;
}

static int binfmt_status(void)
{
	char buf[4096];
	FILE *f;
	size_t n;

	if (access(BINFMT_DIR "/register", F_OK) != 0) {
		printf("binfmt_misc is not mounted at " BINFMT_DIR "\n");
		return 1;
	}
	f = fopen(BINFMT_DIR "/" BINFMT_NAME, "r");
	if (!f) {
		printf("%s is not registered\n", BINFMT_NAME);
		return 1;
	}
	n = fread(buf, 1, sizeof buf - 1, f);
	fclose(f);
	buf[n] = '\0';
	printf("%s is registered:\n%s", BINFMT_NAME, buf);
	return 0;
}

int loader_binfmt(const char *action)
{
	if (strcmp(action, "register") == 0)
		return binfmt_register(BINFMT_DEFAULT_FLAGS);
	if (strncmp(action, "register=", 9) == 0)
		return binfmt_register(action + 9);
	if (strcmp(action, "unregister") == 0) {
		if (binfmt_write(BINFMT_NAME, "-1") != 0)
			return 1;
		printf("unregistered %s\n", BINFMT_NAME);
		return 0;
	}
	if (strcmp(action, "status") == 0)
		return binfmt_status();
	fprintf(stderr, "runforeign: --binfmt %s: unknown action (register[=FLAGS], unregister, "
		"status)\n", action);
	return RF_EXIT_USAGE;
}

int loader_binfmt_exec_fd(void)
{
	unsigned long fd;

	errno = 0;
	fd = getauxval(AT_EXECFD);
	if (errno != 0 || fd > INT_MAX)
		return -1;
	return (int)fd;
}

int loader_binfmt_p_name(const char *argv0)
{
	const char *base = argv0 ? strrchr(argv0, '/') : NULL;

	base = base ? base + 1 : argv0;
	return base && strcmp(base, "runforeign-binfmt-P") == 0;
}
