package diag

import (
	"strings"
	"testing"
)

// testCatalog builds a catalog from a table, the way LoadCatalog builds
// one from its files.
func testCatalog(t *testing.T, table map[string]string) *Catalog {
	t.Helper()
	c := &Catalog{Lang: "ar", exact: map[string]string{}}
	for english, text := range table {
		e, err := compile(english, text)
		if err != nil {
			t.Fatal(err)
		}
		c.add(e)
	}
	c.sort()
	return c
}

func TestSay(t *testing.T) {
	c := testCatalog(t, map[string]string{
		"unknown key %q":    "مفتاح غير معروف %q",
		"unknown %s %q":     "%s غير معروف: %q",
		"unknown region %q": "جهة غير معروفة %q",
		"the status":        "المرحلة",
		"%s is missing":     "%s غير موجود",
		"the period ends in %d, before it starts in %d": "تنتهي المدة في %d قبل أن تبدأ في %d",
		"the shares add up to %s %%, more than 100":     "مجموع الحصص %s %%، أي أكثر من 100",
		"invisible character U+%04X (%s) in text":       "حرف خفي U+%[1]X (%[2]s) في النص",
		"a bidi isolate":                         "عازل اتجاه",
		"share = 20 means 20 %% of budget.total": "النسبة 20 تعني 20 %% من budget.total",
		"province %q is in region %q, not %q":    "الإقليم %[1]q تابع لجهة %[2]q لا لجهة %[3]q",
	})
	tests := []struct {
		english, want string
		known         bool
	}{
		{`unknown key "stauts"`, `مفتاح غير معروف "stauts"`, true},
		{`unknown region "tanger"`, `جهة غير معروفة "tanger"`, true}, // the more specific entry wins
		{`unknown kind "conventoin"`, `kind غير معروف: "conventoin"`, true},
		{`the status is missing`, `المرحلة غير موجود`, true}, // a value the catalog knows is translated
		{`kind is missing`, `kind غير موجود`, true},          // a key is kept
		{`the period ends in 2026, before it starts in 2027`, `تنتهي المدة في 2026 قبل أن تبدأ في 2027`, true},
		{`the shares add up to 110 %, more than 100`, `مجموع الحصص 110 %، أي أكثر من 100`, true},
		{`invisible character U+2066 (a bidi isolate) in text`, `حرف خفي U+2066 (عازل اتجاه) في النص`, true},
		{`province "tiznit" is in region "souss-massa", not "draa-tafilalet"`, `الإقليم "tiznit" تابع لجهة "souss-massa" لا لجهة "draa-tafilalet"`, true},
		{`unknown key "a \"quoted\" key"`, `مفتاح غير معروف "a \"quoted\" key"`, true},
		{`no source`, `no source`, false},
		{`unknown key stauts`, `unknown key stauts`, false}, // %q needs the quotes
		{``, ``, true}, // no hint: nothing to translate
		{`share = 20 means 20 % of budget.total`, `النسبة 20 تعني 20 % من budget.total`, true},
	}
	for _, tt := range tests {
		got, known := c.Say(tt.english)
		if got != tt.want || known != tt.known {
			t.Errorf("Say(%q) = %q, %v; want %q, %v", tt.english, got, known, tt.want, tt.known)
		}
	}
	var none *Catalog
	if got, known := none.Say("no source"); got != "no source" || !known {
		t.Errorf("a nil catalog (English) = %q, %v; want the message unchanged", got, known)
	}
}

func TestCompileRefuses(t *testing.T) {
	tests := []struct{ english, text, want string }{
		{"unknown key %q", "مفتاح غير معروف", "leaves out value 1"},
		{"unknown key %q", "مفتاح %q و%[2]q", "asks for value 2 of 1"},
		{"event %d repeats event %d", "الحدث %[2]d يكرر الحدث %[2]d", "leaves out value 1"},
		{"a %t flag", "علم %t", "unknown verb"},
		{"value %[2]s", "قيمة %s", "in order"},
	}
	for _, tt := range tests {
		_, err := compile(tt.english, tt.text)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("compile(%q, %q) = %v; want an error saying %q", tt.english, tt.text, err, tt.want)
		}
	}
}

func TestTranslate(t *testing.T) {
	c := testCatalog(t, map[string]string{"no source": "لا مصدر", "did you mean %q?": "هل تقصد %q؟"})
	l := List{
		{Pos: Pos{File: "a.md", Line: 3, Col: 1}, Message: "no source", Hint: "add one"},
		{Pos: Pos{File: "a.md", Line: 4, Col: 2}, Severity: Warning, Message: "odd", Hint: `did you mean "x"?`},
	}
	got := c.Translate(l)
	want := List{
		{Pos: Pos{File: "a.md", Line: 3, Col: 1}, Message: "لا مصدر", Hint: "add one", Lang: "ar"},
		{Pos: Pos{File: "a.md", Line: 4, Col: 2}, Severity: Warning, Message: "odd", Hint: `هل تقصد "x"؟`, Lang: "ar"},
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("Translate[%d] = %v; want %v", i, got[i], want[i])
		}
	}
	if l[0].Message != "no source" {
		t.Errorf("Translate changed the list it was given: %v", l[0])
	}
}

// TestCatalogs loads every catalog shipped: a key with a verb fmt does not
// print, a translation that drops a value or two files giving the same
// key fail here rather than when a contributor runs check.
func TestCatalogs(t *testing.T) {
	langs := Languages()
	if langs[0] != "en" || len(langs) < 2 {
		t.Fatalf("Languages() = %v; want en first, then at least ar", langs)
	}
	for _, lang := range langs {
		c, err := LoadCatalog(lang)
		if err != nil {
			t.Errorf("%s: %v", lang, err)
		}
		if lang != "en" && len(c.entries) == 0 {
			t.Errorf("%s: an empty catalog", lang)
		}
	}
	if _, err := LoadCatalog("xx"); err == nil || !strings.Contains(err.Error(), "en, ar") {
		t.Errorf("LoadCatalog(xx) = %v; want an error naming the languages there are", err)
	}
}

// FuzzSay feeds any text to the Arabic catalog: it never panics, and what
// it knows it says in something other than nothing.
func FuzzSay(f *testing.F) {
	c, err := LoadCatalog("ar")
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{`unknown key "x"`, `did you mean "a\"b"?`, "one of: a, b", "%s %q", "\u202e", "event 1 repeats event 2", "x\ny"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := c.Say(s)
		if ok && s != "" && got == "" {
			t.Errorf("Say(%q) = empty, known", s)
		}
		if !ok && got != s {
			t.Errorf("Say(%q) = %q, unknown, but changed", s, got)
		}
	})
}

func TestOnly(t *testing.T) {
	tests := []struct {
		word       string
		candidates []string
		want       string
	}{
		{"r", []string{"ar"}, "ar"},
		{"f", []string{"fr"}, "fr"},
		{"en", []string{"fr"}, ""},      // no letter in common
		{"r", []string{"ar", "fr"}, ""}, // not the only one
		{"", []string{"ar"}, ""},        // nothing written
		{"x", nil, ""},
	}
	for _, tt := range tests {
		if got := Only(tt.word, tt.candidates); got != tt.want {
			t.Errorf("Only(%q, %v) = %q, want %q", tt.word, tt.candidates, got, tt.want)
		}
	}
}
