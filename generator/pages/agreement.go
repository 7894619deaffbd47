package pages

import (
	"html/template"
	"strings"

	"atlas/generator/content"
	"atlas/generator/stats"
)

// AgreementData is one agreement's page.
type AgreementData struct {
	Title       Text
	Kind        string
	Status      string
	Signed      content.Date
	FirstStep   Dated // the first dated step, when the signature date is unknown
	Period      []int
	Region      RegionLink
	Provinces   []Text
	Localities  []Text
	Budget      Amount
	BudgetNote  Text
	Parties     []PartyRow
	SharesNote  string // says shares were turned into dirhams, when any was
	Staff       []Fact
	Equipment   []Fact
	Components  []ComponentRow
	Events      []EventRow
	Sources     []SourceRow
	Summary     Summary
	Related     []RelatedLink
	OtherTitles []Twin
}

// RegionLink names a region and links to its page; a milestone without a
// region has a name and no page.
type RegionLink struct {
	Name Text
	Path string
}

// PartyRow is one party of an agreement.
type PartyRow struct {
	Name          Text
	Type          string
	Roles         string
	RepresentedBy string // the whole phrase, agreeing with the party: "représentée par …"
	Share         *float64
	Amount        Amount
	Computed      bool // Amount comes from Share
}

// Fact is a count an agreement gives, with its label.
type Fact struct {
	Label string
	N     int64
	Noun  string
}

// ComponentRow is a sub-project.
type ComponentRow struct {
	Title  Text
	Amount Amount
	Facts  []Fact
}

// EventRow is a dated step.
type EventRow struct {
	Date content.Date
	What Text
}

// SourceRow is a cited article or document.
type SourceRow struct {
	Outlet, Title, Author, URL, Lang string
	Published                        content.Date
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
	p := st.page(lang, "agreement", title.Value, func(l string) string { return Agreement(l, a.Slug) })
	p.Edit = st.repoFile("edit", "content/agreements/"+a.Slug+".md")
	p.Description = st.agreementDescription(lang, a)
	d := AgreementData{
		Title: title, Kind: loc.T("kind." + a.Kind), Status: loc.T("status." + a.Status),
		Signed: a.Signed, Period: a.Period,
		Region:     RegionLink{st.text(st.regions[a.Place.Region].Name, lang), Region(lang, a.Place.Region)},
		Budget:     amountOf(a.Budget.Total),
		BudgetNote: st.text(a.Budget.Note, lang),
		Sources:    st.sources(a.Sources),
	}
	if dd := datedOf(a); !dd.Signed && !dd.Date.IsZero() {
		d.FirstStep = dd
	}
	for _, s := range a.Place.Provinces {
		d.Provinces = append(d.Provinces, st.text(st.provs[s].Name, lang))
	}
	for _, l := range a.Place.Localities {
		d.Localities = append(d.Localities, st.text(l, lang))
	}
	d.Parties, d.SharesNote = st.parties(lang, a)
	f := stats.Figures(a)
	for _, spec := range content.Counts {
		fact := st.fact(lang, "figure."+spec.Key, spec.Key, f.Counts[spec.Key])
		switch {
		case fact == nil:
		case spec.Table == "equipment":
			d.Equipment = append(d.Equipment, *fact)
		default:
			d.Staff = append(d.Staff, *fact)
		}
	}
	for _, c := range a.Components {
		d.Components = append(d.Components, st.component(lang, c))
	}
	for _, e := range a.Events {
		d.Events = append(d.Events, EventRow{Date: e.Date, What: st.text(e.What, lang)})
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
			Name: st.text(p.Name, lang), Type: loc.T("party." + p.Type),
			Roles: strings.Join(roles, loc.T("list.separator")), Share: p.Share,
		}
		if by := st.text(p.RepresentedBy, lang); by.Value != "" {
			// The participle agrees with the party: its gender in this
			// language is data of its type, in the catalog.
			row.RepresentedBy = fill(loc.T("represented_by."+loc.T("gender."+p.Type)), "{name}", by.Value)
		}
		if v, ok := stats.PartyAmount(a, p); ok {
			row.Amount = Amount{v, true}
			row.Computed = p.Amount == nil
			if row.Computed {
				note = loc.T("agreement.shares_note")
			}
		}
		rows = append(rows, row)
	}
	return rows, note
}

// fact is a known count with its label, or nil: unknown is not shown as zero.
func (st *site) fact(lang, label, noun string, k stats.Known) *Fact {
	v, ok := k.Get()
	if !ok {
		return nil
	}
	return &Fact{Label: st.locs[lang].T(label), N: v, Noun: noun}
}

func (st *site) component(lang string, c content.Component) ComponentRow {
	row := ComponentRow{Title: st.text(c.Title, lang), Amount: amountOf(c.Amount)}
	f := stats.ComponentFigures(c)
	if fact := st.fact(lang, "figure.doctors", "doctors", f.Doctors); fact != nil {
		row.Facts = append(row.Facts, *fact)
	}
	for _, spec := range content.Counts {
		if spec.Doctors {
			continue
		}
		if fact := st.fact(lang, "figure."+spec.Key, spec.Key, f.Counts[spec.Key]); fact != nil {
			row.Facts = append(row.Facts, *fact)
		}
	}
	return row
}

func (st *site) sources(sources []content.Source) []SourceRow {
	var out []SourceRow
	for _, s := range sources {
		out = append(out, SourceRow{Outlet: s.Outlet, Title: s.Title, Author: s.Author, URL: s.URL, Lang: s.Lang, Published: s.Published})
	}
	return out
}

// summary attaches the page's Markdown, or, when this language has none,
// the languages that do.
func (st *site) summary(p *Page, doc content.Doc, pathOf func(string) string) Summary {
	if src := doc.Summary.In(p.Lang); src != "" {
		if html, ok := doc.HTML[p.Lang]; ok {
			// Rendered on load by goldmark, which escapes text and omits
			// raw HTML: safe as it is.
			p.Body = template.HTML(html)
		} else {
			p.Markdown = src
		}
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
		"{region}", st.text(st.regions[a.Place.Region].Name, lang).Value, "{date}", when, "{amount}", amount)
}
