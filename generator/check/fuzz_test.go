package check

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"atlas/generator/content"
	"atlas/generator/diag"
)

// fuzzRegistry has the regions and provinces the seed files name, so that
// the seeds pass and the fuzzer starts from the checks of valid files.
const fuzzRegistry = registry + `
[[regions]]
code = "MA-01"
slug = "tanger-tetouan-al-hoceima"
name = { ar = "طنجة-تطوان-الحسيمة", fr = "Tanger-Tétouan-Al Hoceïma" }
population = 4030222

[[regions]]
code = "MA-08"
slug = "draa-tafilalet"
name = { ar = "درعة-تافيلالت", fr = "Drâa-Tafilalet" }
population = 1655623

[[provinces]]
code = "MA-HOC"
slug = "al-hoceima"
level = "province"
region = "tanger-tetouan-al-hoceima"
name = { ar = "الحسيمة", fr = "Al Hoceïma" }

[[provinces]]
code = "MA-TIN"
slug = "tinghir"
level = "province"
region = "draa-tafilalet"
name = { ar = "تنغير", fr = "Tinghir" }
`

// seeds adds every .md file of the folders to the corpus: the atlas's own
// content and the one-mistake files of generator/testdata/invalid.
func seeds(f *testing.F, dirs ...string) {
	n := 0
	for _, dir := range dirs {
		names, err := filepath.Glob(filepath.Join(dir, "*.md"))
		if err != nil {
			f.Fatal(err)
		}
		for _, name := range names {
			data, err := os.ReadFile(name)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data)
			n++
		}
	}
	if n == 0 {
		f.Fatalf("no seed in %v", dirs)
	}
}

// FuzzAgreement feeds any bytes to the loader and the checks as an
// agreement file: nothing may panic, and every problem must point inside
// the file.
func FuzzAgreement(f *testing.F) {
	seeds(f, "../../content/agreements", "../testdata/invalid/agreements")
	f.Add([]byte(valid))
	f.Add([]byte(""))
	f.Add([]byte("+++\n+++\n"))
	f.Add([]byte("+++\nkind = \"x\"\n[[parties]]\nshare = 1e400\n+++\n::: ar\n:::\n"))
	f.Add([]byte("\uFEFF+++\r\nsigned = \"2023-1\"\r\n+++\r\n::: fr\r\n[a](javascript:x)\r\n:::\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzFile(t, "agreements/fuzz.md", data)
	})
}

// FuzzMilestone is FuzzAgreement for milestone files.
func FuzzMilestone(f *testing.F) {
	seeds(f, "../../content/milestones", "../testdata/invalid/milestones")
	f.Add([]byte("+++\ndate = \"2025\"\n[title]\nfr = \"\u202e\"\n+++\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzFile(t, "milestones/fuzz.md", data)
	})
}

func fuzzFile(t *testing.T, name string, data []byte) {
	fsys := fstest.MapFS{
		"site.toml":    {Data: []byte(site)},
		"regions.toml": {Data: []byte(fuzzRegistry)},
		name:           {Data: data},
	}
	c, diags := content.Load(fsys, "content")
	if len(c.Agreements)+len(c.Milestones) == 0 && !diags.HasErrors() {
		t.Fatalf("the file was dropped without an error: %v", diags)
	}
	diags = append(diags, Content(c, c.Site.Languages)...)
	assertInside(t, "content/"+name, data, diags)
}

// assertInside checks that every diagnostic is in file, on one of its lines
// and at most one column past the end of that line, as the loader counts
// them: without a byte-order mark, and a CRLF ending one line.
func assertInside(t *testing.T, file string, data []byte, diags diag.List) {
	t.Helper()
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	lines := strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n")
	for _, d := range diags {
		if d.Pos.File != file {
			t.Fatalf("diagnostic outside the fuzzed file: %v", d)
		}
		if d.Pos.Line < 1 || d.Pos.Line > len(lines) {
			t.Fatalf("line outside the file (%d lines): %v", len(lines), d)
		}
		if n := utf8.RuneCountInString(lines[d.Pos.Line-1]); d.Pos.Col < 1 || d.Pos.Col > n+1 {
			t.Fatalf("column outside line %d (%d runes: %q): %v", d.Pos.Line, n, lines[d.Pos.Line-1], d)
		}
	}
}
