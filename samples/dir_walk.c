/*
 * dir_walk.c -- walking a directory tree built in a scratch directory (the
 * argument): nftw (depth-first, physical, with depth and type per entry),
 * scandir with alphasort and a filter, glob with brace-free patterns,
 * chdir/getcwd/fchdir round trips and realpath through a symlink.  Paths are
 * printed relative to the scratch directory.
 * Usage: dir_walk DIR
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <ftw.h>
#include <glob.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char lines[128][PATH_MAX + 64];
static int nlines;

static int cmp_line(const void *a, const void *b) { return strcmp(a, b); }

static int visit(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
	const char *kind = type == FTW_F ? "file" : type == FTW_D ? "dir" : type == FTW_DP ? "dir(post)"
			 : type == FTW_SL ? "symlink" : "other";
	if (nlines < 128)
		snprintf(lines[nlines++], sizeof lines[0], "%-28s level=%d %-9s size=%lld", path,
			 ftw->level, kind, S_ISDIR(st->st_mode) ? 0LL : (long long)st->st_size);
	return 0;
}

static void make_tree(void)
{
	static const char *const dirs[] = { "tree", "tree/src", "tree/src/lib", "tree/doc",
					     "tree/empty" };
	static const char *const files[] = { "tree/README", "tree/src/main.c", "tree/src/util.c",
					     "tree/src/util.h", "tree/src/lib/x.c", "tree/doc/guide.txt" };
	for (size_t i = 0; i < sizeof dirs / sizeof dirs[0]; i++)
		mkdir(dirs[i], 0755);
	for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
		FILE *f = fopen(files[i], "w");
		for (size_t k = 0; k <= i * 3; k++)
			fputs(files[i], f);
		fclose(f);
	}
	symlink("src/lib", "tree/liblink");
}

static int only_c(const struct dirent *e)
{
	size_t n = strlen(e->d_name);
	return n > 2 && strcmp(e->d_name + n - 2, ".c") == 0;
}

int main(int argc, char **argv)
{
	if (argc != 2 || chdir(argv[1]) != 0) {
		fprintf(stderr, "usage: dir_walk DIR (an existing scratch directory)\n");
		return 2;
	}
	char root[PATH_MAX];
	if (!getcwd(root, sizeof root))
		return 1;
	make_tree();
	nftw("tree", visit, 8, FTW_PHYS);
	qsort(lines, (size_t)nlines, sizeof lines[0], cmp_line);
	for (int i = 0; i < nlines; i++)
		printf("nftw: %s\n", lines[i]);
	nlines = 0;
	nftw("tree", visit, 8, FTW_PHYS | FTW_DEPTH);
	printf("nftw FTW_DEPTH: %d entries, last is %s\n", nlines, lines[nlines - 1]);

	struct dirent **list;
	int n = scandir("tree/src", &list, only_c, alphasort);
	printf("scandir tree/src *.c: %d:", n);
	for (int i = 0; i < n; i++) {
		printf(" %s", list[i]->d_name);
		free(list[i]);
	}
	printf("\n");
	free(list);

	glob_t g;
	int rc = glob("tree/*/*.[ch]", 0, NULL, &g);
	printf("glob tree/*/*.[ch]: rc=%d n=%zu:", rc, g.gl_pathc);
	for (size_t i = 0; i < g.gl_pathc; i++)
		printf(" %s", g.gl_pathv[i]);
	printf("\n");
	globfree(&g);
	printf("glob no match: %d (GLOB_NOMATCH=%d)\n", glob("tree/*.zzz", 0, NULL, &g), GLOB_NOMATCH);

	int here = open(".", O_RDONLY | O_DIRECTORY);
	chdir("tree/src/lib");
	char cwd[PATH_MAX];
	getcwd(cwd, sizeof cwd);
	printf("getcwd after chdir: %s\n", strncmp(cwd, root, strlen(root)) == 0 ? cwd + strlen(root) : cwd);
	fchdir(here);
	getcwd(cwd, sizeof cwd);
	printf("back with fchdir: %d\n", strcmp(cwd, root) == 0);
	close(here);
	char real[PATH_MAX];
	if (realpath("tree/liblink/../util.h", real))
		printf("realpath via symlink: %s\n", real + strlen(root));
	printf("realpath of a missing file: %s\n", realpath("tree/nope/x", real) ? "found" : "NULL");
	return 0;
}
