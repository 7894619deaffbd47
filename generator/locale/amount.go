package locale

import (
	"strconv"
	"strings"
)

// Amount writes mad dirhams in readable words: "443 مليون درهم",
// "3,7 millions de dirhams", "ألف درهم". From a thousand on, the amount is
// counted in thousands, millions or billions with at most two decimals,
// rounded half up; below a thousand it is exact. The words only give the
// order of magnitude; AmountExact gives the figure.
func (l *Locale) Amount(mad int64) string {
	abs, neg := magnitude(mad)
	sc := l.words.dirhams
	hundredths := abs * 100
	if abs >= 1000 {
		sc, hundredths = l.scaleOf(abs)
	}
	whole, frac := hundredths/100, trimZeros(hundredths%100)
	shown := l.Int(int64(whole))
	if frac != "" {
		shown += l.decimal + frac
	}
	if neg {
		shown = l.minus + shown
	}
	return sc.forms.pick(sc.forms.choose(l.tag, whole, frac, neg), shown, neg)
}

// scaleOf picks the largest scale not above abs (abs ≥ 1000) and returns
// abs in hundredths of it, rounded. It moves up a scale when rounding
// reaches a thousand of the one below: 999.999 is "1 million", not
// "1000 mille".
func (l *Locale) scaleOf(abs uint64) (scale, uint64) {
	scales := l.words.scales
	i := len(scales) - 1
	for i > 0 && abs < scales[i].size {
		i--
	}
	h := hundredthsOf(abs, scales[i].size)
	if i+1 < len(scales) && h >= 1000*100 {
		i++
		h = hundredthsOf(abs, scales[i].size)
	}
	return scales[i], h
}

// hundredthsOf returns abs/size in hundredths, rounded half up. Sizes are
// 10³, 10⁶ or 10⁹, so size/100 is whole, and abs ≤ 2⁶³ leaves room in a
// uint64 for the half added.
func hundredthsOf(abs, size uint64) uint64 {
	unit := size / 100
	return (abs + unit/2) / unit
}

// AmountExact writes mad dirhams as an exact figure with Int's grouping:
// "443.000.000 درهم", "443.000.000 dirhams" ("1 dirham", "0 dirham"). The
// full currency name is clearer to readers than "MAD" or "DH". In Arabic it
// is a unit label after the figure and stays "درهم" whatever the number,
// as on a price list; the counted forms are Amount's job.
func (l *Locale) AmountExact(mad int64) string {
	abs, neg := magnitude(mad)
	return l.words.exact.pick(l.words.exact.choose(l.tag, abs, "", neg), l.Int(mad), neg)
}

// magnitude splits n into its absolute value and sign. The absolute value
// is unsigned because -MinInt64 does not fit an int64.
func magnitude(n int64) (uint64, bool) {
	if n < 0 {
		return uint64(-(n + 1)) + 1, true
	}
	return uint64(n), false
}

// trimZeros writes two decimals without their trailing zeros: 70 → "7",
// 5 → "05", 0 → "".
func trimZeros(h uint64) string {
	if h == 0 {
		return ""
	}
	s := strconv.FormatUint(h, 10)
	if len(s) < 2 {
		s = "0" + s
	}
	return strings.TrimRight(s, "0")
}
