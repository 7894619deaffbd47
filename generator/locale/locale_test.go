package locale

import (
	"sync"
	"testing"
	"testing/fstest"
)

func TestNew(t *testing.T) {
	cats := realCatalogs(t)
	for lang, dir := range map[string]string{"ar": "rtl", "fr": "ltr"} {
		l, err := New(lang, cats[lang])
		if err != nil {
			t.Fatalf("New(%q): %v", lang, err)
		}
		if l.Lang() != lang || l.Dir() != dir {
			t.Errorf("New(%q): Lang %q Dir %q; want %q %q", lang, l.Lang(), l.Dir(), lang, dir)
		}
	}
	// A language is known from its catalog alone.
	for _, cat := range []*Catalog{nil, {}} {
		if l, err := New("ar", cat); err == nil || l != nil {
			t.Errorf("New(ar, %v) = %v, %v; want an error", cat, l, err)
		}
	}
}

// TestThirdLanguage makes a Locale for a language the code has never
// heard of, from its catalog.
func TestThirdLanguage(t *testing.T) {
	fsys := fstest.MapFS{"i18n/en.toml": {Data: []byte(`
title = "Atlas"
[doctors]
one = "{n} doctor"
other = "{n} doctors"

[language]
dir = "ltr"
locale = "en"
months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
exact = "{n} dirhams"
[language.dirhams]
one = "{n} dirham"
other = "{n} dirhams"
[language.thousands]
exactly_one = "a thousand dirhams"
one = "{n} thousand dirhams"
other = "{n} thousand dirhams"
[language.millions]
one = "{n} million dirhams"
other = "{n} million dirhams"
[language.billions]
one = "{n} billion dirhams"
other = "{n} billion dirhams"
`)}}
	cats, err := LoadCatalogs(fsys, "i18n", []string{"en"})
	if err != nil {
		t.Fatal(err)
	}
	l, err := New("en", cats["en"])
	if err != nil {
		t.Fatal(err)
	}
	for got, want := range map[string]string{
		l.Dir():                "ltr",
		l.Date(2023, 11, 1):    "1 November 2023",
		l.Amount(1000):         "a thousand dirhams",
		l.Amount(3700000):      "3.7 million dirhams",
		l.Amount(1):            "1 dirham",
		l.AmountExact(443e6):   "443,000,000 dirhams",
		l.Count(18, "doctors"): "18 doctors",
	} {
		if got != want {
			t.Errorf("got %q; want %q", got, want)
		}
	}
}

func TestT(t *testing.T) {
	locs := locales(t)
	tests := []struct {
		key  string
		want want
	}{
		{"kind.convention", want{"اتفاقية شراكة", "Convention"}},
		{"status.in-progress", want{"قيد التنفيذ", "En cours"}},
		{"party.gst", want{"المجموعة الصحية الترابية", "Groupement sanitaire territorial"}},
		{"no.such.key", want{"[no.such.key]", "[no.such.key]"}},
		{"", want{"[]", "[]"}},
		// A plural entry is not a plain text.
		{"doctors", want{"[doctors]", "[doctors]"}},
	}
	for _, lang := range []string{"ar", "fr"} {
		for _, tt := range tests {
			if got := locs[lang].T(tt.key); got != tt.want.in(lang) {
				t.Errorf("%s T(%q) = %q; want %q", lang, tt.key, got, tt.want.in(lang))
			}
		}
	}
}

// TestHoles checks that a catalog with nothing but its [language] table
// still formats, and shows holes instead of panicking.
func TestHoles(t *testing.T) {
	cats, err := LoadCatalogs(fstest.MapFS{"i18n/ar.toml": {Data: []byte(arLanguage)}}, "i18n", []string{"ar"})
	if err != nil {
		t.Fatal(err)
	}
	l, err := New("ar", cats["ar"])
	if err != nil {
		t.Fatal(err)
	}
	if got := l.T("x"); got != "[x]" {
		t.Errorf("T = %q", got)
	}
	if got := l.Count(3, "doctors"); got != "3 [doctors]" {
		t.Errorf("Count = %q", got)
	}
	if got := l.Amount(3700000); got != "3,7 مليون درهم" {
		t.Errorf("Amount = %q", got)
	}
}

// TestConcurrent runs every method from many goroutines; run with -race.
func TestConcurrent(t *testing.T) {
	locs := locales(t)
	var wg sync.WaitGroup
	for i := range 16 {
		for _, l := range locs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				n := int64(i) * 1234567
				_ = l.T("kind.program") + l.Int(n) + l.Percent(float64(i)) + l.Amount(n) +
					l.AmountExact(n) + l.Date(2000+i, i%13, i) + l.Count(n, "doctors")
			}()
		}
	}
	wg.Wait()
}
