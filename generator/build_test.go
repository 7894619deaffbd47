package generator

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// Two kinds of content are tested, and tests never mix them up:
//
//   - The live content, content/ (or the folder ATLAS_TEST_CONTENT names,
//     as .ci/run does with a grown copy), grows and is corrected every week:
//     its tests check what holds for any valid content (it builds, every link
//     resolves, the output is deterministic), never its files, its number of
//     files or its totals.
//   - The seed fixture, testdata/seed, is a frozen copy of the five seed
//     articles' files: the facts and totals computed by hand from the
//     articles are checked on it.

// liveContent is the folder of the live content.
func liveContent() string {
	if dir := os.Getenv("ATLAS_TEST_CONTENT"); dir != "" {
		return dir
	}
	return "../content"
}

// repo is the live content with the atlas's own layouts and assets.
func repo() Sources {
	return withLayouts(os.DirFS(liveContent()))
}

// seed is the frozen seed fixture with the atlas's own layouts and assets.
func seed() Sources {
	return withLayouts(os.DirFS("testdata/seed"))
}

func withLayouts(content fs.FS) Sources {
	return Sources{Content: content, ContentName: "content", Layouts: os.DirFS("../layouts"), Assets: os.DirFS("../assets")}
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

func TestLiveSiteLinksResolve(t *testing.T) {
	out := build(t, repo())
	checkSite(t, out, "")
	if info, err := os.Stat(out); err != nil || info.Mode().Perm() != 0o755 {
		t.Errorf("output folder mode: %v, %v; want 0755", info.Mode().Perm(), err)
	}
}

// checkSite walks a built site and checks it has the pages every atlas
// has, whatever its content.
func checkSite(t *testing.T, out, base string) {
	t.Helper()
	walkSite(t, out, map[string]string{"ar": "rtl", "fr": "ltr"}, base)
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
}

// TestContentGrows adds a valid agreement and a milestone to a copy of the
// live content, as a contributor's pull request does: it must check clean,
// build, and every link of the grown site must resolve. .ci/run also runs
// the whole suite on such a copy.
func TestContentGrows(t *testing.T) {
	grown := fstest.MapFS{}
	for _, dir := range []string{liveContent(), "testdata/grow"} {
		err := fs.WalkDir(os.DirFS(dir), ".", func(name string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			data, err := fs.ReadFile(os.DirFS(dir), name)
			grown[name] = &fstest.MapFile{Data: data}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	src := withLayouts(grown)
	out := build(t, src)
	checkSite(t, out, "")
	for _, page := range []string{"fr/agreements/growth-check-oriental-clinic.html", "ar/milestones/growth-check-milestone.html"} {
		if _, err := os.Stat(filepath.Join(out, page)); err != nil {
			t.Errorf("the added file has no page %s", page)
		}
	}
}

func TestFixtureSiteLinksResolve(t *testing.T) {
	out := build(t, fixture(t, "testdata/site.txtar"))
	walkSite(t, out, map[string]string{"ar": "rtl", "fr": "ltr"}, "https://example.github.io/atlas")
}

// TestBuildIsDeterministic builds the site twice, once on one core and
// once on every core: workers finish in any order, files must not differ.
func TestBuildIsDeterministic(t *testing.T) {
	prev := runtime.GOMAXPROCS(1)
	a := build(t, repo())
	runtime.GOMAXPROCS(max(prev, 4))
	b := build(t, repo())
	runtime.GOMAXPROCS(prev)
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
