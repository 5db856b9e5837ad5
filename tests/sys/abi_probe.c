/*
 * abi_probe.c -- compiled (never run) with the AArch64 cross compiler:
 * emits the sizes and offsets of the real arm64 kernel structures as
 * "->NAME VALUE" lines in its assembly output, which the build turns into
 * build/tests/sys/abi_probe.h for tests/unit/test_abi_layout.c.  The
 * structures come from the arm64 uapi headers (Debian's
 * /usr/aarch64-linux-gnu/include); abi_probe_libc.c adds the ones the
 * uapi headers do not export.
 */
#include <stddef.h>
#include <asm/stat.h>
#include <asm/statfs.h>
#include <asm/fcntl.h>
#include <asm/poll.h>
#include <asm/termbits.h>
#include <asm/termios.h>
#include <linux/stat.h>
#include <linux/resource.h>
#include <linux/sysinfo.h>
#include <linux/utsname.h>
#include <linux/time_types.h>
#include <linux/times.h>
#include <linux/uio.h>
#include <linux/eventpoll.h>
#include <linux/sched.h>
#include <linux/openat2.h>
#include <linux/socket.h>
#include <linux/time.h>
#include <linux/futex.h>
#include <asm/sembuf.h>
#include <asm/shmbuf.h>
#include <asm/msgbuf.h>

