package pages

import (
	"slices"
	"strings"
)

// EntryData is the bilingual root page: one column per language.
type EntryData struct {
	Columns []EntryColumn
}

// EntryColumn is one language's door into the atlas.
type EntryColumn struct {
	Lang, Dir, Title, Description, Enter, Home string
}

func (st *site) entry() *Page {
	first := st.langs[0]
	if d := st.c.Site.DefaultLang; d != "" {
		first = d
	}
	p := st.page(first, "entry", st.text(st.c.Site.Title, first).Value, func(string) string { return Entry })
	p.Twins = nil
	p.Bare = true
	d := EntryData{}
	for _, lang := range append([]string{first}, without(st.langs, first)...) {
		loc := st.locs[lang]
		d.Columns = append(d.Columns, EntryColumn{
			Lang: lang, Dir: loc.Dir(),
			Title: st.text(st.c.Site.Title, lang).Value, Description: st.text(st.c.Site.Description, lang).Value,
			Enter: loc.T("entry.enter"), Home: Home(lang),
		})
	}
	p.Data = d
	p.Title = d.title()
	return p
}

// title is the page's title: it speaks every language, in its columns'
// order, as the page does.
func (d EntryData) title() string {
	var titles []string
	for _, c := range d.Columns {
		if !slices.Contains(titles, c.Title) {
			titles = append(titles, c.Title)
		}
	}
	return strings.Join(titles, " / ")
}

func (st *site) notFound() *Page {
	p := st.entry()
	p.Path = NotFound
	d := p.Data.(EntryData)
	for i := range d.Columns {
		d.Columns[i].Description = st.locs[d.Columns[i].Lang].T("notfound.text")
		d.Columns[i].Title = st.locs[d.Columns[i].Lang].T("notfound.title")
	}
	p.Title = d.title()
	// Servers show 404.html at any depth, where relative links would
	// break; with a known address its links are absolute.
	p.Absolute = st.c.Site.BaseURL
	p.Printed = st.printed(p.Path)
	p.Canonical = "" // shown at any address: none is its own
	return p
}

func without(list []string, s string) []string {
	var out []string
	for _, e := range list {
		if e != s {
			out = append(out, e)
		}
	}
	return out
}
