package generator

import (
	"bytes"
	"encoding/csv"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"atlas/generator/content"
	"atlas/generator/stats"
)

// chartBar is one bar of a chart as its SVG or its CSV gives it.
type chartBar struct {
	key   string
	value string // exact, in whole units; "" when unknown
	width string // the bar's length in the SVG
}

// chartsOf reads the charts of a built page: each bar's key, its exact
// value (data-value, which the minifier may write as 443e6) and length.
func chartsOf(t *testing.T, page []byte) map[string][]chartBar {
	t.Helper()
	charts := map[string][]chartBar{}
	id := ""
	for _, tg := range tags(page) {
		switch {
		case tg.name == "svg":
			id = ""
			if tg.attrs["class"] == "chart" {
				id, _, _ = strings.Cut(strings.TrimPrefix(tg.attrs["aria-labelledby"], "chart-"), " ")
				id = strings.TrimSuffix(id, "-t")
				charts[id] = []chartBar{}
			}
		case id == "":
		case tg.name == "g" && tg.attrs["data-key"] != "":
			charts[id] = append(charts[id], chartBar{key: tg.attrs["data-key"]})
		case tg.name == "rect" && len(charts[id]) > 0:
			bar := &charts[id][len(charts[id])-1]
			if v, ok := tg.attrs["data-value"]; ok {
				bar.value, bar.width = exactInt(t, v), tg.attrs["width"]
			}
		}
	}
	return charts
}

// exactInt reads a number the minifier wrote, such as 443e6, exactly.
func exactInt(t *testing.T, s string) string {
	r, ok := new(big.Rat).SetString(s)
	if !ok || !r.IsInt() {
		t.Errorf("data-value %q is not a whole number", s)
		return s
	}
	return r.Num().String()
}

// csvOf reads a chart's CSV: a byte-order mark, a header, then a row per
// bar: key, label, value, known, of.
func csvOf(t *testing.T, name string) [][]string {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	data, ok := bytes.CutPrefix(data, []byte("\ufeff"))
	if !ok {
		t.Errorf("%s: no UTF-8 byte-order mark", name)
	}
	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil || len(rows) < 1 {
		t.Fatalf("%s: %v", name, err)
	}
	return rows[1:]
}

// expected lists what each chart must show, from the totals: key, exact
// value or "" when unknown, then how many give it and of how many.
func expected(c *content.Content, s *stats.Stats) map[string][][4]string {
	sum := func(key string, x stats.Sum) [4]string {
		v := ""
		if x.Known > 0 {
			v = strconv.FormatInt(x.Value, 10)
		}
		return [4]string{key, v, strconv.Itoa(x.Known), strconv.Itoa(x.Of)}
	}
	want := map[string][][4]string{}
	for _, r := range c.Registry.Regions {
		t := s.Regions[r.Slug]
		want["dirhams-by-region"] = append(want["dirhams-by-region"], sum(r.Code, t.Dirhams))
		want["doctors-by-region"] = append(want["doctors-by-region"], sum(r.Code, t.Doctors))
	}
	var unknown [][4]string
	for _, y := range s.Years {
		if y.Year == 0 {
			unknown = append(unknown, sum("unknown", y.Dirhams))
			continue
		}
		want["dirhams-by-year"] = append(want["dirhams-by-year"], sum(strconv.Itoa(y.Year), y.Dirhams))
	}
	want["dirhams-by-year"] = append(want["dirhams-by-year"], unknown...)
	for _, p := range s.PartyTypes {
		if p.Parties > 0 {
			want["dirhams-by-party-type"] = append(want["dirhams-by-party-type"], sum(p.Type, stats.Sum{Value: p.Dirhams, Known: p.Known, Of: p.Parties}))
		}
	}
	return want
}

