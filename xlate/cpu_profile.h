/*
 * cpu_profile.h -- the one definition of the CPU runforeign advertises to
 * the guest: AT_HWCAP/AT_HWCAP2 here, and (with the system-register
 * emulation) the ID registers and /proc/cpuinfo must agree with it.
 * Claim only what the translator implements.
 * Bit numbers: arch/arm64/include/uapi/asm/hwcap.h.
 */
#ifndef RF_XLATE_CPU_PROFILE_H
#define RF_XLATE_CPU_PROFILE_H

#define RF_HWCAP_FP (1u << 0)
#define RF_HWCAP_ASIMD (1u << 1)
#define RF_HWCAP_CRC32 (1u << 7)
#define RF_HWCAP_ATOMICS (1u << 8)
#define RF_HWCAP_CPUID (1u << 11)

/* AT_HWCAP: ARMv8.0-A with FP and AdvSIMD, CRC32, LSE atomics, and the
 * kernel's MRS emulation of the ID registers. */
#define RF_HWCAP (RF_HWCAP_FP | RF_HWCAP_ASIMD | RF_HWCAP_CRC32 | RF_HWCAP_ATOMICS | RF_HWCAP_CPUID)
/* AT_HWCAP2: nothing. */
#define RF_HWCAP2 0u

#endif
