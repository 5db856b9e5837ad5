/*
 * divergences.h -- the reviewed list of known, justified differences
 * between runforeign and its two oracles: Unicorn (difftest; unicorn
 * 2.0.1, QEMU 5.0 inside, CPU model "max") and qemu-aarch64 (qemudiff;
 * qemu 7.2, CPU "max" without SVE, SME and pointer authentication).
 * Nothing else is excluded from the differential tests.  An entry is here
 * only if the oracle is wrong per the Arm ARM (DDI 0487) or per the arm64
 * Linux user ABI, the behaviour is IMPLEMENTATION DEFINED / UNKNOWN, or the
 * instruction belongs to a feature runforeign's CPU profile
 * (xlate/cpu_profile.h) does not claim -- never because runforeign is
 * wrong.
 *
 * DIVERGENCE(ROWS, MASK, VALUE, WHEN, SKIP, REASON)            Unicorn only
 * DIVERGENCE_FOR(ORACLES, ROWS, MASK, VALUE, WHEN, SKIP, REASON)
 *   ORACLES     DIV_UNICORN, DIV_QEMU or both
 *   ROWS        fnmatch(3) pattern on the row name ("*" = all rows)
 *   MASK/VALUE  the entry applies to words with (insn & MASK) == VALUE
 *   WHEN        NULL (always) or a predicate of divergence.c on the case
 *               and both results (rf, then the oracle's as "uc"), making
 *               the entry as narrow as the reason; for DIV_NO_RUN entries
 *               it sees the in-process interpreter's result as both
 *   SKIP        DIV_SKIP_MEM, DIV_SKIP_PC, DIV_SKIP_SICODE (qemudiff: the
 *               signal's si_code), DIV_SKIP_CASE (nothing compared, not
 *               counted) or DIV_NO_RUN (not run on the oracle)
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
 * qemudiff places each case in its own slot (qemudiff.c, place()) and
 * runs the same words, at the same addresses, on all three sides.
 * Not testable here: SP alignment checking (SCTLR_EL1.SA0, which Linux
 * sets, so a real arm64 kernel sends SIGBUS for a misaligned SP base):
 * neither runforeign nor its oracles model it, and misaligned SP bases
 * are generated and agree.
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

DIVERGENCE("*", 0, 0, uc_no_tbi, DIV_SKIP_CASE,
	   "Linux runs EL0 with TCR_EL1.TBI0 = 1, so the top byte of a data "
	   "address or branch target is ignored (Arm ARM AddrTop(), "
	   "AArch64.BranchAddr()) and a fault reports the untagged address "
	   "(arch_untagged_si_addr()); Unicorn runs the case with the MMU off "
	   "and faults at the tagged address.  qemu-aarch64 models TBI and is "
	   "compared on these cases")

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
DIVERGENCE_FOR(DIV_UNICORN | DIV_QEMU, "DC_C*", 0, 0, rf_fault_uc_ran, DIV_SKIP_CASE,
	   "DC CVAC/CVAU/CVAP/CIVAC by VA translate the address and take a Data "
	   "Abort if it is unmapped (Arm ARM D7.5.9); QEMU (Unicorn's 5.0 and "
	   "qemu-aarch64 7.2) implements them as no-ops that never fault")
DIVERGENCE_FOR(DIV_UNICORN | DIV_QEMU, "IC_IVAU", 0, 0, rf_fault_uc_ran, DIV_SKIP_CASE,
	   "IC IVAU translates the address and takes a Data Abort if it is "
	   "unmapped (Arm ARM D7.5.9); QEMU (Unicorn's 5.0 and qemu-aarch64 "
	   "7.2) implements it as a no-op")

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
DIVERGENCE_FOR(DIV_UNICORN | DIV_QEMU, "M[RS][RS]*", 0xffdff000, 0xd51b9000, rf_undef_uc_ran,
	       DIV_SKIP_CASE,
	       "performance monitor registers (op1=3 CRn=9: PMCR_EL0, PMCCNTR_EL0, "
	       "PMUSERENR_EL0, ...): runforeign's profile has no PMU "
	       "(ID_AA64DFR0_EL1.PMUVer = 0), so they are UNDEFINED, and Linux "
	       "leaves PMUSERENR_EL0.EN = 0 anyway, so EL0 accesses trap and the "
	       "task gets SIGILL; Unicorn and qemu-aarch64 access their model's "
	       "registers")

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
	"(Arm ARM D1, exception entry on a synchronous Data Abort); QEMU (Unicorn's " \
	"5.0 and qemu-aarch64 7.2) writes " \
	"the registers of a multi-register SIMD&FP load one by one until an " \
	"access faults, runforeign writes none"
DIVERGENCE_FOR(DIV_UNICORN | DIV_QEMU, "LD*P_[SDQ]_*", 0, 0, both_fault, DIV_SKIP_CASE,
	       DIV_PARTIAL_LOAD_REASON)
DIVERGENCE_FOR(DIV_UNICORN | DIV_QEMU, "LD[1234]*_asisdls*", 0, 0, both_fault, DIV_SKIP_CASE,
	       DIV_PARTIAL_LOAD_REASON)

/* ---- features runforeign does not claim (xlate/cpu_profile.h) ---- */
DIVERGENCE_FOR(DIV_UNICORN | DIV_QEMU, "*", 0x5ec00000, 0x1ec00000, rf_undef_uc_ran, DIV_SKIP_CASE,
	   "scalar half-precision arithmetic (ftype = 11) is FEAT_FP16, not in "
	   "runforeign's profile (ID_AA64PFR0_EL1.FP = 0), so it is UNDEFINED; "
	   "Unicorn's and qemu-aarch64's 'max' CPUs implement it")
