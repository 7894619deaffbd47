package pages

import (
	"os"
	"testing"

	"atlas/generator/content"
	"atlas/generator/locale"
	"atlas/generator/stats"
)

// seedSite is the site of the frozen seed content, with the repository's
// own catalogs.
func seedSite(t *testing.T) *site {
	t.Helper()
	c, diags := content.Load(os.DirFS("../testdata/seed"), "content")
	if diags.HasErrors() {
		t.Fatalf("seed has errors: %v", diags)
	}
	s, err := stats.Compute(c)
	if err != nil {
		t.Fatal(err)
	}
	locs, err := locale.Load(os.DirFS("../../layouts"), "i18n", c.Site.Languages)
	if err != nil {
		t.Fatal(err)
	}
	return New(c, s, locs, Options{}).st
}
