package pages

import (
	"html/template"

	"atlas/generator/content"
)

// printed is the line a paper copy of p carries: where the page lives and
// how recent its content is, both lost once the page leaves the screen.
func (st *site) printed(p *Page) template.HTML {
	loc := p.loc
	address := p.Path
	if b := st.c.Site.BaseURL; b != "" {
		address = Abs(b, p.Path)
	}
	line := isolateRuns(fill(loc.T("page.printed_address"), "{address}", address), p.Dir == "rtl")
	if !st.stamp.IsZero() {
		line += template.HTML(" · ") + template.HTML(template.HTMLEscapeString(loc.T("page.printed_date"))) + " " + date(loc, st.stamp)
	}
	return line
}

// newestSource is the latest date a source of the content was published:
// the content is as recent as that, and the date is the same on every
// build of the same files.
func newestSource(c *content.Content) content.Date {
	var newest content.Date
	consider := func(sources []content.Source) {
		for _, s := range sources {
			if newest.Before(s.Published) {
				newest = s.Published
			}
		}
	}
	for _, a := range c.Agreements {
		consider(a.Sources)
	}
	for _, m := range c.Milestones {
		consider(m.Sources)
	}
	return newest
}
