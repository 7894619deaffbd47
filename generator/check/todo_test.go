package check

import (
	"strings"
	"testing"
)

// TestTODO checks that each marker left from "atlas new" is reported once,
// at the marker, and that the rule it stands in for stays quiet.
func TestTODO(t *testing.T) {
	const f = "content/agreements/guelmim-2023.md"
	tests := []struct {
		name, old, new string
		want           string
	}{
		{"title", `fr = "Convention"`, `fr = "TODO: titre"`,
			f + `:7:7: error: TODO left to fill in (replace it with the fact from the source`},
		{"kind", `kind = "convention"`, `kind = "TODO"`,
			f + `:2:9: error: TODO left to fill in (choose one of: convention, charter, program, equipment, amendment)`},
		{"region", `region = "guelmim-oued-noun"`, `region = "TODO"`,
			f + `:9:11: error: TODO left to fill in (one of: guelmim-oued-noun, souss-massa)`},
		{"source url", `url = "https://example.org/a"`, `url = "https://TODO"`,
			f + `:21:16: error: TODO left to fill in (paste the article's address, or delete the line)`},
		{"source outlet", `outlet = "هبة بريس"`, `outlet = "TODO"`,
			f + `:20:11: error: TODO left to fill in`},
		{"summary", `Résumé.`, `Un résumé, TODO.`,
			f + `:29:12: error: TODO left to fill in (write the summary in your own words, from the source)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := runEdited(t, tt.old, tt.new)
			if len(got) != 1 || !strings.HasPrefix(got[0], tt.want) {
				t.Errorf("want one diagnostic starting with\n  %s\ngot:\n  %s", tt.want, strings.Join(got, "\n  "))
			}
		})
	}
}
