package geo

import (
	"bytes"
	"encoding/json"
	"math"
	"sort"
	"strconv"

	"github.com/paulmach/orb"
)

// Encode writes the topology as TopoJSON on its grid: coordinates
// quantized and delta-encoded, one arc per line, objects and their
// shapes in a stable order, so that the file diffs well.
func (t *Topology) Encode() ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(`{"type":"Topology","transform":`)
	tr, err := json.Marshal(transform{Scale: t.Grid, Translate: t.Start})
	if err != nil {
		return nil, err
	}
	b.Write(tr)
	b.WriteString(",\n\"objects\":{")
	names := make([]string, 0, len(t.Objects))
	for name := range t.Objects {
		names = append(names, name)
	}
	sort.Strings(names)
	for i, name := range names {
		if i > 0 {
			b.WriteByte(',')
		}
		if err := t.encodeObject(&b, name); err != nil {
			return nil, err
		}
	}
	b.WriteString("},\n\"arcs\":[")
	for i, a := range t.Arcs {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString("\n")
		t.encodeArc(&b, a)
	}
	b.WriteString("]}\n")
	return b.Bytes(), nil
}

func (t *Topology) encodeObject(b *bytes.Buffer, name string) error {
	key, _ := json.Marshal(name)
	b.Write(key)
	b.WriteString(`:{"type":"GeometryCollection","geometries":[`)
	for i, s := range t.Objects[name] {
		if i > 0 {
			b.WriteByte(',')
		}
		g := struct {
			Type string    `json:"type"`
			ID   string    `json:"id"`
			Arcs [][][]int `json:"arcs"`
		}{"MultiPolygon", s.ID, s.Polygons}
		data, err := json.Marshal(g)
		if err != nil {
			return err
		}
		b.WriteString("\n")
		b.Write(data)
	}
	b.WriteString("]}")
	return nil
}

// encodeArc writes an arc as grid steps from its previous point; points
// that round to the one before are left out.
func (t *Topology) encodeArc(b *bytes.Buffer, a orb.LineString) {
	b.WriteByte('[')
	var px, py int64
	for i, p := range a {
		x := int64(math.Round((p[0] - t.Start[0]) / t.Grid[0]))
		y := int64(math.Round((p[1] - t.Start[1]) / t.Grid[1]))
		if i > 0 && x == px && y == py && i < len(a)-1 {
			continue
		}
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteByte('[')
		b.WriteString(strconv.FormatInt(x-px, 10))
		b.WriteByte(',')
		b.WriteString(strconv.FormatInt(y-py, 10))
		b.WriteByte(']')
		px, py = x, y
	}
	b.WriteByte(']')
}
