/*
 * fd_io.c -- descriptor I/O: pipes, vectors, positioned I/O, dup family,
 * poll and select, sendfile, memfd, terminal ioctls on non-terminals, and
 * bad descriptors and buffers.
 */
#include "sys_test.h"
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/select.h>
#include <sys/sendfile.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <termios.h>
#include <unistd.h>

static void test_pipe(void)
{
	int p[2], n = -1;
	char buf[32] = {0};

	rep("pipe2 nonblock", pipe2(p, O_NONBLOCK | O_CLOEXEC));
	printf("fds %d %d\n", p[0], p[1]);
	rep("read empty nonblock", read(p[0], buf, sizeof buf));
	rep("F_GETFD", fcntl(p[0], F_GETFD));
	says("nonblock set", (fcntl(p[0], F_GETFL) & O_NONBLOCK) != 0);
	rep("write", write(p[1], "pipe data", 9));
	rep("FIONREAD", ioctl(p[0], FIONREAD, &n));
	printf("FIONREAD value %d\n", n);
	rep("read", read(p[0], buf, sizeof buf));
	printf("data: %s\n", buf);
	rep("lseek pipe", lseek(p[0], 0, SEEK_SET));
	rep("pipe2 bad flags", pipe2(p, 0x1));
	close(p[0]);
	close(p[1]);
	rep("pipe", pipe(p));
	rep("close write end", close(p[1]));
	rep("read at EOF", read(p[0], buf, 1));
	close(p[0]);
}

static volatile int many = 1025, negative = -1;
static void *volatile bad_ptr = (void *)16, *volatile huge_ptr = (void *)0x500000000000UL;

static void test_vectors(void)
{
	int fd = open("v", O_CREAT | O_RDWR | O_TRUNC, 0644);
	char a[4] = {0}, b[8] = {0};
	struct iovec w[3] = {{"abc", 3}, {"", 0}, {"defgh", 5}};
	struct iovec r[2] = {{a, 3}, {b, 5}};

	rep("writev", writev(fd, w, 3));
	rep("preadv", preadv(fd, r, 2, 0));
	printf("preadv: %s %s\n", a, b);
	rep("pwritev", pwritev(fd, w + 2, 1, 8));
	rep("lseek cur", lseek(fd, 0, SEEK_CUR));
	rep("lseek set 1", lseek(fd, 1, SEEK_SET));
	memset(a, 0, sizeof a);
	memset(b, 0, sizeof b);
	rep("readv", readv(fd, r, 2));
	printf("readv: %s %s\n", a, b);
	rep("writev too many", writev(fd, w, many));
	rep("writev negative", writev(fd, w, negative));
	rep("readv bad base", (r[1].iov_base = (void *)16, readv(fd, r, 2)));
	rep("preadv negative offset", preadv(fd, r, 1, -1));
	close(fd);
}

static void test_dup(void)
{
	int fd = open("v", O_RDONLY), d;

	d = rep("dup", dup(fd));
	rep("dup2 to 10", dup2(fd, 10));
	rep("dup3 cloexec", dup3(fd, 11, O_CLOEXEC));
	rep("F_GETFD 11", fcntl(11, F_GETFD));
	rep("dup3 same fd", dup3(fd, fd, 0));
	rep("dup3 bad flags", dup3(fd, 12, O_NONBLOCK));
	rep("F_DUPFD 20", fcntl(fd, F_DUPFD, 20));
	rep("F_DUPFD_CLOEXEC 30", fcntl(fd, F_DUPFD_CLOEXEC, 30));
	rep("dup bad", dup(999));
	rep("close 10", close(10));
	close(11);
	close(20);
	close(30);
	close(d);
	close(fd);
}

