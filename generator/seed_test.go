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
	text := stdhtml.UnescapeString(tagPattern.ReplaceAllString(string(data), ""))
	// No-break spaces tie figures to their nouns; readers see spaces.
	return strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(text)
}

// TestSeedFacts checks that the facts of the seed articles reach the
// pages, in both languages, on the frozen seed fixture: national and
// regional totals there are those of the five articles alone.
func TestSeedFacts(t *testing.T) {
	out := build(t, seed())
	tests := []struct {
		page string
		want []string
	}{
		{"ar/index.html", []string{"466,7 مليون درهم", "466.700.000 درهم", "3 اتفاقيات من أصل 5 تذكر مبلغها", "22 طبيبًا", "6 سيارات إسعاف"}},
		{"fr/index.html", []string{"466,7 millions de dirhams", "466.700.000 dirhams", "montant publié pour 3 accords sur 5", "22 médecins", "6 ambulances"}},
		{"ar/regions/guelmim-oued-noun.html", []string{"443 مليون درهم", "443.000.000 درهم"}},
		{"fr/regions/guelmim-oued-noun.html", []string{"443 millions de dirhams", "987,33 dirhams par habitant"}},
		{"fr/regions/draa-tafilalet.html", []string{"22 médecins", "1,33"}},
		{"ar/agreements/tinghir-health-staff-2023.html", []string{"18 طبيبًا عامًّا", "4 أطباء اختصاصيين", "27 دجنبر 2023", "يناير 2024"}},
		{"fr/agreements/tinghir-health-staff-2023.html", []string{"18 médecins généralistes", "4 médecins spécialistes", "27 décembre 2023", "janvier 2024",
			"Première étape datée27 décembre 2023 (lancement)", "Présent au lancement"}},
		{"ar/agreements/tinghir-health-staff-2023.html", []string{"27 دجنبر 2023 (إعطاء الانطلاقة)", "حاضر في إعطاء الانطلاقة"}},
		{"ar/agreements/al-hoceima-health-staff-2026.html", []string{"20 مليون درهم", "4 ملايين درهم", "8 ملايين درهم", "4.000.000 درهم"}},
		{"fr/agreements/al-hoceima-health-staff-2026.html", []string{"20 millions de dirhams", "4 millions de dirhams", "8 millions de dirhams", "8.000.000 dirhams"}},
		{"fr/agreements/guelmim-oued-noun-health-upgrade-2023.html", []string{"6 novembre 2023", "programme de développement régional 2022-2027", "50 millions de dirhams"}},
		{"ar/agreements/guelmim-oued-noun-health-upgrade-2023.html", []string{"6 نونبر 2023"}},
		{"fr/agreements/igherm-imzalne-al-khair-doctors-2024.html", []string{"2 mai 2024", "montant non communiqué",
			"représentée par Dr Lamia Chakiri", "Signataire, Superviseur"}},
		{"ar/agreements/al-hoceima-indh-ambulances-2025.html", []string{"3,7 مليون درهم", "6 سيارات إسعاف", "حاضر في التسليم"}},
		{"fr/agreements/al-hoceima-indh-ambulances-2025.html", []string{"Présent à la remise", "ont été remises. Elles"}},
		{"fr/agreements/al-hoceima-health-staff-2026.html", []string{"Voir aussi", "Loi 08-22"}},
		{"fr/regions/tanger-tetouan-al-hoceima.html", []string{"Loi 08-22"}},
		{"fr/milestones/gst-pilot-tanger-tetouan-al-hoceima-2025.html", []string{"Tanger-Tétouan-Al Hoceïma", "Convention de partenariat pour le renforcement"}},
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
	// What the articles do not say.
	never := []struct{ page, text string }{
		{"fr/agreements/igherm-imzalne-al-khair-doctors-2024.html", "Chambre des représentants"},
		{"fr/agreements/tinghir-health-staff-2023.html", "date inconnue"},
		{"fr/index.html", "date inconnue</span> <span>Tinghir"},
		{"fr/agreements/tinghir-health-staff-2023.html", "Présent à la signature"},
		{"fr/agreements/al-hoceima-indh-ambulances-2025.html", "remises à la province"},
		{"fr/agreements/guelmim-oued-noun-health-upgrade-2023.html", "Période"},
	}
	for _, n := range never {
		if strings.Contains(pageText(t, out, n.page), n.text) {
			t.Errorf("%s shows %q", n.page, n.text)
		}
	}
}
