/*
 * disas.c -- Capstone disassembly for humans (-d in_asm, SIGILL reports).
 * Capstone is never used to decode for execution: that is a64.def's job.
 */
#include <capstone/capstone.h>
#include <pthread.h>
#include <stdio.h>
#include "config.h"
#include "xlate/xlate.h"

static __thread csh cs_handle;
static __thread int cs_ready;

char *xlate_disas(uint32_t insn, uint64_t pc, char *buf, size_t n)
{
	cs_insn *ci = NULL;
	size_t count = 0;

	if (!cs_ready) {
		if (cs_open(RF_CS_ARCH_A64, CS_MODE_LITTLE_ENDIAN, &cs_handle) == CS_ERR_OK)
			cs_ready = 1;
		else
			cs_ready = -1;
	}
	if (cs_ready > 0)
		count = cs_disasm(cs_handle, (const uint8_t *)&insn, 4, pc, 1, &ci);
	if (count == 1) {
		snprintf(buf, n, "%s%s%s", ci->mnemonic, ci->op_str[0] ? " " : "", ci->op_str);
		cs_free(ci, count);
	} else {
		snprintf(buf, n, ".inst 0x%08x (undefined)", insn);
	}
	return buf;
}
