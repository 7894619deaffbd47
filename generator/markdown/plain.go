package markdown

import (
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// Plain returns the words of a Markdown text without its markup: what a
// reader reads of it, for the search index. Blocks and line breaks become
// spaces.
func Plain(md goldmark.Markdown, src []byte) string {
	return plain(md.Parser().Parse(text.NewReader(src)), src)
}

// plain is Plain of a parsed text.
func plain(doc ast.Node, src []byte) string {
	var b strings.Builder
	// The text is a little shorter than its Markdown: one allocation, where
	// growing would copy it about ten times.
	b.Grow(len(src))
	// The nodes in document order, as ast.Walk takes them, without its
	// callback and recursion: there are some hundred nodes a summary.
	for n := doc.FirstChild(); n != nil; {
		descend := true
		switch n := n.(type) {
		case *ast.Text:
			b.Write(n.Segment.Value(src))
			b.WriteByte(' ')
		case *ast.String:
			b.Write(n.Value)
		case *ast.AutoLink:
			b.Write(n.Label(src))
			b.WriteByte(' ')
		case *ast.RawHTML, *ast.HTMLBlock:
			descend = false // never published
		}
		if c := n.FirstChild(); descend && c != nil {
			n = c
			continue
		}
		for n != doc && n.NextSibling() == nil {
			n = n.Parent()
		}
		if n == doc {
			break
		}
		n = n.NextSibling()
	}
	return b.String()
}
