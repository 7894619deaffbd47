package write

import (
	"os"
	"path/filepath"
	"testing"
)

func TestSiteRejectsPathsOutsideTheOutput(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "public")
	for _, p := range []string{"../escape.html", "/abs.html", "a/../../b.html"} {
		if err := Site(out, []File{{Path: p, Data: []byte("x")}}); err == nil {
			t.Errorf("%q was written", p)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "escape.html")); err == nil {
		t.Error("a file escaped the output folder")
	}
}
