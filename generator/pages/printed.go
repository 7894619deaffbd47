package pages

import (
	"html/template"
	"strings"

	"atlas/generator/content"
)

// Printed is what a paper copy of a page says of itself: where the page
// lives and how recent its content is, both lost once the page leaves the
// screen.
type Printed struct {
	Address string       // absolute when the site's address is known
	Stamp   content.Date // the date of the content; zero when unknown
}

func (st *site) printed(path string) Printed {
	address := path
	if b := st.c.Site.BaseURL; b != "" {
		address = Abs(b, path)
	}
	return Printed{address, st.stamp}
}

// PrintedLine prints the line a paper copy carries.
func (p *Page) PrintedLine() template.HTML {
	rtl := p.Dir == "rtl"
	before, after, _ := strings.Cut(p.loc.T("page.printed_address"), "{address}")
	line := isolateRuns(before, rtl) + address(p.Printed.Address) + isolateRuns(after, rtl)
	if !p.Printed.Stamp.IsZero() {
		line += template.HTML(" · "+template.HTMLEscapeString(p.loc.T("page.printed_date"))+" ") + p.Date(p.Printed.Stamp)
	}
	return line
}

// address prints an address as one left-to-right piece: isolated by runs,
// "404.html" would split at its dot and read "html.404" on an Arabic page.
func address(a string) template.HTML {
	return template.HTML(`<bdi dir="ltr">` + template.HTMLEscapeString(a) + `</bdi>`)
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
