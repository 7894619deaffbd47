package render

import (
	"html/template"
	"io/fs"
	"regexp"

	"atlas/generator/locale"
	"atlas/generator/pages"
)

// label is a layout's call for interface text, {{t $ "nav.home"}}, or for
// interface text with its figures isolated, {{ti . "methodology.money"}}.
var label = regexp.MustCompile(`\{\{\s*(t|ti)\s+[$.]\s+"([^"{}]+)"\s*\}\}`)

// Labels are the same on every page of a language, so the layouts of each
// language are parsed with its labels written in: of the actions a page
// runs, they are the most, and each would cost a call through reflection
// and an escaper. The text is escaped as the template would escape it;
// isolated text is HTML made by the page, as the template would print it.
func withLabels(src []byte, loc *locale.Locale) []byte {
	p := pages.Labels(loc)
	return label.ReplaceAllFunc(src, func(m []byte) []byte {
		sub := label.FindSubmatch(m)
		if string(sub[1]) == "ti" {
			return []byte(p.TI(string(sub[2])))
		}
		return []byte(template.HTMLEscapeString(p.T(string(sub[2]))))
	})
}

// labelled is a layouts folder whose files read with a language's labels
// written in.
type labelled struct {
	fs.FS
	loc *locale.Locale
}

func (l labelled) ReadFile(name string) ([]byte, error) {
	data, err := fs.ReadFile(l.FS, name)
	if err != nil {
		return nil, err
	}
	return withLabels(data, l.loc), nil
}

func (l labelled) Open(name string) (fs.File, error) { return l.FS.Open(name) }
