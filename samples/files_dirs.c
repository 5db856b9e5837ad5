/*
 * files_dirs.c -- files and directories inside one scratch directory (the
 * argument, which must exist and be empty, or a fresh mkdtemp directory):
 * create/write/read/lseek/pread/pwrite, stdio streams, rename, link,
 * symlink/readlink, truncate, mkdir/rmdir, opendir/readdir (sorted), stat
 * fields that do not depend on the machine, and the errno of failing calls.
 * Only names relative to the scratch directory are printed.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int dirfd_root;

static void fail(const char *what)
{
	printf("FAILED %s: %s\n", what, strerror(errno));
	exit(1);
}

static void show_stat(const char *name)
{
	struct stat st;
	if (fstatat(dirfd_root, name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
		printf("stat %-14s -> %s\n", name, strerror(errno));
		return;
	}
	const char *type = S_ISREG(st.st_mode) ? "file" : S_ISDIR(st.st_mode) ? "dir"
			 : S_ISLNK(st.st_mode) ? "symlink" : "other";
	printf("stat %-14s -> %-7s mode=%04o", name, type, (unsigned)(st.st_mode & 07777));
	if (!S_ISDIR(st.st_mode))
		printf(" size=%lld nlink=%lu", (long long)st.st_size, (unsigned long)st.st_nlink);
	printf("\n");
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void list_dir(const char *name)
{
	int fd = openat(dirfd_root, name, O_RDONLY | O_DIRECTORY);
	DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
	if (!d)
		fail("opendir");
	char *names[64];
	int n = 0;
	struct dirent *e;
	while ((e = readdir(d)) != NULL && n < 64)
		names[n++] = strdup(e->d_name);
	closedir(d);
	qsort(names, (size_t)n, sizeof names[0], cmp_names);
	printf("ls %s:", name);
	for (int i = 0; i < n; i++) {
		printf(" %s", names[i]);
		free(names[i]);
	}
	printf("\n");
}

static void write_file(const char *name, const char *text, int times)
{
	int fd = openat(dirfd_root, name, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (fd < 0)
		fail("open for writing");
	for (int i = 0; i < times; i++)
		if (write(fd, text, strlen(text)) != (ssize_t)strlen(text))
			fail("write");
	if (close(fd) != 0)
		fail("close");
}

static void test_io(void)
{
	write_file("alpha.txt", "0123456789", 100);
	int fd = openat(dirfd_root, "alpha.txt", O_RDWR);
	char buf[32] = { 0 };
	off_t end = lseek(fd, 0, SEEK_END);
	off_t mid = lseek(fd, 495, SEEK_SET);
	ssize_t n = read(fd, buf, 10);
	printf("size=%lld mid=%lld read=%zd '%s'\n", (long long)end, (long long)mid, n, buf);
	if (pwrite(fd, "ABCDEF", 6, 998) != 6)
		fail("pwrite");
	memset(buf, 0, sizeof buf);
	n = pread(fd, buf, 20, 990);
	printf("pread after pwrite past end: %zd '%s' pos=%lld\n", n, buf,
	       (long long)lseek(fd, 0, SEEK_CUR));
	if (ftruncate(fd, 123) != 0)
		fail("ftruncate");
	close(fd);
	show_stat("alpha.txt");
	n = read(-1, buf, 1);
	printf("read(-1) = %zd errno=%s\n", n, strerror(errno));
}

static void test_stdio(void)
{
	int fd = openat(dirfd_root, "lines.txt", O_WRONLY | O_CREAT | O_EXCL, 0600);
	FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
	if (!f)
		fail("fdopen");
	for (int i = 1; i <= 50; i++)
		fprintf(f, "line %d of %d: %s\n", i, 50, i % 2 ? "odd" : "even");
	fclose(f);
	f = fdopen(openat(dirfd_root, "lines.txt", O_RDONLY), "r");
	char line[128];
	int count = 0, odd = 0;
	long chars = 0;
	while (fgets(line, sizeof line, f)) {
		count++;
		chars += (long)strlen(line);
		odd += strstr(line, "odd") != NULL;
	}
	printf("stdio: lines=%d odd=%d chars=%ld eof=%d\n", count, odd, chars, feof(f));
	fclose(f);
	show_stat("lines.txt");
}

static void test_names(void)
{
	if (mkdirat(dirfd_root, "sub", 0755) != 0 || mkdirat(dirfd_root, "sub/deeper", 0700) != 0)
		fail("mkdir");
	printf("mkdir again: %s\n", mkdirat(dirfd_root, "sub", 0755) ? strerror(errno) : "ok");
	write_file("sub/beta.dat", "beta\n", 3);
	write_file("sub/deeper/gamma", "g", 1);
	if (renameat(dirfd_root, "sub/beta.dat", dirfd_root, "sub/delta.dat") != 0)
		fail("rename");
	if (linkat(dirfd_root, "sub/delta.dat", dirfd_root, "hardlink", 0) != 0)
		fail("link");
	if (symlinkat("sub/delta.dat", dirfd_root, "symlink") != 0)
		fail("symlink");
	char target[64] = { 0 };
	ssize_t n = readlinkat(dirfd_root, "symlink", target, sizeof target - 1);
	printf("readlink: %zd '%s'\n", n, target);
	show_stat("sub/delta.dat");
	show_stat("hardlink");
	show_stat("symlink");
	show_stat("sub/deeper");
	show_stat("missing");
	list_dir(".");
	list_dir("sub");
	printf("rmdir non-empty: %s\n",
	       unlinkat(dirfd_root, "sub", AT_REMOVEDIR) ? strerror(errno) : "ok");
	printf("unlink dir: %s\n", unlinkat(dirfd_root, "sub", 0) ? strerror(errno) : "ok");
	printf("open dir for writing: %s\n",
	       openat(dirfd_root, "sub", O_WRONLY) < 0 ? strerror(errno) : "ok");
	printf("access hardlink R_OK: %d, X_OK: %d\n", faccessat(dirfd_root, "hardlink", R_OK, 0),
	       faccessat(dirfd_root, "hardlink", X_OK, 0));
}

static void cleanup(void)
{
	static const char *const files[] = { "alpha.txt", "lines.txt", "hardlink", "symlink",
					     "sub/delta.dat", "sub/deeper/gamma" };
	for (size_t i = 0; i < sizeof files / sizeof files[0]; i++)
		if (unlinkat(dirfd_root, files[i], 0) != 0)
			fail("unlink");
	if (unlinkat(dirfd_root, "sub/deeper", AT_REMOVEDIR) || unlinkat(dirfd_root, "sub", AT_REMOVEDIR))
		fail("rmdir");
	list_dir(".");
}

int main(int argc, char **argv)
{
	char tmpl[] = "/tmp/files_dirs.XXXXXX";
	const char *root = argc > 1 ? argv[1] : mkdtemp(tmpl);
	if (!root)
		fail("mkdtemp");
	umask(022);
	dirfd_root = open(root, O_RDONLY | O_DIRECTORY);
	if (dirfd_root < 0)
		fail("open scratch directory");
	test_io();
	test_stdio();
	test_names();
	cleanup();
	close(dirfd_root);
	if (argc <= 1 && rmdir(root) != 0)
		fail("rmdir scratch directory");
	return 0;
}
