/*
 * io.c -- pollfd, winsize and termios converters (see io.h).
 */
#include <poll.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include "abi/io.h"

_Static_assert(GUEST_TCGETS == TCGETS && GUEST_TIOCGWINSZ == TIOCGWINSZ &&
	       GUEST_FIONREAD == FIONREAD && GUEST_TIOCGPTN == TIOCGPTN &&
	       GUEST_TIOCGPTPEER == TIOCGPTPEER && GUEST_TIOCSIG == TIOCSIG &&
	       GUEST_SIOCGIFINDEX == SIOCGIFINDEX && GUEST_FIOQSIZE == FIOQSIZE,
	       "host terminal and socket ioctls are asm-generic");

void abi_pollfd_to_host(struct pollfd *h, const struct guest_pollfd *g)
{
	h->fd = g->fd;
	h->events = g->events;
	h->revents = g->revents;
}

void abi_pollfd_to_guest(struct guest_pollfd *g, const struct pollfd *h)
{
	g->fd = h->fd;
	g->events = h->events;
	g->revents = h->revents;
}

void abi_winsize_to_host(struct winsize *h, const struct guest_winsize *g)
{
	h->ws_row = g->ws_row;
	h->ws_col = g->ws_col;
	h->ws_xpixel = g->ws_xpixel;
	h->ws_ypixel = g->ws_ypixel;
}

void abi_winsize_to_guest(struct guest_winsize *g, const struct winsize *h)
{
	g->ws_row = h->ws_row;
	g->ws_col = h->ws_col;
	g->ws_xpixel = h->ws_xpixel;
	g->ws_ypixel = h->ws_ypixel;
}

void abi_termios_to_host(struct termios *h, const struct guest_termios *g)
{
	memset(h, 0, sizeof *h);
	h->c_iflag = g->c_iflag;
	h->c_oflag = g->c_oflag;
	h->c_cflag = g->c_cflag;
	h->c_lflag = g->c_lflag;
	h->c_line = g->c_line;
	memcpy(h->c_cc, g->c_cc, GUEST_NCCS);
}

void abi_termios_to_guest(struct guest_termios *g, const struct termios *h)
{
	memset(g, 0, sizeof *g);
	g->c_iflag = h->c_iflag;
	g->c_oflag = h->c_oflag;
	g->c_cflag = h->c_cflag;
	g->c_lflag = h->c_lflag;
	g->c_line = h->c_line;
	memcpy(g->c_cc, h->c_cc, GUEST_NCCS);
}
