package pages

import (
	"html/template"
	"sort"

	"atlas/generator/content"
	"atlas/generator/stats"
)

// HomeData is a language's home page.
type HomeData struct {
	Description string
	Figures     Headline
	Regions     []RegionRow
	Agreements  []AgreementRow // the latest ones
	Timeline    []TimelineItem
	Years       []YearRow
	PartyTypes  []PartyTypeRow
}

// RegionRow is a region in a list.
type RegionRow struct {
	Name       string
	Path       string
	Code       string
	Agreements template.HTML
	Dirhams    Money
	Coverage   template.HTML
	Empty      bool
}

// AgreementRow is an agreement in a list.
type AgreementRow struct {
	Title  string
	Path   string
	Kind   string
	Status string
	Signed template.HTML
	Region string
	Total  Money
}

// TimelineItem is a dated agreement or milestone.
type TimelineItem struct {
	Date      template.HTML
	Title     string
	Path      string
	Milestone bool
	Label     string
}

// YearRow is the totals of one year of signature.
type YearRow struct {
	Year       template.HTML
	Agreements template.HTML
	Dirhams    Money
	Coverage   template.HTML
	Doctors    template.HTML
}

// PartyTypeRow is what one type of party committed.
type PartyTypeRow struct {
	Label    string
	Dirhams  Money
	Coverage template.HTML
}

func (st *site) home(lang string) *Page {
	loc := st.locs[lang]
	p := st.page(lang, "home", st.c.Site.Title.In(lang), Home)
	d := HomeData{
		Description: st.c.Site.Description.In(lang),
		Figures:     headline(loc, st.s.National),
		Regions:     st.regionRows(lang),
		Timeline:    st.timeline(lang, "", 0),
	}
	for i, a := range st.agreements {
		if i == 10 {
			break
		}
		d.Agreements = append(d.Agreements, st.agreementRow(lang, a))
	}
	for _, y := range st.s.Years {
		d.Years = append(d.Years, st.yearRow(lang, y))
	}
	for _, t := range st.s.PartyTypes {
		d.PartyTypes = append(d.PartyTypes, PartyTypeRow{
			Label:   loc.T("party." + t.Type),
			Dirhams: money(loc, t.Dirhams, t.Known > 0),
			Coverage: isolate(fill(loc.T("coverage.parties"),
				"{known}", loc.Int(int64(t.Known)), "{of}", loc.Int(int64(t.Parties)))),
		})
	}
	p.Data = d
	return p
}

func (st *site) regionRows(lang string) []RegionRow {
	loc := st.locs[lang]
	var rows []RegionRow
	for _, r := range st.c.Registry.Regions {
		t := st.s.Regions[r.Slug]
		rows = append(rows, RegionRow{
			Name: st.text(r.Name, lang), Path: Region(lang, r.Slug), Code: r.Code,
			Agreements: isolate(loc.Count(int64(t.Agreements), "agreements")),
			Dirhams:    money(loc, t.Dirhams.Value, t.Dirhams.Known > 0),
			Coverage:   coverage(loc, t.Dirhams, "amount"),
			Empty:      t.Agreements == 0 && t.Cancelled == 0,
		})
	}
	return rows
}

func (st *site) agreementRow(lang string, a *content.Agreement) AgreementRow {
	loc := st.locs[lang]
	total, ok := int64(0), a.Budget.Total != nil
	if ok {
		total = *a.Budget.Total
	}
	return AgreementRow{
		Title: st.text(a.Title, lang), Path: Agreement(lang, a.Slug),
		Kind: loc.T("kind." + a.Kind), Status: loc.T("status." + a.Status),
		Signed: date(loc, a.Signed), Region: st.text(st.regions[a.Place.Region].Name, lang),
		Total: money(loc, total, ok),
	}
}

func (st *site) yearRow(lang string, y stats.Year) YearRow {
	loc := st.locs[lang]
	year := isolate(loc.T("date.unknown_year"))
	if y.Year != 0 {
		year = isolate(loc.Date(y.Year, 0, 0))
	}
	doctors := isolate(loc.T("unknown"))
	if y.Doctors.Known > 0 {
		doctors = isolate(loc.Count(y.Doctors.Value, "doctors"))
	}
	return YearRow{
		Year: year, Agreements: isolate(loc.Count(int64(y.Agreements), "agreements")),
		Dirhams: money(loc, y.Dirhams.Value, y.Dirhams.Known > 0), Coverage: coverage(loc, y.Dirhams, "amount"),
		Doctors: doctors,
	}
}

// timeline lists agreements and milestones by date, newest first; a
// region filters to that region (milestones with no region are national
// and shown only on the national timeline). limit 0 means all.
func (st *site) timeline(lang, region string, limit int) []TimelineItem {
	loc := st.locs[lang]
	type dated struct {
		d    content.Date
		slug string
		item TimelineItem
	}
	var all []dated
	for _, a := range st.c.Agreements {
		if region != "" && a.Place.Region != region {
			continue
		}
		d := a.Signed
		if d.IsZero() {
			d = firstEvent(a)
		}
		all = append(all, dated{d, a.Slug, TimelineItem{Date: date(loc, d), Title: st.text(a.Title, lang), Path: Agreement(lang, a.Slug), Label: loc.T("kind." + a.Kind)}})
	}
	for _, m := range st.c.Milestones {
		if region != "" && m.Place.Region != region {
			continue
		}
		all = append(all, dated{m.Date, m.Slug, TimelineItem{Date: date(loc, m.Date), Title: st.text(m.Title, lang), Path: Milestone(lang, m.Slug), Milestone: true, Label: loc.T("milestone")}})
	}
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].d != all[j].d {
			return all[j].d.Before(all[i].d)
		}
		return all[i].slug < all[j].slug
	})
	var out []TimelineItem
	for _, x := range all {
		if limit > 0 && len(out) == limit {
			break
		}
		out = append(out, x.item)
	}
	return out
}

// firstEvent dates an agreement whose signature date is unknown by its
// earliest event, so it still finds its place on a timeline.
func firstEvent(a *content.Agreement) content.Date {
	var first content.Date
	for _, e := range a.Events {
		if first.IsZero() || e.Date.Before(first) {
			first = e.Date
		}
	}
	return first
}
