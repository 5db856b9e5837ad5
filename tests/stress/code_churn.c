/* code_churn.c -- threads that write, run and unmap code while the others
 * run theirs: each of three threads maps a page, writes a small function
 * into it ("mov w0, #k; ret" after a few adds), makes it executable, calls
 * it, checks the result and unmaps the page, 3,000 times.  Every unmap or
 * mprotect of code invalidates runforeign's block cache, while the other
 * threads are in the middle of their own blocks: none may run a stale or
 * freed translation. */
#include "stress.h"
#include <pthread.h>
#include <stdint.h>
#include <sys/mman.h>
#include <unistd.h>

#define ROUNDS 3000
#define THREADS 3

static void *churn(void *arg)
{
	unsigned id = (unsigned)(uintptr_t)arg;

	for (unsigned i = 0; i < ROUNDS; i++) {
		uint32_t *p = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		uint16_t k = (uint16_t)(id * 10000 + i % 5000);
		unsigned n = 0;

		CHECK_SYS(p != MAP_FAILED, "mmap");
		p[n++] = 0x52800000u | (uint32_t)k << 5;     /* mov w0, #k */
		for (unsigned j = 0; j < i % 8; j++)
			p[n++] = 0x11000400u;                /* add w0, w0, #1 */
		p[n++] = 0xd65f03c0u;                        /* ret */
		__builtin___clear_cache((char *)p, (char *)(p + n));
		CHECK_SYS(mprotect(p, 4096, PROT_READ | PROT_EXEC) == 0, "mprotect");
		int r = ((int (*)(void))(uintptr_t)p)();
		CHECK(r == k + (int)(i % 8), "thread %u round %u: got %d, want %d", id, i, r, k + (int)(i % 8));
		CHECK_SYS(munmap(p, 4096) == 0, "munmap");
	}
	return NULL;
}

int main(void)
{
	pthread_t th[THREADS];

	for (unsigned i = 0; i < THREADS; i++)
		CHECK(pthread_create(&th[i], NULL, churn, (void *)(uintptr_t)(i + 1)) == 0, "pthread_create");
	for (unsigned i = 0; i < THREADS; i++)
		pthread_join(th[i], NULL);
	printf("ok: %d threads x %d code pages written, run and unmapped\n", THREADS, ROUNDS);
	return 0;
}
