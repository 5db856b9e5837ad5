/*
 * getopt_long_opts.c -- a command-line front end with getopt_long: short
 * options with and without arguments, clustered flags (-vvx), long options
 * with required and optional arguments, abbreviations, flag variables,
 * argument permutation, "--", and the messages glibc prints to stderr for
 * unknown options and missing arguments (prefixed with argv[0]).
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

static int verbose, color_flag = -1;

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "verbose", no_argument, NULL, 'v' },
		{ "name", required_argument, NULL, 'n' },
		{ "count", optional_argument, NULL, 'c' },
		{ "extra", no_argument, NULL, 'x' },
		{ "output", required_argument, NULL, 'o' },
		{ "color", no_argument, &color_flag, 1 },
		{ "no-color", no_argument, &color_flag, 0 },
		{ "level", required_argument, NULL, 1000 },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *name = "(none)", *output = "-";
	long count = 0, level = 0;
	int extra = 0, errors = 0, opt, idx;
	while ((opt = getopt_long(argc, argv, "vn:c::xo:h", longopts, &idx)) != -1) {
		switch (opt) {
		case 0: printf("flag option --%s set\n", longopts[idx].name); break;
		case 'v': verbose++; break;
		case 'n': name = optarg; break;
		case 'c': count = optarg ? strtol(optarg, NULL, 0) : 1; break;
		case 'x': extra = 1; break;
		case 'o': output = optarg; break;
		case 1000: level = strtol(optarg, NULL, 10); break;
		case 'h':
			printf("usage: getopt_long_opts [-v] [-n NAME] [-c[N]] [-x] [-o FILE] ARGS...\n");
			return 0;
		default: errors++; break;
		}
	}
	printf("verbose=%d name=%s count=%ld extra=%d output=%s color=%d level=%ld errors=%d\n",
	       verbose, name, count, extra, output, color_flag, level, errors);
	for (int i = optind; i < argc; i++)
		printf("operand[%d] = %s\n", i - optind, argv[i]);
	return errors ? 64 : 0;
}
