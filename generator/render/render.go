// Package render turns pages into HTML with html/template and goldmark.
// Rendering one page depends on that page alone, so pages render in
// parallel.
package render

import (
	"bytes"
	"fmt"
	"html/template"
	"io/fs"
	"path"
	"runtime"
	"runtime/debug"
	"sync"

	"github.com/yuin/goldmark"

	"atlas/generator/input"
	"atlas/generator/markdown"
	"atlas/generator/pages"
)

// File is one output file, by its slash-separated path.
type File struct {
	Path string
	Data []byte
}

// Renderer holds the parsed layouts. It is safe for concurrent use.
type Renderer struct {
	layouts map[string]*template.Template
	md      map[string]goldmark.Markdown // by text direction
}

// BaseLayout is the skeleton every page layout fills.
const BaseLayout = "base.html"

// New parses layouts: base.html plus one file per page template, each
// defining "main" (and optionally "head"). Layouts are read through
// package input: a link or a pipe among them is an error.
func New(layouts fs.FS) (*Renderer, error) {
	layouts = input.Layouts(layouts)
	base, err := template.ParseFS(layouts, BaseLayout)
	if err != nil {
		return nil, fmt.Errorf("layouts: %w", err)
	}
	names, err := fs.Glob(layouts, "*.html")
	if err != nil {
		return nil, err
	}
	r := &Renderer{
		layouts: map[string]*template.Template{},
		md:      map[string]goldmark.Markdown{"ltr": markdown.New(false), "rtl": markdown.New(true)},
	}
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
		r.layouts[name[:len(name)-len(path.Ext(name))]] = t
	}
	return r, nil
}

// Page renders one page.
func (r *Renderer) Page(p *pages.Page) (File, error) {
	t, ok := r.layouts[p.Template]
	if !ok {
		return File{}, fmt.Errorf("%s: no layout %s.html", p.Path, p.Template)
	}
	if p.Markdown != "" {
		var body bytes.Buffer
		if err := r.md[p.Dir].Convert([]byte(p.Markdown), &body); err != nil {
			return File{}, fmt.Errorf("%s: %w", p.Path, err)
		}
		// goldmark escapes text and omits raw HTML: the result is safe.
		p.Body = template.HTML(body.String())
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, BaseLayout, p); err != nil {
		return File{}, fmt.Errorf("%s: %w", p.Path, err)
	}
	return File{Path: p.Path, Data: buf.Bytes()}, nil
}

// All renders every page on all cores and returns the files in the
// pages' order, or the first error.
func (r *Renderer) All(ps []*pages.Page) ([]File, error) {
	files := make([]File, len(ps))
	errs := make([]error, len(ps))
	work := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				files[i], errs[i] = r.safePage(ps[i])
			}
		}()
	}
	for i := range ps {
		work <- i
	}
	close(work)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return files, nil
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

func (r *Renderer) safePage(p *pages.Page) (f File, err error) {
	defer func() {
		if v := recover(); v != nil {
			err = &PanicError{Path: p.Path, Value: v, Stack: debug.Stack()}
		}
	}()
	return r.Page(p)
}

// Assets returns every file under fsys, to be published under prefix. They
// are read through package input: a link in the folder, which could publish
// any file of the machine that builds, fails the build and names the link.
func Assets(fsys fs.FS, prefix string) ([]File, error) {
	in := input.Assets(fsys)
	var files []File
	err := fs.WalkDir(in, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := in.ReadFile(name)
		if err != nil {
			return err
		}
		files = append(files, File{Path: path.Join(prefix, name), Data: data})
		return nil
	})
	return files, err
}