// TestChartsShowTheTotals reads every chart of both home pages and its
// CSV: both carry, bar for bar, the numbers of the totals; an unknown
// value is no bar and an empty cell, never 0; bars are as long as their
// values say; the regions' bars add up to the national total.
func TestChartsShowTheTotals(t *testing.T) {
	src := seed()
	c, diags := Check(src)
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	s, err := stats.Compute(c)
	if err != nil {
		t.Fatal(err)
	}
	want := expected(c, s)
	out := build(t, src)
	for _, lang := range []string{"ar", "fr"} {
		page, err := os.ReadFile(filepath.Join(out, lang, "index.html"))
		if err != nil {
			t.Fatal(err)
		}
		charts := chartsOf(t, page)
		if len(charts) != len(want) {
			t.Errorf("%s: %d charts, want %d", lang, len(charts), len(want))
		}
		for id, rows := range want {
			bars := charts[id]
			file := csvOf(t, filepath.Join(out, lang, "data", "chart-"+id+".csv"))
			if len(bars) != len(rows) || len(file) != len(rows) {
				t.Errorf("%s %s: %d bars and %d CSV rows, want %d", lang, id, len(bars), len(file), len(rows))
				continue
			}
			for i, w := range rows {
				got := [4]string{file[i][0], file[i][2], file[i][3], file[i][4]}
				if got != w {
					t.Errorf("%s %s CSV row %d: %v, want %v", lang, id, i, got, w)
				}
				if bars[i].key != w[0] || bars[i].value != w[1] {
					t.Errorf("%s %s bar %d: %s = %q, want %s = %q", lang, id, i, bars[i].key, bars[i].value, w[0], w[1])
				}
			}
			checkLengths(t, lang+" "+id, bars)
		}
		var regions int64
		for _, b := range charts["dirhams-by-region"] {
			v, _ := strconv.ParseInt(b.value, 10, 64)
			regions += v
		}
		if regions != s.National.Dirhams.Value {
			t.Errorf("%s: the regions' bars add up to %d, the national total is %d", lang, regions, s.National.Dirhams.Value)
		}
	}
}

// checkLengths checks that each bar is as long as its value says, to the
// unit the chart is drawn in.
func checkLengths(t *testing.T, name string, bars []chartBar) {
	var most, longest float64
	for _, b := range bars {
		v, _ := strconv.ParseFloat(b.value, 64)
		w, _ := strconv.ParseFloat(b.width, 64)
		if v > most {
			most, longest = v, w
		}
	}
	for _, b := range bars {
		if b.value == "" {
			continue
		}
		v, _ := strconv.ParseFloat(b.value, 64)
		w, _ := strconv.ParseFloat(b.width, 64)
		if want := v / most * longest; w < want-1 || w > want+1 || w < 1 {
			t.Errorf("%s: the bar of %s is %v long, want %.1f", name, b.key, w, want)
		}
	}
}

// TestMapsLinkEveryShape checks the national maps: each has one link per
// region, to its page, named by the region and its figures; and each
// region's map: one shape per prefecture or province, those named by an
// agreement linked to their row of the page.
func TestMapsLinkEveryShape(t *testing.T) {
	src := seed()
	c, _ := Check(src)
	out := build(t, src)
	for _, lang := range []string{"ar", "fr"} {
		maps := mapsOf(t, filepath.Join(out, lang, "index.html"))
		if len(maps) != 3 {
			t.Fatalf("%s home: %d maps, want 3", lang, len(maps))
		}
		for _, m := range maps {
			if len(m) != len(c.Registry.Regions) {
				t.Errorf("%s home: a map with %d shapes, want %d", lang, len(m), len(c.Registry.Regions))
			}
			for i, r := range c.Registry.Regions {
				if i >= len(m) {
					break
				}
				s := m[i]
				name := r.Name.In(lang)
				if s.code != r.Code || s.href != "regions/"+r.Slug+".html" || !strings.HasPrefix(s.name, name) || !hasFigure.MatchString(s.name) {
					t.Errorf("%s home: shape %+v, want %s linked to its page and named %q with its figures", lang, s, r.Code, name)
				}
			}
		}
		for _, r := range c.Registry.Regions {
			page := filepath.Join(out, lang, "regions", r.Slug+".html")
			maps := mapsOf(t, page)
			if len(maps) != 1 {
				t.Errorf("%s: %d maps, want 1", page, len(maps))
				continue
			}
			checkProvinceMap(t, page, maps[0], c, r.Slug)
		}
	}
}

