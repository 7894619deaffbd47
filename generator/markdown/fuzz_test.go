package markdown_test

import (
	"testing"

	"atlas/generator/markdown"
)

// FuzzCheck checks that Check never panics and that every problem points
// inside the source, so that a position can always be computed from it.
func FuzzCheck(f *testing.F) {
	for _, seed := range markdown.FuzzSeeds {
		f.Add(seed)
	}
	md := markdown.New(true)
	f.Fuzz(func(t *testing.T, src string) {
		b := []byte(src)
		for _, p := range markdown.Check(md, b) {
			if p.Offset < 0 || p.Offset > len(b) {
				t.Fatalf("Check(%q): offset %d outside [0, %d] for %q", src, p.Offset, len(b), p.Message)
			}
			if p.Message == "" {
				t.Fatalf("Check(%q): a problem without a message", src)
			}
		}
	})
}
