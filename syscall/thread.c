/*
 * thread.c -- clone, clone3 and exit: guest threads as host threads, and
 * fork as a host fork.
 *
 * A thread (CLONE_VM|CLONE_THREAD|CLONE_SIGHAND) gets its own struct cpu,
 * a copy of the caller's registers with x0 = 0, the new stack and TLS, and
 * a host thread running sys_cpu_loop().  Without CLONE_VM the call is a
 * fork: the host process forks, and the child continues the same guest
 * code with x0 = 0.  CLONE_VM|CLONE_VFORK without CLONE_THREAD (vfork(),
 * posix_spawn, Go's and CPython's process starts) is a host
 * CLONE_VM|CLONE_VFORK child on a stack of its own: it shares all memory
 * with the parent, which the host kernel suspends until the child has
 * exec'd or exited, exactly as the guest expects (so posix_spawn reads the
 * child's exec errno from shared memory); its signal dispositions are its
 * own, even with CLONE_SIGHAND.  CLONE_VM without CLONE_VFORK
 * and CLONE_THREAD is served by a fork (the child does not share memory).
 * Semantics: kernel/fork.c; flags: include/uapi/linux/sched.h.
 *
 * Fork safety.  A host fork copies only the calling thread: a lock that
 * another thread held at that instant would stay held in the child for
 * ever.  So sig_fork_begin() (signal.c) takes every runforeign lock first,
 * with every host signal blocked, in the order in which every other path
 * nests them:
 *
 *   sig_actions_lock (signal.c) -> tramp_lock (sigframe.c)
 *   -> mm_lock (syscall/mm.c) -> htab_lock (xlate/exec.c)
 *   -> the mapping list's lock (xlate/gmap.c) -> cpus_lock (xlate/exec.c)
 *
 * and sig_fork_end() releases them in the parent and the child; the child
 * also drops the state of the threads it does not have (the thread count
 * here, the other cpus and their block caches in xlate/exec.c, the
 * signals queued for the parent).  The host C library's own locks
 * (malloc, stdio) are taken and reset by its fork(), after these.  A clone
 * whose exit signal is not SIGCHLD needs the raw clone system call, which
 * the C library does not see: that child inherits malloc's locks as they
 * were.
 */
#include <errno.h>
#include <fcntl.h>
#include <linux/futex.h>
#include <linux/sched.h>
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "abi/sched.h"
#include "syscall/sigframe.h"
#include "syscall/signal.h"
#include "syscall/syscall.h"
#include "syscall/uarg.h"
#include "xlate/xlate.h"

/* Flags whose effect the kernel gives every thread of a process: all
 * host threads share these anyway. */
#define THREAD_FLAGS (CLONE_VM | CLONE_THREAD | CLONE_SIGHAND)
#define CLONE_KNOWN (CSIGNAL | CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | \
		     CLONE_PTRACE | CLONE_VFORK | CLONE_PARENT | CLONE_THREAD |       \
		     CLONE_SYSVSEM | CLONE_SETTLS | CLONE_PARENT_SETTID |              \
		     CLONE_CHILD_CLEARTID | CLONE_DETACHED | CLONE_CHILD_SETTID | CLONE_IO)

/* Guest threads alive in this process (the main thread counts). */
static int live_threads = 1;

/* What clone and clone3 ask for, after argument decoding. */
struct clone_req {
	uint64_t flags;
	guest_addr_t stack;       /* new sp, or 0 to keep the caller's */
	guest_addr_t ptid, ctid;  /* CLONE_PARENT_SETTID / CHILD_*TID targets */
	uint64_t tls;             /* CLONE_SETTLS: the new TPIDR_EL0 */
};

struct thread_start {
	struct cpu *c;
	struct clone_req req;
	guest_sigset_t gmask;     /* the creator's guest signal mask */
	sem_t ready;
	int tid;
};

