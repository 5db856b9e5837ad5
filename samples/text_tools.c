/*
 * text_tools.c -- libc's text machinery on standard input: POSIX extended
 * regular expressions with capture groups (regcomp/regexec), fnmatch
 * patterns, a word-frequency count kept in a tsearch binary tree, and
 * wordexp-free tokenising with strsep.  Reads the text to analyse from
 * standard input; prints matches, pattern results and the 15 most frequent
 * words (ties broken alphabetically).
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <fnmatch.h>
#include <regex.h>
#include <search.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct word {
	char *text;
	int count;
};

static struct word *all_words[4096];
static int nwords;

static int cmp_word(const void *a, const void *b)
{
	return strcmp(((const struct word *)a)->text, ((const struct word *)b)->text);
}

static int cmp_freq(const void *a, const void *b)
{
	const struct word *x = *(struct word *const *)a, *y = *(struct word *const *)b;
	if (x->count != y->count)
		return y->count - x->count;
	return strcmp(x->text, y->text);
}

static void count_word(void **root, const char *w)
{
	struct word key = { (char *)w, 0 };
	struct word **found = tfind(&key, root, cmp_word);
	if (found) {
		(*found)->count++;
		return;
	}
	if (nwords == (int)(sizeof all_words / sizeof all_words[0]))
		return;
	struct word *n = malloc(sizeof *n);
	n->text = strdup(w);
	n->count = 1;
	tsearch(n, root, cmp_word);
	all_words[nwords++] = n;
}

static void regex_scan(const char *text)
{
	static const char *const patterns[] = {
		"([A-Z][a-z]+) ([a-z]+)", "([0-9]+)[.]([0-9]+)", "(qu|th)[a-z]*", "[[:punct:]]{2,}",
		"^[^ ]+$", "(a|b)*c", "([a-z]+)@([a-z]+)\\.(com|org)",
	};
	for (size_t p = 0; p < sizeof patterns / sizeof patterns[0]; p++) {
		regex_t re;
		int rc = regcomp(&re, patterns[p], REG_EXTENDED | REG_NEWLINE);
		if (rc) {
			char err[128];
			regerror(rc, &re, err, sizeof err);
			printf("regcomp('%s'): %s\n", patterns[p], err);
			continue;
		}
		regmatch_t m[4];
		const char *s = text;
		int hits = 0;
		printf("/%s/:", patterns[p]);
		while (hits < 6 && regexec(&re, s, 4, m, s == text ? 0 : REG_NOTBOL) == 0) {
			printf(" [%.*s", (int)(m[0].rm_eo - m[0].rm_so), s + m[0].rm_so);
			for (int g = 1; g < 4 && m[g].rm_so >= 0; g++)
				printf(" \\%d=%.*s", g, (int)(m[g].rm_eo - m[g].rm_so), s + m[g].rm_so);
			printf("]");
			s += m[0].rm_eo > 0 ? m[0].rm_eo : 1;
			hits++;
		}
		printf(" (%d)\n", hits);
		regfree(&re);
	}
	regex_t bad;
	int rc = regcomp(&bad, "a(b", REG_EXTENDED);
	char err[128];
	regerror(rc, &bad, err, sizeof err);
	printf("regcomp('a(b'): %s\n", err);
}

static void globbing(void)
{
	static const char *const names[] = { "main.c", "Makefile", ".hidden", "dir/file.h",
					     "a[1].txt", "README.md" };
	static const struct { const char *pat; int flags; } pats[] = {
		{ "*.c", 0 }, { "*", 0 }, { "*", FNM_PERIOD }, { "dir/*", FNM_PATHNAME },
		{ "*file*", FNM_PATHNAME }, { "[A-Z]*", 0 }, { "a\\[1\\].txt", 0 },
		{ "*.MD", FNM_CASEFOLD }, { "?ain.[ch]", 0 },
	};
	for (size_t p = 0; p < sizeof pats / sizeof pats[0]; p++) {
		printf("fnmatch %-12s flags=%d:", pats[p].pat, pats[p].flags);
		for (size_t n = 0; n < sizeof names / sizeof names[0]; n++)
			if (fnmatch(pats[p].pat, names[n], pats[p].flags) == 0)
				printf(" %s", names[n]);
		printf("\n");
	}
}

int main(void)
{
	static char text[1 << 16];
	size_t len = fread(text, 1, sizeof text - 1, stdin);
	text[len] = 0;
	regex_scan(text);
	globbing();

	void *root = NULL;
	char *copy = strdup(text), *rest = copy, *tok;
	while ((tok = strsep(&rest, " \t\n.,;:!?()[]{}\"'")) != NULL) {
		if (!*tok)
			continue;
		for (char *c = tok; *c; c++)
			*c = (char)tolower((unsigned char)*c);
		count_word(&root, tok);
	}
	qsort(all_words, (size_t)nwords, sizeof all_words[0], cmp_freq);
	printf("distinct words: %d\n", nwords);
	for (int i = 0; i < nwords && i < 15; i++)
		printf("%3d %s\n", all_words[i]->count, all_words[i]->text);
	for (int i = 0; i < nwords; i++) {
		tdelete(all_words[i], &root, cmp_word);
		free(all_words[i]->text);
		free(all_words[i]);
	}
	printf("tree empty after deletes: %d\n", root == NULL);
	free(copy);
	return 0;
}
