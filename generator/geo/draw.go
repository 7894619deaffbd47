package geo

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/project"
)

// Drawing is shapes projected onto a plane Width wide, in whole units,
// ready to be written as SVG paths.
type Drawing struct {
	Width, Height int
	Outlines      []Outline
}

// Outline is one shape of a drawing.
type Outline struct {
	ID   string
	Path string    // SVG path data
	At   orb.Point // a point inside its largest polygon, for a label
}

// Options say how to draw.
type Options struct {
	Width     int     // of the plane, in its units
	Margin    int     // space kept around the shapes, in the same units
	Tolerance float64 // simplification, in units of the plane
	MinArea   float64 // polygons smaller than this are left out, but never a shape's largest
}

// Draw projects the shapes of an object with the given ids (all of them
// when ids is empty), in that order, onto a plane opts.Width wide: Web
// Mercator (from orb), scaled to fit, north up. Arcs are simplified once
// at the scale of the drawing, so shared borders stay shared.
func (t *Topology) Draw(object string, ids []string, opts Options) (Drawing, error) {
	shapes, err := t.pick(object, ids)
	if err != nil {
		return Drawing{}, err
	}
	used := map[int]orb.LineString{}
	var bound orb.Bound
	first := true
	for _, s := range shapes {
		eachArc(s, func(i int) {
			if _, ok := used[i]; ok {
				return
			}
			m := project.LineString(t.Arcs[i].Clone(), project.WGS84.ToMercator)
			used[i] = m
			if first {
				bound, first = m.Bound(), false
			}
			bound = bound.Union(m.Bound())
		})
	}
	if first {
		return Drawing{}, fmt.Errorf("%s: no shape to draw", object)
	}
	inner := float64(opts.Width - 2*opts.Margin)
	scale := inner / math.Max(bound.Max[0]-bound.Min[0], bound.Max[1]-bound.Min[1])
	d := Drawing{Width: opts.Width, Height: int(math.Ceil((bound.Max[1]-bound.Min[1])*scale)) + 2*opts.Margin}
	offset := (inner - (bound.Max[0]-bound.Min[0])*scale) / 2
	toPlane := func(p orb.Point) orb.Point {
		return orb.Point{
			math.Round(float64(opts.Margin) + offset + (p[0]-bound.Min[0])*scale),
			math.Round(float64(opts.Margin) + (bound.Max[1]-p[1])*scale),
		}
	}
	for i, m := range used {
		used[i] = simplifyArc(project.LineString(m, toPlane), opts.Tolerance)
	}
	for _, s := range shapes {
		d.Outlines = append(d.Outlines, outline(s, used, opts.MinArea))
	}
	return d, nil
}

func (t *Topology) pick(object string, ids []string) ([]Shape, error) {
	all, ok := t.Objects[object]
	if !ok {
		return nil, fmt.Errorf("no object %q in the outlines", object)
	}
	if len(ids) == 0 {
		return all, nil
	}
	var out []Shape
	for _, id := range ids {
		s, ok := t.Shape(object, id)
		if !ok {
			return nil, fmt.Errorf("no outline of %s in %s", id, object)
		}
		out = append(out, s)
	}
	return out, nil
}

func eachArc(s Shape, f func(int)) {
	for _, poly := range s.Polygons {
		for _, ring := range poly {
			for _, ref := range ring {
				f(arcIndex(ref))
			}
		}
	}
}

// outline joins the arcs of each ring and writes the shape's path.
func outline(s Shape, arcs map[int]orb.LineString, minArea float64) Outline {
	type polygon struct {
		rings []orb.Ring
		area  float64
	}
	var polys []polygon
	largest := -1
	for _, p := range s.Polygons {
		var pg polygon
		for i, refs := range p {
			r := ring(refs, arcs)
			if i == 0 {
				pg.area = math.Abs(area(r))
			}
			pg.rings = append(pg.rings, r)
		}
		polys = append(polys, pg)
		if largest < 0 || pg.area > polys[largest].area {
			largest = len(polys) - 1
		}
	}
	o := Outline{ID: s.ID}
	var b strings.Builder
	for i, pg := range polys {
		if i != largest && pg.area < minArea {
			continue
		}
		for _, r := range pg.rings {
			writeRing(&b, r)
		}
	}
	o.Path = b.String()
	if largest >= 0 && len(polys[largest].rings) > 0 {
		o.At = inside(polys[largest].rings[0])
	}
	return o
}

// ring follows the arcs of a ring, each from where the last one ended.
func ring(refs []int, arcs map[int]orb.LineString) orb.Ring {
	var r orb.Ring
	for _, ref := range refs {
		a := arcs[arcIndex(ref)]
		if ref < 0 {
			a = a.Clone()
			a.Reverse()
		}
		if len(r) > 0 {
			a = a[1:]
		}
		r = append(r, a...)
	}
	return r
}

// area is the signed area of a ring (shoelace).
func area(r orb.Ring) float64 {
	s := 0.0
	for i := 0; i+1 < len(r); i++ {
		s += r[i][0]*r[i+1][1] - r[i+1][0]*r[i][1]
	}
	return s / 2
}

// writeRing writes a ring as a move, relative lines and a close,
// leaving out points equal to the one before.
func writeRing(b *strings.Builder, r orb.Ring) {
	if len(r) < 3 {
		return
	}
	b.WriteString("M" + num(r[0][0]) + " " + num(r[0][1]))
	prev := r[0]
	first := true
	for _, p := range r[1 : len(r)-1] {
		if p.Equal(prev) {
			continue
		}
		if first {
			b.WriteByte('l')
			first = false
		} else if p[0]-prev[0] >= 0 {
			b.WriteByte(' ')
		}
		b.WriteString(num(p[0] - prev[0]))
		if p[1]-prev[1] >= 0 {
			b.WriteByte(' ')
		}
		b.WriteString(num(p[1] - prev[1]))
		prev = p
	}
	b.WriteByte('z')
}

func num(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// inside returns a point inside a ring for a label: the middle of the
// widest horizontal chord through the ring's vertical middle.
func inside(r orb.Ring) orb.Point {
	b := r.Bound()
	y := (b.Min[1]+b.Max[1])/2 + 0.5
	var xs []float64
	for i := 0; i+1 < len(r); i++ {
		p, q := r[i], r[i+1]
		if (p[1] <= y) != (q[1] <= y) {
			xs = append(xs, p[0]+(y-p[1])*(q[0]-p[0])/(q[1]-p[1]))
		}
	}
	sortFloats(xs)
	best, at := -1.0, b.Center()
	for i := 0; i+1 < len(xs); i += 2 {
		if w := xs[i+1] - xs[i]; w > best {
			best, at = w, orb.Point{math.Round((xs[i] + xs[i+1]) / 2), math.Round(y)}
		}
	}
	return at
}
