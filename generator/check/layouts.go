package check

import (
	"errors"
	"io/fs"
	"path"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"atlas/generator/diag"
	"atlas/generator/input"
	"atlas/generator/locale"
)

// Catalogs checks the catalogs of langs in the layouts folder fsys, whose
// files are named from display ("layouts/i18n/fr.toml"), and returns the
// languages that have a catalog there: the languages the atlas can
// publish. A language of langs without one is left to Content, which
// reports it once, in site.toml. When the catalogs' folder cannot be read,
// which is one error, every language of langs counts as having one.
func Catalogs(fsys fs.FS, display string, langs []string) ([]string, diag.List) {
	have, err := locale.Available(fsys, locale.Folder)
	if err != nil {
		var diags diag.List
		d := diags.Errorf(diag.Pos{File: path.Join(display, locale.Folder), Line: 1, Col: 1}, "%s", readProblem(err))
		d.Hint = "the catalogs are " + path.Join(display, locale.Folder) + "/<lang>.toml, one for each language of the site"
		return langs, diags
	}
	var load []string
	for _, lang := range langs {
		if contains(have, lang) {
			load = append(load, lang)
		}
	}
	_, diags := locale.ReadCatalogs(fsys, locale.Folder, load, display)
	return have, diags
}

// readProblem says why a file or folder could not be read, without the
// path that the diagnostic names.
func readProblem(err error) string {
	var kind *input.KindError
	var size *input.SizeError
	var pe *fs.PathError
	switch {
	case errors.As(err, &kind):
		return path.Base(kind.Path) + " " + kind.Problem()
	case errors.As(err, &size):
		return path.Base(size.Path) + " " + size.Problem()
	case errors.As(err, &pe):
		return "cannot read: " + pe.Err.Error()
	}
	return "cannot read: " + err.Error()
}

// readPath is the path inside the folder that an input error names.
func readPath(err error) (string, bool) {
	var kind *input.KindError
	var size *input.SizeError
	var pe *fs.PathError
	switch {
	case errors.As(err, &kind):
		return kind.Path, true
	case errors.As(err, &size):
		return size.Path, true
	case errors.As(err, &pe):
		return pe.Path, true
	}
	return "", false
}

// templateError matches where html/template places an error, in parsing
// ("template: home.html:12: …") or in escaping ("html/template:home.html:12:5: …",
// or with no line at all: "html/template:base.html: …").
var templateError = regexp.MustCompile(`(html/)?template: ?([^\s:]+\.html)(?::(\d+))?(?::(\d+))?: (.*)$`)

// quoted is the first quoted word of a message, to find its column.
var quoted = regexp.MustCompile(`"([^"]+)"|'([^']+)'`)

// LayoutError turns an error of reading or parsing the layouts folder
// fsys, shown as display, into a diagnostic at the file, line and column it
// names. When html/template gives a line only, the column is that of the
// word the message quotes on that line, or of the line's first character;
// when it gives no line, the position has none.
func LayoutError(fsys fs.FS, display string, err error) diag.Diagnostic {
	d := diag.Diagnostic{Pos: diag.Pos{File: display, Line: 1, Col: 1}, Severity: diag.Error, Message: err.Error()}
	m := templateError.FindStringSubmatch(err.Error())
	if m == nil {
		if name, ok := readPath(err); ok {
			d.Pos.File = path.Join(display, name)
			d.Message = readProblem(err)
			d.Hint = "a layout is a regular file of " + display
		}
		return d
	}
	name, msg := m[2], m[5]
	line, _ := strconv.Atoi(m[3])
	col, _ := strconv.Atoi(m[4])
	if col == 0 && line > 0 {
		col = column(fsys, name, line, msg)
	}
	d.Pos = diag.Pos{File: path.Join(display, name), Line: line, Col: col}
	d.Message = msg
	d.Hint = layoutHint(m[1] != "", msg)
	return d
}

// column finds where on line of the layout name the message points.
func column(fsys fs.FS, name string, line int, msg string) int {
	data, err := fs.ReadFile(fsys, name)
	lines := strings.Split(string(data), "\n")
	if err != nil || line < 1 || line > len(lines) {
		return 1
	}
	text := lines[line-1]
	if q := quoted.FindStringSubmatch(msg); q != nil {
		if i := strings.Index(text, q[1]+q[2]); i >= 0 {
			return utf8.RuneCountInString(text[:i]) + 1
		}
	}
	return utf8.RuneCountInString(text[:len(text)-len(strings.TrimLeft(text, " \t"))]) + 1
}

func layoutHint(escaping bool, msg string) string {
	switch {
	case strings.HasPrefix(msg, "no such template "):
		return "a page layout defines the blocks base.html calls, as {{define \"main\"}}…{{end}}"
	case escaping:
		return "html/template must know, at each {{…}}, whether it stands in text, in an attribute, in a URL or in a script: close the tag or the quotes before it"
	case strings.HasPrefix(msg, "function ") && strings.HasSuffix(msg, " not defined"):
		return "a layout calls the built-in template functions and the methods of the page, as .T \"key\""
	}
	return "a layout is an html/template file: each {{ has its }}, and each {{if}}, {{range}}, {{with}}, {{define}} and {{block}} its {{end}}"
}