var hasFigure = regexp.MustCompile(`[0-9]|inconnu|aucun|غير معروف|لا اتفاقية`)

func checkProvinceMap(t *testing.T, page string, shapes []mapShape, c *content.Content, region string) {
	data, _ := os.ReadFile(page)
	named := map[string]bool{}
	for _, a := range c.Agreements {
		if a.Status != "cancelled" {
			for _, p := range a.Place.Provinces {
				named[p] = true
			}
		}
	}
	i := 0
	for _, p := range c.Registry.Provinces {
		if p.Region != region {
			continue
		}
		if i >= len(shapes) {
			t.Errorf("%s: no shape for %s", page, p.Code)
			continue
		}
		s := shapes[i]
		i++
		switch {
		case s.code != p.Code || s.name == "":
			t.Errorf("%s: shape %+v, want %s with a name", page, s, p.Code)
		case named[p.Slug] != (s.href != ""):
			t.Errorf("%s: %s is linked %v, named by an agreement %v", page, p.Code, s.href != "", named[p.Slug])
		case s.href != "" && !bytes.Contains(data, []byte(`id="`+strings.TrimPrefix(s.href, "#")+`"`)):
			t.Errorf("%s: %s links to %s, which the page lacks", page, p.Code, s.href)
		}
	}
	if i != len(shapes) {
		t.Errorf("%s: %d shapes for %d provinces", page, len(shapes), i)
	}
}

// mapShape is a shape of a map: its code, its link and its name.
type mapShape struct{ code, href, name string }

// mapsOf lists the maps of a built page and their shapes in order.
func mapsOf(t *testing.T, page string) [][]mapShape {
	t.Helper()
	data, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	var maps [][]mapShape
	in := false
	var link tag
	for _, tg := range tags(data) {
		switch {
		case tg.name == "svg":
			in = tg.attrs["class"] == "map"
			if in {
				maps = append(maps, nil)
			}
		case !in:
		case tg.name == "a":
			link = tg
		case tg.attrs["data-code"] != "":
			s := mapShape{code: tg.attrs["data-code"], name: tg.attrs["aria-label"]}
			if link.name == "a" {
				s.href, s.name = link.attrs["href"], link.attrs["aria-label"]
			}
			link = tag{}
			maps[len(maps)-1] = append(maps[len(maps)-1], s)
		}
	}
	return maps
}

// TestGraphicsWeighLittle checks the budget of the built seed site: each
// map, with the outlines and patterns it uses, weighs at most 60 KB
// minified, and each home page, maps included, less than 250 KB.
func TestGraphicsWeighLittle(t *testing.T) {
	out := build(t, seed())
	pages, _ := filepath.Glob(filepath.Join(out, "*", "regions", "*.html"))
	for _, lang := range []string{"ar", "fr"} {
		pages = append(pages, filepath.Join(out, lang, "index.html"))
	}
	for _, name := range pages {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if filepath.Base(name) == "index.html" && filepath.Base(filepath.Dir(name)) != "regions" && len(data) >= 250_000 {
			t.Errorf("%s weighs %d bytes, over 250 KB", name, len(data))
		}
		defs := len(element(data, `<svg class="svg-defs"`))
		for _, m := range elements(data, `<svg class="map"`) {
			if n := defs + len(m); n > 60_000 {
				t.Errorf("%s: a map weighs %d bytes with its outlines, over 60 KB", name, n)
			}
		}
	}
}

// elements returns each SVG element of a page that starts with start.
func elements(page []byte, start string) [][]byte {
	var out [][]byte
	for {
		i := bytes.Index(page, []byte(start))
		if i < 0 {
			return out
		}
		end := bytes.Index(page[i:], []byte("</svg>"))
		if end < 0 {
			return out
		}
		out = append(out, page[i:i+end+len("</svg>")])
		page = page[i+end:]
	}
}

func element(page []byte, start string) []byte {
	if e := elements(page, start); len(e) > 0 {
		return e[0]
	}
	return nil
}
