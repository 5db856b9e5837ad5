/*
 * fcntl.c -- open flag and *at() flag tables, struct flock conversion.
 * Sources: arch/arm64/include/uapi/asm/fcntl.h, include/uapi/asm-generic/
 * fcntl.h and include/uapi/linux/fcntl.h.
 */
#include <fcntl.h>
#include <string.h>
#include "abi/fcntl.h"

static const struct abi_flag open_rows[] = {
	{GUEST_O_CREAT, O_CREAT, "O_CREAT"},
	{GUEST_O_EXCL, O_EXCL, "O_EXCL"},
	{GUEST_O_NOCTTY, O_NOCTTY, "O_NOCTTY"},
	{GUEST_O_TRUNC, O_TRUNC, "O_TRUNC"},
	{GUEST_O_APPEND, O_APPEND, "O_APPEND"},
	{GUEST_O_NONBLOCK, O_NONBLOCK, "O_NONBLOCK"},
	{GUEST_O_SYNC, O_SYNC, "O_SYNC"},
	{GUEST_O_DSYNC, O_DSYNC, "O_DSYNC"},
	{GUEST___O_SYNC, 04000000 /* x86-64 __O_SYNC */, "__O_SYNC"},
	{GUEST_FASYNC, FASYNC, "O_ASYNC"},
	{GUEST_O_TMPFILE, O_TMPFILE, "O_TMPFILE"},
	{GUEST_O_DIRECTORY, O_DIRECTORY, "O_DIRECTORY"},
	{GUEST_O_NOFOLLOW, O_NOFOLLOW, "O_NOFOLLOW"},
	{GUEST_O_DIRECT, O_DIRECT, "O_DIRECT"},
	{GUEST_O_LARGEFILE, 0100000 /* x86-64 O_LARGEFILE; glibc defines it 0 */, "O_LARGEFILE"},
	{GUEST_O_NOATIME, O_NOATIME, "O_NOATIME"},
	{GUEST_O_CLOEXEC, O_CLOEXEC, "O_CLOEXEC"},
	{GUEST_O_PATH, O_PATH, "O_PATH"},
};
const struct abi_flag_table abi_open_flags = {open_rows, sizeof open_rows / sizeof open_rows[0]};

int abi_open_flags_to_host(uint64_t guest)
{
	return (int)((guest & GUEST_O_ACCMODE) |
		     abi_flags_to_host(&abi_open_flags, guest & ~(uint64_t)GUEST_O_ACCMODE, NULL));
}

uint64_t abi_open_flags_from_host(int host)
{
	return ((unsigned)host & O_ACCMODE) |
	       abi_flags_to_guest(&abi_open_flags, (unsigned)host & ~(unsigned)O_ACCMODE);
}

static const struct abi_flag at_rows[] = {
	{GUEST_AT_SYMLINK_NOFOLLOW, AT_SYMLINK_NOFOLLOW, "AT_SYMLINK_NOFOLLOW"},
	{GUEST_AT_REMOVEDIR, AT_REMOVEDIR, "AT_REMOVEDIR"},
	{GUEST_AT_SYMLINK_FOLLOW, AT_SYMLINK_FOLLOW, "AT_SYMLINK_FOLLOW"},
	{GUEST_AT_NO_AUTOMOUNT, AT_NO_AUTOMOUNT, "AT_NO_AUTOMOUNT"},
	{GUEST_AT_EMPTY_PATH, AT_EMPTY_PATH, "AT_EMPTY_PATH"},
	{0x2000, 0x2000, "AT_STATX_FORCE_SYNC"},
	{0x4000, 0x4000, "AT_STATX_DONT_SYNC"},
};
const struct abi_flag_table abi_at_flags = {at_rows, sizeof at_rows / sizeof at_rows[0]};

int abi_at_flags_to_host(uint64_t guest)
{
	uint64_t unknown;
	int h = (int)abi_flags_to_host(&abi_at_flags, guest, &unknown);

	return unknown ? -1 : h;
}

void abi_flock_to_host(struct flock *h, const struct guest_flock *g)
{
	memset(h, 0, sizeof *h);
	h->l_type = g->l_type;
	h->l_whence = g->l_whence;
	h->l_start = g->l_start;
	h->l_len = g->l_len;
	h->l_pid = g->l_pid;
}

void abi_flock_to_guest(struct guest_flock *g, const struct flock *h)
{
	memset(g, 0, sizeof *g);
	g->l_type = h->l_type;
	g->l_whence = h->l_whence;
	g->l_start = h->l_start;
	g->l_len = h->l_len;
	g->l_pid = h->l_pid;
}
