package locale

import (
	"errors"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"
	"golang.org/x/text/language"

	"atlas/generator/diag"
	"atlas/generator/input"
)

// Folder is where the layouts folder keeps the catalogs, one <lang>.toml
// per language.
const Folder = "i18n"

// Available lists the languages that have a catalog in dir, sorted: the
// languages the atlas can publish.
func Available(fsys fs.FS, dir string) ([]string, error) {
	entries, err := input.Layouts(fsys).ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var langs []string
	for _, e := range entries {
		if lang, ok := strings.CutSuffix(e.Name(), ".toml"); ok && lang != "" && !strings.HasPrefix(lang, ".") {
			langs = append(langs, lang)
		}
	}
	return langs, nil
}

// LoadCatalogs reads <dir>/<lang>.toml from fsys for each language and
// fails, listing every problem in one error, if any catalog has one (see
// ReadCatalogs): a key present in one language and missing in another, a
// key plain in one and plural in another, a malformed entry, a plural entry
// that lacks a category its language needs, or a [language] table that
// does not describe its language. No page is then built with a hole in
// its text.
func LoadCatalogs(fsys fs.FS, dir string, langs []string) (map[string]*Catalog, error) {
	cats, diags := ReadCatalogs(fsys, dir, langs, "")
	var errs []error
	for _, d := range diags {
		if d.Severity == diag.Error {
			errs = append(errs, errors.New(d.String()))
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return cats, nil
}

// Load makes the Locale of each of langs from its catalog in
// <dir>/<lang>.toml, which LoadCatalogs reads.
func Load(fsys fs.FS, dir string, langs []string) (map[string]*Locale, error) {
	cats, err := LoadCatalogs(fsys, dir, langs)
	if err != nil {
		return nil, err
	}
	locs := map[string]*Locale{}
	for _, lang := range langs {
		if locs[lang], err = New(lang, cats[lang]); err != nil {
			return nil, err
		}
	}
	return locs, nil
}

// ReadCatalogs reads the catalog of each of langs and returns the ones
// that have no problem, with every problem found as a diagnostic at its
// line and column: alone, each file must be valid TOML whose plural
// entries have the categories of their language (see the package doc);
// together, they must have the same keys, of the same kind. A file is
// named path.Join(display, dir, lang+".toml") in diagnostics.
//
// The files are read through package input: a catalog that is a link, a
// pipe or too large is reported, never read.
func ReadCatalogs(fsys fs.FS, dir string, langs []string, display string) (map[string]*Catalog, diag.List) {
	in := input.Layouts(fsys)
	files := map[string]*catalogFile{}
	var order []string
	var diags diag.List
	for _, lang := range langs {
		if _, done := files[lang]; done {
			continue
		}
		f := &catalogFile{lang: lang, name: path.Join(display, dir, lang+".toml")}
		files[lang] = f
		if f.read(in, path.Join(dir, lang+".toml"), &diags) {
			order = append(order, lang)
		}
	}
	compare(files, order, &diags)
	cats := map[string]*Catalog{}
	for _, lang := range order {
		if !files[lang].failed {
			cats[lang] = files[lang].cat
		}
	}
	diags.Sort()
	return cats, diags
}

// catalogFile is one catalog as read, with where its keys stand.
type catalogFile struct {
	lang, name string
	cat        *Catalog
	pos        *positions
	failed     bool            // it has a problem of its own
	bad        map[string]bool // top-level keys with a problem, left out of comparisons
}

// read reads and checks the file of one language on its own, and reports
// whether it could be parsed at all.
func (f *catalogFile) read(in *input.FS, name string, diags *diag.List) bool {
	start := diag.Pos{File: f.name, Line: 1, Col: 1}
	if _, err := language.Parse(f.lang); err != nil {
		diags.Errorf(start, "%q is not a language code", f.lang).Hint = "a BCP 47 code, as in the languages of content/site.toml: ar, fr, en, zgh…"
		return false
	}
	data, err := in.ReadFile(name)
	if err != nil {
		diags.Errorf(start, "%s", readProblem(err)).Hint = "each language of the site has its catalog, " + f.name
		return false
	}
	cat, probs, err := parseCatalog(data, f.lang)
	if err != nil {
		syntaxError(f.name, data, err, diags)
		return false
	}
	f.cat, f.pos, f.bad = cat, newPositions(f.name, data), map[string]bool{}
	for _, p := range probs {
		f.report(diags, p)
		if len(p.path) > 0 {
			f.bad[p.path[0]] = true
		}
	}
	f.failed = len(probs) > 0
	return true
}

// report adds problem p at its place in f.
func (f *catalogFile) report(diags *diag.List, p problem) {
	pos := f.pos.key(p.path...)
	if p.value {
		pos = f.pos.value(p.path...)
	}
	diags.Errorf(pos, "%s", p.msg).Hint = p.hint
}

// readProblem is why a catalog could not be read, without the path that
// the diagnostic already names.
func readProblem(err error) string {
	var kind *input.KindError
	var size *input.SizeError
	var pe *fs.PathError
	switch {
	case errors.As(err, &kind):
		return path.Base(kind.Path) + " " + kind.Problem()
	case errors.As(err, &size):
		return path.Base(size.Path) + " " + size.Problem()
	case errors.As(err, &pe):
		return "cannot read: " + pe.Err.Error()
	}
	return "cannot read: " + err.Error()
}

// syntaxError reports a file that is not valid TOML, at the place the
// TOML library names.
func syntaxError(file string, data []byte, err error, diags *diag.List) {
	var perr toml.ParseError
	pos := diag.Pos{File: file, Line: 1, Col: 1}
	msg := err.Error()
	if errors.As(err, &perr) {
		pos = (&positions{file: file, src: data}).at(perr.Position.Start)
		if perr.Position.Start == 0 && perr.Position.Line > 1 {
			pos = diag.Pos{File: file, Line: perr.Position.Line, Col: 1}
		}
		msg = perr.Message
	}
	d := diags.Errorf(pos, "%s", msg)
	d.Hint = `a catalog is TOML: a text is "key" = "…" (quoted when the key has a dot), a plural entry is a [table] after the texts`
}

// compare checks that every catalog has every key of every other, with
// the same kind (plain or plural). A missing key is reported in the first
// catalog that has it, at the key, naming the file that lacks it.
func compare(files map[string]*catalogFile, order []string, diags *diag.List) {
	for _, lang := range order {
		f := files[lang]
		for _, key := range f.cat.keys() {
			for _, other := range order {
				o := files[other]
				if f.misread(key) || o.misread(key) {
					continue
				}
				switch k, want := o.cat.kind(key), f.cat.kind(key); {
				case k == "" && firstWith(files, order, key) == lang:
					d := diags.Errorf(f.pos.key(key), "%q is missing from %s", key, o.name)
					d.Hint = "add it there, translated"
					o.failed = true
				case k != "" && k != want && slices.Index(order, other) > slices.Index(order, lang):
					d := diags.Errorf(o.pos.key(key), "key %q is %s here but %s in %s", key, k, want, f.name)
					d.Hint = "a key is a text in every language, or a table of plural texts in every language"
					o.failed = true
				}
			}
		}
	}
}

// misread reports whether key, or the first part of it, had a problem
// of its own: "kind.program" written unquoted is reported as the table
// "kind", not as "kind.program" missing as well.
func (f *catalogFile) misread(key string) bool {
	first, _, _ := strings.Cut(key, ".")
	return f.bad[key] || f.bad[first]
}

// firstWith is the first language of order whose catalog has key.
func firstWith(files map[string]*catalogFile, order []string, key string) string {
	for _, lang := range order {
		if files[lang].cat.kind(key) != "" {
			return lang
		}
	}
	return ""
}