DIVERGENCE_FOR(DIV_UNICORN | DIV_QEMU, "*CVT*_fix_*", 0x8f700000, 0x0f100000, rf_undef_uc_ran, DIV_SKIP_CASE,
	   "AdvSIMD fixed-point conversions, vector and scalar, on half "
	   "precision (immh = 001x) "
	   "are FEAT_FP16, not in runforeign's profile, so UNDEFINED; Unicorn's "
	   "and qemu-aarch64's 'max' CPUs implement them")
DIVERGENCE_FOR(DIV_UNICORN | DIV_QEMU, "*", 0x9ff80c00, 0x0f000c00, rf_undef_uc_ran, DIV_SKIP_CASE,
	   "AdvSIMD modified immediate with o2 = 1: FMOV (vector, immediate) "
	   "half precision when op = 0, cmode = 1111 (FEAT_FP16, not in "
	   "runforeign's profile), unallocated otherwise (Arm ARM C4.1.95); "
	   "Unicorn's and qemu-aarch64's 'max' CPUs execute them")
DIVERGENCE_FOR(DIV_UNICORN | DIV_QEMU, "PMULL*", 0x00c00000, 0x00c00000, rf_undef_uc_ran, DIV_SKIP_CASE,
	   "PMULL/PMULL2 .1Q (size = 11) is FEAT_PMULL, not in runforeign's "
	   "profile (ID_AA64ISAR0_EL1.AES = 0), so it is UNDEFINED; Unicorn's "
	   "and qemu-aarch64's 'max' CPUs implement it")

DIVERGENCE_FOR(DIV_QEMU, "FCVT_float", 0xfffffc00, 0x1e634000, rf_undef_uc_ran, DIV_SKIP_CASE,
	       "FP data-processing (1 source) with ftype = 01, opcode = 000110 "
	       "is BFCVT (FEAT_BF16), not in runforeign's profile "
	       "(ID_AA64ISAR1_EL1.BF16 = 0), so it is UNDEFINED (Arm ARM C4.1.93); "
	       "qemu-aarch64's 'max' CPU implements it")

/* ==== qemu-aarch64 (qemudiff) ====
 * qemu-aarch64 7.2 (Debian 12), "-cpu max,sve=off,sme=off,pauth=off", run
 * out of process on the same cases; runforeign runs them as a whole
 * process too, so these entries may be about Linux's user-space ABI
 * (signals, si_code) as well as about instructions. */
DIVERGENCE_FOR(DIV_QEMU, "*", 0, 0, undef_qemu_illopn, DIV_SKIP_SICODE,
	       "an undefined instruction raises SIGILL with si_code ILL_ILLOPC on "
	       "arm64 Linux (arch/arm64/kernel/traps.c, do_undefinstr and "
	       "do_el0_sys use force_signal_inject(SIGILL, ILL_ILLOPC, ...)); "
	       "qemu-user reports ILL_ILLOPN (linux-user/aarch64/cpu_loop.c, "
	       "EXCP_UDEF)")
DIVERGENCE_FOR(DIV_QEMU, "SVC", 0, 0, NULL, DIV_NO_RUN,
	       "SVC makes a real system call in both processes, with the case's "
	       "random number in x8 and random arguments (exit, kill, munmap of "
	       "the runner's own memory...); difftest compares SVC against "
	       "Unicorn, and system calls have their own suites")
