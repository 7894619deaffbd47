package draw

import "strings"

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
}

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
	b.WriteString(strings.TrimSuffix(HatchDefs, "</svg>"))
	for _, o := range outlines {
		b.WriteString(`<path id="` + esc(prefix+o.Code) + `" d="` + o.Path + `"/>`)
	}
	b.WriteString("</svg>")
	return b.String()
}
