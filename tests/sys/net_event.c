/*
 * net_event.c -- sockets (Unix socketpair with SCM_RIGHTS, TCP and UDP on
 * loopback, options) and event descriptors (epoll with its arm64 16-byte
 * epoll_event, eventfd, timerfd, inotify).
 */
#include "sys_test.h"
#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <sys/ioctl.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <stdint.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/timerfd.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>

static void test_unix(void)
{
	int sv[2], fds[2], got = -1;
	char buf[32] = {0}, cbuf[CMSG_SPACE(sizeof(int))];
	struct iovec iov = {"fd here", 7};
	struct msghdr m = {0};
	struct cmsghdr *cm;

	rep("socketpair", socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv));
	rep("send", send(sv[0], "hello", 5, 0));
	rep("recv", recv(sv[1], buf, sizeof buf, 0));
	printf("got: %s\n", buf);
	pipe(fds);
	m.msg_iov = &iov;
	m.msg_iovlen = 1;
	m.msg_control = cbuf;
	m.msg_controllen = sizeof cbuf;
	cm = CMSG_FIRSTHDR(&m);
	cm->cmsg_level = SOL_SOCKET;
	cm->cmsg_type = SCM_RIGHTS;
	cm->cmsg_len = CMSG_LEN(sizeof(int));
	memcpy(CMSG_DATA(cm), &fds[1], sizeof(int));
	rep("sendmsg with fd", sendmsg(sv[0], &m, 0));
	memset(&m, 0, sizeof m);
	memset(buf, 0, sizeof buf);
	iov.iov_base = buf;
	iov.iov_len = sizeof buf;
	m.msg_iov = &iov;
	m.msg_iovlen = 1;
	m.msg_control = cbuf;
	m.msg_controllen = sizeof cbuf;
	rep("recvmsg", recvmsg(sv[1], &m, 0));
	cm = CMSG_FIRSTHDR(&m);
	says("got SCM_RIGHTS", cm && cm->cmsg_type == SCM_RIGHTS);
	if (cm)
		memcpy(&got, CMSG_DATA(cm), sizeof got);
	rep("write via passed fd", write(got, "xy", 2));
	rep("read from pipe", read(fds[0], buf, sizeof buf));
	close(got);
	close(fds[0]);
	close(fds[1]);
	close(sv[0]);
	close(sv[1]);
}

static void test_tcp_udp(void)
{
	struct sockaddr_in a = {0}, b;
	socklen_t len = sizeof a;
	int l = socket(AF_INET, SOCK_STREAM, 0), cl, sv, one = 1, v = 0, u1, u2;
	struct timeval tv = {3, 500000}, tv2;
	char buf[16] = {0};

	rep("setsockopt reuseaddr", setsockopt(l, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one));
	len = sizeof v;
	rep("getsockopt reuseaddr", getsockopt(l, SOL_SOCKET, SO_REUSEADDR, &v, &len));
	printf("value %d len %d\n", v, (int)len);
	rep("setsockopt rcvtimeo", setsockopt(l, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv));
	len = sizeof tv2;
	rep("getsockopt rcvtimeo", getsockopt(l, SOL_SOCKET, SO_RCVTIMEO, &tv2, &len));
	printf("timeout %ld.%06ld\n", (long)tv2.tv_sec, (long)tv2.tv_usec);
	a.sin_family = AF_INET;
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	rep("bind", bind(l, (struct sockaddr *)&a, sizeof a));
	rep("bind again", bind(l, (struct sockaddr *)&a, sizeof a));
	rep("listen", listen(l, 4));
	len = sizeof a;
	rep("getsockname", getsockname(l, (struct sockaddr *)&a, &len));
	says("got a port", a.sin_port != 0 && len == sizeof a);
	cl = socket(AF_INET, SOCK_STREAM, 0);
	rep("connect", connect(cl, (struct sockaddr *)&a, sizeof a));
	len = sizeof b;
	sv = accept4(l, (struct sockaddr *)&b, &len, SOCK_CLOEXEC);
	says("accept4", sv >= 0 && b.sin_addr.s_addr == htonl(INADDR_LOOPBACK));
	rep("F_GETFD accepted", fcntl(sv, F_GETFD));
	rep("send", send(cl, "tcp!", 4, 0));
	rep("recv", recv(sv, buf, sizeof buf, 0));
	printf("got: %s\n", buf);
	len = sizeof b;
	rep("getpeername", getpeername(cl, (struct sockaddr *)&b, &len));
	says("peer is listener port", b.sin_port == a.sin_port);
	rep("shutdown", shutdown(cl, SHUT_WR));
	rep("recv at eof", recv(sv, buf, sizeof buf, 0));
	rep("connect bad len", connect(cl, (struct sockaddr *)&a, 1000));
	close(cl);
	close(sv);
	close(l);
	u1 = socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK, 0);
	u2 = socket(AF_INET, SOCK_DGRAM, 0);
	a.sin_port = 0;
	bind(u1, (struct sockaddr *)&a, sizeof a);
	len = sizeof a;
	getsockname(u1, (struct sockaddr *)&a, &len);
	rep("recvfrom empty nonblock", recvfrom(u1, buf, sizeof buf, 0, NULL, NULL));
	rep("sendto", sendto(u2, "dgram", 5, 0, (struct sockaddr *)&a, sizeof a));
	memset(buf, 0, sizeof buf);
	len = sizeof b;
	rep("recvfrom", recvfrom(u1, buf, sizeof buf, 0, (struct sockaddr *)&b, &len));
	printf("got: %s from loopback: %s\n", buf,
	       b.sin_addr.s_addr == htonl(INADDR_LOOPBACK) ? "yes" : "no");
	close(u1);
	close(u2);
	rep("socket bad family", socket(12345, SOCK_STREAM, 0));
}

