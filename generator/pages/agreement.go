package pages

import (
	"html/template"
	"strconv"
	"strings"

	"atlas/generator/content"
	"atlas/generator/locale"
	"atlas/generator/stats"
)

// AgreementData is one agreement's page.
type AgreementData struct {
	Title       template.HTML
	Kind        string
	Status      string
	Signed      template.HTML
	FirstStep   template.HTML // the first dated step, when the signature date is unknown
	Period      template.HTML
	Region      RegionLink
	Provinces   []template.HTML
	Localities  []string
	Budget      Money
	BudgetNote  string
	Parties     []PartyRow
	SharesNote  string // says shares were turned into dirhams, when any was
	Staff       []Fact
	Equipment   []Fact
	Components  []ComponentRow
	Events      []EventRow
	Sources     []SourceRow
	Summary     Summary
	OtherTitles []Twin
	Related     []RelatedLink
}

// RegionLink names a region and links to its page.
type RegionLink struct {
	Name template.HTML
	Path string
}

// PartyRow is one party of an agreement.
type PartyRow struct {
	Name          template.HTML
	Type          string
	Roles         string
	RepresentedBy string
	Share         template.HTML
	Amount        Money
	Computed      bool // Amount comes from Share
}

// Fact is a labelled value.
type Fact struct {
	Label string
	Value template.HTML
}

// ComponentRow is a sub-project.
type ComponentRow struct {
	Title  string
	Amount Money
	Facts  []Fact
}

// EventRow is a dated step.
type EventRow struct {
	Date template.HTML
	What string
}

// SourceRow is a cited article or document.
type SourceRow struct {
	Outlet, Title, Author, URL, Lang string
	Published                        template.HTML
}

// Summary is a page's prose, or where to read it when it is missing in
// the page's language.
type Summary struct {
	Present   bool
	Lang      string // the language the body is written in
	Elsewhere []Twin // languages that have it, when this one does not
}

func (st *site) agreement(lang string, a *content.Agreement) *Page {
	loc := st.locs[lang]
	title := st.text(a.Title, lang)
	p := st.page(lang, "agreement", title, func(l string) string { return Agreement(l, a.Slug) })
	p.Edit = st.repoFile("edit", "content/agreements/"+a.Slug+".md")
	p.Description = st.agreementDescription(lang, a)
	d := AgreementData{
		Title: compound(title), Kind: loc.T("kind." + a.Kind), Status: loc.T("status." + a.Status),
		Signed: date(loc, a.Signed), Region: RegionLink{st.name(st.regions[a.Place.Region].Name, lang), Region(lang, a.Place.Region)},
		BudgetNote: st.text(a.Budget.Note, lang),
		Sources:    st.sources(lang, a.Sources),
	}
	if first, signed := a.Dated(); !signed && !first.IsZero() {
		d.FirstStep = dated(loc, a)
	}
	if len(a.Period) == 2 {
		// Years are never grouped: 2026, not 2.026.
		d.Period = isolate(strconv.Itoa(a.Period[0]) + "–" + strconv.Itoa(a.Period[1]))
	}
	for _, s := range a.Place.Provinces {
		d.Provinces = append(d.Provinces, st.name(st.provs[s].Name, lang))
	}
	for _, l := range a.Place.Localities {
		d.Localities = append(d.Localities, st.text(l, lang))
	}
	if a.Budget.Total != nil {
		d.Budget = money(loc, *a.Budget.Total, true)
	}
	d.Parties, d.SharesNote = st.parties(lang, a)
	f := stats.Figures(a)
	d.Staff = facts(loc, []factSpec{
		{"figure.general_practitioners", "general_practitioners", f.GeneralPractitioners},
		{"figure.specialists", "specialists", f.Specialists},
		{"figure.nurses", "nurses", f.Nurses},
		{"figure.midwives", "midwives", f.Midwives},
		{"figure.technicians", "technicians", f.Technicians},
	})
	d.Equipment = facts(loc, []factSpec{
		{"figure.ambulances", "ambulances", f.Ambulances},
		{"figure.mobile_units", "mobile_units", f.MobileUnits},
	})
	for _, c := range a.Components {
		d.Components = append(d.Components, st.component(lang, c))
	}
	for _, e := range a.Events {
		d.Events = append(d.Events, EventRow{Date: date(loc, e.Date), What: st.text(e.What, lang)})
	}
	d.Related = st.related(lang, a.Slug)
	d.Summary = st.summary(p, a.Doc, func(l string) string { return Agreement(l, a.Slug) })
	p.Data = d
	return p
}

