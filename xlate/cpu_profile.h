/*
 * cpu_profile.h -- the one definition of the CPU runforeign advertises.
 *
 * AT_HWCAP/AT_HWCAP2 (loader), the ID registers MRS reads (xlate/sys.c) and
 * the synthetic /proc/cpuinfo (syscall/) all come from here, so they cannot
 * disagree.  The profile claims only what the interpreter implements:
 * ARMv8.0-A with FP, AdvSIMD, CRC32 and LSE atomics, plus HWCAP_CPUID (EL0
 * reads of the ID registers are emulated as the kernel does).  No AES/SHA/
 * PMULL, no FP16, no DotProd, no RCPC, no SVE, no PAC, no BTI, no MTE.
 *
 * The ID register values are what an arm64 Linux process reads with MRS
 * under HWCAP_CPUID: the kernel shows only the fields it marks visible and
 * shows every hidden field at its "safe" value (arch/arm64/kernel/
 * cpufeature.c, init_cpu_ftr_reg(); Documentation/arch/arm64/
 * cpu-feature-registers.rst).  Field layouts: Arm ARM D19 (AArch64 System
 * register descriptions).
 */
#ifndef RF_XLATE_CPU_PROFILE_H
#define RF_XLATE_CPU_PROFILE_H

#include <stdint.h>

/* ---- AT_HWCAP / AT_HWCAP2 (bit numbers: uapi asm/hwcap.h) ---- */

#define RF_HWCAP_FP (1u << 0)
#define RF_HWCAP_ASIMD (1u << 1)
#define RF_HWCAP_CRC32 (1u << 7)
#define RF_HWCAP_ATOMICS (1u << 8)
#define RF_HWCAP_CPUID (1u << 11)

/* AT_HWCAP: ARMv8.0-A with FP and AdvSIMD, CRC32, LSE atomics, and the
 * kernel's MRS emulation of the ID registers.  AT_HWCAP2: nothing. */
#define RF_HWCAP (RF_HWCAP_FP | RF_HWCAP_ASIMD | RF_HWCAP_CRC32 | RF_HWCAP_ATOMICS | RF_HWCAP_CPUID)
#define RF_HWCAP2 0u

/* ---- identification ---- */

/* MIDR_EL1: Implementer 0x00 ("reserved for software use" in the Arm ARM's
 * MIDR_EL1.Implementer list), Variant 0, Architecture 0xF (features are
 * described by the ID registers), PartNum 0, Revision 0.  A software
 * implementer code keeps guest libraries (glibc's cpu tuning, errata
 * workarounds keyed on MIDR) from assuming a real core's micro-architecture
 * or feature set. */
#define CPU_MIDR_IMPLEMENTER 0x00u
#define CPU_MIDR_VARIANT 0x0u
#define CPU_MIDR_ARCHITECTURE 0xFu
#define CPU_MIDR_PARTNUM 0x000u
#define CPU_MIDR_REVISION 0x0u
#define CPU_MIDR_EL1                                                        \
	((uint64_t)(CPU_MIDR_IMPLEMENTER << 24 | CPU_MIDR_VARIANT << 20 |  \
		    CPU_MIDR_ARCHITECTURE << 16 | CPU_MIDR_PARTNUM << 4 |      \
		    CPU_MIDR_REVISION))

/* MPIDR_EL1 and REVIDR_EL1 as the kernel emulates them for EL0
 * (cpufeature.c emulate_id_reg(): SYS_MPIDR_SAFE_VAL = BIT(31), REVIDR 0). */
#define CPU_MPIDR_EL1 0x0000000080000000ull
#define CPU_REVIDR_EL1 0x0000000000000000ull

/* ---- AArch64 feature registers (op0=3 op1=0 CRn=0 CRm=4..7) ---- */

/* ID_AA64PFR0_EL1: FP [19:16] = 0 and AdvSIMD [23:20] = 0 (implemented,
 * without half precision); EL0 [3:0] and EL1 [7:4] are hidden fields the
 * kernel shows at their safe value 1 (AArch64 only).  SVE, DIT = 0. */
#define CPU_ID_AA64PFR0_EL1 0x0000000000000011ull
/* ID_AA64PFR1_EL1: SSBS, BT, MTE, SME = 0. */
#define CPU_ID_AA64PFR1_EL1 0x0000000000000000ull
/* ID_AA64ZFR0_EL1, ID_AA64SMFR0_EL1: no SVE, no SME. */
#define CPU_ID_AA64ZFR0_EL1 0x0000000000000000ull
#define CPU_ID_AA64SMFR0_EL1 0x0000000000000000ull
/* ID_AA64DFR0_EL1: only DebugVer [3:0], hidden, at its safe value 6
 * (Armv8.0 debug). */
