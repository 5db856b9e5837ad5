/* churn.c -- 5,000 threads created and joined (at most 32 alive at a time),
 * each returning a value derived from its index and bumping a shared
 * counter; every join must return the right value and the totals be exact.
 * Also 500 detached threads that must all run before main checks. */
#include "stress.h"
#include <pthread.h>
#include <stdint.h>

#define TOTAL 5000
#define WIDTH 32
#define DETACHED 500

static uint64_t ran;
static uint64_t detached_ran;

static void *body(void *arg)
{
	uintptr_t i = (uintptr_t)arg;
	__atomic_fetch_add(&ran, 1, __ATOMIC_RELAXED);
	return (void *)(i * 3 + 1);
}

static void *detached_body(void *arg)
{
	(void)arg;
	__atomic_fetch_add(&detached_ran, 1, __ATOMIC_RELEASE);
	return NULL;
}

int main(void)
{
	pthread_t t[WIDTH];
	for (uintptr_t base = 0; base < TOTAL; base += WIDTH) {
		uintptr_t n = TOTAL - base < WIDTH ? TOTAL - base : WIDTH;
		for (uintptr_t k = 0; k < n; k++)
			CHECK(pthread_create(&t[k], NULL, body, (void *)(base + k)) == 0,
			      "pthread_create %lu", (unsigned long)(base + k));
		for (uintptr_t k = 0; k < n; k++) {
			void *rv;
			CHECK(pthread_join(t[k], &rv) == 0, "join");
			CHECK((uintptr_t)rv == (base + k) * 3 + 1, "thread %lu returned %p",
			      (unsigned long)(base + k), rv);
		}
	}
	CHECK(ran == TOTAL, "%llu threads ran, want %d", (unsigned long long)ran, TOTAL);
	pthread_attr_t a;
	pthread_attr_init(&a);
	pthread_attr_setdetachstate(&a, PTHREAD_CREATE_DETACHED);
	for (int i = 0; i < DETACHED; i++) {
		pthread_t d;
		int e;
		while ((e = pthread_create(&d, &a, detached_body, NULL)) == EAGAIN)
			sched_yield();
		CHECK(e == 0, "detached create: %d", e);
	}
	while (__atomic_load_n(&detached_ran, __ATOMIC_ACQUIRE) != DETACHED)
		sched_yield();
	printf("ok %llu\n", (unsigned long long)ran);
	return 0;
}
