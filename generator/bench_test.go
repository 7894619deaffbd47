package generator

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// synthetic returns the fixture site with n agreements made from its
// first one, to measure builds far larger than the seed content.
func synthetic(b *testing.B, n int) Sources {
	src := fixture(b, "testdata/site.txtar")
	base, err := fs.ReadFile(src.Content, "agreements/staff-2026.md")
	if err != nil {
		b.Fatal(err)
	}
	fsys := src.Content.(fstest.MapFS)
	for i := 0; i < n; i++ {
		data := strings.Replace(string(base), "total = 20_000_000", fmt.Sprintf("total = %d", 1_000_000+i), 1)
		fsys[fmt.Sprintf("agreements/synthetic-%05d.md", i)] = &fstest.MapFile{Data: []byte(data)}
	}
	return src
}

// BenchmarkBuild1000 builds 1,000 agreements (2,000 agreement pages).
// Compare with BenchmarkWriteFloor1000, which writes the same files
// without reading, checking, rendering or minifying anything:
//
//	go test ./generator -run XXX -bench 1000 -benchtime 5x
func BenchmarkBuild1000(b *testing.B) {
	src := synthetic(b, 1000)
	out := filepath.Join(b.TempDir(), "public")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Build(src, out); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWriteFloor1000 is the I/O floor of BenchmarkBuild1000: the
// bytes of a finished build written to a fresh folder.
func BenchmarkWriteFloor1000(b *testing.B) {
	src := synthetic(b, 1000)
	built := filepath.Join(b.TempDir(), "public")
	if _, err := Build(src, built); err != nil {
		b.Fatal(err)
	}
	files := map[string][]byte{}
	filepath.WalkDir(built, func(name string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files[name[len(built):]], _ = os.ReadFile(name)
		}
		return err
	})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		out := filepath.Join(b.TempDir(), "public")
		for name, data := range files {
			p := filepath.Join(out, name)
			os.MkdirAll(filepath.Dir(p), 0o755)
			if err := os.WriteFile(p, data, 0o644); err != nil {
				b.Fatal(err)
			}
		}
	}
}
