package pages

import (
	"html/template"

	"atlas/generator/content"
)

// RegionsData lists every region, those without agreements too.
type RegionsData struct {
	Regions []RegionRow
	Empty   int // regions with no agreement yet
}

// RegionData is one region's page.
type RegionData struct {
	Name, Code    string
	Population    template.HTML
	Figures       Headline
	PerInhabitant template.HTML
	DoctorsPer100 template.HTML
	Provinces     []ProvinceRow
	Agreements    []AgreementRow
	Timeline      []TimelineItem
}

// ProvinceRow is a prefecture or province of a region.
type ProvinceRow struct {
	Name, Code, Level string
	Population        template.HTML
	Agreements        template.HTML
	Dirhams           Money
	Coverage          template.HTML
}

func (st *site) regionsIndex(lang string) *Page {
	p := st.page(lang, "regions", st.locs[lang].T("regions.title"), Regions)
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
	d := RegionData{
		Name: name, Code: r.Code,
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
		if a.Place.Region == r.Slug {
			row := st.agreementRow(lang, a)
			row.Region = "" // the page is the region's
			d.Agreements = append(d.Agreements, row)
		}
	}
	p.Data = d
	return p
}

func (st *site) provinceRow(lang string, prov content.Province) ProvinceRow {
	loc := st.locs[lang]
	row := ProvinceRow{
		Name: st.text(prov.Name, lang), Code: prov.Code, Level: loc.T("level." + prov.Level),
		Population: isolate(loc.T("unknown")),
		Agreements: isolate(loc.Count(0, "agreements")),
	}
	if prov.Population > 0 {
		row.Population = isolate(loc.Int(prov.Population))
	}
	if t := st.s.Provinces[prov.Slug]; t != nil {
		row.Agreements = isolate(loc.Count(int64(t.Agreements), "agreements"))
		row.Dirhams = money(loc, t.Dirhams.Value, t.Dirhams.Known > 0)
		row.Coverage = coverage(loc, t.Dirhams, "amount")
	}
	return row
}
