package check

import (
	"strings"
	"testing"
	"testing/fstest"

	"atlas/generator/content"
)

// FuzzAgreement feeds any bytes to the loader and the checks as an
// agreement file: nothing may panic, and every problem must point inside
// the file.
func FuzzAgreement(f *testing.F) {
	f.Add([]byte(valid))
	f.Add([]byte(""))
	f.Add([]byte("+++\n+++\n"))
	f.Add([]byte("+++\nkind = \"x\"\n[[parties]]\nshare = 1e400\n+++\n::: ar\n:::\n"))
	f.Add([]byte("\uFEFF+++\r\nsigned = \"2023-1\"\r\n+++\r\n::: fr\r\n[a](javascript:x)\r\n:::\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fsys := fstest.MapFS{
			"site.toml":          {Data: []byte(site)},
			"regions.toml":       {Data: []byte(registry)},
			"agreements/fuzz.md": {Data: data},
		}
		c, diags := content.Load(fsys, "content")
		diags = append(diags, Content(c)...)
		lines := strings.Count(string(data), "\n") + 1
		for _, d := range diags {
			if d.Pos.File != "content/agreements/fuzz.md" {
				t.Fatalf("diagnostic outside the fuzzed file: %v", d)
			}
			if d.Pos.Line < 1 || d.Pos.Line > lines || d.Pos.Col < 1 {
				t.Fatalf("position outside the file (%d lines): %v", lines, d)
			}
		}
	})
}
