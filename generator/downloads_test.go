package generator

import (
	"os"
	"path"
	"path/filepath"
	"strconv"
	"testing"
)

// TestDownloadSizes builds the site as "atlas build" does, minified, and
// checks that the methodology page of each language lists every file of
// data/ but the schemas, with the size that file has.
func TestDownloadSizes(t *testing.T) {
	out := build(t, seed())
	files, err := filepath.Glob(filepath.Join(out, "data", "*"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no file in data/: %v", err)
	}
	for _, lang := range []string{"ar", "fr"} {
		page := "fr/methodology.html"
		if lang == "ar" {
			page = "ar/methodology.html"
		}
		html, err := os.ReadFile(filepath.Join(out, page))
		if err != nil {
			t.Fatal(err)
		}
		listed := map[string]int{}
		ts := tags(html)
		for i, tg := range ts {
			href, ok := tg.attrs["href"]
			if tg.name != "a" || !ok || path.Dir(href) != "../data" {
				continue
			}
			for _, next := range ts[i+1:] {
				if next.name == "data" {
					listed[path.Base(href)], _ = strconv.Atoi(next.attrs["value"])
					break
				}
			}
		}
		for _, f := range files {
			name := filepath.Base(f)
			info, err := os.Stat(f)
			if err != nil {
				t.Fatal(err)
			}
			size, ok := listed[name]
			switch {
			case filepath.Ext(name) == ".json" && filepath.Ext(name[:len(name)-5]) == ".schema":
				// Linked from the file it describes, with no size.
			case !ok:
				t.Errorf("%s does not list data/%s", page, name)
			case int64(size) != info.Size():
				t.Errorf("%s gives data/%s %d bytes; it has %d", page, name, size, info.Size())
			}
		}
	}
}
