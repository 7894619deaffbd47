package generator

import (
	"io/fs"
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"atlas/generator/diag"
	"atlas/generator/pages"
	"atlas/generator/stats"
)

// TestPageLayouts: the layouts check requires are those pages use.
func TestPageLayouts(t *testing.T) {
	src := fixture(t, "testdata/site.txtar")
	c, diags := Check(src)
	if diags.HasErrors() {
		t.Fatalf("fixture has errors:\n%v", diags)
	}
	st, err := stats.Compute(c)
	if err != nil {
		t.Fatal(err)
	}
	locs, err := locales(src.Layouts, c.Site.Languages)
	if err != nil {
		t.Fatal(err)
	}
	var used []string
	for _, p := range pages.Build(c, st, locs, pages.Options{}) {
		if !slices.Contains(used, p.Template) {
			used = append(used, p.Template)
		}
	}
	want := pageLayouts()
	slices.Sort(used)
	slices.Sort(want)
	if !slices.Equal(used, want) {
		t.Errorf("pages use the layouts %v; check requires %v", used, want)
	}
}

// TestMissingLayout: a page layout that is not there is reported where it
// belongs, under the name the layouts folder was given.
func TestMissingLayout(t *testing.T) {
	src := fixture(t, "testdata/site.txtar")
	layouts := mapFS(t, os.DirFS("../layouts"))
	delete(layouts, "agreement.html")
	src.Layouts, src.LayoutsName = layouts, "site/layouts"
	_, diags := Check(src)
	want := "site/layouts/agreement.html:1:1: error: the layout agreement.html is missing (the agreement pages are rendered with it, filling base.html)"
	if errs := errorLines(diags); errs != want+"\n" {
		t.Errorf("got:\n%swant:\n%s", errs, want)
	}
	delete(layouts, "base.html")
	_, diags = Check(src)
	if errs := errorLines(diags); !strings.HasPrefix(errs, "site/layouts/base.html:1:1: error: cannot read: ") || strings.Count(errs, "\n") != 1 {
		t.Errorf("without base.html:\n%s", errs)
	}
}

// errorLines are the errors of a list, one a line.
func errorLines(l diag.List) string {
	var b strings.Builder
	for _, d := range l {
		if d.Severity == diag.Error {
			b.WriteString(d.String() + "\n")
		}
	}
	return b.String()
}

// mapFS reads every file of fsys into memory, to be edited.
func mapFS(t *testing.T, fsys fs.FS) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	for name, data := range folder(t, fsys) {
		m[name] = &fstest.MapFile{Data: data}
	}
	return m
}
