/*
 * ldst_simd.c -- Advanced SIMD structure loads and stores (Arm ARM C4.1.87
 * "Advanced SIMD load/store multiple structures", "... single structure"
 * and their post-indexed forms): LD1-LD4 and ST1-ST4 (multiple and single
 * structure), LD1R-LD4R.  Handlers for the rows of xlate/a64/ldst_simd.def.
 *
 * Pseudocode: Arm ARM C7.2 "LD1 (multiple structures)" etc.  Register
 * numbers wrap modulo 32.  A load reads all its memory into a local buffer
 * before writing any register, so a fault leaves the registers unchanged;
 * a store builds the whole (interleaved) image and then writes it.  The
 * post-indexed forms add the transfer size (Rm = 31, the immediate form)
 * or Xm to the base after the access.  64-bit (Q = 0) loads of whole
 * registers zero the upper half; lane loads keep the other lanes.
 */
#include "xlate/interp.h"

#define LDST_INLINE static inline __attribute__((always_inline))

/* Post-index writeback: base + (Rm == 31 ? total : Xm). */
LDST_INLINE void simd_post(struct cpu *c, uint32_t i, guest_addr_t base, unsigned total)
{
	unsigned m = F_RM(i);

	set_xsp(c, F_RN(i), base + (m == 31 ? total : reg_x(c, m)));
}

/* Element e of structure s lives at byte (e * selem + s) << size. */
#define SIMD_DEINTERLEAVE(T, f)                                                \
	for (e = 0; e < elements; e++)                                         \
		for (s = 0; s < selem; s++)                                    \
			memcpy(&v[s].f[e], buf + (e * selem + s) * sizeof(T), sizeof(T))
#define SIMD_INTERLEAVE(T, f)                                                  \
	for (e = 0; e < elements; e++)                                         \
		for (s = 0; s < selem; s++)                                    \
			memcpy(buf + (e * selem + s) * sizeof(T), &v[s].f[e], sizeof(T))

/* LD1/ST1 (multiple structures) with nregs registers: on a little-endian
 * guest the element size does not matter, each register is a plain copy
 * of 8 (Q = 0, upper half zeroed) or 16 bytes. */
LDST_INLINE void simd_ld1st1(struct cpu *c, const struct a64_op *op, unsigned nregs, int load,
			     int post)
{
	uint32_t i = op->insn;
	unsigned q = BIT(i, 30), t = F_RT(i), total = (8u << q) * nregs, r;
	guest_addr_t a = reg_xsp(c, F_RN(i));
	vreg_t v[4];

	if (load) {
		const uint8_t *p = gmem_ptr(c, a, total, 0);
		for (r = 0; r < nregs; r++) {
			if (q) {
				memcpy(&v[r], p + 16 * r, 16);
			} else {
				memcpy(&v[r].d[0], p + 8 * r, 8);
				v[r].d[1] = 0;
			}
		}
		for (r = 0; r < nregs; r++)
			c->v[(t + r) & 31] = v[r];
	} else {
		uint8_t *p;
		for (r = 0; r < nregs; r++)
			v[r] = c->v[(t + r) & 31];
		p = gmem_ptr(c, a, total, 1);
		for (r = 0; r < nregs; r++) {
			if (q)
				memcpy(p + 16 * r, &v[r], 16);
			else
				memcpy(p + 8 * r, &v[r].d[0], 8);
		}
	}
	if (post)
		simd_post(c, i, a, total);
}

/* LD2-LD4 / ST2-ST4 (multiple structures): selem registers, element e of
 * register s at byte (e * selem + s) << size. */
LDST_INLINE void simd_multi(struct cpu *c, const struct a64_op *op, unsigned selem, int load,
			    int post)
{
	uint32_t i = op->insn;
	unsigned q = BIT(i, 30), size = BITS(i, 11, 10), t = F_RT(i);
	unsigned regbytes = 8u << q, total = regbytes * selem, elements = regbytes >> size;
	guest_addr_t a = reg_xsp(c, F_RN(i));
	uint8_t buf[64];
	vreg_t v[4];
	unsigned r, e, s;

	if (size == 3 && !q)
		xlate_raise_undef(c, op);
	if (load) {
		memcpy(buf, gmem_ptr(c, a, total, 0), total);
		memset(v, 0, sizeof v);
		switch (size) {
		case 0: SIMD_DEINTERLEAVE(uint8_t, b); break;
		case 1: SIMD_DEINTERLEAVE(uint16_t, h); break;
		case 2: SIMD_DEINTERLEAVE(uint32_t, s); break;
		default: SIMD_DEINTERLEAVE(uint64_t, d); break;
		}
		for (r = 0; r < selem; r++)
			c->v[(t + r) & 31] = v[r];
	} else {
		for (r = 0; r < selem; r++)
			v[r] = c->v[(t + r) & 31];
		switch (size) {
		case 0: SIMD_INTERLEAVE(uint8_t, b); break;
		case 1: SIMD_INTERLEAVE(uint16_t, h); break;
		case 2: SIMD_INTERLEAVE(uint32_t, s); break;
		default: SIMD_INTERLEAVE(uint64_t, d); break;
		}
		memcpy(gmem_ptr(c, a, total, 1), buf, total);
	}
	if (post)
		simd_post(c, i, a, total);
}

