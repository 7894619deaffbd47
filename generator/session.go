package generator

import (
	"bytes"
	"maps"
	"strings"
	"sync"

	"atlas/generator/check"
	"atlas/generator/content"
	"atlas/generator/diag"
	"atlas/generator/pages"
	"atlas/generator/plan"
	"atlas/generator/render"
	"atlas/generator/write"
)

// A Session builds one site again and again, as "atlas serve" does: each
// build reads and checks only the content files that changed, and encodes
// only the outputs that show what changed. The site it keeps is the site
// "atlas build" would write, minified. A Session is not safe for
// concurrent use.
type Session struct {
	src     Sources
	load    content.Cache
	check   check.Cache
	layouts layoutsCheck
	dirs    map[string]string // by language, of the languages dirsFor
	dirsFor string
	last    *built
}

// built is what a session keeps of its last good build.
type built struct {
	files  map[string][]byte
	later  map[string]*Later
	docs   map[string]any    // by slug: *content.Agreement or *content.Milestone
	region map[string]string // by slug
	year   map[string]string // by slug: the slug of its timeline page
	basis  []byte            // settings and registry, as read
	job    *Job
}

// Edits say which inputs other than content files changed since the
// session's last build; content files are compared by the session itself.
type Edits struct {
	All    bool     // layouts, catalogs or anything every output shows
	Assets []string // files of the assets folder, by name
	// Content lists the files of the content folder that changed, came or
	// went, by slash path inside it, when Watched is set: a watcher saw
	// every other file unchanged. The session then reads those alone;
	// without Watched it compares every file itself.
	Content []string
	Watched bool
}

// NewSession starts a session on src; its first build builds everything.
func NewSession(src Sources) *Session { return &Session{src: src} }

// Result is one build of a session.
type Result struct {
	// Files are every file of the site, by path. The value of a file of
	// Later is nil: use File.
	Files   map[string][]byte
	Later   map[string]*Later // the downloads, made when first asked for
	Encoded int               // outputs encoded by this build
	Pages   int               // HTML pages of the site
}

// File returns the file at path, made if it is made when asked for.
func (r Result) File(path string) ([]byte, error) {
	if l, ok := r.Later[path]; ok {
		return l.Bytes()
	}
	return r.Files[path], nil
}

// Later is a file made when first asked for. The downloads are tens of
// megabytes at ten thousand agreements: assembling agreements.json again
// would take a rebuild longer than all the rest, for a file a reader
// rarely opens while editing. Their sizes and hashes are known at once.
type Later struct {
	once sync.Once
	made func() ([]byte, error)
	data []byte
	err  error
}

// Bytes makes the file the first time, and returns it.
func (l *Later) Bytes() ([]byte, error) {
	l.once.Do(func() { l.data, l.err = l.made() })
	return l.data, l.err
}

// Build builds the site again. On an error the session keeps its last
// good build for the next one to start from.
func (s *Session) Build(e Edits) (Result, diag.List, error) {
	if e.Watched {
		s.load.Trust(e.Content)
	}
	if e.All {
		s.layouts, s.dirs = layoutsCheck{}, nil
	}
	c, diags := checkCached(s.src, caches{load: &s.load, check: &s.check, dirs: s.directions, layouts: &s.layouts})
	if diags.HasErrors() {
		return Result{}, diags, diags.Err()
	}
	next := s.record(c)
	last := s.last
	if last != nil && (e.All || last.job.spent || !bytes.Equal(last.basis, next.basis)) {
		last = nil // everything shows what changed
	}
	var lastJob *Job
	if last != nil {
		lastJob = last.job
	}
	var err error
	if next.job, err = prepare(s.src, c, true, lastJob, e, nil); err != nil {
		return Result{}, diags, err
	}
	todo := next.job.Plan
	if last != nil && last.job.Stamp == next.job.Stamp {
		todo = touched(todo, s.changes(last, next, e))
	}
	var now []plan.Output
	later := map[string]*Later{}
	for _, o := range todo {
		if h, ok := next.job.Encoders[o.Encoder].(render.Holder); ok {
			later[o.Path] = &Later{made: func() ([]byte, error) { return h.Held(o) }}
		} else {
			now = append(now, o)
		}
	}
	mem := write.NewMemory()
	if err := render.Run(now, next.job.Encoders, write.Minify(mem)); err != nil {
		return Result{}, diags, err
	}
	encoded := mem.Files()
	for p := range later {
		encoded[p] = nil
	}
	next.files = merge(last, next.job.Plan, encoded)
	next.later = map[string]*Later{}
	pagesCount := 0
	for _, o := range next.job.Plan {
		switch {
		case later[o.Path] != nil:
			next.later[o.Path] = later[o.Path]
		case last != nil && last.later[o.Path] != nil:
			next.later[o.Path] = last.later[o.Path]
		}
		if o.Encoder == plan.EncodePage {
			pagesCount++
		}
	}
	s.last = next
	return Result{Files: next.files, Later: next.later, Encoded: len(todo), Pages: pagesCount}, diags, nil
}

