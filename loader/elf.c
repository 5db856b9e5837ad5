/*
 * elf.c -- validate and map an AArch64 ELF executable (ET_EXEC or
 * static-pie ET_DYN) into guest memory.
 *
 * Parsing goes through libelf.  Every check a hostile file could fail
 * produces one line "runforeign: FILE: reason" and RF_EXIT_NOEXEC; nothing
 * in the file can make the loader crash, hang, or map outside guest space.
 * Segments are placed in one anonymous span, filled from the file with
 * pread (so .bss, including the tail of the last file page, is zero), then
 * given their protections; p_align up to 64 KiB and beyond is fine because
 * only 4 KiB congruence of vaddr and offset is needed.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <gelf.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include "loader/loader.h"
#include "xlate/gmap.h"
#include "xlate/gmem.h"
#include "xlate/rf.h"

#ifndef EM_AARCH64
#define EM_AARCH64 183
#endif

#define PAGE GUEST_PAGE_SIZE
#define PAGE_DOWN(x) ((x) & ~(PAGE - 1))
#define PAGE_UP(x) (((x) + PAGE - 1) & ~(PAGE - 1))
/* Where a position-independent (static-pie) program is placed. */
#define ET_DYN_BASE 0x2aaaaaa00000ull
/* A sane bound on an image's span: larger is a corrupt or hostile file. */
#define MAX_IMAGE_SPAN (1ull << 36)

int loader_fail(const char *path, int status, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "runforeign: %s: ", path);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	return status;
}

static const char *machine_name(unsigned m)
{
	switch (m) {
	case 3: return "x86 (i386)";
	case 40: return "32-bit Arm";
	case 62: return "x86-64";
	case 8: return "MIPS";
	case 20: return "PowerPC";
	case 21: return "PowerPC64";
	case 22: return "S/390";
	case 243: return "RISC-V";
	default: return "another architecture";
	}
}

/* Open path for reading; returns the fd, or -(exit status) after printing. */
static int open_checked(const char *path, struct stat *st)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC), e;

	if (fd < 0) {
		e = errno;
		return -loader_fail(path, e == ENOENT || e == ENOTDIR ? RF_EXIT_NOENT : RF_EXIT_NOEXEC,
			     "%s", strerror(e));
	}
	if (fstat(fd, st) < 0) {
		e = errno;
		close(fd);
		return -loader_fail(path, RF_EXIT_NOEXEC, "%s", strerror(e));
	}
	if (!S_ISREG(st->st_mode)) {
		close(fd);
		return -loader_fail(path, RF_EXIT_NOEXEC, "%s",
			     S_ISDIR(st->st_mode) ? "is a directory" : "not a regular file");
	}
	return fd;
}

int loader_exec_fd = -1;

/* Like open_checked, for a program the kernel opened already (binfmt_misc
 * flag O passes it as AT_EXECFD). */
static int fd_checked(int fd, const char *path, struct stat *st)
{
	int e;

	if (fstat(fd, st) < 0 || !S_ISREG(st->st_mode)) {
		e = errno;
		close(fd);
		return -loader_fail(path, RF_EXIT_NOEXEC, "AT_EXECFD: %s",
			     S_ISREG(st->st_mode) ? strerror(e) : "not a regular file");
	}
	fcntl(fd, F_SETFD, FD_CLOEXEC);
	return fd;
}

/* Check the ELF header; returns 0 or an exit status after printing. */
static int check_ehdr(const char *path, Elf *e, GElf_Ehdr *eh, size_t *phnum, off_t fsize)
{
	const char *ident;

	if (elf_kind(e) != ELF_K_ELF)
		return loader_fail(path, RF_EXIT_NOEXEC, "not an ELF file");
	ident = elf_getident(e, NULL);
	if (!ident)
		return loader_fail(path, RF_EXIT_NOEXEC, "truncated ELF header");
	if (ident[EI_CLASS] != ELFCLASS64)
		return loader_fail(path, RF_EXIT_NOEXEC, "not a 64-bit ELF file (%s)",
			    ident[EI_CLASS] == ELFCLASS32 ? "ELFCLASS32" : "bad EI_CLASS");
	if (ident[EI_DATA] != ELFDATA2LSB)
		return loader_fail(path, RF_EXIT_NOEXEC, "not a little-endian ELF file");
	if (!gelf_getehdr(e, eh))
		return loader_fail(path, RF_EXIT_NOEXEC, "bad ELF header (%s)", elf_errmsg(-1));
	if (eh->e_machine != EM_AARCH64)
		return loader_fail(path, RF_EXIT_NOEXEC, "not an AArch64 program (it is for %s, e_machine %u)",
			    machine_name(eh->e_machine), eh->e_machine);
	if (eh->e_type != ET_EXEC && eh->e_type != ET_DYN)
		return loader_fail(path, RF_EXIT_NOEXEC, "not an executable (e_type %u)", eh->e_type);
	if (eh->e_phentsize != sizeof(Elf64_Phdr))
		return loader_fail(path, RF_EXIT_NOEXEC, "bad program header size %u", eh->e_phentsize);
	if (eh->e_phoff > (uint64_t)fsize ||
	    (uint64_t)eh->e_phnum * sizeof(Elf64_Phdr) > (uint64_t)fsize - eh->e_phoff)
		return loader_fail(path, RF_EXIT_NOEXEC, "program headers extend past the end of the file "
			    "(truncated file?)");
	if (elf_getphdrnum(e, phnum) != 0)
		return loader_fail(path, RF_EXIT_NOEXEC, "bad program headers (%s)", elf_errmsg(-1));
	if (*phnum == 0 || *phnum > RF_MAX_PHNUM)
		return loader_fail(path, RF_EXIT_NOEXEC, "bad number of program headers (%zu)", *phnum);
	return 0;
}

