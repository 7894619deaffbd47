package data_test

import (
	"slices"
	"strings"
	"testing"

	"atlas/generator/data"
)

// TestCSVColumns reads each CSV file back and checks its header: the
// columns and their order are a contract with the spreadsheets and
// scripts of readers, and change only on purpose.
func TestCSVColumns(t *testing.T) {
	counts := []string{"general_practitioners", "specialists", "nurses", "midwives", "technicians", "ambulances", "mobile_units"}
	each := func(format string) []string {
		var out []string
		for _, c := range counts {
			out = append(out, strings.ReplaceAll(format, "*", c))
		}
		return out
	}
	want := map[string][]string{
		"data/agreements.csv": slices.Concat([]string{
			"id", "kind", "status", "occasion", "title/ar", "title/fr", "dateSigned", "period/startDate", "period/endDate",
			"place/region/id", "place/region/code", "place/provinces", "place/localities/ar", "place/localities/fr",
			"value/amount", "value/currency", "valueNote/ar", "valueNote/fr", "figures/doctors",
		}, each("figures/*"), []string{"documents/url", "url/ar", "url/fr"}),
		"data/parties.csv": {
			"agreement", "id", "type", "name/ar", "name/fr", "representedBy/ar", "representedBy/fr",
			"roles", "share", "value/amount", "value/currency", "valueFrom",
		},
		"data/regions.csv": slices.Concat([]string{
			"level", "id", "code", "region", "name/ar", "name/fr", "population", "agreements", "cancelled", "named",
			"value/amount", "value/currency", "value/known", "perInhabitant",
			"doctors/value", "doctors/known", "doctorsPer100k",
		}, each("counts/*/value"), each("counts/*/known")),
	}
	s := seed(t)
	for path, cols := range want {
		header, rows := s.readCSV(t, path)
		if !slices.Equal(header, cols) {
			t.Errorf("%s columns:\n%q\nwant\n%q", path, header, cols)
		}
		if len(rows) == 0 {
			t.Errorf("%s has no row", path)
		}
	}
}

// TestCSVSeedRows reads the seed's CSV files back and finds the facts of
// the articles, Arabic text included, with unknown figures left empty.
func TestCSVSeedRows(t *testing.T) {
	s := seed(t)
	_, agreements := s.readCSV(t, "data/agreements.csv")
	if len(agreements) != 5 {
		t.Fatalf("%d agreement rows, want 5", len(agreements))
	}
	byID := map[string]map[string]string{}
	for _, r := range agreements {
		byID[r["id"]] = r
	}
	hoceima := byID["al-hoceima-health-staff-2026"]
	for col, want := range map[string]string{
		"title/ar":        "اتفاقية شراكة لتعزيز الموارد البشرية بالقطاع الصحي بإقليم الحسيمة",
		"value/amount":    "20000000",
		"value/currency":  "MAD",
		"dateSigned":      "", // the article does not say
		"period/endDate":  "2027",
		"figures/doctors": "", // nor how many doctors: unknown, not 0
		"url/fr":          "../fr/agreements/al-hoceima-health-staff-2026.html",
	} {
		if got := hoceima[col]; got != want {
			t.Errorf("Al Hoceïma %s = %q, want %q", col, got, want)
		}
	}
	if got := byID["tinghir-health-staff-2023"]["figures/doctors"]; got != "22" {
		t.Errorf("Tinghir doctors = %q, want 22", got)
	}

	_, parties := s.readCSV(t, "data/parties.csv")
	amounts := map[string]string{}
	for _, p := range parties {
		if p["agreement"] == "al-hoceima-health-staff-2026" {
			amounts[p["id"]] = p["value/amount"] + " " + p["valueFrom"]
		}
	}
	wantAmounts := map[string]string{
		"provincial-council": "4000000 share", "gst": "8000000 share", "communes": "8000000 share",
		"province": " ", "health-services": " ",
	}
	if !mapsEqual(amounts, wantAmounts) {
		t.Errorf("Al Hoceïma parties: %v, want %v", amounts, wantAmounts)
	}

	_, regions := s.readCSV(t, "data/regions.csv")
	rows := map[string]map[string]string{}
	for _, r := range regions {
		rows[r["id"]] = r
	}
	for _, c := range []struct{ id, col, want string }{
		{"ma", "level", "country"},
		{"ma", "value/amount", "466700000"},
		{"ma", "value/known", "3"},
		{"ma", "agreements", "5"},
		{"guelmim-oued-noun", "value/amount", "443000000"},
		{"guelmim-oued-noun", "perInhabitant", "987.33"},
		{"guelmim-oued-noun", "name/ar", "كلميم-واد نون"},
		{"draa-tafilalet", "doctorsPer100k", "1.33"},
		{"oriental", "value/amount", ""}, // no agreement: unknown, not 0
		{"oriental", "value/known", "0"},
		{"tinghir", "doctors/value", "22"},
		{"tinghir", "region", "draa-tafilalet"},
		{"guelmim", "named", "1"},
		{"guelmim", "value/amount", ""}, // the 443 M are shared by four provinces
	} {
		if got := rows[c.id][c.col]; got != c.want {
			t.Errorf("regions.csv %s %s = %q, want %q", c.id, c.col, got, c.want)
		}
	}
}

func mapsEqual(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

// TestCSVCellsAreNotFormulas checks that contributor text that starts
// like a spreadsheet formula is written so that it stays text.
func TestCSVCellsAreNotFormulas(t *testing.T) {
	s := seed(t)
	s.c.Agreements[0].Title["fr"] = "=HYPERLINK(\"http://example.com\")"
	set, err := data.Build(s.c, s.st, s.locs, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.set = set
	_, rows := s.readCSV(t, "data/agreements.csv")
	if got := rows[0]["title/fr"]; !strings.HasPrefix(got, "'=") {
		t.Errorf("title/fr = %q, want it after an apostrophe", got)
	}
}

func TestDecimal(t *testing.T) {
	for v, want := range map[int64]string{98733: "987.33", 98730: "987.3", 98700: "987", 6: "0.06", 0: "0", 133: "1.33"} {
		if got := data.Decimal(v); got != want {
			t.Errorf("Decimal(%d) = %q, want %q", v, got, want)
		}
	}
}
