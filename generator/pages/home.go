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
	Name       template.HTML
	Path       string
	Code       string
	Agreements template.HTML
	Dirhams    Money
	Coverage   template.HTML
	Empty      bool
}

// AgreementRow is an agreement in a list.
type AgreementRow struct {
	Title  template.HTML
	Path   string
	Kind   string
	Status string
	Date   template.HTML // signature, or first dated step with what it was
	Region template.HTML
	Total  Money
}

// TimelineItem is a dated agreement or milestone.
type TimelineItem struct {
	Date      template.HTML
	Title     template.HTML
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
	if p.Description == "" {
		p.Description = loc.T("footer.text")
	}
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
			Label:    loc.T("party." + t.Type),
			Dirhams:  money(loc, t.Dirhams, t.Known > 0),
			Coverage: isolate(loc.Countf(int64(t.Known), "coverage_parties", "{of}", loc.Int(int64(t.Parties)))),
		})
	}
	// Readers look a type up by its name, in their language's order.
	coll := loc.Collator()
	sort.SliceStable(d.PartyTypes, func(i, j int) bool {
		return coll.CompareString(d.PartyTypes[i].Label, d.PartyTypes[j].Label) < 0
	})
	p.Data = d
	return p
}

func (st *site) regionRows(lang string) []RegionRow {
	loc := st.locs[lang]
	var rows []RegionRow
	for _, r := range st.c.Registry.Regions {
		t := st.s.Regions[r.Slug]
		rows = append(rows, RegionRow{
			Name: st.name(r.Name, lang), Path: Region(lang, r.Slug), Code: r.Code,
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
		Title: st.name(a.Title, lang), Path: Agreement(lang, a.Slug),
		Kind: loc.T("kind." + a.Kind), Status: loc.T("status." + a.Status),
		Date: dated(loc, a), Region: st.name(st.regions[a.Place.Region].Name, lang),
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
	type placed struct {
		d    content.Date
		slug string
		item TimelineItem
	}
	var all []placed
	for _, a := range st.c.Agreements {
		if region != "" && a.Place.Region != region {
			continue
		}
		d, _ := a.Dated()
		all = append(all, placed{d, a.Slug, TimelineItem{Date: dated(loc, a), Title: st.name(a.Title, lang), Path: Agreement(lang, a.Slug), Label: loc.T("kind." + a.Kind)}})
	}
	for _, m := range st.c.Milestones {
		if region != "" && m.Place.Region != region {
			continue
		}
		all = append(all, placed{m.Date, m.Slug, TimelineItem{Date: date(loc, m.Date), Title: st.name(m.Title, lang), Path: Milestone(lang, m.Slug), Milestone: true, Label: loc.T("milestone")}})
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