static void test_poll(void)
{
	int p[2];
	struct pollfd pf[2];
	fd_set rs;
	struct timeval tv = {0, 1000};
	struct timespec ts = {0, 1000000};
	sigset_t mask;

	pipe(p);
	pf[0].fd = p[0];
	pf[0].events = POLLIN;
	pf[1].fd = p[1];
	pf[1].events = POLLOUT;
	rep("poll", poll(pf, 2, 0));
	printf("revents %#x %#x\n", pf[0].revents, pf[1].revents);
	write(p[1], "x", 1);
	rep("ppoll", ppoll(pf, 1, &ts, NULL));
	printf("revents %#x\n", pf[0].revents);
	sigemptyset(&mask);
	rep("ppoll with mask", ppoll(pf, 1, &ts, &mask));
	sigaddset(&mask, SIGUSR1);
	rep("pselect with mask", pselect(p[0] + 1, NULL, NULL, NULL, &ts, &mask));
	FD_ZERO(&rs);
	FD_SET(p[0], &rs);
	rep("select ready", select(p[0] + 1, &rs, NULL, NULL, &tv));
	says("in set", FD_ISSET(p[0], &rs));
	read(p[0], (char[1]){0}, 1);
	FD_ZERO(&rs);
	FD_SET(p[0], &rs);
	tv.tv_sec = 0;
	tv.tv_usec = 2000;
	rep("select timeout", select(p[0] + 1, &rs, NULL, NULL, &tv));
	says("not in set", !FD_ISSET(p[0], &rs));
	rep("select negative n", select(-1, NULL, NULL, NULL, &tv));
	pf[0].fd = 999;
	rep("poll bad fd", poll(pf, 1, 0));
	printf("revents %#x\n", pf[0].revents);
	rep("poll bad array", syscall(SYS_ppoll, (void *)16, 1, &ts, NULL, 8));
	close(p[0]);
	close(p[1]);
}

static void test_sendfile_memfd(void)
{
	int in = open("v", O_RDONLY), out = open("w", O_CREAT | O_WRONLY | O_TRUNC, 0644);
	off_t off = 2;
	char buf[16] = {0};
	int m;
	char *map;

	rep("sendfile", sendfile(out, in, &off, 4));
	printf("offset now %ld\n", (long)off);
	close(out);
	out = open("w", O_RDONLY);
	rep("read copy", read(out, buf, sizeof buf));
	printf("copy: %s\n", buf);
	close(in);
	close(out);
	m = rep("memfd_create", memfd_create("rf", MFD_CLOEXEC));
	rep("ftruncate", ftruncate(m, 4096));
	map = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, m, 0);
	says("mmap memfd", map != MAP_FAILED);
	strcpy(map, "through the mapping");
	memset(buf, 0, sizeof buf);
	rep("pread memfd", pread(m, buf, 11, 0));
	printf("memfd: %s\n", buf);
	munmap(map, 4096);
	close(m);
}

static void test_tty_ioctls(void)
{
	struct termios t;
	struct winsize ws;
	int fd = open("v", O_RDONLY);

	rep("tcgetattr file", tcgetattr(fd, &t));
	rep("TIOCGWINSZ file", ioctl(fd, TIOCGWINSZ, &ws));
	rep("ioctl bad fd", ioctl(999, TCGETS, &t));
	rep("FIONBIO", ioctl(fd, FIONBIO, &(int){1}));
	says("nonblock via FIONBIO", (fcntl(fd, F_GETFL) & O_NONBLOCK) != 0);
	rep("FIOCLEX", ioctl(fd, FIOCLEX));
	rep("F_GETFD", fcntl(fd, F_GETFD));
	close(fd);
}

static void test_bad(void)
{
	rep("write bad fd", write(999, "x", 1));
	int fd = open("v", O_RDONLY), null = open("/dev/null", O_RDONLY);

	rep("write bad buffer", write(1, bad_ptr, 4));
	rep("write huge buffer", write(1, huge_ptr, 4));
	rep("read bad buffer", read(fd, bad_ptr, 4));
	rep("read huge buffer", read(fd, huge_ptr, 4));
	/* /dev/null reads nothing, so it never touches the buffer. */
	rep("read /dev/null bad buffer", read(null, bad_ptr, 4));
	close(fd);
	close(null);
	rep("write zero bytes", write(1, "", 0));
}

int main(void)
{
	test_pipe();
	test_vectors();
	test_dup();
	test_poll();
	test_sendfile_memfd();
	test_tty_ioctls();
	test_bad();
	return 0;
}
