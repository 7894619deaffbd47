// Package draw writes the atlas's graphics as SVG: bar charts and maps
// coloured by class. It takes plain values whose text is already in the
// page's language, and returns markup to put inline in a page, so that the
// links of a map work from any address and the text uses the page's fonts.
// Every function here is pure.
package draw

import (
	"strconv"
	"strings"

	"atlas/generator/bidi"
)

// esc escapes text and attribute values for XML.
func esc(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
}

// isolated escapes text and wraps each figure in it between left-to-right
// isolate marks (U+2066, U+2069): SVG text has no <bdi>, and the marks keep
// "443 مليون درهم" and "1.234" in their order in right-to-left text.
func isolated(s string) string {
	return isolateMarks.Replace(bidi.Isolate(s, false, esc))
}

var isolateMarks = strings.NewReplacer("<bdi>", "\u2066", "</bdi>", "\u2069")

func itoa(n int) string { return strconv.Itoa(n) }

// Hatch is the fill of "no data": grey diagonal lines on white, apart
// from every colour of the palette, in colour and in grey alike. Pages
// that draw define it once with HatchDefs.
const Hatch = "url(#atlas-nodata)"

// HatchDefs defines the pattern Hatch names, in a hidden SVG of its own
// that stays rendered (not display: none), so that every drawing of the
// page can use it.
const HatchDefs = `<svg class="svg-defs" width="0" height="0" aria-hidden="true" focusable="false"><defs>` +
	`<pattern id="atlas-nodata" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
	`<rect width="6" height="6" fill="#fff"/><path d="M0 0v6" stroke="#767676" stroke-width="2"/></pattern></defs></svg>`

// Palette returns n colours, light to dark, of ColorBrewer's YlGnBu
// scheme (Cynthia Brewer, Penn State), which stays readable for readers
// with colour-blindness and on a grey print: lightness alone orders it.
func Palette(n int) []string {
	switch {
	case n <= 0:
		return nil
	case n == 1:
		return []string{"#41b6c4"}
	case n == 2:
		return []string{"#a1dab4", "#225ea8"}
	case n == 3:
		return []string{"#edf8b1", "#7fcdbb", "#2c7fb8"}
	}
	return []string{"#ffffcc", "#a1dab4", "#41b6c4", "#225ea8"}
}

// MaxClasses is the most classes a map has: more are hard to tell apart.
const MaxClasses = 4

func itoa64(n int64) string { return strconv.FormatInt(n, 10) }
