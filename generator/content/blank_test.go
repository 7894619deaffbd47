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
