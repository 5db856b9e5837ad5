/*
 * sockets_loopback.c -- BSD sockets on the loopback interface only: a TCP
 * server thread (socket/bind to port 0/listen/accept) and a client
 * (connect, getsockname/getpeername, setsockopt/getsockopt), a line
 * protocol driven by poll(), shutdown and EOF, a UDP round trip with
 * sendto/recvfrom, and the errno of connecting to a closed port.  Ports are
 * chosen by the kernel, so only their properties are printed.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static int listener;

static void die(const char *what)
{
	printf("FAILED %s: %s\n", what, strerror(errno));
	exit(1);
}

static struct sockaddr_in loopback(unsigned short port)
{
	struct sockaddr_in a;
	memset(&a, 0, sizeof a);
	a.sin_family = AF_INET;
	a.sin_port = htons(port);
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	return a;
}

/* The server echoes each line upper-cased until the client shuts down. */
static void *server(void *arg)
{
	(void)arg;
	int c = accept(listener, NULL, NULL);
	if (c < 0)
		die("accept");
	char buf[256];
	ssize_t n;
	long total = 0;
	while ((n = recv(c, buf, sizeof buf, 0)) > 0) {
		for (ssize_t i = 0; i < n; i++)
			if (buf[i] >= 'a' && buf[i] <= 'z')
				buf[i] = (char)(buf[i] - 32);
		total += n;
		if (send(c, buf, (size_t)n, 0) != n)
			die("send");
	}
	char summary[64];
	int m = snprintf(summary, sizeof summary, "server saw %ld bytes\n", total);
	send(c, summary, (size_t)m, 0);
	close(c);
	return NULL;
}

static void test_tcp(void)
{
	listener = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	int one = 1;
	setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
	struct sockaddr_in a = loopback(0);
	if (bind(listener, (struct sockaddr *)&a, sizeof a) || listen(listener, 4))
		die("bind/listen");
	socklen_t len = sizeof a;
	getsockname(listener, (struct sockaddr *)&a, &len);
	printf("listening on 127.0.0.1, kernel-chosen port nonzero=%d\n", ntohs(a.sin_port) != 0);
	pthread_t t;
	pthread_create(&t, NULL, server, NULL);

	int s = socket(AF_INET, SOCK_STREAM, 0);
	if (connect(s, (struct sockaddr *)&a, sizeof a))
		die("connect");
	setsockopt(s, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
	int v = 0;
	len = sizeof v;
	getsockopt(s, IPPROTO_TCP, TCP_NODELAY, &v, &len);
	struct sockaddr_in peer;
	len = sizeof peer;
	getpeername(s, (struct sockaddr *)&peer, &len);
	printf("connected: nodelay=%d peer=%s same port=%d\n", v != 0, inet_ntoa(peer.sin_addr),
	       peer.sin_port == a.sin_port);
	static const char *const lines[] = { "hello server\n", "second line\n", "mixed Case 123\n" };
	for (size_t i = 0; i < 3; i++) {
		send(s, lines[i], strlen(lines[i]), 0);
		char reply[64] = { 0 };
		size_t got = 0;
		while (got < strlen(lines[i])) {
			struct pollfd p = { .fd = s, .events = POLLIN };
			if (poll(&p, 1, 10000) != 1 || !(p.revents & POLLIN))
				die("poll");
			ssize_t n = recv(s, reply + got, sizeof reply - 1 - got, 0);
			if (n <= 0)
				die("recv");
			got += (size_t)n;
		}
		printf("reply: %s", reply);
	}
	shutdown(s, SHUT_WR);
	char tail[128] = { 0 };
	size_t got = 0;
	ssize_t n;
	while ((n = recv(s, tail + got, sizeof tail - 1 - got, 0)) > 0)
		got += (size_t)n;
	printf("after shutdown: %s", tail);
	printf("recv at EOF returns %zd\n", recv(s, tail, 1, 0));
	close(s);
	pthread_join(t, NULL);
	close(listener);

	int r = socket(AF_INET, SOCK_STREAM, 0);
	int rc = connect(r, (struct sockaddr *)&a, sizeof a);
	printf("connect to the closed port: %d (%s)\n", rc, strerror(errno));
	close(r);
}

static void test_udp(void)
{
	int srv = socket(AF_INET, SOCK_DGRAM, 0), cli = socket(AF_INET, SOCK_DGRAM, 0);
	struct sockaddr_in a = loopback(0), from;
	bind(srv, (struct sockaddr *)&a, sizeof a);
	socklen_t len = sizeof a;
	getsockname(srv, (struct sockaddr *)&a, &len);
	for (int i = 0; i < 3; i++) {
		char msg[32];
		int m = snprintf(msg, sizeof msg, "datagram %d", i);
		sendto(cli, msg, (size_t)m, 0, (struct sockaddr *)&a, sizeof a);
	}
	for (int i = 0; i < 3; i++) {
		char buf[64] = { 0 };
		len = sizeof from;
		ssize_t n = recvfrom(srv, buf, sizeof buf - 1, 0, (struct sockaddr *)&from, &len);
		printf("udp got %zd bytes '%s' from loopback=%d\n", n, buf,
		       from.sin_addr.s_addr == htonl(INADDR_LOOPBACK));
	}
	struct pollfd p = { .fd = srv, .events = POLLIN };
	printf("poll on empty socket with timeout 20ms: %d\n", poll(&p, 1, 20));
	close(srv);
	close(cli);
}

int main(void)
{
	test_tcp();
	test_udp();
	return 0;
}
