/*
 * fs_ops.c -- file system calls: open flags (arm64 O_DIRECTORY and
 * O_NOFOLLOW differ from x86-64), stat family, links, renames, directory
 * listing, permissions, times, truncation and the working directory.
 * Runs in a fresh scratch directory.
 */
#include "sys_test.h"
#include <dirent.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <unistd.h>

static int cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void list_dir(const char *path)
{
	DIR *d = opendir(path);
	struct dirent *e;
	char *names[32];
	int n = 0, i;

	while (d && (e = readdir(d)) && n < 32)
		names[n++] = strdup(e->d_name);
	closedir(d);
	qsort(names, n, sizeof names[0], cmp);
	printf("ls %s:", path);
	for (i = 0; i < n; i++) {
		printf(" %s", names[i]);
		free(names[i]);
	}
	printf("\n");
}

static void test_open(void)
{
	int fd;
	char buf[16] = {0};

	rep("mkdir d", mkdir("d", 0755));
	rep("mkdir d again", mkdir("d", 0755));
	fd = rep("open f creat excl", open("d/f", O_CREAT | O_EXCL | O_WRONLY, 0644));
	rep("open f creat excl again", open("d/f", O_CREAT | O_EXCL | O_WRONLY, 0644));
	rep("write f", write(fd, "hello world", 11));
	rep("lseek f end", lseek(fd, 0, SEEK_END));
	rep("lseek f bad whence", lseek(fd, 0, 42));
	rep("pwrite f", pwrite(fd, "W", 1, 6));
	rep("close f", close(fd));
	rep("close f again", close(fd));
	fd = rep("open f rdonly", open("d/f", O_RDONLY));
	rep("pread f", pread(fd, buf, 5, 6));
	printf("pread data: %s\n", buf);
	rep("write to rdonly", write(fd, "x", 1));
	says("F_GETFL is O_RDONLY", (fcntl(fd, F_GETFL) & O_ACCMODE) == O_RDONLY);
	close(fd);
	rep("open f O_DIRECTORY", open("d/f", O_RDONLY | O_DIRECTORY));
	fd = rep("open d O_DIRECTORY", open("d", O_RDONLY | O_DIRECTORY));
	close(fd);
	rep("symlink", symlink("f", "d/l"));
	rep("open l O_NOFOLLOW", open("d/l", O_RDONLY | O_NOFOLLOW));
	fd = rep("open l follow", open("d/l", O_RDONLY));
	close(fd);
	fd = rep("open f append", open("d/f", O_WRONLY | O_APPEND | O_NONBLOCK));
	says("F_GETFL append|nonblock",
	     (fcntl(fd, F_GETFL) & (O_APPEND | O_NONBLOCK)) == (O_APPEND | O_NONBLOCK));
	rep("F_SETFL 0", fcntl(fd, F_SETFL, 0));
	says("F_GETFL cleared", (fcntl(fd, F_GETFL) & (O_APPEND | O_NONBLOCK)) == 0);
	rep("F_GETFD", fcntl(fd, F_GETFD));
	rep("F_SETFD cloexec", fcntl(fd, F_SETFD, FD_CLOEXEC));
	rep("F_GETFD", fcntl(fd, F_GETFD));
	rep("flock ex", flock(fd, LOCK_EX));
	rep("flock un", flock(fd, LOCK_UN));
	rep("fsync", fsync(fd));
	rep("fdatasync", fdatasync(fd));
	close(fd);
	rep("open missing", open("d/missing", O_RDONLY));
	rep("open O_TMPFILE", (fd = open("d", O_TMPFILE | O_RDWR, 0600)) >= 0 ? 0 : -1);
	if (fd >= 0)
		close(fd);
}

static void test_stat(void)
{
	struct stat st, st2;
	struct statx sx;
	struct statfs sf;
	int fd;

	rep("stat f", stat("d/f", &st));
	printf("size %lld mode %o nlink %ld\n", (long long)st.st_size, st.st_mode,
	       (long)st.st_nlink);
	rep("lstat l", lstat("d/l", &st2));
	says("l is link", S_ISLNK(st2.st_mode));
	rep("stat l", stat("d/l", &st2));
	says("same inode through link", st.st_ino == st2.st_ino && st.st_dev == st2.st_dev);
	fd = open("d/f", O_RDONLY);
	rep("fstat", fstat(fd, &st2));
	says("fstat agrees", st2.st_ino == st.st_ino && st2.st_size == st.st_size &&
			     st2.st_mtim.tv_sec == st.st_mtim.tv_sec &&
			     st2.st_mtim.tv_nsec == st.st_mtim.tv_nsec);
	rep("fstatat empty path", fstatat(fd, "", &st2, AT_EMPTY_PATH));
	says("fstatat agrees", st2.st_ino == st.st_ino);
	rep("fstatat bad flag", fstatat(fd, "", &st2, 0x1));
	close(fd);
	rep("statx", statx(AT_FDCWD, "d/f", 0, STATX_BASIC_STATS, &sx));
	says("statx agrees", sx.stx_ino == st.st_ino && sx.stx_size == (unsigned long long)st.st_size &&
			     sx.stx_mode == st.st_mode && (sx.stx_mask & STATX_SIZE));
	rep("stat dir", stat("d", &st));
	says("d is dir", S_ISDIR(st.st_mode));
	rep("statfs", statfs("d", &sf));
	says("statfs sane", sf.f_bsize > 0 && sf.f_namelen > 0);
	rep("stat missing", stat("nope/x", &st));
	rep("stat file as dir", stat("d/f/x", &st));
}

