package geo

import (
	"slices"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/simplify"
)

// simplifyArc drops the points of an arc that lie within tolerance of the
// line through the points kept (Douglas-Peucker, from orb). Its ends stay,
// so arcs still meet where they met. A closed arc (an island, or a shape
// with no neighbour) is cut in three first, so it keeps at least a
// triangle rather than collapsing to a line.
func simplifyArc(ls orb.LineString, tolerance float64) orb.LineString {
	dp := simplify.DouglasPeucker(tolerance)
	n := len(ls)
	if n < 4 || !ls[0].Equal(ls[n-1]) {
		return dp.LineString(ls.Clone())
	}
	a, b := n/3, 2*n/3
	out := dp.LineString(ls[:a+1].Clone())
	out = append(out, dp.LineString(ls[a : b+1].Clone())[1:]...)
	return append(out, dp.LineString(ls[b:].Clone())[1:]...)
}

// Simplify returns a copy of the topology whose arcs are simplified with
// tolerance, in the units of their coordinates.
func (t *Topology) Simplify(tolerance float64) *Topology {
	out := &Topology{Objects: t.Objects, Grid: t.Grid, Start: t.Start}
	for _, a := range t.Arcs {
		out.Arcs = append(out.Arcs, simplifyArc(a, tolerance))
	}
	return out
}

// Points counts the points of all arcs: what simplification saves.
func (t *Topology) Points() int {
	n := 0
	for _, a := range t.Arcs {
		n += len(a)
	}
	return n
}

func sortFloats(xs []float64) { slices.Sort(xs) }
