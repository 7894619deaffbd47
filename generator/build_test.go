package generator

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// repo is the atlas's own content, layouts and assets.
func repo() Sources {
	return Sources{Content: os.DirFS("../content"), ContentName: "content", Layouts: os.DirFS("../layouts"), Assets: os.DirFS("../assets")}
}

func build(t *testing.T, src Sources) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "public")
	diags, err := Build(src, out)
	if err != nil {
		t.Fatalf("build: %v\n%v", err, diags)
	}
	return out
}

func TestRepoSiteLinksResolve(t *testing.T) {
	out := build(t, repo())
	n := walkSite(t, out, map[string]string{"ar": "rtl", "fr": "ltr"})
	for _, want := range []string{
		"index.html", "404.html", "ar/index.html", "fr/index.html",
		"ar/regions/index.html", "fr/regions/index.html",
		"ar/methodology.html", "fr/methodology.html",
		"ar/regions/guelmim-oued-noun.html", "fr/regions/dakhla-oued-ed-dahab.html",
	} {
		if _, err := os.Stat(filepath.Join(out, want)); err != nil {
			t.Errorf("missing page %s", want)
		}
	}
	if info, err := os.Stat(out); err != nil || info.Mode().Perm() != 0o755 {
		t.Errorf("output folder mode: %v, %v; want 0755", info.Mode().Perm(), err)
	}
	if n < 40 {
		t.Errorf("only %d pages", n)
	}
}

func TestFixtureSiteLinksResolve(t *testing.T) {
	out := build(t, fixture(t, "testdata/site.txtar"))
	walkSite(t, out, map[string]string{"ar": "rtl", "fr": "ltr"})
}

func TestBuildIsDeterministic(t *testing.T) {
	a, b := build(t, repo()), build(t, repo())
	files := 0
	err := filepath.WalkDir(a, func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(a, name)
		x, _ := os.ReadFile(name)
		y, err := os.ReadFile(filepath.Join(b, rel))
		if err != nil || !bytes.Equal(x, y) {
			t.Errorf("%s differs between two builds", rel)
		}
		files++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	countB := 0
	filepath.WalkDir(b, func(_ string, d fs.DirEntry, _ error) error {
		if !d.IsDir() {
			countB++
		}
		return nil
	})
	if files != countB || files == 0 {
		t.Errorf("builds have %d and %d files", files, countB)
	}
}

// TestBrokenFileLeavesOutputUntouched builds once, breaks a file, builds
// again and checks the folder is exactly as the first build left it.
func TestBrokenFileLeavesOutputUntouched(t *testing.T) {
	src := fixture(t, "testdata/site.txtar")
	out := build(t, src)
	before := snapshot(t, out)

	f := src.Content.(fstest.MapFS)["agreements/staff-2026.md"]
	f.Data = []byte(strings.Replace(string(f.Data), `kind = "convention"`, `kind = "conventoin"`, 1))
	f.Data = []byte(strings.Replace(string(f.Data), `share = 80`, `share = 180`, 1))

	diags, err := Build(src, out)
	if err == nil {
		t.Fatal("build of a broken file succeeded")
	}
	if len(diags) < 2 {
		t.Errorf("want both problems reported in one run, got %v", diags)
	}
	for _, d := range diags {
		if d.Pos.Line == 0 || d.Pos.Col == 0 {
			t.Errorf("diagnostic without line and column: %v", d)
		}
	}
	after := snapshot(t, out)
	if len(before) != len(after) {
		t.Fatalf("output had %d files, now %d", len(before), len(after))
	}
	for name, data := range before {
		if !bytes.Equal(after[name], data) {
			t.Errorf("%s changed", name)
		}
	}
	// Only the lock file that builds of public take turns with may stay.
	leftovers, _ := filepath.Glob(filepath.Join(filepath.Dir(out), ".public*"))
	leftovers = slices.DeleteFunc(leftovers, func(name string) bool { return filepath.Base(name) == ".public.lock" })
	if len(leftovers) > 0 {
		t.Errorf("temporary folders left behind: %v", leftovers)
	}
}

func snapshot(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		files[name], err = os.ReadFile(name)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}
