package generator

import (
	"bytes"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"path"
	"slices"

	"atlas/generator/check"
	"atlas/generator/diag"
	"atlas/generator/input"
	"atlas/generator/pages"
	"atlas/generator/render"
)

// pageLayouts are the layouts pages are rendered with, without .html: one
// for each kind of page, the 404 page taking the entry page's.
func pageLayouts() []string { return pages.Layouts() }

// checkLayouts checks what the build reads from the layouts folder, as
// diagnostics: the catalogs of langs and the templates. It returns the
// languages that have a catalog; when there is no folder to tell, which is
// one error, all of langs.
func checkLayouts(src Sources, langs []string) ([]string, diag.List) {
	name := src.layoutsName()
	var diags diag.List
	if src.Layouts == nil {
		diags.Errorf(diag.Pos{File: name, Line: 1, Col: 1}, "no layouts folder").Hint = "the folder of the html/template files and of i18n/<lang>.toml"
		return langs, diags
	}
	if _, err := input.Layouts(src.Layouts).Stat("."); err != nil {
		diags.Errorf(diag.Pos{File: name, Line: 1, Col: 1}, "cannot read the layouts folder: %v", unwrapPath(err)).Hint = "give it with --layouts; by default it is layouts, beside the content folder"
		return langs, diags
	}
	catalogs, diags := check.Catalogs(src.Layouts, name, langs)
	return catalogs, append(diags, checkTemplates(src.Layouts, name)...)
}

func unwrapPath(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}

// layoutsName is how diagnostics name the layouts folder.
func (src Sources) layoutsName() string {
	if src.LayoutsName == "" {
		return "layouts"
	}
	return src.LayoutsName
}

// checkTemplates parses the layouts as render.New does, base.html with
// each page layout in turn, so that every broken layout is reported and
// not only the first; then checks that each kind of page has its layout
// and that html/template can escape it, which it only tries when a page
// is rendered.
func checkTemplates(fsys fs.FS, display string) diag.List {
	in := input.Layouts(fsys)
	var diags diag.List
	report := func(err error) { diags = append(diags, check.LayoutError(in, display, err)) }
	if _, err := in.ReadFile(render.BaseLayout); err != nil {
		report(err)
		return diags
	}
	if _, err := render.New(only{in, []string{render.BaseLayout}}); err != nil {
		report(err)
		return diags
	}
	names, err := fs.Glob(in, "*.html")
	if err != nil {
		report(err)
		return diags
	}
	for _, name := range names {
		if name == render.BaseLayout {
			continue
		}
		if _, err := render.New(only{in, []string{render.BaseLayout, name}}); err != nil {
			report(err)
		}
	}
	for _, layout := range pageLayouts() {
		if name := layout + ".html"; !slices.Contains(names, name) {
			d := diags.Errorf(diag.Pos{File: display + "/" + name, Line: 1, Col: 1}, "the layout %s is missing", name)
			d.Hint = fmt.Sprintf("the %s pages are rendered with it, filling %s", layout, render.BaseLayout)
		}
	}
	if diags.HasErrors() {
		return diags
	}
	r, err := render.New(in)
	if err != nil {
		report(err)
		return diags
	}
	for _, layout := range pageLayouts() {
		if err := escapeError(r, layout); err != nil {
			diags = append(diags, escapeDiagnostic(in, display, layout+".html", err))
		}
	}
	return diags
}

// escapeDiagnostic places an escaping error found while rendering with
// layout. html/template may find it in base.html, after the layout's
// blocks, and sometimes gives no line: the message then says which layout
// fills base.html, and a position without a line is that layout's.
func escapeDiagnostic(in fs.FS, display, layout string, err error) diag.Diagnostic {
	d := check.LayoutError(in, display, err)
	file := path.Join(display, layout)
	if d.Pos.File == file {
		d.Pos.Line, d.Pos.Col = max(d.Pos.Line, 1), max(d.Pos.Col, 1)
		return d
	}
	if d.Pos.Line == 0 {
		d.Message = fmt.Sprintf("in %s, when %s fills it: %s", path.Base(d.Pos.File), layout, d.Message)
		d.Pos = diag.Pos{File: file, Line: 1, Col: 1}
		return d
	}
	d.Message = fmt.Sprintf("%s, when %s fills %s", d.Message, layout, path.Base(d.Pos.File))
	return d
}

// escapeError renders an empty page with a layout and returns the error
// of html/template's escaping, if any. Escaping looks at the templates
// alone, before any data: the errors an empty page sets off otherwise are
// not the layout's.
func escapeError(r *render.Renderer, layout string) (err error) {
	defer func() {
		if recover() != nil {
			err = nil
		}
	}()
	var buf bytes.Buffer
	err = r.Page(&buf, &pages.Page{Template: layout})
	var escape *template.Error
	if errors.As(err, &escape) {
		return escape
	}
	return nil
}

// only is a layouts folder with some of its top-level files alone, so
// that render.New parses them alone. It reads through the input.FS it
// is made from, which refuses links and pipes.
type only struct {
	in    *input.FS
	names []string
}

func (o only) has(name string) bool { return slices.Contains(o.names, name) }

func (o only) Open(name string) (fs.File, error) {
	if name != "." && !o.has(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return o.in.Open(name)
}

func (o only) Stat(name string) (fs.FileInfo, error) {
	if name != "." && !o.has(name) {
		return nil, &fs.PathError{Op: "stat", Path: name, Err: fs.ErrNotExist}
	}
	return o.in.Stat(name)
}

func (o only) ReadDir(name string) ([]fs.DirEntry, error) {
	if name != "." {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: fs.ErrNotExist}
	}
	entries, err := o.in.ReadDir(name)
	return slices.DeleteFunc(entries, func(e fs.DirEntry) bool { return !o.has(e.Name()) }), err
}