static void *thread_main(void *arg)
{
	struct thread_start *ts = arg;
	struct cpu *c = ts->c;
	int tid = gettid();

	if (xlate_thread_enter(c) != 0)
		RF_PANIC("cannot set up a guest thread");
	altstack_reset();
	if (ts->req.flags & CLONE_CHILD_CLEARTID)
		sys_thread.clear_child_tid = ts->req.ctid;
	if (ts->req.flags & CLONE_CHILD_SETTID)
		gmem_write(ts->req.ctid, &tid, sizeof tid);
	if (ts->req.flags & CLONE_PARENT_SETTID)
		gmem_write(ts->req.ptid, &tid, sizeof tid);
	ts->tid = tid;
	sig_thread_start(ts->gmask);
	sem_post(&ts->ready);
	sys_cpu_loop(c);
}

/* The CPU a clone child starts with: the parent's architectural registers
 * (everything before the exclusive monitor), x0 = 0, the requested stack
 * and TLS. */
static void child_cpu(struct cpu *child, const struct cpu *c, const struct clone_req *req)
{
	memcpy(child, c, offsetof(struct cpu, excl_addr));
	child->x[0] = 0;
	if (req->stack)
		child->sp = req->stack;
	if (req->flags & CLONE_SETTLS)
		child->tpidr_el0 = req->tls;
}

static long clone_thread(struct cpu *c, const struct clone_req *req)
{
	struct thread_start ts;
	pthread_attr_t attr;
	pthread_t th;
	sigset_t all, saved;
	int r;

	memset(&ts, 0, sizeof ts);
	ts.req = *req;
	ts.c = xlate_cpu_new();
	if (!ts.c)
		return -ENOMEM;
	child_cpu(ts.c, c, req);
	sem_init(&ts.ready, 0, 0);
	ts.gmask = sig_guest_mask();
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &saved);
	__atomic_add_fetch(&live_threads, 1, __ATOMIC_SEQ_CST);
	pthread_attr_init(&attr);
	pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
	r = pthread_create(&th, &attr, thread_main, &ts);
	pthread_attr_destroy(&attr);
	pthread_sigmask(SIG_SETMASK, &saved, NULL);
	if (r != 0) {
		__atomic_sub_fetch(&live_threads, 1, __ATOMIC_SEQ_CST);
		xlate_cpu_free(ts.c);
		sem_destroy(&ts.ready);
		return -EAGAIN;
	}
	while (sem_wait(&ts.ready) != 0)
		;
	sem_destroy(&ts.ready);
	return ts.tid;
}

/* A close-on-exec descriptor out of the guest's usual range, for the
 * vfork handshake; -1 if none can be had. */
static int high_fd(int fd)
{
	int h = fd < 0 ? -1 : fcntl(fd, F_DUPFD_CLOEXEC, 1000);

	if (fd >= 0)
		close(fd);
	return h;
}

static long clone_fork(struct cpu *c, const struct clone_req *req)
{
	int sig = (int)(req->flags & CSIGNAL), vp[2] = {-1, -1}, e;
	uint64_t saved;
	long pid;
	char ch;

	/* CLONE_VFORK: the parent resumes when the child has exec'd or
	 * exited, which closes the child's end of this pipe. */
	if ((req->flags & CLONE_VFORK) && pipe2(vp, O_CLOEXEC) == 0) {
		vp[0] = high_fd(vp[0]);
		vp[1] = high_fd(vp[1]);
	}
	sig_fork_begin(&saved);
	pid = sig == SIGCHLD ? fork() : syscall(SYS_clone, (unsigned long)sig, NULL, NULL, NULL, 0);
	e = errno;
	sig_fork_end(pid == 0, saved);
	if (pid != 0) {
		if (vp[1] >= 0)
			close(vp[1]);
		while (pid > 0 && vp[0] >= 0 && read(vp[0], &ch, 1) < 0 && errno == EINTR)
			;
		if (vp[0] >= 0)
			close(vp[0]);
		if (pid < 0)
			return -e;
		if (req->flags & CLONE_PARENT_SETTID)
			gmem_write(req->ptid, &(int){(int)pid}, sizeof(int));
		return pid;
	}
	/* The child: one thread, the caller's. */
	if (vp[0] >= 0)
		close(vp[0]);
	live_threads = 1;
	if (req->stack)
		c->sp = req->stack;
	if (req->flags & CLONE_SETTLS)
		c->tpidr_el0 = req->tls;
	if (req->flags & CLONE_CHILD_SETTID)
		gmem_write(req->ctid, &(int){gettid()}, sizeof(int));
	sys_thread.clear_child_tid = (req->flags & CLONE_CHILD_CLEARTID) ? req->ctid : 0;
	return 0;
}

