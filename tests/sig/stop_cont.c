/*
 * stop_cont.c -- SIGTSTP at its default action stops the process (the
 * parent sees WSTOPSIG == SIGTSTP) until SIGCONT; a SIGCONT handler runs
 * after the continue.  An ignored SIGTSTP does nothing.
 * expect: stopped 20, exited 0
 * native: same
 * qemu: skip (qemu 7.2 stops itself with SIGSTOP instead of the signal it got)
 */
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

static volatile int conts;

static void on_cont(int sig)
{
	conts++;
}

int main(void)
{
	signal(SIGCONT, on_cont);
	signal(SIGTSTP, SIG_IGN);
	raise(SIGTSTP);
	printf("ignored SIGTSTP: conts=%d\n", conts);
	signal(SIGTSTP, SIG_DFL);
	raise(SIGTSTP);
	printf("continued: conts=%d\n", conts);
	return 0;
}
