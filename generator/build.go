// Package generator builds the atlas: it reads as its stages, one line each.
package generator

import (
	"fmt"
	"io/fs"
	"slices"
	"strings"

	"atlas/generator/check"
	"atlas/generator/content"
	"atlas/generator/data"
	"atlas/generator/diag"
	"atlas/generator/geo"
	"atlas/generator/input"
	"atlas/generator/locale"
	"atlas/generator/pages"
	"atlas/generator/plan"
	"atlas/generator/render"
	"atlas/generator/search"
	"atlas/generator/stats"
	"atlas/generator/write"
)

// Sources are the three input folders of a site.
type Sources struct {
	Content     fs.FS
	ContentName string // how to print content paths, e.g. "content"
	Layouts     fs.FS  // html/template files and i18n/<lang>.toml catalogs
	LayoutsName string // how to print layout paths; "layouts" when empty
	Assets      fs.FS  // published as assets/

	// BaseURL, when set, replaces base_url of content/site.toml: the
	// address the site is published at, known to the deploying workflow.
	BaseURL string
	// Stamp is the date of the content, printed on paper copies; zero
	// takes the newest date a source was published.
	Stamp content.Date
}

// Check loads and checks the content, and the layouts and catalogs the
// build would read, writing nothing.
func Check(src Sources) (*content.Content, diag.List) {
	return checkCached(src, caches{})
}

// CheckContent loads and checks a content folder alone, taking every
// language of its settings as publishable: for comparing two versions of
// the content, where the layouts play no part.
func CheckContent(fsys fs.FS, name string) (*content.Content, diag.List) {
	c, diags := content.Load(fsys, name)
	diags = append(diags, check.Content(c, c.Site.Languages)...)
	diags.Sort()
	return c, diags
}

// caches are what a session keeps between builds to read and check only
// what changed. Nil caches read and check everything.
type caches struct {
	load  *content.Cache
	check *check.Cache
	// What the loader makes of each summary: see content.Rendering.
	dirs    content.Directions
	words   func(doc *content.Doc, lang, plain string)
	layouts *layoutsCheck
}

// layoutsCheck is the check of the layouts and catalogs for some
// languages, which holds while they do not change.
type layoutsCheck struct {
	langs    string
	catalogs []string
	diags    diag.List
}

// checkCached is Check with the caches of a session.
func checkCached(src Sources, cc caches) (*content.Content, diag.List) {
	c, diags := content.LoadCached(src.Content, src.ContentName, cc.load, content.Rendering{Dirs: cc.dirs, Words: cc.words})
	if src.BaseURL != "" {
		c.Site.BaseURL = src.BaseURL
	}
	var catalogs []string
	var layouts diag.List
	if l := cc.layouts; l != nil && l.langs == strings.Join(c.Site.Languages, ",") {
		catalogs, layouts = l.catalogs, l.diags
	} else {
		catalogs, layouts = checkLayouts(src, c.Site.Languages)
		if l != nil {
			*l = layoutsCheck{strings.Join(c.Site.Languages, ","), catalogs, layouts}
		}
	}
	diags = append(diags, layouts...)
	diags = append(diags, check.ContentCached(c, catalogs, cc.check)...)
	diags.Sort()
	return c, diags
}

// Build checks the content and, only when it has no error, writes the site
// into out. The diagnostics are returned in both cases, warnings included.
// Builds of one folder take turns from the start, so that a build that
// has to wait says so at once, and one whose content has an error still
// puts right what a killed build left.
func Build(src Sources, out string, opts ...write.Option) (diag.List, error) {
	o, err := write.Open(out, opts...)
	if err != nil {
		return nil, err
	}
	defer o.Close()
	// Summaries render as their pages are written, not on load: held
	// rendered, every summary of the atlas would stay in memory to the end.
	// Their words for the search index are made as they are checked, from
	// the same parse, and kept until the index is made.
	words := search.NewWords[pages.SummaryKey]()
	c, diags := checkCached(src, caches{words: func(d *content.Doc, lang, plain string) {
		words.Add(pages.SummaryKey{Doc: d, Lang: lang}, plain)
	}})
	if diags.HasErrors() {
		return diags, diags.Err()
	}
	c.Forget()
	job, err := prepare(src, c, false, nil, Edits{}, words)
	if err != nil {
		return diags, err
	}
	return diags, o.Fill(func(sink write.Sink) error {
		return job.Run(sink)
	})
}

// A Job is the plan of a site with its encoders: everything needed to
// write its outputs, to any sink.
type Job struct {
	Plan     []plan.Output
	Encoders render.Encoders
	Stamp    content.Date // the date of the content, which every page prints

	// What the next build of a session may take over.
	content   *content.Content
	stats     *stats.Stats
	locs      map[string]*locale.Locale
	renderer  *render.Renderer
	outlines  *geo.Topology
	site      *pages.Site
	downloads *data.Set
	indexes   render.SearchIndexes
	spent     bool // its indexes were updated for a later build: not to be taken again

	// In a session, the outputs found changed by comparing them, or their
	// parts, with the last build's: plan.DepFile of each.
	compared map[string]bool
}

// Prepare plans the outputs of checked content and gets their encoders
// ready: the layouts parsed, the catalogs read, the totals computed.
func Prepare(src Sources, c *content.Content) (*Job, error) {
	return prepare(src, c, false, nil, Edits{}, nil)
}

