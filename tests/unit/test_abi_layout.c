/*
 * test_abi_layout.c -- abi/'s guest structures against the real arm64
 * ones: every size and offset the cross-compiled probe (tests/sys/
 * abi_probe.c) reports must equal the abi definition's.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>
#include "abi/fcntl.h"
#include "abi/futex.h"
#include "abi/io.h"
#include "abi/ipc.h"
#include "abi/resource.h"
#include "abi/sched.h"
#include "abi/socket.h"
#include "abi/stat.h"
#include "abi/time.h"
#include "abi_probe.h"

static void test_stat(void **state)
{
	assert_int_equal(sizeof(struct guest_stat), PROBE_stat);
	assert_int_equal(offsetof(struct guest_stat, st_mode), PROBE_stat_st_mode);
	assert_int_equal(offsetof(struct guest_stat, st_nlink), PROBE_stat_st_nlink);
	assert_int_equal(offsetof(struct guest_stat, st_uid), PROBE_stat_st_uid);
	assert_int_equal(offsetof(struct guest_stat, st_rdev), PROBE_stat_st_rdev);
	assert_int_equal(offsetof(struct guest_stat, st_size), PROBE_stat_st_size);
	assert_int_equal(offsetof(struct guest_stat, st_blksize), PROBE_stat_st_blksize);
	assert_int_equal(offsetof(struct guest_stat, st_blocks), PROBE_stat_st_blocks);
	assert_int_equal(offsetof(struct guest_stat, st_atime_sec), PROBE_stat_st_atime);
	assert_int_equal(offsetof(struct guest_stat, st_atime_nsec), PROBE_stat_st_atime_nsec);
	assert_int_equal(offsetof(struct guest_stat, st_mtime_sec), PROBE_stat_st_mtime);
	assert_int_equal(offsetof(struct guest_stat, st_ctime_sec), PROBE_stat_st_ctime);
	assert_int_equal(offsetof(struct guest_stat, st_ctime_nsec), PROBE_stat_st_ctime_nsec);
}

static void test_statfs(void **state)
{
	assert_int_equal(sizeof(struct guest_statfs), PROBE_statfs);
	assert_int_equal(offsetof(struct guest_statfs, f_bsize), PROBE_statfs_f_bsize);
	assert_int_equal(offsetof(struct guest_statfs, f_blocks), PROBE_statfs_f_blocks);
	assert_int_equal(offsetof(struct guest_statfs, f_ffree), PROBE_statfs_f_ffree);
	assert_int_equal(offsetof(struct guest_statfs, f_fsid), PROBE_statfs_f_fsid);
	assert_int_equal(offsetof(struct guest_statfs, f_namelen), PROBE_statfs_f_namelen);
	assert_int_equal(offsetof(struct guest_statfs, f_frsize), PROBE_statfs_f_frsize);
	assert_int_equal(offsetof(struct guest_statfs, f_flags), PROBE_statfs_f_flags);
}

static void test_statx(void **state)
{
	assert_int_equal(sizeof(struct guest_statx), PROBE_statx);
	assert_int_equal(offsetof(struct guest_statx, stx_blksize), PROBE_statx_stx_blksize);
	assert_int_equal(offsetof(struct guest_statx, stx_nlink), PROBE_statx_stx_nlink);
	assert_int_equal(offsetof(struct guest_statx, stx_mode), PROBE_statx_stx_mode);
	assert_int_equal(offsetof(struct guest_statx, stx_ino), PROBE_statx_stx_ino);
	assert_int_equal(offsetof(struct guest_statx, stx_size), PROBE_statx_stx_size);
	assert_int_equal(offsetof(struct guest_statx, stx_atime), PROBE_statx_stx_atime);
	assert_int_equal(offsetof(struct guest_statx, stx_btime), PROBE_statx_stx_btime);
	assert_int_equal(offsetof(struct guest_statx, stx_mtime), PROBE_statx_stx_mtime);
	assert_int_equal(offsetof(struct guest_statx, stx_rdev_major), PROBE_statx_stx_rdev_major);
	assert_int_equal(offsetof(struct guest_statx, stx_dev_minor), PROBE_statx_stx_dev_minor);
	assert_int_equal(offsetof(struct guest_statx, stx_mnt_id), PROBE_statx_stx_mnt_id);
}

static void test_resource(void **state)
{
	assert_int_equal(sizeof(struct guest_rlimit), PROBE_rlimit);
	assert_int_equal(offsetof(struct guest_rlimit, rlim_max), PROBE_rlimit_rlim_max);
	assert_int_equal(sizeof(struct guest_rusage), PROBE_rusage);
	assert_int_equal(offsetof(struct guest_rusage, ru_stime), PROBE_rusage_ru_stime);
	assert_int_equal(offsetof(struct guest_rusage, ru_maxrss), PROBE_rusage_ru_maxrss);
	assert_int_equal(offsetof(struct guest_rusage, ru_nivcsw), PROBE_rusage_ru_nivcsw);
	assert_int_equal(sizeof(struct guest_sysinfo), PROBE_sysinfo);
	assert_int_equal(offsetof(struct guest_sysinfo, loads), PROBE_sysinfo_loads);
	assert_int_equal(offsetof(struct guest_sysinfo, totalram), PROBE_sysinfo_totalram);
	assert_int_equal(offsetof(struct guest_sysinfo, freeswap), PROBE_sysinfo_freeswap);
	assert_int_equal(offsetof(struct guest_sysinfo, procs), PROBE_sysinfo_procs);
	assert_int_equal(offsetof(struct guest_sysinfo, totalhigh), PROBE_sysinfo_totalhigh);
	assert_int_equal(offsetof(struct guest_sysinfo, mem_unit), PROBE_sysinfo_mem_unit);
	assert_int_equal(sizeof(struct guest_utsname), PROBE_utsname);
	assert_int_equal(offsetof(struct guest_utsname, release), PROBE_utsname_release);
	assert_int_equal(offsetof(struct guest_utsname, machine), PROBE_utsname_machine);
	assert_int_equal(offsetof(struct guest_utsname, domainname), PROBE_utsname_domainname);
}

static void test_time(void **state)
{
	assert_int_equal(sizeof(struct guest_timespec), PROBE_timespec);
	assert_int_equal(offsetof(struct guest_timespec, tv_nsec), PROBE_timespec_tv_nsec);
	assert_int_equal(sizeof(struct guest_timeval), PROBE_timeval);
	assert_int_equal(offsetof(struct guest_timeval, tv_usec), PROBE_timeval_tv_usec);
	assert_int_equal(sizeof(struct guest_tms), PROBE_tms);
	assert_int_equal(offsetof(struct guest_tms, tms_stime), PROBE_tms_tms_stime);
	assert_int_equal(offsetof(struct guest_tms, tms_cstime), PROBE_tms_tms_cstime);
}

static void test_io(void **state)
{
	assert_int_equal(offsetof(struct guest_dirent64, d_off), PROBE_dirent64_d_off);
	assert_int_equal(offsetof(struct guest_dirent64, d_reclen), PROBE_dirent64_d_reclen);
	assert_int_equal(offsetof(struct guest_dirent64, d_type), PROBE_dirent64_d_type);
	assert_int_equal(offsetof(struct guest_dirent64, d_name), PROBE_dirent64_d_name);
	assert_int_equal(sizeof(struct guest_iovec), PROBE_iovec);
	assert_int_equal(offsetof(struct guest_iovec, iov_len), PROBE_iovec_iov_len);
	assert_int_equal(sizeof(struct guest_winsize), PROBE_winsize);
	assert_int_equal(offsetof(struct guest_winsize, ws_col), PROBE_winsize_ws_col);
	assert_int_equal(offsetof(struct guest_winsize, ws_ypixel), PROBE_winsize_ws_ypixel);
	assert_int_equal(sizeof(struct guest_termios), PROBE_termios);
	assert_int_equal(offsetof(struct guest_termios, c_cflag), PROBE_termios_c_cflag);
	assert_int_equal(offsetof(struct guest_termios, c_lflag), PROBE_termios_c_lflag);
	assert_int_equal(offsetof(struct guest_termios, c_line), PROBE_termios_c_line);
	assert_int_equal(offsetof(struct guest_termios, c_cc), PROBE_termios_c_cc);
	assert_int_equal(GUEST_NCCS, PROBE_termios_nccs);
	assert_int_equal(sizeof(struct guest_pollfd), PROBE_pollfd);
	assert_int_equal(offsetof(struct guest_pollfd, events), PROBE_pollfd_events);
	assert_int_equal(offsetof(struct guest_pollfd, revents), PROBE_pollfd_revents);
	assert_int_equal(sizeof(struct guest_flock), PROBE_flock);
	assert_int_equal(offsetof(struct guest_flock, l_whence), PROBE_flock_l_whence);
	assert_int_equal(offsetof(struct guest_flock, l_start), PROBE_flock_l_start);
	assert_int_equal(offsetof(struct guest_flock, l_len), PROBE_flock_l_len);
	assert_int_equal(offsetof(struct guest_flock, l_pid), PROBE_flock_l_pid);
}

static void test_sockets_events(void **state)
{
	assert_int_equal(sizeof(struct guest_epoll_event), PROBE_epoll_event);
	assert_int_equal(offsetof(struct guest_epoll_event, data), PROBE_epoll_event_data);
	assert_int_equal(sizeof(struct guest_msghdr), PROBE_msghdr);
	assert_int_equal(offsetof(struct guest_msghdr, msg_namelen), PROBE_msghdr_msg_namelen);
	assert_int_equal(offsetof(struct guest_msghdr, msg_iov), PROBE_msghdr_msg_iov);
	assert_int_equal(offsetof(struct guest_msghdr, msg_iovlen), PROBE_msghdr_msg_iovlen);
	assert_int_equal(offsetof(struct guest_msghdr, msg_control), PROBE_msghdr_msg_control);
	assert_int_equal(offsetof(struct guest_msghdr, msg_controllen), PROBE_msghdr_msg_controllen);
	assert_int_equal(offsetof(struct guest_msghdr, msg_flags), PROBE_msghdr_msg_flags);
	assert_int_equal(sizeof(struct guest_mmsghdr), PROBE_mmsghdr);
	assert_int_equal(offsetof(struct guest_mmsghdr, msg_len), PROBE_mmsghdr_msg_len);
	assert_int_equal(sizeof(struct guest_cmsghdr), PROBE_cmsghdr);
	assert_int_equal(offsetof(struct guest_cmsghdr, cmsg_level), PROBE_cmsghdr_cmsg_level);
	assert_int_equal(offsetof(struct guest_cmsghdr, cmsg_type), PROBE_cmsghdr_cmsg_type);
	assert_int_equal(GUEST_SOCKADDR_MAX, PROBE_sockaddr_storage);
}

static void test_timers_clone_openhow(void **state)
{
	assert_int_equal(sizeof(struct guest_itimerspec), PROBE_itimerspec);
	assert_int_equal(offsetof(struct guest_itimerspec, it_value), PROBE_itimerspec_it_value);
	assert_int_equal(sizeof(struct guest_itimerval), PROBE_itimerval);
	assert_int_equal(offsetof(struct guest_itimerval, it_value), PROBE_itimerval_it_value);
	assert_int_equal(sizeof(struct guest_timezone), PROBE_timezone);
	assert_int_equal(sizeof(struct guest_clone_args), PROBE_clone_args);
	assert_int_equal(offsetof(struct guest_clone_args, stack), PROBE_clone_args_stack);
	assert_int_equal(offsetof(struct guest_clone_args, tls), PROBE_clone_args_tls);
	assert_int_equal(offsetof(struct guest_clone_args, cgroup), PROBE_clone_args_cgroup);
	assert_int_equal(GUEST_CLONE_ARGS_SIZE_VER0, PROBE_clone_args_size_ver0);
	assert_int_equal(sizeof(struct guest_open_how), PROBE_open_how);
	assert_int_equal(offsetof(struct guest_open_how, resolve), PROBE_open_how_resolve);
}

static void test_ipc_futex(void **state)
{
	assert_int_equal(sizeof(struct guest_ipc64_perm), PROBE_ipc64_perm);
	assert_int_equal(offsetof(struct guest_ipc64_perm, seq), PROBE_ipc64_perm_seq);
	assert_int_equal(sizeof(struct guest_semid64_ds), PROBE_semid64_ds);
	assert_int_equal(offsetof(struct guest_semid64_ds, sem_ctime), PROBE_semid64_ds_sem_ctime);
	assert_int_equal(offsetof(struct guest_semid64_ds, sem_nsems), PROBE_semid64_ds_sem_nsems);
	assert_int_equal(GUEST_SHMID64_DS_SIZE, PROBE_shmid64_ds);
	assert_int_equal(GUEST_MSQID64_DS_SIZE, PROBE_msqid64_ds);
	assert_int_equal(sizeof(struct guest_robust_list_head), PROBE_robust_list_head);
}

static void test_open_flag_values(void **state)
{
	assert_int_equal(GUEST_O_DIRECTORY, PROBE_o_directory);
	assert_int_equal(GUEST_O_NOFOLLOW, PROBE_o_nofollow);
	assert_int_equal(GUEST_O_DIRECT, PROBE_o_direct);
	assert_int_equal(GUEST_O_LARGEFILE, PROBE_o_largefile);
	assert_int_equal(GUEST_O_CLOEXEC, PROBE_o_cloexec);
	assert_int_equal(GUEST_O_PATH, PROBE_o_path);
	assert_int_equal(GUEST_O_NONBLOCK, PROBE_o_nonblock);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_stat),
		cmocka_unit_test(test_statfs),
		cmocka_unit_test(test_statx),
		cmocka_unit_test(test_resource),
		cmocka_unit_test(test_time),
		cmocka_unit_test(test_io),
		cmocka_unit_test(test_sockets_events),
		cmocka_unit_test(test_timers_clone_openhow),
		cmocka_unit_test(test_ipc_futex),
		cmocka_unit_test(test_open_flag_values),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