DIVERGENCE_FOR(DIV_QEMU, "*", 0, 0, interp_stopped, DIV_NO_RUN,
	       "a case that never reaches a BRK (a branch into a loop, which "
	       "the generator makes rare) would hang both processes; the "
	       "in-process interpreter's instruction budget finds it first")
DIVERGENCE_FOR(DIV_QEMU, "DC_ZVA", 0, 0, both_brk, DIV_SKIP_MEM,
	       "DC ZVA zeroes a block whose size is IMPLEMENTATION DEFINED and "
	       "read from DCZID_EL0.BS (Arm ARM D19, DCZID_EL0): 64 bytes on "
	       "runforeign (xlate/cpu_profile.h), 512 on qemu's 'max' CPU; both "
	       "compare equal otherwise, and tests/insn/sys.S checks runforeign's "
	       "block against its DCZID_EL0")
DIVERGENCE_FOR(DIV_QEMU, "*", 0, 0, qemu_fetch_before_pc_align, DIV_SKIP_CASE,
	       "a branch to a misaligned address in unmapped memory takes a PC "
	       "alignment fault (SIGBUS, BUS_ADRALN: arm64 Linux do_sp_pc_abort), "
	       "which has priority over the Instruction Abort of the fetch (Arm "
	       "ARM D1.3.5, synchronous exception prioritization); qemu-user "
	       "looks the page up before its alignment check and raises SIGSEGV")
DIVERGENCE_FOR(DIV_QEMU, "*", 0, 0, qemu_far_zero, DIV_SKIP_CASE,
	       "a data abort at an address above the 48-bit user address space "
	       "reports that address, untagged, in si_addr (arm64 Linux: FAR_EL1 "
	       "through arch_untagged_si_addr()); qemu-user reports 0 for "
	       "addresses outside its guest address space")
DIVERGENCE_FOR(DIV_QEMU, "ST*X[RP]*_ldstexcl", 0, 0, rf_align_misaligned_uc_ran, DIV_SKIP_CASE,
	       "a store-exclusive to an address not aligned to its size takes an "
	       "Alignment fault even when the monitor is not armed "
	       "(AArch64.ExclusiveMonitorsPass() checks alignment first); qemu "
	       "7.2 compares with the monitor first and fails the store (status "
	       "1) without the check")
DIVERGENCE_FOR(DIV_QEMU, "DC_ZVA", 0, 0, both_fault, DIV_SKIP_CASE,
	       "qemu-user reports a DC ZVA data abort with the pc of the "
	       "instruction before it and with the start of its 512-byte block "
	       "as si_addr; the kernel reports the DC ZVA's own pc (the "
	       "preferred return address of a synchronous Data Abort, Arm ARM "
	       "D1) and the address in Xt")
DIVERGENCE_FOR(DIV_QEMU, "DC_CVAP", 0, 0, qemu_undef_rf_not, DIV_SKIP_CASE,
	       "qemu-user raises SIGILL for DC CVAP although its 'max' CPU "
	       "advertises FEAT_DPB (ID_AA64ISAR1_EL1.DPB): qemu registers the "
	       "instruction for system emulation only.  runforeign executes it "
	       "as a cache maintenance by VA (it faults on an unmapped address) "
	       "without advertising FEAT_DPB, see xlate/cpu_profile.h")
DIVERGENCE_FOR(DIV_QEMU, "MRS", 0xfffff000, 0xd5380000, mrs_value_only, DIV_SKIP_CASE,
	       "the ID registers (op1=0 CRn=0: MIDR_EL1, MPIDR_EL1, ID_AA64*_EL1...) "
	       "describe the CPU model; Linux emulates their EL0 reads with its "
	       "sanitised view (Documentation/arch/arm64/cpu-feature-registers), "
	       "runforeign with xlate/cpu_profile.h (checked by tests/insn/sys.S), "
	       "qemu-user with its 'max' CPU's features.  Only the register read "
	       "may differ")
DIVERGENCE_FOR(DIV_QEMU, "MRS", 0xffffff1f, 0xd53b0000, mrs_value_only, DIV_SKIP_CASE,
	       "CTR_EL0 and DCZID_EL0 are IMPLEMENTATION DEFINED cache geometry "
	       "(Arm ARM D19: CTR_EL0 line sizes, DCZID_EL0.BS): runforeign's are in "
	       "xlate/cpu_profile.h (checked by tests/insn/sys.S), qemu's 'max' CPU "
	       "has its own.  Only the register read may differ")
