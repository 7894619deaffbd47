package content

import (
	"errors"
	"io/fs"
	"path"
	"slices"
	"strings"

	"golang.org/x/text/language"

	"atlas/generator/diag"
	"atlas/generator/input"
	"atlas/generator/parallel"
)

// Folders and files inside the content folder.
const (
	SiteFile      = "site.toml"
	RegistryFile  = "regions.toml"
	AgreementsDir = "agreements"
	MilestonesDir = "milestones"
)

// ValidSlug reports whether s may name a page: 3 to 80 lowercase ASCII
// letters and digits in words joined by single hyphens, as the regular
// expression ^[a-z0-9]+(-[a-z0-9]+)*$ says. It becomes a URL path, so it
// can never climb out of the output folder. "atlas serve" checks every
// name on every rebuild, which the expression made a twentieth of one.
func ValidSlug(s string) bool {
	if len(s) < 3 || len(s) > 80 {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		case c == '-' && i > 0 && i < len(s)-1 && s[i-1] != '-':
		default:
			return false
		}
	}
	return true
}

// Load reads the content folder fsys. display is the folder's name as the
// user gave it, used to print paths they can open. Every problem found is
// returned; the content is returned too, as far as it could be read.
//
// Files are read through package input: a link, a pipe or a device in the
// folder, or a file over input.ContentLimit, is reported, never read.
func Load(fsys fs.FS, display string) (*Content, diag.List) {
	return load(fsys, display, nil, Rendering{})
}

// Directions gives the writing direction, "rtl" or "ltr", of each of the
// site's languages: the loader then turns each summary into HTML as it
// parses it, once. Loading for checks alone needs none.
type Directions func(langs []string) map[string]string

func load(fsys fs.FS, display string, cache *Cache, r Rendering) (*Content, diag.List) {
	l := loader{fsys: input.Content(fsys), display: display}
	c := &Content{}
	c.SiteKeys = l.toml(SiteFile, &c.Site)
	defaultLanguages(&c.Site)
	l.langs = c.Site.Languages
	c.RegistryKeys = l.toml(RegistryFile, &c.Registry)
	l.root()
	l.summaries = newSummaries(l.langs, r)
	if cache != nil {
		cache.prepare(l.langs, l.summaries.key())
	}
	agreements := l.list(AgreementsDir)
	c.Agreements = loadAll(&l, cache, agreements, func(sub *loader, name string) (*Agreement, bool) {
		a := &Agreement{}
		return a, sub.file(name, a, &a.Doc, agreements)
	})
	milestones := l.list(MilestonesDir)
	c.Milestones = loadAll(&l, cache, milestones, func(sub *loader, name string) (*Milestone, bool) {
		m := &Milestone{}
		return m, sub.file(name, m, &m.Doc, milestones)
	})
	if cache != nil {
		cache.keep(append(agreements, milestones...))
	}
	return c, l.diags
}

// defaultLanguages fills in the languages a site's settings leave out:
// DefaultLanguages, and as required languages those of DefaultLanguages
// the site has, or all its languages when it has none of them.
func defaultLanguages(s *Site) {
	if len(s.Languages) == 0 {
		s.Languages = DefaultLanguages()
	}
	if s.RequiredLanguages != nil {
		return
	}
	for _, lang := range DefaultLanguages() {
		if slices.Contains(s.Languages, lang) {
			s.RequiredLanguages = append(s.RequiredLanguages, lang)
		}
	}
	if s.RequiredLanguages == nil {
		s.RequiredLanguages = slices.Clone(s.Languages)
	}
}

// loadAll reads the files names on every core, each with a loader of its
// own, and returns what could be read in the order of names; their
// diagnostics join l's. A file the cache holds unchanged is not read.
func loadAll[T any](l *loader, cache *Cache, names []string, read func(*loader, string) (T, bool)) []T {
	results := make([]cacheEntry, len(names))
	parallel.For(len(names), func(i int) {
		var info fs.FileInfo
		if cache != nil {
			if e, ok := cache.trusted(names[i]); ok {
				results[i] = e
				return
			}
			info, _ = l.fsys.Stat(names[i])
			if e, ok := cache.lookup(info, names[i]); ok {
				results[i] = e
				return
			}
		}
		sub := &loader{fsys: l.fsys, display: l.display, langs: l.langs, summaries: l.summaries}
		v, ok := read(sub, names[i])
		results[i] = cacheEntry{value: v, ok: ok, diags: sub.diags}
		if info != nil {
			results[i].size, results[i].mtime = info.Size(), info.ModTime()
		}
	})
	var out []T
	for i, r := range results {
		l.diags = append(l.diags, r.diags...)
		if r.ok {
			out = append(out, r.value.(T))
		}
		if cache != nil {
			if !r.mtime.IsZero() && !invalidName(names[i]) {
				cache.entries[names[i]] = r
			} else {
				// A bad file name's hint depends on its neighbours.
				delete(cache.entries, names[i])
			}
		}
	}
	return out
}

// invalidName reports a file whose name is not a valid slug.
func invalidName(name string) bool {
	return !ValidSlug(strings.TrimSuffix(path.Base(name), ".md"))
}