/* Validate one PT_LOAD against the file and guest space. */
static int check_load(const char *path, const GElf_Phdr *ph, off_t fsize, size_t i)
{
	if (ph->p_filesz > ph->p_memsz)
		return loader_fail(path, RF_EXIT_NOEXEC, "segment %zu: file size exceeds memory size", i);
	if (ph->p_filesz > 0 &&
	    (ph->p_offset > (uint64_t)fsize || ph->p_filesz > (uint64_t)fsize - ph->p_offset))
		return loader_fail(path, RF_EXIT_NOEXEC, "segment %zu extends past the end of the file "
			    "(truncated file?)", i);
	if (ph->p_memsz > MAX_IMAGE_SPAN || ph->p_vaddr > MAX_IMAGE_SPAN * 1024)
		return loader_fail(path, RF_EXIT_NOEXEC, "segment %zu: absurd address or size", i);
	if ((ph->p_vaddr - ph->p_offset) % PAGE != 0)
		return loader_fail(path, RF_EXIT_NOEXEC, "segment %zu: address and file offset "
			    "are not congruent modulo the page size", i);
	if (ph->p_align > 1 && (ph->p_align & (ph->p_align - 1)) != 0)
		return loader_fail(path, RF_EXIT_NOEXEC, "segment %zu: alignment is not a power of two", i);
	return 0;
}

static int host_prot(int gprot)
{
	int p = 0;

	if (gprot & (GMAP_R | GMAP_X))
		p |= PROT_READ;
	if (gprot & GMAP_W)
		p |= PROT_WRITE;
	return p;
}

/* Read and check the PT_INTERP path: inside the file, NUL-terminated,
 * no embedded NUL, absolute, shorter than PATH_MAX. */
static int read_interp(const char *path, int fd, off_t fsize, const GElf_Phdr *ph,
		       struct rf_elf_info *info)
{
	if (info->interp[0])
		return loader_fail(path, RF_EXIT_NOEXEC, "more than one interpreter (PT_INTERP)");
	if (ph->p_filesz < 2 || ph->p_filesz > sizeof info->interp ||
	    ph->p_offset > (uint64_t)fsize || ph->p_filesz > (uint64_t)fsize - ph->p_offset ||
	    pread(fd, info->interp, ph->p_filesz, (off_t)ph->p_offset) != (ssize_t)ph->p_filesz ||
	    info->interp[ph->p_filesz - 1] != '\0' || strlen(info->interp) != ph->p_filesz - 1 ||
	    info->interp[0] != '/') {
		info->interp[0] = '\0';
		return loader_fail(path, RF_EXIT_NOEXEC, "bad interpreter path (PT_INTERP)");
	}
	return 0;
}

/* Collect and validate the PT_LOAD headers; fills img->lo/hi (unbiased). */
static int scan_phdrs(const char *path, Elf *e, int fd, size_t phnum, off_t fsize,
		      GElf_Phdr *loads, size_t *nloads, struct rf_elf_info *info)
{
	uint64_t prev_end = 0;
	size_t i;

	*nloads = 0;
	for (i = 0; i < phnum; i++) {
		GElf_Phdr ph;
		int r;

		if (!gelf_getphdr(e, (int)i, &ph))
			return loader_fail(path, RF_EXIT_NOEXEC, "bad program header %zu (%s)", i, elf_errmsg(-1));
		if (ph.p_type == PT_INTERP && (r = read_interp(path, fd, fsize, &ph, info)) != 0)
			return r;
		if (ph.p_type == PT_PHDR)
			info->phdr = ph.p_vaddr;
		if (ph.p_type != PT_LOAD || ph.p_memsz == 0)
			continue;
		if ((r = check_load(path, &ph, fsize, i)) != 0)
			return r;
		if (*nloads > 0 && ph.p_vaddr < prev_end)
			return loader_fail(path, RF_EXIT_NOEXEC, "segment %zu overlaps the previous one "
				    "or is out of order", i);
		prev_end = ph.p_vaddr + ph.p_memsz;
		loads[(*nloads)++] = ph;
	}
	if (*nloads == 0)
		return loader_fail(path, RF_EXIT_NOEXEC, "no loadable segments");
	info->lo = PAGE_DOWN(loads[0].p_vaddr);
	info->hi = PAGE_UP(prev_end);
	if (info->hi - info->lo > MAX_IMAGE_SPAN)
		return loader_fail(path, RF_EXIT_NOEXEC, "image spans an absurd address range");
	return 0;
}

