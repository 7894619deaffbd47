// Package markdown is the one Markdown configuration of the atlas:
// CommonMark with tables, raw HTML never rendered, and links limited to
// http, https, mailto and relative addresses. Check and render share it so
// that what check accepts is exactly what render prints.
// Check also refuses, before goldmark parses them, the summaries that
// would take goldmark long: larger than MaxSize, lists and quotes nested
// more than MaxDepth levels, paragraphs with more than MaxMarks marks.
package markdown

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
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
// other than http, https or mailto. A summary over the limits that keep
// goldmark fast (see limits) is reported alone: it is not parsed at all.
func Check(md goldmark.Markdown, src []byte) []Problem {
	p, _ := Process(md, src, Want{})
	return p.Problems
}

// problems walks a parsed summary for what the atlas does not publish.
func problems(doc ast.Node, src []byte) []Problem {
	var out []Problem
	f := finder{src: src}
	safe := map[string]bool{} // by destination: one reference may make many links
	addresses := 0            // bytes of link addresses the page would print
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Link:
			// One long reference used many times prints its address each
			// time: the page, not the check, would grow without end.
			if addresses += len(n.Destination); addresses > MaxSize {
				out = append(out, Problem{f.start(n, "["), fmt.Sprintf("the links of this summary print over %d KiB of addresses", MaxSize>>10), "link to a source once, and keep addresses short"})
				return ast.WalkStop, nil
			}
			ok, seen := safe[string(n.Destination)]
			if !seen {
				// goldmark decodes entities before it judges a link: so must we.
				ok = SafeURL(string(util.URLEscape(n.Destination, true)))
				safe[string(n.Destination)] = ok
			}
			if at := f.start(n, "["); !ok {
				out = append(out, Problem{at, "link to " + quote(string(n.Destination)) + " is not allowed", linkHint})
			}
		case *ast.AutoLink:
			if at := f.start(n, "<"); !SafeURL(string(n.URL(src))) {
				out = append(out, Problem{at, "link to " + quote(string(n.URL(src))) + " is not allowed", linkHint})
			}
		case *ast.Image:
			out = append(out, Problem{f.start(n, "!["), "images are not published in summaries", "link to the image instead: [photo](https://…)"})
		case *ast.RawHTML, *ast.HTMLBlock:
			out = append(out, Problem{f.start(n, "<"), "HTML is not rendered in summaries", "write Markdown: **bold**, [link](https://…), lists with -"})
			return ast.WalkSkipChildren, nil
		case *ast.Text:
			f.cursor = max(f.cursor, n.Segment.Stop)
		default:
			if n.Type() == ast.TypeBlock && n.Lines().Len() > 0 {
				f.cursor = max(f.cursor, n.Lines().At(0).Start)
			}
		}
		return ast.WalkContinue, nil
	})
	return out
}

const linkHint = "links are http://, https://, mailto: or relative"

// finder locates inline constructs in the source. goldmark keeps byte
// ranges for text only, so a link is found from its opener, searched
// after everything the walk has already passed.
type finder struct {
	src    []byte
	cursor int
}

func (f *finder) start(n ast.Node, opener string) int {
	at := f.locate(n, opener)
	f.cursor = at + 1
	return at
}

func (f *finder) locate(n ast.Node, opener string) int {
	if n.Type() == ast.TypeBlock && n.Lines().Len() > 0 {
		return n.Lines().At(0).Start
	}
	if raw, ok := n.(*ast.RawHTML); ok && raw.Segments.Len() > 0 {
		return raw.Segments.At(0).Start
	}
	from := min(f.cursor, len(f.src))
	if t := firstText(n); t != nil && t.Segment.Start >= from {
		if i := bytes.LastIndex(f.src[from:t.Segment.Start], []byte(opener)); i >= 0 {
			return from + i
		}
	}
	if i := bytes.Index(f.src[from:], []byte(opener)); i >= 0 {
		return from + i
	}
	return from
}

func firstText(n ast.Node) *ast.Text {
	for c := n.FirstChild(); c != nil; c = c.FirstChild() {
		if t, ok := c.(*ast.Text); ok {
			return t
		}
	}
	return nil
}

// SafeURL reports whether a link may be published: http, https, mailto or
// a relative address.
func SafeURL(dest string) bool {
	dest = strings.TrimSpace(dest)
	u, err := url.Parse(dest)
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

func quote(s string) string { return "\"" + s + "\"" }

// Want is what Process makes of a summary besides its problems.
type Want struct {
	HTML  bool // its HTML, for its pages
	Plain bool // its words without markup, as Plain gives them
}

// Parsed is what one parse of a summary gives.
type Parsed struct {
	Problems []Problem
	HTML     string // when wanted, and there is no problem
	Plain    string // when wanted, and there is no problem
}

// Process parses src once: it returns what Check would report and, when
// there is nothing to report, what want asks for. Loading a file calls
// it, so that no summary is parsed twice.
func Process(md goldmark.Markdown, src []byte, want Want) (Parsed, error) {
	if out := limits(src); len(out) > 0 {
		return Parsed{Problems: out}, nil
	}
	if want == (Want{}) && !mayRefuse(src) {
		return Parsed{}, nil
	}
	doc := md.Parser().Parse(text.NewReader(src))
	p := Parsed{Problems: problems(doc, src)}
	if len(p.Problems) > 0 {
		return p, nil
	}
	if want.Plain {
		p.Plain = plain(doc, src)
	}
	if want.HTML {
		var buf bytes.Buffer
		if err := md.Renderer().Render(&buf, src, doc); err != nil {
			return Parsed{}, err
		}
		p.HTML = buf.String()
	}
	return p, nil
}

// mayRefuse reports whether src holds a character that every construct
// problems refuses is written with: '<' for raw HTML and autolinks, ']'
// for links and images, inline or by reference. Most summaries hold
// neither, and have nothing to refuse: checking them needs no parse,
// which would be a third of what goldmark does in a build.
// FuzzCheckNeedsNoParse holds this to the parse.
func mayRefuse(src []byte) bool { return bytes.ContainsAny(src, "<]") }
