package pages

import (
	"sort"

	"atlas/generator/content"
	"atlas/generator/locale"
	"atlas/generator/stats"
)

// site is what every page builder needs.
type site struct {
	c       *content.Content
	s       *stats.Stats
	locs    map[string]*locale.Locale
	langs   []string
	regions map[string]content.Region
	provs   map[string]content.Province
	// agreements sorted newest first, undated last
	agreements      []*content.Agreement
	agreementBySlug map[string]*content.Agreement
	milestoneBySlug map[string]*content.Milestone
	relations       map[string][]string // slug -> related slugs, both ways
	stamp           content.Date        // date of the content
}

// Options are what pages need besides the content.
type Options struct {
	Stamp content.Date // date of the content, for paper copies; zero: the newest source
}

// Build decides every page of the site, in a stable order.
func Build(c *content.Content, s *stats.Stats, locs map[string]*locale.Locale, opts Options) []*Page {
	st := &site{c: c, s: s, locs: locs, langs: c.Site.Languages,
		regions: map[string]content.Region{}, provs: map[string]content.Province{}}
	st.stamp = opts.Stamp
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
	st.agreements = append(st.agreements, c.Agreements...)
	sort.SliceStable(st.agreements, func(i, j int) bool {
		return newer(st.agreements[i], st.agreements[j])
	})
	out := []*Page{st.entry(), st.notFound()}
	for _, lang := range st.langs {
		out = append(out, st.home(lang), st.regionsIndex(lang), st.methodology(lang))
		for _, r := range c.Registry.Regions {
			out = append(out, st.region(lang, r))
		}
		for _, a := range c.Agreements {
			out = append(out, st.agreement(lang, a))
		}
		for _, m := range c.Milestones {
			out = append(out, st.milestone(lang, m))
		}
	}
	return out
}

// newer orders agreements newest first by the date they are placed by,
// undated last.
func newer(a, b *content.Agreement) bool {
	da, _ := a.Dated()
	db, _ := b.Dated()
	if da.IsZero() != db.IsZero() {
		return !da.IsZero()
	}
	if da != db {
		return db.Before(da)
	}
	return a.Slug < b.Slug
}

// page makes a page in lang with its twins and navigation; pathOf gives
// the same page's path in any language.
func (st *site) page(lang, tmpl, title string, pathOf func(lang string) string) *Page {
	loc := st.locs[lang]
	p := &Page{
		Path: pathOf(lang), Template: tmpl, Lang: lang, Dir: loc.Dir(), loc: loc,
		Nav: Nav{
			SiteTitle:   st.c.Site.Title.In(lang),
			Home:        Home(lang),
			Regions:     Regions(lang),
			Methodology: Methodology(lang),
			Stylesheet:  Stylesheet,
			Favicon:     Favicon,
			Guide:       st.repoFile("blob", loc.T("guide.file")),
		},
		Description: st.c.Site.Description.In(lang),
	}
	p.Printed = st.printed(p)
	p.Title = title
	if title != p.Nav.SiteTitle {
		p.Title = title + " — " + p.Nav.SiteTitle
	}
	for _, other := range st.langs {
		if other != lang {
			p.Twins = append(p.Twins, Twin{Lang: other, Path: pathOf(other), Label: st.locs[other].T("language.name")})
		}
	}
	return p
}

func (st *site) text(t content.Text, lang string) string {
	s, _ := in(t, lang, st.langs)
	return s
}
