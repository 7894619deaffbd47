package locale

import (
	"strings"
	"testing"
	"testing/fstest"
)

// arLanguage and frLanguage are the smallest [language] tables the rules
// of ar and fr accept.
const arLanguage = `
[language]
dir = "rtl"
locale = "ar-MA"
months = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"]
exact = "{n} درهم"
dirhams = "{n} درهم"
thousands = "{n} ألف درهم"
millions = "{n} مليون درهم"
billions = "{n} مليار درهم"
`

const frLanguage = `
[language]
dir = "ltr"
locale = "fr-MA"
months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
day_one = "1er"
exact = "{n} dirhams"
dirhams = "{n} dirhams"
millions = "{n} millions de dirhams"
billions = "{n} milliards de dirhams"

[language.thousands]
exactly_one = "mille dirhams"
one = "{n} mille dirhams"
other = "{n} mille dirhams"
`

const arOK = `
title = "أطلس"
"kind.program" = "برنامج"

[doctors]
one = "طبيب واحد"
two = "طبيبان"
few = "{n} أطباء"
many = "{n} طبيبا"
other = "{n} طبيب"
` + arLanguage

const frOK = `
title = "Atlas"
"kind.program" = "Programme"

[doctors]
one = "{n} médecin"
other = "{n} médecins"
` + frLanguage

func mapFS(ar, fr string) fstest.MapFS {
	return fstest.MapFS{
		"i18n/ar.toml": {Data: []byte(ar)},
		"i18n/fr.toml": {Data: []byte(fr)},
	}
}

func TestLoadCatalogsOK(t *testing.T) {
	cats, err := LoadCatalogs(mapFS(arOK, frOK), "i18n", []string{"ar", "fr", "ar"})
	if err != nil {
		t.Fatal(err)
	}
	if len(cats) != 2 {
		t.Fatalf("got %d catalogs; want 2", len(cats))
	}
	l, err := New("fr", cats["fr"])
	if err != nil {
		t.Fatal(err)
	}
	if got := l.T("kind.program"); got != "Programme" {
		t.Errorf("T = %q", got)
	}
	if got := l.T("language"); got != "[language]" {
		t.Errorf("T(language) = %q: the [language] table is not a text", got)
	}
	// The words come from the [language] table.
	for got, want := range map[string]string{
		l.Date(2023, 11, 1): "1er novembre 2023",
		l.Amount(1000):      "mille dirhams",
		l.Amount(1500):      "1,5 mille dirhams",
		l.Amount(3700000):   "3,7 millions de dirhams",
		l.AmountExact(1):    "1 dirhams", // one text for every number
		l.Dir():             "ltr",
	} {
		if got != want {
			t.Errorf("got %q; want %q", got, want)
		}
	}
	if cats, err := LoadCatalogs(mapFS("", ""), "i18n", nil); err != nil || len(cats) != 0 {
		t.Errorf("no languages: %v, %v", cats, err)
	}
}

