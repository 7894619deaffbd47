package markdown_test

import (
	"fmt"
	"strings"
	"testing"

	"atlas/generator/markdown"
)

// fill repeats unit(0), unit(1)… while the text is shorter than size.
func fill(size int, unit func(i int) string) string {
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		b.WriteString(unit(i))
	}
	return b.String()
}

func repeat(size int, s string) string { return fill(size, func(int) string { return s }) }

// paragraphs repeats a paragraph holding s as many times as Check lets
// through: MaxMarks marks.
func paragraphs(size int, s string) string {
	marks := strings.Count(strings.Map(func(r rune) rune {
		if strings.ContainsRune("*_[]`<", r) {
			return '*'
		}
		return -1
	}, s), "*")
	return repeat(size, strings.Repeat(s, markdown.MaxMarks/marks)+"\n\n")
}

// staircase is a list nested as deep as it can in size bytes, one more
// level per line.
func staircase(size int) string {
	var b strings.Builder
	for i := 0; b.Len()+2*i+4 <= size; i++ {
		b.WriteString(strings.Repeat("  ", i) + "- x\n")
	}
	return b.String()
}

func nestedLists(n int) string {
	var b strings.Builder
	for i := range n {
		b.WriteString(strings.Repeat("  ", i) + "- x\n")
	}
	return b.String()
}

func quotes(n int) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		b.WriteString(strings.Repeat("> ", i) + "x\n")
	}
	return b.String()
}

func table(size, cols int) string {
	var b strings.Builder
	b.WriteString(strings.Repeat("| a ", cols) + "|\n" + strings.Repeat("|---", cols) + "|\n")
	for b.Len() < size {
		b.WriteString(strings.Repeat("| x ", cols) + "|\n")
	}
	return b.String()
}

