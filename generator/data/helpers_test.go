package data_test

import (
	"bytes"
	"encoding/csv"
	"io/fs"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"golang.org/x/tools/txtar"

	"atlas/generator"
	"atlas/generator/content"
	"atlas/generator/data"
	"atlas/generator/locale"
	"atlas/generator/stats"
)

// site is checked content with its totals and locales.
type site struct {
	c    *content.Content
	st   *stats.Stats
	locs map[string]*locale.Locale
	set  *data.Set
}

// sites are the contents the downloads are tested on: the frozen seed,
// whose figures are known; the fixture site, which has a base_url; and
// the live content, which only has to produce valid files.
func sites(t *testing.T) map[string]site {
	t.Helper()
	live := os.Getenv("ATLAS_TEST_CONTENT")
	if live == "" {
		live = "../../content"
	}
	return map[string]site{
		"seed":    load(t, os.DirFS("../testdata/seed")),
		"fixture": load(t, txtarContent(t, "../testdata/site.txtar")),
		"live":    load(t, os.DirFS(live)),
	}
}

func seed(t *testing.T) site { return load(t, os.DirFS("../testdata/seed")) }

func load(t *testing.T, fsys fs.FS) site {
	t.Helper()
	c, diags := generator.Check(generator.Sources{Content: fsys, ContentName: "content", Layouts: os.DirFS("../../layouts")})
	if diags.HasErrors() {
		t.Fatalf("content has errors:\n%v", diags)
	}
	st, err := stats.Compute(c)
	if err != nil {
		t.Fatal(err)
	}
	locs, err := locale.Load(os.DirFS("../../layouts"), "i18n", c.Site.Languages)
	if err != nil {
		t.Fatal(err)
	}
	set, err := data.Build(c, st, locs, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return site{c, st, locs, set}
}

func txtarContent(t *testing.T, name string) fs.FS {
	t.Helper()
	ar, err := txtar.ParseFile(name)
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{}
	for _, f := range ar.Files {
		if name, ok := strings.CutPrefix(f.Name, "content/"); ok {
			fsys[name] = &fstest.MapFile{Data: f.Data}
		}
	}
	return fsys
}

func (s site) file(t *testing.T, path string) []byte {
	t.Helper()
	f, ok := s.set.File(path)
	if !ok {
		t.Fatalf("no download %s", path)
	}
	data, err := f.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// readCSV reads a CSV download back as a spreadsheet program would: it
// must start with a byte-order mark, then hold a header and rows.
func (s site) readCSV(t *testing.T, path string) (header []string, rows []map[string]string) {
	t.Helper()
	raw := s.file(t, path)
	body, ok := bytes.CutPrefix(raw, []byte(data.BOM))
	if !ok {
		t.Fatalf("%s does not start with a UTF-8 byte-order mark", path)
	}
	records, err := csv.NewReader(bytes.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if len(records) == 0 {
		t.Fatalf("%s: no header", path)
	}
	header = records[0]
	for _, r := range records[1:] {
		row := map[string]string{}
		for i, name := range header {
			row[name] = r[i]
		}
		rows = append(rows, row)
	}
	return header, rows
}
