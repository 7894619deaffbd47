package pages

import (
	"html/template"

	"atlas/generator/content"
)

// MilestoneData is one milestone's page.
type MilestoneData struct {
	Title   template.HTML
	Date    template.HTML
	Region  RegionLink // empty Path: national
	Sources []SourceRow
	Summary Summary
	Related []RelatedLink
}

func (st *site) milestone(lang string, m *content.Milestone) *Page {
	loc := st.locs[lang]
	title := st.text(m.Title, lang)
	p := st.page(lang, "milestone", title, func(l string) string { return Milestone(l, m.Slug) })
	p.Edit = st.repoFile("edit", "content/milestones/"+m.Slug+".md")
	scope := loc.T("milestone.national")
	if r, ok := st.regions[m.Place.Region]; ok {
		scope = st.text(r.Name, lang)
	}
	p.Description = fill(loc.T("milestone.description"), "{date}", loc.Date(m.Date.Year, m.Date.Month, m.Date.Day), "{scope}", scope)
	d := MilestoneData{Title: compound(title), Date: date(loc, m.Date), Sources: st.sources(lang, m.Sources)}
	d.Region = RegionLink{Name: template.HTML(template.HTMLEscapeString(loc.T("milestone.national")))}
	if r, ok := st.regions[m.Place.Region]; ok {
		d.Region = RegionLink{st.name(r.Name, lang), Region(lang, r.Slug)}
	}
	d.Related = st.related(lang, m.Slug)
	d.Summary = st.summary(p, m.Doc, func(l string) string { return Milestone(l, m.Slug) })
	p.Data = d
	return p
}

// MethodologyData explains the figures; its prose lives in the catalogs.
type MethodologyData struct {
	Agreements template.HTML
	Milestones template.HTML
}

func (st *site) methodology(lang string) *Page {
	loc := st.locs[lang]
	p := st.page(lang, "methodology", loc.T("methodology.title"), Methodology)
	p.Description = loc.T("methodology.description")
	p.Data = MethodologyData{
		Agreements: isolate(loc.Count(int64(len(st.c.Agreements)), "agreements")),
		Milestones: isolate(loc.Count(int64(len(st.c.Milestones)), "milestones")),
	}
	return p
}
