package locale

import (
	"os"
	"testing"
)

// realCatalogs loads the catalogs the site is built with.
func realCatalogs(t *testing.T) map[string]*Catalog {
	t.Helper()
	cats, err := LoadCatalogs(os.DirFS("../../layouts"), "i18n", []string{"ar", "fr"})
	if err != nil {
		t.Fatalf("LoadCatalogs(layouts/i18n): %v", err)
	}
	return cats
}

// locales returns the ar and fr Locales with the real catalogs.
func locales(t *testing.T) map[string]*Locale {
	t.Helper()
	cats := realCatalogs(t)
	locs := map[string]*Locale{}
	for _, lang := range []string{"ar", "fr"} {
		l, err := New(lang, cats[lang])
		if err != nil {
			t.Fatalf("New(%q): %v", lang, err)
		}
		locs[lang] = l
	}
	return locs
}

// want is one expected output in each language.
type want struct{ ar, fr string }

func (w want) in(lang string) string {
	if lang == "ar" {
		return w.ar
	}
	return w.fr
}
