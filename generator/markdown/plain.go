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
	doc := md.Parser().Parse(text.NewReader(src))
	var b strings.Builder
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
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
			return ast.WalkSkipChildren, nil // never published
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}
