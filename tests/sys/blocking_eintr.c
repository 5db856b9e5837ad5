/*
 * blocking_eintr.c -- blocking calls interrupted by a signal handler: each
 * returns EINTR without SA_RESTART; with SA_RESTART the kernel restarts
 * read, accept and futex waits but never nanosleep, select, poll or
 * epoll_wait (kernel/signal.c, -ERESTARTNOHAND and -ERESTART_RESTARTBLOCK).
 */
#include "sys_test.h"
#include <linux/futex.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <sys/epoll.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static volatile int hits;

static void on_alarm(int sig)
{
	hits++;
}

static void handler(int restart)
{
	struct sigaction sa = {0};

	sa.sa_handler = on_alarm;
	sa.sa_flags = restart ? SA_RESTART : 0;
	sigaction(SIGALRM, &sa, NULL);
}

static void arm(void)
{
	struct itimerval it = {{0, 0}, {0, 30000}};

	setitimer(ITIMER_REAL, &it, NULL);
}

static void interrupted_calls(const char *mode)
{
	int p[2], ep = epoll_create1(0), s = socket(AF_INET, SOCK_STREAM, 0);
	struct sockaddr_in a = {0};
	struct timespec req = {2, 0}, rem = {0, 0};
	struct pollfd pf;
	struct epoll_event ev;
	fd_set rs;
	char c;
	uint32_t word = 0;

	pipe(p);
	printf("-- %s\n", mode);
	arm();
	rep("nanosleep", nanosleep(&req, &rem));
	says("remaining time reported", rem.tv_sec >= 1);
	pf.fd = p[0];
	pf.events = POLLIN;
	arm();
	rep("poll", poll(&pf, 1, 2000));
	FD_ZERO(&rs);
	FD_SET(p[0], &rs);
	arm();
	rep("select", select(p[0] + 1, &rs, NULL, NULL, &(struct timeval){2, 0}));
	ev.events = EPOLLIN;
	ev.data.u64 = 1;
	epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev);
	arm();
	rep("epoll_wait", epoll_wait(ep, &ev, 1, 2000));
	if (strcmp(mode, "no SA_RESTART") == 0) {
		arm();
		rep("read", read(p[0], &c, 1));
		a.sin_family = AF_INET;
		a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
		bind(s, (struct sockaddr *)&a, sizeof a);
		listen(s, 1);
		arm();
		rep("accept", accept(s, NULL, NULL));
		arm();
		rep("futex wait", syscall(SYS_futex, &word, FUTEX_WAIT_PRIVATE, 0,
					  &(struct timespec){2, 0}, NULL, 0));
	}
	close(p[0]);
	close(p[1]);
	close(ep);
	close(s);
}

/* With SA_RESTART a read blocked on an empty pipe is restarted and gets
 * the byte a child writes after the signal. */
static void restarted_read(void)
{
	int p[2], st;
	char c = 0;
	pid_t pid;

	pipe(p);
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		usleep(150000);
		write(p[1], "R", 1);
		_exit(0);
	}
	arm();
	rep("read restarted", read(p[0], &c, 1));
	printf("got %c, handler ran: %s\n", c, hits > 0 ? "yes" : "no");
	waitpid(pid, &st, 0);
	close(p[0]);
	close(p[1]);
}

int main(void)
{
	handler(0);
	interrupted_calls("no SA_RESTART");
	handler(1);
	interrupted_calls("SA_RESTART");
	hits = 0;
	restarted_read();
	return 0;
}
