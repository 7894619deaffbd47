package locale

import (
	"strings"
	"testing"
	"testing/fstest"
)

const arOK = `
title = "أطلس"
"kind.program" = "برنامج"

[doctors]
one = "طبيب واحد"
two = "طبيبان"
few = "{n} أطباء"
many = "{n} طبيبا"
other = "{n} طبيب"
`

const frOK = `
title = "Atlas"
"kind.program" = "Programme"

[doctors]
one = "{n} médecin"
other = "{n} médecins"
`

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
	if cats, err := LoadCatalogs(mapFS("", ""), "i18n", nil); err != nil || len(cats) != 0 {
		t.Errorf("no languages: %v, %v", cats, err)
	}
}

// TestLoadCatalogsErrors checks that each problem is reported, with the file
// it is in, and that all problems come in one error.
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
				`i18n/ar.toml: missing key "extra"`,
				`i18n/ar.toml: missing key "more"`,
				`i18n/fr.toml: missing key "sources"`,
			},
		},
		{
			name: "plain in one, plural in the other",
			ar:   arOK + "\n[title_plural]\nother = \"{n}\"\none = \"x\"\ntwo = \"y\"\nfew = \"{n}\"\nmany = \"{n}\"\n",
			fr:   `title_plural = "x"` + "\n" + frOK,
			want: []string{`i18n/fr.toml: key "title_plural" is plain here but plural in i18n/ar.toml`},
		},
		{
			name: "missing category",
			ar:   strings.Replace(arOK, "few = \"{n} أطباء\"\n", "", 1),
			fr:   frOK,
			want: []string{`i18n/ar.toml: plural key "doctors" lacks category "few" (needed: one, two, few, many, other)`},
		},
		{
			name: "category the language does not use",
			ar:   arOK,
			fr:   strings.Replace(frOK, "[doctors]\n", "[doctors]\ntwo = \"{n} médecins\"\n", 1),
			want: []string{`i18n/fr.toml: plural key "doctors" has category "two", which this language never uses (needed: one, other)`},
		},
		{
			name: "French one without the number",
			ar:   arOK,
			fr:   strings.Replace(frOK, `one = "{n} médecin"`, `one = "un médecin"`, 1),
			want: []string{`i18n/fr.toml: plural key "doctors": category "one" covers 0, 1, so its text must show the number with {n}`},
		},
		{
			name: "Arabic many without the number",
			ar:   strings.Replace(arOK, `many = "{n} طبيبا"`, `many = "طبيبا"`, 1),
			fr:   frOK,
			want: []string{`i18n/ar.toml: plural key "doctors": category "many" covers 11, 12, 13, 14, …, so its text must show the number with {n}`},
		},
		{
			name: "unquoted dotted key and bad values",
			ar:   "kind.program = \"برنامج\"\nn = 3\n[doctors]\none = 1\nmisc = \"x\"\n",
			fr:   frOK,
			want: []string{
				`i18n/ar.toml: key "doctors": "misc" is not a plural category (zero, one, two, few, many, other); a plain key with a dot must be quoted: "doctors.misc" = "…"`,
				`i18n/ar.toml: plural key "doctors": category "one" must be a string, got int64`,
				`i18n/ar.toml: key "kind": "program" is not a plural category (zero, one, two, few, many, other); a plain key with a dot must be quoted: "kind.program" = "…"`,
				`i18n/ar.toml: key "n": want a string or a table of plural texts, got int64`,
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
		{"missing file", fstest.MapFS{"i18n/ar.toml": {Data: []byte(arOK)}}, []string{"ar", "fr"}, "i18n/fr.toml"},
		{"bad TOML", mapFS(arOK, "title = \n"), []string{"ar", "fr"}, "i18n/fr.toml: "},
		{"duplicate key", mapFS(arOK, frOK+"\ntitle = \"x\"\n"), []string{"ar", "fr"}, "i18n/fr.toml: "},
		{"not a language", mapFS(arOK, frOK), []string{"ar", "not a tag"}, `"not a tag" is not a language tag`},
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
