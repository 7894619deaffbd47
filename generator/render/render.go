// Package render turns pages into HTML with html/template and goldmark.
// Rendering one page depends on that page alone, so pages render in
// parallel.
package render

import (
	"bufio"
	"bytes"
	"fmt"
	"html/template"
	"io/fs"
	"path"
	"strings"
	"sync"

	"github.com/yuin/goldmark"

	"atlas/generator/input"
	"atlas/generator/locale"
	"atlas/generator/markdown"
	"atlas/generator/pages"
)

// Renderer holds the parsed layouts. It is safe for concurrent use.
type Renderer struct {
	layouts map[string]*template.Template            // by name, for any language
	byLang  map[string]map[string]*template.Template // by language and name, labels written in
	md      map[string]goldmark.Markdown             // by text direction
	// goldmark writes through a bufio.Writer, and makes one for every
	// summary when given none: 4 KiB each, 80 MB for a site of 10,000
	// agreements.
	writers sync.Pool
}

// BaseLayout is the skeleton every page layout fills.
const BaseLayout = "base.html"

// New parses layouts: base.html plus one file per page template, each
// defining "main" (and optionally "head"). Layouts are read through
// package input: a link or a pipe among them is an error. With the
// locales of the site's languages, each language also gets the layouts
// with its labels written in, which render faster.
func New(layouts fs.FS, locs ...*locale.Locale) (*Renderer, error) {
	in := input.Layouts(layouts)
	r := &Renderer{
		byLang: map[string]map[string]*template.Template{},
		md:     map[string]goldmark.Markdown{"ltr": markdown.New(false), "rtl": markdown.New(true)},
	}
	r.writers.New = func() any { return bufio.NewWriter(nil) }
	var err error
	if r.layouts, err = parse(in); err != nil {
		return nil, err
	}
	for _, loc := range locs {
		if r.byLang[loc.Lang()], err = parse(labelled{in, loc}); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// parse parses every layout of a folder, each with the base layout.
func parse(layouts fs.FS) (map[string]*template.Template, error) {
	base, err := template.New(BaseLayout).Funcs(pages.Funcs()).ParseFS(layouts, BaseLayout)
	if err != nil {
		return nil, fmt.Errorf("layouts: %w", err)
	}
	names, err := fs.Glob(layouts, "*.html")
	if err != nil {
		return nil, err
	}
	out := map[string]*template.Template{}
	for _, name := range names {
		if name == BaseLayout {
			continue
		}
		t, err := base.Clone()
		if err == nil {
			t, err = t.ParseFS(layouts, name)
		}
		if err != nil {
			return nil, fmt.Errorf("layouts: %w", err)
		}
		out[name[:len(name)-len(path.Ext(name))]] = t
	}
	return out, nil
}

// Page renders one page into buf.
func (r *Renderer) Page(buf *bytes.Buffer, p *pages.Page) error {
	t, ok := r.byLang[p.Lang][p.Template]
	if !ok {
		t, ok = r.layouts[p.Template]
	}
	if !ok {
		return fmt.Errorf("%s: no layout %s.html", p.Path, p.Template)
	}
	if p.Markdown != "" {
		// Room for the HTML, a little longer than its Markdown, at once; and
		// a strings.Builder, whose String does not copy it again.
		var body strings.Builder
		body.Grow(len(p.Markdown) + len(p.Markdown)/4)
		w := r.writers.Get().(*bufio.Writer)
		w.Reset(&body)
		err := r.md[p.Dir].Convert([]byte(p.Markdown), w) // which flushes w
		w.Reset(nil)
		r.writers.Put(w)
		if err != nil {
			return fmt.Errorf("%s: %w", p.Path, err)
		}
		// goldmark escapes text and omits raw HTML: the result is safe.
		p.Body = template.HTML(body.String())
	}
	if err := t.ExecuteTemplate(buf, BaseLayout, p); err != nil {
		return fmt.Errorf("%s: %w", p.Path, err)
	}
	return nil
}

// PanicError is a page whose rendering panicked. A panic in a worker
// would end the process whatever its caller does; as an error, it fails
// the build and lets "atlas serve" go on.
type PanicError struct {
	Path  string
	Value any
	Stack []byte
}

func (e *PanicError) Error() string {
	return fmt.Sprintf("%s: rendering stopped on an internal error: %v", e.Path, e.Value)
}
