package main

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// copySite copies the repository's content, layouts and assets into a
// new folder and returns it, so that a test may build, or fail to, beside
// them without touching the repository.
func copySite(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	for _, dir := range []string{"content", "layouts", "assets"} {
		if err := os.CopyFS(filepath.Join(root, dir), os.DirFS(filepath.Join("..", "..", dir))); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// files lists every file under dir with its size, to see whether a
// folder changed.
func files(t *testing.T, dir string) map[string]int64 {
	t.Helper()
	list := map[string]int64{}
	err := filepath.WalkDir(dir, func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		list[name] = info.Size()
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return list
}

func TestBuildOutputRule(t *testing.T) {
	root := copySite(t)
	for _, name := range []string{"home/notes.txt", "home/Documents/letter.odt"} {
		p := filepath.Join(root, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte("mine"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	os.Mkdir(filepath.Join(root, "empty"), 0o755)
	before := files(t, root)

	tests := []struct {
		out  string // under root
		code int
		want string
	}{
		{"content", 2, "is the input folder"},
		{"content/agreements", 2, "lies inside the input folder"},
		{"layouts/i18n", 2, "lies inside the input folder"},
		{"assets", 2, "is the input folder"},
		{".", 2, "holds the input folder"},
		{"home", 2, "did not write"},
		{"home/Documents", 2, "did not write"},
		{"empty", 0, "wrote"},
		{"public", 0, "wrote"},
		{"public", 0, "wrote"}, // the output of the build before
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		out := filepath.Join(root, filepath.FromSlash(tt.out))
		code := run([]string{"build", "--content", filepath.Join(root, "content"), "--out", out}, &stdout, &stderr)
		if code != tt.code || !strings.Contains(stdout.String()+stderr.String(), tt.want) {
			t.Errorf("--out %s: exit %d, want %d with %q\n%s%s", tt.out, code, tt.code, tt.want, stdout.String(), stderr.String())
		}
	}
	after := files(t, root)
	for name, size := range before {
		if got, ok := after[name]; !ok || got != size {
			t.Errorf("%s was touched", name)
		}
	}
}
