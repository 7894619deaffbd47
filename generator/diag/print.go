package diag

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// A printer writes l, and under each diagnostic what it says in each
// translation of l (Catalog.Translate): the same list in other languages.
type printer func(w io.Writer, l List, translations ...List) error

// Printers by the name users give them on the command line.
var formats = map[string]printer{
	"text":   printText,
	"github": printGitHub,
	"json":   printJSON,
}

// Formats lists the printer names, for usage messages.
func Formats() []string { return []string{"text", "github", "json"} }

// Printer returns the printer named format, or nil.
func Printer(format string) func(w io.Writer, l List, translations ...List) error {
	if p, ok := formats[format]; ok {
		return p
	}
	return nil
}

// PrintText writes one diagnostic a line: path:line:col: severity: message.
func PrintText(w io.Writer, l List) error { return printText(w, l) }

// PrintGitHub writes workflow commands, so that a pull request shows each
// problem on the line it is about.
func PrintGitHub(w io.Writer, l List) error { return printGitHub(w, l) }

// PrintJSON writes the list as one JSON array ([] when empty).
func PrintJSON(w io.Writer, l List) error { return printJSON(w, l) }

// said is what d says in each translation, where it says something else.
func said(d Diagnostic, i int, translations []List) []string {
	var out []string
	for _, t := range translations {
		if s := t[i].Text(); s != d.Text() {
			out = append(out, s)
		}
	}
	return out
}

// Text is the message and its hint, as printed after the severity.
func (d Diagnostic) Text() string {
	if d.Hint != "" {
		return d.Message + " (" + d.Hint + ")"
	}
	return d.Message
}

// printText indents each translation under its diagnostic, so that the
// first line stays the path:line:col line editors read.
func printText(w io.Writer, l List, translations ...List) error {
	for i, d := range l {
		if _, err := fmt.Fprintln(w, d); err != nil {
			return err
		}
		for _, s := range said(d, i, translations) {
			if _, err := fmt.Fprintln(w, "    "+s); err != nil {
				return err
			}
		}
	}
	return nil
}

// printGitHub puts each translation on a line of its own in the
// annotation.
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
func printGitHub(w io.Writer, l List, translations ...List) error {
	for i, d := range l {
		props := []string{"file=" + escapeProperty(d.Pos.File)}
		if d.Pos.Line > 0 {
			props = append(props, fmt.Sprintf("line=%d", d.Pos.Line))
		}
		if d.Pos.Col > 0 {
			props = append(props, fmt.Sprintf("col=%d", d.Pos.Col))
		}
		msg := strings.Join(append([]string{d.Text()}, said(d, i, translations)...), "\n")
		if _, err := fmt.Fprintf(w, "::%s %s::%s\n", d.Severity, strings.Join(props, ","), escapeData(msg)); err != nil {
			return err
		}
	}
	return nil
}

// escapeData and escapeProperty follow the encoding of the Actions toolkit,
// so that a newline or a colon in a message cannot end the command early.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}

// jsonDiagnostic is the shape other tools read; its field names are part
// of the contract of "atlas check --format json".
type jsonDiagnostic struct {
	File     string `json:"file"`
	Line     int    `json:"line"`
	Column   int    `json:"column"`
	Severity string `json:"severity"`
	Message  string `json:"message"`
	Hint     string `json:"hint,omitempty"`
	// Translations holds the message and hint in each other language
	// asked for, by language code.
	Translations map[string]jsonSaid `json:"translations,omitempty"`
}

type jsonSaid struct {
	Message string `json:"message"`
	Hint    string `json:"hint,omitempty"`
}

// printJSON gives each diagnostic its translations by language; a
// translation list is named by the Lang of its catalog (see Translations).
func printJSON(w io.Writer, l List, translations ...List) error {
	out := make([]jsonDiagnostic, 0, len(l))
	for i, d := range l {
		j := jsonDiagnostic{File: d.Pos.File, Line: d.Pos.Line, Column: d.Pos.Col, Severity: d.Severity.String(), Message: d.Message, Hint: d.Hint}
		for _, t := range translations {
			if j.Translations == nil {
				j.Translations = map[string]jsonSaid{}
			}
			lang := t[i].Lang
			if lang == "" {
				lang = "en"
			}
			j.Translations[lang] = jsonSaid{t[i].Message, t[i].Hint}
		}
		out = append(out, j)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
