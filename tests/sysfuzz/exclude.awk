# exclude.awk EXCLUSIONS PAIRS -- PAIRS is the native and the guest output
# interleaved line by line; print both lines of each pair unless
# EXCLUSIONS (see exclusions.txt) names the native line.
# One condition: N:BIT,... (argument N has one of the bits) or N=VALUE.
function cond(c, parts, bits, k, v, j, b) {
	if (index(c, "=")) {
		split(c, parts, "=")
		k = parts[1] + 1
		return $k == parts[2]
	}
	split(c, parts, ":")
	k = parts[1] + 1
	v = $k + 0
	if (v < 0)
		v += 4294967296
	split(parts[2], bits, ",")
	for (j in bits) {
		b = bits[j] + 0
		if (b > 0 && int(v / b) % 2 == 1)
			return 1
	}
	return 0
}
function hit(spec, conds, i, n) {
	if (spec == "*")
		return 1
	n = split(spec, conds, "&")
	for (i = 1; i <= n; i++)
		if (!cond(conds[i]))
			return 0
	return 1
}
NR == FNR {
	if ($0 !~ /^#/ && NF >= 3) {
		n++
		xname[n] = $1
		xspec[n] = $2
	}
	next
}
FNR % 2 == 1 {
	keep = 1
	for (i = 1; i <= n; i++)
		if ($1 == xname[i] && hit(xspec[i]))
			keep = 0
	if (keep)
		print
	next
}
keep { print }
