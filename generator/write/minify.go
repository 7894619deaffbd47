package write

import (
	"bytes"
	"fmt"
	"mime"
	"path"
	"regexp"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/html"
	"github.com/tdewolff/minify/v2/js"
	"github.com/tdewolff/minify/v2/json"
	"github.com/tdewolff/minify/v2/svg"
	"github.com/tdewolff/minify/v2/xml"

	"atlas/generator/render"
)

// Minifier returns the one registry of minifiers, keyed by media type.
func Minifier() *minify.M {
	m := minify.New()
	m.Add("text/html", &html.Minifier{KeepDocumentTags: true, KeepEndTags: true, KeepQuotes: true, KeepDefaultAttrVals: true})
	m.AddFunc("text/css", css.Minify)
	m.AddFunc("image/svg+xml", svg.Minify)
	m.AddFuncRegexp(regexp.MustCompile("^(application|text)/(x-)?(java|ecma)script$"), js.Minify)
	m.AddFuncRegexp(regexp.MustCompile("[/+]json$"), json.Minify)
	m.AddFuncRegexp(regexp.MustCompile("[/+]xml$"), xml.Minify)
	return m
}

var mediaTypes = map[string]string{
	".html": "text/html", ".css": "text/css", ".js": "application/javascript",
	".svg": "image/svg+xml", ".json": "application/json", ".xml": "application/xml",
}

// mediaType names a file's type by its extension; unknown types are copied.
func mediaType(name string) string {
	if t, ok := mediaTypes[path.Ext(name)]; ok {
		return t
	}
	return mime.TypeByExtension(path.Ext(name))
}

// Minify returns the files with every known media type minified, in
// memory, so that "atlas serve" serves what "atlas build" writes. Files of
// other types keep their data; the input is not modified.
func Minify(files []render.File) ([]render.File, error) {
	m := Minifier()
	out := make([]render.File, len(files))
	for i, f := range files {
		data, err := minifyData(m, f)
		if err != nil {
			return nil, err
		}
		out[i] = render.File{Path: f.Path, Data: data}
	}
	return out, nil
}

func minifyData(m *minify.M, f render.File) ([]byte, error) {
	t := mediaType(f.Path)
	if t == "" {
		return f.Data, nil
	}
	var buf bytes.Buffer
	err := m.Minify(t, &buf, bytes.NewReader(f.Data))
	switch {
	case err == minify.ErrNotExist:
		return f.Data, nil
	case err != nil:
		return nil, fmt.Errorf("minify %s: %w", f.Path, err)
	}
	return buf.Bytes(), nil
}
