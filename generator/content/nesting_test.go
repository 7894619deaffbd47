package content_test

import (
	"strings"
	"testing"
)

// TestDeepFrontMatterIsRefused: values nested, or keys dotted, past the
// bound are one error at their place, and the file is not decoded, so the
// TOML library never spends its time on them.
func TestDeepFrontMatterIsRefused(t *testing.T) {
	tests := []struct {
		name, front, want, at string
	}{
		{"inline tables", "x = " + strings.Repeat("{ a = ", 1000) + "1" + strings.Repeat(" }", 1000), "a value nested more than 16 levels deep", ":3:"},
		{"lists", "x = " + strings.Repeat("[", 5000) + strings.Repeat("]", 5000), "a value nested more than 16 levels deep", ":3:"},
		// Past go-toml's own bound of 10,000 levels, which stops its parse.
		{"lists past the parser's bound", "x = " + strings.Repeat("[", 10001) + strings.Repeat("]", 10001), "a value nested more than 16 levels deep", ":3:"},
		{"inline tables past the parser's bound", "x = " + strings.Repeat("{a=", 12000) + "1" + strings.Repeat("}", 12000), "a value nested more than 16 levels deep", ":3:"},
		{"a dotted key", strings.Repeat("a.", 8000) + "b = 1", "a key of more than 16 parts", ":3:"},
		{"a table name", "[" + strings.Repeat("a.", 40) + "b]\nc = 1", "a key of more than 16 parts", ":3:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := fixture()
			files[agreementName] = "+++\nkind = \"convention\"\n" + tt.front + "\n+++\n" + agreementBody
			_, diags := load(t, files)
			if len(diags) != 1 || diags[0].Message != tt.want || !strings.Contains(diags[0].Pos.String(), tt.at) {
				t.Fatalf("got:\n%s", diagText(diags))
			}
		})
	}
	// The contract's own nesting is fine.
	if _, diags := load(t, fixture()); diags.HasErrors() {
		t.Errorf("a contract front matter: %s", diagText(diags))
	}
}
