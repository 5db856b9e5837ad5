/*
 * socket.h -- arm64 socket structures: struct msghdr and struct mmsghdr
 * (include/linux/socket.h, user_msghdr; include/uapi/linux/socket.h),
 * struct cmsghdr, and the largest socket address (struct
 * __kernel_sockaddr_storage).  Socket types, flags, levels and options
 * are asm-generic on arm64 and on x86-64 (SOCK_NONBLOCK = O_NONBLOCK =
 * 04000 on both), so they pass unchanged.
 */
#ifndef RF_ABI_SOCKET_H
#define RF_ABI_SOCKET_H

#include <stddef.h>
#include <stdint.h>

#define GUEST_SOCKADDR_MAX 128

struct guest_msghdr {
	uint64_t msg_name;
	int32_t msg_namelen;
	int32_t pad0;
	uint64_t msg_iov;
	uint64_t msg_iovlen;
	uint64_t msg_control;
	uint64_t msg_controllen;
	uint32_t msg_flags;
	uint32_t pad1;
};
_Static_assert(sizeof(struct guest_msghdr) == 56, "msghdr size");
_Static_assert(offsetof(struct guest_msghdr, msg_iov) == 16, "msghdr.msg_iov");
_Static_assert(offsetof(struct guest_msghdr, msg_control) == 32, "msghdr.msg_control");
_Static_assert(offsetof(struct guest_msghdr, msg_flags) == 48, "msghdr.msg_flags");

struct guest_mmsghdr {
	struct guest_msghdr msg_hdr;
	uint32_t msg_len;
	uint32_t pad;
};
_Static_assert(sizeof(struct guest_mmsghdr) == 64, "mmsghdr size");
_Static_assert(offsetof(struct guest_mmsghdr, msg_len) == 56, "mmsghdr.msg_len");

struct guest_cmsghdr {
	uint64_t cmsg_len;
	int32_t cmsg_level;
	int32_t cmsg_type;
};
_Static_assert(sizeof(struct guest_cmsghdr) == 16, "cmsghdr size");

/* struct epoll_event, include/uapi/linux/eventpoll.h: naturally aligned
 * on arm64 (16 bytes); x86-64 declares it packed (12 bytes). */
struct guest_epoll_event {
	uint32_t events;
	uint32_t pad;
	uint64_t data;
};
_Static_assert(sizeof(struct guest_epoll_event) == 16, "epoll_event size");
_Static_assert(offsetof(struct guest_epoll_event, data) == 8, "epoll_event.data");

struct epoll_event;
/* abi_epoll_event_to_host / _to_guest -- the one real layout difference. */
void abi_epoll_event_to_host(struct epoll_event *h, const struct guest_epoll_event *g);
void abi_epoll_event_to_guest(struct guest_epoll_event *g, const struct epoll_event *h);

#endif