/* LD1-LD4 / ST1-ST4 (single structure): one lane of selem registers.
 * scale is log2 of the element size; the lane index comes from Q:S:size
 * (the rows admit only valid combinations). */
LDST_INLINE void simd_single(struct cpu *c, const struct a64_op *op, unsigned selem,
			     unsigned scale, int load, int post)
{
	uint32_t i = op->insn;
	unsigned t = F_RT(i), ebytes = 1u << scale, total = selem * ebytes, k;
	unsigned index = (BIT(i, 30) << 3 | BIT(i, 12) << 2 | BITS(i, 11, 10)) >> scale;
	unsigned off = index * ebytes;
	guest_addr_t a = reg_xsp(c, F_RN(i));
	uint8_t buf[32];

	if (load) {
		memcpy(buf, gmem_ptr(c, a, total, 0), total);
		for (k = 0; k < selem; k++)
			memcpy(&c->v[(t + k) & 31].b[off], buf + k * ebytes, ebytes);
	} else {
		for (k = 0; k < selem; k++)
			memcpy(buf + k * ebytes, &c->v[(t + k) & 31].b[off], ebytes);
		memcpy(gmem_ptr(c, a, total, 1), buf, total);
	}
	if (post)
		simd_post(c, i, a, total);
}

/* LD1R-LD4R: load one structure and replicate each element to all lanes
 * of its register (64 or 128 bits by Q). */
LDST_INLINE void simd_replicate(struct cpu *c, const struct a64_op *op, unsigned selem, int post)
{
	static const uint64_t spread[4] = {
		0x0101010101010101ull, 0x0001000100010001ull, 0x0000000100000001ull, 1};
	uint32_t i = op->insn;
	unsigned q = BIT(i, 30), size = BITS(i, 11, 10), t = F_RT(i);
	unsigned ebytes = 1u << size, total = selem * ebytes, k;
	guest_addr_t a = reg_xsp(c, F_RN(i));
	uint8_t buf[32];
	uint64_t rep[4];

	memcpy(buf, gmem_ptr(c, a, total, 0), total);
	for (k = 0; k < selem; k++) {
		uint8_t b;
		uint16_t h;
		uint32_t w;
		uint64_t e;
		switch (size) {
		case 0: memcpy(&b, buf + k, 1); e = b; break;
		case 1: memcpy(&h, buf + 2 * k, 2); e = h; break;
		case 2: memcpy(&w, buf + 4 * k, 4); e = w; break;
		default: memcpy(&e, buf + 8 * k, 8); break;
		}
		rep[k] = e * spread[size];
	}
	for (k = 0; k < selem; k++) {
		vreg_t *v = &c->v[(t + k) & 31];
		v->d[0] = rep[k];
		v->d[1] = q ? rep[k] : 0;
	}
	if (post)
		simd_post(c, i, a, total);
}

#define SIMD(name, call) \
	void interp_##name(struct cpu *c, const struct a64_op *op) { call; }

/* ---- multiple structures ---- */
SIMD(LD4_asisdlse_4, simd_multi(c, op, 4, 1, 0))
SIMD(LD1_asisdlse_4v, simd_ld1st1(c, op, 4, 1, 0))
SIMD(LD3_asisdlse_3, simd_multi(c, op, 3, 1, 0))
SIMD(LD1_asisdlse_3v, simd_ld1st1(c, op, 3, 1, 0))
SIMD(LD1_asisdlse_1v, simd_ld1st1(c, op, 1, 1, 0))
SIMD(LD2_asisdlse_2, simd_multi(c, op, 2, 1, 0))
SIMD(LD1_asisdlse_2v, simd_ld1st1(c, op, 2, 1, 0))
SIMD(ST4_asisdlse_4, simd_multi(c, op, 4, 0, 0))
SIMD(ST1_asisdlse_4v, simd_ld1st1(c, op, 4, 0, 0))
SIMD(ST3_asisdlse_3, simd_multi(c, op, 3, 0, 0))
SIMD(ST1_asisdlse_3v, simd_ld1st1(c, op, 3, 0, 0))
SIMD(ST1_asisdlse_1v, simd_ld1st1(c, op, 1, 0, 0))
SIMD(ST2_asisdlse_2, simd_multi(c, op, 2, 0, 0))
SIMD(ST1_asisdlse_2v, simd_ld1st1(c, op, 2, 0, 0))

