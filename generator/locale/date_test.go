package locale

import (
	"math"
	"testing"
)

func TestDate(t *testing.T) {
	locs := locales(t)
	tests := []struct {
		y, m, d int
		want    want
	}{
		{2023, 11, 6, want{"6 نونبر 2023", "6 novembre 2023"}},
		{2023, 11, 1, want{"1 نونبر 2023", "1er novembre 2023"}},
		{2023, 11, 0, want{"نونبر 2023", "novembre 2023"}},
		{2023, 0, 0, want{"2023", "2023"}}, // years are not grouped
		{2024, 1, 31, want{"31 يناير 2024", "31 janvier 2024"}},
		{2024, 2, 29, want{"29 فبراير 2024", "29 février 2024"}},
		{2024, 5, 0, want{"ماي 2024", "mai 2024"}},
		{2024, 7, 14, want{"14 يوليوز 2024", "14 juillet 2024"}},
		{2024, 8, 20, want{"20 غشت 2024", "20 août 2024"}},
		{2024, 9, 0, want{"شتنبر 2024", "septembre 2024"}},
		{2024, 12, 31, want{"31 دجنبر 2024", "31 décembre 2024"}},
		// Dates that do not exist come back as plain numbers.
		{2023, 13, 6, want{"2023-13-06", "2023-13-06"}},
		{2023, 11, 32, want{"2023-11-32", "2023-11-32"}},
		{2023, 2, 29, want{"2023-02-29", "2023-02-29"}},
		{2023, 4, 31, want{"2023-04-31", "2023-04-31"}},
		{2023, 0, 5, want{"2023-00-05", "2023-00-05"}},
		{2023, -1, 0, want{"2023--1-00", "2023--1-00"}},
		{2023, 6, -1, want{"2023-06--1", "2023-06--1"}},
	}
	for _, lang := range []string{"ar", "fr"} {
		for _, tt := range tests {
			if got := locs[lang].Date(tt.y, tt.m, tt.d); got != tt.want.in(lang) {
				t.Errorf("%s Date(%d, %d, %d) = %q; want %q", lang, tt.y, tt.m, tt.d, got, tt.want.in(lang))
			}
		}
		// Extreme values must not panic.
		for _, p := range [][3]int{{math.MaxInt, 12, 31}, {math.MinInt, 1, 1}, {0, math.MaxInt, math.MaxInt}, {0, math.MinInt, math.MinInt}} {
			if got := locs[lang].Date(p[0], p[1], p[2]); got == "" {
				t.Errorf("%s Date%v is empty", lang, p)
			}
		}
	}
}
