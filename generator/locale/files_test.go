package locale

import (
	"testing"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"

	"atlas/generator/content"
)

// TestRealCatalogs checks the catalogs the site is built with: they load
// (so they have the same keys and well-formed plural entries), they have
// every key the pages rely on, and every plural entry has the categories
// its language needs.
func TestRealCatalogs(t *testing.T) {
	cats := realCatalogs(t)
	var plain []string
	// From the vocabularies of the contract, so a new value needs its labels.
	for prefix, values := range map[string][]string{
		"kind.":   content.Kinds,
		"status.": content.Statuses,
		"party.":  content.PartyTypes,
		"role.":   content.Roles,
		"level.":  content.Levels,
		"dated.":  content.Occasions,
	} {
		for _, v := range values {
			if v == "present" {
				for _, o := range content.Occasions {
					plain = append(plain, "role.present."+o)
				}
				continue
			}
			plain = append(plain, prefix+v)
		}
	}
	nouns := []string{"doctors", "agreements", "milestones", "regions",
		"provinces", "parties", "sources", "components"}
	// Every count of the contract has its label, its form inside a
	// sentence and its counted noun.
	for _, spec := range content.Counts {
		plain = append(plain, "figure."+spec.Key, "figure.in_list."+spec.Key)
		nouns = append(nouns, spec.Key)
	}
	needs := map[string][]plural.Form{
		"ar": {plural.One, plural.Two, plural.Few, plural.Many, plural.Other},
		"fr": {plural.One, plural.Other},
	}
	for lang, cat := range cats {
		for _, key := range plain {
			if s, ok := cat.texts[key]; !ok || s == "" {
				t.Errorf("%s: no text for %q", lang, key)
			}
		}
		for _, noun := range nouns {
			fs, ok := cat.plurals[noun]
			if !ok {
				t.Errorf("%s: no plural entry %q", lang, noun)
				continue
			}
			for _, c := range needs[lang] {
				if fs[c] == "" {
					t.Errorf("%s: plural entry %q has no %q text", lang, noun, formName(c))
				}
			}
		}
	}
}

// TestRules pins what the CLDR rules of x/text ask of each language, so a
// change in x/text that would alter the catalogs' needs is noticed.
func TestRules(t *testing.T) {
	tests := []struct {
		lang   string
		needed string
		single []plural.Form
	}{
		{"ar", "one, two, few, many, other", []plural.Form{plural.Zero, plural.One, plural.Two}},
		{"fr", "one, other", nil},
	}
	for _, tt := range tests {
		r := rulesFor(language.MustParse(tt.lang))
		if got := r.needed(); got != tt.needed {
			t.Errorf("%s needs %q; want %q", tt.lang, got, tt.needed)
		}
		for _, c := range allForms() {
			want := false
			for _, s := range tt.single {
				want = want || s == c
			}
			if got := r.single(c); got != want {
				t.Errorf("%s single(%s) = %v; want %v", tt.lang, formName(c), got, want)
			}
		}
	}
}