static void test_links(void)
{
	struct stat st;
	char buf[64] = {0};

	rep("readlink", readlink("d/l", buf, sizeof buf));
	printf("readlink: %s\n", buf);
	rep("readlink short", readlink("d/l", buf, 0));
	rep("readlink file", readlink("d/f", buf, sizeof buf));
	rep("link", link("d/f", "d/h"));
	stat("d/f", &st);
	printf("nlink after link %ld\n", (long)st.st_nlink);
	rep("rename h g", rename("d/h", "d/g"));
	rep("renameat2 noreplace", renameat2(AT_FDCWD, "d/g", AT_FDCWD, "d/f", RENAME_NOREPLACE));
	rep("renameat2 exchange", renameat2(AT_FDCWD, "d/g", AT_FDCWD, "d/l", RENAME_EXCHANGE));
	list_dir("d");
	rep("unlink g", unlink("d/g"));
	rep("unlink missing", unlink("d/g"));
	rep("rmdir nonempty", rmdir("d"));
	rep("unlinkat dir", unlinkat(AT_FDCWD, "d", 0));
	rep("mkdir e", mkdir("d/e", 0700));
	rep("unlinkat removedir", unlinkat(AT_FDCWD, "d/e", AT_REMOVEDIR));
}

static void test_perms(void)
{
	struct stat st;
	struct timespec ts[2] = {{1000000000, 123456789}, {1200000000, 987654321}};

	rep("chmod 600", chmod("d/f", 0600));
	stat("d/f", &st);
	printf("mode %o\n", st.st_mode & 07777);
	rep("fchmodat 640", fchmodat(AT_FDCWD, "d/f", 0640, 0));
	stat("d/f", &st);
	printf("mode %o\n", st.st_mode & 07777);
	rep("access R_OK", access("d/f", R_OK));
	rep("access X_OK", access("d/f", X_OK));
	rep("faccessat eaccess", faccessat(AT_FDCWD, "d/f", R_OK, AT_EACCESS));
	rep("chown self", chown("d/f", getuid(), getgid()));
	rep("utimensat", utimensat(AT_FDCWD, "d/f", ts, 0));
	stat("d/f", &st);
	printf("atime %ld.%09ld mtime %ld.%09ld\n", (long)st.st_atim.tv_sec, st.st_atim.tv_nsec,
	       (long)st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
	rep("truncate 3", truncate("d/f", 3));
	stat("d/f", &st);
	printf("size %lld\n", (long long)st.st_size);
	rep("truncate negative", truncate("d/f", -1));
	printf("umask was %o\n", umask(022));
	printf("umask now %o\n", umask(022));
}

static void test_cwd(void)
{
	char buf[4096];
	char *p;

	rep("chdir d", chdir("d"));
	p = getcwd(buf, sizeof buf);
	says("getcwd ends in /d", p && strlen(p) >= 2 && strcmp(p + strlen(p) - 2, "/d") == 0);
	rep("getcwd tiny", getcwd(buf, 2) ? 0 : -1);
	rep("chdir ..", chdir(".."));
	rep("chdir file", chdir("d/f"));
	int fd = open("d", O_RDONLY | O_DIRECTORY);
	rep("fchdir", fchdir(fd));
	rep("stat f relative", access("f", F_OK));
	rep("chdir back", chdir(".."));
	close(fd);
}

static void test_bad_args(void)
{
	char longname[5000];

	memset(longname, 'a', sizeof longname - 1);
	longname[sizeof longname - 1] = 0;
	rep("open long path", open(longname, O_RDONLY));
	rep("openat bad pointer", syscall(SYS_openat, AT_FDCWD, (char *)16, O_RDONLY));
	rep("openat huge pointer", syscall(SYS_openat, AT_FDCWD, (char *)0x500000000000UL, O_RDONLY));
	rep("fstat bad buffer", syscall(SYS_fstat, 0, (void *)16));
	rep("openat bad dirfd", openat(9999, "x", O_RDONLY));
	rep("mkdirat bad pointer", syscall(SYS_mkdirat, AT_FDCWD, (char *)16, 0700));
}

int main(void)
{
	test_open();
	test_stat();
	test_links();
	test_perms();
	test_cwd();
	test_bad_args();
	return 0;
}
