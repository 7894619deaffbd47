package markdown

import (
	"fmt"
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// staircase is a list nested n levels deep, one item per line.
func staircase(n int, indent, marker, between string) string {
	var b strings.Builder
	for i := range n {
		b.WriteString(strings.Repeat(indent, i) + marker + " x\n" + between)
	}
	return b.String()
}

// quotes is a block quote nested n levels deep, one more level per line.
func quotes(n int) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		b.WriteString(strings.Repeat("> ", i) + "x\n")
	}
	return b.String()
}

const (
	list33  = "a list nested 33 levels deep; summaries nest at most 32 levels"
	quote33 = "a block quote nested 33 levels deep; summaries nest at most 32 levels"
)

var depthTests = []struct {
	name, src string
	depth     int    // goldmark's deepest nesting; -1: too slow to ask it
	message   string // "" when within MaxDepth
	at        string // line:col (in bytes) of the problem
}{
	{"list at the limit", staircase(MaxDepth, "  ", "-", ""), MaxDepth, "", ""},
	{"list past the limit", staircase(MaxDepth+1, "  ", "-", ""), MaxDepth + 1, list33, "33:65"},
	{"ordered list past the limit", staircase(MaxDepth+1, "   ", "1.", ""), MaxDepth + 1, list33, "33:97"},
	{"list indented with tabs at the limit", staircase(MaxDepth, "\t", "*", ""), MaxDepth, "", ""},
	{"list indented with tabs past the limit", staircase(MaxDepth+1, "\t", "*", ""), MaxDepth + 1, list33, "33:33"},
	{"list indented 4 columns a level", staircase(MaxDepth, "    ", "-", ""), MaxDepth, "", ""},
	{"list indented 6 columns a level", staircase(22, "      ", "1.   ", ""), 22, "", ""},
	{"list indented past 128 columns", staircase(23, "      ", "1.   ", ""), 23,
		"a list indented 132 columns deep; summaries nest at most 32 levels", "23:133"},
	{"list with blank lines", staircase(MaxDepth+1, "  ", "+", "\n"), MaxDepth + 1, list33, "65:65"},
	{"list with lazy lines", staircase(MaxDepth+1, "  ", "-", "lazy\n"), MaxDepth + 1, list33, "65:65"},
	{"2,000 levels", staircase(2000, "  ", "-", ""), -1, list33, "33:65"},
	{"items on one line", strings.Repeat("- ", 40) + "x\n", 40,
		"a list nested 40 levels deep; summaries nest at most 32 levels", "1:65"},
	{"quotes at the limit", quotes(MaxDepth), MaxDepth, "", ""},
	{"quotes past the limit", quotes(MaxDepth + 1), MaxDepth + 1, quote33, "33:65"},
	{"quotes on one line", strings.Repeat("> ", 100) + "x", 100,
		"a block quote nested 100 levels deep; summaries nest at most 32 levels", "1:65"},
	{"quotes and items", strings.Repeat("> - ", 20) + "x", 40,
		"a block quote nested 40 levels deep; summaries nest at most 32 levels", "1:65"},
	{"a rule is not a list", strings.Repeat("- ", 100) + "\n", 0, "", ""},
	{"a rule inside items", strings.Repeat("- ", 5) + "* * *\n", 5, "", ""},
	{"lists one after another", strings.Repeat("- a\n  - b\n\ntext\n\n  - c\n", 200), 2, "", ""},
	{"code is not a list", "    - x\n" + strings.Repeat("        - x\n", 40), 0, "", ""},
	{"quotes closed by blank lines", strings.Repeat("> > x\n\n", 100), 2, "", ""},
}

// TestTooDeep checks the scan against goldmark's own nesting: within the
// limit nothing is reported, past it the line that goes too deep is.
func TestTooDeep(t *testing.T) {
	md := New(false)
	for _, tt := range depthTests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.depth >= 0 {
				if got := goldmarkDepth(md.Parser().Parse(text.NewReader([]byte(tt.src)))); got != tt.depth {
					t.Fatalf("goldmark nests %d levels, the test says %d", got, tt.depth)
				}
			}
			p, deep := tooDeep([]byte(tt.src), MaxDepth)
			if !deep {
				if tt.message != "" {
					t.Fatalf("nothing reported, want %q", tt.message)
				}
				return
			}
			if p.Message != tt.message {
				t.Errorf("message %q, want %q", p.Message, tt.message)
			}
			before := tt.src[:p.Offset]
			at := fmt.Sprintf("%d:%d", strings.Count(before, "\n")+1, len(before)-strings.LastIndexByte(before, '\n'))
			if at != tt.at {
				t.Errorf("at %s, want %s", at, tt.at)
			}
			if p.Hint == "" {
				t.Errorf("no hint")
			}
		})
	}
}

// goldmarkDepth is the deepest nesting of list items and block quotes in
// a parsed document.
func goldmarkDepth(doc ast.Node) int {
	deepest, depth := 0, 0
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		switch n.Kind() {
		case ast.KindListItem, ast.KindBlockquote:
			if entering {
				depth++
				deepest = max(deepest, depth)
			} else {
				depth--
			}
		}
		return ast.WalkContinue, nil
	})
	return deepest
}

// FuzzDepth checks that whatever tooDeep lets through, goldmark nests it
// no deeper than twice the limit, which reach guarantees where the scan
// counts fewer levels than goldmark.
func FuzzDepth(f *testing.F) {
	for _, tt := range depthTests {
		if tt.depth >= 0 {
			f.Add(tt.src)
		}
	}
	f.Add("- a\n  > b\n  > - c\n  >   - d\n")
	f.Add("1. a\n\n   2) b\n      - c\n\t- d\n")
	f.Add("> a\nlazy\n> > b\n- c\n\n  > d\n")
	md := New(false)
	f.Fuzz(func(t *testing.T, src string) {
		d := goldmarkDepth(md.Parser().Parse(text.NewReader([]byte(src))))
		if limit := (d - 1) / 2; d > 1 {
			if _, deep := tooDeep([]byte(src), limit); !deep {
				t.Fatalf("goldmark nests %d levels in %q; limited to %d, tooDeep lets it through", d, src, limit)
			}
		}
	})
}
