package diag_test

import (
	"bytes"
	"errors"
	"reflect"
	"testing"

	"atlas/generator/diag"
)

func TestPosString(t *testing.T) {
	tests := []struct {
		name string
		pos  diag.Pos
		want string
	}{
		{"line and col", diag.Pos{File: "content/agreements/x.md", Line: 12, Col: 7}, "content/agreements/x.md:12:7"},
		{"line only", diag.Pos{File: "content/site.toml", Line: 3}, "content/site.toml:3"},
		{"no line", diag.Pos{File: "content/regions.toml"}, "content/regions.toml"},
		{"no line ignores col", diag.Pos{File: "content/regions.toml", Col: 4}, "content/regions.toml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.pos.String(); got != tt.want {
				t.Errorf("%#v.String() = %q, want %q", tt.pos, got, tt.want)
			}
		})
	}
}

func TestSeverityString(t *testing.T) {
	if got := diag.Error.String(); got != "error" {
		t.Errorf("Error.String() = %q", got)
	}
	if got := diag.Warning.String(); got != "warning" {
		t.Errorf("Warning.String() = %q", got)
	}
}

func TestDiagnosticString(t *testing.T) {
	pos := diag.Pos{File: "a.md", Line: 2, Col: 5}
	tests := []struct {
		name string
		d    diag.Diagnostic
		want string
	}{
		{"error without hint", diag.Diagnostic{Pos: pos, Severity: diag.Error, Message: `unknown key "nmae"`},
			`a.md:2:5: error: unknown key "nmae"`},
		{"error with hint", diag.Diagnostic{Pos: pos, Severity: diag.Error, Message: `unknown key "nmae"`, Hint: `did you mean "name"?`},
			`a.md:2:5: error: unknown key "nmae" (did you mean "name"?)`},
		{"warning with hint", diag.Diagnostic{Pos: diag.Pos{File: "b.md", Line: 1}, Severity: diag.Warning, Message: "no source", Hint: "add one"},
			"b.md:1: warning: no source (add one)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.d.String(); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestErrorfWarnfReturnTheAddedDiagnostic(t *testing.T) {
	var l diag.List
	l.Errorf(diag.Pos{File: "a", Line: 1, Col: 1}, "bad %s %d", "value", 3).Hint = "fix it"
	l.Warnf(diag.Pos{File: "b", Line: 2, Col: 2}, "odd %q", "x").Hint = "check it"
	want := diag.List{
		{Pos: diag.Pos{File: "a", Line: 1, Col: 1}, Severity: diag.Error, Message: "bad value 3", Hint: "fix it"},
		{Pos: diag.Pos{File: "b", Line: 2, Col: 2}, Severity: diag.Warning, Message: `odd "x"`, Hint: "check it"},
	}
	if !reflect.DeepEqual(l, want) {
		t.Errorf("got  %#v\nwant %#v", l, want)
	}
}

func TestListSort(t *testing.T) {
	d := func(file string, line, col int, msg string) diag.Diagnostic {
		return diag.Diagnostic{Pos: diag.Pos{File: file, Line: line, Col: col}, Message: msg}
	}
	l := diag.List{
		d("b.md", 1, 1, "a"),
		d("a.md", 10, 1, "a"),
		d("a.md", 2, 9, "z"),
		d("a.md", 2, 9, "b"),
		d("a.md", 2, 3, "z"),
		d("a.md", 9, 1, "a"),
		d("a.md", 0, 0, "whole file"),
	}
	want := diag.List{
		d("a.md", 0, 0, "whole file"),
		d("a.md", 2, 3, "z"),
		d("a.md", 2, 9, "b"),
		d("a.md", 2, 9, "z"),
		d("a.md", 9, 1, "a"),  // lines compare as numbers,
		d("a.md", 10, 1, "a"), // not as text
		d("b.md", 1, 1, "a"),
	}
	l.Sort()
	if !reflect.DeepEqual(l, want) {
		t.Errorf("sorted:\n%v\nwant:\n%v", l, want)
	}
}

func TestListSortIsStable(t *testing.T) {
	pos := diag.Pos{File: "a.md", Line: 1, Col: 1}
	l := diag.List{
		{Pos: pos, Message: "same", Hint: "first"},
		{Pos: pos, Message: "same", Hint: "second"},
		{Pos: pos, Message: "same", Hint: "third"},
	}
	l.Sort()
	for i, h := range []string{"first", "second", "third"} {
		if l[i].Hint != h {
			t.Fatalf("equal diagnostics were reordered: %v", l)
		}
	}
}

func TestHasErrorsAndErr(t *testing.T) {
	pos := diag.Pos{File: "a.md", Line: 1, Col: 1}
	warnings := func() diag.List {
		var l diag.List
		l.Warnf(pos, "w1")
		l.Warnf(pos, "w2")
		return l
	}
	tests := []struct {
		name    string
		list    diag.List
		wantErr bool
		wantMsg string
	}{
		{"empty", nil, false, ""},
		{"warnings only", warnings(), false, ""},
		{"one error among warnings", func() diag.List {
			l := warnings()
			l.Errorf(pos, "e1")
			return l
		}(), true, "1 error in content"},
		{"two errors", func() diag.List {
			var l diag.List
			l.Errorf(pos, "e1")
			l.Warnf(pos, "w")
			l.Errorf(pos, "e2")
			return l
		}(), true, "2 errors in content"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.list.HasErrors(); got != tt.wantErr {
				t.Errorf("HasErrors() = %v, want %v", got, tt.wantErr)
			}
			err := tt.list.Err()
			if (err != nil) != tt.wantErr {
				t.Fatalf("Err() = %v, want error: %v", err, tt.wantErr)
			}
			if err == nil {
				return
			}
			if err.Error() != tt.wantMsg {
				t.Errorf("Err().Error() = %q, want %q", err.Error(), tt.wantMsg)
			}
			var l diag.List
			if !errors.As(err, &l) || len(l) != len(tt.list) {
				t.Errorf("Err() does not carry the whole list: %#v", err)
			}
		})
	}
}

func TestPrintText(t *testing.T) {
	var l diag.List
	l.Errorf(diag.Pos{File: "content/agreements/x.md", Line: 4, Col: 1}, "unknown key %q", "stauts").Hint = `did you mean "status"?`
	l.Warnf(diag.Pos{File: "content/agreements/x.md", Line: 20}, "the summary is short")
	l.Errorf(diag.Pos{File: "content/site.toml"}, "cannot read")
	var buf bytes.Buffer
	if err := diag.PrintText(&buf, l); err != nil {
		t.Fatal(err)
	}
	want := `content/agreements/x.md:4:1: error: unknown key "stauts" (did you mean "status"?)
content/agreements/x.md:20: warning: the summary is short
content/site.toml: error: cannot read
`
	if got := buf.String(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}

	buf.Reset()
	if err := diag.PrintText(&buf, nil); err != nil || buf.Len() != 0 {
		t.Errorf("empty list printed %q, err %v", buf.String(), err)
	}
}

type failingWriter struct{ err error }

func (w failingWriter) Write([]byte) (int, error) { return 0, w.err }

func TestPrintTextReturnsWriteError(t *testing.T) {
	var l diag.List
	l.Errorf(diag.Pos{File: "a"}, "x")
	boom := errors.New("disk full")
	if err := diag.PrintText(failingWriter{boom}, l); !errors.Is(err, boom) {
		t.Errorf("PrintText error = %v, want %v", err, boom)
	}
}

func TestClosest(t *testing.T) {
	keys := []string{"kind", "status", "signed", "period", "title", "place", "budget", "parties", "sources", "provinces", "region"}
	kinds := []string{"convention", "charter", "program", "equipment", "amendment"}
	tests := []struct {
		word       string
		candidates []string
		want       string
	}{
		{"provences", keys, "provinces"},
		{"conventoin", kinds, "convention"},
		{"stauts", keys, "status"},
		{"titel", keys, "title"},
		{"budget", keys, "budget"}, // exact match
		{"ar", []string{"ar", "fr"}, "ar"},
		{"en", []string{"ar", "fr"}, ""}, // two edits: a different code, not a typo
		{"es", []string{"ar", "fr", "en"}, "en"},
		{"x", []string{"ar", "fr"}, ""},
		{"zzzzzzzzzzzz", keys, ""},
		{"hospital", kinds, ""},
		// Words that share letters with a key but mean something else.
		{"status", []string{"date", "title"}, ""},
		{"parties", []string{"date", "title"}, ""},
		{"colour", []string{"amount", "key", "name", "roles", "share", "type"}, ""},
		{"share", []string{"title", "amount", "staff"}, ""},
		{"singed", keys, "signed"},
		{"gts", []string{"gst", "ngo"}, "gst"},
		{"anything", nil, ""},
		{"", keys, ""},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			if got := diag.Closest(tt.word, tt.candidates); got != tt.want {
				t.Errorf("Closest(%q) = %q, want %q", tt.word, got, tt.want)
			}
		})
	}
}

func TestClosestCountsRunes(t *testing.T) {
	// One Arabic letter changed is one edit, not two bytes.
	if got := diag.Closest("المجلس", []string{"المجلث", "الجهة"}); got != "المجلث" {
		t.Errorf("Closest = %q", got)
	}
}

func TestClosestPrefersNearest(t *testing.T) {
	// "signed" and "signer" are one edit away, "single" more: the nearest
	// wins, and on a tie the first candidate.
	if got := diag.Closest("signe", []string{"single", "signed", "signer"}); got != "signed" {
		t.Errorf("Closest = %q, want the first of the nearest", got)
	}
}