/* Map the span, read the segments in, set protections, record in gmap. */
static int map_segments(const char *path, int fd, const struct stat *st,
			const GElf_Phdr *loads, size_t nloads, struct rf_image *img)
{
	uint64_t span = img->hi - img->lo;
	void *want = g2h(img->lo + img->bias), *got;
	uint64_t prev_t = 0, p;
	struct gmap_entry *all;
	int prev_prot = 0;
	size_t i, n;

	if (!gmem_range_ok(img->lo + img->bias, span) || img->lo + img->bias < 0x10000)
		return loader_fail(path, RF_EXIT_NOEXEC, "image address range 0x%llx-0x%llx is outside "
			    "the usable address space", (unsigned long long)(img->lo + img->bias),
			    (unsigned long long)(img->hi + img->bias));
	got = mmap(want, span, PROT_READ | PROT_WRITE,
		   MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE | MAP_NORESERVE, -1, 0);
	if (got == MAP_FAILED || got != want) {
		if (got != MAP_FAILED)
			munmap(got, span);
		return loader_fail(path, RF_EXIT_NOEXEC, "cannot map the image at 0x%llx: %s",
			    (unsigned long long)(img->lo + img->bias), strerror(errno));
	}
	for (i = 0; i < nloads; i++) {
		const GElf_Phdr *ph = &loads[i];
		uint64_t done = 0;

		while (done < ph->p_filesz) {
			ssize_t r = pread(fd, (char *)g2h(ph->p_vaddr + img->bias) + done,
					  ph->p_filesz - done, (off_t)(ph->p_offset + done));
			if (r <= 0)
				return loader_fail(path, RF_EXIT_NOEXEC, "read error: %s",
					    r < 0 ? strerror(errno) : "unexpected end of file");
			done += (uint64_t)r;
		}
	}
	/* Protections: a page shared by two segments gets both. */
	for (i = 0; i < nloads; i++) {
		const GElf_Phdr *ph = &loads[i];
		uint64_t s = PAGE_DOWN(ph->p_vaddr) + img->bias;
		uint64_t t = PAGE_UP(ph->p_vaddr + ph->p_memsz) + img->bias;
		int prot = ((ph->p_flags & PF_R) ? GMAP_R : 0) | ((ph->p_flags & PF_W) ? GMAP_W : 0) |
			   ((ph->p_flags & PF_X) ? GMAP_X : 0);

		if (i > 0 && s < prev_t) {
			if (gmap_add(s, prev_t - s, prev_prot | prot, GMAP_PRIVATE,
				     PAGE_DOWN(ph->p_offset), st->st_dev, st->st_ino, path) < 0)
				return loader_fail(path, RF_EXIT_NOEXEC, "out of memory");
			s = prev_t;
		}
		if (s < t && gmap_add(s, t - s, prot, GMAP_PRIVATE, PAGE_DOWN(ph->p_offset),
				      st->st_dev, st->st_ino, path) < 0)
			return loader_fail(path, RF_EXIT_NOEXEC, "out of memory");
		prev_t = t;
		prev_prot = prot;
	}
	/* Apply the recorded protections; holes between segments inside the
	 * span are not part of the image: unmap them, so that the host's
	 * mappings agree with gmap, which counts them as free (whoever
	 * places a mapping there later, e.g. the signal trampoline, uses
	 * MAP_FIXED_NOREPLACE and would fail on a stale PROT_NONE page). */
	all = gmap_snapshot(&n);
	if (!all)
		return loader_fail(path, RF_EXIT_NOEXEC, "out of memory");
	p = img->lo + img->bias;
	for (i = 0; i < n; i++) {
		if (all[i].end <= p || all[i].start >= img->hi + img->bias)
			continue;
		if (all[i].start > p)
			munmap(g2h(p), all[i].start - p);
		mprotect(g2h(all[i].start), all[i].end - all[i].start, host_prot(all[i].prot));
		p = all[i].end;
	}
	free(all);
	return 0;
}

