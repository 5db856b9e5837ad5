/*
 * divergences.h -- the reviewed list of known, justified differences
 * between runforeign and Unicorn.  Nothing else is excluded from the
 * differential test.  An entry is here only if Unicorn (QEMU 5 inside
 * unicorn 2.0.1) is wrong per the Arm ARM or the behaviour is
 * IMPLEMENTATION DEFINED / UNKNOWN, never because runforeign is wrong.
 *
 * DIVERGENCE(ROWS, MASK, VALUE, WHEN, SKIP, REASON)
 *   ROWS        fnmatch(3) pattern on the row name ("*" = all rows)
 *   MASK/VALUE  the entry applies to words with (insn & MASK) == VALUE
 *   WHEN        DIV_ALWAYS, or DIV_BOTH_FAULT (both sides took a data
 *               abort), DIV_RF_ALIGN (runforeign took an alignment fault
 *               at an address that is not 16-byte aligned, Unicorn did
 *               not), DIV_UC_MISALIGNED_PC (Unicorn ran on at a
 *               misaligned pc)
 *   SKIP        what is not compared: DIV_SKIP_MEM (the data page),
 *               DIV_SKIP_CASE (nothing: the case is not counted),
 *               DIV_NO_RUN (the case is not even run: it breaks Unicorn)
 *   REASON      why, with the Arm ARM reference
 */
DIVERGENCE("*", 0, 0, DIV_BOTH_FAULT, DIV_SKIP_MEM,
	   "a store that takes a Data Abort leaves the bytes it would have written "
	   "UNKNOWN (Arm ARM B2.2.1, unaligned accesses may be split into smaller "
	   "accesses in any order); Unicorn writes the bytes before a page "
	   "boundary one by one, the host's single store writes none")
DIVERGENCE("*", 0, 0, DIV_UC_MISALIGNED_PC, DIV_SKIP_CASE,
	   "a branch to a misaligned address takes a PC alignment fault at the "
	   "next fetch (Arm ARM D1.3.4, PC alignment checking); QEMU 5 does "
	   "not check PC alignment and executes at the misaligned address")
#define DIV_WAIT_HINT_REASON \
	"YIELD, WFE, WFI at EL0 are hints after which execution goes on (Arm " \
	"ARM C6.2: WFE/WFI may return at any time; Linux leaves them untrapped); " \
	"Unicorn ends emulation on them and its next run resumes in a stale state"
DIVERGENCE("HINT", 0xffffffff, 0xd503203f, DIV_ALWAYS, DIV_NO_RUN, DIV_WAIT_HINT_REASON)
DIVERGENCE("HINT", 0xffffffff, 0xd503205f, DIV_ALWAYS, DIV_NO_RUN, DIV_WAIT_HINT_REASON)
DIVERGENCE("HINT", 0xffffffff, 0xd503207f, DIV_ALWAYS, DIV_NO_RUN, DIV_WAIT_HINT_REASON)
#define DIV_EXCL_ALIGN_REASON \
	"a store-exclusive to a misaligned address takes an Alignment fault: " \
	"AArch64.ExclusiveMonitorsPass() (Arm ARM J1) checks alignment before " \
	"the monitor; QEMU compares the address with the monitor first and " \
	"fails the store quietly"
DIVERGENCE("STXR*_ldstexcl", 0, 0, DIV_RF_ALIGN, DIV_SKIP_CASE, DIV_EXCL_ALIGN_REASON)
DIVERGENCE("STLXR*_ldstexcl", 0, 0, DIV_RF_ALIGN, DIV_SKIP_CASE, DIV_EXCL_ALIGN_REASON)
DIVERGENCE("STXP*_ldstexcl", 0, 0, DIV_RF_ALIGN, DIV_SKIP_CASE, DIV_EXCL_ALIGN_REASON)
DIVERGENCE("STLXP*_ldstexcl", 0, 0, DIV_RF_ALIGN, DIV_SKIP_CASE, DIV_EXCL_ALIGN_REASON)
#define DIV_ORDERED_ALIGN_REASON \
	"without FEAT_LSE2 a misaligned load-acquire or store-release takes an " \
	"Alignment fault (Arm ARM B2.5.2, alignment of data accesses); QEMU 5 " \
	"does not check (qemu-aarch64 7.2 does: tests/insn/ldst_align.S)"
DIVERGENCE("LDAR*_ldstexcl", 0, 0, DIV_RF_ALIGN, DIV_SKIP_CASE, DIV_ORDERED_ALIGN_REASON)
DIVERGENCE("STLR*_ldstexcl", 0, 0, DIV_RF_ALIGN, DIV_SKIP_CASE, DIV_ORDERED_ALIGN_REASON)
DIVERGENCE("LD[SU]M[AI][XN]*_32_memop", 0, 0, DIV_ALWAYS, DIV_SKIP_CASE,
	   "LDSMAX, LDSMIN, LDUMAX, LDUMIN in B, H and W sizes compare the low "
	   "datasize bits of Rs with the memory value, signed or unsigned (Arm "
	   "ARM C6.2 LDSMAX: value = X[s]<datasize-1:0>); QEMU 5 compares the "
	   "whole 64-bit Rs with the unextended memory value and stores the wrong "
	   "one.  Checked against qemu-aarch64 7.2 in tests/insn/ldst_atomic.S")
DIVERGENCE("PMULL", 0x00c00000, 0x00c00000, DIV_ALWAYS, DIV_SKIP_CASE,
	   "PMULL/PMULL2 with size=11 (64x64 -> 128-bit polynomial) need FEAT_PMULL "
	   "(Arm ARM C7.2 PMULL, PMULL2); the guest CPU profile does not advertise it "
	   "(no HWCAP_PMULL), so the encoding is UNDEFINED there; Unicorn's 'max' CPU "
	   "implements it")
#define DIV_PARTIAL_LOAD_REASON \
	"a load that takes a Data Abort leaves its destination registers UNKNOWN " \
	"(Arm ARM D1, exception entry on a synchronous Data Abort); QEMU writes " \
	"the registers of a multi-register SIMD&FP load one by one until an " \
	"access faults, runforeign writes none"
DIVERGENCE("LD*P_[SDQ]_*", 0, 0, DIV_BOTH_FAULT, DIV_SKIP_CASE, DIV_PARTIAL_LOAD_REASON)
DIVERGENCE("LD[1234]*_asisdls*", 0, 0, DIV_BOTH_FAULT, DIV_SKIP_CASE, DIV_PARTIAL_LOAD_REASON)
