package serve

import (
	"bytes"
	"errors"
	"html/template"

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
pre { white-space: pre-wrap; overflow-wrap: anywhere; padding: 1rem; background: #fff; border: 1px solid #ddd; line-height: 1.6; unicode-bidi: plaintext; }
</style>
</head>
<body>
<header>
<section lang="ar" dir="rtl"><h1>تعذّر بناء الموقع</h1><p>صحّحوا المشاكل أدناه؛ ستُعرض الصفحة من تلقاء نفسها بعد حفظ الملف.</p></section>
<section lang="fr" dir="ltr"><h1>Le site ne se construit pas</h1><p>Corrigez les problèmes ci-dessous ; la page revient d'elle-même dès que le fichier est enregistré.</p></section>
</header>
<pre id="problems" dir="ltr">
{{- range .Diags}}{{.}}
{{end}}
{{- with .Err}}{{.}}
{{end -}}
</pre>
{{.Script}}
</body>
</html>
`))

// errorPage lists the diagnostics, and err itself when it is not just their
// summary (a layout, catalog or asset error).
func errorPage(diags diag.List, err error, id string) []byte {
	data := struct {
		Diags  diag.List
		Err    error
		Script template.HTML
	}{diags, err, template.HTML(script(id))}
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
