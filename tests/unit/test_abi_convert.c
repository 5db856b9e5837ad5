/*
 * test_abi_convert.c -- abi/'s converters: flag tables in both directions
 * (with the x86-64 values written out, since the host headers could hide a
 * mistake by agreeing with themselves), and every struct converter field
 * by field with distinct values.
 */
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/sem.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/sysinfo.h>
#include <sys/utsname.h>
#include <termios.h>
#include <time.h>
#include <cmocka.h>
#include "abi/errno.h"
#include "abi/fcntl.h"
#include "abi/io.h"
#include "abi/ipc.h"
#include "abi/mman.h"
#include "abi/resource.h"
#include "abi/socket.h"
#include "abi/stat.h"
#include "abi/time.h"

static void test_open_flags_to_host(void **state)
{
	/* arm64 O_DIRECTORY 040000, O_NOFOLLOW 0100000 -> x86-64 0200000, 0400000 */
	assert_int_equal(abi_open_flags_to_host(GUEST_O_RDWR | GUEST_O_DIRECTORY |
						GUEST_O_NOFOLLOW | GUEST_O_CLOEXEC),
			 02 | 0200000 | 0400000 | 02000000);
	/* arm64 O_DIRECT 0200000 -> x86-64 040000; O_LARGEFILE 0400000 -> 0100000 */
	assert_int_equal(abi_open_flags_to_host(GUEST_O_DIRECT | GUEST_O_LARGEFILE), 040000 | 0100000);
	assert_int_equal(abi_open_flags_to_host(GUEST_O_WRONLY | GUEST_O_CREAT | GUEST_O_TRUNC |
						GUEST_O_APPEND | GUEST_O_EXCL),
			 O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_EXCL);
	assert_int_equal(abi_open_flags_to_host(GUEST_O_TMPFILE | GUEST_O_RDWR), O_TMPFILE | O_RDWR);
	assert_int_equal(abi_open_flags_to_host(GUEST_O_SYNC), O_SYNC);
	assert_int_equal(abi_open_flags_to_host(GUEST_O_PATH | GUEST_O_NONBLOCK), O_PATH | O_NONBLOCK);
	/* Unknown bits are dropped, as the kernel's open() ignores them. */
	assert_int_equal(abi_open_flags_to_host(0x40000000u | GUEST_O_RDONLY), 0);
}

static void test_open_flags_from_host(void **state)
{
	assert_int_equal(abi_open_flags_from_host(02 | 0100000 | 04000),
			 GUEST_O_RDWR | GUEST_O_LARGEFILE | GUEST_O_NONBLOCK);
	assert_int_equal(abi_open_flags_from_host(0200000 | 0400000 | 040000),
			 GUEST_O_DIRECTORY | GUEST_O_NOFOLLOW | GUEST_O_DIRECT);
	assert_int_equal(abi_open_flags_from_host(O_APPEND | O_WRONLY), GUEST_O_APPEND | GUEST_O_WRONLY);
}

static void test_at_flags(void **state)
{
	assert_int_equal(abi_at_flags_to_host(GUEST_AT_EMPTY_PATH | GUEST_AT_SYMLINK_NOFOLLOW),
			 AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW);
	assert_int_equal(abi_at_flags_to_host(0), 0);
	assert_int_equal(abi_at_flags_to_host(0x1), -1);
}

static void test_flag_names(void **state)
{
	char buf[128];

	assert_string_equal(abi_flags_name(&abi_open_flags, GUEST_O_CREAT | GUEST_O_CLOEXEC, buf,
					   sizeof buf), "O_CREAT|O_CLOEXEC");
	assert_string_equal(abi_flags_name(&abi_open_flags, GUEST_O_DIRECTORY | 0x80000000u, buf,
					   sizeof buf), "O_DIRECTORY|0x80000000");
	assert_string_equal(abi_flags_name(&abi_prot_flags, GUEST_PROT_READ | GUEST_PROT_EXEC, buf,
					   sizeof buf), "PROT_READ|PROT_EXEC");
	assert_string_equal(abi_flags_name(&abi_map_flags, 0, buf, sizeof buf), "0");
	/* A short buffer is cut, never overrun. */
	assert_string_equal(abi_flags_name(&abi_open_flags, GUEST_O_CREAT | GUEST_O_EXCL, buf, 5),
			    "O_CR");
}

