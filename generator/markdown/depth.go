package markdown

import (
	"bytes"
	"fmt"
)

// MaxDepth is how deep lists and block quotes may nest in a summary.
// goldmark's time grows steeply with nesting (a list 2,000 levels deep
// takes seconds), and a summary needs a few levels at most.
const MaxDepth = 32

// tooDeep finds the first line where lists and block quotes nest more
// than limit levels, reading each line once and never more than limit
// containers deep, so that goldmark need not run on it. It follows
// CommonMark's container rules closely enough to count every level
// goldmark would open; it may count a level goldmark would not (markers
// inside a code block). Where it is not exact, it may count fewer, so a
// line is also held to twice the limit by reach, a bound that always holds.
func tooDeep(src []byte, limit int) (Problem, bool) {
	var open []container
	blankBefore := true
	for start := 0; start < len(src); {
		end := bytes.IndexByte(src[start:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += start
		}
		c := newCursor(src[start:end])
		blank := c.blank()
		matched := c.match(open, blank)
		depth := matched
		for k, at := c.open(); at >= 0; k, at = c.open() {
			open = append(open[:depth], k)
			if depth++; depth > limit {
				return deepProblem(start+at, depth+c.count(), limit, k.quote), true
			}
		}
		if at, col, over := reach(src[start:end], 2*limit); over {
			return wideProblem(start+at, col, limit), true
		}
		// A line that opens nothing and follows text may continue it
		// lazily, inside what it did not match: keep that open.
		if depth > matched || blank || blankBefore {
			open = open[:depth]
		}
		blankBefore = blank
		start = end + 1
	}
	return Problem{}, false
}

func deepProblem(offset, depth, limit int, quote bool) Problem {
	what, hint := "a list", "move the deeper items up: a summary needs a few levels at most"
	if quote {
		what, hint = "a block quote", "remove the extra >: a summary needs a few levels at most"
	}
	return Problem{offset, fmt.Sprintf("%s nested %d levels deep; summaries nest at most %d levels", what, depth, limit), hint}
}

// reach bounds how deep a line can be nested, and returns the marker that
// may go past limit and its column. Each level takes a ">" or two columns
// before the text at least, whatever goldmark makes of the line, so a line
// with q ">" and c columns before its text is nested q + (c-q)/2 levels
// at most. The scan in tooDeep is exact on usual Markdown; this bound
// holds where it is not: goldmark counts what a marker leaves of a tab in
// its own way, and reads as text a marker that cannot interrupt a
// paragraph, which moves every level below.
func reach(line []byte, limit int) (at, col int, over bool) {
	c, quotes := newCursor(line), 0
	for {
		c.skip(c.indent())
		at, col = c.i, c.col
		if c.next() == '>' {
			c.quoteMarker()
			quotes++
		} else if w := listMarker(c.s[c.i:]); w > 0 && !c.thematicBreak() {
			c.i += w
			c.icol += w
			c.col = c.icol
		} else {
			return 0, 0, false
		}
		if width := c.col + 1; quotes+(width-quotes)/2 > limit {
			return at, col, true
		}
	}
}

func wideProblem(offset, col, limit int) Problem {
	return Problem{offset,
		fmt.Sprintf("a list indented %d columns deep; summaries nest at most %d levels", col, limit),
		"indent each sub-list by two spaces under its item, and keep to a few levels"}
}

// container is a list item or a block quote left open by a line.
type container struct {
	quote bool
	width int // a list item's: the columns lines inside it are indented by
}

// cursor reads one line; columns count a tab to the next multiple of 4.
// A marker may use part of a tab, and what is left of it counts as
// indentation, so the cursor's column can be inside the tab at byte i.
type cursor struct {
	s    []byte
	i    int  // byte offset in s
	icol int  // the column where byte i starts
	col  int  // the cursor's column: icol, or inside a tab at byte i
	rule int  // from there on, s holds only blanks and rule marks
	mark byte // the one of "-", "*" or "_" it holds
}

func newCursor(line []byte) cursor {
	c := cursor{s: line, rule: len(line)}
	for ; c.rule > 0; c.rule-- {
		switch b := line[c.rule-1]; {
		case b == ' ' || b == '\t' || b == '\r' || (b == c.mark && b != 0):
		case c.mark == 0 && (b == '-' || b == '*' || b == '_'):
			c.mark = b
		default:
			return c
		}
	}
	return c
}

// match moves past the markers of the open containers the line continues
// and returns how many those are. A blank line continues every list item.
func (c *cursor) match(open []container, blank bool) int {
	for n, k := range open {
		switch {
		case k.quote && c.indent() <= 3 && c.next() == '>':
			c.skip(c.indent())
			c.quoteMarker()
		case k.quote:
			return n
		case blank:
		case c.indent() >= k.width:
			c.skip(k.width)
		default:
			return n
		}
	}
	return len(open)
}

// open reads one marker that opens a container at the cursor, ">" or a
// list marker, and returns the container and its byte offset, or -1.
func (c *cursor) open() (container, int) {
	start, ind := c.col, c.indent()
	if ind > 3 { // an indented code block
		return container{}, -1
	}
	rest := c.s[c.i+spaces(c.s[c.i:]):]
	if c.next() == '>' {
		c.skip(ind)
		at := c.i
		c.quoteMarker()
		return container{quote: true}, at
	}
	w := listMarker(rest)
	if w == 0 || c.thematicBreak() {
		return container{}, -1
	}
	c.skip(ind)
	at := c.i
	c.i += w
	c.icol += w
	c.col = c.icol
	after := c.indent()
	if after == 0 || after > 4 || c.blank() {
		after = 1 // the content starts one column after the marker
	}
	width := c.col + after - start // even where the line ends first
	c.skip(after)
	return container{width: width}, at
}

// count is how many more containers the rest of the line opens.
func (c *cursor) count() int {
	n := 0
	for _, at := c.open(); at >= 0; _, at = c.open() {
		n++
	}
	return n
}

func (c *cursor) quoteMarker() {
	c.i++
	c.icol++
	c.col = c.icol
	if c.i < len(c.s) && (c.s[c.i] == ' ' || c.s[c.i] == '\t') {
		c.skip(1)
	}
}

// indent is the number of blank columns at the cursor.
func (c *cursor) indent() int {
	col := c.icol
	for _, b := range c.s[c.i:] {
		switch b {
		case ' ':
			col++
		case '\t':
			col += 4 - col%4
		default:
			return col - c.col
		}
	}
	return col - c.col
}

// skip moves past blanks for n columns at most, into a tab if need be.
func (c *cursor) skip(n int) {
	to := c.col + n
	for c.i < len(c.s) {
		end := c.icol + 1
		switch c.s[c.i] {
		case ' ':
		case '\t':
			end = c.icol + 4 - c.icol%4
		default:
			c.col = min(to, c.icol)
			return
		}
		if end > to {
			c.col = to
			return
		}
		c.i++
		c.icol = end
	}
	c.col = min(to, c.icol)
}

// next returns the first byte after the blanks at the cursor, or 0.
func (c *cursor) next() byte {
	if i := c.i + spaces(c.s[c.i:]); i < len(c.s) {
		return c.s[i]
	}
	return 0
}

func (c *cursor) blank() bool { return len(bytes.TrimSpace(c.s[c.i:])) == 0 }

func spaces(s []byte) int {
	return len(s) - len(bytes.TrimLeft(s, " \t"))
}

// listMarker returns the width of the list marker s starts with ("-",
// "+", "*", "1." or "1)", up to nine digits) when a blank or the end of
// the line follows it, else 0.
func listMarker(s []byte) int {
	w := 0
	switch {
	case len(s) > 0 && (s[0] == '-' || s[0] == '+' || s[0] == '*'):
		w = 1
	default:
		for w < len(s) && w < 9 && '0' <= s[w] && s[w] <= '9' {
			w++
		}
		if w == 0 || w >= len(s) || (s[w] != '.' && s[w] != ')') {
			return 0
		}
		w++
	}
	if w < len(s) && s[w] != ' ' && s[w] != '\t' && s[w] != '\r' {
		return 0
	}
	return w
}

// thematicBreak reports whether the rest of the line is a rule such as
// "- - -" or "***", rather than list items.
func (c *cursor) thematicBreak() bool {
	if c.i < c.rule {
		return false
	}
	n := 0
	for _, b := range c.s[c.i:] {
		if b == c.mark {
			if n++; n == 3 {
				return true
			}
		}
	}
	return false
}
