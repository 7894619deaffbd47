package content

import (
	"errors"
	"fmt"
	"strings"

	"github.com/pelletier/go-toml/v2/unstable"
)

// MaxNesting bounds how deep a front matter nests lists and inline tables,
// and how many parts a dotted key or a table name has. The contract needs
// four; BurntSushi/toml takes time that grows fast with either, so that a
// few kilobytes of nesting would stall check, build and serve.
const MaxNesting = 16

// nestingProblem finds the first value nested, or key dotted, deeper than
// MaxNesting, with go-toml's parser, which reads the front matter once. It
// returns the offset where it stands and what it is, or ok false.
//
// go-toml stops at its own bound of 10,000 levels; everything past it is
// deeper than ours. Any other error it stops at is a syntax error, where
// BurntSushi/toml stops too (FuzzParsersStopAlike holds them to it), so
// nothing after it is ever decoded.
func nestingProblem(src []byte) (offset int, msg string, ok bool) {
	var p unstable.Parser
	p.Reset(src)
	defer func() {
		var perr *unstable.ParserError
		if !ok && errors.As(p.Error(), &perr) && strings.Contains(perr.Message, "nested more than") {
			offset, msg, ok = int(p.Range(perr.Highlight).Offset), fmt.Sprintf("a value nested more than %d levels deep", MaxNesting), true
		}
	}()
	for p.NextExpression() {
		expr := p.Expression()
		at := int(expr.Raw.Offset)
		parts := 0
		for it := expr.Key(); it.Next(); {
			if parts++; parts > MaxNesting {
				return offsetOf(it.Node(), at), fmt.Sprintf("a key of more than %d parts", MaxNesting), true
			}
		}
		if expr.Kind == unstable.KeyValue {
			if off, deep := tooNested(expr.Value(), 1, at); deep {
				return off, fmt.Sprintf("a value nested more than %d levels deep", MaxNesting), true
			}
		}
	}
	return 0, "", false
}

// tooNested walks a value's lists and inline tables, depth levels in.
func tooNested(v *unstable.Node, depth, at int) (int, bool) {
	if v == nil || (v.Kind != unstable.Array && v.Kind != unstable.InlineTable) {
		return 0, false
	}
	at = offsetOf(v, at)
	if depth > MaxNesting {
		return at, true
	}
	for it := v.Children(); it.Next(); {
		n := it.Node()
		if n.Kind == unstable.KeyValue {
			n = n.Value()
		}
		if off, deep := tooNested(n, depth+1, at); deep {
			return off, true
		}
	}
	return 0, false
}

// offsetOf is where a node starts, or the offset of its nearest parent
// when go-toml gives the node no range of its own (arrays have none).
func offsetOf(n *unstable.Node, parent int) int {
	if n.Raw.Length > 0 {
		return int(n.Raw.Offset)
	}
	return parent
}
