/*
 * capstone.c -- Capstone as a decoding oracle for the encoding table.
 *
 * For a test case already run on runforeign (and Unicorn), Capstone
 * disassembles the word; it must name the same instruction as the row the
 * word decodes to (names and aliases: cs_names.h), and must decode it
 * exactly when runforeign does not treat it as undefined.  Known Capstone
 * 4 gaps are listed in cs_names.h with their reasons; nothing else is
 * excused.
 */
#include <capstone/capstone.h>
#include <ctype.h>
#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "config.h"
#include "tests/diff/difftest.h"
#include "xlate/a64.h"
#include "xlate/rf.h"

enum { CS_REJECTS = 1, CS_ACCEPTS, CS_MISNAMES };

struct cs_alias {
	const char *rows, *mnemonics;
};

struct cs_gap {
	const char *rows;
	uint32_t mask, value;
	int (*when)(uint32_t insn);
	int kind;
	const char *reason;
	unsigned long hits;
};

/* Rt == Rt2 (bits 4..0, 14..10): a load pair writing one register twice. */
static int rt_is_rt2(uint32_t insn)
{
	return F_RT(insn) == F_RT2(insn);
}

/* Rt == Rn (or Rt2 == Rn for pairs), Rn not SP. */
static int rt_is_rn(uint32_t insn)
{
	return F_RN(insn) != 31 && (F_RT(insn) == F_RN(insn) || F_RT2(insn) == F_RN(insn));
}

/* DUP (general): imm5 with more than its lowest set bit set. */
static int imm5_ignored_bits(uint32_t insn)
{
	uint32_t imm5 = BITS(insn, 20, 16);

	return (imm5 & (imm5 - 1)) != 0;
}

/* INS (element): imm4 bits below the element size (LowestSetBit(imm5)). */
static int imm4_ignored_bits(uint32_t insn)
{
	uint32_t imm5 = BITS(insn, 20, 16), imm4 = BITS(insn, 14, 11);
	unsigned size = imm5 ? (unsigned)__builtin_ctz(imm5) : 0;

	return size < 4 && (imm4 & ((1u << size) - 1)) != 0;
}

static const struct cs_alias aliases[] = {
#define CS_ALIAS(rows, m) {rows, m},
#define CS_GAP(rows, mask, value, when, kind, reason)
#include "tests/diff/cs_names.h"
#undef CS_ALIAS
#undef CS_GAP
};

static struct cs_gap gaps[] = {
#define CS_ALIAS(rows, m)
#define CS_GAP(rows, mask, value, when, kind, reason) {rows, mask, value, when, kind, reason, 0},
#include "tests/diff/cs_names.h"
#undef CS_ALIAS
#undef CS_GAP
};

static csh cs;

void diff_cs_init(void)
{
	if (cs_open(RF_CS_ARCH_A64, CS_MODE_LITTLE_ENDIAN, &cs) != CS_ERR_OK) {
		fprintf(stderr, "difftest: cs_open failed\n");
		exit(1);
	}
}

/* The derivable rule: NAME's first component, lowercase letters in it
 * matching any letter, then optionally "2" or ".cond". */
static int rule_matches(const char *name, const char *m)
{
	size_t i = 0;

	for (; name[i] && name[i] != '_'; i++) {
		char c = name[i];
		if (islower((unsigned char)c) ? !isalpha((unsigned char)m[i])
					       : tolower((unsigned char)c) != m[i])
			return 0;
	}
	return m[i] == '\0' || strcmp(m + i, "2") == 0 ||
	       (m[i] == '.' && strcmp(name, "B_cond") == 0);
}

static int alias_matches(const char *name, const char *m)
{
	size_t i, len = strlen(m);

	for (i = 0; i < RF_ARRAY_SIZE(aliases); i++) {
		const char *p = aliases[i].mnemonics;
		if (fnmatch(aliases[i].rows, name, 0) != 0)
			continue;
		while (*p) {
			size_t n = strcspn(p, " ");
			if (n == len && strncmp(p, m, n) == 0)
				return 1;
			p += n;
			p += strspn(p, " ");
		}
	}
	return 0;
}

static struct cs_gap *find_gap(const char *name, uint32_t insn, int kind)
{
	unsigned i;

	for (i = 0; i < RF_ARRAY_SIZE(gaps); i++)
		if (gaps[i].kind == kind && (insn & gaps[i].mask) == gaps[i].value &&
		    fnmatch(gaps[i].rows, name, 0) == 0 &&
		    (!gaps[i].when || gaps[i].when(insn)))
			return &gaps[i];
	return NULL;
}

static int excused(const char *name, uint32_t insn, int kind)
{
	struct cs_gap *g = find_gap(name, insn, kind);

	if (!g)
		return 0;
	g->hits++;
	return 1;
}

int diff_cs_check(const struct diff_case *k, const struct diff_result *rf,
		  const struct diff_result *uc, char *why, size_t n)
{
	int d = a64_decode(k->insn), rf_valid = rf->exit != DIFF_EXIT_UNDEF;
	const char *name = d >= 0 ? a64_rows[d].name : "(none)";
	cs_insn *ci = NULL;
	size_t got = cs_disasm(cs, (const uint8_t *)&k->insn, 4,
			       k->in.pc + (k->after_nop ? 4 : 0), 1, &ci);
	char m[32] = "";
	int res = 0;

	if (got)
		snprintf(m, sizeof m, "%s", ci[0].mnemonic);
	if (rf_valid && got) {
		if (!rule_matches(name, m) && !alias_matches(name, m)) {
			res = excused(name, k->insn, CS_MISNAMES) ? 2 : 1;
			snprintf(why, n, "Capstone names it '%s %s', row %s", m, ci[0].op_str, name);
		}
	} else if (rf_valid) {
		res = excused(name, k->insn, CS_REJECTS) ? 2 : 1;
		snprintf(why, n, "Capstone rejects it; runforeign executes it as %s (Unicorn: %s)",
			 name, uc->exit == DIFF_EXIT_UNDEF ? "undefined too" : "executes it");
	} else if (got) {
		res = excused(name, k->insn, CS_ACCEPTS) ? 2 : 1;
		snprintf(why, n, "runforeign says undefined (row %s); Capstone: '%s %s' "
			 "(Unicorn: %s)", name, m, ci[0].op_str,
			 uc->exit == DIFF_EXIT_UNDEF ? "undefined too" : "executes it");
	}
	if (got)
		cs_free(ci, got);
	return res;
}

void diff_cs_report(FILE *f)
{
	unsigned i;

	for (i = 0; i < RF_ARRAY_SIZE(gaps); i++)
		if (gaps[i].hits)
			fprintf(f, "capstone gap %-16s excused %6lu times: %.60s...\n", gaps[i].rows,
				gaps[i].hits, gaps[i].reason);
}
