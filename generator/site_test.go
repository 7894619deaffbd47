package generator

import (
	"bytes"
	"flag"
	"os"
	"path"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite golden files")

// fixture reads a txtar site and pairs it with the repository's own
// layouts and assets, so golden files cover the real templates. Its
// content is a fresh fstest.MapFS that a test may edit.
func fixture(t testing.TB, name string) Sources {
	t.Helper()
	ar, err := txtar.ParseFile(name)
	if err != nil {
		t.Fatal(err)
	}
	content := fstest.MapFS{}
	for _, f := range ar.Files {
		if name, ok := strings.CutPrefix(f.Name, "content/"); ok {
			content[name] = &fstest.MapFile{Data: f.Data}
		}
	}
	return Sources{Content: content, ContentName: "content", Layouts: os.DirFS("../layouts"), Assets: os.DirFS("../assets")}
}

// TestGolden renders the fixture site and compares every page, before
// minification so that diffs stay readable, with testdata/site.golden.
func TestGolden(t *testing.T) {
	src := fixture(t, "testdata/site.txtar")
	c, diags := Check(src)
	if diags.HasErrors() {
		t.Fatalf("fixture has errors:\n%v", diags)
	}
	files, err := Render(src, c)
	if err != nil {
		t.Fatal(err)
	}
	got := &txtar.Archive{Comment: []byte("Rendered pages of site.txtar; go test -run TestGolden -update rewrites it.\n")}
	for _, f := range files {
		if path.Ext(f.Path) == ".html" {
			got.Files = append(got.Files, txtar.File{Name: f.Path, Data: f.Data})
		}
	}
	golden := "testdata/site.golden"
	if *update {
		if err := os.WriteFile(golden, txtar.Format(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := txtar.ParseFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	wantFiles := map[string][]byte{}
	for _, f := range want.Files {
		wantFiles[f.Name] = f.Data
	}
	for _, f := range got.Files {
		w, ok := wantFiles[f.Name]
		switch {
		case !ok:
			t.Errorf("%s: new page, not in %s", f.Name, golden)
		case !bytes.Equal(w, f.Data):
			t.Errorf("%s differs from %s:\n%s", f.Name, golden, firstDiff(string(w), string(f.Data)))
		}
		delete(wantFiles, f.Name)
	}
	for name := range wantFiles {
		t.Errorf("%s: in %s but no longer rendered", name, golden)
	}
}

func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + strconv.Itoa(i+1) + ":\nwant: " + w + "\ngot:  " + g
		}
	}
	return ""
}
