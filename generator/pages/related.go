package pages

import (
	"sort"

	"atlas/generator/content"
)

// RelatedLink is another agreement or milestone a page links to.
type RelatedLink struct {
	Title Text
	Path  string
	Label string // its kind, or "milestone"
	Date  Dated
}

// relations indexes the related lists of every file both ways: a file
// that names another is shown on that one's page too.
func relations(c *content.Content) map[string][]string {
	pairs := map[string]map[string]bool{}
	link := func(a, b string) {
		if pairs[a] == nil {
			pairs[a] = map[string]bool{}
		}
		pairs[a][b] = true
	}
	for _, a := range c.Agreements {
		for _, r := range a.Related {
			link(a.Slug, r)
			link(r, a.Slug)
		}
	}
	for _, m := range c.Milestones {
		for _, r := range m.Related {
			link(m.Slug, r)
			link(r, m.Slug)
		}
	}
	out := map[string][]string{}
	for slug, set := range pairs {
		for other := range set {
			out[slug] = append(out[slug], other)
		}
		sort.Strings(out[slug])
	}
	return out
}

// related lists the files related to slug, in lang.
func (st *site) related(lang, slug string) []RelatedLink {
	loc := st.locs[lang]
	var out []RelatedLink
	for _, other := range st.relations[slug] {
		if a, ok := st.agreementBySlug[other]; ok {
			out = append(out, RelatedLink{st.text(a.Title, lang), Agreement(lang, a.Slug), loc.T("kind." + a.Kind), datedOf(a)})
		} else if m, ok := st.milestoneBySlug[other]; ok {
			out = append(out, RelatedLink{st.text(m.Title, lang), Milestone(lang, m.Slug), loc.T("milestone"), Dated{Date: m.Date, Signed: true}})
		}
	}
	return out
}
