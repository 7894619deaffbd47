package locale

import (
	"errors"
	"fmt"
	"io/fs"
	"path"

	"golang.org/x/text/language"

	"atlas/generator/input"
)

// LoadCatalogs reads <dir>/<lang>.toml from fsys for each language and
// fails if a key (plain or plural) is present in one language and missing in
// another, listing every missing key as "i18n/fr.toml: missing key \"x\"" in one error.
//
// It also fails, in the same error, on malformed entries, on a key that is
// plain in one language and plural in another, and on plural entries that
// lack a category their language needs (see the package doc), so that no
// page is ever built with a hole in its text.
//
// The files are read through package input: a catalog that is a link, a
// pipe or too large is an error naming it.
func LoadCatalogs(fsys fs.FS, dir string, langs []string) (map[string]*Catalog, error) {
	fsys = input.Layouts(fsys)
	cats := map[string]*Catalog{}
	var errs []error
	for _, lang := range langs {
		if _, done := cats[lang]; done {
			continue
		}
		cat, err := loadCatalog(fsys, dir, lang)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		cats[lang] = cat
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	if err := compare(cats, dir, langs); err != nil {
		return nil, err
	}
	return cats, nil
}

// catalogPath is the name of a language's file, as messages show it.
func catalogPath(dir, lang string) string {
	return path.Join(dir, lang+".toml")
}

// loadCatalog reads and checks the file of one language on its own.
func loadCatalog(fsys fs.FS, dir, lang string) (*Catalog, error) {
	file := catalogPath(dir, lang)
	tag, err := language.Parse(lang)
	if err != nil {
		return nil, fmt.Errorf("%s: %q is not a language tag: %w", file, lang, err)
	}
	data, err := fs.ReadFile(fsys, file)
	if err != nil {
		return nil, err
	}
	cat, probs, err := parseCatalog(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	r := rulesFor(tag)
	for _, key := range cat.keys() {
		if entry, ok := cat.plurals[key]; ok {
			probs = append(probs, r.check(key, entry)...)
		}
	}
	if len(probs) == 0 {
		return cat, nil
	}
	errs := make([]error, len(probs))
	for i, p := range probs {
		errs[i] = fmt.Errorf("%s: %s", file, p)
	}
	return nil, errors.Join(errs...)
}

// compare checks that every language has every key of every other
// language, with the same kind (plain or plural).
func compare(cats map[string]*Catalog, dir string, langs []string) error {
	var errs []error
	for _, lang := range langs {
		cat := cats[lang]
		file := catalogPath(dir, lang)
		seen := map[string]bool{}
		for _, other := range langs {
			for _, key := range cats[other].keys() {
				if seen[key] {
					continue
				}
				seen[key] = true
				switch k, want := cat.kind(key), cats[other].kind(key); {
				case k == "":
					errs = append(errs, fmt.Errorf("%s: missing key %q", file, key))
				case k != want:
					errs = append(errs, fmt.Errorf("%s: key %q is %s here but %s in %s", file, key, k, want, catalogPath(dir, other)))
				}
			}
		}
	}
	return errors.Join(errs...)
}
