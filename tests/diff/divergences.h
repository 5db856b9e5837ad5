/*
 * divergences.h -- the reviewed list of known, justified differences
 * between runforeign and Unicorn (unicorn 2.0.1, QEMU 5.0 inside, CPU
 * model "max").  Nothing else is excluded from the differential test.  An
 * entry is here only if Unicorn is wrong per the Arm ARM (DDI 0487), the
 * behaviour is IMPLEMENTATION DEFINED / UNKNOWN, or the instruction
 * belongs to a feature runforeign's CPU profile (xlate/cpu_profile.h) does
 * not claim -- never because runforeign is wrong.
 *
 * DIVERGENCE(ROWS, MASK, VALUE, WHEN, SKIP, REASON)
 *   ROWS        fnmatch(3) pattern on the row name ("*" = all rows)
 *   MASK/VALUE  the entry applies to words with (insn & MASK) == VALUE
 *   WHEN        NULL (always) or a predicate of divergence.c on the case
 *               and both results, making the entry as narrow as the
 *               reason
 *   SKIP        DIV_SKIP_MEM, DIV_SKIP_PC, DIV_SKIP_CASE (nothing compared,
 *               not counted) or DIV_NO_RUN (not run: it breaks Unicorn)
 *   REASON      why, with the reference
 * Included by divergence.c only.
 *
 * Besides this list, the generator (gen.c) shapes its inputs in two ways,
 * both stated here so that every exclusion is in one place:
 *   - block-ending rows never get a branch offset field of 0 or -1 (a
 *     branch to itself, or to the NOP placed before it, never reaches a
 *     BRK; runforeign's run would need its watchdog, Unicorn its
 *     instruction budget);
 *   - load/store base registers, DC/IC addresses and register-branch
 *     targets are mostly pointed at mapped memory (into the data page, at
 *     BRKs in the code region), so most cases test the access itself
 *     rather than a fault; the others stay random.
 * Not testable here: SP alignment checking (SCTLR_EL1.SA0, which Linux
 * sets, so a real arm64 kernel sends SIGBUS for a misaligned SP base):
 * neither runforeign nor Unicorn models it, and misaligned SP bases are
 * generated and agree.
 */

/* ---- all rows ---- */
DIVERGENCE("*", 0, 0, both_fault, DIV_SKIP_MEM,
	   "a store that takes a Data Abort leaves the bytes it would have written "
	   "UNKNOWN (an unaligned access may be split into smaller accesses in any "
	   "order, Arm ARM B2.2); Unicorn writes the bytes before a page boundary "
	   "one at a time, the host's single store writes none")
DIVERGENCE("*", 0, 0, uc_misaligned_pc, DIV_SKIP_CASE,
	   "a branch to a misaligned address takes a PC alignment fault on the "
	   "next fetch (Arm ARM D1.3.3, PC alignment checking); QEMU 5 does not "
	   "check PC alignment and executes at the misaligned address")

/* ---- branches, exception generation, system ---- */
#define DIV_WAIT_HINT_REASON \
	"YIELD, WFE, WFI at EL0 are hints after which execution goes on (Arm " \
	"ARM C6.2: WFE/WFI may complete at any time; Linux does not trap " \
	"them); Unicorn ends emulation on them and its next run resumes in a " \
	"stale state, so they cannot be compared"
DIVERGENCE("HINT", 0xffffffff, 0xd503203f, NULL, DIV_NO_RUN, DIV_WAIT_HINT_REASON)
DIVERGENCE("HINT", 0xffffffff, 0xd503205f, NULL, DIV_NO_RUN, DIV_WAIT_HINT_REASON)
DIVERGENCE("HINT", 0xffffffff, 0xd503207f, NULL, DIV_NO_RUN, DIV_WAIT_HINT_REASON)
DIVERGENCE("DC_ZVA", 0, 0, both_fault, DIV_SKIP_PC,
	   "Unicorn reports a DC ZVA data abort with pc past the instruction "
	   "(QEMU 5's helper unwinds with the wrong return address); the fault "
	   "itself and its address are still compared")
DIVERGENCE("DC_C*", 0, 0, rf_fault_uc_ran, DIV_SKIP_CASE,
	   "DC CVAC/CVAU/CVAP/CIVAC by VA translate the address and take a Data "
	   "Abort if it is unmapped (Arm ARM D7.5.9); QEMU implements them as "
	   "no-ops that never fault")
DIVERGENCE("IC_IVAU", 0, 0, rf_fault_uc_ran, DIV_SKIP_CASE,
	   "IC IVAU translates the address and takes a Data Abort if it is "
	   "unmapped (Arm ARM D7.5.9); QEMU implements it as a no-op")

#define DIV_EL1_SYSREG_REASON \
	"MRS/MSR of a system register with op1 != 3 (EL1, EL2, EL3 and debug " \
	"registers such as TTBR0_EL1, VBAR_EL1, SPSR_EL1, UAO, DBGBCR<n>_EL1) " \
	"is UNDEFINED at EL0 (Arm ARM D19: their accessibility pseudocode " \
	"raises an exception at EL0), except the ID registers op1=0 CRn=0 " \
	"CRm=0,2-7 that Linux emulates (runforeign does too, with the kernel's " \
	"sanitised view of xlate/cpu_profile.h, checked by tests/insn/sys.S, " \
	"while Unicorn would read its own CPU model's raw values); Unicorn runs " \
	"the instruction at a higher exception level and accesses them.  They " \
	"are not run: an MSR to an EL1-EL3 control register changes Unicorn's " \
	"own state (MMU, security state) for every later case, and after such " \
	"a change some MRS and MSR abort QEMU 5 (assertion in " \
	"helper_access_check_cp_reg).  runforeign's SIGILL for these is " \
	"checked by tests/insn/sys_undef.S"
