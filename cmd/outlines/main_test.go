package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"atlas/generator/geo"
)

// square is a topology of one shape, on the grid of the reference files.
func square(object, id string) string {
	return `{"type":"Topology","transform":{"scale":[0.001610780838083808,0.0015154069006900691],"translate":[-17.1046266,20.7699004]},
"objects":{"` + object + `":{"type":"GeometryCollection","geometries":[{"type":"Polygon","id":"` + id + `","properties":{"name":"x"},"arcs":[[0]]}]}},
"arcs":[[[0,0],[100,0],[1,1],[1,-1],[100,0],[0,100],[-202,0],[0,-100]]]}`
}

// TestRun makes the outlines of two small files twice: the same bytes
// each time, both objects kept, the provinces' arcs after the regions',
// and fewer points than the originals.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	regions, provinces := filepath.Join(dir, "r.json"), filepath.Join(dir, "p.json")
	os.WriteFile(regions, []byte(square("regions", "MA-01")), 0o644)
	os.WriteFile(provinces, []byte(square("provinces", "MA-HOC")), 0o644)
	var outputs [][]byte
	for i := range 2 {
		out := filepath.Join(dir, "out"+string(rune('0'+i))+".json")
		if err := run(regions, provinces, out, Tolerance); err != nil {
			t.Fatal(err)
		}
		data, _ := os.ReadFile(out)
		outputs = append(outputs, data)
	}
	if !bytes.Equal(outputs[0], outputs[1]) {
		t.Error("two runs on the same files wrote different bytes")
	}
	topo, err := geo.Decode(outputs[0])
	if err != nil {
		t.Fatal(err)
	}
	hoc, ok := topo.Shape("provinces", "MA-HOC")
	if _, reg := topo.Shape("regions", "MA-01"); !ok || !reg || hoc.Polygons[0][0][0] != 1 {
		t.Errorf("objects %v; MA-HOC %v", topo.Objects, hoc)
	}
	if n := len(topo.Arcs[0]); n >= 8 || n < 5 {
		t.Errorf("the square kept %d of its 8 points, want fewer, and its corners", n)
	}
	if bytes.Contains(outputs[0], []byte("properties")) {
		t.Error("the names of OpenStreetMap were kept: the registry names the shapes")
	}
}