func (st *site) parties(lang string, a *content.Agreement) ([]PartyRow, string) {
	loc := st.locs[lang]
	var rows []PartyRow
	note := ""
	for _, p := range a.Parties {
		var roles []string
		for _, r := range p.Roles {
			if r == "present" {
				// Present at what: a signing, a launch, a handover…
				r += "." + a.OccasionOrDefault()
			}
			roles = append(roles, loc.T("role."+r))
		}
		row := PartyRow{
			Name: st.name(p.Name, lang), Type: loc.T("party." + p.Type),
			Roles: strings.Join(roles, loc.T("list.separator")),
		}
		if by := st.text(p.RepresentedBy, lang); by != "" {
			// The participle agrees with the party: its gender in this
			// language is data of its type, in the catalog.
			row.RepresentedBy = fill(loc.T("represented_by."+loc.T("gender."+p.Type)), "{name}", by)
		}
		if p.Share != nil {
			row.Share = isolate(loc.Percent(*p.Share))
		}
		if v, ok := stats.PartyAmount(a, p); ok {
			row.Amount = money(loc, v, true)
			row.Computed = p.Amount == nil
			if row.Computed {
				note = loc.T("agreement.shares_note")
			}
		}
		rows = append(rows, row)
	}
	return rows, note
}

type factSpec struct {
	label, noun string
	k           stats.Known
}

// facts keeps only the figures the sources give: unknown is not shown as zero.
func facts(loc *locale.Locale, specs []factSpec) []Fact {
	var out []Fact
	for _, s := range specs {
		if v, ok := s.k.Get(); ok {
			out = append(out, Fact{Label: loc.T(s.label), Value: isolate(loc.Count(v, s.noun))})
		}
	}
	return out
}

func (st *site) component(lang string, c content.Component) ComponentRow {
	loc := st.locs[lang]
	row := ComponentRow{Title: st.text(c.Title, lang)}
	if c.Amount != nil {
		row.Amount = money(loc, *c.Amount, true)
	}
	one := &content.Agreement{Staff: c.Staff, Equipment: c.Equipment}
	f := stats.Figures(one)
	row.Facts = facts(loc, []factSpec{
		{"figure.doctors", "doctors", f.Doctors},
		{"figure.nurses", "nurses", f.Nurses},
		{"figure.midwives", "midwives", f.Midwives},
		{"figure.technicians", "technicians", f.Technicians},
		{"figure.ambulances", "ambulances", f.Ambulances},
		{"figure.mobile_units", "mobile_units", f.MobileUnits},
	})
	return row
}

func (st *site) sources(lang string, sources []content.Source) []SourceRow {
	loc := st.locs[lang]
	var out []SourceRow
	for _, s := range sources {
		row := SourceRow{Outlet: s.Outlet, Title: s.Title, Author: s.Author, URL: s.URL, Lang: s.Lang}
		if !s.Published.IsZero() {
			row.Published = date(loc, s.Published)
		}
		out = append(out, row)
	}
	return out
}

// summary attaches the page's Markdown, or, when this language has none,
// the languages that do.
func (st *site) summary(p *Page, doc content.Doc, pathOf func(string) string) Summary {
	if src := doc.Summary.In(p.Lang); src != "" {
		p.Markdown = src
		return Summary{Present: true, Lang: p.Lang}
	}
	s := Summary{Lang: p.Lang}
	for _, t := range p.Twins {
		if doc.Summary.In(t.Lang) != "" {
			s.Elsewhere = append(s.Elsewhere, Twin{Lang: t.Lang, Path: pathOf(t.Lang), Label: st.locs[t.Lang].T("summary.read_in")})
		}
	}
	return s
}

// agreementDescription says in one plain sentence what, where, when and
// how much: the line a search result or a shared link shows.
func (st *site) agreementDescription(lang string, a *content.Agreement) string {
	loc := st.locs[lang]
	when := loc.T("date.unknown")
	if d, _ := a.Dated(); !d.IsZero() {
		when = loc.Date(d.Year, d.Month, d.Day)
	}
	amount := loc.T("agreement.undisclosed")
	if a.Budget.Total != nil {
		amount = loc.Amount(*a.Budget.Total)
	}
	return fill(loc.T("agreement.description"), "{kind}", loc.T("kind."+a.Kind),
		"{region}", st.text(st.regions[a.Place.Region].Name, lang), "{date}", when, "{amount}", amount)
}
