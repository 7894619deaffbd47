package markdown

import (
	"bufio"
	"bytes"
	stdhtml "html"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/util"

	"atlas/generator/bidi"
)

// Isolated is an extension that renders text with its figures in <bdi>,
// and with Latin set its Latin words too, so that "2022-2027" never reads
// "2027-2022" inside Arabic prose.
type Isolated struct {
	Latin bool
}

// Extend registers the text renderer ahead of goldmark's own.
func (e Isolated) Extend(m goldmark.Markdown) {
	m.Renderer().AddOptions(renderer.WithNodeRenderers(util.Prioritized(textRenderer{e.Latin}, 100)))
}

// escapeText escapes what goldmark escapes in text, and no more.
var escapeText = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")

type textRenderer struct {
	latin bool
}

func (r textRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindText, r.render)
}

func (r textRenderer) render(w util.BufWriter, source []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	n := node.(*ast.Text)
	value := n.Segment.Value(source)
	if n.IsRaw() {
		html.DefaultWriter.RawWrite(w, value)
		return ast.WalkContinue, nil
	}
	_, _ = w.WriteString(bidi.Isolate(plainText(value), r.latin, escapeText.Replace))
	switch {
	case n.HardLineBreak():
		_, _ = w.WriteString("<br>\n")
	case n.SoftLineBreak():
		_ = w.WriteByte('\n')
	}
	return ast.WalkContinue, nil
}

// plainText is the text a text node means. goldmark's writer resolves
// Markdown escapes and entities into HTML; text with neither, most of it,
// means what it says.
func plainText(value []byte) string {
	if bytes.IndexByte(value, '\\') < 0 && bytes.IndexByte(value, '&') < 0 {
		return string(value)
	}
	var buf bytes.Buffer
	bw := bufio.NewWriter(&buf)
	html.DefaultWriter.Write(bw, value)
	bw.Flush()
	return stdhtml.UnescapeString(buf.String())
}
