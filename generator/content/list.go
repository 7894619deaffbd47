package content

import (
	"errors"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"

	"atlas/generator/input"
)

// list returns the .md files of a folder, sorted; a missing folder is
// empty. Every other entry is reported, but hidden files that are not
// Markdown (.gitkeep, .DS_Store), so that no file a contributor meant to
// publish is skipped without a word.
func (l *loader) list(dir string) []string {
	entries, err := l.fsys.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		l.readError(dir, err)
		return nil
	}
	// The names taken, for the hints of misnamed files alone.
	taken := sync.OnceValue(func() map[string]bool {
		taken := map[string]bool{}
		for _, e := range entries {
			taken[strings.TrimSuffix(e.Name(), ".md")] = true
		}
		return taken
	})
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		if name := dir + "/" + e.Name(); l.entry(dir, name, e, taken) {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	return names
}

// entry reports an entry of a content folder that is not read, and tells
// whether it is one to read.
func (l *loader) entry(dir, name string, e fs.DirEntry, taken func() map[string]bool) bool {
	base := e.Name()
	switch {
	case e.IsDir():
		l.diags.Errorf(l.start(name), "folders are not read here").Hint = "put the file directly in " + l.path(dir)
	case strings.HasPrefix(base, ".") && markdownName(base):
		d := l.diags.Errorf(l.start(name), "hidden files are not read")
		d.Hint = "rename it without the leading dot, e.g. " + suggestSlug(stem(base), fileIdentity{}, taken()) + ".md"
	case strings.HasPrefix(base, "."):
		// .gitkeep, .DS_Store and the like are not content.
	case !e.Type().IsRegular():
		l.readError(name, &input.KindError{Path: name, Is: input.Describe(e.Type()), Want: "a regular file"})
	case path.Ext(base) != ".md":
		d := l.diags.Errorf(l.start(name), "only .md files belong here")
		d.Hint = "name the file <slug>.md"
		if markdownName(base) {
			d.Hint = "rename it " + suggestSlug(stem(base), fileIdentity{}, taken()) + ".md"
		}
	default:
		return true
	}
	return false
}

// root reports the Markdown files at the top of the content folder: an
// agreement or a milestone is only read from its own folder.
func (l *loader) root() {
	entries, err := l.fsys.ReadDir(".")
	if err != nil {
		return // site.toml and regions.toml are reported missing
	}
	for _, e := range entries {
		if !e.IsDir() && markdownName(e.Name()) {
			d := l.diags.Errorf(l.start(e.Name()), ".md files at the top of %s are not read", l.display)
			d.Hint = "move it into " + l.path(AgreementsDir) + " if it is an agreement, or " + l.path(MilestonesDir) + " if it is a milestone"
		}
	}
}

// markdownName reports whether a file name has an extension editors use for
// Markdown, in any case.
func markdownName(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".md", ".markdown", ".mdown", ".mkd", ".mkdn", ".mdwn":
		return true
	}
	return false
}

// stem is a file name without its leading dots and its extension.
func stem(name string) string {
	name = strings.TrimLeft(name, ".")
	return strings.TrimSuffix(name, path.Ext(name))
}

// slugs is the set of slugs a folder's files already have.
func slugs(names []string) map[string]bool {
	set := make(map[string]bool, len(names))
	for _, name := range names {
		set[strings.TrimSuffix(path.Base(name), ".md")] = true
	}
	return set
}