/* ---- CLONE_VM|CLONE_VFORK ---- */

/* The host stack of a vfork child: runforeign's own code runs on it (the
 * guest's stack is the guest's business). */
#define VFORK_STACK (1u << 20)

struct vfork_start {
	struct cpu *c;            /* the child's cpu */
	uint64_t flags;
};

/* The host child.  It runs on the storage of the parent's host thread
 * (thread-local variables included), which stays suspended until the
 * child execs or exits; the parent puts its own state back afterwards. */
static int vfork_child_main(void *arg)
{
	struct vfork_start *vs = arg;
	struct cpu *c = vs->c;

	xlate_swap_current(c);
	memset(&sys_thread, 0, sizeof sys_thread);
	sys_thread.vfork_child = 1;
	if (sig_vfork_child_enter() != 0)
		_exit(127);
	sys_cpu_loop(c);
}

/* Flags the host kernel can carry out itself for the child: the tid
 * pointers are guest addresses, which are host addresses (g2h).  Not
 * CLONE_SIGHAND: the child's exec would reset the parent's host handlers
 * on the way (sig_exec_prepare()), so the child always gets dispositions
 * of its own. */
static unsigned long vfork_host_flags(const struct clone_req *req, int **ptid, int **ctid)
{
	unsigned long f = CLONE_VM | CLONE_VFORK | (req->flags & CSIGNAL) |
			  (req->flags & (CLONE_FS | CLONE_FILES | CLONE_SYSVSEM | CLONE_PARENT |
					 CLONE_IO));

	*ptid = *ctid = NULL;
	if ((req->flags & CLONE_PARENT_SETTID) && gmem_range_ok(req->ptid, 4)) {
		f |= CLONE_PARENT_SETTID;
		*ptid = g2h(req->ptid);
	}
	if ((req->flags & (CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID)) && gmem_range_ok(req->ctid, 4)) {
		f |= req->flags & (CLONE_CHILD_SETTID | CLONE_CHILD_CLEARTID);
		*ctid = g2h(req->ctid);
	}
	return f;
}