// directions are the directions of the languages, read from the catalogs
// once while they do not change.
func (s *Session) directions(langs []string) map[string]string {
	if key := strings.Join(langs, ","); s.dirs == nil || s.dirsFor != key {
		s.dirs, s.dirsFor = directions(s.src.Layouts)(langs), key
	}
	return s.dirs
}

// record notes what a build is made of, to compare the next one with.
func (s *Session) record(c *content.Content) *built {
	b := &built{docs: map[string]any{}, region: map[string]string{}, year: map[string]string{}}
	for _, k := range []*content.Positions{c.SiteKeys, c.RegistryKeys} {
		b.basis = append(append(b.basis, k.Source()...), 0)
	}
	for _, a := range c.Agreements {
		b.docs[a.Slug], b.region[a.Slug], b.year[a.Slug] = a, a.Place.Region, pages.YearOf(a)
	}
	for _, m := range c.Milestones {
		b.docs[m.Slug], b.region[m.Slug], b.year[m.Slug] = m, m.Place.Region, pages.YearOf(m)
	}
	return b
}

// changes lists the dependencies an edit touches: each file read anew,
// added or removed; unless only its summaries changed, its region and
// its year on the timeline before and after, and the lists and totals of
// every agreement; the outputs found changed by comparison; and the
// assets that changed.
func (s *Session) changes(last, next *built, e Edits) map[string]bool {
	changed := map[string]bool{}
	for dep := range next.job.compared {
		changed[dep] = true
	}
	touch := func(slug string, listed bool) {
		changed[pages.DepDoc(slug)] = true
		if !listed {
			return
		}
		changed[pages.DepAll] = true
		for _, b := range []*built{last, next} {
			if r := b.region[slug]; r != "" {
				changed[pages.DepRegion(r)] = true
			}
			if y := b.year[slug]; y != "" {
				changed[pages.DepYear(y)] = true
			}
		}
		if last.year[slug] != next.year[slug] {
			// A year may have come or gone, or a file: the list of
			// years may have changed.
			changed[pages.DepYears] = true
		}
	}
	for slug, doc := range next.docs {
		if was, ok := last.docs[slug]; !ok {
			touch(slug, true)
		} else if was != doc {
			touch(slug, !content.SameFrontMatter(was, doc))
		}
	}
	for slug := range last.docs {
		if _, ok := next.docs[slug]; !ok {
			touch(slug, true)
		}
	}
	for _, a := range e.Assets {
		changed[plan.DepAsset(a)] = true
	}
	return changed
}

func touched(outputs []plan.Output, changed map[string]bool) []plan.Output {
	var out []plan.Output
	for _, o := range outputs {
		if o.Touched(changed) {
			out = append(out, o)
		}
	}
	return out
}

// merge is the site of a build: the files it encoded, and the others as
// the last build left them; outputs no longer planned are gone.
func merge(last *built, outputs []plan.Output, encoded map[string][]byte) map[string][]byte {
	if last == nil || len(encoded) == len(outputs) {
		return encoded
	}
	if len(outputs) > 0 && len(last.job.Plan) == len(outputs) && &last.job.Plan[0] == &outputs[0] {
		// The last build's plan itself: its files, with those encoded
		// again. Copying the map is much faster than making it anew.
		files := maps.Clone(last.files)
		maps.Copy(files, encoded)
		return files
	}
	files := make(map[string][]byte, len(outputs))
	for _, o := range outputs {
		if data, ok := encoded[o.Path]; ok {
			files[o.Path] = data
		} else {
			files[o.Path] = last.files[o.Path]
		}
	}
	return files
}
