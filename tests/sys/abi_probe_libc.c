/*
 * abi_probe_libc.c -- like abi_probe.c, for structures the kernel does
 * not export in its uapi headers but the arm64 C library declares with
 * the kernel's layout: struct dirent64 (linux_dirent64) and the socket
 * message headers (user_msghdr, mmsghdr, cmsghdr).  Kept apart because
 * the C library's and the kernel's headers conflict.
 */
#define _GNU_SOURCE
#include <stddef.h>
#include <dirent.h>
#include <sys/socket.h>

#define SIZE(name, type) \
	asm volatile("\n.ascii \"->" #name " %0\"" : : "i"(sizeof(type)))
#define OFF(name, type, field) \
	asm volatile("\n.ascii \"->" #name " %0\"" : : "i"(offsetof(type, field)))

void abi_probe_libc(void);
void abi_probe_libc(void)
{
	OFF(dirent64_d_off, struct dirent64, d_off);
	OFF(dirent64_d_reclen, struct dirent64, d_reclen);
	OFF(dirent64_d_type, struct dirent64, d_type);
	OFF(dirent64_d_name, struct dirent64, d_name);
	SIZE(msghdr, struct msghdr);
	OFF(msghdr_msg_namelen, struct msghdr, msg_namelen);
	OFF(msghdr_msg_iov, struct msghdr, msg_iov);
	OFF(msghdr_msg_iovlen, struct msghdr, msg_iovlen);
	OFF(msghdr_msg_control, struct msghdr, msg_control);
	OFF(msghdr_msg_controllen, struct msghdr, msg_controllen);
	OFF(msghdr_msg_flags, struct msghdr, msg_flags);
	SIZE(mmsghdr, struct mmsghdr);
	OFF(mmsghdr_msg_len, struct mmsghdr, msg_len);
	SIZE(cmsghdr, struct cmsghdr);
	OFF(cmsghdr_cmsg_level, struct cmsghdr, cmsg_level);
	OFF(cmsghdr_cmsg_type, struct cmsghdr, cmsg_type);
}
