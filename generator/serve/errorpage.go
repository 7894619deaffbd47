package serve

import (
	"bytes"
	"errors"
	"html/template"
	"sync"

	"atlas/generator/diag"
)

// errorTemplate is self-contained: it must show even when the layouts or
// the stylesheet are what is broken. html/template escapes the messages,
// which quote contributors' text.
var errorTemplate = template.Must(template.New("error").Parse(`<!DOCTYPE html>
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
pre .said { color: #555; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; padding: 1rem; background: #fff; border: 1px solid #ddd; line-height: 1.6; unicode-bidi: plaintext; }
</style>
</head>
<body>
<header>
<section lang="ar" dir="rtl"><h1>تعذّر بناء الموقع</h1><p>صحّحوا المشاكل أدناه؛ ستُعرض الصفحة من تلقاء نفسها بعد حفظ الملف.</p></section>
<section lang="fr" dir="ltr"><h1>Le site ne se construit pas</h1><p>Corrigez les problèmes ci-dessous ; la page revient d'elle-même dès que le fichier est enregistré.</p></section>
</header>
<pre id="problems" dir="ltr">
{{- range .Diags}}{{.Line}}
{{range .Said}}<span class="said" lang="{{.Lang}}">{{.Text}}</span>
{{end}}{{end}}
{{- with .Err}}{{.}}
{{end -}}
</pre>
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
