package draw

import (
	"strings"
	"unicode/utf8"
)

// Map is a map of shapes coloured by class, each a link to its page when
// it has one. Its legend is the page's: text in HTML wraps and reads in
// the page's direction.
type Map struct {
	Label         string // the map's accessible name
	Width, Height int    // of its view box
	Areas         []Area
}

// Area is one shape of a map.
type Area struct {
	Code string // the shape's code, for machines: "MA-09"
	Path string // its outline, SVG path data; empty when Use is set
	Use  string // the id of an outline defined once in the page by Shapes
	Href string // where it links to; empty for a shape that links nowhere
	Name string // its accessible name, with its figures
	Fill string // its class's colour, or Hatch
	// Label, when set, is written on the shape at At: a short name for
	// readers who see the map, hidden from screen readers, who hear Name.
	Label string
	At    [2]float64
}

// labelSize is the font size of labels, in units of a map 1000 wide: about
// 13 px on a phone, 20 px where the map is widest.
const labelSize = 40

// SVG writes the map. Linked shapes are links named by their figures;
// the others are named images, so that every shape can be read.
func (m Map) SVG() string {
	var b strings.Builder
	b.WriteString(`<svg class="map" viewBox="0 0 ` + itoa(m.Width) + " " + itoa(m.Height) +
		`" role="group" aria-label="` + esc(m.Label) + `" stroke="#4d4d4d" stroke-width="1" stroke-linejoin="round">`)
	for _, a := range m.Areas {
		name := isolated(a.Name)
		shape := `<path d="` + a.Path + `"`
		if a.Use != "" {
			shape = `<use href="#` + esc(a.Use) + `"`
		}
		shape += ` fill="` + a.Fill + `" data-code="` + esc(a.Code) + `"`
		if a.Href == "" {
			b.WriteString(shape + ` role="img" aria-label="` + esc(a.Name) + `"><title>` + name + `</title>` + closing(a) + `>`)
			continue
		}
		b.WriteString(`<a href="` + esc(a.Href) + `" aria-label="` + esc(a.Name) + `"><title>` + name + `</title>` + shape + `/></a>`)
	}
	m.labels(&b)
	b.WriteString(`</svg>`)
	return b.String()
}

func closing(a Area) string {
	if a.Use != "" {
		return "</use"
	}
	return "</path"
}

// Defs writes the hidden SVG that holds what the drawings of a page share:
// the no-data hatch, and outlines that several maps show, each with the
// id prefix+code.
func Defs(prefix string, outlines []Area) string {
	var b strings.Builder
	b.WriteString(strings.TrimSuffix(HatchDefs, "</defs></svg>"))
	for _, o := range outlines {
		b.WriteString(`<path id="` + esc(prefix+o.Code) + `" d="` + o.Path + `"/>`)
	}
	b.WriteString("</defs></svg>")
	return b.String()
}

// labels writes the labels of the shapes that have one, above every
// shape, with a white halo, moved in from the edges so as to stay whole.
func (m Map) labels(b *strings.Builder) {
	size := labelSize * m.Width / 1000
	first := true
	for _, a := range m.Areas {
		if a.Label == "" {
			continue
		}
		if first {
			b.WriteString(`<g class="map-labels" aria-hidden="true" font-size="` + itoa(size) + `" text-anchor="middle" stroke="#fff" stroke-width="` + itoa(max(1, size/5)) + `" paint-order="stroke" fill="#1d2327">`)
			first = false
		}
		half := utf8.RuneCountInString(a.Label) * size * 62 / 200
		x := min(max(int(a.At[0]), half+2), m.Width-half-2)
		y := min(max(int(a.At[1])+size/3, size), m.Height-2)
		b.WriteString(`<text x="` + itoa(x) + `" y="` + itoa(y) + `">` + isolated(a.Label) + `</text>`)
	}
	if !first {
		b.WriteString(`</g>`)
	}
}
