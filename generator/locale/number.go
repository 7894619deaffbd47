package locale

import (
	"math"

	"golang.org/x/text/number"
)

// Int writes n exactly, grouped as CLDR does for the locale: both ar-MA and
// fr-MA group by three with "." and use Western digits ("443.000.000").
func (l *Locale) Int(n int64) string {
	return l.printer.Sprintf("%d", n)
}

// Percent writes p percent (20 means 20 %) with at most two decimals and no
// trailing zeros, in the CLDR pattern of the locale: "20 %" with a no-break
// space in French, "20‎%‎" between left-to-right marks in Arabic.
func (l *Locale) Percent(p float64) string {
	// Round first so that a tiny negative value does not print as "-0 %";
	// keep values too large to scale as they are.
	r := p
	if x := p * 100; !math.IsInf(x, 0) {
		r = math.Round(x) / 100
	}
	if r == 0 {
		r = 0
	}
	return l.printer.Sprint(number.Percent(r/100, number.MaxFractionDigits(2)))
}
