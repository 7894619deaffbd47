package content

import "testing"

func TestCustomDomain(t *testing.T) {
	tests := []struct {
		site Site
		want string
	}{
		{Site{}, ""},
		{Site{BaseURL: "https://owner.github.io/atlas"}, ""},
		{Site{BaseURL: "https://Owner.GitHub.io"}, ""},
		{Site{BaseURL: "https://atlas.example.ma"}, "atlas.example.ma"},
		{Site{BaseURL: "https://Atlas.Example.ma/"}, "atlas.example.ma"},
		{Site{BaseURL: "https://example.org/atlas"}, ""}, // a path: not served at the root of a domain
		{Site{BaseURL: "http://localhost:8080"}, ""},     // a port: a local server
		{Site{BaseURL: "https://owner.github.io/atlas", Domain: "sante.example.ma"}, "sante.example.ma"},
	}
	for _, tt := range tests {
		if got := tt.site.CustomDomain(); got != tt.want {
			t.Errorf("%+v: %q, want %q", tt.site, got, tt.want)
		}
	}
}