DIVERGENCE_FOR(DIV_QEMU, "MRS", 0xffffffe0, 0xd53be000, mrs_value_only, DIV_SKIP_CASE,
	       "CNTFRQ_EL0, the system counter's frequency, is set by firmware "
	       "(Arm ARM D11.1.2): runforeign reports 1 GHz (its counter is the "
	       "host's CLOCK_MONOTONIC in ns), qemu-user 62.5 MHz.  Only the "
	       "register read may differ")
DIVERGENCE_FOR(DIV_QEMU, "MRS", 0xffffffe0, 0xd53be040, NULL, DIV_NO_RUN,
	       "CNTVCT_EL0 reads the virtual counter, which moves with time: no two "
	       "runs read the same value (tests/insn/sys.S checks that it counts "
	       "up at CNTFRQ_EL0)")
DIVERGENCE_FOR(DIV_QEMU, "M[RS][RS]*", 0xffdfffc0, 0xd51b2400, rf_undef_uc_ran, DIV_SKIP_CASE,
	       "RNDR and RNDRRS are FEAT_RNG, not in runforeign's profile "
	       "(ID_AA64ISAR0_EL1.RNDR = 0), so UNDEFINED; qemu-aarch64's 'max' "
	       "CPU implements them")
DIVERGENCE_FOR(DIV_QEMU, "M[RS][RS]*", 0xffdfff80, 0xd51b4280, rf_undef_uc_ran, DIV_SKIP_CASE,
	       "PSTATE.DIT, SSBS and TCO (op1=3 CRn=4 CRm=2 op2=5-7) are FEAT_DIT, "
	       "FEAT_SSBS and FEAT_MTE, not in runforeign's profile "
	       "(ID_AA64PFR0_EL1.DIT = 0, ID_AA64PFR1_EL1.SSBS = MTE = 0), so "
	       "accesses to them are UNDEFINED; qemu-aarch64's 'max' CPU implements "
	       "them")
DIVERGENCE_FOR(DIV_QEMU, "MSR_reg", 0xffffffc0, 0xd51b4400, fp_ctl_a32_bits, DIV_SKIP_CASE,
	       "FPCR.Stride, FZ16, Len and FPSR.N, Z, C, V are RES0 in runforeign's "
	       "profile: they only hold AArch32 FPSCR state or need FEAT_FP16, and "
	       "runforeign claims neither (ID_AA64PFR0_EL1.EL0 = 1, FP = 0; Arm ARM "
	       "D19, FPCR, FPSR); qemu's 'max' CPU keeps them.  Only those bits may "
	       "differ")
DIVERGENCE_FOR(DIV_QEMU, "*", 0, 0, qemu_fetch_addr_tagged, DIV_SKIP_CASE,
	       "a register branch to an address with bit 55 set keeps all 64 bits "
	       "(TCR_EL1.TBI1 = 0, AArch64.BranchAddr()), and the fetch's "
	       "Instruction Abort reports si_addr untagged, sign-extended from "
	       "bit 55 (arch_untagged_si_addr(), as for every fault without "
	       "SA_EXPOSE_TAGBITS); qemu-user reports the pc unchanged.  The pc "
	       "itself and everything else must agree")
DIVERGENCE_FOR(DIV_QEMU, "MRS", 0xfffff000, 0xd5380000, qemu_undef_rf_not, DIV_SKIP_CASE,
	       "Linux emulates EL0 reads of the whole ID register space op1=0 "
	       "CRn=0 CRm=0,2-7 (arch/arm64/kernel/cpufeature.c, emulate_sys_reg(): "
	       "registers it does not track, such as the AArch32 ID_ISAR<n>_EL1 "
	       "and MVFR<n>_EL1 with all fields hidden, and the reserved "
	       "encodings, read as 0), and so does runforeign; qemu-user raises "
	       "SIGILL for the AArch32 ones and the reserved ones")
DIVERGENCE_FOR(DIV_QEMU, "M[RS][RS]*", 0xffdfffe0, 0xd5130100, rf_undef_uc_ran, DIV_SKIP_CASE,
	       "MDCCSR_EL0 (debug communications channel): Linux sets "
	       "MDSCR_EL1.TDCC (arch/arm64/mm/proc.S, __cpu_setup), so EL0 "
	       "accesses trap and the task gets SIGILL, as on runforeign; "
	       "qemu-user lets EL0 read it")
