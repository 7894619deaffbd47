package pages

import (
	"html/template"
	"testing"
)

// TestPrintedAddressIsOnePiece checks that the address a paper copy
// prints reads left to right as one piece on both sides of the atlas,
// whatever it starts with: "404.html" is not "html.404".
func TestPrintedAddressIsOnePiece(t *testing.T) {
	tests := []struct {
		lang, address string
		want          template.HTML
	}{
		{"ar", "404.html", `الصفحة: <bdi dir="ltr">404.html</bdi>`},
		{"ar", "ar/index.html", `الصفحة: <bdi dir="ltr">ar/index.html</bdi>`},
		{"ar", "ar/timeline/2023.html", `الصفحة: <bdi dir="ltr">ar/timeline/2023.html</bdi>`},
		{"ar", "https://example.github.io/atlas/404.html", `الصفحة: <bdi dir="ltr">https://example.github.io/atlas/404.html</bdi>`},
		{"fr", "404.html", "Page\u202f: " + `<bdi dir="ltr">404.html</bdi>`},
		{"fr", "fr/timeline/2023.html", "Page\u202f: " + `<bdi dir="ltr">fr/timeline/2023.html</bdi>`},
		{"fr", "https://example.github.io/atlas/fr/agreements/a&b-2024.html", "Page\u202f: " + `<bdi dir="ltr">https://example.github.io/atlas/fr/agreements/a&amp;b-2024.html</bdi>`},
	}
	for _, tt := range tests {
		p := labels(t, tt.lang)
		p.Printed = Printed{Address: tt.address}
		if got := p.PrintedLine(); got != tt.want {
			t.Errorf("%s: %s: printed %q, want %q", tt.lang, tt.address, got, tt.want)
		}
	}
}