static void test_map_flags(void **state)
{
	assert_int_equal(abi_map_flags_to_host(GUEST_MAP_PRIVATE | GUEST_MAP_ANONYMOUS |
					       GUEST_MAP_NORESERVE | GUEST_MAP_FIXED |
					       GUEST_MAP_GROWSDOWN | GUEST_MAP_STACK),
			 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE);
	/* 0x40 is x86-64's MAP_32BIT and nothing on arm64: never passed on. */
	assert_int_equal(abi_map_flags_to_host(GUEST_MAP_SHARED | 0x40), MAP_SHARED);
	assert_int_equal(abi_map_flags_to_host(GUEST_MAP_PRIVATE | GUEST_MAP_HUGETLB | (21u << 26)),
			 MAP_PRIVATE | MAP_HUGETLB | (21 << 26));
}

static void test_stat(void **state)
{
	struct stat h;
	struct guest_stat g;

	memset(&h, 0, sizeof h);
	h.st_dev = 0x801;
	h.st_ino = 0x123456789aULL;
	h.st_mode = 0100644;
	h.st_nlink = 3;
	h.st_uid = 1000;
	h.st_gid = 1001;
	h.st_rdev = 0x502;
	h.st_size = 0x1234567890LL;
	h.st_blksize = 4096;
	h.st_blocks = 77;
	h.st_atim.tv_sec = 11;
	h.st_atim.tv_nsec = 12;
	h.st_mtim.tv_sec = 13;
	h.st_mtim.tv_nsec = 14;
	h.st_ctim.tv_sec = 15;
	h.st_ctim.tv_nsec = 16;
	memset(&g, 0xff, sizeof g);
	abi_stat_to_guest(&g, &h);
	assert_int_equal(g.st_dev, 0x801);
	assert_int_equal(g.st_ino, 0x123456789aULL);
	assert_int_equal(g.st_mode, 0100644);
	assert_int_equal(g.st_nlink, 3);
	assert_int_equal(g.st_uid, 1000);
	assert_int_equal(g.st_gid, 1001);
	assert_int_equal(g.st_rdev, 0x502);
	assert_int_equal(g.pad1, 0);
	assert_int_equal(g.st_size, 0x1234567890LL);
	assert_int_equal(g.st_blksize, 4096);
	assert_int_equal(g.pad2, 0);
	assert_int_equal(g.st_blocks, 77);
	assert_int_equal(g.st_atime_sec, 11);
	assert_int_equal(g.st_atime_nsec, 12);
	assert_int_equal(g.st_mtime_sec, 13);
	assert_int_equal(g.st_mtime_nsec, 14);
	assert_int_equal(g.st_ctime_sec, 15);
	assert_int_equal(g.st_ctime_nsec, 16);
	assert_int_equal(g.unused4, 0);
}

static void test_statfs(void **state)
{
	struct statfs h;
	struct guest_statfs g;

	memset(&h, 0, sizeof h);
	h.f_type = 0xef53;
	h.f_bsize = 4096;
	h.f_blocks = 1000;
	h.f_bfree = 500;
	h.f_bavail = 400;
	h.f_files = 300;
	h.f_ffree = 200;
	memcpy(&h.f_fsid, (int[2]){7, 8}, sizeof h.f_fsid);
	h.f_namelen = 255;
	h.f_frsize = 1024;
	h.f_flags = 0x20;
	abi_statfs_to_guest(&g, &h);
	assert_int_equal(g.f_type, 0xef53);
	assert_int_equal(g.f_bsize, 4096);
	assert_int_equal(g.f_blocks, 1000);
	assert_int_equal(g.f_bfree, 500);
	assert_int_equal(g.f_bavail, 400);
	assert_int_equal(g.f_files, 300);
	assert_int_equal(g.f_ffree, 200);
	assert_int_equal(g.f_fsid[0], 7);
	assert_int_equal(g.f_fsid[1], 8);
	assert_int_equal(g.f_namelen, 255);
	assert_int_equal(g.f_frsize, 1024);
	assert_int_equal(g.f_flags, 0x20);
}