/* ---- multiple structures, post-indexed ---- */
SIMD(LD4_asisdlsep_4, simd_multi(c, op, 4, 1, 1))
SIMD(LD1_asisdlsep_4v, simd_ld1st1(c, op, 4, 1, 1))
SIMD(LD3_asisdlsep_3, simd_multi(c, op, 3, 1, 1))
SIMD(LD1_asisdlsep_3v, simd_ld1st1(c, op, 3, 1, 1))
SIMD(LD1_asisdlsep_1v, simd_ld1st1(c, op, 1, 1, 1))
SIMD(LD2_asisdlsep_2, simd_multi(c, op, 2, 1, 1))
SIMD(LD1_asisdlsep_2v, simd_ld1st1(c, op, 2, 1, 1))
SIMD(ST4_asisdlsep_4, simd_multi(c, op, 4, 0, 1))
SIMD(ST1_asisdlsep_4v, simd_ld1st1(c, op, 4, 0, 1))
SIMD(ST3_asisdlsep_3, simd_multi(c, op, 3, 0, 1))
SIMD(ST1_asisdlsep_3v, simd_ld1st1(c, op, 3, 0, 1))
SIMD(ST1_asisdlsep_1v, simd_ld1st1(c, op, 1, 0, 1))
SIMD(ST2_asisdlsep_2, simd_multi(c, op, 2, 0, 1))
SIMD(ST1_asisdlsep_2v, simd_ld1st1(c, op, 2, 0, 1))

/* ---- single structure ---- */
SIMD(LD1_asisdlso_B1, simd_single(c, op, 1, 0, 1, 0))
SIMD(LD1_asisdlso_H1, simd_single(c, op, 1, 1, 1, 0))
SIMD(LD1_asisdlso_S1, simd_single(c, op, 1, 2, 1, 0))
SIMD(LD1_asisdlso_D1, simd_single(c, op, 1, 3, 1, 0))
SIMD(LD2_asisdlso_B2, simd_single(c, op, 2, 0, 1, 0))
SIMD(LD2_asisdlso_H2, simd_single(c, op, 2, 1, 1, 0))
SIMD(LD2_asisdlso_S2, simd_single(c, op, 2, 2, 1, 0))
SIMD(LD2_asisdlso_D2, simd_single(c, op, 2, 3, 1, 0))
SIMD(LD3_asisdlso_B3, simd_single(c, op, 3, 0, 1, 0))
SIMD(LD3_asisdlso_H3, simd_single(c, op, 3, 1, 1, 0))
SIMD(LD3_asisdlso_S3, simd_single(c, op, 3, 2, 1, 0))
SIMD(LD3_asisdlso_D3, simd_single(c, op, 3, 3, 1, 0))
SIMD(LD4_asisdlso_B4, simd_single(c, op, 4, 0, 1, 0))
SIMD(LD4_asisdlso_H4, simd_single(c, op, 4, 1, 1, 0))
SIMD(LD4_asisdlso_S4, simd_single(c, op, 4, 2, 1, 0))
SIMD(LD4_asisdlso_D4, simd_single(c, op, 4, 3, 1, 0))
SIMD(ST1_asisdlso_B1, simd_single(c, op, 1, 0, 0, 0))
SIMD(ST1_asisdlso_H1, simd_single(c, op, 1, 1, 0, 0))
SIMD(ST1_asisdlso_S1, simd_single(c, op, 1, 2, 0, 0))
SIMD(ST1_asisdlso_D1, simd_single(c, op, 1, 3, 0, 0))
SIMD(ST2_asisdlso_B2, simd_single(c, op, 2, 0, 0, 0))
SIMD(ST2_asisdlso_H2, simd_single(c, op, 2, 1, 0, 0))
SIMD(ST2_asisdlso_S2, simd_single(c, op, 2, 2, 0, 0))
SIMD(ST2_asisdlso_D2, simd_single(c, op, 2, 3, 0, 0))
SIMD(ST3_asisdlso_B3, simd_single(c, op, 3, 0, 0, 0))
SIMD(ST3_asisdlso_H3, simd_single(c, op, 3, 1, 0, 0))
SIMD(ST3_asisdlso_S3, simd_single(c, op, 3, 2, 0, 0))
SIMD(ST3_asisdlso_D3, simd_single(c, op, 3, 3, 0, 0))
SIMD(ST4_asisdlso_B4, simd_single(c, op, 4, 0, 0, 0))
SIMD(ST4_asisdlso_H4, simd_single(c, op, 4, 1, 0, 0))
SIMD(ST4_asisdlso_S4, simd_single(c, op, 4, 2, 0, 0))
SIMD(ST4_asisdlso_D4, simd_single(c, op, 4, 3, 0, 0))
SIMD(LD1R_asisdlso_R1, simd_replicate(c, op, 1, 0))
SIMD(LD2R_asisdlso_R2, simd_replicate(c, op, 2, 0))
SIMD(LD3R_asisdlso_R3, simd_replicate(c, op, 3, 0))
SIMD(LD4R_asisdlso_R4, simd_replicate(c, op, 4, 0))

