package locale

import (
	"math"
	"testing"
	"testing/fstest"
)

func TestCount(t *testing.T) {
	locs := locales(t)
	tests := []struct {
		n    int64
		noun string
		want want
	}{
		{0, "doctors", want{"0 طبيب", "0 médecin"}}, // Arabic zero falls back to other
		{1, "doctors", want{"طبيب واحد", "1 médecin"}},
		{2, "doctors", want{"طبيبان", "2 médecins"}},
		{3, "doctors", want{"3 أطباء", "3 médecins"}},
		{10, "doctors", want{"10 أطباء", "10 médecins"}},
		{11, "doctors", want{"11 طبيبًا", "11 médecins"}},
		{18, "doctors", want{"18 طبيبًا", "18 médecins"}},
		{99, "doctors", want{"99 طبيبًا", "99 médecins"}},
		{100, "doctors", want{"100 طبيب", "100 médecins"}},
		{101, "doctors", want{"101 طبيب", "101 médecins"}},
		{102, "doctors", want{"102 طبيب", "102 médecins"}},
		{103, "doctors", want{"103 أطباء", "103 médecins"}},
		{111, "doctors", want{"111 طبيبًا", "111 médecins"}},
		{1000, "doctors", want{"1.000 طبيب", "1.000 médecins"}},
		{1003, "doctors", want{"1.003 أطباء", "1.003 médecins"}},
		{2000000, "doctors", want{"2.000.000 طبيب", "2.000.000 médecins"}},
		{math.MaxInt64, "doctors", want{"9.223.372.036.854.775.807 أطباء", "9.223.372.036.854.775.807 médecins"}},
		// Negative counts keep their number; Arabic one and two would drop it.
		{-1, "doctors", want{lrm + "-1 طبيب", "-1 médecin"}},
		{-2, "doctors", want{lrm + "-2 طبيب", "-2 médecins"}},
		{-3, "doctors", want{lrm + "-3 أطباء", "-3 médecins"}},
		{math.MinInt64, "doctors", want{lrm + "-9.223.372.036.854.775.808 أطباء", "-9.223.372.036.854.775.808 médecins"}},
		// Other nouns of the catalogs.
		{1, "agreements", want{"اتفاقية واحدة", "1 accord"}},
		{2, "agreements", want{"اتفاقيتان", "2 accords"}},
		{5, "agreements", want{"5 اتفاقيات", "5 accords"}},
		{12, "agreements", want{"12 اتفاقية", "12 accords"}},
		{2, "ambulances", want{"سيارتا إسعاف", "2 ambulances"}},
		{4, "ambulances", want{"4 سيارات إسعاف", "4 ambulances"}},
		{2, "mobile_units", want{"وحدتان متنقلتان", "2 unités mobiles"}},
		{3, "nurses", want{"3 ممرضين", "3 infirmiers"}},
		{11, "nurses", want{"11 ممرضًا", "11 infirmiers"}},
		{1, "midwives", want{"قابلة واحدة", "1 sage-femme"}},
		{7, "midwives", want{"7 قابلات", "7 sages-femmes"}},
		// A noun the catalog lacks shows as a hole.
		{3, "unicorns", want{"3 [unicorns]", "3 [unicorns]"}},
		// A plain key is not a plural entry.
		{3, "kind.program", want{"3 [kind.program]", "3 [kind.program]"}},
	}
	for _, lang := range []string{"ar", "fr"} {
		for _, tt := range tests {
			if got := locs[lang].Count(tt.n, tt.noun); got != tt.want.in(lang) {
				t.Errorf("%s Count(%d, %q) = %q; want %q", lang, tt.n, tt.noun, got, tt.want.in(lang))
			}
		}
	}
}

// TestCountZero checks that an Arabic zero form, when given, is used.
func TestCountZero(t *testing.T) {
	fsys := fstest.MapFS{"i18n/ar.toml": {Data: []byte(`
[doctors]
zero = "لا أطباء"
one = "طبيب واحد"
two = "طبيبان"
few = "{n} أطباء"
many = "{n} طبيبًا"
other = "{n} طبيب"
` + arLanguage)}}
	cats, err := LoadCatalogs(fsys, "i18n", []string{"ar"})
	if err != nil {
		t.Fatal(err)
	}
	l, err := New("ar", cats["ar"])
	if err != nil {
		t.Fatal(err)
	}
	for n, want := range map[int64]string{0: "لا أطباء", 100: "100 طبيب"} {
		if got := l.Count(n, "doctors"); got != want {
			t.Errorf("Count(%d) = %q; want %q", n, got, want)
		}
	}
}
