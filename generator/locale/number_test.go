package locale

import (
	"math"
	"testing"
)

// lrm is the left-to-right mark CLDR puts around signs in ar-MA.
const lrm = "\u200e"

// nbsp is the no-break space CLDR puts before "%" in fr-MA.
const nbsp = "\u00a0"

func TestInt(t *testing.T) {
	locs := locales(t)
	tests := []struct {
		n    int64
		want want
	}{
		{0, want{"0", "0"}},
		{1, want{"1", "1"}},
		{99, want{"99", "99"}},
		{999, want{"999", "999"}},
		// CLDR ar-MA and fr-MA both group with "." (not the French space).
		{1000, want{"1.000", "1.000"}},
		{443000000, want{"443.000.000", "443.000.000"}},
		{-1234, want{lrm + "-1.234", "-1.234"}},
		{math.MaxInt64, want{"9.223.372.036.854.775.807", "9.223.372.036.854.775.807"}},
		{math.MinInt64, want{lrm + "-9.223.372.036.854.775.808", "-9.223.372.036.854.775.808"}},
	}
	for _, lang := range []string{"ar", "fr"} {
		for _, tt := range tests {
			if got := locs[lang].Int(tt.n); got != tt.want.in(lang) {
				t.Errorf("%s Int(%d) = %q; want %q", lang, tt.n, got, tt.want.in(lang))
			}
		}
	}
}

func TestPercent(t *testing.T) {
	locs := locales(t)
	pct := want{lrm + "%" + lrm, nbsp + "%"}
	tests := []struct {
		p    float64
		want string // number part, the same in both languages
	}{
		{20, "20"},
		{0, "0"},
		{100, "100"},
		{12.5, "12,5"},
		{12.50, "12,5"},
		{33.3333, "33,33"},
		{66.666, "66,67"},
		{0.001, "0"},
		{-0.001, "0"}, // not "-0"
		{1234.5, "1.234,5"},
	}
	for _, lang := range []string{"ar", "fr"} {
		for _, tt := range tests {
			w := tt.want + pct.in(lang)
			if got := locs[lang].Percent(tt.p); got != w {
				t.Errorf("%s Percent(%v) = %q; want %q", lang, tt.p, got, w)
			}
		}
	}
	neg := want{lrm + "-5" + lrm + "%" + lrm, "-5" + nbsp + "%"}
	for _, lang := range []string{"ar", "fr"} {
		if got := locs[lang].Percent(-5); got != neg.in(lang) {
			t.Errorf("%s Percent(-5) = %q; want %q", lang, got, neg.in(lang))
		}
		// Values that are not numbers must not panic.
		for _, p := range []float64{math.NaN(), math.Inf(1), math.Inf(-1), math.MaxFloat64, -math.MaxFloat64} {
			if got := locs[lang].Percent(p); got == "" {
				t.Errorf("%s Percent(%v) is empty", lang, p)
			}
		}
	}
}