static long clone_vfork(struct cpu *c, const struct clone_req *req)
{
	struct vfork_start vs;
	struct sig_vfork_saved *saved;
	struct sys_thread st = sys_thread;
	unsigned long hflags;
	uint64_t hmask;
	int *ptid, *ctid, e;
	void *stack;
	long pid;

	vs.flags = req->flags;
	vs.c = xlate_cpu_new();
	saved = sig_vfork_save();
	stack = mmap(NULL, VFORK_STACK, PROT_READ | PROT_WRITE,
		     MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
	if (!vs.c || !saved || stack == MAP_FAILED) {
		xlate_cpu_free(vs.c);
		if (saved)
			sig_vfork_restore(saved);
		if (stack != MAP_FAILED)
			munmap(stack, VFORK_STACK);
		return -ENOMEM;
	}
	child_cpu(vs.c, c, req);
	hflags = vfork_host_flags(req, &ptid, &ctid);
	/* No host signal handler may run on this thread's storage while the
	 * child takes it over. */
	syscall(SYS_rt_sigprocmask, SIG_SETMASK, &(uint64_t){~0ull}, &hmask, sizeof hmask);
	pid = clone(vfork_child_main, (char *)stack + VFORK_STACK, (int)hflags, &vs, ptid,
		    NULL, ctid);
	e = errno;
	/* The child has exec'd or exited (or never ran). */
	xlate_swap_current(c);
	sys_exec_release();
	sys_thread = st;
	sig_vfork_restore(saved);
	syscall(SYS_rt_sigprocmask, SIG_SETMASK, &hmask, NULL, sizeof hmask);
	munmap(stack, VFORK_STACK);
	xlate_cpu_free(vs.c);
	return pid < 0 ? -e : pid;
}

static long do_clone(struct cpu *c, const struct clone_req *req)
{
	uint64_t f = req->flags;

	if (f & ~(uint64_t)CLONE_KNOWN)
		return -EINVAL;
	/* The kernel's consistency rules (copy_process()). */
	if ((f & CLONE_THREAD) && !(f & CLONE_SIGHAND))
		return -EINVAL;
	if ((f & CLONE_SIGHAND) && !(f & CLONE_VM))
		return -EINVAL;
	if ((f & THREAD_FLAGS) == THREAD_FLAGS)
		return clone_thread(c, req);
	if (f & CLONE_THREAD)
		return -EINVAL;
	if ((f & (CLONE_VM | CLONE_VFORK)) == (CLONE_VM | CLONE_VFORK))
		return clone_vfork(c, req);
	return clone_fork(c, req);
}

/* arm64 argument order (no CONFIG_CLONE_BACKWARDS*): flags, newsp,
 * parent_tidptr, tls, child_tidptr. */
long sys_clone(struct cpu *c, const uint64_t *a)
{
	struct clone_req req = {a[0], a[1], a[2], a[4], a[3]};

	return do_clone(c, &req);
}


long sys_clone3(struct cpu *c, const uint64_t *a)
{
	struct guest_clone_args ca;
	struct clone_req req;
	uint64_t size = a[1];

	memset(&ca, 0, sizeof ca);
	if (size < GUEST_CLONE_ARGS_SIZE_VER0 || size > GUEST_PAGE_SIZE)
		return -EINVAL;
	if (gmem_read(&ca, a[0], size < sizeof ca ? size : sizeof ca))
		return -EFAULT;
	if ((ca.flags & (CSIGNAL | CLONE_DETACHED)) || ca.exit_signal > 64 ||
	    (ca.flags & CLONE_PIDFD) || ca.set_tid_size || ca.cgroup ||
	    (!ca.stack != !ca.stack_size))
		return -EINVAL;
	req.flags = ca.flags | ca.exit_signal;
	req.stack = ca.stack ? ca.stack + ca.stack_size : 0;
	req.ptid = ca.parent_tid;
	req.ctid = ca.child_tid;
	req.tls = ca.tls;
	return do_clone(c, &req);
}

/* exit: end the calling thread; the process ends with its last thread.
 * As the kernel's mm_release(): clear *clear_child_tid and wake one
 * waiter, which is how pthread_join learns of the exit. */
long sys_exit(struct cpu *c, const uint64_t *a)
{
	guest_addr_t ctid = sys_thread.clear_child_tid;

	/* A vfork child is a process of one thread (the host clears its
	 * CLONE_CHILD_CLEARTID word). */
	if (sys_thread.vfork_child)
		sys_exit_process((int)a[0]);
	if (__atomic_sub_fetch(&live_threads, 1, __ATOMIC_SEQ_CST) == 0)
		sys_exit_process((int)a[0]);
	if (ctid && gmem_range_ok(ctid, 4) && gmem_write(ctid, &(int){0}, sizeof(int)) == 0)
		syscall(SYS_futex, g2h(ctid), FUTEX_WAKE, 1, NULL, NULL, 0);
	xlate_cpu_free(c);
	pthread_exit(NULL);
}
