/*
 * flags.c -- table-driven flag word conversion (see flags.h).
 */
#include <stdio.h>
#include <string.h>
#include "abi/flags.h"

uint64_t abi_flags_to_host(const struct abi_flag_table *t, uint64_t v, uint64_t *unknown)
{
	uint64_t r = 0, seen = 0;
	size_t i;

	for (i = 0; i < t->n; i++) {
		if ((v & t->f[i].guest) == t->f[i].guest) {
			r |= t->f[i].host;
			seen |= t->f[i].guest;
		}
	}
	if (unknown)
		*unknown = v & ~seen;
	return r;
}

uint64_t abi_flags_to_guest(const struct abi_flag_table *t, uint64_t v)
{
	uint64_t r = 0;
	size_t i;

	for (i = 0; i < t->n; i++)
		if ((v & t->f[i].host) == t->f[i].host)
			r |= t->f[i].guest;
	return r;
}

char *abi_flags_name(const struct abi_flag_table *t, uint64_t v, char *buf, size_t n)
{
	size_t len = 0, i;
	uint64_t left = v;

	if (n == 0)
		return buf;
	buf[0] = '\0';
	for (i = 0; i < t->n; i++) {
		uint64_t b = t->f[i].guest;
		if (b == 0 || (left & b) != b)
			continue;
		left &= ~b;
		len += (size_t)snprintf(buf + len, len < n ? n - len : 0, "%s%s",
					len ? "|" : "", t->f[i].name);
		if (len >= n)
			return buf;
	}
	if (left || len == 0)
		snprintf(buf + len, len < n ? n - len : 0, "%s%#llx", len ? "|" : "",
			 (unsigned long long)left);
	return buf;
}
