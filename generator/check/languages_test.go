package check

import (
	"strings"
	"testing"
	"testing/fstest"

	"atlas/generator/content"
)

// runSite checks the valid agreement, edited, under other settings and
// with catalogs for the languages catalogs.
func runSite(t *testing.T, settings string, catalogs []string, old, new string) []string {
	t.Helper()
	fsys := fstest.MapFS{
		"site.toml":                  {Data: []byte(settings)},
		"regions.toml":               {Data: []byte(registry)},
		"agreements/guelmim-2023.md": {Data: []byte(strings.Replace(valid, old, new, 1))},
	}
	c, diags := content.Load(fsys, "content")
	diags = append(diags, Content(c, catalogs)...)
	diags.Sort()
	var out []string
	for _, d := range diags {
		out = append(out, d.String())
	}
	return out
}

const threeLanguages = `languages = ["ar", "fr", "en"]
[title]
ar = "أطلس"
fr = "Atlas"
`

// TestAddedLanguage: a language added to languages does not make the
// content written before it invalid: one warning per file says what
// lacks it.
func TestAddedLanguage(t *testing.T) {
	three := []string{"ar", "en", "fr"}
	const file = "content/agreements/guelmim-2023.md"
	tests := []struct {
		name     string
		settings string
		catalogs []string
		old, new string
		want     []string
	}{
		{
			name: "nothing in the new language", settings: threeLanguages, catalogs: three,
			want: []string{
				file + `:5:2: warning: no en text yet: the en pages show it in ar (title, parties 1 name, summary) (the file is valid without it, as en is not in required_languages; add the translation when it is ready)`,
				`content/regions.toml:4:1: warning: no en text yet: the en pages show it in ar (regions 1 name, regions 2 name, provinces 1 name and 2 more) (the file is valid without it, as en is not in required_languages; add the translation when it is ready)`,
				`content/site.toml:2:2: warning: no en text yet: the en pages show it in ar (title) (the file is valid without it, as en is not in required_languages; add the translation when it is ready)`,
			},
		},
		{
			name: "part of it translated", settings: threeLanguages, catalogs: three,
			old: "fr = \"Convention\"", new: "fr = \"Convention\"\nen = \"Agreement\"",
			want: []string{
				file + `:17:1: warning: no en text yet: the en pages show it in ar (parties 1 name, summary)`,
			},
		},
		{
			name: "a missing French text is shown in Arabic", settings: threeLanguages, catalogs: three,
			old: `name = { ar = "مجلس الجهة", fr = "Conseil régional" }`, new: `name = { ar = "مجلس الجهة" }`,
			want: []string{
				file + `:16:1: error: the party name has no "fr" text (write it as { ar = "…", fr = "…", en = "…" })`,
			},
		},
		{
			name: "every language required", settings: `required_languages = ["ar", "fr", "en"]` + "\n" + threeLanguages, catalogs: three,
			want: []string{
				file + `:5:2: error: the title has no "en" text`,
				file + `:16:1: error: the party name has no "en" text`,
				file + `:25:1: warning: no en summary: the en page will link to the other language`,
			},
		},
		{
			name: "no catalog for the new language", settings: threeLanguages, catalogs: []string{"ar", "fr"},
			want: []string{
				`content/site.toml:1:26: error: the atlas has no catalog for language "en" (its interface text and locale data would go in layouts/i18n/en.toml; the atlas has them for: ar, fr)`,
			},
		},
		{
			name: "required languages that are not published", settings: `languages = ["ar", "fr", "ar"]
required_languages = ["ar", "en", "ar"]
[title]
ar = "أطلس"
fr = "Atlas"
`, catalogs: three,
			want: []string{
				`content/site.toml:1:26: error: "ar" is listed twice (list each language once)`,
				`content/site.toml:2:29: error: required language "en" is not in languages`,
				`content/site.toml:2:35: error: "ar" is listed twice (list each language once)`,
			},
		},
		{
			name: "no required language", settings: "required_languages = []\n" + threeLanguages, catalogs: three,
			want: []string{`content/site.toml:1:22: error: required_languages is empty`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := runSite(t, tt.settings, tt.catalogs, tt.old, tt.new)
			for _, w := range tt.want {
				found := false
				for _, g := range got {
					found = found || strings.HasPrefix(g, w)
				}
				if !found {
					t.Errorf("want a diagnostic starting with\n  %s\ngot:\n  %s", w, strings.Join(got, "\n  "))
				}
			}
		})
	}
}

// TestOneWarningPerFile: a file that lacks a language in many texts gets
// one warning, and nothing else.
func TestOneWarningPerFile(t *testing.T) {
	got := runSite(t, threeLanguages, []string{"ar", "en", "fr"}, "", "")
	perFile := map[string]int{}
	for _, g := range got {
		if !strings.Contains(g, ": warning: no en text yet") {
			t.Errorf("unexpected: %s", g)
		}
		perFile[strings.SplitN(g, ":", 2)[0]]++
	}
	if len(perFile) != 3 {
		t.Errorf("warnings in %d files; want site.toml, regions.toml and the agreement:\n%s", len(perFile), strings.Join(got, "\n"))
	}
	for f, n := range perFile {
		if n != 1 {
			t.Errorf("%s: %d warnings", f, n)
		}
	}
}
