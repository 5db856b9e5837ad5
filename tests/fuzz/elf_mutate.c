/*
 * elf_mutate.c -- mutation fuzzer for runforeign's ELF loader.
 *
 * Usage: elf_mutate RUNFOREIGN N SEED WORKDIR SEEDFILE...
 *
 * Makes N mutants of the seed AArch64 binaries (header fields, program
 * header fields set to extreme or inconsistent values, overlapping and
 * wrapping segments, bad PT_INTERP strings, truncation, random byte flips)
 * and runs runforeign on each with a 5 s limit.  A mutant passes if
 * runforeign either rejects it with exactly one line "runforeign: FILE: ..."
 * and status 126, or runs it (the guest may exit or die by a signal).  It
 * fails on an internal error (status 120 or the words "internal error"),
 * on a hang, or on a rejection that is not one well-formed line.
 *
 * A mutated header can send a valid program into an endless loop of its
 * own (a moved entry point or segment).  So when runforeign is still
 * running at the limit and $ELF_MUTATE_QEMU names qemu-aarch64, the mutant
 * runs under it too (with -L $ELF_MUTATE_SYSROOT): if qemu-aarch64 also
 * runs past the limit, the guest loops and the mutant passes (counted
 * apart); if qemu-aarch64 finishes, it is a runforeign hang.  Failing
 * mutants are kept in WORKDIR for reproduction; the last line is
 * "fuzz-elf: N passed, M failed".
 */
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define LIMIT_SECONDS 5

struct seed {
	unsigned char *data;
	size_t len;
};

static uint64_t rng_state;

static uint64_t rnd(void)
{
	/* xorshift64*: reproducible from the seed argument. */
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * 0x2545F4914F6CDD1Dull;
}

static uint64_t extreme(void)
{
	static const uint64_t v[] = {
		0, 1, 2, 0x7f, 0x80, 0xff, 0xfff, 0x1000, 0x10000, 0x40000, 0x400000,
		0x7fffffff, 0x80000000, 0xffffffff, 0x100000000ull, 0x7ffffffffffull,
		0x3fffffffffffull, 0x400000000000ull, 0x7fffffffffffull, 0x800000000000ull,
		0xffff000000000000ull, 0x7fffffffffffffffull, 0x8000000000000000ull,
		0xfffffffffffff000ull, 0xffffffffffffffffull, 0xfffffffffffffffeull,
	};
	uint64_t x = v[rnd() % (sizeof v / sizeof v[0])];

	switch (rnd() % 4) {
	case 0: return x;
	case 1: return x + (rnd() % 64) - 32;
	case 2: return rnd();
	default: return rnd() & 0xffffff;
	}
}

static void load_seed(const char *path, struct seed *s)
{
	FILE *f = fopen(path, "rb");
	long n;

	if (!f || fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) <= 0) {
		fprintf(stderr, "elf_mutate: %s: cannot read seed\n", path);
		exit(2);
	}
	rewind(f);
	s->len = (size_t)n;
	s->data = malloc(s->len);
	if (!s->data || fread(s->data, 1, s->len, f) != s->len) {
		fprintf(stderr, "elf_mutate: %s: cannot read seed\n", path);
		exit(2);
	}
	fclose(f);
}

static Elf64_Phdr *phdr(unsigned char *d, size_t len, unsigned i)
{
	Elf64_Ehdr *eh = (Elf64_Ehdr *)d;
	uint64_t off = eh->e_phoff + (uint64_t)i * sizeof(Elf64_Phdr);

	if (eh->e_phoff > len || off + sizeof(Elf64_Phdr) > len)
		return NULL;
	return (Elf64_Phdr *)(d + off);
}

static void mutate_ehdr(unsigned char *d)
{
	Elf64_Ehdr *eh = (Elf64_Ehdr *)d;

	switch (rnd() % 10) {
	case 0: eh->e_ident[EI_CLASS] = (unsigned char)rnd(); break;
	case 1: eh->e_ident[EI_DATA] = (unsigned char)rnd(); break;
	case 2: eh->e_type = (uint16_t)(rnd() % 5); break;
	case 3: eh->e_machine = (uint16_t)(rnd() % 4 ? 62 : rnd()); break;
	case 4: eh->e_entry = extreme(); break;
	case 5: eh->e_phoff = extreme(); break;
	case 6: eh->e_phnum = (uint16_t)extreme(); break;
	case 7: eh->e_phentsize = (uint16_t)extreme(); break;
	case 8: eh->e_shoff = extreme(); break;
	default: eh->e_shnum = (uint16_t)extreme(); break;
	}
}

