/*
 * fcntl.h -- arm64 open(2) flags, *at() flags and struct flock.
 *
 * arm64 has its own asm/fcntl.h: O_DIRECTORY, O_NOFOLLOW, O_DIRECT and
 * O_LARGEFILE differ from asm-generic/fcntl.h (which x86-64 uses); every
 * other bit is asm-generic.  fcntl(2) command numbers are asm-generic on
 * both (F_GETLK 5 ... F_OFD_SETLKW 38) and pass unchanged.
 */
#ifndef RF_ABI_FCNTL_H
#define RF_ABI_FCNTL_H

#include <stdint.h>
#include "abi/flags.h"

/* arch/arm64/include/uapi/asm/fcntl.h + asm-generic/fcntl.h */
#define GUEST_O_ACCMODE 03
#define GUEST_O_RDONLY 00
#define GUEST_O_WRONLY 01
#define GUEST_O_RDWR 02
#define GUEST_O_CREAT 0100
#define GUEST_O_EXCL 0200
#define GUEST_O_NOCTTY 0400
#define GUEST_O_TRUNC 01000
#define GUEST_O_APPEND 02000
#define GUEST_O_NONBLOCK 04000
#define GUEST_O_DSYNC 010000
#define GUEST_FASYNC 020000
#define GUEST_O_DIRECTORY 040000
#define GUEST_O_NOFOLLOW 0100000
#define GUEST_O_DIRECT 0200000
#define GUEST_O_LARGEFILE 0400000
#define GUEST_O_NOATIME 01000000
#define GUEST_O_CLOEXEC 02000000
#define GUEST___O_SYNC 04000000
#define GUEST_O_SYNC (GUEST___O_SYNC | GUEST_O_DSYNC)
#define GUEST_O_PATH 010000000
#define GUEST___O_TMPFILE 020000000
#define GUEST_O_TMPFILE (GUEST___O_TMPFILE | GUEST_O_DIRECTORY)

/* include/uapi/linux/fcntl.h */
#define GUEST_AT_FDCWD (-100)
#define GUEST_AT_SYMLINK_NOFOLLOW 0x100
#define GUEST_AT_REMOVEDIR 0x200
#define GUEST_AT_EACCESS 0x200
#define GUEST_AT_SYMLINK_FOLLOW 0x400
#define GUEST_AT_NO_AUTOMOUNT 0x800
#define GUEST_AT_EMPTY_PATH 0x1000
#define GUEST_AT_STATX_SYNC_TYPE 0x6000

/* fcntl commands that need argument conversion (asm-generic/fcntl.h). */
#define GUEST_F_DUPFD 0
#define GUEST_F_GETFD 1
#define GUEST_F_SETFD 2
#define GUEST_F_GETFL 3
#define GUEST_F_SETFL 4
#define GUEST_F_GETLK 5
#define GUEST_F_SETLK 6
#define GUEST_F_SETLKW 7
#define GUEST_F_SETOWN 8
#define GUEST_F_GETOWN 9
#define GUEST_F_SETSIG 10
#define GUEST_F_GETSIG 11
#define GUEST_F_SETOWN_EX 15
#define GUEST_F_GETOWN_EX 16
#define GUEST_F_GETOWNER_UIDS 17
#define GUEST_F_OFD_GETLK 36
#define GUEST_F_OFD_SETLK 37
#define GUEST_F_OFD_SETLKW 38
#define GUEST_F_SETLEASE 1024
#define GUEST_F_GETLEASE 1025
#define GUEST_F_DUPFD_CLOEXEC 1030
#define GUEST_F_SETPIPE_SZ 1031
#define GUEST_F_GETPIPE_SZ 1032
#define GUEST_F_ADD_SEALS 1033
#define GUEST_F_GET_SEALS 1034

/* struct flock, asm-generic/fcntl.h (64-bit: off_t is long). */
struct guest_flock {
	int16_t l_type;
	int16_t l_whence;
	int32_t pad0;
	int64_t l_start;
	int64_t l_len;
	int32_t l_pid;
	int32_t pad1;
};
_Static_assert(sizeof(struct guest_flock) == 32, "flock size");
_Static_assert(__builtin_offsetof(struct guest_flock, l_start) == 8, "flock.l_start");
_Static_assert(__builtin_offsetof(struct guest_flock, l_len) == 16, "flock.l_len");
_Static_assert(__builtin_offsetof(struct guest_flock, l_pid) == 24, "flock.l_pid");

/* struct open_how, include/uapi/linux/openat2.h. */
struct guest_open_how {
	uint64_t flags;
	uint64_t mode;
	uint64_t resolve;
};
_Static_assert(sizeof(struct guest_open_how) == 24, "open_how size");

struct flock;
/* abi_flock_to_host / abi_flock_to_guest -- struct flock conversion. */
void abi_flock_to_host(struct flock *h, const struct guest_flock *g);
void abi_flock_to_guest(struct guest_flock *g, const struct flock *h);

/* Open flags (without the access mode): table and converters. */
extern const struct abi_flag_table abi_open_flags;

/* abi_open_flags_to_host -- host open(2) flags for guest flags; unknown
 * bits are dropped, as the kernel's open ignores them. */
int abi_open_flags_to_host(uint64_t guest);
/* abi_open_flags_from_host -- guest flags for host flags (F_GETFL). */
uint64_t abi_open_flags_from_host(int host);

/* *at() flag bits (AT_*): table and converter. */
extern const struct abi_flag_table abi_at_flags;
/* abi_at_flags_to_host -- host AT_* flags; -1 if any bit is unknown. */
int abi_at_flags_to_host(uint64_t guest);

#endif
