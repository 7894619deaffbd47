package content

import (
	"errors"
	"reflect"
	"testing"

	"github.com/BurntSushi/toml"
)

// indexed returns the positions of src, which must be valid TOML.
func indexed(t *testing.T, src string) *Positions {
	t.Helper()
	var v map[string]any
	if _, err := toml.Decode(src, &v); err != nil {
		t.Fatalf("invalid TOML %q: %v", src, err)
	}
	p := newPositions("f.toml", []byte(src), 1)
	p.index()
	return p
}

// TestArrayPositions: go-toml gives arrays no range, so where an array
// starts is found from what precedes it, whatever its elements are.
func TestArrayPositions(t *testing.T) {
	tests := []struct {
		name, src string
		path      []any
		want      string
	}{
		{"empty array in an array in an array", "provinces = [[[]]]\n", []any{"provinces"}, "1:13"},
		{"its element", "provinces = [[[]]]\n", []any{"provinces", 0}, "1:14"},
		{"its element's element", "provinces = [[[]]]\n", []any{"provinces", 0, 0}, "1:15"},
		{"spaced empty arrays", "a = [ [ [ ] ] ]\n", []any{"a", 0, 0}, "1:9"},
		{"after an empty array", "a = [[], [1]]\n", []any{"a", 1}, "1:10"},
		{"after an inline table", "a = [{ b = [1] }, [2]]\n", []any{"a", 1}, "1:19"},
		{"array in an inline table", "a = [{ b = [1] }, [2]]\n", []any{"a", 0, "b"}, "1:12"},
		{"after a comment holding [", "a = [ # see [x]\n  [1],\n  [ ],\n]\n", []any{"a", 0}, "2:3"},
		{"empty after a comment", "a = [ # see [x]\n  [1],\n  [ ],\n]\n", []any{"a", 1}, "3:3"},
		{"after a multi-line string", "a = [\"\"\"\n[\n\"\"\", []]\n", []any{"a", 1}, "3:6"},
		{"quoted key", "\"k\" = [[]]\n", []any{"k", 0}, "1:8"},
		{"dotted key", "k.l = [[]]\n", []any{"k", "l", 0}, "1:8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := indexed(t, tt.src)
			if got, want := p.Value(tt.path...).String(), "f.toml:"+tt.want; got != want {
				t.Errorf("Value%v = %s, want %s", tt.path, got, want)
			}
		})
	}
}

// TestSplitKey: the library's last key is read part by part as
// toml.Key.String wrote it, so a quoted dot does not cut a key.
func TestSplitKey(t *testing.T) {
	tests := []struct {
		key  string
		want []any
	}{
		{"kind", []any{"kind"}},
		{"parties.share", []any{"parties", "share"}},
		{`"budget.total"`, []any{"budget.total"}},
		{`place."a\"b".c`, []any{"place", `a"b`, "c"}},
		{`""`, []any{""}},
		{`"مفتاح".x`, []any{"مفتاح", "x"}},
		{`parties.1`, []any{"parties", "1"}},
	}
	for _, tt := range tests {
		if got := splitKey(tt.key); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("splitKey(%s) = %q, want %q", tt.key, got, tt.want)
		}
	}
}

// TestProblemWithQuotedKey: a key quoted inside the library's message
// (it writes the last key with %q) is read whole.
func TestProblemWithQuotedKey(t *testing.T) {
	prob := parseTOMLError(errors.New(`toml: line 2 (last key "place.\"a.b\""): incompatible types`))
	if prob.key != `place."a.b"` || prob.line != 2 || prob.msg != "incompatible types" {
		t.Errorf("parseTOMLError = %+v", prob)
	}
	p := indexed(t, "[place]\n\"a.b\" = 1\na.b = 2\n")
	if got := p.problemPos(tomlProblem{key: prob.key, start: -1}, nil, nil).String(); got != "f.toml:2:9" {
		t.Errorf("problemPos(%s) = %s, want f.toml:2:9", prob.key, got)
	}
	if got := p.problemPos(tomlProblem{key: "place.a.b", start: -1}, nil, nil).String(); got != "f.toml:3:7" {
		t.Errorf("problemPos(place.a.b) = %s, want f.toml:3:7", got)
	}
}

// TestAtInsideACharacter: an offset inside a character stands at it, and
// the end of the front matter after the last one.
func TestAtInsideACharacter(t *testing.T) {
	p := newPositions("f.toml", []byte("#ꄜ"), 1)
	for offset, want := range []string{"1:1", "1:2", "1:2", "1:2", "1:3"} {
		if got := p.At(offset).String(); got != "f.toml:"+want {
			t.Errorf("At(%d) = %s, want f.toml:%s", offset, got, want)
		}
	}
}