type loader struct {
	fsys      *input.FS
	display   string
	langs     []string
	summaries *summaries
	diags     diag.List
}

func (l *loader) path(name string) string { return path.Join(l.display, name) }

// start is the position of a whole file or folder.
func (l *loader) start(name string) diag.Pos { return diag.Pos{File: l.path(name), Line: 1, Col: 1} }

// toml reads a plain TOML file of the content folder.
func (l *loader) toml(name string, dst any) *Positions {
	data, err := l.fsys.ReadFile(name)
	if err != nil {
		if d := l.readError(name, err); d.Hint == "" {
			d.Hint = "every content folder has site.toml and regions.toml"
		}
		return unread(l.path(name))
	}
	file := l.path(name)
	data, ok := normalize(file, data, &l.diags)
	if !ok {
		return unread(file)
	}
	keys := newPositions(file, data, 1)
	decodeFront(keys, data, dst, l.langs, &l.diags)
	return keys
}

// unread is the positions of a file that could not be read at all: every
// value in it counts as failed, so that checks do not report it missing.
func unread(file string) *Positions {
	p := newPositions(file, nil, 1)
	p.unparsed = true
	return p
}

// file reads one agreement or milestone into dst and its Doc. folder is
// the .md files of its folder, which a suggested file name must avoid.
func (l *loader) file(name string, dst any, doc *Doc, folder []string) bool {
	doc.File = l.path(name)
	doc.Slug = strings.TrimSuffix(path.Base(name), ".md")
	ok := l.read(name, dst, doc)
	// After reading, so that the suggestion can use the title.
	if !ValidSlug(doc.Slug) {
		id := identity(dst, l.langs)
		d := l.diags.Errorf(l.start(name), "%q is not a valid file name", doc.Slug)
		d.Hint = "use 3 to 80 lowercase letters a-z, digits and single hyphens, e.g. " + suggestSlug(doc.Slug, id, slugs(folder))
	}
	return ok
}

func (l *loader) read(name string, dst any, doc *Doc) bool {
	data, err := l.fsys.ReadFile(name)
	if err != nil {
		l.readError(name, err)
		return false
	}
	p, ok := split(doc.File, data, l.langs, &l.diags)
	if !ok {
		return false
	}
	doc.Keys = newPositions(doc.File, p.front, p.frontLine)
	doc.Summary, doc.Blocks = p.blocks, p.blockLines
	decodeFront(doc.Keys, p.front, dst, l.langs, &l.diags)
	if err := l.summaries.process(doc); err != nil {
		l.diags.Errorf(l.start(name), "cannot render the summary: %v", err)
	}
	return true
}

// readError reports a file that could not be read, at the path the error
// names: a linked folder on the way is reported at the folder.
func (l *loader) readError(name string, err error) *diag.Diagnostic {
	var kind *input.KindError
	var size *input.SizeError
	switch {
	case errors.As(err, &kind):
		d := l.diags.Errorf(l.start(kind.Path), "%s %s", path.Base(kind.Path), kind.Problem())
		d.Hint = l.kindHint(kind)
		return d
	case errors.As(err, &size):
		d := l.diags.Errorf(l.start(size.Path), "%s %s", path.Base(size.Path), size.Problem())
		d.Hint = "keep the summaries short and link to longer texts in [[sources]]"
		return d
	}
	return l.diags.Errorf(l.start(name), "cannot read: %v", unwrapPath(err))
}

func (l *loader) kindHint(e *input.KindError) string {
	what := "file"
	if e.Want == "a folder" {
		what = "folder"
	}
	if e.Link() {
		return "links are not followed, so that nothing outside " + l.display + " is published: put the " + what + " itself here"
	}
	return "only regular files and folders are read: make it an ordinary " + what
}

// identity is what a suggested file name is made of, as far as the file
// was read: the place, the title in the first language of the site
// written in Latin letters, and the year.
func identity(dst any, langs []string) fileIdentity {
	switch v := dst.(type) {
	case *Agreement:
		id := fileIdentity{place: v.Place.Region, title: latin(v.Title, langs)}
		if len(v.Place.Provinces) > 0 {
			id.place = v.Place.Provinces[0]
		}
		// The signing year, or else the agreement's: its first event, its
		// period, its source.
		d, _ := v.Dated()
		id.year = d.Year
		if id.year == 0 && len(v.Period) > 0 {
			id.year = v.Period[0]
		}
		for _, src := range v.Sources {
			if id.year == 0 {
				id.year = src.Published.Year
			}
		}
		return id
	case *Milestone:
		return fileIdentity{place: v.Place.Region, title: latin(v.Title, langs), year: v.Date.Year}
	}
	return fileIdentity{}
}

// latin returns t in the first of langs whose usual script is Latin.
func latin(t Text, langs []string) string {
	latn := language.MustParseScript("Latn")
	for _, lang := range langs {
		if script, _ := language.Make(lang).Script(); script == latn && t[lang] != "" {
			return t[lang]
		}
	}
	return ""
}

func unwrapPath(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}
