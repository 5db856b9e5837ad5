/*
 * io.h -- arm64 structures of file I/O: struct iovec (include/uapi/linux/
 * uio.h), struct linux_dirent64 (include/linux/dirent.h, the getdents64
 * record), struct pollfd (include/uapi/asm-generic/poll.h), struct winsize
 * and the kernel's struct termios (include/uapi/asm-generic/termbits.h,
 * which arm64 uses), and the terminal ioctl numbers
 * (include/uapi/asm-generic/ioctls.h).
 */
#ifndef RF_ABI_IO_H
#define RF_ABI_IO_H

#include <stddef.h>
#include <stdint.h>

struct guest_iovec {
	uint64_t iov_base;
	uint64_t iov_len;
};
_Static_assert(sizeof(struct guest_iovec) == 16, "iovec size");
_Static_assert(offsetof(struct guest_iovec, iov_len) == 8, "iovec.iov_len");
#define GUEST_UIO_MAXIOV 1024

/* The fixed part of a getdents64 record; d_name follows, the record is
 * padded to 8 bytes.  The host's record is identical (the struct is
 * architecture-independent), so getdents64 fills guest buffers directly. */
struct guest_dirent64 {
	uint64_t d_ino;
	int64_t d_off;
	uint16_t d_reclen;
	uint8_t d_type;
	char d_name[];
};
_Static_assert(offsetof(struct guest_dirent64, d_off) == 8, "dirent64.d_off");
_Static_assert(offsetof(struct guest_dirent64, d_reclen) == 16, "dirent64.d_reclen");
_Static_assert(offsetof(struct guest_dirent64, d_type) == 18, "dirent64.d_type");
_Static_assert(offsetof(struct guest_dirent64, d_name) == 19, "dirent64.d_name");

struct guest_pollfd {
	int32_t fd;
	int16_t events;
	int16_t revents;
};
_Static_assert(sizeof(struct guest_pollfd) == 8, "pollfd size");
_Static_assert(offsetof(struct guest_pollfd, revents) == 6, "pollfd.revents");

struct guest_winsize {
	uint16_t ws_row;
	uint16_t ws_col;
	uint16_t ws_xpixel;
	uint16_t ws_ypixel;
};
_Static_assert(sizeof(struct guest_winsize) == 8, "winsize size");

#define GUEST_NCCS 19
struct guest_termios {
	uint32_t c_iflag;
	uint32_t c_oflag;
	uint32_t c_cflag;
	uint32_t c_lflag;
	uint8_t c_line;
	uint8_t c_cc[GUEST_NCCS];
};
_Static_assert(sizeof(struct guest_termios) == 36, "termios size");
_Static_assert(offsetof(struct guest_termios, c_line) == 16, "termios.c_line");
_Static_assert(offsetof(struct guest_termios, c_cc) == 17, "termios.c_cc");

/* include/uapi/asm-generic/ioctls.h */
#define GUEST_TCGETS 0x5401
#define GUEST_TCSETS 0x5402
#define GUEST_TCSETSW 0x5403
#define GUEST_TCSETSF 0x5404
#define GUEST_TCSBRK 0x5409
#define GUEST_TCXONC 0x540A
#define GUEST_TCFLSH 0x540B
#define GUEST_TIOCEXCL 0x540C
#define GUEST_TIOCNXCL 0x540D
#define GUEST_TIOCSCTTY 0x540E
#define GUEST_TIOCGPGRP 0x540F
#define GUEST_TIOCSPGRP 0x5410
#define GUEST_TIOCOUTQ 0x5411
#define GUEST_TIOCGWINSZ 0x5413
#define GUEST_TIOCSWINSZ 0x5414
#define GUEST_FIONREAD 0x541B
#define GUEST_FIONBIO 0x5421
#define GUEST_TIOCNOTTY 0x5422
#define GUEST_TIOCGSID 0x5429
#define GUEST_TIOCGPTN 0x80045430
#define GUEST_TIOCSPTLCK 0x40045431
#define GUEST_TIOCSTI 0x5412
#define GUEST_TIOCMGET 0x5415
#define GUEST_TIOCMBIS 0x5416
#define GUEST_TIOCMBIC 0x5417
#define GUEST_TIOCMSET 0x5418
#define GUEST_TIOCSETD 0x5423
#define GUEST_TIOCGETD 0x5424
#define GUEST_TIOCSBRK 0x5427
#define GUEST_TIOCCBRK 0x5428
#define GUEST_TIOCSIG 0x40045436
#define GUEST_TIOCVHANGUP 0x5437
#define GUEST_TIOCGPTPEER 0x5441
#define GUEST_FIONCLEX 0x5450
#define GUEST_FIOCLEX 0x5451
#define GUEST_FIOASYNC 0x5452
#define GUEST_FIOQSIZE 0x5460

/* include/uapi/linux/sockios.h: interface requests on a struct ifreq
 * (40 bytes: IFNAMSIZ name + a 24-byte union, the same on both). */
#define GUEST_SIOCGIFNAME 0x8910
#define GUEST_SIOCGIFCONF 0x8912
#define GUEST_SIOCGIFFLAGS 0x8913
#define GUEST_SIOCGIFADDR 0x8915
#define GUEST_SIOCGIFDSTADDR 0x8917
#define GUEST_SIOCGIFBRDADDR 0x8919
#define GUEST_SIOCGIFNETMASK 0x891b
#define GUEST_SIOCGIFMETRIC 0x891d
#define GUEST_SIOCGIFMTU 0x8921
#define GUEST_SIOCGIFHWADDR 0x8927
#define GUEST_SIOCGIFINDEX 0x8933
#define GUEST_IFREQ_SIZE 40

/* struct ifconf: {int ifc_len; union {char *ifc_buf; ...}} on LP64. */
struct guest_ifconf {
	int32_t len;      /* ifc_len */
	int32_t pad;
	uint64_t buf;     /* ifc_buf (a macro in the C library's net/if.h) */
};
_Static_assert(sizeof(struct guest_ifconf) == 16, "ifconf size");

struct iovec;
struct pollfd;
struct winsize;
struct termios;
/* Converters, one per struct and direction.  The termios ones convert
 * between the guest's kernel struct and the host C library's struct
 * termios (used with tcgetattr/tcsetattr); flag bits are asm-generic on
 * both sides. */
void abi_pollfd_to_host(struct pollfd *h, const struct guest_pollfd *g);
void abi_pollfd_to_guest(struct guest_pollfd *g, const struct pollfd *h);
void abi_winsize_to_host(struct winsize *h, const struct guest_winsize *g);
void abi_winsize_to_guest(struct guest_winsize *g, const struct winsize *h);
void abi_termios_to_host(struct termios *h, const struct guest_termios *g);
void abi_termios_to_guest(struct guest_termios *g, const struct termios *h);

#endif
