package content

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
	"github.com/pelletier/go-toml/v2/unstable"

	"atlas/generator/diag"
)

// maxPath is how many keys and indices deep the index records positions.
// The contract nests four at most; TOML may nest thousands, and a path is
// written out for every key it records.
const maxPath = 64

// index walks the TOML AST and records where each key and value stands.
// It is only called on input BurntSushi/toml accepted; any disagreement
// just leaves positions at their nearest parent. It reads the front
// matter once: a walk in source order, each position counted from the
// previous one.
func (p *Positions) index() {
	var parser unstable.Parser
	parser.Reset(p.src)
	if p.decoded != nil {
		parser.Reset(p.decoded)
	}
	table := []any{}           // nil stands for a path too deep to record
	counts := map[string]int{} // arrays of tables: elements seen so far
	for parser.NextExpression() {
		expr := parser.Expression()
		switch expr.Kind {
		case unstable.Table:
			table = p.header(expr, counts, false)
		case unstable.ArrayTable:
			table = p.header(expr, counts, true)
		case unstable.KeyValue:
			p.keyValue(table, expr)
		}
	}
}

// header records the names of a [table] or [[array.of.tables]] header and
// returns the path of the table it opens. A name that is an array of
// tables stands for its latest element, as in TOML itself; a [[header]]
// adds an element.
func (p *Positions) header(expr *unstable.Node, counts map[string]int, array bool) []any {
	path := []any{}
	var last *unstable.Node
	for it := expr.Key(); it.Next() && path != nil; {
		if last != nil {
			if n, ok := counts[pathString(path)]; ok {
				path = p.child(path, n-1)
			}
		}
		last = it.Node()
		path = p.child(path, string(last.Data))
		p.recordKey(path, int(last.Raw.Offset))
	}
	if array && path != nil && last != nil {
		name := pathString(path)
		n := counts[name]
		counts[name] = n + 1
		path = p.child(path, n)
		p.recordKey(path, int(last.Raw.Offset))
	}
	return path
}

// keyValue records a key = value under table, each part of a dotted key
// at its own name, and returns the offset where the value ends.
func (p *Positions) keyValue(table []any, kv *unstable.Node) int {
	path := table
	end := int(kv.Raw.Offset)
	for it := kv.Key(); it.Next(); {
		k := it.Node()
		path = p.child(path, string(k.Data))
		p.recordKey(path, int(k.Raw.Offset))
		end = int(k.Raw.Offset + k.Raw.Length)
	}
	v := kv.Value()
	return p.value(path, v, p.start(v, end))
}

// value records a value that starts at offset start and returns the
// offset where it ends. go-toml gives arrays no range and inline tables
// only their "{", so the ends of those are found by skipping what may
// stand between the last element and the closing bracket.
func (p *Positions) value(path []any, v *unstable.Node, start int) int {
	p.recordValue(path, start)
	switch v.Kind {
	case unstable.Array:
		end, i := start+1, 0
		for it := v.Children(); it.Next(); {
			n := it.Node()
			if n.Kind == unstable.Comment {
				continue
			}
			elem := p.child(path, i)
			at := p.start(n, end)
			p.recordKey(elem, at) // an element has no key: its value stands for it
			end = p.value(elem, n, at)
			i++
		}
		return p.skip(end) + 1
	case unstable.InlineTable:
		end := start + 1
		for it := v.Children(); it.Next(); {
			if n := it.Node(); n.Kind == unstable.KeyValue {
				end = p.keyValue(path, n)
			}
		}
		return p.skip(end) + 1
	}
	return int(v.Raw.Offset + v.Raw.Length)
}

// child returns path followed by part, or nil past maxPath: what is
// nested deeper is walked, to find where its siblings start, but not
// recorded.
func (p *Positions) child(path []any, part any) []any {
	if path == nil || len(path) >= maxPath {
		p.deep = true
		return nil
	}
	return append(path[:len(path):len(path)], part)
}

// start is where a value begins when what precedes it ends at from: an
// array, which has no range of its own, at the first byte that is not
// blank, "=", "," or a comment; any other value where go-toml says.
func (p *Positions) start(v *unstable.Node, from int) int {
	if v.Kind == unstable.Array {
		return p.skip(from)
	}
	return int(v.Raw.Offset)
}

// skip returns the offset of the first byte at or after from that is not
// blank, a line break, "=", "," or part of a comment: what may stand
// between a key and its value, or between two elements of a list. The
// result is always inside the front matter.
func (p *Positions) skip(from int) int {
	i := max(0, min(from, len(p.src)))
	for i < len(p.src) {
		switch p.src[i] {
		case ' ', '\t', '\r', '\n', '=', ',':
			i++
		case '#':
			for i < len(p.src) && p.src[i] != '\n' {
				i++
			}
		default:
			return i
		}
	}
	return i
}

// recordKey and recordValue keep the first position seen for a path: the
// one that defines it.
func (p *Positions) recordKey(path []any, offset int) {
	if path == nil {
		return
	}
	name := pathString(path)
	if _, seen := p.keys[name]; seen {
		return
	}
	p.keys[name] = p.walkAt(offset)
	// Array elements have no key of their own: only keys are looked up loosely.
	if _, index := path[len(path)-1].(int); !index {
		loose := looseString(path)
		p.loose[loose] = append(p.loose[loose], slices.Clone(path))
	}
}

func (p *Positions) recordValue(path []any, offset int) {
	if path == nil {
		return
	}
	name := pathString(path)
	if _, seen := p.values[name]; !seen {
		p.values[name] = p.walkAt(offset)
	}
}

// walkAt is At for the index walk, which asks for offsets in order: on
// the line of its latest position and after it, it counts runes from
// there, not from the start of the line, so a long line is read once.
func (p *Positions) walkAt(offset int) diag.Pos {
	offset = max(0, min(offset, len(p.src)))
	w := &p.walk
	if w.pos.Line != 0 && offset >= w.offset && bytes.IndexByte(p.src[w.offset:offset], '\n') < 0 {
		w.pos.Col += utf8.RuneCount(p.src[w.offset:offset])
	} else {
		w.pos = p.At(offset)
	}
	w.offset = offset
	return w.pos
}

// pathString writes a path of keys (string) and array indices (int) so
// that no two paths read alike: keys as BurntSushi/toml's Key.String
// writes them, quoted unless bare, and indices in brackets. A key named
// "budget.total" is then not [budget] total, and a key named 1 is not an
// element: parties[0].share, "budget.total", parties[0].1.
func pathString(path []any) string {
	var b strings.Builder
	for i, e := range path {
		if n, index := e.(int); index {
			b.WriteString("[" + strconv.Itoa(n) + "]")
			continue
		}
		if i > 0 {
			b.WriteByte('.')
		}
		b.WriteString(toml.Key{fmt.Sprint(e)}.String())
	}
	return b.String()
}

// looseString writes a path without its indices, as BurntSushi/toml
// writes the keys it reports (toml.Key.String).
func looseString(path []any) string {
	var key toml.Key
	for _, e := range path {
		if _, index := e.(int); !index {
			key = append(key, fmt.Sprint(e))
		}
	}
	return key.String()
}
