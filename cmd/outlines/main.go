// Command outlines makes the map outlines the atlas draws from, once, out
// of the OpenStreetMap outlines of the reference folder: the regions and
// the prefectures and provinces in one TopoJSON file, their arcs
// simplified. It is deterministic: run again on the same files, it writes
// the same bytes. See assets/outlines.md for how the file was made.
//
//	go run ./cmd/outlines -regions ../shared/reference/morocco-regions.topo.json \
//	    -provinces ../shared/reference/morocco-provinces.topo.json -out assets/outlines.topo.json
package main

import (
	"flag"
	"fmt"
	"os"

	"atlas/generator/geo"
)

// Tolerance is how far, in degrees, a simplified border may stray from
// the original: 0.003° is about 300 m, under a pixel on the map of the
// smallest region.
const Tolerance = 0.003

func main() {
	regions := flag.String("regions", "../shared/reference/morocco-regions.topo.json", "TopoJSON of the regions (object regions)")
	provinces := flag.String("provinces", "../shared/reference/morocco-provinces.topo.json", "TopoJSON of the prefectures and provinces (object provinces)")
	out := flag.String("out", "assets/outlines.topo.json", "the file to write")
	tolerance := flag.Float64("tolerance", Tolerance, "simplification, in degrees")
	flag.Parse()
	if err := run(*regions, *provinces, *out, *tolerance); err != nil {
		fmt.Fprintln(os.Stderr, "outlines:", err)
		os.Exit(1)
	}
}

func run(regionsFile, provincesFile, out string, tolerance float64) error {
	r, err := read(regionsFile)
	if err != nil {
		return err
	}
	p, err := read(provincesFile)
	if err != nil {
		return err
	}
	t, err := geo.Merge(r, p, "regions", "provinces")
	if err != nil {
		return err
	}
	s := t.Simplify(tolerance)
	data, err := s.Encode()
	if err != nil {
		return err
	}
	fmt.Printf("%d points, %d kept; %d bytes\n", t.Points(), s.Points(), len(data))
	return os.WriteFile(out, data, 0o644)
}

func read(name string) (*geo.Topology, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	t, err := geo.Decode(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return t, nil
}
