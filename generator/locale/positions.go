package locale

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/pelletier/go-toml/v2/unstable"

	"atlas/generator/diag"
)

// positions says where each key and value of a catalog file stands, so
// that a problem found after decoding points at its line. BurntSushi/toml
// keeps positions private, hence a second pass with go-toml's parser, on
// files BurntSushi/toml has accepted.
//
// A path is the keys from the top of the file; a quoted key with dots is
// one key, so paths are joined with a byte no key holds.
type positions struct {
	file   string
	src    []byte
	keys   map[string]int // byte offsets
	values map[string]int
}

const pathSep = "\x00"

func newPositions(file string, src []byte) *positions {
	p := &positions{file: file, src: src, keys: map[string]int{}, values: map[string]int{}}
	var parser unstable.Parser
	parser.Reset(src)
	var table []string
	for parser.NextExpression() {
		expr := parser.Expression()
		switch expr.Kind {
		case unstable.Table, unstable.ArrayTable:
			table = keyParts(expr)
			p.header(table, firstKey(expr))
		case unstable.KeyValue:
			p.keyValue(table, expr)
		}
	}
	return p
}

func (p *positions) keyValue(table []string, kv *unstable.Node) {
	parts := keyParts(kv)
	path := append(append([]string(nil), table...), parts...)
	// A dotted key makes tables of its first parts: they stand where it does.
	for i := len(table) + 1; i < len(path); i++ {
		p.record(path[:i], firstKey(kv), -1)
	}
	v := kv.Value()
	p.record(path, firstKey(kv), p.valueOffset(kv, v))
	switch v.Kind {
	case unstable.InlineTable:
		for it := v.Children(); it.Next(); {
			if n := it.Node(); n.Kind == unstable.KeyValue {
				p.keyValue(path, n)
			}
		}
	case unstable.Array:
		i := 0
		for it := v.Children(); it.Next(); {
			if n := it.Node(); n.Kind != unstable.Comment {
				p.values[strings.Join(append(path, strconv.Itoa(i)), pathSep)] = int(n.Raw.Offset)
				i++
			}
		}
	}
}

// header records a table at the "[" that opens its header line.
func (p *positions) header(path []string, key *unstable.Node) {
	if key == nil {
		return
	}
	off := int(key.Raw.Offset)
	line := bytes.LastIndexByte(p.src[:off], '\n') + 1
	if i := bytes.IndexByte(p.src[line:off], '['); i >= 0 {
		off = line + i
	}
	name := strings.Join(path, pathSep)
	if _, seen := p.keys[name]; !seen {
		p.keys[name] = off
	}
}

func (p *positions) record(path []string, key *unstable.Node, value int) {
	name := strings.Join(path, pathSep)
	if _, seen := p.keys[name]; seen || key == nil {
		return
	}
	p.keys[name] = int(key.Raw.Offset)
	if value >= 0 {
		p.values[name] = value
	}
}

// valueOffset is where a value starts. go-toml gives an array no range of
// its own: it starts at the first "[" after its key.
func (p *positions) valueOffset(kv, v *unstable.Node) int {
	if v.Kind != unstable.Array {
		return int(v.Raw.Offset)
	}
	last := firstKey(kv)
	for it := kv.Key(); it.Next(); {
		last = it.Node()
	}
	from := int(last.Raw.Offset + last.Raw.Length)
	if i := bytes.IndexByte(p.src[from:], '['); i >= 0 {
		return from + i
	}
	return from
}

// key returns the position of the key at path, or of the nearest key
// above it; the start of the file when none is known.
func (p *positions) key(path ...string) diag.Pos { return p.find(p.keys, path) }

// value returns the position of the value at path, falling back like key.
func (p *positions) value(path ...string) diag.Pos { return p.find(p.values, path) }

func (p *positions) find(m map[string]int, path []string) diag.Pos {
	for n := len(path); n > 0; n-- {
		name := strings.Join(path[:n], pathSep)
		if off, ok := m[name]; ok {
			return p.at(off)
		}
		if off, ok := p.keys[name]; ok {
			return p.at(off)
		}
	}
	return diag.Pos{File: p.file, Line: 1, Col: 1}
}

// at turns a byte offset into a line and a column counted in runes.
func (p *positions) at(offset int) diag.Pos {
	offset = min(max(offset, 0), len(p.src))
	before := p.src[:offset]
	start := bytes.LastIndexByte(before, '\n') + 1
	return diag.Pos{File: p.file, Line: bytes.Count(before, []byte("\n")) + 1, Col: utf8.RuneCount(before[start:]) + 1}
}

func keyParts(n *unstable.Node) []string {
	var parts []string
	for it := n.Key(); it.Next(); {
		parts = append(parts, string(it.Node().Data))
	}
	return parts
}

func firstKey(n *unstable.Node) *unstable.Node {
	if it := n.Key(); it.Next() {
		return it.Node()
	}
	return nil
}