static void test_epoll(void)
{
	int ep = epoll_create1(EPOLL_CLOEXEC), p[2];
	struct epoll_event ev = {0}, out[4];

	says("epoll_create1", ep >= 0);
	pipe(p);
	ev.events = EPOLLIN;
	ev.data.u64 = 0x1122334455667788ULL;
	rep("epoll_ctl add", epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev));
	rep("epoll_ctl add again", epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev));
	rep("epoll_wait idle", epoll_wait(ep, out, 4, 0));
	write(p[1], "x", 1);
	rep("epoll_wait ready", epoll_wait(ep, out, 4, 100));
	printf("events %#x data %#llx\n", out[0].events, (unsigned long long)out[0].data.u64);
	ev.events = EPOLLIN | EPOLLET;
	ev.data.u64 = 42;
	rep("epoll_ctl mod", epoll_ctl(ep, EPOLL_CTL_MOD, p[0], &ev));
	rep("epoll_wait after mod", epoll_wait(ep, out, 4, 0));
	printf("data %llu\n", (unsigned long long)out[0].data.u64);
	rep("epoll_ctl del", epoll_ctl(ep, EPOLL_CTL_DEL, p[0], NULL));
	rep("epoll_wait after del", epoll_wait(ep, out, 4, 0));
	rep("epoll_wait bad max", epoll_wait(ep, out, 0, 0));
	close(p[0]);
	close(p[1]);
	close(ep);
}

static void test_eventfd_timerfd(void)
{
	int e = eventfd(3, EFD_NONBLOCK), t;
	uint64_t v = 0;
	struct itimerspec its = {{0, 0}, {0, 20000000}}, cur;

	rep("eventfd write", write(e, &(uint64_t){4}, 8));
	rep("eventfd read", read(e, &v, 8));
	printf("counter %llu\n", (unsigned long long)v);
	rep("eventfd read empty", read(e, &v, 8));
	close(e);
	t = timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC);
	says("timerfd_create", t >= 0);
	rep("timerfd_settime", timerfd_settime(t, 0, &its, NULL));
	rep("timerfd_gettime", timerfd_gettime(t, &cur));
	says("remaining sane", cur.it_value.tv_sec == 0 && cur.it_value.tv_nsec > 0 &&
			       cur.it_value.tv_nsec <= 20000000);
	rep("timerfd read", read(t, &v, 8));
	printf("expirations %llu\n", (unsigned long long)v);
	rep("timerfd bad flags", timerfd_settime(t, 0x100, &its, NULL));
	close(t);
}

static void test_inotify(void)
{
	int in = inotify_init1(IN_NONBLOCK), w;
	char buf[512];
	struct inotify_event *ev = (struct inotify_event *)buf;
	ssize_t n;

	mkdir("watched", 0755);
	w = inotify_add_watch(in, "watched", IN_CREATE);
	says("inotify_add_watch", w > 0);
	rep("read nothing yet", read(in, buf, sizeof buf));
	close(open("watched/newfile", O_CREAT | O_WRONLY, 0644));
	n = read(in, buf, sizeof buf);
	says("event read", n > 0);
	if (n > 0)
		printf("event mask %#x name %s\n", ev->mask, ev->name);
	rep("inotify_rm_watch", inotify_rm_watch(in, w));
	rep("inotify_add_watch missing", inotify_add_watch(in, "missing", IN_CREATE));
	close(in);
}

static void test_interfaces(void)
{
	struct ifaddrs *ifa, *i;
	struct ifconf ifc;
	struct ifreq reqs[32], r;
	int s = socket(AF_INET, SOCK_DGRAM, 0), lo = 0;

	says("if_nametoindex lo", if_nametoindex("lo") > 0);
	says("if_nametoindex missing", if_nametoindex("nosuchif0") == 0);
	ifc.ifc_len = sizeof reqs;
	ifc.ifc_req = reqs;
	rep("SIOCGIFCONF", ioctl(s, SIOCGIFCONF, &ifc));
	says("SIOCGIFCONF lists interfaces", ifc.ifc_len > 0 && ifc.ifc_len % (int)sizeof(struct ifreq) == 0);
	memset(&r, 0, sizeof r);
	strcpy(r.ifr_name, "lo");
	rep("SIOCGIFFLAGS lo", ioctl(s, SIOCGIFFLAGS, &r));
	says("lo is loopback", (r.ifr_flags & IFF_LOOPBACK) != 0);
	rep("SIOCGIFMTU lo", ioctl(s, SIOCGIFMTU, &r));
	says("mtu positive", r.ifr_mtu > 0);
	rep("getifaddrs (netlink)", getifaddrs(&ifa));
	for (i = ifa; i; i = i->ifa_next)
		lo |= strcmp(i->ifa_name, "lo") == 0;
	says("getifaddrs has lo", lo);
	freeifaddrs(ifa);
	close(s);
}

int main(void)
{
	test_interfaces();
	test_unix();
	test_tcp_udp();
	test_epoll();
	test_eventfd_timerfd();
	test_inotify();
	return 0;
}
