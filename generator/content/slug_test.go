package content

import (
	"strings"
	"testing"
)

func TestSuggestSlug(t *testing.T) {
	long := strings.Repeat("abcdefghi-", 9) // 90 bytes
	words := func(n int) string { return strings.TrimSuffix(strings.Repeat("abcdefghi-", n), "-") }
	tests := []struct {
		name, place, title string
		year               int
		taken              []string
		want               string
	}{
		{"Bad_File_Name", "", "", 0, nil, "bad-file-name"},
		{"Réunion_Santé_Hoceïma", "", "", 0, nil, "reunion-sante-hoceima"},
		{"Bad_File_Name", "", "", 0, []string{"bad-file-name"}, "bad-file-name-2"},
		{"Bad_File_Name", "", "", 0, []string{"bad-file-name", "bad-file-name-2"}, "bad-file-name-3"},
		{"اتفاقية-2024", "", "Convention de partenariat pour la mise à niveau de l'offre de santé dans la région Guelmim-Oued Noun", 2023, nil,
			"convention-partenariat-mise-niveau-offre-sante-2023"},
		// The place first, its words not repeated from the title.
		{"اتفاقية-2024", "guelmim-oued-noun", "Mise à niveau de l'offre de santé dans la région Guelmim-Oued Noun", 2023, nil,
			"guelmim-oued-noun-mise-niveau-offre-sante-region-2023"},
		{"تنغير-2023", "tinghir", "Convention pour doter les hôpitaux de personnel", 0, nil, "tinghir-convention-doter-hopitaux-personnel-2023"},
		{"اتفاقية-2024", "", "Loi 08-22 : Tanger-Tétouan-Al Hoceïma choisie", 0, nil, "loi-08-22-tanger-tetouan-al-hoceima-choisie-2024"},
		{"اتفاقية-2024", "", "Remise d'ambulances 2025", 2025, nil, "remise-ambulances-2025"},
		{"اتفاقية-2024", "", "Remise d'ambulances", 2025, []string{"remise-ambulances-2025"}, "remise-ambulances-2025-2"},
		{"اتفاقية-2024", "", "", 2024, nil, exampleSlug},
		{"اتفاقية-2024", "al-hoceima", "", 2024, nil, "al-hoceima-2024"},
		{"اتفاقية", "", "اتفاقية شراكة", 2024, []string{exampleSlug}, exampleSlug + "-2"},
		{"ab", "", "Ab", 0, nil, exampleSlug},
		{long, "", "", 0, nil, words(8)},
		{long, "", "", 0, []string{words(8)}, words(7) + "-2"},
	}
	for _, tt := range tests {
		taken := map[string]bool{}
		for _, s := range tt.taken {
			taken[s] = true
		}
		got := suggestSlug(tt.name, fileIdentity{tt.place, tt.title, tt.year}, taken)
		if got != tt.want {
			t.Errorf("suggestSlug(%q, %q, %q, %d, %v) = %q, want %q", tt.name, tt.place, tt.title, tt.year, tt.taken, got, tt.want)
		}
		if !ValidSlug(got) || taken[got] {
			t.Errorf("suggestSlug(%q…) = %q, which is not a valid, unused file name", tt.name, got)
		}
	}
}
