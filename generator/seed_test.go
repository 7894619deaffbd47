package generator

import (
	stdhtml "html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var tagPattern = regexp.MustCompile(`<[^>]*>`)

// pageText is what a reader sees of a built page: tags removed.
func pageText(t *testing.T, out, page string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(out, page))
	if err != nil {
		t.Fatal(err)
	}
	return stdhtml.UnescapeString(tagPattern.ReplaceAllString(string(data), ""))
}

// TestSeedFacts checks that the facts of the seed articles reach the
// pages, in both languages.
func TestSeedFacts(t *testing.T) {
	out := build(t, repo())
	tests := []struct {
		page string
		want []string
	}{
		{"ar/index.html", []string{"466,7 مليون درهم", "466.700.000 درهم", "استناداً إلى 3 من أصل 5", "22 طبيبا", "6 سيارات إسعاف"}},
		{"fr/index.html", []string{"466,7 millions de dirhams", "466.700.000 dirhams", "montant publié pour 3 accord(s) sur 5", "22 médecins", "6 ambulances"}},
		{"ar/regions/guelmim-oued-noun.html", []string{"443 مليون درهم", "443.000.000 درهم"}},
		{"fr/regions/guelmim-oued-noun.html", []string{"443 millions de dirhams", "987,33 dirhams par habitant"}},
		{"fr/regions/draa-tafilalet.html", []string{"22 médecins", "1,33"}},
		{"ar/agreements/tinghir-health-staff-2023.html", []string{"18 طبيبا عاما", "4 أطباء اختصاصيين", "27 دجنبر 2023", "يناير 2024"}},
		{"fr/agreements/tinghir-health-staff-2023.html", []string{"18 médecins généralistes", "4 médecins spécialistes", "27 décembre 2023", "janvier 2024"}},
		{"ar/agreements/al-hoceima-health-staff-2026.html", []string{"20 مليون درهم", "4 ملايين درهم", "8 ملايين درهم", "4.000.000 درهم"}},
		{"fr/agreements/al-hoceima-health-staff-2026.html", []string{"20 millions de dirhams", "4 millions de dirhams", "8 millions de dirhams", "8.000.000 dirhams"}},
		{"fr/agreements/guelmim-oued-noun-health-upgrade-2023.html", []string{"6 novembre 2023", "2022–2027", "50 millions de dirhams"}},
		{"ar/agreements/guelmim-oued-noun-health-upgrade-2023.html", []string{"6 نونبر 2023"}},
		{"fr/agreements/igherm-imzalne-al-khair-doctors-2024.html", []string{"2 mai 2024", "montant non communiqué"}},
		{"ar/agreements/al-hoceima-indh-ambulances-2025.html", []string{"3,7 مليون درهم", "6 سيارات إسعاف"}},
		{"fr/regions/index.html", []string{"L'Oriental", "Dakhla-Oued Ed-Dahab"}},
	}
	for _, tt := range tests {
		text := pageText(t, out, tt.page)
		for _, w := range tt.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s does not show %q", tt.page, w)
			}
		}
	}
}
