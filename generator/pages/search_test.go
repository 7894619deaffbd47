package pages

import (
	"testing"

	"atlas/generator/markdown"
)

// TestSearchYearIsThePagesYear checks that a search result shows the year
// the agreement's page and the timeline place it by, and none when they
// call it unknown, whatever period it runs over.
func TestSearchYearIsThePagesYear(t *testing.T) {
	st := seedSite(t)
	want := map[string]int{
		"guelmim-oued-noun-health-upgrade-2023": 2023, // signed
		"tinghir-health-staff-2023":             2023, // launched; signing date unknown
		"igherm-imzalne-al-khair-doctors-2024":  2024,
		"al-hoceima-health-staff-2026":          0, // period 2026–2027, no date
		"al-hoceima-indh-ambulances-2025":       0, // period 2025, no date
	}
	md := markdown.New(false)
	for _, lang := range st.langs {
		for slug, year := range want {
			a := st.agreementBySlug[slug]
			if a == nil {
				t.Fatalf("%s: not in the seed", slug)
			}
			if got := st.searchEntry(lang, a, md, nil).Year; got != year {
				t.Errorf("%s: %s: search year %d, want %d", lang, slug, got, year)
			}
		}
	}
}
