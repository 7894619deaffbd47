package serve

import (
	"atlas/generator"
	"path/filepath"
	"strings"
	"testing"
)

// TestBrokenLayout breaks a layout of a good site: every page shows where,
// as check prints it, and the fix brings the pages back.
func TestBrokenLayout(t *testing.T) {
	cfg := repoCopy(t)
	cfg.LayoutsName = "layouts"
	var log syncBuffer
	cfg.Log = &log
	s := New(cfg)
	h := s.Handler()
	page := "/fr/index.html"
	if r := get(t, h, page); r.StatusCode != 200 {
		t.Fatalf("before: status %d", r.StatusCode)
	}
	layout := filepath.Join(cfg.Layouts, "home.html")
	edit(t, layout, "<h1>{{name $ $.Nav.SiteTitle}}</h1>", "<h1>{{name $ $.Nav.SiteTitle}</h1>")
	s.rebuild(generator.Edits{All: true})
	want := `layouts/home.html:3:29: error: bad character U+007D &#39;}&#39;`
	for _, target := range []string{page, "/ar/agreements/tinghir-health-staff-2023.html"} {
		r := get(t, h, target)
		if b := body(t, r); r.StatusCode != 500 || !strings.Contains(b, want) {
			t.Errorf("%s while broken: status %d, body:\n%s", target, r.StatusCode, b)
		}
	}
	if l := log.String(); !strings.Contains(l, `layouts/home.html:3:29: error: bad character U+007D '}'`) {
		t.Errorf("the terminal does not show the diagnostic:\n%s", l)
	}
	edit(t, layout, "<h1>{{name $ $.Nav.SiteTitle}</h1>", "<h1>{{name $ $.Nav.SiteTitle}}</h1>")
	s.rebuild(generator.Edits{All: true})
	if r := get(t, h, page); r.StatusCode != 200 {
		t.Errorf("after the fix: status %d", r.StatusCode)
	}
}
