/*
 * stat.c -- host struct stat / statfs / statx to the arm64 layouts.
 */
#include <string.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include "abi/stat.h"

void abi_stat_to_guest(struct guest_stat *g, const struct stat *h)
{
	memset(g, 0, sizeof *g);
	g->st_dev = h->st_dev;
	g->st_ino = h->st_ino;
	g->st_mode = h->st_mode;
	g->st_nlink = (uint32_t)h->st_nlink;
	g->st_uid = h->st_uid;
	g->st_gid = h->st_gid;
	g->st_rdev = h->st_rdev;
	g->st_size = h->st_size;
	g->st_blksize = (int32_t)h->st_blksize;
	g->st_blocks = h->st_blocks;
	g->st_atime_sec = h->st_atim.tv_sec;
	g->st_atime_nsec = (uint64_t)h->st_atim.tv_nsec;
	g->st_mtime_sec = h->st_mtim.tv_sec;
	g->st_mtime_nsec = (uint64_t)h->st_mtim.tv_nsec;
	g->st_ctime_sec = h->st_ctim.tv_sec;
	g->st_ctime_nsec = (uint64_t)h->st_ctim.tv_nsec;
}

void abi_statfs_to_guest(struct guest_statfs *g, const struct statfs *h)
{
	memset(g, 0, sizeof *g);
	g->f_type = h->f_type;
	g->f_bsize = h->f_bsize;
	g->f_blocks = h->f_blocks;
	g->f_bfree = h->f_bfree;
	g->f_bavail = h->f_bavail;
	g->f_files = h->f_files;
	g->f_ffree = h->f_ffree;
	memcpy(g->f_fsid, &h->f_fsid, sizeof g->f_fsid);
	g->f_namelen = h->f_namelen;
	g->f_frsize = h->f_frsize;
	g->f_flags = h->f_flags;
}

static void statx_ts(struct guest_statx_timestamp *g, const struct statx_timestamp *h)
{
	g->tv_sec = h->tv_sec;
	g->tv_nsec = h->tv_nsec;
	g->reserved = 0;
}

void abi_statx_to_guest(struct guest_statx *g, const struct statx *h)
{
	memset(g, 0, sizeof *g);
	g->stx_mask = h->stx_mask;
	g->stx_blksize = h->stx_blksize;
	g->stx_attributes = h->stx_attributes;
	g->stx_nlink = h->stx_nlink;
	g->stx_uid = h->stx_uid;
	g->stx_gid = h->stx_gid;
	g->stx_mode = h->stx_mode;
	g->stx_ino = h->stx_ino;
	g->stx_size = h->stx_size;
	g->stx_blocks = h->stx_blocks;
	g->stx_attributes_mask = h->stx_attributes_mask;
	statx_ts(&g->stx_atime, &h->stx_atime);
	statx_ts(&g->stx_btime, &h->stx_btime);
	statx_ts(&g->stx_ctime, &h->stx_ctime);
	statx_ts(&g->stx_mtime, &h->stx_mtime);
	g->stx_rdev_major = h->stx_rdev_major;
	g->stx_rdev_minor = h->stx_rdev_minor;
	g->stx_dev_major = h->stx_dev_major;
	g->stx_dev_minor = h->stx_dev_minor;
	g->stx_mnt_id = h->stx_mnt_id;
	g->stx_dio_mem_align = h->stx_dio_mem_align;
	g->stx_dio_offset_align = h->stx_dio_offset_align;
}