#define DIV_EL1_SYSREG(op1) \
	DIVERGENCE("M[RS][RS]*", 0x00070000, (op1) << 16, NULL, DIV_NO_RUN, DIV_EL1_SYSREG_REASON)
DIV_EL1_SYSREG(0)
DIV_EL1_SYSREG(1)
DIV_EL1_SYSREG(2)
DIV_EL1_SYSREG(4)
DIV_EL1_SYSREG(5)
DIV_EL1_SYSREG(6)
DIV_EL1_SYSREG(7)
DIVERGENCE("MSR_reg", 0xffffffe0, 0xd51bd060, rf_undef_uc_ran, DIV_SKIP_CASE,
	   "TPIDRRO_EL0 is read-only at EL0: MSR to it is UNDEFINED there (Arm ARM "
	   "D19.2, TPIDRRO_EL0 accessibility), so the kernel sends SIGILL; Unicorn "
	   "lets the write through")
DIVERGENCE("M[RS][RS]*", 0xffdff000, 0xd51b9000, rf_undef_uc_ran, DIV_SKIP_CASE,
	   "performance monitor registers (op1=3 CRn=9: PMCR_EL0, PMCCNTR_EL0, "
	   "PMUSERENR_EL0, ...): Linux leaves PMUSERENR_EL0.EN = 0, so EL0 accesses "
	   "trap and the task gets SIGILL (runforeign does not advertise a PMU); "
	   "Unicorn accesses its model's registers")

/* ---- loads and stores ---- */
DIVERGENCE("*_ldstexcl", 0, 0, rf_align_misaligned_uc_ran, DIV_SKIP_CASE,
	   "exclusives, load-acquire/store-release and CAS need an address "
	   "aligned to the access size, else an Alignment fault (Arm ARM B2.5.2; "
	   "for STXR also when the monitor is not armed: ExclusiveMonitorsPass "
	   "checks alignment first); QEMU 5 skips the check for LDAR/STLR and "
	   "for a store-exclusive whose monitor is not armed")
DIVERGENCE("*_memop", 0, 0, rf_align_misaligned_uc_ran, DIV_SKIP_CASE,
	   "LSE atomics need an address aligned to the access size, else an "
	   "Alignment fault (Arm ARM B2.5.2, without FEAT_LSE2); QEMU 5 does "
	   "not check")
#define DIV_LSE_MINMAX_REASON \
	"LDSMAX/LDSMIN/LDUMAX/LDUMIN on 8, 16 and 32 bits compare the memory " \
	"value with the register truncated to the access size, sign- or " \
	"zero-extended (Arm ARM C6.2, LDSMAX, LDUMAX); QEMU 5's non-parallel " \
	"path compares the zero-extended memory value with the whole register " \
	"(fixed in QEMU 5.1, 'tcg: Fix do_nonatomic_op_* vs signed " \
	"operations'), so Unicorn is wrong for such operands"
DIVERGENCE("LD[SU]MAX*_memop", 0, 0, lse_minmax_qemu5_bug, DIV_SKIP_CASE, DIV_LSE_MINMAX_REASON)
DIVERGENCE("LD[SU]MIN*_memop", 0, 0, lse_minmax_qemu5_bug, DIV_SKIP_CASE, DIV_LSE_MINMAX_REASON)
#define DIV_PARTIAL_LOAD_REASON \
	"a load that takes a Data Abort leaves its destination registers UNKNOWN " \
	"(Arm ARM D1, exception entry on a synchronous Data Abort); QEMU writes " \
	"the registers of a multi-register SIMD&FP load one by one until an " \
	"access faults, runforeign writes none"
DIVERGENCE("LD*P_[SDQ]_*", 0, 0, both_fault, DIV_SKIP_CASE, DIV_PARTIAL_LOAD_REASON)
DIVERGENCE("LD[1234]*_asisdls*", 0, 0, both_fault, DIV_SKIP_CASE, DIV_PARTIAL_LOAD_REASON)

/* ---- features runforeign does not claim (xlate/cpu_profile.h) ---- */
DIVERGENCE("*", 0x5ec00000, 0x1ec00000, rf_undef_uc_ran, DIV_SKIP_CASE,
	   "scalar half-precision arithmetic (ftype = 11) is FEAT_FP16, not in "
	   "runforeign's profile (ID_AA64PFR0_EL1.FP = 0), so it is UNDEFINED; "
	   "Unicorn's 'max' CPU implements it")
DIVERGENCE("*CVT*_fix_*", 0x8f700000, 0x0f100000, rf_undef_uc_ran, DIV_SKIP_CASE,
	   "AdvSIMD fixed-point conversions, vector and scalar, on half "
	   "precision (immh = 001x) "
	   "are FEAT_FP16, not in runforeign's profile, so UNDEFINED; Unicorn's "
	   "'max' CPU implements them")
DIVERGENCE("*", 0x9ff80c00, 0x0f000c00, rf_undef_uc_ran, DIV_SKIP_CASE,
	   "AdvSIMD modified immediate with o2 = 1: FMOV (vector, immediate) "
	   "half precision when op = 0, cmode = 1111 (FEAT_FP16, not in "
	   "runforeign's profile), unallocated otherwise (Arm ARM C4.1.95); "
	   "Unicorn's 'max' CPU executes them")
DIVERGENCE("PMULL*", 0x00c00000, 0x00c00000, rf_undef_uc_ran, DIV_SKIP_CASE,
	   "PMULL/PMULL2 .1Q (size = 11) is FEAT_PMULL, not in runforeign's "
	   "profile (ID_AA64ISAR0_EL1.AES = 0), so it is UNDEFINED; Unicorn's "
	   "'max' CPU implements it")
