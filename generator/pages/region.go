package pages

import (
	"html/template"
	"strings"

	"atlas/generator/content"
	"atlas/generator/stats"
)

// RegionsData lists every region, those without agreements too.
type RegionsData struct {
	Regions []RegionRow
	Empty   int // regions with no agreement yet
}

// RegionData is one region's page.
type RegionData struct {
	Name          template.HTML
	Code          string
	Population    template.HTML
	Figures       Headline
	PerInhabitant template.HTML
	DoctorsPer100 template.HTML
	Provinces     []ProvinceRow
	Shared        []SharedRow // agreements naming several provinces
	Agreements    []AgreementRow
	Timeline      []TimelineItem
}

// ProvinceRow is a prefecture or province of a region. Its amount covers
// only the agreements that name it alone.
type ProvinceRow struct {
	Name          template.HTML
	Code, Level   string
	Population    template.HTML
	Agreements    template.HTML // how many agreements name it, alone or with others
	None          bool          // no agreement names it
	Dirhams       Money
	Coverage      template.HTML
	Shared        bool // every agreement naming it names other provinces too
	PerInhabitant template.HTML
}

// SharedRow is an agreement that names several provinces: its amount is
// shown once, with the provinces that share it.
type SharedRow struct {
	Title     template.HTML
	Path      string
	Amount    Money
	Provinces template.HTML
}

func (st *site) regionsIndex(lang string) *Page {
	p := st.page(lang, "regions", st.locs[lang].T("regions.title"), Regions)
	p.Description = st.locs[lang].T("regions.lead")
	d := RegionsData{Regions: st.regionRows(lang)}
	for _, r := range d.Regions {
		if r.Empty {
			d.Empty++
		}
	}
	p.Data = d
	return p
}

func (st *site) region(lang string, r content.Region) *Page {
	loc := st.locs[lang]
	name := st.text(r.Name, lang)
	p := st.page(lang, "region", name, func(l string) string { return Region(l, r.Slug) })
	t := st.s.Regions[r.Slug]
	p.Description = fill(loc.T("region.description"), "{name}", name, "{agreements}", loc.Count(int64(t.Agreements), "agreements"))
	d := RegionData{
		Name: compound(name), Code: r.Code,
		Population: isolate(loc.Int(r.Population)),
		Figures:    headline(loc, t.Totals),
		Timeline:   st.timeline(lang, r.Slug, 0),
	}
	d.PerInhabitant = isolate(loc.T("unknown"))
	if v, ok := t.PerInhabitant(); ok {
		d.PerInhabitant = isolate(fill(loc.T("figure.per_inhabitant_value"), "{v}", hundredths(loc, v)))
	}
	d.DoctorsPer100 = isolate(loc.T("unknown"))
	if v, ok := t.DoctorsPer100k(); ok {
		d.DoctorsPer100 = isolate(hundredths(loc, v))
	}
	for _, prov := range st.c.Registry.Provinces {
		if prov.Region == r.Slug {
			d.Provinces = append(d.Provinces, st.provinceRow(lang, prov))
		}
	}
	for _, a := range st.agreements {
		if a.Place.Region != r.Slug {
			continue
		}
		row := st.agreementRow(lang, a)
		row.Region = "" // the page is the region's
		d.Agreements = append(d.Agreements, row)
		if len(a.Place.Provinces) > 1 && a.Status != "cancelled" {
			d.Shared = append(d.Shared, st.sharedRow(lang, a))
		}
	}
	p.Data = d
	return p
}

func (st *site) provinceRow(lang string, prov content.Province) ProvinceRow {
	loc := st.locs[lang]
	row := ProvinceRow{
		Name: st.name(prov.Name, lang), Code: prov.Code, Level: loc.T("level." + prov.Level),
		Population: isolate(loc.T("unknown")),
		Agreements: isolate(loc.Count(0, "agreements")),
		None:       true,
	}
	if prov.Population > 0 {
		row.Population = isolate(loc.Int(prov.Population))
	}
	t := st.s.Provinces[prov.Slug]
	if t == nil || t.Named == 0 {
		return row
	}
	row.None = false
	row.Agreements = isolate(loc.Count(int64(t.Named), "agreements"))
	row.Shared = t.Agreements == 0
	if t.Agreements > 0 {
		row.Dirhams = money(loc, t.Dirhams.Value, t.Dirhams.Known > 0)
		row.Coverage = coverage(loc, t.Dirhams, "amount")
	}
	if v, ok := stats.PerInhabitant(t.Totals, t.Population); ok {
		row.PerInhabitant = isolate(fill(loc.T("figure.per_inhabitant_value"), "{v}", hundredths(loc, v)))
	}
	return row
}

func (st *site) sharedRow(lang string, a *content.Agreement) SharedRow {
	loc := st.locs[lang]
	var names []string
	for _, p := range a.Place.Provinces {
		names = append(names, st.text(st.provs[p].Name, lang))
	}
	total, ok := int64(0), a.Budget.Total != nil
	if ok {
		total = *a.Budget.Total
	}
	return SharedRow{
		Title: st.name(a.Title, lang), Path: Agreement(lang, a.Slug),
		Amount: money(loc, total, ok), Provinces: compound(strings.Join(names, loc.T("list.separator"))),
	}
}
