/*
 * stat.h -- arm64 struct stat, struct statfs and struct statx.
 *
 * arm64 has no struct stat of its own: it uses include/uapi/asm-generic/
 * stat.h (128 bytes, 32-bit st_mode/st_nlink, unlike x86-64's).  statfs is
 * include/uapi/asm-generic/statfs.h with 64-bit words; statx is
 * include/uapi/linux/stat.h and the same on every architecture.
 */
#ifndef RF_ABI_STAT_H
#define RF_ABI_STAT_H

#include <stddef.h>
#include <stdint.h>

struct guest_stat {
	uint64_t st_dev;
	uint64_t st_ino;
	uint32_t st_mode;
	uint32_t st_nlink;
	uint32_t st_uid;
	uint32_t st_gid;
	uint64_t st_rdev;
	uint64_t pad1;
	int64_t st_size;
	int32_t st_blksize;
	int32_t pad2;
	int64_t st_blocks;
	int64_t st_atime_sec;
	uint64_t st_atime_nsec;
	int64_t st_mtime_sec;
	uint64_t st_mtime_nsec;
	int64_t st_ctime_sec;
	uint64_t st_ctime_nsec;
	uint32_t unused4;
	uint32_t unused5;
};
_Static_assert(sizeof(struct guest_stat) == 128, "stat size");
_Static_assert(offsetof(struct guest_stat, st_mode) == 16, "stat.st_mode");
_Static_assert(offsetof(struct guest_stat, st_nlink) == 20, "stat.st_nlink");
_Static_assert(offsetof(struct guest_stat, st_rdev) == 32, "stat.st_rdev");
_Static_assert(offsetof(struct guest_stat, st_size) == 48, "stat.st_size");
_Static_assert(offsetof(struct guest_stat, st_blksize) == 56, "stat.st_blksize");
_Static_assert(offsetof(struct guest_stat, st_blocks) == 64, "stat.st_blocks");
_Static_assert(offsetof(struct guest_stat, st_atime_sec) == 72, "stat.st_atime");
_Static_assert(offsetof(struct guest_stat, st_mtime_sec) == 88, "stat.st_mtime");
_Static_assert(offsetof(struct guest_stat, st_ctime_sec) == 104, "stat.st_ctime");

struct guest_statfs {
	int64_t f_type;
	int64_t f_bsize;
	uint64_t f_blocks;
	uint64_t f_bfree;
	uint64_t f_bavail;
	uint64_t f_files;
	uint64_t f_ffree;
	int32_t f_fsid[2];
	int64_t f_namelen;
	int64_t f_frsize;
	int64_t f_flags;
	int64_t f_spare[4];
};
_Static_assert(sizeof(struct guest_statfs) == 120, "statfs size");
_Static_assert(offsetof(struct guest_statfs, f_fsid) == 56, "statfs.f_fsid");
_Static_assert(offsetof(struct guest_statfs, f_namelen) == 64, "statfs.f_namelen");
_Static_assert(offsetof(struct guest_statfs, f_flags) == 80, "statfs.f_flags");

struct guest_statx_timestamp {
	int64_t tv_sec;
	uint32_t tv_nsec;
	int32_t reserved;
};

struct guest_statx {
	uint32_t stx_mask;
	uint32_t stx_blksize;
	uint64_t stx_attributes;
	uint32_t stx_nlink;
	uint32_t stx_uid;
	uint32_t stx_gid;
	uint16_t stx_mode;
	uint16_t spare0;
	uint64_t stx_ino;
	uint64_t stx_size;
	uint64_t stx_blocks;
	uint64_t stx_attributes_mask;
	struct guest_statx_timestamp stx_atime, stx_btime, stx_ctime, stx_mtime;
	uint32_t stx_rdev_major;
	uint32_t stx_rdev_minor;
	uint32_t stx_dev_major;
	uint32_t stx_dev_minor;
	uint64_t stx_mnt_id;
	uint32_t stx_dio_mem_align;
	uint32_t stx_dio_offset_align;
	uint64_t spare3[12];
};
_Static_assert(sizeof(struct guest_statx) == 256, "statx size");
_Static_assert(offsetof(struct guest_statx, stx_mode) == 28, "statx.stx_mode");
_Static_assert(offsetof(struct guest_statx, stx_ino) == 32, "statx.stx_ino");
_Static_assert(offsetof(struct guest_statx, stx_atime) == 64, "statx.stx_atime");
_Static_assert(offsetof(struct guest_statx, stx_mtime) == 112, "statx.stx_mtime");
_Static_assert(offsetof(struct guest_statx, stx_rdev_major) == 128, "statx.stx_rdev_major");
_Static_assert(offsetof(struct guest_statx, stx_mnt_id) == 144, "statx.stx_mnt_id");

struct stat;
struct statfs;
struct statx;
/* abi_stat_to_guest -- fill g from the host's struct stat. */
void abi_stat_to_guest(struct guest_stat *g, const struct stat *h);
/* abi_statfs_to_guest -- fill g from the host's struct statfs. */
void abi_statfs_to_guest(struct guest_statfs *g, const struct statfs *h);
/* abi_statx_to_guest -- fill g from the host's struct statx. */
void abi_statx_to_guest(struct guest_statx *g, const struct statx *h);

#endif
