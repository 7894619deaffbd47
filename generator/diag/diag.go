// Package diag holds the problems found in content files: each with its
// position, severity, message and an optional hint, printed the way
// compilers print them so that editors and CI can jump to the line.
package diag

import (
	"fmt"
	"sort"
)

// Pos is a position in a content file. Line and Col start at 1; Col counts
// runes, so Arabic text points where an editor's cursor would.
type Pos struct {
	File string
	Line int
	Col  int
}

func (p Pos) String() string {
	switch {
	case p.Line == 0:
		return p.File
	case p.Col == 0:
		return fmt.Sprintf("%s:%d", p.File, p.Line)
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
}

// Severity tells whether a problem stops the build.
type Severity int

const (
	Error Severity = iota
	Warning
)

func (s Severity) String() string {
	if s == Warning {
		return "warning"
	}
	return "error"
}

// Diagnostic is one problem in one place.
type Diagnostic struct {
	Pos      Pos
	Severity Severity
	Message  string
	Hint     string
	// Lang is the language of Message and Hint when a Catalog translated
	// them; empty for English, the language checks write in.
	Lang string
}

func (d Diagnostic) String() string {
	return fmt.Sprintf("%s: %s: %s", d.Pos, d.Severity, d.Text())
}

// List collects diagnostics; it never stops at the first.
type List []Diagnostic

// Errorf adds an error at pos.
func (l *List) Errorf(pos Pos, format string, args ...any) *Diagnostic {
	return l.add(pos, Error, fmt.Sprintf(format, args...))
}

// Warnf adds a warning at pos.
func (l *List) Warnf(pos Pos, format string, args ...any) *Diagnostic {
	return l.add(pos, Warning, fmt.Sprintf(format, args...))
}

func (l *List) add(pos Pos, sev Severity, msg string) *Diagnostic {
	*l = append(*l, Diagnostic{Pos: pos, Severity: sev, Message: msg})
	return &(*l)[len(*l)-1]
}

// Sort orders the list by file, line and column, then message, so output is
// stable whatever order the checks ran in.
func (l List) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		a, b := l[i], l[j]
		if a.Pos.File != b.Pos.File {
			return a.Pos.File < b.Pos.File
		}
		if a.Pos.Line != b.Pos.Line {
			return a.Pos.Line < b.Pos.Line
		}
		if a.Pos.Col != b.Pos.Col {
			return a.Pos.Col < b.Pos.Col
		}
		return a.Message < b.Message
	})
}

// HasErrors reports whether any diagnostic is an error.
func (l List) HasErrors() bool {
	for _, d := range l {
		if d.Severity == Error {
			return true
		}
	}
	return false
}

// Err returns the list as an error when it holds an error, nil otherwise.
func (l List) Err() error {
	if l.HasErrors() {
		return l
	}
	return nil
}

func (l List) Error() string {
	n := 0
	for _, d := range l {
		if d.Severity == Error {
			n++
		}
	}
	if n == 1 {
		return "1 error in content"
	}
	return fmt.Sprintf("%d errors in content", n)
}
