package content

import (
	"errors"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

// TestBlankValue checks what is blanked out after each error the library
// stops at: the value alone, lines and lengths kept, or nothing when where
// the value ends is a guess.
func TestBlankValue(t *testing.T) {
	tests := []struct {
		name, front, want string // want "" when the error is not recovered
	}{
		{"impossible date", "a = 1\nsigned = 2025-02-30\nb = 2\n", "a = 1\nsigned = 0         \nb = 2\n"},
		{"text open on its line", "a = 1\nt = \"abc\nb = 2\n", "a = 1\nt = 0   \nb = 2\n"},
		{"text continued on the next line", "a = 1\nt = \"abc\ndef\"\nb = 2\n", "a = 1\nt = 0   \n    \nb = 2\n"},
		{"text open before a key", "t = 'abc\nb = 2\n", "t = 0   \nb = 2\n"},
		{"list missing a comma", "p = [\"x\" \"y\"]\nb = 2\n", "p = 0        \nb = 2\n"},
		{"table missing a comma", "n = { ar = \"x\" fr = \"y\" }\nb = 2\n", "n = 0                    \nb = 2\n"},
		{"list open over lines", "p = [\"x\", \"y\"\nb = 2\n", ""},
		{"list over lines missing a comma", "p = [\n  \"x\"\n  \"y\",\n]\nb = 2\n", "p = 0\n     \n      \n \nb = 2\n"},
		{"list over lines missing a comma before its ]", "p = [\n  \"x\"\n  \"y\"]  # two\nb = 2\n", "p = 0\n     \n        # two\nb = 2\n"},
		{"list over lines never closed", "p = [\n  \"x\"\n  \"y\",\nb = 2\n", ""},
		{"table name not closed", "a = 1\n[budget\nb = 2\n", ""},
		{"long text not closed", "t = \"\"\"abc\nb = 2\n", ""},
	}
	for _, tt := range tests {
		var m map[string]any
		_, err := toml.Decode(tt.front, &m)
		var perr toml.ParseError
		if !errors.As(err, &perr) {
			t.Fatalf("%s: the library reads it: %v", tt.name, err)
		}
		out, _, ok := blankValue([]byte(tt.front), err)
		if got := string(out); got != tt.want || ok != (tt.want != "") {
			t.Errorf("%s: blankValue = %q, %v; want %q", tt.name, got, ok, tt.want)
		}
		if ok && (len(out) != len(tt.front) || strings.Count(string(out), "\n") != strings.Count(tt.front, "\n")) {
			t.Errorf("%s: positions moved: %q", tt.name, out)
		}
	}
}

// TestUnclosedList checks which lists spread over lines are found open
// when the library stops after them, and where each opens and ends.
func TestUnclosedList(t *testing.T) {
	tests := []struct {
		name, front string
		key, open   string // "" when none is found; open: the front from the [ to the end of the last item
	}{
		{"before a table", "a = 1\np = [\n  \"x\",\n  \"y\",\n\n[budget]\nt = 5\n", "p", "[\n  \"x\",\n  \"y\","},
		{"without its last comma", "p = [\n  \"x\",\n  \"y\"\n[budget]\n", "p", "[\n  \"x\",\n  \"y\""},
		{"before a key", "p = [ # the provinces\n  \"x\",\nt = 5\n", "p", "[ # the provinces\n  \"x\","},
		{"before a list of tables", "p = [\n  \"x\",\n[[parties]]\nkey = \"a\"\n", "p", "[\n  \"x\","},
		{"at the end", "a = 1\np = [\n  \"x\",\n", "p", "[\n  \"x\","},
		{"a key inside a closed list", "p = [\n  \"x\",\n  t = 5\n]\n", "", ""},
		{"a stray word in a list", "p = [\n  \"x\",\n  x\"y\",\n]\n", "", ""},
		{"open on one line", "p = [\"x\", \"y\"\nb = 2\n", "", ""},
		{"a table not closed", "a = 1\n[budget\nb = 2\n", "", ""},
	}
	for _, tt := range tests {
		var m map[string]any
		_, err := toml.Decode(tt.front, &m)
		if err == nil {
			t.Fatalf("%s: the library reads it", tt.name)
		}
		open, end, key, ok := unclosedList([]byte(tt.front), err)
		if got := ""; ok {
			got = tt.front[open:end]
			if key != tt.key || got != tt.open {
				t.Errorf("%s: unclosedList = %q, %q; want %q, %q", tt.name, key, got, tt.key, tt.open)
			}
		} else if tt.key != "" {
			t.Errorf("%s: unclosedList found no list; want %q (error: %v)", tt.name, tt.key, err)
		}
	}
}

func TestTopKeyAt(t *testing.T) {
	front := "kind = \"x\"\n[place]\nregion = \"r\"\n[[parties]]\nkey = \"a\"\n[[parties]]\nkey = \"b\"\n[budget]\ntotal = 1\n"
	tests := []struct {
		at   string
		key  string
		elem int
	}{
		{`"x"`, "kind", -1},
		{`"r"`, "place", -1},
		{`"a"`, "parties", 0},
		{`"b"`, "parties", 1},
		{"1\n", "budget", -1},
	}
	for _, tt := range tests {
		key, elem := topKeyAt([]byte(front), strings.Index(front, tt.at))
		if key != tt.key || elem != tt.elem {
			t.Errorf("topKeyAt(%q) = %q, %d; want %q, %d", tt.at, key, elem, tt.key, tt.elem)
		}
	}
}

// TestRepeatedKey checks which keys written twice are commented out, and
// which table a repeat in a list of tables is counted in.
func TestRepeatedKey(t *testing.T) {
	tests := []struct {
		name, front, line, table string // line "" when not recovered
	}{
		{"top level", "kind = \"a\"\nkind = \"b\"\nx = 1\n", "kind = \"b\"", ""},
		{"in the second party", "[[parties]]\nkey = \"a\"\n[[parties]]\nkey = \"b\"\nkey = \"c\"\n", "key = \"c\"", "parties1"},
		{"its value over several lines", "p = [\"a\"]\np = [\n  \"b\",\n]\n", "", ""},
		{"a table twice", "[place]\nregion = \"x\"\n[place]\nregion = \"y\"\n", "", ""},
	}
	for _, tt := range tests {
		var m map[string]any
		_, err := toml.Decode(tt.front, &m)
		if err == nil {
			t.Fatalf("%s: the library reads it", tt.name)
		}
		line, table, ok := repeatedKey([]byte(tt.front), err)
		if !ok {
			if tt.line != "" {
				t.Errorf("%s: not recovered (%v); want line %q", tt.name, err, tt.line)
			}
			continue
		}
		got, _, _ := strings.Cut(tt.front[line:], "\n")
		if got != tt.line || table != tt.table {
			t.Errorf("%s: repeatedKey = %q, %q; want %q, %q", tt.name, got, table, tt.line, tt.table)
		}
		if out := commentOut([]byte(tt.front), line); len(out) != len(tt.front) || toml.Unmarshal(out, &m) != nil {
			t.Errorf("%s: commented out, %q is not read", tt.name, out)
		}
	}
}
