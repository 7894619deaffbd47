package pages

import (
	"slices"
	"strings"

	"atlas/generator/content"
	"atlas/generator/geo"
	"atlas/generator/locale"
	"atlas/generator/search"
	"atlas/generator/stats"
)

// site is what every page builder needs.
type site struct {
	yearList []int // the years of the timeline: see years
	c        *content.Content
	s        *stats.Stats
	locs     map[string]*locale.Locale
	langs    []string
	regions  map[string]content.Region
	provs    map[string]content.Province
	// agreements sorted newest first, undated last
	agreements      []*content.Agreement
	agreementBySlug map[string]*content.Agreement
	milestoneBySlug map[string]*content.Milestone
	relations       map[string][]string // slug -> related slugs, both ways
	stamp           content.Date        // date of the content
	downloads       []Download
	outlines        *geo.Topology // the map outlines; nil: no maps
}

// Options are what pages need besides the content.
type Options struct {
	Stamp     content.Date  // date of the content, for paper copies; zero: the newest source
	Downloads []Download    // the files of data/, encoded, for the methodology page
	Outlines  *geo.Topology // the outlines maps are drawn from; nil draws none
}

// Site decides every page of the atlas. Pages are built one at a time, on
// demand, from the content it holds: memory never holds the whole site.
// It is read-only once made, and safe for concurrent use.
type Site struct{ st *site }

// New prepares the pages of checked content with its statistics.
func New(c *content.Content, s *stats.Stats, locs map[string]*locale.Locale, opts Options) *Site {
	st := &site{c: c, s: s, locs: locs, langs: c.Site.Languages,
		regions: map[string]content.Region{}, provs: map[string]content.Province{}}
	st.stamp, st.downloads, st.outlines = opts.Stamp, opts.Downloads, opts.Outlines
	if st.stamp.IsZero() {
		st.stamp = newestSource(c)
	}
	for _, r := range c.Registry.Regions {
		st.regions[r.Slug] = r
	}
	for _, p := range c.Registry.Provinces {
		st.provs[p.Slug] = p
	}
	st.agreementBySlug = map[string]*content.Agreement{}
	for _, a := range c.Agreements {
		st.agreementBySlug[a.Slug] = a
	}
	st.milestoneBySlug = map[string]*content.Milestone{}
	for _, m := range c.Milestones {
		st.milestoneBySlug[m.Slug] = m
	}
	st.relations = relations(c)
	st.agreements = newestFirst(c.Agreements)
	st.yearList = st.listYears()
	return &Site{st}
}

// Stamp is the date of the content that every page prints for paper.
func (s *Site) Stamp() content.Date { return s.st.stamp }

// Layouts are the layouts pages are rendered with, without .html: one for
// each kind of page, the 404 page taking the entry page's.
func Layouts() []string {
	return []string{KindEntry, KindHome, KindRegions, KindMethodology, KindRegion, KindAgreement, KindMilestone, "timeline"}
}

// Kinds of page.
const (
	KindEntry       = "entry"
	KindNotFound    = "404"
	KindHome        = "home"
	KindRegions     = "regions"
	KindMethodology = "methodology"
	KindRegion      = "region"
	KindAgreement   = "agreement"
	KindMilestone   = "milestone"
)

// Ref names one page: its kind, its language and, for a region, an
// agreement or a milestone, its slug. It is all a page's output needs to
// be built, so the list of pages costs little memory.
type Ref struct {
	Kind, Lang, Slug string
}

// Path is the output path of the page.
func (r Ref) Path() string {
	switch r.Kind {
	case KindEntry:
		return Entry
	case KindNotFound:
		return NotFound
	case KindHome:
		return Home(r.Lang)
	case KindRegions:
		return Regions(r.Lang)
	case KindMethodology:
		return Methodology(r.Lang)
	case KindRegion:
		return Region(r.Lang, r.Slug)
	case KindAgreement:
		return Agreement(r.Lang, r.Slug)
	case KindYear:
		return TimelineYear(r.Lang, r.Slug)
	}
	return Milestone(r.Lang, r.Slug)
}

// Refs lists every page of the site in a stable order.
func (s *Site) Refs() []Ref {
	st := s.st
	out := make([]Ref, 0, 2+len(st.langs)*(3+len(st.c.Registry.Regions)+len(st.c.Agreements)+len(st.c.Milestones)+len(st.yearList)))
	out = append(out, Ref{Kind: KindEntry}, Ref{Kind: KindNotFound})
	for _, lang := range st.langs {
		out = append(out, Ref{KindHome, lang, ""}, Ref{KindRegions, lang, ""}, Ref{KindMethodology, lang, ""})
		for _, r := range st.c.Registry.Regions {
			out = append(out, Ref{KindRegion, lang, r.Slug})
		}
		for _, a := range st.c.Agreements {
			out = append(out, Ref{KindAgreement, lang, a.Slug})
		}
		for _, m := range st.c.Milestones {
			out = append(out, Ref{KindMilestone, lang, m.Slug})
		}
		out = append(out, st.yearRefs(lang)...)
	}
	return out
}

