/*
 * fp_kernels.c -- a floating-point workload: an n-body step loop (sqrt,
 * division, multiply-add chains in double), a 48x48 double matrix multiply,
 * and a float dot product / saxpy over arrays (vectorised by GCC where the
 * optimisation level allows).
 * Usage: fp_kernels ITERATIONS.  Prints the energy and checksums with %.9g,
 * enough digits to catch a wrong result while tolerating nothing.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define BODIES 5
#define MAT 48
#define VEC 1024

struct body {
	double x, y, z, vx, vy, vz, mass;
};

static struct body bodies[BODIES] = {
	{ 0, 0, 0, 0, 0, 0, 39.47841760435743 },
	{ 4.84143144246472090, -1.16032004402742839, -0.103622044471123109, 0.606326392995832,
	  2.81198684491626, -0.02521836165988763, 0.03769367487038949 },
	{ 8.34336671824457987, 4.12479856412430479, -0.403523417114321381, -1.01077434617730,
	  1.82566237123041, 0.008415761376584154, 0.011286326131968767 },
	{ 12.894369562139131, -15.111151401698631, -0.22330757889265573, 1.08279100644154,
	  0.868713018169608, -0.01083263725298, 0.0017237240570597112 },
	{ 15.379697114850917, -25.919314609987964, 0.17925877295037118, 0.979090732243898,
	  0.594698998647676, -0.034755955504078, 0.0020336868699246304 },
};

static void advance(double dt)
{
	for (int i = 0; i < BODIES; i++)
		for (int j = i + 1; j < BODIES; j++) {
			double dx = bodies[i].x - bodies[j].x, dy = bodies[i].y - bodies[j].y,
			       dz = bodies[i].z - bodies[j].z;
			double d2 = dx * dx + dy * dy + dz * dz;
			double mag = dt / (d2 * sqrt(d2));
			bodies[i].vx -= dx * bodies[j].mass * mag;
			bodies[i].vy -= dy * bodies[j].mass * mag;
			bodies[i].vz -= dz * bodies[j].mass * mag;
			bodies[j].vx += dx * bodies[i].mass * mag;
			bodies[j].vy += dy * bodies[i].mass * mag;
			bodies[j].vz += dz * bodies[i].mass * mag;
		}
	for (int i = 0; i < BODIES; i++) {
		bodies[i].x += dt * bodies[i].vx;
		bodies[i].y += dt * bodies[i].vy;
		bodies[i].z += dt * bodies[i].vz;
	}
}

static double energy(void)
{
	double e = 0;
	for (int i = 0; i < BODIES; i++) {
		e += 0.5 * bodies[i].mass *
		     (bodies[i].vx * bodies[i].vx + bodies[i].vy * bodies[i].vy + bodies[i].vz * bodies[i].vz);
		for (int j = i + 1; j < BODIES; j++) {
			double dx = bodies[i].x - bodies[j].x, dy = bodies[i].y - bodies[j].y,
			       dz = bodies[i].z - bodies[j].z;
			e -= bodies[i].mass * bodies[j].mass / sqrt(dx * dx + dy * dy + dz * dz);
		}
	}
	return e;
}

static double ma[MAT][MAT], mb[MAT][MAT], mc[MAT][MAT];
static float va[VEC], vb[VEC];

static double matmul(void)
{
	for (int i = 0; i < MAT; i++)
		for (int j = 0; j < MAT; j++) {
			double s = 0;
			for (int k = 0; k < MAT; k++)
				s += ma[i][k] * mb[k][j];
			mc[i][j] = s;
		}
	double t = 0;
	for (int i = 0; i < MAT; i++)
		t += mc[i][(i * 7) % MAT];
	for (int i = 0; i < MAT; i++)
		for (int j = 0; j < MAT; j++)
			ma[i][j] = mc[i][j] / (1.0 + fabs(t));
	return t;
}

static float dot_saxpy(float a)
{
	float dot = 0;
	for (int i = 0; i < VEC; i++)
		dot += va[i] * vb[i];
	for (int i = 0; i < VEC; i++)
		vb[i] = a * va[i] + vb[i] * 0.5f;
	return dot;
}

int main(int argc, char **argv)
{
	long iters = argc > 1 ? atol(argv[1]) : 100;
	for (int i = 0; i < MAT; i++)
		for (int j = 0; j < MAT; j++) {
			ma[i][j] = (double)((i * 13 + j * 7) % 17) / 16.0 - 0.5;
			mb[i][j] = (double)((i * 5 + j * 11) % 19) / 19.0;
		}
	for (int i = 0; i < VEC; i++) {
		va[i] = (float)(i % 37) * 0.03125f;
		vb[i] = (float)(i % 23) * 0.0625f - 0.5f;
	}
	double e0 = energy(), mt = 0;
	float dot = 0;
	for (long it = 0; it < iters; it++) {
		for (int s = 0; s < 100; s++)
			advance(0.01);
		mt += matmul();
		dot += dot_saxpy(0.25f);
	}
	printf("fp_kernels: iterations=%ld energy %.9f -> %.9f matmul %.9g dot %.6g\n", iters, e0,
	       energy(), mt, (double)dot);
	return 0;
}
