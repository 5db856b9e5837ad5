/*
 * socket.c -- epoll_event conversion (see socket.h).
 */
#include <sys/epoll.h>
#include "abi/socket.h"

_Static_assert(sizeof(struct epoll_event) == 12, "host epoll_event is packed (x86-64)");

void abi_epoll_event_to_host(struct epoll_event *h, const struct guest_epoll_event *g)
{
	h->events = g->events;
	h->data.u64 = g->data;
}

void abi_epoll_event_to_guest(struct guest_epoll_event *g, const struct epoll_event *h)
{
	g->events = h->events;
	g->pad = 0;
	g->data = h->data.u64;
}
