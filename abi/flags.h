/*
 * flags.h -- flag words that differ between guest and host are converted
 * bit by bit through tables of {guest bit, host bit, name}.  The names also
 * give --strace its symbolic output.
 */
#ifndef RF_ABI_FLAGS_H
#define RF_ABI_FLAGS_H

#include <stddef.h>
#include <stdint.h>

struct abi_flag {
	uint64_t guest;    /* the bit(s) in the guest's word */
	uint64_t host;     /* the same meaning in the host's word */
	const char *name;  /* the uapi macro name */
};

struct abi_flag_table {
	const struct abi_flag *f;
	size_t n;
};

/* abi_flags_to_host -- the host word for guest word v; bits with no row
 * are dropped and, if unknown is not NULL, returned there. */
uint64_t abi_flags_to_host(const struct abi_flag_table *t, uint64_t v, uint64_t *unknown);

/* abi_flags_to_guest -- the guest word for host word v; unknown bits are
 * dropped. */
uint64_t abi_flags_to_guest(const struct abi_flag_table *t, uint64_t v);

/* abi_flags_name -- write guest word v symbolically ("A|B|0x40") into
 * buf (size n); "0" when v is 0.  Returns buf. */
char *abi_flags_name(const struct abi_flag_table *t, uint64_t v, char *buf, size_t n);

#endif
