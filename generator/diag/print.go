package diag

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// Printers by the name users give them on the command line.
var formats = map[string]func(io.Writer, List) error{
	"text":   PrintText,
	"github": PrintGitHub,
	"json":   PrintJSON,
}

// Formats lists the printer names, for usage messages.
func Formats() []string { return []string{"text", "github", "json"} }

// Printer returns the printer named format, or nil.
func Printer(format string) func(io.Writer, List) error { return formats[format] }

// PrintText writes one diagnostic a line: path:line:col: severity: message.
func PrintText(w io.Writer, l List) error {
	for _, d := range l {
		if _, err := fmt.Fprintln(w, d); err != nil {
			return err
		}
	}
	return nil
}

// PrintGitHub writes workflow commands, so that a pull request shows each
// problem on the line it is about.
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
func PrintGitHub(w io.Writer, l List) error {
	for _, d := range l {
		props := []string{"file=" + escapeProperty(d.Pos.File)}
		if d.Pos.Line > 0 {
			props = append(props, fmt.Sprintf("line=%d", d.Pos.Line))
		}
		if d.Pos.Col > 0 {
			props = append(props, fmt.Sprintf("col=%d", d.Pos.Col))
		}
		msg := d.Message
		if d.Hint != "" {
			msg += " (" + d.Hint + ")"
		}
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
}

// PrintJSON writes the list as one JSON array ([] when empty).
func PrintJSON(w io.Writer, l List) error {
	out := make([]jsonDiagnostic, 0, len(l))
	for _, d := range l {
		out = append(out, jsonDiagnostic{d.Pos.File, d.Pos.Line, d.Pos.Col, d.Severity.String(), d.Message, d.Hint})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}
