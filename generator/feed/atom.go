package feed

import (
	"encoding/xml"
	"fmt"

	"atlas/generator/content"
	"atlas/generator/pages"
)

// The elements of an Atom feed the atlas writes.

type atomFeed struct {
	XMLName  xml.Name   `xml:"http://www.w3.org/2005/Atom feed"`
	Lang     string     `xml:"xml:lang,attr"`
	ID       string     `xml:"id"`
	Title    string     `xml:"title"`
	Subtitle string     `xml:"subtitle"`
	Updated  string     `xml:"updated"`
	Author   atomPerson `xml:"author"`
	Links    []atomLink `xml:"link"`
	Entries  []atomEntry
}

type atomPerson struct {
	Name string `xml:"name"`
	URI  string `xml:"uri,omitempty"`
}

type atomLink struct {
	Rel      string `xml:"rel,attr"`
	Type     string `xml:"type,attr,omitempty"`
	HrefLang string `xml:"hreflang,attr,omitempty"`
	Href     string `xml:"href,attr"`
}

type atomText struct {
	Lang  string `xml:"xml:lang,attr,omitempty"` // when not the feed's
	Value string `xml:",chardata"`
}

type atomCategory struct {
	Term  string `xml:"term,attr"`
	Label string `xml:"label,attr"`
}

type atomEntry struct {
	XMLName  xml.Name     `xml:"entry"`
	ID       string       `xml:"id"`
	Title    atomText     `xml:"title"`
	Updated  string       `xml:"updated"`
	Link     atomLink     `xml:"link"`
	Category atomCategory `xml:"category"`
	Summary  string       `xml:"summary"`
}

func (e *Encoder) feed(lang string) atomFeed {
	loc := e.locs[lang]
	site := e.c.Site
	f := atomFeed{
		Lang: lang, ID: TagPrefix + lang + "/feed",
		Title: site.Title.In(lang), Subtitle: loc.T("feed.title"),
		Author: atomPerson{Name: site.Title.In(lang), URI: site.RepoURL},
		Links:  []atomLink{{Rel: "alternate", Type: "text/html", HrefLang: lang, Href: e.link(lang, pages.Home(lang))}},
	}
	if site.BaseURL != "" {
		f.Links = append(f.Links, atomLink{Rel: "self", Type: "application/atom+xml", Href: pages.Abs(site.BaseURL, pages.Feed(lang))})
	}
	updated := e.site.Stamp()
	for i, it := range e.items {
		if i == Entries {
			break
		}
		f.Entries = append(f.Entries, e.entry(lang, it))
		if updated.Before(it.date) {
			updated = it.date
		}
	}
	f.Updated = timestamp(updated)
	return f
}

func (e *Encoder) entry(lang string, it item) atomEntry {
	loc := e.locs[lang]
	it.ref.Lang = lang
	p := e.site.Page(it.ref)
	var title pages.Text
	category := atomCategory{"milestone", loc.T("milestone")}
	switch d := p.Data.(type) {
	case pages.AgreementData:
		title, category = d.Title, atomCategory{it.kind, loc.T("kind." + it.kind)}
	case pages.MilestoneData:
		title = d.Title
	}
	kind := "agreement"
	if it.kind == "" {
		kind = "milestone"
	}
	return atomEntry{
		ID:       TagPrefix + lang + "/" + kind + "/" + it.ref.Slug,
		Title:    atomText{title.Lang, title.Value},
		Updated:  timestamp(it.date),
		Link:     atomLink{Rel: "alternate", Type: "text/html", Href: e.link(lang, p.Path)},
		Category: category,
		Summary:  p.Description,
	}
}

// updated is the date of an entry: the date its file is placed by; for
// one the sources do not date, the newest date its sources were
// published, and failing that the date of the content.
func (e *Encoder) updated(it item) content.Date {
	if !it.date.IsZero() {
		return it.date
	}
	var d content.Date
	for _, s := range it.docs {
		if d.Before(s.Published) {
			d = s.Published
		}
	}
	if d.IsZero() {
		return e.site.Stamp()
	}
	return d
}

// link is the address of a page from a language's feed.
func (e *Encoder) link(lang, target string) string {
	if b := e.c.Site.BaseURL; b != "" {
		return pages.Abs(b, target)
	}
	return pages.Rel(pages.Feed(lang), target)
}

// timestamp writes a date as an RFC 3339 date-time, as Atom needs: an
// unknown month or day is the first, the time midnight UTC.
func timestamp(d content.Date) string {
	if d.IsZero() {
		d = content.Date{Year: 1970}
	}
	return fmt.Sprintf("%04d-%02d-%02dT00:00:00Z", d.Year, max(d.Month, 1), max(d.Day, 1))
}
