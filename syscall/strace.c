/*
 * strace.c -- --strace lines generated from the syscall table's format
 * strings (systab.def), in strace's own style: strings quoted and cut at
 * 32 bytes, AT_FDCWD and flag words by name, buffers the kernel fills
 * printed on return, errors as "= -1 ENOENT (No such file or directory)".
 *
 * Arguments up to the first kernel-filled buffer ('B') are printed before
 * the call, the rest after it, so a blocking call shows what it waits on.
 */
#include <ctype.h>
#include <stdarg.h>
#include <signal.h>
#include <string.h>
#include "abi/errno.h"
#include "abi/fcntl.h"
#include "abi/mman.h"
#include "syscall/strace.h"
#include "xlate/gmem.h"

/* strace's default string limit (-s 32) and result column. */
#define STR_MAX 32
#define RESULT_COL 39

static __thread int col;

static void out(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void out(const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vfprintf(rf_proc.strace, fmt, ap);
	va_end(ap);
	if (n > 0)
		col += n;
}

/* Print n bytes of guest memory at p quoted; "..." if more than shown.
 * stop_nul: a C string (stops at NUL, and unknown length). */
static void put_quoted(guest_addr_t p, uint64_t n, int stop_nul)
{
	unsigned char ch;
	uint64_t i;

	out("\"");
	for (i = 0; i < n && i < STR_MAX; i++) {
		if (gmem_read(&ch, p + i, 1))
			break;
		if (stop_nul && ch == 0) {
			out("\"");
			return;
		}
		switch (ch) {
		case '\n': out("\\n"); break;
		case '\t': out("\\t"); break;
		case '\r': out("\\r"); break;
		case '\f': out("\\f"); break;
		case '\v': out("\\v"); break;
		case '"': out("\\\""); break;
		case '\\': out("\\\\"); break;
		default:
			if (isprint(ch))
				out("%c", ch);
			else
				out("\\%o", ch);
		}
	}
	out("\"");
	if (i < n && (!stop_nul || gmem_read(&ch, p + i, 1) == 0))
		out("...");
}

static void put_ptr(uint64_t v)
{
	if (v)
		out("%#llx", (unsigned long long)v);
	else
		out("NULL");
}

static void put_string(uint64_t p)
{
	char probe;

	if (!p || gmem_read(&probe, p, 1))
		put_ptr(p);
	else
		put_quoted(p, UINT64_MAX, 1);
}

static void put_flags(const struct abi_flag_table *t, uint64_t v)
{
	char buf[256];

	out("%s", abi_flags_name(t, v, buf, sizeof buf));
}

static void put_open_flags(uint64_t v)
{
	static const char *const acc[] = {"O_RDONLY", "O_WRONLY", "O_RDWR", "O_ACCMODE"};

	out("%s", acc[v & GUEST_O_ACCMODE]);
	if (v & ~(uint64_t)GUEST_O_ACCMODE) {
		out("|");
		put_flags(&abi_open_flags, v & ~(uint64_t)GUEST_O_ACCMODE);
	}
}

static void put_map_flags(uint64_t v)
{
	static const char *const type[] = {"0", "MAP_SHARED", "MAP_PRIVATE",
					   "MAP_SHARED_VALIDATE"};
	uint64_t t = v & GUEST_MAP_TYPE;

	if (t < 4)
		out("%s", type[t]);
	else
		out("%#llx", (unsigned long long)t);
	if (v & ~(uint64_t)GUEST_MAP_TYPE) {
		out("|");
		put_flags(&abi_map_flags, v & ~(uint64_t)GUEST_MAP_TYPE);
	}
}

/* Signal numbers are the generic Linux ones on both sides. */
static void put_signal(uint64_t v)
{
	int s = (int)v;

	if (s > 0 && s < SIGRTMIN && sigabbrev_np(s))
		out("SIG%s", sigabbrev_np(s));
	else if (s >= 32 && s <= 64)
		out("SIGRT_%d", s - 32);
	else
		out("%d", s);
}

/* One argument of kind k; next is the following argument (a length). */
static void put_arg(char k, uint64_t v, uint64_t next, long r)
{
	switch (k) {
	case 'd': out("%d", (int)v); break;
	case 'l': out("%lld", (long long)v); break;
	case 'u': out("%llu", (unsigned long long)v); break;
	case 'x': out("%#llx", (unsigned long long)v); break;
	case 'o': out("%#llo", (unsigned long long)v); break;
	case 'f':
		if ((int)v == GUEST_AT_FDCWD)
			out("AT_FDCWD");
		else
			out("%d", (int)v);
		break;
	case 's': put_string(v); break;
	case 'b': put_quoted(v, next, 0); break;
	case 'B':
		if (r >= 0)
			put_quoted(v, (uint64_t)r < next ? (uint64_t)r : next, 0);
		else
			put_ptr(v);
		break;
	case 'O': put_open_flags(v); break;
	case 'P':
		if (v == 0)
			out("PROT_NONE");
		else
			put_flags(&abi_prot_flags, v);
		break;
	case 'M': put_map_flags(v); break;
	case 'A': put_flags(&abi_at_flags, v); break;
	case 'S': put_signal(v); break;
	default: put_ptr(v); break;
	}
}

/* Print arguments [from, to) of row's format. */
static void put_args(const char *fmt, int from, int to, const uint64_t *a, long r)
{
	int i;

	for (i = from; i < to; i++) {
		/* As strace: open's mode only when the flags can create. */
		if (i > 0 && fmt[i - 1] == 'O' && fmt[i] == 'o' &&
		    !(a[i - 1] & (GUEST_O_CREAT | GUEST___O_TMPFILE)))
			continue;
		if (i)
			out(", ");
		put_arg(fmt[i], a[i], i < 5 ? a[i + 1] : 0, r);
	}
}

static int arg_count(const char *fmt)
{
	const char *colon = strchr(fmt, ':');

	return colon ? (int)(colon - fmt) : (int)strlen(fmt);
}

/* The index of the first argument printed after the call. */
static int split_at(const char *fmt)
{
	int n = arg_count(fmt), i;

	for (i = 0; i < n; i++)
		if (fmt[i] == 'B')
			return i;
	return n;
}

static char ret_kind(const char *fmt)
{
	const char *colon = strchr(fmt, ':');

	return colon && colon[1] ? colon[1] : 'd';
}

static void put_result(char k, long r)
{
	out(")");
	if (col < RESULT_COL)
		fprintf(rf_proc.strace, "%*s", RESULT_COL - col, "");
	if (k == 'n') {
		fprintf(rf_proc.strace, " = ?\n");
	} else if (r < 0 && r >= -4095) {
		int e = abi_errno_to_host((int)-r);
		const char *name = strerrorname_np(e);
		fprintf(rf_proc.strace, " = -1 %s (%s)\n", name ? name : "E?", strerror(e));
	} else if (k == 'x') {
		fprintf(rf_proc.strace, " = %#lx\n", r);
	} else if (k == 'o') {
		fprintf(rf_proc.strace, " = %#lo\n", r);
	} else if (k == 'u') {
		fprintf(rf_proc.strace, " = %lu\n", (unsigned long)r);
	} else {
		fprintf(rf_proc.strace, " = %ld\n", r);
	}
	fflush(rf_proc.strace);
}

void strace_enter(struct cpu *c, const struct sys_row *row, const uint64_t *a)
{
	col = 0;
	out("%s(", row->name);
	put_args(row->fmt, 0, split_at(row->fmt), a, -1);
	if (ret_kind(row->fmt) == 'n')
		put_result('n', 0);
	else
		fflush(rf_proc.strace);
}

void strace_exit(struct cpu *c, const struct sys_row *row, const uint64_t *a, long r)
{
	if (ret_kind(row->fmt) == 'n')
		return;
	put_args(row->fmt, split_at(row->fmt), arg_count(row->fmt), a, r);
	put_result(ret_kind(row->fmt), r);
}

void strace_unknown(struct cpu *c, uint64_t nr, const uint64_t *a)
{
	int i;

	col = 0;
	out("syscall_%#llx(", (unsigned long long)nr);
	for (i = 0; i < 6; i++)
		out("%s%#llx", i ? ", " : "", (unsigned long long)a[i]);
	put_result('d', -GUEST_ENOSYS);
}