// TestLoadCatalogsErrors checks that each problem is reported at its line
// and column, and that all problems come in one error.
func TestLoadCatalogsErrors(t *testing.T) {
	tests := []struct {
		name   string
		ar, fr string
		want   []string // every line of the error, in order
	}{
		{
			name: "missing on both sides",
			ar:   arOK + "\n[sources]\none = \"مصدر واحد\"\ntwo = \"مصدران\"\nfew = \"{n} مصادر\"\nmany = \"{n} مصدرا\"\nother = \"{n} مصدر\"\n",
			fr:   "extra = \"en plus\"\nmore = \"encore\"\n" + frOK,
			want: []string{
				`i18n/ar.toml:22:1: error: "sources" is missing from i18n/fr.toml (add it there, translated)`,
				`i18n/fr.toml:1:1: error: "extra" is missing from i18n/ar.toml (add it there, translated)`,
				`i18n/fr.toml:2:1: error: "more" is missing from i18n/ar.toml (add it there, translated)`,
			},
		},
		{
			name: "plain in one, plural in the other",
			ar:   arOK + "\n[title_plural]\nother = \"{n}\"\none = \"x\"\ntwo = \"y\"\nfew = \"{n}\"\nmany = \"{n}\"\n",
			fr:   `title_plural = "x"` + "\n" + frOK,
			want: []string{`i18n/fr.toml:1:1: error: key "title_plural" is plain here but plural in i18n/ar.toml (a key is a text in every language, or a table of plural texts in every language)`},
		},
		{
			name: "missing category",
			ar:   strings.Replace(arOK, "few = \"{n} أطباء\"\n", "", 1),
			fr:   frOK,
			want: []string{`i18n/ar.toml:5:1: error: plural key "doctors" lacks category "few" (needed: one, two, few, many, other)`},
		},
		{
			name: "category the language does not use",
			ar:   arOK,
			fr:   strings.Replace(frOK, "[doctors]\n", "[doctors]\ntwo = \"{n} médecins\"\n", 1),
			want: []string{`i18n/fr.toml:6:1: error: plural key "doctors" has category "two", which this language never uses (needed: one, other; remove it)`},
		},
		{
			name: "French one without the number",
			ar:   arOK,
			fr:   strings.Replace(frOK, `one = "{n} médecin"`, `one = "un médecin"`, 1),
			want: []string{`i18n/fr.toml:6:7: error: plural key "doctors": category "one" covers 0, 1, so its text must show the number (write where the number goes: {n})`},
		},
		{
			name: "Arabic many without the number",
			ar:   strings.Replace(arOK, `many = "{n} طبيبا"`, `many = "طبيبا"`, 1),
			fr:   frOK,
			want: []string{`i18n/ar.toml:9:8: error: plural key "doctors": category "many" covers 11, 12, 13, 14, …, so its text must show the number (write where the number goes: {n})`},
		},
		{
			name: "unquoted dotted key and bad values",
			ar:   "kind.program = \"برنامج\"\nn = 3\n[doctors]\none = 1\nmisc = \"x\"\n" + arLanguage,
			fr:   frOK,
			want: []string{
				`i18n/ar.toml:1:1: error: key "kind": "program" is not a plural category (zero, one, two, few, many, other, none, exactly_one) (a plain key with a dot must be quoted: "kind.program" = "…")`,
				`i18n/ar.toml:2:5: error: key "n": want a text or a table of plural texts, got a number (write it as "n" = "…", or as a [table] of plural texts)`,
				`i18n/ar.toml:4:7: error: plural key "doctors": category "one" must be a text, got a number (write it between quotes)`,
				`i18n/ar.toml:5:1: error: key "doctors": "misc" is not a plural category (zero, one, two, few, many, other, none, exactly_one) (a plain key with a dot must be quoted: "doctors.misc" = "…")`,
				// Keys with a problem of their own are not also reported
				// missing, nor is "kind.program", misread as the table "kind".
				`i18n/fr.toml:2:1: error: "title" is missing from i18n/ar.toml (add it there, translated)`,
			},
		},
		{
			name: "no language table",
			ar:   strings.TrimSuffix(arOK, arLanguage),
			fr:   frOK,
			want: []string{`i18n/ar.toml:1:1: error: no [language] table: the direction, locale, month names and money words of "ar" (add a [language] table at the end of the file: dir, locale, months and the words of money (see docs/content-format.md))`},
		},
		{
			name: "language table",
			ar: strings.NewReplacer(`dir = "rtl"`, `dir = "right"`, `locale = "ar-MA"`, "locale = \"ar_MA!\"\ndirection = 1",
				`"يناير", `, ``, `"دجنبر"`, `""`, `millions = "{n} مليون درهم"`, `millions = "مليون درهم"`,
				"billions = \"{n} مليار درهم\"\n", "").Replace(arOK),
			fr: strings.Replace(frOK, `one = "{n} mille dirhams"`, ``, 1),
			want: []string{
				`i18n/ar.toml:12:1: error: [language] lacks billions, the words of money for amounts counted in billions (add a [language.billions] table of plural texts, or billions = "{n} …" when the word never changes)`,
				`i18n/ar.toml:13:7: error: "right" is not a direction (dir = "rtl" for a language written right to left, "ltr" otherwise)`,
				`i18n/ar.toml:14:10: error: "ar_MA!" is not a locale: language: tag is not well-formed (the CLDR locale of numbers and plurals, e.g. locale = "fr-MA")`,
				`i18n/ar.toml:15:1: error: unknown key "direction" in [language] (the keys of [language] are dir, locale, months, day_one, dirhams, thousands, millions, billions, exact)`,
				`i18n/ar.toml:16:10: error: language.months lists 11 months, not 12 (months = ["…", …], the twelve month names from January, as written after a day)`,
				`i18n/ar.toml:20:12: error: language.millions stands for every number, so it must show it with {n} (write where the number goes, e.g. "{n} …")`,
				`i18n/fr.toml:19:1: error: plural key "language.thousands" lacks category "one" (needed: one, other)`,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cats, err := LoadCatalogs(mapFS(tt.ar, tt.fr), "i18n", []string{"ar", "fr"})
			if err == nil {
				t.Fatalf("no error; catalogs %v", cats)
			}
			if cats != nil {
				t.Errorf("catalogs returned with the error")
			}
			if got := strings.Split(err.Error(), "\n"); strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("error:\n%s\nwant:\n%s", err, strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestLoadCatalogsBadFiles(t *testing.T) {
	tests := []struct {
		name  string
		fsys  fstest.MapFS
		langs []string
		want  string // part of the error
	}{
		{"missing file", fstest.MapFS{"i18n/ar.toml": {Data: []byte(arOK)}}, []string{"ar", "fr"}, "i18n/fr.toml:1:1: error: cannot read: file does not exist"},
		{"bad TOML", mapFS(arOK, "title = \n"), []string{"ar", "fr"}, "i18n/fr.toml:1:9: error: expected value but found '\\n' instead"},
		{"bad TOML further down", mapFS(arOK, frOK+"\n[doctors\n"), []string{"ar", "fr"}, "i18n/fr.toml:24:9: error: expected '.' or ']' to end table name"},
		{"duplicate key", mapFS(arOK, "title = \"x\"\n"+frOK), []string{"ar", "fr"}, "i18n/fr.toml:3:1: error: Key 'title' has already been defined."},
		{"not a language", mapFS(arOK, frOK), []string{"ar", "not a tag"}, `"not a tag" is not a language code`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := LoadCatalogs(tt.fsys, "i18n", tt.langs)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v; want one containing %q", err, tt.want)
			}
		})
	}
}

// TestReadCatalogs checks the diagnostics check prints: files named from
// the layouts folder, only the good catalogs returned.
func TestReadCatalogs(t *testing.T) {
	cats, diags := ReadCatalogs(mapFS(arOK, "title = \n"), "i18n", []string{"ar", "fr"}, "layouts")
	if len(diags) != 1 || !strings.HasPrefix(diags[0].String(), "layouts/i18n/fr.toml:1:9: error: ") {
		t.Errorf("diagnostics:\n%v", diags)
	}
	if len(cats) != 1 || cats["ar"] == nil {
		t.Errorf("catalogs %v; want ar alone", cats)
	}
}

func TestAvailable(t *testing.T) {
	fsys := mapFS(arOK, frOK)
	fsys["i18n/.hidden.toml"] = &fstest.MapFile{}
	fsys["i18n/README.md"] = &fstest.MapFile{}
	got, err := Available(fsys, "i18n")
	if err != nil || strings.Join(got, " ") != "ar fr" {
		t.Errorf("Available = %v, %v; want ar fr", got, err)
	}
	if _, err := Available(fsys, "nowhere"); err == nil {
		t.Errorf("no error for a missing folder")
	}
}
