package data_test

import (
	"encoding/json"
	"strconv"
	"testing"

	"atlas/generator/content"
	"atlas/generator/data"
	"atlas/generator/pages"
	"atlas/generator/stats"
)

// TestRegionsEqualPages checks that regions.json and regions.csv give the
// figures the pages show: the home page's national figures, each region
// page's figures and per-inhabitant ratios, and its provinces' own
// amounts.
func TestRegionsEqualPages(t *testing.T) {
	for name, s := range sites(t) {
		var file data.Regions
		if err := json.Unmarshal(s.file(t, data.RegionsJSON), &file); err != nil {
			t.Fatal(err)
		}
		_, rows := s.readCSV(t, "data/regions.csv")
		csv := map[string]map[string]string{}
		for _, r := range rows {
			csv[r["id"]] = r
		}
		site := pages.New(s.c, s.st, s.locs, pages.Options{})
		for _, lang := range s.c.Site.Languages {
			home := site.Page(pages.Ref{Kind: pages.KindHome, Lang: lang}).Data.(pages.HomeData)
			sameFigures(t, name+" national", home.Figures, file.National.Totals, csv["ma"])
			for _, r := range file.Regions {
				page := site.Page(pages.Ref{Kind: pages.KindRegion, Lang: lang, Slug: r.ID}).Data.(pages.RegionData)
				where := name + " " + lang + " " + r.ID
				sameFigures(t, where, page.Figures, r.Totals, csv[r.ID])
				sameRatio(t, where+" per inhabitant", page.PerInhabitant, r.PerInhabitant, csv[r.ID]["perInhabitant"])
				sameRatio(t, where+" doctors per 100k", page.DoctorsPer100, r.DoctorsPer100k, csv[r.ID]["doctorsPer100k"])
				if page.Population != r.Population || csv[r.ID]["population"] != strconv.FormatInt(r.Population, 10) {
					t.Errorf("%s: population %d on the page, %d and %s in the downloads", where, page.Population, r.Population, csv[r.ID]["population"])
				}
				if len(page.Provinces) != len(r.Provinces) {
					t.Fatalf("%s: %d provinces on the page, %d in regions.json", where, len(page.Provinces), len(r.Provinces))
				}
				for i, p := range r.Provinces {
					row := page.Provinces[i]
					if row.Named != p.Named || row.Own.Dirhams != sum(p.Value.Amount, p.Value.Known, p.Value.Of) {
						t.Errorf("%s %s: page %d named, %+v; regions.json %d named, %+v", where, p.ID, row.Named, row.Own.Dirhams, p.Named, p.Value)
					}
					sameRatio(t, where+" "+p.ID+" per inhabitant", row.PerInhabitant, p.PerInhabitant, csv[p.ID]["perInhabitant"])
				}
			}
		}
	}
}

// ofDoctors reports whether a count is one that pages add up into the
// doctors and do not show apart.
func ofDoctors(key string) bool {
	for _, c := range content.Counts {
		if c.Key == key {
			return c.Doctors
		}
	}
	return false
}

// sameFigures checks that each figure a page shows is the total of the
// downloads, and that the page shows every total some agreement gives.
func sameFigures(t *testing.T, where string, h pages.Headline, want data.Totals, row map[string]string) {
	t.Helper()
	shown := map[string]stats.Sum{}
	for _, f := range h.Known {
		shown[f.Noun] = f.Sum
	}
	sums := map[string]stats.Sum{
		"":        sum(want.Value.Amount, want.Value.Known, want.Value.Of),
		"doctors": sum(want.Doctors.Value, want.Doctors.Known, want.Doctors.Of),
	}
	cells := map[string][2]string{"": {row["value/amount"], row["value/known"]}, "doctors": {row["doctors/value"], row["doctors/known"]}}
	for key, c := range want.Counts {
		sums[key] = sum(c.Value, c.Known, c.Of)
		cells[key] = [2]string{row["counts/"+key+"/value"], row["counts/"+key+"/known"]}
	}
	for noun, s := range sums {
		if got, ok := shown[noun]; !ofDoctors(noun) && (ok != (s.Known > 0) || (ok && got != s)) {
			t.Errorf("%s: figure %q is %+v (shown %v) on the page, %+v in regions.json", where, noun, got, ok, s)
		}
		value := ""
		if s.Known > 0 {
			value = strconv.FormatInt(s.Value, 10)
		}
		if cells[noun] != [2]string{value, strconv.Itoa(s.Known)} {
			t.Errorf("%s: figure %q is %q in regions.csv, %+v in regions.json", where, noun, cells[noun], s)
		}
	}
	if want.Agreements != want.Value.Of || row["agreements"] != strconv.Itoa(want.Agreements) {
		t.Errorf("%s: %d agreements, coverage of %d, %s in regions.csv", where, want.Agreements, want.Value.Of, row["agreements"])
	}
}

func sum(v *int64, known, of int) stats.Sum {
	s := stats.Sum{Known: known, Of: of}
	if v != nil {
		s.Value = *v
	}
	return s
}

func sameRatio(t *testing.T, where string, page pages.Ratio, file *json.Number, cell string) {
	t.Helper()
	want := ""
	if page.Known {
		want = strconv.FormatFloat(float64(page.Hundredths)/100, 'f', -1, 64)
	}
	got := ""
	if file != nil {
		got = file.String()
	}
	if got != want || cell != want {
		t.Errorf("%s: %q on the page, %q in regions.json, %q in regions.csv", where, want, got, cell)
	}
}
