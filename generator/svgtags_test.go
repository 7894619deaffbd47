package generator

import (
	"bytes"
	stdhtml "html"
	"strings"

	"github.com/tdewolff/parse/v2"
	"github.com/tdewolff/parse/v2/xml"
)

// svgTags lists the start tags of an inline SVG element, which the HTML
// lexer returns whole: maps hold links the walk must follow too.
func svgTags(data []byte) []tag {
	l := xml.NewLexer(parse.NewInputBytes(data))
	var out []tag
	for {
		tt, _ := l.Next()
		switch tt {
		case xml.ErrorToken:
			return out
		case xml.StartTagToken:
			out = append(out, tag{name: strings.ToLower(string(l.Text())), attrs: map[string]string{}})
		case xml.AttributeToken:
			val := stdhtml.UnescapeString(string(bytes.Trim(l.AttrVal(), `"'`)))
			out[len(out)-1].attrs[strings.ToLower(string(l.Text()))] = val
		}
	}
}
