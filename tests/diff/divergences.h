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
 *               abort), DIV_UC_MISALIGNED_PC (Unicorn ran on at a
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
DIVERGENCE("PMULL", 0x00c00000, 0x00c00000, DIV_ALWAYS, DIV_SKIP_CASE,
	   "PMULL/PMULL2 with size=11 (64x64 -> 128-bit polynomial) need FEAT_PMULL "
	   "(Arm ARM C7.2 PMULL, PMULL2); the guest CPU profile does not advertise it "
	   "(no HWCAP_PMULL), so the encoding is UNDEFINED there; Unicorn's 'max' CPU "
	   "implements it")
