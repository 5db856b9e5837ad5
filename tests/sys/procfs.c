/*
 * procfs.c -- the /proc files that describe the process itself must
 * describe the guest, not the emulator: /proc/self/maps (the program, the
 * heap, the stack, new and removed mappings, file offsets), exe, cmdline,
 * environ, auxv, comm (the task name) and /proc/cpuinfo.  Printed as properties that hold on
 * any Linux machine, since addresses and CPU details differ.
 */
#include "sys_test.h"
#include <elf.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <unistd.h>

extern char **environ;

static char maps[1 << 16];

static void read_maps(void)
{
	int fd = open("/proc/self/maps", O_RDONLY);
	ssize_t n = fd >= 0 ? read(fd, maps, sizeof maps - 1) : -1;

	maps[n > 0 ? n : 0] = 0;
	close(fd);
}

/* The maps line containing address p, or NULL (copied to line). */
static char *line_of(const void *p, char *line, size_t cap)
{
	char *s = maps;
	unsigned long long lo, hi;

	while (*s) {
		char *nl = strchr(s, '\n');
		if (sscanf(s, "%llx-%llx", &lo, &hi) == 2 && (uintptr_t)p >= lo && (uintptr_t)p < hi) {
			size_t n = nl ? (size_t)(nl - s) : strlen(s);
			snprintf(line, cap, "%.*s", (int)(n < cap ? n : cap - 1), s);
			return line;
		}
		if (!nl)
			break;
		s = nl + 1;
	}
	return NULL;
}

static void test_maps(const char *exe)
{
	char line[512], *l;
	int stackvar = 0, fd;
	char *heap = malloc(100), *m, *fm;

	read_maps();
	l = line_of((void *)&test_maps, line, sizeof line);
	says("code line is r-xp", l && strstr(l, " r-xp ") != NULL);
	says("code line names the program", l && strstr(l, exe) != NULL);
	l = line_of(&stackvar, line, sizeof line);
	says("stack line", l && strstr(l, "[stack]") != NULL);
	l = line_of(heap, line, sizeof line);
	says("heap line", l && strstr(l, "[heap]") != NULL);
	m = mmap(NULL, 3 * 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	read_maps();
	l = line_of(m + 4096, line, sizeof line);
	says("new anonymous mapping r--p", l && strstr(l, " r--p 00000000 00:00 0") != NULL);
	mprotect(m + 4096, 4096, PROT_READ | PROT_WRITE);
	read_maps();
	l = line_of(m + 4096, line, sizeof line);
	says("mprotect splits: middle rw-p", l && strstr(l, " rw-p ") != NULL);
	munmap(m, 3 * 4096);
	read_maps();
	says("munmap removes it", line_of(m + 4096, line, sizeof line) == NULL);
	fd = open(exe, O_RDONLY);
	fm = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, fd, 4096);
	read_maps();
	l = line_of(fm, line, sizeof line);
	says("file mapping shows offset and path",
	     l && strstr(l, " r--p 00001000 ") != NULL && strstr(l, exe) != NULL);
	munmap(fm, 4096);
	close(fd);
}

static void test_files(const char *exe, int argc, char **argv)
{
	char buf[8192], link[PATH_MAX];
	ssize_t n, off = 0;
	int fd, i, ok = 1, ncpu = 0;
	char **e;

	n = readlink("/proc/self/exe", link, sizeof link - 1);
	link[n > 0 ? n : 0] = 0;
	says("exe link is the program", strcmp(link, exe) == 0);
	fd = open("/proc/self/exe", O_RDONLY);
	n = read(fd, buf, 4);
	says("exe opens the program", n == 4 && memcmp(buf, ELFMAG, 4) == 0);
	close(fd);
	fd = open("/proc/self/cmdline", O_RDONLY);
	n = read(fd, buf, sizeof buf);
	close(fd);
	for (i = 0; i < argc; i++) {
		ok &= off < n && strcmp(buf + off, argv[i]) == 0;
		off += (ssize_t)strlen(argv[i]) + 1;
	}
	says("cmdline is argv", ok && off == n);
	fd = open("/proc/self/environ", O_RDONLY);
	n = read(fd, buf, sizeof buf);
	close(fd);
	for (e = environ, off = 0, ok = 1; *e; e++) {
		ok &= off < n && strcmp(buf + off, *e) == 0;
		off += (ssize_t)strlen(*e) + 1;
	}
	says("environ is the environment", ok && off == n);
	fd = open("/proc/self/auxv", O_RDONLY);
	n = read(fd, buf, sizeof buf);
	close(fd);
	ok = 0;
	for (off = 0; off + 16 <= n; off += 16) {
		uint64_t t = *(uint64_t *)(buf + off), v = *(uint64_t *)(buf + off + 8);
		if (t == AT_PAGESZ)
			ok = v == (uint64_t)getpagesize();
	}
	says("auxv has AT_PAGESZ", ok && getauxval(AT_PAGESZ) == (unsigned long)getpagesize());
	fd = open("/proc/self/comm", O_RDONLY);
	n = read(fd, buf, sizeof buf - 1);
	buf[n > 0 ? n : 0] = 0;
	close(fd);
	printf("comm: %s", buf);
	rep("open maps for writing", open("/proc/self/maps", O_WRONLY));
	fd = open("/proc/cpuinfo", O_RDONLY);
	while ((n = read(fd, buf, sizeof buf - 1)) > 0) {
		buf[n] = 0;
		for (char *p = buf; (p = strstr(p, "processor")); p++)
			ncpu++;
	}
	close(fd);
	says("cpuinfo lists the online cpus", ncpu == sysconf(_SC_NPROCESSORS_ONLN));
}

int main(int argc, char **argv)
{
	char exe[PATH_MAX];

	if (!realpath(argv[0], exe))
		return 1;
	test_maps(exe);
	test_files(exe, argc, argv);
	return 0;
}
