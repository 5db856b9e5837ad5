/*
 * cs_names.h -- what Capstone (4.0.2) may call each row, and where it is
 * known to disagree.  Included by capstone.c only.
 *
 * The derivable rule comes first (capstone.c): a row's Capstone mnemonic
 * is its name up to the first '_', lowercased, where lowercase letters in
 * the name stand for any one letter (FCVTZx -> fcvtzs, fcvtzu; xCVTF ->
 * scvtf, ucvtf), optionally followed by "2" (the upper-half forms) or, for
 * B.cond, ".cond".
 *
 * CS_ALIAS(ROWS, "m1 m2 ...")  further accepted mnemonics: the Arm ARM's
 *     preferred aliases that Capstone prints (Arm ARM C6.2 / C7.2 "alias
 *     conditions").  ROWS is an fnmatch(3) pattern on the row name.
 * CS_GAP(ROWS, MASK, VALUE, WHEN, KIND, REASON)  a known Capstone 4 gap
 *     on words with (insn & MASK) == VALUE and, unless WHEN is NULL, for
 *     which the predicate WHEN(insn) of capstone.c holds:
 *     CS_REJECTS  Capstone does not decode words runforeign executes;
 *     CS_ACCEPTS  Capstone decodes words runforeign (rightly) treats as
 *                 undefined;
 *     CS_MISNAMES Capstone decodes them as another instruction.
 */

/* ---- aliases ---- */
CS_ALIAS("ADD_imm_*", "mov")
CS_ALIAS("ADDS_*", "cmn")
CS_ALIAS("SUB_shift_*", "neg")
CS_ALIAS("SUBS_*", "cmp negs")
CS_ALIAS("SBC_*", "ngc")
CS_ALIAS("SBCS_*", "ngcs")
CS_ALIAS("ANDS_*", "tst")
CS_ALIAS("ORR_imm_*", "mov")
CS_ALIAS("ORR_shift_*", "mov")
CS_ALIAS("ORN_shift_*", "mvn")
CS_ALIAS("MOVN_*", "mov")
CS_ALIAS("MOVZ_*", "mov")
CS_ALIAS("SBFM_*", "asr sbfiz sbfx sxtb sxth sxtw")
CS_ALIAS("BFM_*", "bfi bfxil bfc")
CS_ALIAS("UBFM_*", "lsl lsr ubfiz ubfx uxtb uxth")
CS_ALIAS("EXTR_*", "ror")
CS_ALIAS("LSLV_*", "lsl")
CS_ALIAS("LSRV_*", "lsr")
CS_ALIAS("ASRV_*", "asr")
CS_ALIAS("RORV_*", "ror")
CS_ALIAS("MADD_*", "mul")
CS_ALIAS("MSUB_*", "mneg")
CS_ALIAS("SMADDL", "smull")
CS_ALIAS("SMSUBL", "smnegl")
CS_ALIAS("UMADDL", "umull")
CS_ALIAS("UMSUBL", "umnegl")
CS_ALIAS("CSINC_*", "cinc cset")
CS_ALIAS("CSINV_*", "cinv csetm")
CS_ALIAS("CSNEG_*", "cneg")
CS_ALIAS("HINT", "nop yield wfe wfi sev sevl esb psb csdb hint bti")
CS_ALIAS("DC_*", "dc sys")
CS_ALIAS("IC_*", "ic sys")
CS_ALIAS("SYS*", "sys dc ic at tlbi")
CS_ALIAS("MSR_*", "msr")
CS_ALIAS("RET", "ret")
CS_ALIAS("FRINT_*", "frinta frinti frintm frintn frintp frintx frintz")
CS_ALIAS("FCMP_*", "fcmpe")
CS_ALIAS("FCCMP_*", "fccmpe")
CS_ALIAS("UMOV", "mov")
CS_ALIAS("INS_*", "mov")
CS_ALIAS("DUP_elem_scalar", "mov")
CS_ALIAS("ORR_vec_reg", "mov")
CS_ALIAS("NOT", "mvn")

/* ---- known Capstone 4 gaps ---- */
CS_GAP("*_memop", 0, 0, NULL, CS_REJECTS,
       "Capstone 4 has no ARMv8.1 LSE atomics (LDADD, LDCLR, LDEOR, LDSET, "
       "LD[SU]MAX/MIN, SWP)")
CS_GAP("CAS*_ldstexcl", 0, 0, NULL, CS_REJECTS, "Capstone 4 has no ARMv8.1 LSE CAS/CASP")
CS_GAP("SB", 0, 0, NULL, CS_MISNAMES,
       "Capstone 4 does not know SB (ARMv8.5) and prints it as MSR to an "
       "implementation-defined register")
CS_GAP("MSR_reg", 0, 0, NULL, CS_ACCEPTS,
       "Capstone decodes every system register encoding (MSR S<op0>_<op1>_"
       "<Cn>_<Cm>_<op2>); which ones EL0 may access is the CPU's and the "
       "kernel's business (runforeign emulates Linux's EL0 set)")
CS_GAP("MRS", 0, 0, NULL, CS_ACCEPTS, "as for MSR_reg: every encoding disassembles")
#define CS_PAIR_UNPRED \
	"a load pair with Rt == Rt2 is CONSTRAINED UNPREDICTABLE (Arm ARM " \
	"K1.2.? 'LDP, LDNP, LDXP': the register gets an UNKNOWN value); Capstone " \
	"rejects it, runforeign and Unicorn execute it"
CS_GAP("LD*P*_*", 0x00400000, 0x00400000, rt_is_rt2, CS_REJECTS, CS_PAIR_UNPRED)
CS_GAP("LD*XP_*", 0, 0, rt_is_rt2, CS_REJECTS, CS_PAIR_UNPRED)
#define CS_WB_UNPRED \
	"a load/store with writeback where the base is also a transfer " \
	"register is CONSTRAINED UNPREDICTABLE (Arm ARM, e.g. LDR (immediate) " \
	"'if wback && n == t && n != 31'); Capstone rejects it, runforeign and " \
	"Unicorn execute one of the permitted behaviours"
CS_GAP("*_imm*p*", 0, 0, rt_is_rn, CS_REJECTS, CS_WB_UNPRED)
CS_GAP("*pair_p*", 0, 0, rt_is_rn, CS_REJECTS, CS_WB_UNPRED)
CS_GAP("*_unpriv", 0, 0, rt_is_rn, CS_REJECTS,
       "Capstone 4 treats LDTR*/STTR* with Rt == Rn as if they wrote back "
       "(they do not: Arm ARM C6.2 LDTR) and rejects them")
CS_GAP("DUP_gen", 0, 0, imm5_ignored_bits, CS_REJECTS,
       "Capstone 4 rejects DUP (general) when imm5 has bits set above the "
       "lowest one; the Arm ARM ignores them (C7.2 DUP (general): size is "
       "LowestSetBit(imm5), the rest is unused)")
CS_GAP("INS_elem", 0, 0, imm4_ignored_bits, CS_REJECTS,
       "Capstone 4 rejects INS (element) when the imm4 bits below the element "
       "size are set; the Arm ARM ignores them (C7.2 INS (element): "
       "src_index = imm4<3:size>)")
CS_GAP("PMULL*", 0x00c00000, 0x00c00000, NULL, CS_ACCEPTS,
       "PMULL .1Q is FEAT_PMULL, not in runforeign's profile (UNDEFINED, see "
       "xlate/cpu_profile.h); Capstone decodes it")
