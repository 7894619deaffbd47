package locale

import (
	"sync"
	"testing"
)

func TestNew(t *testing.T) {
	tests := []struct {
		lang    string
		dir     string
		wantErr bool
	}{
		{"ar", "rtl", false},
		{"fr", "ltr", false},
		{"en", "", true},
		{"", "", true},
		{"AR", "", true},
		{"ar-MA", "", true},
	}
	for _, tt := range tests {
		l, err := New(tt.lang, nil)
		if tt.wantErr {
			if err == nil || l != nil {
				t.Errorf("New(%q) = %v, %v; want an error", tt.lang, l, err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("New(%q): %v", tt.lang, err)
		}
		if l.Lang() != tt.lang || l.Dir() != tt.dir {
			t.Errorf("New(%q): Lang %q Dir %q; want %q %q", tt.lang, l.Lang(), l.Dir(), tt.lang, tt.dir)
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

// TestNilCatalog checks that a Locale without a catalog still formats and
// shows holes instead of panicking.
func TestNilCatalog(t *testing.T) {
	l, err := New("ar", nil)
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
