package locale

import (
	"math"
	"testing"
)

func TestAmount(t *testing.T) {
	locs := locales(t)
	tests := []struct {
		mad  int64
		want want
	}{
		// Below a thousand: exact, with the counted form of the noun.
		{0, want{"0 درهم", "0 dirham"}},
		{1, want{"درهم واحد", "1 dirham"}},
		{2, want{"درهمان", "2 dirhams"}},
		{3, want{"3 دراهم", "3 dirhams"}},
		{10, want{"10 دراهم", "10 dirhams"}},
		{11, want{"11 درهما", "11 dirhams"}},
		{99, want{"99 درهما", "99 dirhams"}},
		{100, want{"100 درهم", "100 dirhams"}},
		{101, want{"101 درهم", "101 dirhams"}},
		{999, want{"999 درهما", "999 dirhams"}}, // 999 % 100 = 99: many
		// Thousands.
		{1000, want{"ألف درهم", "mille dirhams"}},
		{1500, want{"1,5 ألف درهم", "1,5 mille dirhams"}},
		{2000, want{"ألفا درهم", "2 mille dirhams"}},
		{3000, want{"3 آلاف درهم", "3 mille dirhams"}},
		{10000, want{"10 آلاف درهم", "10 mille dirhams"}},
		{11000, want{"11 ألف درهم", "11 mille dirhams"}},
		{250000, want{"250 ألف درهم", "250 mille dirhams"}},
		// Rounding up to the next scale.
		{999999, want{"مليون درهم", "1 million de dirhams"}},
		// Millions.
		{1000000, want{"مليون درهم", "1 million de dirhams"}},
		{1500000, want{"1,5 مليون درهم", "1,5 million de dirhams"}},
		{2000000, want{"مليونا درهم", "2 millions de dirhams"}},
		{3700000, want{"3,7 مليون درهم", "3,7 millions de dirhams"}},
		{3756000, want{"3,76 مليون درهم", "3,76 millions de dirhams"}},
		{3755000, want{"3,76 مليون درهم", "3,76 millions de dirhams"}}, // half up
		{3754999, want{"3,75 مليون درهم", "3,75 millions de dirhams"}},
		{3050000, want{"3,05 مليون درهم", "3,05 millions de dirhams"}},
		{5000000, want{"5 ملايين درهم", "5 millions de dirhams"}},
		{10000000, want{"10 ملايين درهم", "10 millions de dirhams"}},
		{11000000, want{"11 مليون درهم", "11 millions de dirhams"}},
		{20000000, want{"20 مليون درهم", "20 millions de dirhams"}},
		{12345678, want{"12,35 مليون درهم", "12,35 millions de dirhams"}},
		{100000000, want{"100 مليون درهم", "100 millions de dirhams"}},
		{443000000, want{"443 مليون درهم", "443 millions de dirhams"}},
		{999999999, want{"مليار درهم", "1 milliard de dirhams"}},
		// Billions.
		{1000000000, want{"مليار درهم", "1 milliard de dirhams"}},
		{2000000000, want{"مليارا درهم", "2 milliards de dirhams"}},
		{3000000000, want{"3 مليارات درهم", "3 milliards de dirhams"}},
		{2500000000, want{"2,5 مليار درهم", "2,5 milliards de dirhams"}},
		{1234000000000, want{"1.234 مليار درهم", "1.234 milliards de dirhams"}},
		{math.MaxInt64, want{"9.223.372.036,85 مليار درهم", "9.223.372.036,85 milliards de dirhams"}},
		// Negative amounts keep their sign and never use a form without
		// the number.
		{-1, want{lrm + "-1 درهم", "-1 dirham"}},
		{-2000000, want{lrm + "-2 مليون درهم", "-2 millions de dirhams"}},
		{-443000000, want{lrm + "-443 مليون درهم", "-443 millions de dirhams"}},
		{math.MinInt64, want{lrm + "-9.223.372.036,85 مليار درهم", "-9.223.372.036,85 milliards de dirhams"}},
	}
	for _, lang := range []string{"ar", "fr"} {
		for _, tt := range tests {
			if got := locs[lang].Amount(tt.mad); got != tt.want.in(lang) {
				t.Errorf("%s Amount(%d) = %q; want %q", lang, tt.mad, got, tt.want.in(lang))
			}
		}
	}
}

func TestAmountExact(t *testing.T) {
	locs := locales(t)
	tests := []struct {
		mad  int64
		want want
	}{
		{0, want{"0 درهم", "0 dirham"}},
		{1, want{"1 درهم", "1 dirham"}},
		{2, want{"2 درهم", "2 dirhams"}},
		{3, want{"3 درهم", "3 dirhams"}},
		{11, want{"11 درهم", "11 dirhams"}},
		{100, want{"100 درهم", "100 dirhams"}},
		{1500, want{"1.500 درهم", "1.500 dirhams"}},
		{3700000, want{"3.700.000 درهم", "3.700.000 dirhams"}},
		{20000000, want{"20.000.000 درهم", "20.000.000 dirhams"}},
		{443000000, want{"443.000.000 درهم", "443.000.000 dirhams"}},
		{-1, want{lrm + "-1 درهم", "-1 dirham"}},
		{-20000000, want{lrm + "-20.000.000 درهم", "-20.000.000 dirhams"}},
		{math.MaxInt64, want{"9.223.372.036.854.775.807 درهم", "9.223.372.036.854.775.807 dirhams"}},
		{math.MinInt64, want{lrm + "-9.223.372.036.854.775.808 درهم", "-9.223.372.036.854.775.808 dirhams"}},
	}
	for _, lang := range []string{"ar", "fr"} {
		for _, tt := range tests {
			if got := locs[lang].AmountExact(tt.mad); got != tt.want.in(lang) {
				t.Errorf("%s AmountExact(%d) = %q; want %q", lang, tt.mad, got, tt.want.in(lang))
			}
		}
	}
}