#define SIZE(name, type) \
	asm volatile("\n.ascii \"->" #name " %0\"" : : "i"(sizeof(type)))
#define VAL(name, v) \
	asm volatile("\n.ascii \"->" #name " %0\"" : : "i"(v))
#define OFF(name, type, field) \
	asm volatile("\n.ascii \"->" #name " %0\"" : : "i"(offsetof(type, field)))

void abi_probe(void);
void abi_probe(void)
{
	SIZE(stat, struct stat);
	OFF(stat_st_mode, struct stat, st_mode);
	OFF(stat_st_nlink, struct stat, st_nlink);
	OFF(stat_st_uid, struct stat, st_uid);
	OFF(stat_st_rdev, struct stat, st_rdev);
	OFF(stat_st_size, struct stat, st_size);
	OFF(stat_st_blksize, struct stat, st_blksize);
	OFF(stat_st_blocks, struct stat, st_blocks);
	OFF(stat_st_atime, struct stat, st_atime);
	OFF(stat_st_atime_nsec, struct stat, st_atime_nsec);
	OFF(stat_st_mtime, struct stat, st_mtime);
	OFF(stat_st_ctime, struct stat, st_ctime);
	OFF(stat_st_ctime_nsec, struct stat, st_ctime_nsec);

	SIZE(statfs, struct statfs);
	OFF(statfs_f_bsize, struct statfs, f_bsize);
	OFF(statfs_f_blocks, struct statfs, f_blocks);
	OFF(statfs_f_ffree, struct statfs, f_ffree);
	OFF(statfs_f_fsid, struct statfs, f_fsid);
	OFF(statfs_f_namelen, struct statfs, f_namelen);
	OFF(statfs_f_frsize, struct statfs, f_frsize);
	OFF(statfs_f_flags, struct statfs, f_flags);

	SIZE(statx, struct statx);
	OFF(statx_stx_blksize, struct statx, stx_blksize);
	OFF(statx_stx_nlink, struct statx, stx_nlink);
	OFF(statx_stx_mode, struct statx, stx_mode);
	OFF(statx_stx_ino, struct statx, stx_ino);
	OFF(statx_stx_size, struct statx, stx_size);
	OFF(statx_stx_atime, struct statx, stx_atime);
	OFF(statx_stx_btime, struct statx, stx_btime);
	OFF(statx_stx_mtime, struct statx, stx_mtime);
	OFF(statx_stx_rdev_major, struct statx, stx_rdev_major);
	OFF(statx_stx_dev_minor, struct statx, stx_dev_minor);
	OFF(statx_stx_mnt_id, struct statx, stx_mnt_id);

	SIZE(rlimit, struct rlimit64);
	OFF(rlimit_rlim_max, struct rlimit64, rlim_max);
	SIZE(rusage, struct rusage);
	OFF(rusage_ru_stime, struct rusage, ru_stime);
	OFF(rusage_ru_maxrss, struct rusage, ru_maxrss);
	OFF(rusage_ru_nivcsw, struct rusage, ru_nivcsw);

	SIZE(sysinfo, struct sysinfo);
	OFF(sysinfo_loads, struct sysinfo, loads);
	OFF(sysinfo_totalram, struct sysinfo, totalram);
	OFF(sysinfo_freeswap, struct sysinfo, freeswap);
	OFF(sysinfo_procs, struct sysinfo, procs);
	OFF(sysinfo_totalhigh, struct sysinfo, totalhigh);
	OFF(sysinfo_mem_unit, struct sysinfo, mem_unit);

	SIZE(utsname, struct new_utsname);
	OFF(utsname_release, struct new_utsname, release);
	OFF(utsname_machine, struct new_utsname, machine);
	OFF(utsname_domainname, struct new_utsname, domainname);

	SIZE(timespec, struct __kernel_timespec);
	OFF(timespec_tv_nsec, struct __kernel_timespec, tv_nsec);
	SIZE(timeval, struct __kernel_old_timeval);
	OFF(timeval_tv_usec, struct __kernel_old_timeval, tv_usec);
	SIZE(tms, struct tms);
	OFF(tms_tms_stime, struct tms, tms_stime);
	OFF(tms_tms_cstime, struct tms, tms_cstime);

	SIZE(iovec, struct iovec);
	OFF(iovec_iov_len, struct iovec, iov_len);
	SIZE(winsize, struct winsize);
	OFF(winsize_ws_col, struct winsize, ws_col);
	OFF(winsize_ws_ypixel, struct winsize, ws_ypixel);
	SIZE(termios, struct termios);
	OFF(termios_c_cflag, struct termios, c_cflag);
	OFF(termios_c_lflag, struct termios, c_lflag);
	OFF(termios_c_line, struct termios, c_line);
	OFF(termios_c_cc, struct termios, c_cc);
	SIZE(termios_nccs, ((struct termios *)0)->c_cc);
	SIZE(pollfd, struct pollfd);
	OFF(pollfd_events, struct pollfd, events);
	OFF(pollfd_revents, struct pollfd, revents);
	SIZE(flock, struct flock);
	OFF(flock_l_whence, struct flock, l_whence);
	OFF(flock_l_start, struct flock, l_start);
	OFF(flock_l_len, struct flock, l_len);
	OFF(flock_l_pid, struct flock, l_pid);

	SIZE(epoll_event, struct epoll_event);
	OFF(epoll_event_data, struct epoll_event, data);
	SIZE(itimerspec, struct __kernel_itimerspec);
	OFF(itimerspec_it_value, struct __kernel_itimerspec, it_value);
	SIZE(itimerval, struct __kernel_old_itimerval);
	OFF(itimerval_it_value, struct __kernel_old_itimerval, it_value);
	SIZE(timezone, struct timezone);
	SIZE(clone_args, struct clone_args);
	OFF(clone_args_stack, struct clone_args, stack);
	OFF(clone_args_tls, struct clone_args, tls);
	OFF(clone_args_cgroup, struct clone_args, cgroup);
	VAL(clone_args_size_ver0, CLONE_ARGS_SIZE_VER0);
	SIZE(open_how, struct open_how);
	OFF(open_how_resolve, struct open_how, resolve);
	SIZE(sockaddr_storage, struct __kernel_sockaddr_storage);


	SIZE(ipc64_perm, struct ipc64_perm);
	OFF(ipc64_perm_seq, struct ipc64_perm, seq);
	SIZE(semid64_ds, struct semid64_ds);
	OFF(semid64_ds_sem_ctime, struct semid64_ds, sem_ctime);
	OFF(semid64_ds_sem_nsems, struct semid64_ds, sem_nsems);
	SIZE(shmid64_ds, struct shmid64_ds);
	SIZE(msqid64_ds, struct msqid64_ds);
	SIZE(robust_list_head, struct robust_list_head);

	VAL(o_directory, O_DIRECTORY);
	VAL(o_nofollow, O_NOFOLLOW);
	VAL(o_direct, O_DIRECT);
	VAL(o_largefile, O_LARGEFILE);
	VAL(o_cloexec, O_CLOEXEC);
	VAL(o_path, O_PATH);
	VAL(o_nonblock, O_NONBLOCK);
}
