// Package write minifies the rendered files by media type and writes them
// into a temporary folder that replaces the output folder only once every
// file is written: a failed build leaves the previous output untouched.
// Each output carries a mark, and only a marked or empty folder is ever
// replaced.
package write

import (
	"bytes"
	"fmt"
	"mime"
	"os"
	"path"
	"path/filepath"
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

// Site minifies files and swaps them in as the folder out.
func Site(out string, files []render.File) (err error) {
	// Minify first: a file that does not minify then costs no folder.
	if files, err = Minify(files); err != nil {
		return err
	}
	out = filepath.Clean(out)
	if err := replaceable(out); err != nil {
		return err
	}
	parent := filepath.Dir(out)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(out)+".new-")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			os.RemoveAll(tmp)
		}
	}()
	if err := fill(tmp, files); err != nil {
		return err
	}
	return swap(tmp, out)
}

// fill writes the mark, then the files, into the new folder dir.
func fill(dir string, files []render.File) error {
	// MkdirTemp makes a private folder; the site is for web servers to read.
	if err := os.Chmod(dir, 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, Mark), []byte(markText), 0o644); err != nil {
		return err
	}
	for _, f := range files {
		if err := writeFile(dir, f); err != nil {
			return err
		}
	}
	return nil
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

func writeFile(dir string, f render.File) error {
	if !filepath.IsLocal(filepath.FromSlash(f.Path)) {
		return fmt.Errorf("%q is not a path inside the output folder", f.Path)
	}
	if path.Clean(f.Path) == Mark {
		return fmt.Errorf("%q is the name of the mark of the output folder", f.Path)
	}
	name := filepath.Join(dir, filepath.FromSlash(f.Path))
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	return os.WriteFile(name, f.Data, 0o644)
}

// swap replaces out by tmp. The old output is moved aside first and
// removed only once the new one is in place.
func swap(tmp, out string) error {
	old := ""
	if _, err := os.Stat(out); err == nil {
		old = filepath.Join(filepath.Dir(out), "."+filepath.Base(out)+".old")
		os.RemoveAll(old)
		if err := os.Rename(out, old); err != nil {
			return err
		}
	}
	if err := os.Rename(tmp, out); err != nil {
		if old != "" {
			os.Rename(old, out)
		}
		return err
	}
	if old != "" {
		return os.RemoveAll(old)
	}
	return nil
}
