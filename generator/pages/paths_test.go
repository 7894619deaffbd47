package pages

import "testing"

func TestRel(t *testing.T) {
	tests := []struct{ from, to, want string }{
		{"index.html", "ar/index.html", "ar/index.html"},
		{"ar/index.html", "fr/index.html", "../fr/index.html"},
		{"ar/index.html", "ar/regions/index.html", "regions/index.html"},
		{"ar/regions/souss-massa.html", "ar/regions/index.html", "index.html"},
		{"ar/regions/souss-massa.html", "assets/atlas.css", "../../assets/atlas.css"},
		{"ar/agreements/x.html", "fr/agreements/x.html", "../../fr/agreements/x.html"},
		{"ar/agreements/x.html", "ar/regions/guelmim-oued-noun.html", "../regions/guelmim-oued-noun.html"},
		{"404.html", "assets/atlas.css", "assets/atlas.css"},
		{"ar/index.html", "ar/index.html", "index.html"},
	}
	for _, tt := range tests {
		if got := Rel(tt.from, tt.to); got != tt.want {
			t.Errorf("Rel(%q, %q) = %q, want %q", tt.from, tt.to, got, tt.want)
		}
	}
}
