package draw

import (
	"strings"
	"unicode/utf8"
)

// Bars is a bar chart: one row per category, its label above its bar and
// its value after the bar, inside a bar too long to leave it room, or
// below one too short to hold it: text never runs out of the chart.
type Bars struct {
	ID    string // unique in the page; the ids of its title and description start with it
	Title string // what it shows: the chart's accessible name
	Desc  string // what it covers: "montant publié pour 3 accords sur 5"
	RTL   bool   // bars grow from the right, labels start on the right
	Rows  []Bar
}

// Bar is one category of a chart. An unknown value is never drawn as a
// bar of zero: its row shows the no-data hatch and says why.
type Bar struct {
	Key   string // the category for machines: a region's code, a year
	Label string
	Value int64
	Known bool
	Shown string // the value as the page prints it, or why it is unknown
}

// Geometry of a chart, in the units of its view box, which a phone 360 px
// wide draws about 330 px wide: text keeps about the size of the page's.
const (
	barsWidth  = 360
	barsMargin = 2
	barHeight  = 16
	barFill    = "#225ea8" // the darkest blue of the maps' palette: white text reads on it
	lineHeight = 20
	gap        = 6
)

// fontSize is larger for Arabic, whose letters are smaller at one size.
func (c Bars) fontSize() int {
	if c.RTL {
		return 16
	}
	return 15
}

// textWidth overestimates the width of a line of text: at most 0.62 em
// per letter, more than the letters of the page's fonts take on average.
func (c Bars) textWidth(s string) int {
	return utf8.RuneCountInString(s) * c.fontSize() * 62 / 100
}

// SVG writes the chart.
func (c Bars) SVG() string {
	var rows strings.Builder
	var most int64
	for _, r := range c.Rows {
		if r.Known {
			most = max(most, r.Value)
		}
	}
	y := barsMargin
	for _, r := range c.Rows {
		y = c.row(&rows, r, y, most)
	}
	height := y + barsMargin
	dir := "ltr"
	if c.RTL {
		dir = "rtl"
	}
	var b strings.Builder
	b.WriteString(`<svg class="chart" viewBox="0 0 ` + itoa(barsWidth) + " " + itoa(height) + `" role="img" aria-labelledby="` +
		c.ID + `-t ` + c.ID + `-d" direction="` + dir + `" font-size="` + itoa(c.fontSize()) + `">`)
	b.WriteString(`<title id="` + c.ID + `-t">` + isolated(c.Title) + `</title><desc id="` + c.ID + `-d">` + isolated(c.Desc) + `</desc>`)
	b.WriteString(`<path d="M` + itoa(c.mirror(barsMargin)) + " 0v" + itoa(height) + `" stroke="#767676"/>`)
	b.WriteString(rows.String())
	b.WriteString(`</svg>`)
	return b.String()
}

// mirror turns a distance from the start edge into an x coordinate.
func (c Bars) mirror(x int) int {
	if c.RTL {
		return barsWidth - x
	}
	return x
}

// box writes a rectangle that starts at distance from the start edge.
func (c Bars) box(b *strings.Builder, from, y, width int, fill, attr string) {
	x := from
	if c.RTL {
		x = barsWidth - from - width
	}
	b.WriteString(`<rect x="` + itoa(x) + `" y="` + itoa(y) + `" width="` + itoa(width) + `" height="` + itoa(barHeight) + `" fill="` + fill + `"` + attr + `/>`)
}

func (c Bars) text(b *strings.Builder, from, baseline int, class, s string) {
	if class != "" {
		class = ` class="` + class + `"`
	}
	b.WriteString(`<text x="` + itoa(c.mirror(from)) + `" y="` + itoa(baseline) + `"` + class + `>` + isolated(s) + `</text>`)
}

// row writes one category from y down and returns where the next starts.
func (c Bars) row(b *strings.Builder, r Bar, y int, most int64) int {
	start := barsMargin + 1
	room := barsWidth - start - barsMargin
	b.WriteString(`<g data-key="` + esc(r.Key) + `">`)
	c.text(b, start+4, y+15, "", r.Label)
	y += lineHeight + 2
	if !r.Known {
		c.box(b, start, y, barHeight, Hatch, "")
		c.text(b, start+barHeight+gap, y+barHeight-3, "unknown", r.Shown)
		b.WriteString(`</g>`)
		return y + barHeight + 14
	}
	length := max(1, int(float64(r.Value)/float64(most)*float64(room)+0.5))
	c.box(b, start, y, length, barFill, ` data-value="`+itoa64(r.Value)+`"`)
	w := c.textWidth(r.Shown)
	switch {
	case length+gap+w <= room:
		c.text(b, start+length+gap, y+barHeight-3, "", r.Shown)
	case w+2*gap <= length:
		c.text(b, start+gap, y+barHeight-3, "inside", r.Shown)
	default:
		y += lineHeight
		c.text(b, start+4, y+barHeight-2, "", r.Shown)
	}
	b.WriteString(`</g>`)
	return y + barHeight + 14
}
