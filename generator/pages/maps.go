package pages

import (
	"html/template"
	"slices"
	"strconv"
	"strings"

	"atlas/generator/content"
	"atlas/generator/draw"
	"atlas/generator/geo"
)

// Graphics are the maps and charts of a page.
type Graphics struct {
	Shapes []draw.Area // outlines that several maps of the page share
	Maps   []MapView
	Charts []Chart
}

// MapView is one map with its legend and what it covers.
type MapView struct {
	ID     string // its element's id: the switch between maps targets it
	Title  string
	Note   string // what it covers, in a sentence
	Map    draw.Map
	Legend []LegendEntry
}

// LegendEntry is one class of a map: its colour and the values it holds.
type LegendEntry struct {
	Fill, Label string
}

// OutlinesFile is the file of the assets folder the maps are drawn from.
const OutlinesFile = "outlines.topo.json"

// shapePrefix starts the ids of the outlines a page defines once.
const shapePrefix = "shape-"

// How maps are drawn: a plane 1000 units wide, simplified to a unit (about
// two thirds of a pixel where it is widest on screen), islands under 4
// square units left out.
var mapOptions = geo.Options{Width: 1000, Margin: 4, Tolerance: 1, MinArea: 4}

// Draws reports whether the page r shows a map: it needs encoding again
// when the outlines change.
func (s *Site) Draws(r Ref) bool {
	return s.st.outlines != nil && (r.Kind == KindHome || r.Kind == KindRegion)
}

// regionFigures are the three figures a region's shape is coloured by.
type regionFigures struct {
	perInhabitant, doctors Ratio
	agreements             int
}

func (st *site) nationalMaps(lang string) ([]draw.Area, []MapView) {
	if st.outlines == nil {
		return nil, nil
	}
	var codes []string
	for _, r := range st.c.Registry.Regions {
		codes = append(codes, r.Code)
	}
	d, err := st.outlines.Draw("regions", codes, mapOptions)
	if err != nil {
		return nil, nil // Prepare checked that every region has an outline
	}
	loc := st.locs[lang]
	figs := make([]regionFigures, len(codes))
	var shapes []draw.Area
	for i, r := range st.c.Registry.Regions {
		t := st.s.Regions[r.Slug]
		f := &figs[i]
		f.perInhabitant.Hundredths, f.perInhabitant.Known = t.PerInhabitant()
		f.doctors.Hundredths, f.doctors.Known = t.DoctorsPer100k()
		f.agreements = t.Agreements
		shapes = append(shapes, draw.Area{Code: r.Code, Path: d.Outlines[i].Path})
	}
	nat := st.s.National
	views := []MapView{
		st.regionMap(lang, "per-inhabitant", d, figs, coverageText(loc, nat.Dirhams, "amount"),
			func(f regionFigures) (int64, bool) { return f.perInhabitant.Hundredths, f.perInhabitant.Known }),
		st.regionMap(lang, "doctors", d, figs, coverageText(loc, nat.Doctors, "count"),
			func(f regionFigures) (int64, bool) { return f.doctors.Hundredths, f.doctors.Known }),
		st.regionMap(lang, "agreements", d, figs, loc.Count(int64(nat.Agreements), "agreements"),
			func(f regionFigures) (int64, bool) { return int64(f.agreements), f.agreements > 0 }),
	}
	return shapes, views
}

// regionMap colours the regions by one figure; value gives it, or false
// when the region has none.
func (st *site) regionMap(lang, id string, d geo.Drawing, figs []regionFigures, note string, value func(regionFigures) (int64, bool)) MapView {
	loc := st.locs[lang]
	var known []int64
	for _, f := range figs {
		if v, ok := value(f); ok {
			known = append(known, v)
		}
	}
	classes := draw.Classes(known)
	ratio := id != "agreements"
	m := MapView{ID: "map-" + id, Title: loc.T("map." + id), Note: note,
		Map: draw.Map{Label: loc.T("map." + id), Width: d.Width, Height: d.Height}}
	for i, r := range st.c.Registry.Regions {
		fill := draw.Hatch
		if v, ok := value(figs[i]); ok {
			fill = draw.Fill(classes, v)
		}
		m.Map.Areas = append(m.Map.Areas, draw.Area{
			Code: r.Code, Use: shapePrefix + r.Code, Href: Region(lang, r.Slug), Fill: fill,
			Name: st.regionName(lang, r, figs[i]),
		})
	}
	m.Legend = st.legend(lang, classes, ratio, loc.T("map.nodata."+id))
	return m
}

// regionName is a region's accessible name on every map: its name and
// its three figures.
func (st *site) regionName(lang string, r content.Region, f regionFigures) string {
	loc := st.locs[lang]
	per, doctors := loc.T("map.per_inhabitant_unknown"), loc.T("map.doctors_unknown")
	if f.perInhabitant.Known {
		per = fill(loc.T("figure.per_inhabitant_value"), "{v}", st.ratioText(lang, f.perInhabitant.Hundredths))
	}
	if f.doctors.Known {
		doctors = fill(loc.T("map.doctors_value"), "{v}", st.ratioText(lang, f.doctors.Hundredths))
	}
	return fill(loc.T("map.region_name"), "{name}", st.text(r.Name, lang).Value,
		"{per_inhabitant}", per, "{doctors}", doctors, "{agreements}", loc.Count(int64(f.agreements), "agreements"))
}

