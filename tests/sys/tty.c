/*
 * tty.c -- terminal ioctls on a pseudo-terminal: posix_openpt and the
 * TIOCGPTN/TIOCSPTLCK pair, termios get/set (the arm64 kernel struct
 * termios differs from the C library's), window size, FIONREAD, the
 * foreground process group and line discipline flags.
 */
#include "sys_test.h"
#include <fcntl.h>
#include <pty.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

int main(void)
{
	int m = posix_openpt(O_RDWR | O_NOCTTY), s, n = -1;
	struct termios t, t2;
	struct winsize ws = {24, 80, 640, 480}, ws2;
	char buf[64] = {0};
	pid_t pg;

	says("posix_openpt", m >= 0);
	rep("grantpt", grantpt(m));
	rep("unlockpt", unlockpt(m));
	says("ptsname", ptsname(m) != NULL && strncmp(ptsname(m), "/dev/pts/", 9) == 0);
	s = open(ptsname(m), O_RDWR | O_NOCTTY);
	says("open slave", s >= 0);
	says("isatty slave", isatty(s));
	says("isatty pipe-less fd", !isatty(m + 100));
	rep("tcgetattr", tcgetattr(s, &t));
	says("default canonical echo", (t.c_lflag & (ICANON | ECHO)) == (ICANON | ECHO));
	printf("VEOF %d VINTR %d VMIN %d\n", t.c_cc[VEOF], t.c_cc[VINTR], t.c_cc[VMIN]);
	cfmakeraw(&t);
	t.c_cc[VMIN] = 1;
	t.c_cc[VTIME] = 0;
	cfsetspeed(&t, B9600);
	rep("tcsetattr raw", tcsetattr(s, TCSANOW, &t));
	rep("tcgetattr again", tcgetattr(s, &t2));
	says("raw kept", !(t2.c_lflag & (ICANON | ECHO)) && t2.c_cc[VMIN] == 1);
	says("speed kept", cfgetospeed(&t2) == B9600);
	rep("tcsetattr drain", tcsetattr(s, TCSADRAIN, &t2));
	rep("tcsetattr flush", tcsetattr(s, TCSAFLUSH, &t2));
	rep("TIOCSWINSZ", ioctl(m, TIOCSWINSZ, &ws));
	rep("TIOCGWINSZ", ioctl(s, TIOCGWINSZ, &ws2));
	printf("winsize %d %d %d %d\n", ws2.ws_row, ws2.ws_col, ws2.ws_xpixel, ws2.ws_ypixel);
	rep("write master", write(m, "typed", 5));
	usleep(20000);
	rep("FIONREAD slave", ioctl(s, FIONREAD, &n));
	printf("pending %d\n", n);
	rep("read slave", read(s, buf, sizeof buf));
	printf("got %s\n", buf);
	rep("TIOCGPGRP no ctty", ioctl(s, TIOCGPGRP, &pg));
	rep("tcflush", tcflush(s, TCIOFLUSH));
	rep("tcdrain", tcdrain(s));
	rep("TCXONC", tcflow(s, TCOON));
	rep("tcgetattr on master", tcgetattr(m, &t2));
	close(s);
	close(m);
	rep("openpty (TIOCGPTPEER)", openpty(&m, &s, NULL, NULL, &ws));
	rep("TIOCGWINSZ on new pty", ioctl(s, TIOCGWINSZ, &ws2));
	printf("winsize %d %d\n", ws2.ws_row, ws2.ws_col);
	close(s);
	close(m);
	return 0;
}