int loader_parse_elf(const char *path, int fd, off_t fsize, struct rf_elf_info *info)
{
	Elf *e;
	int r;

	memset(info, 0, sizeof *info);
	if (fsize < (off_t)sizeof(Elf64_Ehdr)) {
		unsigned char magic[SELFMAG];
		if (pread(fd, magic, SELFMAG, 0) == SELFMAG && memcmp(magic, ELFMAG, SELFMAG) == 0)
			return loader_fail(path, RF_EXIT_NOEXEC, "truncated ELF header");
		return loader_fail(path, RF_EXIT_NOEXEC, "not an ELF file");
	}
	if (elf_version(EV_CURRENT) == EV_NONE)
		return loader_fail(path, RF_EXIT_INTERNAL, "libelf initialisation failed");
	e = elf_begin(fd, ELF_C_READ, NULL);
	if (!e)
		return loader_fail(path, RF_EXIT_NOEXEC, "not an ELF file (%s)", elf_errmsg(-1));
	r = check_ehdr(path, e, &info->eh, &info->phnum, fsize);
	if (r == 0)
		r = scan_phdrs(path, e, fd, info->phnum, fsize, info->loads, &info->nloads, info);
	elf_end(e);
	return r;
}

/* Fill the image description from a parsed and mapped file. */
static void describe_image(const struct rf_elf_info *info, uint64_t bias, struct rf_image *img)
{
	size_t i;

	img->start = info->eh.e_entry + bias;
	img->bias = bias;
	img->entry = info->eh.e_entry + bias;
	img->phent = info->eh.e_phentsize;
	img->phnum = (uint32_t)info->phnum;
	img->phdr = 0;
	if (info->phdr) {
		img->phdr = info->phdr + bias;
	} else {
		for (i = 0; i < info->nloads; i++) {
			const GElf_Phdr *ph = &info->loads[i];
			if (info->eh.e_phoff >= ph->p_offset && info->eh.e_phoff - ph->p_offset < ph->p_filesz)
				img->phdr = ph->p_vaddr + (info->eh.e_phoff - ph->p_offset) + bias;
		}
	}
	img->lo = info->lo + bias;
	img->hi = info->hi + bias;
	img->brk = img->hi;
}

/* Open, validate and map one ELF file.  An ET_DYN file goes at dyn_base
 * (or, when dyn_base is 0, wherever guest space has room). */
static int load_one(const char *path, int given_fd, uint64_t dyn_base,
		    struct rf_elf_info *info, struct rf_image *img)
{
	struct stat st;
	uint64_t bias = 0;
	int fd, r;

	memset(img, 0, sizeof *img);
	fd = given_fd >= 0 ? fd_checked(given_fd, path, &st) : open_checked(path, &st);
	if (fd < 0)
		return -fd;
	r = loader_parse_elf(path, fd, st.st_size, info);
	if (r == 0 && info->eh.e_type == ET_DYN) {
		if (!dyn_base)
			dyn_base = gmap_find_free(0, info->hi - info->lo);
		bias = dyn_base - info->lo;
	}
	if (r == 0) {
		img->lo = info->lo;
		img->hi = info->hi;
		img->bias = bias;
		r = map_segments(path, fd, &st, info->loads, info->nloads, img);
	}
	if (r == 0)
		describe_image(info, bias, img);
	close(fd);
	return r;
}

int loader_load_elf(const char *path, const char *sysroot, struct rf_image *img)
{
	static struct rf_elf_info info, interp_info;
	struct rf_image interp;
	char ipath[PATH_MAX + 4096];
	int r;

	r = load_one(path, loader_exec_fd, ET_DYN_BASE, &info, img);
	loader_exec_fd = -1;
	if (r != 0 || !info.interp[0])
		return r;
	snprintf(ipath, sizeof ipath, "%s%s", sysroot ? sysroot : "", info.interp);
	if (access(ipath, F_OK) != 0)
		return loader_fail(path, RF_EXIT_NOENT, "interpreter %s not found%s%s (install "
			    "libc6-arm64-cross, or point -L DIR / RUNFOREIGN_SYSROOT at an arm64 root "
			    "file system)", info.interp, sysroot ? " in " : "", sysroot ? sysroot : "");
	r = load_one(ipath, -1, 0, &interp_info, &interp);
	if (r != 0)
		return r;
	if (interp_info.interp[0])
		return loader_fail(ipath, RF_EXIT_NOEXEC, "the interpreter itself asks for an interpreter");
	img->interp_base = interp.bias;
	img->start = interp.entry;
	return 0;
}
