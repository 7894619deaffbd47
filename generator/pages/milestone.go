package pages

import (
	"atlas/generator/content"
)

// MilestoneData is one milestone's page.
type MilestoneData struct {
	Title   Text
	Date    content.Date
	Region  RegionLink // empty Path: national
	Sources []SourceRow
	Summary Summary
	Related []RelatedLink
}

func (st *site) milestone(lang string, m *content.Milestone) *Page {
	loc := st.locs[lang]
	title := st.text(m.Title, lang)
	p := st.page(lang, "milestone", title.Value, func(l string) string { return Milestone(l, m.Slug) })
	p.Edit = st.repoFile("edit", "content/milestones/"+m.Slug+".md")
	d := MilestoneData{Title: title, Date: m.Date, Sources: st.sources(m.Sources)}
	d.Region = RegionLink{Name: Text{Value: loc.T("milestone.national")}}
	if r, ok := st.regions[m.Place.Region]; ok {
		d.Region = RegionLink{st.text(r.Name, lang), Region(lang, r.Slug)}
	}
	p.Description = fill(loc.T("milestone.description"), "{date}", loc.Date(m.Date.Year, m.Date.Month, m.Date.Day), "{scope}", d.Region.Name.Value)
	d.Related = st.related(lang, m.Slug)
	d.Summary = st.summary(p, m.Doc, func(l string) string { return Milestone(l, m.Slug) })
	p.Data = d
	return p
}

// MethodologyData explains the figures; its prose lives in the catalogs.
type MethodologyData struct {
	Agreements int
	Milestones int
	Downloads  []DownloadRow
}

func (st *site) methodology(lang string) *Page {
	loc := st.locs[lang]
	p := st.page(lang, "methodology", loc.T("methodology.title"), Methodology)
	p.Description = loc.T("methodology.description")
	p.Data = MethodologyData{Agreements: len(st.c.Agreements), Milestones: len(st.c.Milestones), Downloads: st.downloadRows(lang)}
	return p
}