// pathological are the forms of summary that cost goldmark most, of a
// given size: those of cmark's pathological tests, and the most of each
// that the limits let through to goldmark ("most per paragraph", "32").
var pathological = []struct {
	name string
	src  func(size int) string
}{
	{"list nested as deep as it fits", staircase},
	{"lists nested 32 levels", func(n int) string { return repeat(n, nestedLists(markdown.MaxDepth)+"\ntext\n\n") }},
	{"quotes nested 32 levels", func(n int) string { return repeat(n, quotes(markdown.MaxDepth)+"\ntext\n\n") }},
	{"> > > on one line", func(n int) string { return repeat(n, "> ") }},
	{"32 > on each line", func(n int) string { return repeat(n, strings.Repeat("> ", markdown.MaxDepth)+"x\n") }},
	{"- - - - on one line", func(n int) string { return repeat(n, "- ") }},
	{"- - - x on one line", func(n int) string { return repeat(n, "- ") + "x" }},
	{"32 - on each line", func(n int) string { return repeat(n, strings.Repeat("- ", markdown.MaxDepth)+"x\n") }},
	{"flat list", func(n int) string { return repeat(n, "- x\n") }},
	{"[ run", func(n int) string { return repeat(n, "[") }},
	{"nested brackets", func(n int) string { return strings.Repeat("[", n/2) + strings.Repeat("]", n/2) }},
	{"nested brackets, most per paragraph", func(n int) string {
		return repeat(n, strings.Repeat("[", markdown.MaxMarks/2)+strings.Repeat("]", markdown.MaxMarks/2)+"\n\n")
	}},
	{"link openers without closers", func(n int) string { return repeat(n, "[a") }},
	{"link closers without openers", func(n int) string { return repeat(n, "a]") }},
	{"unclosed links", func(n int) string { return repeat(n, "[a](b") }},
	{"unclosed links, most per paragraph", func(n int) string { return paragraphs(n, "[a](b") }},
	{"unclosed <links>, most per paragraph", func(n int) string { return paragraphs(n, "[a](<b") }},
	{"unclosed link titles, most per paragraph", func(n int) string { return paragraphs(n, "[a](b \"") }},
	{"[]( run", func(n int) string { return repeat(n, "[](") }},
	{"[ (]( run", func(n int) string { return repeat(n, "[ (](") }},
	{"]([ lines", func(n int) string { return repeat(n, "]([\n") }},
	{"unclosed reference links, most per paragraph", func(n int) string { return paragraphs(n, "[a][") }},
	{"links in links", func(n int) string { return repeat(n, "[[x](y)") }},
	{"![ run", func(n int) string { return repeat(n, "![") }},
	{"images", func(n int) string { return repeat(n, "![a](b) ") }},
	{"backticks of growing length", func(n int) string {
		return fill(n, func(i int) string { return "e" + strings.Repeat("`", i+1) })
	}},
	{"backticks of growing length, most per paragraph", func(n int) string {
		var p strings.Builder
		for i := 1; i <= 15; i++ { // 1 + 2 + … + 15 = 120 backticks
			p.WriteString("e" + strings.Repeat("`", i))
		}
		return repeat(n, p.String()+"\n\n")
	}},
	{"` run", func(n int) string { return repeat(n, "`") }},
	{"* run", func(n int) string { return repeat(n, "*") }},
	{"emphasis openers without closers", func(n int) string { return repeat(n, "_a ") }},
	{"emphasis closers without openers", func(n int) string { return repeat(n, "a_ ") }},
	{"mismatched emphasis", func(n int) string { return repeat(n, "*a_ ") }},
	{"mismatched emphasis, most per paragraph", func(n int) string { return paragraphs(n, "*a_ ") }},
	{"openers and closers multiple of 3", func(n int) string { return "a**b" + repeat(n, "c* ") }},
	{"link openers and emphasis closers", func(n int) string { return repeat(n, "[ a_") }},
	{"nested strong emphasis, most per paragraph", func(n int) string {
		k := markdown.MaxMarks / 6
		return repeat(n, strings.Repeat("*a **a ", k)+"b"+strings.Repeat(" a** a*", k)+"\n\n")
	}},
	{"**_ runs, most per paragraph", func(n int) string { return paragraphs(n, "**_a") }},
	{"mixed emphasis (goldmark #555)", func(n int) string { return repeat(n, "*a_b*c_d**e_f*g**h*i_j** ") }},
	{"< run", func(n int) string { return repeat(n, "<") }},
	{"unclosed HTML, most per paragraph", func(n int) string { return paragraphs(n, "a <![CDATA[") }},
	{"unclosed autolinks, most per paragraph", func(n int) string { return paragraphs(n, "<http://") }},
	{"& run", func(n int) string { return repeat(n, "&") }},
	{"\\ run", func(n int) string { return repeat(n, "\\") }},
	{"wide table", func(n int) string { return table(n, n/32) }},
	{"long table", func(n int) string { return table(n, 2) }},
	{"many tables", func(n int) string { return repeat(n, "|a|b|\n|-|-|\n|x|y|\n\n") }},
	{"table-like lines", func(n int) string { return repeat(n, "a|b\n") }},
	{"link reference definitions", func(n int) string {
		return fill(n, func(i int) string { return fmt.Sprintf("[r%d]: /u%d\n", i, i) })
	}},
	{"references to a long definition", func(n int) string {
		return "[x]: /" + strings.Repeat("x", 1000) + "\n\n" + paragraphs(n-1010, "[x] ")
	}},
	{"setext headings", func(n int) string { return repeat(n, "a\n=\n") }},
	{"ATX headings", func(n int) string { return repeat(n, "# a\n") }},
	{"fenced code openers", func(n int) string { return repeat(n, "```\n") }},
	{"HTML blocks", func(n int) string { return repeat(n, "<div>\n\n") }},
	{"hard line breaks", func(n int) string { return repeat(n, "a  \n") }},
	{"one long line", func(n int) string { return repeat(n, "mot ") }},
	{"short paragraphs", func(n int) string { return repeat(n, "Un paragraphe.\n\n") }},
	{"NUL bytes", func(n int) string { return repeat(n, "abc\x00de\x00") }},
}

// BenchmarkCheckPathological checks each pathological form at MaxSize,
// the largest summary goldmark parses, and at 1 MiB, the largest file;
// none may take near a second. At MaxSize the forms meant to stay within
// the limits must reach goldmark, or the benchmark would not measure it.
func BenchmarkCheckPathological(b *testing.B) {
	md := markdown.New(false)
	for _, size := range []struct {
		name string
		n    int
	}{{"64KiB", markdown.MaxSize}, {"1MiB", 1 << 20}} {
		for _, tt := range pathological {
			src := []byte(tt.src(size.n))
			if len(src) > size.n {
				src = src[:size.n]
			}
			b.Run(size.name+"/"+tt.name, func(b *testing.B) {
				if size.n == markdown.MaxSize && (strings.Contains(tt.name, "most per paragraph") || strings.Contains(tt.name, " 32 ")) {
					for _, p := range markdown.Check(md, src) {
						if strings.Contains(p.Message, "summaries") {
							b.Fatalf("refused before goldmark: %s", p.Message)
						}
					}
				}
				b.SetBytes(int64(len(src)))
				for b.Loop() {
					markdown.Check(md, src)
				}
			})
		}
	}
}
