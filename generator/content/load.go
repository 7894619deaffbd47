package content

import (
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strings"

	"atlas/generator/diag"
)

// Folders and files inside the content folder.
const (
	SiteFile      = "site.toml"
	RegistryFile  = "regions.toml"
	AgreementsDir = "agreements"
	MilestonesDir = "milestones"
)

// SlugPattern is what a file name may be: it becomes a URL path, so it can
// never climb out of the output folder.
var SlugPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// ValidSlug reports whether s may name a page.
func ValidSlug(s string) bool {
	return len(s) >= 3 && len(s) <= 80 && SlugPattern.MatchString(s)
}

// Load reads the content folder fsys. display is the folder's name as the
// user gave it, used to print paths they can open. Every problem found is
// returned; the content is returned too, as far as it could be read.
func Load(fsys fs.FS, display string) (*Content, diag.List) {
	l := loader{fsys: fsys, display: display}
	c := &Content{}
	c.SiteKeys = l.toml(SiteFile, &c.Site)
	if len(c.Site.Languages) == 0 {
		c.Site.Languages = []string{"ar", "fr"}
	}
	l.langs = c.Site.Languages
	c.RegistryKeys = l.toml(RegistryFile, &c.Registry)
	for _, name := range l.list(AgreementsDir) {
		a := &Agreement{}
		if l.file(name, a, &a.Doc) {
			c.Agreements = append(c.Agreements, a)
		}
	}
	for _, name := range l.list(MilestonesDir) {
		m := &Milestone{}
		if l.file(name, m, &m.Doc) {
			c.Milestones = append(c.Milestones, m)
		}
	}
	return c, l.diags
}

type loader struct {
	fsys    fs.FS
	display string
	langs   []string
	diags   diag.List
}

func (l *loader) path(name string) string { return path.Join(l.display, name) }

// toml reads a plain TOML file of the content folder.
func (l *loader) toml(name string, dst any) *Positions {
	data, err := fs.ReadFile(l.fsys, name)
	if err != nil {
		l.diags.Errorf(diag.Pos{File: l.path(name), Line: 1, Col: 1}, "cannot read: %v", unwrapPath(err)).Hint = "every content folder has site.toml and regions.toml"
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

// list returns the .md files of a folder, sorted; a missing folder is empty.
func (l *loader) list(dir string) []string {
	entries, err := fs.ReadDir(l.fsys, dir)
	if err != nil {
		return nil
	}
	var names []string
	for _, e := range entries {
		name := path.Join(dir, e.Name())
		switch {
		case e.IsDir():
			l.diags.Errorf(diag.Pos{File: l.path(name), Line: 1, Col: 1}, "folders are not read here").Hint = "put the file directly in " + l.path(dir)
		case strings.HasPrefix(e.Name(), "."):
		case path.Ext(e.Name()) != ".md":
			l.diags.Errorf(diag.Pos{File: l.path(name), Line: 1, Col: 1}, "only .md files belong here").Hint = "name the file <slug>.md"
		default:
			names = append(names, name)
		}
	}
	sort.Strings(names)
	return names
}

// file reads one agreement or milestone into dst and its Doc.
func (l *loader) file(name string, dst any, doc *Doc) bool {
	file := l.path(name)
	doc.File = file
	doc.Slug = strings.TrimSuffix(path.Base(name), ".md")
	if !ValidSlug(doc.Slug) {
		d := l.diags.Errorf(diag.Pos{File: file, Line: 1, Col: 1}, "%q is not a valid file name", doc.Slug)
		d.Hint = "use 3 to 80 lowercase letters a-z, digits and single hyphens, e.g. " + suggestSlug(doc.Slug)
	}
	data, err := fs.ReadFile(l.fsys, name)
	if err != nil {
		l.diags.Errorf(diag.Pos{File: file, Line: 1, Col: 1}, "cannot read: %v", unwrapPath(err))
		return false
	}
	p, ok := split(file, data, l.langs, &l.diags)
	if !ok {
		return false
	}
	doc.Keys = newPositions(file, p.front, p.frontLine)
	doc.Summary, doc.Blocks = p.blocks, p.blockLines
	decodeFront(doc.Keys, p.front, dst, l.langs, &l.diags)
	return true
}

// suggestSlug turns a bad file name into one that would pass.
func suggestSlug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	out := b.String()
	if len(out) < 3 {
		return "al-hoceima-health-staff-2026"
	}
	if len(out) > 80 {
		out = strings.TrimRight(out[:80], "-")
	}
	return out
}

func unwrapPath(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}
