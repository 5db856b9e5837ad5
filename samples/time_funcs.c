/*
 * time_funcs.c -- clocks and calendar time.  Clock readings themselves
 * differ between runs, so only their properties are printed (monotonic
 * never goes back, a nanosleep lasts at least as asked, realtime agrees with
 * time() and gettimeofday()).  Calendar conversions use fixed time_t values
 * and POSIX TZ rule strings, which need no zoneinfo files.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <sys/time.h>
#include <time.h>

static long long ns_of(const struct timespec *t)
{
	return (long long)t->tv_sec * 1000000000LL + t->tv_nsec;
}

static void test_clocks(void)
{
	struct timespec prev, cur, res;
	int backwards = 0;
	clock_gettime(CLOCK_MONOTONIC, &prev);
	for (int i = 0; i < 2000; i++) {
		clock_gettime(CLOCK_MONOTONIC, &cur);
		if (ns_of(&cur) < ns_of(&prev))
			backwards++;
		prev = cur;
	}
	printf("monotonic: backwards steps=%d nsec in range=%d\n", backwards,
	       cur.tv_nsec >= 0 && cur.tv_nsec < 1000000000L);
	printf("clock_getres(MONOTONIC) ok=%d\n",
	       clock_getres(CLOCK_MONOTONIC, &res) == 0 && ns_of(&res) > 0 && ns_of(&res) <= 1000000);

	struct timespec before, after, req = { 0, 3 * 1000 * 1000 };
	clock_gettime(CLOCK_MONOTONIC, &before);
	int rc = nanosleep(&req, NULL);
	clock_gettime(CLOCK_MONOTONIC, &after);
	printf("nanosleep(3ms): rc=%d slept at least 3ms=%d\n", rc,
	       ns_of(&after) - ns_of(&before) >= 3000000);

	struct timespec rt;
	struct timeval tv;
	clock_gettime(CLOCK_REALTIME, &rt);
	gettimeofday(&tv, NULL);
	time_t now = time(NULL);
	printf("realtime after 2020=%d, time() within 2s=%d, gettimeofday within 2s=%d\n",
	       rt.tv_sec > 1577836800, llabs((long long)now - rt.tv_sec) <= 2,
	       llabs((long long)tv.tv_sec - rt.tv_sec) <= 2);
	struct timespec cpu;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);
	printf("process cputime non-negative=%d clock()>=0=%d\n", ns_of(&cpu) >= 0, clock() >= 0);
}

static void show_tm(const char *label, const struct tm *tm)
{
	char buf[256];
	strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S %Z %z | %a %A %b %B | j=%j U=%U W=%W V=%V G=%G u=%u w=%w | %c | %D %T %p %I %e", tm);
	printf("%-10s %s | isdst=%d\n", label, buf, tm->tm_isdst);
}

static void test_calendar(void)
{
	static const time_t stamps[] = { 0, 951782400, 1000000000, 1234567890, 1700000000,
					 1710054000, 1730595600, 2147483647, 4102444800LL, -86400 };
	static const char *const zones[] = { "UTC0", "EST5EDT,M3.2.0,M11.1.0",
					     "CET-1CEST,M3.5.0,M10.5.0/3", "<+0530>-5:30",
					     "NZST-12NZDT,M9.5.0,M4.1.0/3" };
	for (size_t s = 0; s < sizeof stamps / sizeof stamps[0]; s++) {
		struct tm tm;
		printf("time_t %lld\n", (long long)stamps[s]);
		show_tm("gmtime", gmtime_r(&stamps[s], &tm));
		for (size_t z = 0; z < sizeof zones / sizeof zones[0]; z++) {
			setenv("TZ", zones[z], 1);
			tzset();
			char label[16];
			snprintf(label, sizeof label, "local[%zu]", z);
			localtime_r(&stamps[s], &tm);
			show_tm(label, &tm);
			time_t back = mktime(&tm);
			if (back != stamps[s])
				printf("mktime round trip failed: %lld\n", (long long)back);
		}
	}
	struct tm t = { .tm_year = 124, .tm_mon = 1, .tm_mday = 30, .tm_hour = 25, .tm_min = -5 };
	printf("timegm normalises Feb 30 25:-5 -> %lld\n", (long long)timegm(&t));
	printf("normalised: %04d-%02d-%02d %02d:%02d wday=%d yday=%d\n", t.tm_year + 1900,
	       t.tm_mon + 1, t.tm_mday, t.tm_hour, t.tm_min, t.tm_wday, t.tm_yday);
	struct tm parsed = { 0 };
	const char *rest = strptime("2023-07-14 09:08:07", "%Y-%m-%d %H:%M:%S", &parsed);
	printf("strptime rest='%s' -> timegm %lld\n", rest ? rest : "(null)",
	       (long long)timegm(&parsed));
	setenv("TZ", "UTC0", 1);
	tzset();
	time_t fixed = 1234567890;
	printf("ctime: %s", ctime(&fixed));
	printf("asctime: %s", asctime(gmtime(&fixed)));
	printf("difftime: %.1f\n", difftime(2000, 500));
}

int main(void)
{
	test_clocks();
	test_calendar();
	return 0;
}
