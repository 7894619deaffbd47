// Package markdown is the one Markdown configuration of the atlas:
// CommonMark with tables, raw HTML never rendered, and links limited to
// http, https, mailto and relative addresses. Check and render share it so
// that what check accepts is exactly what render prints.
package markdown

import (
	"bytes"
	"net/url"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
)

// New returns a converter; with rtl set, Latin words are isolated as well
// as figures. It is safe for concurrent use.
func New(rtl bool) goldmark.Markdown {
	// Without html.WithUnsafe, goldmark omits raw HTML and dangerous links.
	return goldmark.New(goldmark.WithExtensions(extension.Table, Isolated{Latin: rtl}))
}

// Problem is something in a summary that the atlas will not publish.
type Problem struct {
	Offset  int // byte offset in the source
	Message string
	Hint    string
}

// Check parses src and reports raw HTML, images and links with a scheme
// other than http, https or mailto.
func Check(md goldmark.Markdown, src []byte) []Problem {
	doc := md.Parser().Parse(text.NewReader(src))
	var out []Problem
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Link:
			if !SafeURL(string(n.Destination)) {
				out = append(out, Problem{offsetOf(n, src), "link to " + quote(string(n.Destination)) + " is not allowed", "links are http://, https://, mailto: or relative"})
			}
		case *ast.AutoLink:
			if !SafeURL(string(n.URL(src))) {
				out = append(out, Problem{offsetOf(n, src), "link to " + quote(string(n.URL(src))) + " is not allowed", "links are http://, https://, mailto: or relative"})
			}
		case *ast.Image:
			out = append(out, Problem{offsetOf(n, src), "images are not published in summaries", "link to the image instead: [photo](https://…)"})
		case *ast.RawHTML, *ast.HTMLBlock:
			out = append(out, Problem{offsetOf(n, src), "HTML is not rendered in summaries", "write Markdown: **bold**, [link](https://…), lists with -"})
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return out
}

// SafeURL reports whether a link may be published: http, https, mailto or
// a relative address.
func SafeURL(dest string) bool {
	u, err := url.Parse(strings.TrimSpace(dest))
	if err != nil {
		return false
	}
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		return u.Host != ""
	case "mailto":
		return u.Opaque != ""
	case "":
		return !strings.HasPrefix(dest, "//")
	}
	return false
}

// offsetOf finds where a node starts in the source, through its first
// descendant that carries a text segment.
func offsetOf(n ast.Node, src []byte) int {
	if n.Type() == ast.TypeBlock && n.Lines().Len() > 0 {
		return n.Lines().At(0).Start
	}
	for c := n; c != nil; c = c.FirstChild() {
		if t, ok := c.(*ast.Text); ok {
			// Step back to the bracket or angle that opens the inline.
			start := t.Segment.Start
			if i := bytes.LastIndexAny(src[:start], "[<"); i >= 0 && start-i < 3 {
				return i
			}
			return start
		}
	}
	if raw, ok := n.(*ast.RawHTML); ok && raw.Segments.Len() > 0 {
		return raw.Segments.At(0).Start
	}
	if p := n.Parent(); p != nil && p.Type() == ast.TypeBlock && p.Lines().Len() > 0 {
		return p.Lines().At(0).Start
	}
	return 0
}

func quote(s string) string { return "\"" + s + "\"" }