static void mutate_phdr(unsigned char *d, size_t len)
{
	Elf64_Ehdr *eh = (Elf64_Ehdr *)d;
	unsigned n = eh->e_phnum ? eh->e_phnum : 1;
	Elf64_Phdr *p = phdr(d, len, (unsigned)(rnd() % n)), *q;

	if (!p)
		return;
	switch (rnd() % 11) {
	case 0: p->p_type = (uint32_t)(rnd() % 4 ? rnd() % 8 : rnd()); break;
	case 1: p->p_flags = (uint32_t)rnd() & 7; break;
	case 2: p->p_offset = extreme(); break;
	case 3: p->p_vaddr = extreme(); break;
	case 4: p->p_filesz = extreme(); break;
	case 5: p->p_memsz = extreme(); break;
	case 6: p->p_align = extreme(); break;
	case 7: /* overlap with another segment */
		q = phdr(d, len, (unsigned)(rnd() % n));
		if (q)
			p->p_vaddr = q->p_vaddr + (rnd() % 3) * 0x1000;
		break;
	case 8: /* wrap around the top of the address space */
		p->p_vaddr = 0xfffffffffffff000ull - (rnd() % 4) * 0x1000;
		p->p_memsz = 0x2000 + (rnd() % 0x10000);
		break;
	case 9: /* a PT_INTERP whose string is bad */
		p->p_type = PT_INTERP;
		p->p_offset = rnd() % 2 ? extreme() : rnd() % len;
		p->p_filesz = rnd() % 2 ? extreme() : rnd() % 64;
		break;
	default: p->p_filesz = p->p_memsz + 1 + rnd() % 0x100000; break;
	}
}

static size_t mutate(unsigned char *d, size_t len)
{
	unsigned k, rounds = 1 + (unsigned)(rnd() % 3);

	for (k = 0; k < rounds; k++) {
		switch (rnd() % 6) {
		case 0: mutate_ehdr(d); break;
		case 1: case 2: mutate_phdr(d, len); break;
		case 3: /* truncate */
			len = (size_t)(rnd() % (rnd() % 2 ? 512 : len)) + 1;
			break;
		case 4: { /* random bits in the ELF and program headers (not in
			   code: a guest that loops forever is not a loader hang) */
			Elf64_Ehdr *eh = (Elf64_Ehdr *)d;
			size_t hdr = sizeof *eh;
			unsigned j, flips = 1 + (unsigned)(rnd() % 8);
			if (eh->e_phoff == hdr && eh->e_phnum < 64)
				hdr += (size_t)eh->e_phnum * sizeof(Elf64_Phdr);
			if (hdr > len)
				hdr = len;
			for (j = 0; j < flips; j++)
				d[rnd() % hdr] ^= (unsigned char)(1u << (rnd() % 8));
			break;
		}
		default: mutate_phdr(d, len); mutate_ehdr(d); break;
		}
	}
	return len;
}

static unsigned long guest_loops;

/* Run argv with stdin and stdout on /dev/null, stderr to errpath, for at
 * most LIMIT_SECONDS; returns the wait status. */
