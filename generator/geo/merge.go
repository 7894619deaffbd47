package geo

import "fmt"

// Merge puts the named objects of two topologies on one grid into one
// topology, the arcs of b after those of a. The grids must be the same:
// requantizing would move points.
func Merge(a, b *Topology, objects ...string) (*Topology, error) {
	if a.Grid != b.Grid || a.Start != b.Start {
		return nil, fmt.Errorf("the outlines are on different grids")
	}
	out := &Topology{Grid: a.Grid, Start: a.Start, Objects: map[string][]Shape{}}
	out.Arcs = append(append(out.Arcs, a.Arcs...), b.Arcs...)
	for _, name := range objects {
		src, offset := a, 0
		if _, ok := a.Objects[name]; !ok {
			src, offset = b, len(a.Arcs)
		}
		shapes, ok := src.Objects[name]
		if !ok {
			return nil, fmt.Errorf("no object %q in the outlines", name)
		}
		for _, s := range shapes {
			out.Objects[name] = append(out.Objects[name], shift(s, offset))
		}
	}
	return out, nil
}

// shift moves a shape's arc references by offset.
func shift(s Shape, offset int) Shape {
	out := Shape{ID: s.ID}
	for _, poly := range s.Polygons {
		var rings [][]int
		for _, ring := range poly {
			var refs []int
			for _, ref := range ring {
				if ref < 0 {
					refs = append(refs, ^(^ref + offset))
				} else {
					refs = append(refs, ref+offset)
				}
			}
			rings = append(rings, refs)
		}
		out.Polygons = append(out.Polygons, rings)
	}
	return out
}