static void test_statx(void **state)
{
	struct statx h;
	struct guest_statx g;

	memset(&h, 0, sizeof h);
	h.stx_mask = 0x7ff;
	h.stx_blksize = 4096;
	h.stx_nlink = 2;
	h.stx_mode = 040755;
	h.stx_ino = 99;
	h.stx_size = 1 << 20;
	h.stx_btime.tv_sec = 5;
	h.stx_btime.tv_nsec = 6;
	h.stx_mtime.tv_sec = 7;
	h.stx_dev_major = 8;
	h.stx_dev_minor = 9;
	h.stx_mnt_id = 31;
	abi_statx_to_guest(&g, &h);
	assert_int_equal(g.stx_mask, 0x7ff);
	assert_int_equal(g.stx_blksize, 4096);
	assert_int_equal(g.stx_nlink, 2);
	assert_int_equal(g.stx_mode, 040755);
	assert_int_equal(g.stx_ino, 99);
	assert_int_equal(g.stx_size, 1 << 20);
	assert_int_equal(g.stx_btime.tv_sec, 5);
	assert_int_equal(g.stx_btime.tv_nsec, 6);
	assert_int_equal(g.stx_mtime.tv_sec, 7);
	assert_int_equal(g.stx_dev_major, 8);
	assert_int_equal(g.stx_dev_minor, 9);
	assert_int_equal(g.stx_mnt_id, 31);
}

static void test_resource(void **state)
{
	struct rlimit rl = {RLIM_INFINITY, 1024}, back;
	struct guest_rlimit grl;
	struct rusage ru;
	struct guest_rusage gru;
	struct sysinfo si;
	struct guest_sysinfo gsi;

	abi_rlimit_to_guest(&grl, &rl);
	assert_int_equal(grl.rlim_cur, ~0ULL);
	assert_int_equal(grl.rlim_max, 1024);
	abi_rlimit_to_host(&back, &grl);
	assert_int_equal(back.rlim_cur, RLIM_INFINITY);

	memset(&ru, 0, sizeof ru);
	ru.ru_utime.tv_sec = 1;
	ru.ru_stime.tv_usec = 2;
	ru.ru_maxrss = 3;
	ru.ru_nivcsw = 4;
	abi_rusage_to_guest(&gru, &ru);
	assert_int_equal(gru.ru_utime.tv_sec, 1);
	assert_int_equal(gru.ru_stime.tv_usec, 2);
	assert_int_equal(gru.ru_maxrss, 3);
	assert_int_equal(gru.ru_nivcsw, 4);

	memset(&si, 0, sizeof si);
	si.uptime = 100;
	si.loads[2] = 5;
	si.totalram = 6;
	si.freeswap = 7;
	si.procs = 8;
	si.mem_unit = 1;
	abi_sysinfo_to_guest(&gsi, &si);
	assert_int_equal(gsi.uptime, 100);
	assert_int_equal(gsi.loads[2], 5);
	assert_int_equal(gsi.totalram, 6);
	assert_int_equal(gsi.freeswap, 7);
	assert_int_equal(gsi.procs, 8);
	assert_int_equal(gsi.mem_unit, 1);
}

static void test_utsname(void **state)
{
	struct utsname h;
	struct guest_utsname g;

	memset(&h, 0, sizeof h);
	strcpy(h.sysname, "Linux");
	strcpy(h.nodename, "box");
	strcpy(h.release, "6.1.0");
	strcpy(h.machine, "x86_64");
	abi_utsname_to_guest(&g, &h);
	assert_string_equal(g.sysname, "Linux");
	assert_string_equal(g.nodename, "box");
	assert_string_equal(g.release, "6.1.0");
	assert_string_equal(g.machine, "aarch64");
}

static void test_termios_round_trip(void **state)
{
	struct guest_termios g, g2;
	struct termios h;
	int i;

	g.c_iflag = ICRNL | IXON;
	g.c_oflag = OPOST | ONLCR;
	g.c_cflag = B38400 | CS8 | CREAD;
	g.c_lflag = ISIG | ICANON | ECHO;
	g.c_line = 0;
	for (i = 0; i < GUEST_NCCS; i++)
		g.c_cc[i] = (uint8_t)(i + 1);
	abi_termios_to_host(&h, &g);
	assert_int_equal(h.c_cc[VMIN], VMIN + 1);
	assert_int_equal(h.c_lflag, ISIG | ICANON | ECHO);
	abi_termios_to_guest(&g2, &h);
	assert_memory_equal(&g, &g2, sizeof g);
}

