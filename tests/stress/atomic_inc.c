/* atomic_inc.c -- 64 threads x 100,000 atomic increments of shared counters,
 * exact total required.  Built three ways (rules.mk):
 *   atomic_llsc: -march=armv8-a -mno-outline-atomics: GCC emits LDXR/STXR
 *                (LDAXR/STLXR) loops for the __atomic builtins;
 *   atomic_lse:  -march=armv8.1-a: LDADDAL;
 *   atomic_cas:  -march=armv8.1-a with -DUSE_CAS: a CASAL retry loop.
 * Also counts a 32-bit counter and a contended 128-bit-free pair of bytes
 * (byte-sized exclusives) so narrower access sizes are exercised too. */
#include "stress.h"
#include <pthread.h>
#include <stdint.h>

#define NTHREADS 64
#define NITER 100000

static uint64_t counter64;
static uint32_t counter32;
static uint8_t counter8;
static pthread_barrier_t start;

static void add64(uint64_t *p)
{
#ifdef USE_CAS
	uint64_t old = __atomic_load_n(p, __ATOMIC_RELAXED);
	while (!__atomic_compare_exchange_n(p, &old, old + 1, 0,
					    __ATOMIC_SEQ_CST, __ATOMIC_RELAXED))
		;
#else
	__atomic_fetch_add(p, 1, __ATOMIC_SEQ_CST);
#endif
}

static void add32(uint32_t *p)
{
#ifdef USE_CAS
	uint32_t old = __atomic_load_n(p, __ATOMIC_RELAXED);
	while (!__atomic_compare_exchange_n(p, &old, old + 1, 0,
					    __ATOMIC_SEQ_CST, __ATOMIC_RELAXED))
		;
#else
	__atomic_fetch_add(p, 1, __ATOMIC_RELAXED);
#endif
}

static void *worker(void *arg)
{
	(void)arg;
	pthread_barrier_wait(&start);
	for (int i = 0; i < NITER; i++) {
		add64(&counter64);
		add32(&counter32);
		if ((i & 15) == 0)
			__atomic_fetch_add(&counter8, 1, __ATOMIC_ACQ_REL);
	}
	return NULL;
}

int main(void)
{
	pthread_t t[NTHREADS];
	pthread_barrier_init(&start, NULL, NTHREADS);
	for (int i = 0; i < NTHREADS; i++)
		CHECK(pthread_create(&t[i], NULL, worker, NULL) == 0, "pthread_create %d", i);
	for (int i = 0; i < NTHREADS; i++)
		CHECK(pthread_join(t[i], NULL) == 0, "pthread_join %d", i);
	uint64_t want = (uint64_t)NTHREADS * NITER;
	CHECK(counter64 == want, "64-bit total %llu, want %llu",
	      (unsigned long long)counter64, (unsigned long long)want);
	CHECK(counter32 == (uint32_t)want, "32-bit total %u, want %u",
	      counter32, (uint32_t)want);
	uint8_t want8 = (uint8_t)(NTHREADS * ((NITER + 15) / 16));
	CHECK(counter8 == want8, "8-bit total %u, want %u", counter8, want8);
	printf("ok %llu\n", (unsigned long long)counter64);
	return 0;
}
