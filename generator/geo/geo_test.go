package geo

import (
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/paulmach/orb"
)

var update = flag.Bool("update", false, "rewrite golden files")

// twoSquares is two unit squares side by side, sharing their middle edge
// (arc 0), quantized on a grid of 0.5.
const twoSquares = `{"type":"Topology",
"transform":{"scale":[0.5,0.5],"translate":[10,20]},
"objects":{"cells":{"type":"GeometryCollection","geometries":[
 {"type":"Polygon","id":"A","arcs":[[0,1]]},
 {"type":"MultiPolygon","id":"B","arcs":[[[2,-1]]]}]}},
"arcs":[[[2,0],[0,1],[0,1]],
        [[2,2],[-2,0],[0,-2],[2,0]],
        [[2,0],[2,0],[0,2],[-2,0]]]}`

func TestDecode(t *testing.T) {
	topo, err := Decode([]byte(twoSquares))
	if err != nil {
		t.Fatal(err)
	}
	want := orb.LineString{{11, 20}, {11, 20.5}, {11, 21}}
	if !topo.Arcs[0].Equal(want) {
		t.Errorf("arc 0 = %v, want %v", topo.Arcs[0], want)
	}
	b, ok := topo.Shape("cells", "B")
	if !ok || len(b.Polygons) != 1 || b.Polygons[0][0][1] != -1 {
		t.Errorf("shape B = %+v", b)
	}
	if _, ok := topo.Shape("cells", "C"); ok {
		t.Error("found a shape C")
	}
}

func TestDecodeErrors(t *testing.T) {
	for name, data := range map[string]string{
		"not json":     `{`,
		"not topology": `{"type":"FeatureCollection"}`,
		"line":         `{"type":"Topology","objects":{"o":{"type":"GeometryCollection","geometries":[{"type":"LineString","id":"x","arcs":[0]}]}},"arcs":[[[0,0],[1,1]]]}`,
		"missing arc":  `{"type":"Topology","objects":{"o":{"type":"GeometryCollection","geometries":[{"type":"Polygon","id":"x","arcs":[[3]]}]}},"arcs":[[[0,0],[1,1]]]}`,
	} {
		if _, err := Decode([]byte(data)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestEncodeRoundTrip(t *testing.T) {
	topo, err := Decode([]byte(twoSquares))
	if err != nil {
		t.Fatal(err)
	}
	data, err := topo.Encode()
	if err != nil {
		t.Fatal(err)
	}
	again, err := Decode(data)
	if err != nil {
		t.Fatalf("%v\n%s", err, data)
	}
	for i := range topo.Arcs {
		if !again.Arcs[i].Equal(topo.Arcs[i]) {
			t.Errorf("arc %d: %v, want %v", i, again.Arcs[i], topo.Arcs[i])
		}
	}
	if again.Grid != topo.Grid || again.Start != topo.Start || len(again.Objects["cells"]) != 2 {
		t.Errorf("round trip lost the grid or the shapes: %s", data)
	}
}

func TestSimplifyArc(t *testing.T) {
	tests := []struct {
		name string
		in   orb.LineString
		want int // points kept
	}{
		{"straight", orb.LineString{{0, 0}, {1, 0.01}, {2, 0}, {3, 0}}, 2},
		{"corner", orb.LineString{{0, 0}, {1, 0}, {1, 1}}, 3},
		{"closed square", orb.LineString{{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}}, 5},
		{"closed, nearly straight sides", orb.LineString{{0, 0}, {1, 0}, {2, 0}, {2, 2}, {1, 2}, {0, 2}, {0, 0}}, 6}, // the cuts stay
		{"two points", orb.LineString{{0, 0}, {5, 5}}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := tt.in.Clone()
			got := simplifyArc(in, 0.1)
			if len(got) != tt.want {
				t.Errorf("kept %v, want %d points", got, tt.want)
			}
			if !got[0].Equal(tt.in[0]) || !got[len(got)-1].Equal(tt.in[len(tt.in)-1]) {
				t.Errorf("ends moved: %v", got)
			}
			if !in.Equal(tt.in) {
				t.Errorf("the input changed: %v", in)
			}
		})
	}
}

func TestMerge(t *testing.T) {
	a, _ := Decode([]byte(twoSquares))
	b, _ := Decode([]byte(strings.Replace(twoSquares, `"cells"`, `"more"`, 1)))
	m, err := Merge(a, b, "cells", "more")
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Arcs) != 6 {
		t.Fatalf("%d arcs", len(m.Arcs))
	}
	s, _ := m.Shape("more", "B")
	if got := s.Polygons[0][0]; got[0] != 5 || got[1] != ^3 {
		t.Errorf("shifted refs %v, want [5 -4]", got)
	}
	b.Grid = orb.Point{1, 1}
	if _, err := Merge(a, b, "cells"); err == nil {
		t.Error("merged topologies on different grids")
	}
}

func TestDraw(t *testing.T) {
	topo, _ := Decode([]byte(twoSquares))
	d, err := topo.Draw("cells", nil, Options{Width: 100, Margin: 5, Tolerance: 0.5})
	if err != nil {
		t.Fatal(err)
	}
	if d.Width != 100 || d.Height < 50 || d.Height > 60 || len(d.Outlines) != 2 {
		t.Fatalf("drawing %dx%d with %d outlines", d.Width, d.Height, len(d.Outlines))
	}
	golden(t, "testdata/squares.svg", svgOf(d))
	if _, err := topo.Draw("cells", []string{"C"}, Options{Width: 100}); err == nil {
		t.Error("drew a shape that does not exist")
	}
	if _, err := topo.Draw("rivers", nil, Options{Width: 100}); err == nil {
		t.Error("drew an object that does not exist")
	}
}

// TestOutlines draws the atlas's own outlines: twelve regions, the 75
// prefectures and provinces, each a closed path with a label point inside
// the drawing.
func TestOutlines(t *testing.T) {
	data, err := os.ReadFile("../../assets/outlines.topo.json")
	if err != nil {
		t.Fatal(err)
	}
	topo, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	for object, want := range map[string]int{"regions": 12, "provinces": 75} {
		d, err := topo.Draw(object, nil, Options{Width: 1000, Margin: 4, Tolerance: 0.75, MinArea: 4})
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Outlines) != want {
			t.Errorf("%s: %d outlines, want %d", object, len(d.Outlines), want)
		}
		for _, o := range d.Outlines {
			if !strings.HasPrefix(o.Path, "M") || !strings.HasSuffix(o.Path, "z") {
				t.Errorf("%s: path %.40q", o.ID, o.Path)
			}
			if o.At[0] <= 0 || o.At[0] >= 1000 || o.At[1] <= 0 || o.At[1] >= float64(d.Height) {
				t.Errorf("%s: label point %v outside the drawing", o.ID, o.At)
			}
		}
	}
}

func svgOf(d Drawing) []byte {
	var b strings.Builder
	b.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ` + num(float64(d.Width)) + " " + num(float64(d.Height)) + `">` + "\n")
	for _, o := range d.Outlines {
		b.WriteString(`<path id="` + o.ID + `" d="` + o.Path + `" fill="#ddd" stroke="#333"/>` + "\n")
	}
	b.WriteString("</svg>\n")
	return []byte(b.String())
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(name, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(name)
	if err != nil {
		t.Fatalf("%v (go test -update writes it)", err)
	}
	if string(want) != string(got) {
		t.Errorf("%s differs:\nwant %s\ngot  %s", name, want, got)
	}
}
