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
/* Half-precision arithmetic: runforeign's CPU profile is ARMv8.0 FP/AdvSIMD
 * without FEAT_FP16 (no HWCAP_FPHP/HWCAP_ASIMDHP; ID_AA64PFR0_EL1.FP and
 * .AdvSIMD = 0), so these encodings are UNDEF (Arm ARM C4.1.96: ftype 11 and
 * immh 001x are "FEAT_FP16"); Unicorn's 'max' CPU implements FEAT_FP16.
 * FCVT to and from half precision is baseline and stays compared. */
#define DIV_FP16_REASON \
	"FEAT_FP16 is not advertised, the half-precision encodings are UNDEF " \
	"in runforeign; Unicorn's 'max' CPU implements them"
DIVERGENCE("F[!C]*_float*", 0x00c00000, 0x00c00000, DIV_ALWAYS, DIV_SKIP_CASE, DIV_FP16_REASON)
DIVERGENCE("FC[!V]*_float", 0x00c00000, 0x00c00000, DIV_ALWAYS, DIV_SKIP_CASE, DIV_FP16_REASON)
DIVERGENCE("FCVT?x_float_*", 0x00c00000, 0x00c00000, DIV_ALWAYS, DIV_SKIP_CASE, DIV_FP16_REASON)
DIVERGENCE("xCVTF_float_*", 0x00c00000, 0x00c00000, DIV_ALWAYS, DIV_SKIP_CASE, DIV_FP16_REASON)
/* shift by immediate, immh 001x: SCVTF/UCVTF/FCVTZS/FCVTZU on 16-bit lanes */
DIVERGENCE("*_fix_*", 0x00700000, 0x00100000, DIV_ALWAYS, DIV_SKIP_CASE, DIV_FP16_REASON)
/* immh 0000, opcode 11111 (cmode 1111, o2 1): FMOV (vector, immediate),
 * half-precision */
DIVERGENCE("FCVTZx_fix_vec", 0x00780000, 0x00000000, DIV_ALWAYS, DIV_SKIP_CASE, DIV_FP16_REASON)
