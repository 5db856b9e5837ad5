/*
 * procfs.c -- the files of /proc that describe the process itself, seen
 * from the guest: /proc/self/{maps,exe,cmdline,environ,auxv} (and
 * /proc/PID/..., /proc/thread-self/...) and /proc/cpuinfo.  The host's
 * versions would describe runforeign.  Contents are generated into a
 * memfd at open time, as the kernel generates them at read time.
 * Formats: fs/proc/task_mmu.c (maps), arch/arm64/kernel/cpuinfo.c.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/sysmacros.h>
#include <unistd.h>
#include "syscall/syscall.h"
#include "syscall/uarg.h"
#include "xlate/cpu_profile.h"
#include "xlate/gmap.h"
#include "xlate/rf.h"

/* The per-process file named by path, or NULL: accepts /proc/self/NAME,
 * /proc/thread-self/NAME and /proc/<our pid>/NAME. */
static const char *self_file(const char *path)
{
	char pid[24];
	size_t n;

	if (strncmp(path, "/proc/", 6) != 0)
		return NULL;
	path += 6;
	snprintf(pid, sizeof pid, "%d/", (int)getpid());
	if (strncmp(path, "self/", 5) == 0)
		return path + 5;
	if (strncmp(path, "thread-self/", 12) == 0)
		return path + 12;
	n = strlen(pid);
	return strncmp(path, pid, n) == 0 ? path + n : NULL;
}

static int same_vma(const struct gmap_entry *a, const struct gmap_entry *b)
{
	return a->end == b->start && a->prot == b->prot && a->flags == b->flags &&
	       a->dev == b->dev && a->ino == b->ino && strcmp(a->name, b->name) == 0 &&
	       (!a->ino || a->offset + (a->end - a->start) == b->offset);
}

/* One maps line per run of entries the kernel would hold as one VMA. */
static void write_maps(FILE *f)
{
	size_t n, i, j;
	struct gmap_entry *e = gmap_snapshot(&n);

	if (!e)
		return;
	for (i = 0; i < n; i = j) {
		int len;
		for (j = i + 1; j < n && same_vma(&e[j - 1], &e[j]); j++)
			;
		len = fprintf(f, "%08llx-%08llx %c%c%c%c %08llx %02x:%02x %llu ",
			      (unsigned long long)e[i].start, (unsigned long long)e[j - 1].end,
			      e[i].prot & GMAP_R ? 'r' : '-', e[i].prot & GMAP_W ? 'w' : '-',
			      e[i].prot & GMAP_X ? 'x' : '-', e[i].flags & GMAP_SHARED ? 's' : 'p',
			      (unsigned long long)e[i].offset, major(e[i].dev), minor(e[i].dev),
			      (unsigned long long)e[i].ino);
		/* seq_setwidth(72) + seq_pad(' '): the name at column 73 or later. */
		if (e[i].name[0])
			fprintf(f, "%*s %s", len < 72 ? 72 - len : 0, "", e[i].name);
		fputc('\n', f);
	}
	free(e);
}

/* Copy guest memory [lo, hi) (the argument or environment strings). */
static void write_guest(FILE *f, guest_addr_t lo, guest_addr_t hi)
{
	char buf[4096];

	while (lo < hi) {
		size_t n = hi - lo < sizeof buf ? hi - lo : sizeof buf;
		if (gmem_read(buf, lo, n))
			return;
		fwrite(buf, 1, n, f);
		lo += n;
	}
}

/* arm64 /proc/cpuinfo: one block per online CPU, features by their
 * hwcap_str names (arch/arm64/kernel/cpuinfo.c). */
static void write_cpuinfo(FILE *f)
{
	static const char *const names[] = {
		"fp", "asimd", "evtstrm", "aes", "pmull", "sha1", "sha2", "crc32", "atomics",
		"fphp", "asimdhp", "cpuid", "asimdrdm", "jscvt", "fcma", "lrcpc", "dcpop",
		"sha3", "sm3", "sm4", "asimddp", "sha512", "sve", "asimdfhm", "dit", "uscat",
		"ilrcpc", "flagm", "ssbs", "sb", "paca", "pacg"};
	long ncpu = sysconf(_SC_NPROCESSORS_ONLN), i;
	unsigned b;

	for (i = 0; i < (ncpu > 0 ? ncpu : 1); i++) {
		fprintf(f, "processor\t: %ld\nBogoMIPS\t: %.2f\nFeatures\t:", i,
			2.0 * (double)CPU_CNTFRQ_EL0 / 1e6);
		for (b = 0; b < RF_ARRAY_SIZE(names); b++)
			if (RF_HWCAP & (1u << b))
				fprintf(f, " %s", names[b]);
		fprintf(f, "\nCPU implementer\t: 0x%02x\nCPU architecture: 8\n"
			   "CPU variant\t: 0x%x\nCPU part\t: 0x%03x\nCPU revision\t: %u\n\n",
			CPU_MIDR_IMPLEMENTER, CPU_MIDR_VARIANT, CPU_MIDR_PARTNUM, CPU_MIDR_REVISION);
	}
}

/* Generate one file into a memfd positioned at its start.  The text is
 * built in memory first: a second descriptor for stdio would take a
 * number from the guest's range, without close-on-exec, for a moment. */
static long generate(const char *which, int hflags)
{
	int fd = memfd_create(which, (hflags & O_CLOEXEC) ? MFD_CLOEXEC : 0);
	char *text = NULL;
	size_t len = 0, off = 0;
	FILE *f;

	if (fd < 0)
		return -errno;
	f = open_memstream(&text, &len);
	if (!f) {
		close(fd);
		return -ENOMEM;
	}
	if (strcmp(which, "maps") == 0)
		write_maps(f);
	else if (strcmp(which, "cmdline") == 0)
		write_guest(f, rf_proc.args_start, rf_proc.args_end);
	else if (strcmp(which, "environ") == 0)
		write_guest(f, rf_proc.env_start, rf_proc.env_end);
	else if (strcmp(which, "auxv") == 0)
		write_guest(f, rf_proc.auxv_addr, rf_proc.auxv_addr + rf_proc.auxv_len);
	else
		write_cpuinfo(f);
	if (fclose(f) != 0) {
		free(text);
		close(fd);
		return -ENOMEM;
	}
	while (off < len) {
		ssize_t n = write(fd, text + off, len - off);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			free(text);
			close(fd);
			return n < 0 ? -errno : -EIO;
		}
		off += (size_t)n;
	}
	free(text);
	lseek(fd, 0, SEEK_SET);
	return fd;
}

int sys_procfs_open(const char *path, int hflags, long *result)
{
	const char *name = self_file(path);

	if (!name && strcmp(path, "/proc/cpuinfo") != 0)
		return 0;
	if (name && strcmp(name, "exe") == 0 && rf_proc.exe_path) {
		*result = sys_host(open(rf_proc.exe_path, hflags));
		return 1;
	}
	if (name && strcmp(name, "maps") && strcmp(name, "cmdline") && strcmp(name, "environ") &&
	    strcmp(name, "auxv"))
		return 0;
	/* The files are mode 0444: only a privileged caller may open them for
	 * writing (and its writes do nothing useful, as there). */
	*result = (hflags & O_ACCMODE) != O_RDONLY && geteuid() != 0
			  ? -EACCES
			  : generate(name ? name : "cpuinfo", hflags);
	return 1;
}