// ratioText writes hundredths with two decimals: "987,33".
func (st *site) ratioText(lang string, h int64) string {
	loc := st.locs[lang]
	return hundredths(loc.T("decimal_separator"), loc.Int(h/100), h%100)
}

// legend states each class's bounds in the page's number format, then
// the no-data hatch with what it means.
func (st *site) legend(lang string, classes []draw.Class, ratio bool, nodata string) []LegendEntry {
	loc := st.locs[lang]
	format := func(v int64) string {
		if ratio {
			return st.ratioText(lang, v)
		}
		return loc.Int(v)
	}
	var out []LegendEntry
	for _, c := range classes {
		label := format(c.Min)
		if c.Max != c.Min {
			label += " – " + format(c.Max)
		}
		out = append(out, LegendEntry{Fill: c.Fill, Label: label})
	}
	return append(out, LegendEntry{Fill: draw.Hatch, Label: nodata})
}

// provinceMap colours the prefectures and provinces of a region by the
// number of agreements that name them; those named link to their row of
// the page's table.
func (st *site) provinceMap(lang string, r content.Region, rows []ProvinceRow) *MapView {
	if st.outlines == nil || len(rows) == 0 {
		return nil
	}
	var codes []string
	var known []int64
	for _, p := range rows {
		codes = append(codes, p.Code)
		if p.Named > 0 {
			known = append(known, int64(p.Named))
		}
	}
	d, err := st.outlines.Draw("provinces", codes, mapOptions)
	if err != nil {
		return nil // Prepare checked that every province has an outline
	}
	loc := st.locs[lang]
	classes := draw.Classes(known)
	m := &MapView{ID: "map-provinces", Title: loc.T("map.provinces"), Note: loc.T("map.provinces_note"),
		Map: draw.Map{Label: fill(loc.T("map.provinces_label"), "{name}", st.text(r.Name, lang).Value), Width: d.Width, Height: d.Height}}
	for i, p := range rows {
		a := draw.Area{Code: p.Code, Path: d.Outlines[i].Path, Fill: draw.Hatch,
			Name: fill(loc.T("map.province_name"), "{name}", p.Name.Value, "{level}", p.Level, "{agreements}", loc.Count(int64(p.Named), "agreements"))}
		if p.Named > 0 {
			a.Fill, a.Href = draw.Fill(classes, int64(p.Named)), "#"+ProvinceAnchor(p.Code)
			a.Label, a.At = p.Name.Value, d.Outlines[i].At
		}
		m.Map.Areas = append(m.Map.Areas, a)
	}
	m.Legend = st.legend(lang, classes, false, loc.T("map.nodata.provinces"))
	return m
}

// ProvinceAnchor is the id of a province's row on its region's page.
func ProvinceAnchor(code string) string { return "province-" + code }

// DrawMap prints a map as inline SVG.
func (p *Page) DrawMap(m MapView) template.HTML {
	d := m.Map
	d.Areas = slices.Clone(d.Areas)
	for i, a := range d.Areas {
		if a.Href != "" && !strings.HasPrefix(a.Href, "#") {
			d.Areas[i].Href = p.URL(a.Href) // the one link resolver
		}
	}
	// draw escapes every text it writes.
	return template.HTML(d.SVG())
}

// DrawDefs prints what the drawings of the page share, once: the no-data
// hatch and the outlines several maps show.
func (p *Page) DrawDefs(shapes []draw.Area) template.HTML {
	return template.HTML(draw.Defs(shapePrefix, shapes))
}

// Plain prints plain text with its figures isolated.
func (p *Page) Plain(s string) template.HTML { return isolate(s) }

// Swatch prints a legend's colour sample.
func (p *Page) Swatch(fill string) template.HTML {
	return template.HTML(`<svg class="swatch" viewBox="0 0 24 16" aria-hidden="true" focusable="false"><rect x=".5" y=".5" width="23" height="15" fill="` +
		template.HTMLEscapeString(fill) + `" stroke="#4d4d4d"/></svg>`)
}

// CheckOutlines reports the first region or province of the registry
// that has no outline.
func CheckOutlines(t *geo.Topology, reg content.Registry) error {
	for _, r := range reg.Regions {
		if _, ok := t.Shape("regions", r.Code); !ok {
			return missingOutline(r.Code)
		}
	}
	for _, p := range reg.Provinces {
		if _, ok := t.Shape("provinces", p.Code); !ok {
			return missingOutline(p.Code)
		}
	}
	return nil
}

type missingOutline string

func (m missingOutline) Error() string {
	return "no outline for " + strconv.Quote(string(m))
}