// prepare is Prepare, for a build of a session when session is set: it
// keeps what the next build may take over, and takes from last, the last
// build of the session when the edits leave what every output shows as it
// was, what they left unchanged. words, when not nil, holds the words of
// the summaries, made on load.
func prepare(src Sources, c *content.Content, session bool, last *Job, edits Edits, words *pages.SummaryWords) (*Job, error) {
	job := &Job{content: c}
	var err error
	// When only summaries changed, nothing a list or a total shows did:
	// the totals and the plan are the last build's, but for the files of
	// the search index. The watcher vouches that no asset came or went.
	listed := last != nil && edits.Watched && len(edits.Assets) == 0 && sameListed(last.content, c)
	if last != nil {
		job.locs, job.renderer = last.locs, last.renderer
	} else {
		if job.locs, err = locales(src.Layouts, c.Site.Languages); err != nil {
			return nil, err
		}
		if job.renderer, err = render.New(src.Layouts, localesOf(job.locs, c.Site.Languages)...); err != nil {
			return nil, err
		}
	}
	if listed {
		job.stats = last.stats
	} else if job.stats, err = stats.Compute(c); err != nil {
		return nil, err
	}
	st := job.stats
	opts := data.Options{Keep: session}
	if last != nil {
		opts.Last = last.downloads
	}
	if job.downloads, err = data.Build(c, st, job.locs, opts); err != nil {
		return nil, err
	}
	if last != nil && !slices.Contains(edits.Assets, pages.OutlinesFile) {
		job.outlines = last.outlines
	} else if job.outlines, err = loadOutlines(src.Assets, c.Registry); err != nil {
		return nil, err
	}
	site := pages.New(c, st, job.locs, pages.Options{Stamp: src.Stamp, Downloads: job.downloads.Listing(), Outlines: job.outlines})
	job.site, job.Stamp = site, site.Stamp()
	job.Encoders = render.Site(site, job.renderer, src.Assets)
	if listed {
		job.compared = map[string]bool{}
		job.compareDownloads(last.downloads)
		for _, name := range []string{plan.EncodeFeed, plan.EncodeDiscover} {
			job.Encoders[name] = last.Encoders[name]
		}
		job.Encoders[plan.EncodeData] = render.Downloads(job.downloads)
		if !job.updateSearch(last, c.Site.Languages) {
			job.Plan, job.Encoders[plan.EncodeSearch] = last.Plan, job.indexes // read-only: shared
			return job, nil
		}
		job.Plan = make([]plan.Output, 0, len(last.Plan))
		for _, o := range last.Plan {
			if o.Encoder != plan.EncodeSearch {
				job.Plan = append(job.Plan, o)
			}
		}
		job.addIndexes(c.Site.Languages)
		return job, nil
	}
	assets, err := plan.Assets(input.Assets(src.Assets))
	if err != nil {
		return nil, fmt.Errorf("assets: %w", err)
	}
	job.Plan = plan.Build(site, assets)
	if last != nil {
		job.compared = map[string]bool{}
		job.compareDownloads(last.downloads)
		job.updateSearch(last, c.Site.Languages)
	} else {
		job.indexSearch(site, c.Site.Languages, words)
	}
	job.addIndexes(c.Site.Languages)
	job.publish(c, site, job.locs, job.downloads)
	return job, nil
}

// Run encodes every output of the job, minified, into sink, with the
// offline copy of the site beside them.
func (j *Job) Run(sink write.Sink) error {
	return j.runWithCopy(sink)
}

// Render turns checked content into the files of the site in memory,
// ordered by path, before minification: for tests that read them.
func Render(src Sources, c *content.Content) ([]write.File, error) {
	job, err := Prepare(src, c)
	if err != nil {
		return nil, err
	}
	mem := write.NewMemory()
	if err := render.Run(job.Plan, job.Encoders, write.Plain(mem)); err != nil {
		return nil, err
	}
	return mem.Sorted(), nil
}

// locales makes the Locale of each language from its catalog.
func locales(layouts fs.FS, langs []string) (map[string]*locale.Locale, error) {
	locs, err := locale.Load(layouts, locale.Folder, langs)
	if err != nil {
		return nil, fmt.Errorf("layouts: %w", err)
	}
	return locs, nil
}

// directions reads the writing direction of each language from its
// catalog; a catalog that cannot be read is reported by the checks, and
// its language renders left to right meanwhile.
func directions(layouts fs.FS) content.Directions {
	return func(langs []string) map[string]string {
		dirs := map[string]string{}
		for _, lang := range langs {
			if locs, err := locales(layouts, []string{lang}); err == nil {
				dirs[lang] = locs[lang].Dir()
			}
		}
		return dirs
	}
}

// sameListed reports whether two contents hold the same agreements and
// milestones in the same order, changed in their summaries at most.
func sameListed(a, b *content.Content) bool {
	return content.SameList(a.Agreements, b.Agreements) && content.SameList(a.Milestones, b.Milestones)
}

// localesOf lists the locales of langs, in their order.
func localesOf(locs map[string]*locale.Locale, langs []string) []*locale.Locale {
	var out []*locale.Locale
	for _, lang := range langs {
		if l, ok := locs[lang]; ok {
			out = append(out, l)
		}
	}
	return out
}