static void test_time_and_flock(void **state)
{
	struct timespec ts = {123, 456789};
	struct guest_timespec gts;
	struct flock fl = {0}, fl2;
	struct guest_flock gfl;

	abi_timespec_to_guest(&gts, &ts);
	assert_int_equal(gts.tv_sec, 123);
	assert_int_equal(gts.tv_nsec, 456789);
	fl.l_type = F_WRLCK;
	fl.l_whence = SEEK_END;
	fl.l_start = -10;
	fl.l_len = 20;
	fl.l_pid = 4242;
	abi_flock_to_guest(&gfl, &fl);
	assert_int_equal(gfl.l_type, F_WRLCK);
	assert_int_equal(gfl.l_whence, SEEK_END);
	assert_int_equal(gfl.l_start, -10);
	assert_int_equal(gfl.l_len, 20);
	assert_int_equal(gfl.l_pid, 4242);
	abi_flock_to_host(&fl2, &gfl);
	assert_int_equal(fl2.l_start, -10);
	assert_int_equal(fl2.l_pid, 4242);
}

static void test_epoll_event(void **state)
{
	struct guest_epoll_event g = {EPOLLIN | EPOLLET, 0xdead, 0x1122334455667788ULL}, g2;
	struct epoll_event h;
	unsigned char raw[12];

	abi_epoll_event_to_host(&h, &g);
	/* x86-64's packed layout: events at 0, data at 4. */
	memcpy(raw, &h, sizeof raw);
	assert_int_equal(raw[0], EPOLLIN);
	assert_int_equal(raw[4], 0x88);
	assert_int_equal(raw[11], 0x11);
	abi_epoll_event_to_guest(&g2, &h);
	assert_int_equal(g2.events, EPOLLIN | EPOLLET);
	assert_int_equal(g2.pad, 0);
	assert_int_equal(g2.data, 0x1122334455667788ULL);
}

static void test_itimerspec(void **state)
{
	struct guest_itimerspec g = {{1, 2}, {3, 4}}, g2;
	struct itimerspec h;

	abi_itimerspec_to_host(&h, &g);
	assert_int_equal(h.it_interval.tv_sec, 1);
	assert_int_equal(h.it_value.tv_nsec, 4);
	abi_itimerspec_to_guest(&g2, &h);
	assert_memory_equal(&g, &g2, sizeof g);
}

static void test_semid(void **state)
{
	struct semid_ds h, h2;
	struct guest_semid64_ds g;
	unsigned char raw[sizeof g];

	memset(&h, 0, sizeof h);
	h.sem_perm.__key = 0x1234;
	h.sem_perm.mode = 0640;
	h.sem_otime = 111;
	h.sem_ctime = 222;
	h.sem_nsems = 3;
	abi_semid_to_guest(&g, &h);
	memcpy(raw, &g, sizeof raw);
	/* arm64 layout: otime at 48, ctime at 56, nsems at 64 (x86-64 has
	 * padding words between them). */
	assert_int_equal(*(int64_t *)(raw + 48), 111);
	assert_int_equal(*(int64_t *)(raw + 56), 222);
	assert_int_equal(*(uint64_t *)(raw + 64), 3);
	assert_int_equal(g.sem_perm.key, 0x1234);
	assert_int_equal(g.sem_perm.mode, 0640);
	abi_semid_to_host(&h2, &g);
	assert_int_equal(h2.sem_ctime, 222);
	assert_int_equal(h2.sem_nsems, 3);
	assert_int_equal(h2.sem_perm.mode, 0640);
}

static void test_errno(void **state)
{
	assert_int_equal(abi_errno_to_guest(ENOENT), GUEST_ENOENT);
	assert_int_equal(abi_errno_to_guest(EHWPOISON), GUEST_EHWPOISON);
	assert_int_equal(abi_errno_to_guest(4096), GUEST_EINVAL);
	assert_int_equal(abi_errno_to_host(GUEST_ENAMETOOLONG), ENAMETOOLONG);
	assert_int_equal(abi_errno_to_host(0), EINVAL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_open_flags_to_host),
		cmocka_unit_test(test_open_flags_from_host),
		cmocka_unit_test(test_at_flags),
		cmocka_unit_test(test_flag_names),
		cmocka_unit_test(test_map_flags),
		cmocka_unit_test(test_stat),
		cmocka_unit_test(test_statfs),
		cmocka_unit_test(test_statx),
		cmocka_unit_test(test_resource),
		cmocka_unit_test(test_utsname),
		cmocka_unit_test(test_termios_round_trip),
		cmocka_unit_test(test_time_and_flock),
		cmocka_unit_test(test_epoll_event),
		cmocka_unit_test(test_itimerspec),
		cmocka_unit_test(test_semid),
		cmocka_unit_test(test_errno),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