static int run_limited(char *const argv[], const char *errpath)
{
	int status, fd;
	pid_t pid = fork();
	if (pid == 0) {
		fd = open(errpath, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		dup2(fd, 2);
		fd = open("/dev/null", O_RDWR);
		dup2(fd, 0);
		dup2(fd, 1);
		alarm(LIMIT_SECONDS);
		execvp(argv[0], argv);
		_exit(99);
	}
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	return status;
}

static int timed_out(int status)
{
	return WIFSIGNALED(status) && WTERMSIG(status) == SIGALRM;
}

/* Does the mutant also run past the limit under qemu-aarch64? */
static int loops_under_qemu(const char *path)
{
	const char *qemu = getenv("ELF_MUTATE_QEMU");
	const char *root = getenv("ELF_MUTATE_SYSROOT");
	char qerr[4200];
	if (!qemu || !*qemu)
		return 0;
	char *argv[] = { (char *)qemu, "-L", (char *)(root && *root ? root : "/"),
		(char *)path, NULL };
	snprintf(qerr, sizeof qerr, "%s.qemu.err", path);
	int loops = timed_out(run_limited(argv, qerr));
	unlink(qerr);
	return loops;
}

/* Run runforeign on path; returns 1 if the outcome is acceptable. */
static int run_one(const char *rf, const char *path, char *why, size_t whylen)
{
	char errpath[4200], buf[4096];
	int status, fd, lines = 0;
	ssize_t n;
	time_t start = time(NULL);
	char *argv[] = { (char *)rf, (char *)path, NULL };

	snprintf(errpath, sizeof errpath, "%s.err", path);
	status = run_limited(argv, errpath);
	fd = open(errpath, O_RDONLY);
	n = fd >= 0 ? read(fd, buf, sizeof buf - 1) : 0;
	if (fd >= 0)
		close(fd);
	buf[n > 0 ? n : 0] = '\0';
	for (char *p = buf; *p; p++)
		lines += *p == '\n';
	if (strstr(buf, "internal error")) {
		snprintf(why, whylen, "internal error: %s", buf);
		return 0;
	}
	if (timed_out(status)) {
		long secs = (long)(time(NULL) - start);
		if (loops_under_qemu(path)) {
			guest_loops++;
			unlink(errpath);
			return 1;
		}
		snprintf(why, whylen, "hang: killed after %ld s%s", secs,
			 getenv("ELF_MUTATE_QEMU") ? " (qemu-aarch64 finishes)" : "");
		return 0;
	}
	if (WIFEXITED(status) && WEXITSTATUS(status) == 120) {
		snprintf(why, whylen, "status 120: %s", buf);
		return 0;
	}
	if (WIFEXITED(status) && WEXITSTATUS(status) == 126) {
		char prefix[4200];
		snprintf(prefix, sizeof prefix, "runforeign: %s: ", path);
		if (lines != 1 || strncmp(buf, prefix, strlen(prefix)) != 0) {
			snprintf(why, whylen, "rejection is not one 'runforeign: FILE: reason' line: %s", buf);
			return 0;
		}
	}
	unlink(errpath);
	return 1;
}

int main(int argc, char **argv)
{
	struct seed *seeds;
	unsigned long n, i, pass = 0, fail = 0;
	int nseeds, k;

	if (argc < 6) {
		fprintf(stderr, "usage: elf_mutate RUNFOREIGN N SEED WORKDIR SEEDFILE...\n");
		return 2;
	}
	n = strtoul(argv[2], NULL, 0);
	rng_state = strtoull(argv[3], NULL, 0) * 2 + 0x9E3779B97F4A7C15ull;
	mkdir(argv[4], 0755);
	nseeds = argc - 5;
	seeds = calloc((size_t)nseeds, sizeof *seeds);
	for (k = 0; k < nseeds; k++)
		load_seed(argv[5 + k], &seeds[k]);
	for (i = 0; i < n; i++) {
		const struct seed *s = &seeds[rnd() % (unsigned)nseeds];
		unsigned char *d = malloc(s->len);
		char path[4096], why[8192];
		size_t len;
		FILE *f;

		memcpy(d, s->data, s->len);
		len = mutate(d, s->len);
		snprintf(path, sizeof path, "%s/mutant-%s-%lu", argv[4], argv[3], i);
		f = fopen(path, "wb");
		if (!f || fwrite(d, 1, len, f) != len || fclose(f) != 0) {
			fprintf(stderr, "elf_mutate: %s: cannot write\n", path);
			return 2;
		}
		chmod(path, 0755);
		free(d);
		if (run_one(argv[1], path, why, sizeof why)) {
			pass++;
			unlink(path);
		} else {
			fail++;
			printf("FAIL %s: %s\n", path, why);
		}
	}
	if (guest_loops)
		printf("fuzz-elf: %lu of the passed mutants loop in guest code (past %d s "
		       "under qemu-aarch64 too)\n", guest_loops, LIMIT_SECONDS);
	printf("fuzz-elf: %lu passed, %lu failed\n", pass, fail);
	return fail != 0;
}