// Page builds the page r names.
func (s *Site) Page(r Ref) *Page {
	st := s.st
	switch r.Kind {
	case KindEntry:
		return st.entry()
	case KindNotFound:
		return st.notFound()
	case KindHome:
		return st.home(r.Lang)
	case KindRegions:
		return st.regionsIndex(r.Lang)
	case KindMethodology:
		return st.methodology(r.Lang)
	case KindRegion:
		return st.region(r.Lang, st.regions[r.Slug])
	case KindAgreement:
		return st.agreement(r.Lang, st.agreementBySlug[r.Slug])
	case KindYear:
		return st.year(r.Lang, r.Slug)
	}
	return st.milestone(r.Lang, st.milestoneBySlug[r.Slug])
}

// Dependencies of pages, for rebuilding only the pages an edit changes.
const (
	DepSite = "site" // the settings, the registry, the layouts: every page
	DepAll  = "all"  // every agreement and milestone: lists and totals
	// DepDownloads is the sizes and hashes of the downloads, which the
	// methodology page gives.
	DepDownloads = "downloads"
)

// DepDoc names the dependency on one agreement or milestone file.
func DepDoc(slug string) string { return "doc:" + slug }

// DepRegion names the dependency on the agreements and milestones of a
// region.
func DepRegion(slug string) string { return "region:" + slug }

// DepYear names the dependency on the agreements and milestones of the
// timeline page of a year, by its slug (see YearOf).
func DepYear(slug string) string { return "year:" + slug }

// DepYears is the list of the years of the timeline, which each of its
// pages links to.
const DepYears = "years"

// YearOf is the slug of the timeline page an agreement or a milestone is
// on: its year, or UnknownYear; "" for a milestone without a year, which
// no page of the timeline shows.
func YearOf(doc any) string {
	switch d := doc.(type) {
	case *content.Agreement:
		return yearSlug(datedOf(d).Date.Year)
	case *content.Milestone:
		if d.Date.Year != 0 {
			return yearSlug(d.Date.Year)
		}
	}
	return ""
}

// Deps lists what the page r shows: it needs encoding again when one of
// them changes. Every page also depends on DepSite.
func (s *Site) Deps(r Ref) []string {
	switch r.Kind {
	case KindRegion:
		return []string{DepRegion(r.Slug)}
	case KindAgreement, KindMilestone:
		deps := []string{DepDoc(r.Slug)}
		for _, other := range s.st.relations[r.Slug] {
			deps = append(deps, DepDoc(other))
		}
		return deps
	case KindEntry, KindNotFound:
		return nil
	case KindMethodology:
		return []string{DepAll, DepDownloads}
	case KindYear:
		return []string{DepYear(r.Slug), DepYears}
	}
	return []string{DepAll}
}

// Build decides every page of the site, in a stable order, all at once:
// for tests and small sites; the pipeline builds them one by one.
func Build(c *content.Content, s *stats.Stats, locs map[string]*locale.Locale, opts Options) []*Page {
	site := New(c, s, locs, opts)
	var out []*Page
	for _, r := range site.Refs() {
		out = append(out, site.Page(r))
	}
	return out
}

// newestFirst orders agreements newest first by the date they are placed
// by, undated last, then by slug. Each date is worked out once: compared
// pair by pair, the events of both would be read again each time.
func newestFirst(agreements []*content.Agreement) []*content.Agreement {
	type dated struct {
		a *content.Agreement
		d content.Date
	}
	all := make([]dated, len(agreements))
	for i, a := range agreements {
		d, _ := a.Dated()
		all[i] = dated{a, d}
	}
	slices.SortFunc(all, func(x, y dated) int {
		switch {
		case x.d.IsZero() != y.d.IsZero():
			if x.d.IsZero() {
				return 1
			}
			return -1
		case x.d != y.d:
			if y.d.Before(x.d) {
				return -1
			}
			return 1
		}
		return strings.Compare(x.a.Slug, y.a.Slug)
	})
	out := make([]*content.Agreement, len(all))
	for i, x := range all {
		out[i] = x.a
	}
	return out
}

// page makes a page in lang with its twins and navigation; pathOf gives
// the same page's path in any language.
func (st *site) page(lang, tmpl, title string, pathOf func(lang string) string) *Page {
	loc := st.locs[lang]
	p := &Page{
		Path: pathOf(lang), Template: tmpl, Lang: lang, Dir: loc.Dir(), loc: loc, langs: st.locs,
		Nav: Nav{
			SiteTitle:   st.text(st.c.Site.Title, lang),
			Home:        Home(lang),
			Regions:     Regions(lang),
			Methodology: Methodology(lang),
			Stylesheet:  Stylesheet,
			Favicon:     Favicon,
			Feed:        Feed(lang),
			Guide:       st.repoFile("blob", loc.T("guide.file")),
			Search:      search.IndexPath(lang),
			Script:      SearchScript,
		},
		Description: st.text(st.c.Site.Description, lang).Value,
	}
	p.Printed = st.printed(p.Path)
	if b := st.c.Site.BaseURL; b != "" {
		p.Canonical = Abs(b, p.Path)
		p.base = b
	}
	p.Title = title
	if title != p.Nav.SiteTitle.Value {
		p.Title = title + " — " + p.Nav.SiteTitle.Value
	}
	for _, other := range st.langs {
		if other != lang {
			p.Twins = append(p.Twins, Twin{Lang: other, Path: pathOf(other), Label: st.locs[other].T("language.name")})
		}
	}
	return p
}

// text is a contributor's text in lang, or in the first language that has
// it, saying which.
func (st *site) text(t content.Text, lang string) Text {
	s, found := in(t, lang, st.langs)
	if found == lang {
		found = ""
	}
	return Text{Value: s, Lang: found}
}
