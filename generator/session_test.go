package generator

import (
	"bytes"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"atlas/generator/write"
)

// TestSessionRebuildsOnlyWhatChanged edits, adds and removes files between
// builds of a session: each build encodes a few outputs, and its site is
// byte for byte the site a fresh build makes of the same files. One
// session is told the files that changed, as serve's watcher tells it;
// the other compares every file itself.
func TestSessionRebuildsOnlyWhatChanged(t *testing.T) {
	src := fixture(t, "testdata/site.txtar")
	fsys := src.Content.(fstest.MapFS)
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, f := range fsys {
		f.ModTime = t0
	}
	sessions := map[string]*Session{"watched": NewSession(src), "compared": NewSession(src)}
	last := map[string]Result{}
	for kind, s := range sessions {
		first, _, err := s.Build(Edits{})
		if err != nil {
			t.Fatal(err)
		}
		if first.Encoded != len(first.Files) {
			t.Errorf("the first build encoded %d of %d outputs", first.Encoded, len(first.Files))
		}
		last[kind] = first
	}
	var changed []string
	edit := func(name, old, new string) {
		changed = append(changed, name)
		f := fsys[name]
		if !bytes.Contains(f.Data, []byte(old)) {
			t.Fatalf("%s lacks %q", name, old)
		}
		fsys[name] = &fstest.MapFile{Data: bytes.Replace(f.Data, []byte(old), []byte(new), 1), ModTime: f.ModTime.Add(time.Second)}
	}
	steps := []struct {
		name   string
		change func()
	}{
		{"nothing", func() {}},
		{"a summary", func() {
			edit("agreements/staff-2026.md", "Une convention *d'essai*", "Une convention *d'essai* revue par Zerhoun")
		}},
		{"a summary again", func() {
			edit("agreements/staff-2026.md", "revue par Zerhoun", "revue")
		}},
		{"a title", func() {
			edit("agreements/staff-2026.md", "Convention pour renforcer", "Convention revue pour renforcer")
		}},
		{"an amount", func() { edit("agreements/staff-2026.md", "total = 20_000_000", "total = 21_000_000") }},
		{"a region", func() {
			edit("agreements/igherm-2024.md", `region = "souss-massa"`, `region = "tanger-tetouan-al-hoceima"`)
			edit("agreements/igherm-2024.md", `provinces = ["taroudannt"]`, `provinces = ["al-hoceima"]`)
		}},
		{"a date in a year no other file has", func() {
			edit("agreements/igherm-2024.md", `signed = "2024-05"`, `signed = "2011-05"`)
		}},
		{"a new file", func() {
			data := strings.Replace(string(fsys["agreements/staff-2026.md"].Data), "Convention revue", "Autre convention", 1)
			fsys["agreements/new-2026.md"] = &fstest.MapFile{Data: []byte(data), ModTime: t0}
			changed = append(changed, "agreements/new-2026.md")
		}},
		{"a removed file", func() {
			delete(fsys, "agreements/new-2026.md")
			changed = append(changed, "agreements/new-2026.md")
		}},
	}
	for _, step := range steps {
		changed = nil
		step.change()
		for kind, s := range sessions {
			e := Edits{}
			if kind == "watched" {
				e = Edits{Watched: true, Content: changed}
			}
			last[kind] = checkRebuild(t, src, kind+", "+step.name, s, e, last[kind])
		}
	}
}

// checkRebuild builds a session again after an edit, and compares its
// site with a fresh build's.
func checkRebuild(t *testing.T, src Sources, step string, s *Session, e Edits, last Result) Result {
	t.Helper()
	got, diags, err := s.Build(e)
	if err != nil {
		t.Fatalf("%s: %v\n%v", step, err, diags)
	}
	if strings.HasSuffix(step, "nothing") && got.Encoded != 0 {
		t.Errorf("nothing changed, yet %d outputs were encoded", got.Encoded)
	}
	if strings.Contains(step, "a summary") {
		// Its pages in each language, the files of the index and the downloads that
		// hold its words, and the page giving their sizes.
		if got.Encoded > 12 {
			t.Errorf("%s: %d outputs encoded again", step, got.Encoded)
		}
		for _, p := range []string{"fr/agreements/staff-2026.html", "data/agreements.json", "fr/methodology.html"} {
			if !encodedAgain(last, got, p) {
				t.Errorf("%s: %s not encoded again", step, p)
			}
		}
		for _, p := range []string{"fr/index.html", "ar/index.html", "fr/regions/tanger-tetouan-al-hoceima.html"} {
			if encodedAgain(last, got, p) {
				t.Errorf("%s: %s encoded again", step, p)
			}
		}
	}
	if got.Encoded >= len(got.Files) {
		t.Errorf("%s: %d of %d outputs encoded again", step, got.Encoded, len(got.Files))
	}
	fresh, _, err := NewSession(src).Build(Edits{})
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Files) != len(fresh.Files) {
		t.Errorf("%s: %d files, a fresh build has %d", step, len(got.Files), len(fresh.Files))
	}
	for name := range fresh.Files {
		want, err := fresh.File(name)
		if err != nil {
			t.Fatal(err)
		}
		data, err := got.File(name)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(data, want) {
			t.Errorf("%s: %s differs from a fresh build", step, name)
		}
	}
	if got.Later["data/agreements.json"] == nil {
		t.Errorf("%s: agreements.json made at once, not when asked for", step)
	}
	return got
}

// encodedAgain reports whether a build of a session encoded the file at p
// again: the files it did not encode are the last build's own.
func encodedAgain(last, next Result, p string) bool {
	if l, ok := next.Later[p]; ok {
		return l != last.Later[p]
	}
	a, b := last.Files[p], next.Files[p]
	return len(a) == 0 || len(b) == 0 || &a[0] != &b[0]
}

// TestSummariesParsedOnLoadRenderTheSame: summaries rendered as they are
// loaded, parsed once, give the pages that rendering them from their
// Markdown gives.
func TestSummariesParsedOnLoadRenderTheSame(t *testing.T) {
	src := fixture(t, "testdata/site.txtar")
	built, _, err := NewSession(src).Build(Edits{})
	if err != nil {
		t.Fatal(err)
	}
	c, diags := Check(src) // loads without rendering: pages render the Markdown
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	files, err := Render(src, c)
	if err != nil {
		t.Fatal(err)
	}
	mem := write.NewMemory()
	w := write.Minify(mem)
	for _, f := range files {
		if err := w.Write(f.Path, write.MediaType(f.Path), f.Data); err != nil {
			t.Fatal(err)
		}
	}
	compared := 0
	for name, data := range mem.Files() {
		if strings.Contains(name, "/agreements/") {
			compared++
			if !bytes.Equal(built.Files[name], data) {
				t.Errorf("%s differs", name)
			}
		}
	}
	if compared == 0 {
		t.Fatal("no agreement page compared")
	}
}
