package pages

import (
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
	Name          Text
	Code          string
	Population    int64
	Figures       Headline
	PerInhabitant Ratio // dirhams per inhabitant
	DoctorsPer100 Ratio // doctors per 100,000 inhabitants
	Provinces     []ProvinceRow
	Shared        []SharedRow // agreements naming several provinces
	Agreements    []AgreementRow
	Timeline      []TimelineItem
	Map           *MapView // its prefectures and provinces; nil without outlines
}

// ProvinceRow is a prefecture or province of a region. Its amount covers
// only the agreements that name it alone.
type ProvinceRow struct {
	Name          Text
	Code, Level   string
	Population    int64 // 0 when unknown
	Named         int   // agreements that name it, alone or with others
	Own           stats.Totals
	PerInhabitant Ratio
}

// None reports that no agreement names the province.
func (r ProvinceRow) None() bool { return r.Named == 0 }

// Shared reports that every agreement naming the province names others too.
func (r ProvinceRow) Shared() bool { return r.Named > 0 && r.Own.Agreements == 0 }

// SharedRow is an agreement that names several provinces: its amount is
// shown once, with the provinces that share it.
type SharedRow struct {
	Title     Text
	Path      string
	Amount    Amount
	Provinces Text
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
	p := st.page(lang, "region", name.Value, func(l string) string { return Region(l, r.Slug) })
	t := st.s.Regions[r.Slug]
	p.Description = fill(loc.T("region.description"), "{name}", name.Value, "{agreements}", loc.Count(int64(t.Agreements), "agreements"))
	d := RegionData{
		Name: name, Code: r.Code, Population: r.Population,
		Figures:  st.headline(lang, t.Totals),
		Timeline: st.timeline(lang, r.Slug, 0),
	}
	d.PerInhabitant.Hundredths, d.PerInhabitant.Known = t.PerInhabitant()
	d.DoctorsPer100.Hundredths, d.DoctorsPer100.Known = t.DoctorsPer100k()
	for _, prov := range st.c.Registry.Provinces {
		if prov.Region == r.Slug {
			d.Provinces = append(d.Provinces, st.provinceRow(lang, prov))
		}
	}
	d.Map = st.provinceMap(lang, r, d.Provinces)
	for _, a := range st.agreements {
		if a.Place.Region != r.Slug {
			continue
		}
		if len(d.Agreements) < Latest {
			row := st.agreementRow(lang, a)
			row.Region = Text{} // the page is the region's
			d.Agreements = append(d.Agreements, row)
		}
		if len(a.Place.Provinces) > 1 && a.Status != "cancelled" {
			d.Shared = append(d.Shared, st.sharedRow(lang, a))
		}
	}
	p.Data = d
	return p
}

func (st *site) provinceRow(lang string, prov content.Province) ProvinceRow {
	row := ProvinceRow{
		Name: st.text(prov.Name, lang), Code: prov.Code, Level: st.locs[lang].T("level." + prov.Level),
		Population: prov.Population,
	}
	if t := st.s.Provinces[prov.Slug]; t != nil {
		row.Named, row.Own = t.Named, t.Totals
		row.PerInhabitant.Hundredths, row.PerInhabitant.Known = stats.PerInhabitant(t.Totals, t.Population)
	}
	return row
}

func (st *site) sharedRow(lang string, a *content.Agreement) SharedRow {
	var names []string
	for _, p := range a.Place.Provinces {
		names = append(names, st.text(st.provs[p].Name, lang).Value)
	}
	return SharedRow{
		Title: st.text(a.Title, lang), Path: Agreement(lang, a.Slug),
		Amount: amountOf(a.Budget.Total), Provinces: Text{Value: strings.Join(names, st.locs[lang].T("list.separator"))},
	}
}
