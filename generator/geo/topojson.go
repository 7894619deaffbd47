// Package geo reads and writes the map outlines of the atlas (TopoJSON),
// simplifies them and projects them onto the plane of a drawing. Borders
// are arcs shared by the shapes on both sides, so simplifying an arc once
// moves both shapes alike: neighbours never open gaps or overlap.
package geo

import (
	"encoding/json"
	"fmt"

	"github.com/paulmach/orb"
)

// Topology is a set of shapes drawn from shared arcs. Arcs hold absolute
// coordinates, longitude then latitude, once decoded.
type Topology struct {
	Arcs    []orb.LineString
	Objects map[string][]Shape // by object name: "regions", "provinces"
	// Grid is the quantization step, longitude then latitude: the
	// precision of the coordinates, kept when the topology is written.
	Grid  orb.Point
	Start orb.Point // the origin of the grid
}

// Shape is one named polygon or multipolygon: its polygons, each a list
// of rings (the outer one first), each ring a list of arc references. A
// reference i >= 0 follows arc i; ^i (that is -1-i) follows it backwards.
type Shape struct {
	ID       string
	Polygons [][][]int
}

type topoFile struct {
	Type      string                `json:"type"`
	Transform *transform            `json:"transform,omitempty"`
	Objects   map[string]collection `json:"objects"`
	Arcs      [][][2]float64        `json:"arcs"`
}

type transform struct {
	Scale     [2]float64 `json:"scale"`
	Translate [2]float64 `json:"translate"`
}

type collection struct {
	Type       string     `json:"type"`
	Geometries []geometry `json:"geometries"`
}

type geometry struct {
	Type string          `json:"type"`
	ID   string          `json:"id"`
	Arcs json.RawMessage `json:"arcs"`
}

// Decode reads a TopoJSON topology whose objects are collections of
// polygons and multipolygons.
func Decode(data []byte) (*Topology, error) {
	var f topoFile
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("topojson: %w", err)
	}
	if f.Type != "Topology" {
		return nil, fmt.Errorf("topojson: type %q, want Topology", f.Type)
	}
	t := &Topology{Objects: map[string][]Shape{}, Grid: orb.Point{1, 1}}
	if f.Transform != nil {
		t.Grid, t.Start = f.Transform.Scale, f.Transform.Translate
	}
	for _, raw := range f.Arcs {
		t.Arcs = append(t.Arcs, t.decodeArc(raw, f.Transform != nil))
	}
	for name, c := range f.Objects {
		shapes, err := t.decodeObject(c)
		if err != nil {
			return nil, fmt.Errorf("topojson: object %s: %w", name, err)
		}
		t.Objects[name] = shapes
	}
	return t, nil
}

// decodeArc turns a quantized, delta-encoded arc into absolute points.
func (t *Topology) decodeArc(raw [][2]float64, quantized bool) orb.LineString {
	ls := make(orb.LineString, len(raw))
	var x, y float64
	for i, p := range raw {
		if !quantized {
			ls[i] = orb.Point{p[0], p[1]}
			continue
		}
		x, y = x+p[0], y+p[1]
		ls[i] = orb.Point{x*t.Grid[0] + t.Start[0], y*t.Grid[1] + t.Start[1]}
	}
	return ls
}

func (t *Topology) decodeObject(c collection) ([]Shape, error) {
	var shapes []Shape
	for _, g := range c.Geometries {
		s := Shape{ID: g.ID}
		var err error
		switch g.Type {
		case "Polygon":
			var rings [][]int
			err = json.Unmarshal(g.Arcs, &rings)
			s.Polygons = [][][]int{rings}
		case "MultiPolygon":
			err = json.Unmarshal(g.Arcs, &s.Polygons)
		default:
			err = fmt.Errorf("geometry type %q, want Polygon or MultiPolygon", g.Type)
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", g.ID, err)
		}
		for _, poly := range s.Polygons {
			for _, ring := range poly {
				for _, ref := range ring {
					if i := arcIndex(ref); i < 0 || i >= len(t.Arcs) {
						return nil, fmt.Errorf("%s: no arc %d", g.ID, ref)
					}
				}
			}
		}
		shapes = append(shapes, s)
	}
	return shapes, nil
}

// arcIndex is the arc a reference follows, forwards or backwards.
func arcIndex(ref int) int {
	if ref < 0 {
		return ^ref
	}
	return ref
}

// Shape returns the shape of an object with the given id.
func (t *Topology) Shape(object, id string) (Shape, bool) {
	for _, s := range t.Objects[object] {
		if s.ID == id {
			return s, true
		}
	}
	return Shape{}, false
}