#define CPU_ID_AA64DFR0_EL1 0x0000000000000006ull
#define CPU_ID_AA64DFR1_EL1 0x0000000000000000ull
#define CPU_ID_AA64AFR0_EL1 0x0000000000000000ull
#define CPU_ID_AA64AFR1_EL1 0x0000000000000000ull
/* ID_AA64ISAR0_EL1: Atomic [23:20] = 2 (LSE: CAS, LDADD, SWP, ...) and
 * CRC32 [19:16] = 1; AES, SHA1, SHA2, SHA3, SM3, SM4, RDM, DP, FHM, TS,
 * TLB, RNDR = 0.  Must agree with HWCAP_ATOMICS and HWCAP_CRC32. */
#define CPU_ID_AA64ISAR0_ATOMIC_SHIFT 20
#define CPU_ID_AA64ISAR0_CRC32_SHIFT 16
#define CPU_ID_AA64ISAR0_EL1 \
	(2ull << CPU_ID_AA64ISAR0_ATOMIC_SHIFT | 1ull << CPU_ID_AA64ISAR0_CRC32_SHIFT)
/* ID_AA64ISAR1_EL1: DPB, APA, API, JSCVT, FCMA, LRCPC, GPA, GPI, FRINTTS,
 * SB, SPECRES, BF16, DGH, I8MM, LS64 = 0.  (SB and DC CVAP execute, see
 * xlate/sys.c, but are not advertised.) */
#define CPU_ID_AA64ISAR1_EL1 0x0000000000000000ull
/* ID_AA64ISAR2_EL1: WFxT, RPRES, MOPS, CSSC, ... = 0. */
#define CPU_ID_AA64ISAR2_EL1 0x0000000000000000ull
/* ID_AA64MMFR0_EL1: TGran4 [31:28] and TGran64 [27:24] are hidden fields
 * whose safe value is 0xF ("not implemented"); everything else reads 0. */
#define CPU_ID_AA64MMFR0_EL1 0x00000000ff000000ull
/* ID_AA64MMFR1_EL1 (AFP, ECBHB visible), ID_AA64MMFR2_EL1 (AT visible):
 * none implemented. */
#define CPU_ID_AA64MMFR1_EL1 0x0000000000000000ull
#define CPU_ID_AA64MMFR2_EL1 0x0000000000000000ull

/* ---- EL0-readable system registers ---- */

/* CTR_EL0 (Arm ARM D19.2.34): bit 31 RES1; DIC [29] = 0, so guests must
 * use IC IVAU after writing code (runforeign relies on it to drop stale
 * translations); IDC [28] = 1: cleaning the data cache to the point of
 * unification is not needed, host memory is coherent; CWG [27:24] = 4,
 * ERG [23:20] = 4, DminLine [19:16] = 4 (64-byte lines); L1Ip [15:14] =
 * 0b11 (PIPT); IminLine [3:0] = 4 (64 bytes). */
#define CPU_CTR_EL0 0x000000009444c004ull
#define CPU_CACHE_LINE 64u

/* DCZID_EL0: DZP [4] = 0 (DC ZVA permitted), BS [3:0] = 4: the DC ZVA
 * block is 2^4 words = 64 bytes. */
#define CPU_DCZID_EL0 0x0000000000000004ull
#define CPU_DCZVA_BLOCK 64u

/* CNTFRQ_EL0: the generic timer counts at 1 GHz (the frequency Armv8.6's
 * FEAT_ECV fixes), so CNTVCT_EL0 is CLOCK_MONOTONIC in nanoseconds. */
#define CPU_CNTFRQ_EL0 1000000000ull

/* FPCR bits that exist on this CPU (Arm ARM D19.2.45): AHP, DN, FZ and
 * RMode.  FZ16 is RES0 without FEAT_FP16; Len/Stride are RES0 on an
 * AArch64-only CPU; the trap enables IOE..IDE are RAZ/WI because
 * floating-point exceptions are not trapped. */
#define CPU_FPCR_MASK 0x07c00000u
/* FPSR bits (D19.2.50): QC, IDC, IXC, UFC, OFC, DZC, IOC; the AArch32
 * NZCV bits [31:28] are RES0. */
#define CPU_FPSR_MASK 0x0800009fu

#endif
