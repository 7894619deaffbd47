package pages

import (
	"html/template"
	"testing"
)

func TestIsolateLatin(t *testing.T) {
	tests := []struct {
		in   string
		want template.HTML
	}{
		{"معيار ISO 3166-2:MA، والسكان", `معيار <bdi dir="ltr">ISO 3166-2:MA</bdi>، والسكان`},
		{"© مساهمي OpenStreetMap بترخيص ODbL.", `© مساهمي <bdi dir="ltr">OpenStreetMap</bdi> بترخيص <bdi dir="ltr">ODbL</bdi>.`},
		{"2024", "<bdi>2024</bdi>"},
		{"لكل عدد (mobile_units، nurses)", `لكل عدد (<bdi dir="ltr">mobile_units</bdi>، <bdi dir="ltr">nurses</bdi>)`},
	}
	for _, tt := range tests {
		if got := isolateRuns(tt.in, true); got != tt.want {
			t.Errorf("isolateRuns(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIsolate(t *testing.T) {
	tests := []struct {
		in   string
		want template.HTML
	}{
		{"443 مليون درهم", "<bdi>443</bdi>\u00a0مليون درهم"},
		{"443.000.000 درهم", "<bdi>443.000.000</bdi>\u00a0درهم"},
		{"3,7 millions", "<bdi>3,7</bdi>\u00a0millions"},
		{"20\u200e%\u200e", "<bdi>20\u200e%\u200e</bdi>"},
		{"20\u00a0%", "<bdi>20\u00a0%</bdi>"},
		{"2026–2027", "<bdi>2026–2027</bdi>"},
		{"<b>1</b>", "&lt;b&gt;<bdi>1</bdi>&lt;/b&gt;"},
		{"sans chiffre", "sans chiffre"},
	}
	for _, tt := range tests {
		if got := isolate(tt.in); got != tt.want {
			t.Errorf("isolate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
