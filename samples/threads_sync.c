/*
 * threads_sync.c -- POSIX threads: workers summing disjoint slices, a
 * mutex-protected counter, a condition-variable hand-off (ping-pong), a
 * barrier, C11 atomics (fetch_add, compare-exchange), thread-local storage
 * and pthread_once.  Output is printed by the main thread after joins, so it
 * does not depend on scheduling.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>

#define WORKERS 4
#define ITEMS 200000
#define PINGS 2000

static uint32_t data[ITEMS];
static uint64_t partial[WORKERS];
static long counter;
static atomic_long atomic_counter;
static atomic_int cas_max;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_barrier_t barrier;
static _Thread_local int tls_value;
static int tls_seen[WORKERS];
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int once_runs;

static void run_once(void) { once_runs++; }

static void *worker(void *arg)
{
	int id = (int)(intptr_t)arg;
	tls_value = id * 100;
	pthread_once(&once, run_once);
	uint64_t s = 0;
	for (int i = id; i < ITEMS; i += WORKERS)
		s += data[i];
	partial[id] = s;
	pthread_barrier_wait(&barrier);
	for (int i = 0; i < 5000; i++) {
		pthread_mutex_lock(&lock);
		counter++;
		pthread_mutex_unlock(&lock);
		atomic_fetch_add(&atomic_counter, 2);
		int cur = atomic_load(&cas_max), want = id * 10000 + i;
		while (cur < want && !atomic_compare_exchange_weak(&cas_max, &cur, want))
			;
	}
	tls_seen[id] = tls_value;
	return (void *)(intptr_t)(id + 1);
}

static pthread_mutex_t pp_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t pp_cond = PTHREAD_COND_INITIALIZER;
static int turn, pings_done;

static void *ponger(void *arg)
{
	(void)arg;
	pthread_mutex_lock(&pp_lock);
	for (int i = 0; i < PINGS; i++) {
		while (turn != 1)
			pthread_cond_wait(&pp_cond, &pp_lock);
		pings_done++;
		turn = 0;
		pthread_cond_signal(&pp_cond);
	}
	pthread_mutex_unlock(&pp_lock);
	return NULL;
}

static void ping_pong(void)
{
	pthread_t t;
	pthread_create(&t, NULL, ponger, NULL);
	pthread_mutex_lock(&pp_lock);
	for (int i = 0; i < PINGS; i++) {
		turn = 1;
		pthread_cond_signal(&pp_cond);
		while (turn != 0)
			pthread_cond_wait(&pp_cond, &pp_lock);
	}
	pthread_mutex_unlock(&pp_lock);
	pthread_join(t, NULL);
	printf("ping-pong: %d round trips\n", pings_done);
}

int main(void)
{
	uint64_t expect = 0;
	for (int i = 0; i < ITEMS; i++) {
		data[i] = (uint32_t)i * 2654435761u;
		expect += data[i];
	}
	pthread_barrier_init(&barrier, NULL, WORKERS);
	pthread_t t[WORKERS];
	for (int i = 0; i < WORKERS; i++)
		if (pthread_create(&t[i], NULL, worker, (void *)(intptr_t)i) != 0) {
			printf("pthread_create failed\n");
			return 1;
		}
	uint64_t total = 0;
	for (int i = 0; i < WORKERS; i++) {
		void *ret;
		pthread_join(t[i], &ret);
		total += partial[i];
		printf("worker %d returned %d, partial=%llu tls=%d\n", i, (int)(intptr_t)ret,
		       (unsigned long long)partial[i], tls_seen[i]);
	}
	printf("sum ok=%d counter=%ld atomic=%ld cas_max=%d once_runs=%d main tls=%d\n",
	       total == expect, counter, atomic_load(&atomic_counter), atomic_load(&cas_max),
	       once_runs, tls_value);
	pthread_barrier_destroy(&barrier);
	ping_pong();
	return 0;
}