/* ---- single structure, post-indexed ---- */
SIMD(LD1_asisdlsop_B1, simd_single(c, op, 1, 0, 1, 1))
SIMD(LD1_asisdlsop_H1, simd_single(c, op, 1, 1, 1, 1))
SIMD(LD1_asisdlsop_S1, simd_single(c, op, 1, 2, 1, 1))
SIMD(LD1_asisdlsop_D1, simd_single(c, op, 1, 3, 1, 1))
SIMD(LD2_asisdlsop_B2, simd_single(c, op, 2, 0, 1, 1))
SIMD(LD2_asisdlsop_H2, simd_single(c, op, 2, 1, 1, 1))
SIMD(LD2_asisdlsop_S2, simd_single(c, op, 2, 2, 1, 1))
SIMD(LD2_asisdlsop_D2, simd_single(c, op, 2, 3, 1, 1))
SIMD(LD3_asisdlsop_B3, simd_single(c, op, 3, 0, 1, 1))
SIMD(LD3_asisdlsop_H3, simd_single(c, op, 3, 1, 1, 1))
SIMD(LD3_asisdlsop_S3, simd_single(c, op, 3, 2, 1, 1))
SIMD(LD3_asisdlsop_D3, simd_single(c, op, 3, 3, 1, 1))
SIMD(LD4_asisdlsop_B4, simd_single(c, op, 4, 0, 1, 1))
SIMD(LD4_asisdlsop_H4, simd_single(c, op, 4, 1, 1, 1))
SIMD(LD4_asisdlsop_S4, simd_single(c, op, 4, 2, 1, 1))
SIMD(LD4_asisdlsop_D4, simd_single(c, op, 4, 3, 1, 1))
SIMD(ST1_asisdlsop_B1, simd_single(c, op, 1, 0, 0, 1))
SIMD(ST1_asisdlsop_H1, simd_single(c, op, 1, 1, 0, 1))
SIMD(ST1_asisdlsop_S1, simd_single(c, op, 1, 2, 0, 1))
SIMD(ST1_asisdlsop_D1, simd_single(c, op, 1, 3, 0, 1))
SIMD(ST2_asisdlsop_B2, simd_single(c, op, 2, 0, 0, 1))
SIMD(ST2_asisdlsop_H2, simd_single(c, op, 2, 1, 0, 1))
SIMD(ST2_asisdlsop_S2, simd_single(c, op, 2, 2, 0, 1))
SIMD(ST2_asisdlsop_D2, simd_single(c, op, 2, 3, 0, 1))
SIMD(ST3_asisdlsop_B3, simd_single(c, op, 3, 0, 0, 1))
SIMD(ST3_asisdlsop_H3, simd_single(c, op, 3, 1, 0, 1))
SIMD(ST3_asisdlsop_S3, simd_single(c, op, 3, 2, 0, 1))
SIMD(ST3_asisdlsop_D3, simd_single(c, op, 3, 3, 0, 1))
SIMD(ST4_asisdlsop_B4, simd_single(c, op, 4, 0, 0, 1))
SIMD(ST4_asisdlsop_H4, simd_single(c, op, 4, 1, 0, 1))
SIMD(ST4_asisdlsop_S4, simd_single(c, op, 4, 2, 0, 1))
SIMD(ST4_asisdlsop_D4, simd_single(c, op, 4, 3, 0, 1))
SIMD(LD1R_asisdlsop_R1, simd_replicate(c, op, 1, 1))
SIMD(LD2R_asisdlsop_R2, simd_replicate(c, op, 2, 1))
SIMD(LD3R_asisdlsop_R3, simd_replicate(c, op, 3, 1))
SIMD(LD4R_asisdlsop_R4, simd_replicate(c, op, 4, 1))

