package generator

import (
	"archive/zip"
	"bytes"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"atlas/generator/plan"
)

// unzip unpacks a zip file into a new folder, as a reader does.
func unzip(t *testing.T, file string) (string, map[string][]byte) {
	t.Helper()
	zr, err := zip.OpenReader(file)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	dir := t.TempDir()
	files := map[string][]byte{}
	for _, f := range zr.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		files[f.Name] = data
		p := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir, files
}

// TestOfflineCopy unpacks the offline copy of a build: it is a site whose
// every link resolves, it holds every file of the site but itself, and
// only its home and methodology pages differ, saying it is the copy
// rather than linking to it.
func TestOfflineCopy(t *testing.T) {
	out := build(t, seed())
	dir, inside := unzip(t, filepath.Join(out, plan.Archive))
	if n := walkSite(t, dir, map[string]string{"ar": "rtl", "fr": "ltr"}, ""); n < 10 {
		t.Fatalf("the copy holds %d pages", n)
	}
	differ := 0
	err := filepath.WalkDir(out, func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(out, name)
		rel = filepath.ToSlash(rel)
		if rel == plan.Archive || hostFiles[rel] || strings.HasPrefix(rel, ".") {
			if _, ok := inside[rel]; ok {
				t.Errorf("the copy holds %s", rel)
			}
			return nil
		}
		data, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		copied, ok := inside[rel]
		delete(inside, rel)
		switch {
		case !ok:
			t.Errorf("the copy lacks %s", rel)
		case !bytes.Equal(data, copied):
			differ++
			if !strings.HasSuffix(rel, "/index.html") && !strings.HasSuffix(rel, "/methodology.html") {
				t.Errorf("%s differs in the copy", rel)
			}
			if !bytes.Contains(data, []byte(plan.Archive)) || bytes.Contains(copied, []byte(plan.Archive)) {
				t.Errorf("%s: the site's page must link to the copy, the copy's must not", rel)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for rel := range inside {
		t.Errorf("the copy holds %s, which the site does not", rel)
	}
	if differ != 4 {
		t.Errorf("%d pages differ between the site and the copy, want the 2 home and 2 methodology pages", differ)
	}
}

// hostFiles are the files for hosts and crawlers, which the copy leaves out.
var hostFiles = map[string]bool{".nojekyll": true, "CNAME": true, "robots.txt": true, "sitemap.xml": true}

// TestOfflineSize checks the size the home page gives for the copy.
func TestOfflineSize(t *testing.T) {
	out := build(t, seed())
	info, err := os.Stat(filepath.Join(out, plan.Archive))
	if err != nil {
		t.Fatal(err)
	}
	home, err := os.ReadFile(filepath.Join(out, "fr/index.html"))
	if err != nil {
		t.Fatal(err)
	}
	want := `<data value="` + itoa(info.Size()) + `">`
	if !bytes.Contains(home, []byte(want)) {
		t.Errorf("the home page does not give the copy's size, %d bytes, as %q", info.Size(), want)
	}
}

func itoa(n int64) string {
	var b []byte
	for {
		b = append([]byte{byte('0' + n%10)}, b...)
		if n /= 10; n == 0 {
			return string(b)
		}
	}
}
