/*
 * stdin_filter.c -- a Unix filter: reads standard input to the end (in
 * chunks, with getline), numbers each line, reverses its words, applies
 * ROT13 to letters and upper-cases the rest, and finally prints wc-style
 * counts and a character-class histogram (C locale) to standard output and
 * a one-line summary to standard error.  Works on empty input and on input
 * without a final newline.
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char rot13(int c)
{
	if (c >= 'a' && c <= 'z')
		return (char)('a' + (c - 'a' + 13) % 26);
	if (c >= 'A' && c <= 'Z')
		return (char)('A' + (c - 'A' + 13) % 26);
	return (char)toupper(c);
}

static void reverse_words(char *line, size_t len, char *out)
{
	size_t o = 0, end = len;
	while (end > 0) {
		while (end > 0 && isspace((unsigned char)line[end - 1]))
			end--;
		size_t start = end;
		while (start > 0 && !isspace((unsigned char)line[start - 1]))
			start--;
		if (start == end)
			break;
		if (o)
			out[o++] = ' ';
		for (size_t i = start; i < end; i++)
			out[o++] = rot13((unsigned char)line[i]);
		end = start;
	}
	out[o] = 0;
}

int main(void)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	long lines = 0, words = 0, bytes = 0, longest = 0;
	long classes[5] = { 0 }; /* alpha, digit, space, punct, other */
	while ((n = getline(&line, &cap, stdin)) != -1) {
		lines++;
		bytes += n;
		if (n > longest)
			longest = n;
		int in_word = 0;
		for (ssize_t i = 0; i < n; i++) {
			unsigned char c = (unsigned char)line[i];
			classes[isalpha(c) ? 0 : isdigit(c) ? 1 : isspace(c) ? 2 : ispunct(c) ? 3 : 4]++;
			if (isspace(c))
				in_word = 0;
			else if (!in_word) {
				in_word = 1;
				words++;
			}
		}
		char *out = malloc((size_t)n * 2 + 1);
		reverse_words(line, (size_t)n, out);
		printf("%4ld| %s\n", lines, out);
		free(out);
	}
	free(line);
	printf("lines=%ld words=%ld bytes=%ld longest=%ld\n", lines, words, bytes, longest);
	printf("alpha=%ld digit=%ld space=%ld punct=%ld other=%ld\n", classes[0], classes[1],
	       classes[2], classes[3], classes[4]);
	fprintf(stderr, "stdin_filter: %ld lines processed, ferror=%d\n", lines, ferror(stdin));
	return 0;
}
