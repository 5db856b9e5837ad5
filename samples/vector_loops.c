/*
 * vector_loops.c -- loops GCC vectorises at -O3 (the e2e build uses -O3 for
 * this file): integer reductions over uint8/int16/int32/int64, dot
 * products, saxpy/daxpy, min/max, conditional selects, byte histograms,
 * widening multiplies, saturating clamps and reversal.  Floating-point data
 * are small integers and dyadic fractions, so every sum and product is exact
 * and the result cannot depend on FMA contraction or summation order.
 */
#include <stdint.h>
#include <stdio.h>

#define N 4099 /* not a multiple of any vector width: the tails run too */
#define NOINLINE __attribute__((noinline))

static uint8_t u8a[N], u8b[N];
static int16_t s16a[N], s16b[N];
static int32_t s32a[N], s32b[N];
static int64_t s64a[N];
static float fa[N], fb[N], fc[N];
static double da[N], db[N], dc[N];

static NOINLINE void init(unsigned seed)
{
	uint32_t x = seed;
	for (int i = 0; i < N; i++) {
		x = x * 1664525u + 1013904223u;
		u8a[i] = (uint8_t)(x >> 24);
		u8b[i] = (uint8_t)(x >> 16);
		s16a[i] = (int16_t)(x >> 8);
		s16b[i] = (int16_t)((x >> 4) & 0x7fff) - 16384;
		s32a[i] = (int32_t)x >> 3;
		s32b[i] = (int32_t)(x >> 12) - 500000;
		s64a[i] = (int64_t)x * 77777 - ((int64_t)1 << 40);
		fa[i] = (float)((int)(x >> 20) - 2048) / 4.0f;
		fb[i] = (float)((int)(x >> 22) & 255) - 128.0f;
		da[i] = (double)((int64_t)(x >> 6) - (1 << 25)) / 16.0;
		db[i] = (double)((int)(x >> 9) & 4095) - 2048.0;
	}
}

static NOINLINE uint32_t sum_u8(void)
{
	uint32_t s = 0;
	for (int i = 0; i < N; i++)
		s += u8a[i];
	return s;
}

static NOINLINE uint32_t sad_u8(void)
{
	uint32_t s = 0;
	for (int i = 0; i < N; i++)
		s += (uint32_t)(u8a[i] > u8b[i] ? u8a[i] - u8b[i] : u8b[i] - u8a[i]);
	return s;
}

static NOINLINE int64_t dot_s16(void)
{
	int64_t s = 0;
	for (int i = 0; i < N; i++)
		s += (int32_t)s16a[i] * s16b[i];
	return s;
}

static NOINLINE int64_t dot_s32(void)
{
	int64_t s = 0;
	for (int i = 0; i < N; i++)
		s += (int64_t)s32a[i] * s32b[i];
	return s;
}

static NOINLINE uint64_t xor_shift_s64(void)
{
	uint64_t s = 0;
	for (int i = 0; i < N; i++)
		s ^= (uint64_t)(s64a[i] >> 7) + ((uint64_t)s64a[i] << 3);
	return s;
}

static NOINLINE void minmax_s32(int32_t *mn, int32_t *mx)
{
	int32_t lo = INT32_MAX, hi = INT32_MIN;
	for (int i = 0; i < N; i++) {
		lo = s32a[i] < lo ? s32a[i] : lo;
		hi = s32a[i] > hi ? s32a[i] : hi;
	}
	*mn = lo;
	*mx = hi;
}

static NOINLINE void saxpy(float a)
{
	for (int i = 0; i < N; i++)
		fc[i] = a * fa[i] + fb[i];
}

static NOINLINE void daxpy(double a)
{
	for (int i = 0; i < N; i++)
		dc[i] = a * da[i] + db[i];
}

static NOINLINE void select_clamp(void)
{
	for (int i = 0; i < N; i++) {
		int32_t v = s32a[i] > 0 ? s32a[i] / 8 : -s32b[i];
		s32b[i] = v > 100000 ? 100000 : v < -100000 ? -100000 : v;
		uint16_t w = (uint16_t)(u8a[i] * u8b[i]);
		u8b[i] = (uint8_t)(w > 255 * 64 ? 255 : w >> 6);
	}
}

static NOINLINE void reverse_u8(void)
{
	for (int i = 0; i < N; i++)
		u8a[i] = u8b[N - 1 - i];
}

static NOINLINE void histogram(uint32_t h[16])
{
	for (int i = 0; i < 16; i++)
		h[i] = 0;
	for (int i = 0; i < N; i++)
		h[u8a[i] >> 4]++;
}

static uint64_t checksum_bytes(const void *p, size_t n)
{
	const unsigned char *b = p;
	uint64_t h = 1469598103934665603ull;
	for (size_t i = 0; i < n; i++)
		h = (h ^ b[i]) * 1099511628211ull;
	return h;
}

int main(void)
{
	for (unsigned round = 1; round <= 3; round++) {
		init(round * 2654435761u);
		int32_t mn, mx;
		minmax_s32(&mn, &mx);
		printf("round %u: sum_u8=%u sad_u8=%u dot_s16=%lld dot_s32=%lld xor64=%016llx "
		       "min=%d max=%d\n", round, sum_u8(), sad_u8(), (long long)dot_s16(),
		       (long long)dot_s32(), (unsigned long long)xor_shift_s64(), mn, mx);
		saxpy(0.5f);
		daxpy(-3.0);
		double fsum = 0, dsum = 0;
		for (int i = 0; i < N; i++) {
			fsum += fc[i];
			dsum += dc[i];
		}
		printf("  saxpy sum=%.3f hash=%016llx daxpy sum=%.4f hash=%016llx\n", fsum,
		       (unsigned long long)checksum_bytes(fc, sizeof fc), dsum,
		       (unsigned long long)checksum_bytes(dc, sizeof dc));
		select_clamp();
		reverse_u8();
		uint32_t h[16];
		histogram(h);
		printf("  clamp hash=%016llx bytes hash=%016llx hist:",
		       (unsigned long long)checksum_bytes(s32b, sizeof s32b),
		       (unsigned long long)checksum_bytes(u8a, sizeof u8a));
		for (int i = 0; i < 16; i++)
			printf(" %u", h[i]);
		printf("\n");
	}
	return 0;
}
