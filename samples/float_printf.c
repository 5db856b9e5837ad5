/*
 * float_printf.c -- printf/strtod of doubles and floats: %f %e %g %a with
 * widths, precisions and flags, halfway rounding, subnormals, infinities,
 * and the four IEEE rounding modes (printf honours the current mode, so this
 * also checks that FPCR.RMode reaches the guest's libc).  No long double: its
 * format differs between x86-64 (80-bit) and AArch64 (binary128).  NaNs come
 * from the NAN macro, never from 0.0/0.0, whose sign differs between CPUs.
 */
#include <fenv.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static const double values[] = {
	0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, 0.125, 0.1, 0.2, 0.3, 1.0 / 3.0,
	2.0 / 3.0, 3.14159265358979323846, 2.71828182845904523536, 1e-10,
	123456789.0, 9007199254740993.0, 1e21, 1e22, 1e100, 1e300, 1.7976931348623157e308,
	2.2250738585072014e-308, 4.9406564584124654e-324, 1e-320, 0.000123456,
	999.9995, 0.9999999, 99999.5, 5e-5, 1234.5678, -987654.321, 6.02214076e23,
};

static const char *const formats[] = {
	"%f", "%.0f", "%.1f", "%.3f", "%.10f", "%e", "%.0e", "%.3e", "%.15e",
	"%g", "%.1g", "%.6g", "%.17g", "%#g", "%#.0f", "%a", "%.3a", "%A",
	"%+12.4f", "%-14.3e|", "% g", "%014.5f", "%+.2e",
};

static void print_all(void)
{
	char buf[512];
	for (size_t f = 0; f < sizeof formats / sizeof formats[0]; f++) {
		printf("%-10s", formats[f]);
		for (size_t v = 0; v < sizeof values / sizeof values[0]; v++) {
			snprintf(buf, sizeof buf, formats[f], values[v]);
			printf(" [%s]", buf);
		}
		printf("\n");
	}
}

static void print_special(void)
{
	printf("inf: %f %e %g %a %10f|%-10f|\n", INFINITY, -INFINITY, INFINITY, -INFINITY,
	       INFINITY, -INFINITY);
	printf("nan: %f %e %g %a %F %E %G\n", NAN, NAN, NAN, NAN, NAN, NAN, NAN);
	printf("limits: %.17g %.17g %.17g %a %a\n", DBL_MAX, DBL_MIN, DBL_EPSILON,
	       DBL_TRUE_MIN, DBL_EPSILON);
	printf("float: %.9g %.9g %a %a %.9g\n", (double)FLT_MAX, (double)FLT_MIN,
	       (double)FLT_EPSILON, (double)(1.0f / 3.0f), (double)(0.1f));
	printf("star: [%*.*f] [%-*.*e] [%.*g]\n", 12, 3, 3.14159, 14, 2, 2.71828, 4, 1234567.0);
}

static void print_halfway(void)
{
	static const double halves[] = { 0.5, 1.5, 2.5, 3.5, -0.5, -2.5, 0.125, 0.375, 2.675,
					 1.005, 1.115, 8.345 };
	for (size_t i = 0; i < sizeof halves / sizeof halves[0]; i++)
		printf("half %.17g -> %.0f %.1f %.2f\n", halves[i], halves[i], halves[i], halves[i]);
}

static void print_rounding_modes(void)
{
	static const int modes[] = { FE_TONEAREST, FE_UPWARD, FE_DOWNWARD, FE_TOWARDZERO };
	static const char *const names[] = { "nearest", "upward", "downward", "towardzero" };
	volatile double third = 1.0, three = 3.0;
	for (int m = 0; m < 4; m++) {
		if (fesetround(modes[m]) != 0) {
			printf("fesetround(%s) failed\n", names[m]);
			continue;
		}
		double q = third / three;
		printf("%-10s 1/3=%.20f %a -1/3=%.20f 2.5=%.0f -2.5=%.0f 0.15=%.1f rint(2.5)=%g\n",
		       names[m], q, q, -q, 2.5, -2.5, 0.15, rint(2.5));
	}
	fesetround(FE_TONEAREST);
}

static void print_strtod(void)
{
	static const char *const inputs[] = {
		"0", "1e-400", "2.2250738585072011e-308", "0x1.8p+3", "-0x1p-1074", "inf",
		"-Infinity", "1.7976931348623159e308", "3.14159265358979323846264338327950288",
		"123.456e-7", "  42.5xyz", "1e23", "8.98846567431158e307", "0.1e1", ".5", "5.",
		"4.9406564584124654e-324", "2.4703282292062328e-324", "2.4703282292062327e-324",
	};
	for (size_t i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
		char *end;
		double d = strtod(inputs[i], &end);
		float f = strtof(inputs[i], NULL);
		printf("strtod(\"%s\") = %.17g %a rest=\"%s\" strtof=%.9g\n", inputs[i], d, d, end,
		       (double)f);
	}
}

int main(void)
{
	print_all();
	print_special();
	print_halfway();
	print_rounding_modes();
	print_strtod();
	return 0;
}
