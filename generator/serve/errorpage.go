package serve

import (
	"bytes"
	"errors"
	"html/template"
	"regexp"
	"strings"
	"sync"

	"atlas/generator/diag"
)

// errorTemplate is self-contained: it must show even when the layouts or
// the stylesheet are what is broken. Each problem is an item: its English
// line, then what it says in each other language, each paragraph taking
// its direction from its own text (dir="auto").
var errorTemplate = template.Must(template.New("error").Funcs(template.FuncMap{"quoted": quoted}).Parse(`<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>تعذّر بناء الموقع · Le site ne se construit pas</title>
<style>
body { margin: 0 auto; max-width: 60rem; padding: 1rem; font-family: system-ui, sans-serif; background: #fdfcf9; color: #222; }
header { display: flex; flex-wrap: wrap; gap: 0 2rem; border-bottom: 3px solid #b3261e; }
header section { flex: 1 1 20rem; }
h1 { color: #b3261e; font-size: 1.4rem; }
#problems { list-style: none; margin: 1rem 0; padding: 0; }
#problems li { padding: .75rem 1rem; background: #fff; border: 1px solid #ddd; border-top: none; }
#problems li:first-child { border-top: 1px solid #ddd; }
#problems code, #problems pre { display: block; margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; font: .9rem/1.6 ui-monospace, monospace; }
#problems p { margin: .25rem 0 0; color: #444; line-height: 1.6; }
</style>
</head>
<body>
<header>
<section lang="ar" dir="rtl"><h1>تعذّر بناء الموقع</h1><p>صحّحوا المشاكل أدناه؛ ستُعرض الصفحة من تلقاء نفسها بعد حفظ الملف.</p></section>
<section lang="fr" dir="ltr"><h1>Le site ne se construit pas</h1><p>Corrigez les problèmes ci-dessous ; la page revient d'elle-même dès que le fichier est enregistré.</p></section>
</header>
<ol id="problems" dir="ltr">
{{- range .Diags}}
<li><code lang="en">{{quoted .Line}}</code>
{{- range .Said}}
<p lang="{{.Lang}}" dir="auto">{{quoted .Text}}</p>
{{- end}}</li>
{{- end}}
{{- with .Err}}
<li><pre lang="en">{{.}}</pre></li>
{{- end}}
</ol>
{{.Script}}
</body>
</html>
`))

// errorPage lists the diagnostics, and err itself when it is not just their
// summary (a layout, catalog or asset error).
// Under each, it says the problem in each language diagnostics can be
// printed in, where its catalog knows it: the page is read by
// contributors who may read no English.
func errorPage(diags diag.List, err error, id string) []byte {
	type said struct{ Lang, Text string }
	type problem struct {
		Line string
		Said []said
	}
	data := struct {
		Diags  []problem
		Err    error
		Script template.HTML
	}{nil, err, template.HTML(script(id))}
	catalogs := translations()
	for i, d := range diags {
		p := problem{Line: d.String()}
		for _, c := range catalogs {
			t := c.Translate(diags[i : i+1])[0]
			if t.Text() != d.Text() {
				p.Said = append(p.Said, said{c.Lang, t.Text()})
			}
		}
		data.Diags = append(data.Diags, p)
	}
	var list diag.List
	if errors.As(err, &list) {
		data.Err = nil
	}
	var buf bytes.Buffer
	if err := errorTemplate.Execute(&buf, data); err != nil {
		// The template is fixed and its data plain; say so rather than panic.
		return []byte("<pre>" + template.HTMLEscapeString(err.Error()) + "</pre>")
	}
	return buf.Bytes()
}

// quotedValue is a value a message quotes, as %q writes it.
var quotedValue = regexp.MustCompile(`"(?:[^"\\]|\\.)*"`)

// quoted escapes a message and isolates each value it quotes, so that an
// Arabic value keeps its place in a French sentence and the other way
// round.
func quoted(s string) template.HTML {
	var b strings.Builder
	last := 0
	for _, m := range quotedValue.FindAllStringIndex(s, -1) {
		b.WriteString(template.HTMLEscapeString(s[last:m[0]]))
		b.WriteString("<bdi>" + template.HTMLEscapeString(s[m[0]:m[1]]) + "</bdi>")
		last = m[1]
	}
	b.WriteString(template.HTMLEscapeString(s[last:]))
	return template.HTML(b.String())
}

// translations loads the catalogs once; one that fails to load (which
// diag's tests rule out) is left out rather than hiding the problems.
var translations = sync.OnceValue(func() []*diag.Catalog {
	var out []*diag.Catalog
	for _, lang := range diag.Languages()[1:] {
		if c, err := diag.LoadCatalog(lang); err == nil {
			out = append(out, c)
		}
	}
	return out
})
