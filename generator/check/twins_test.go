package check

import (
	"strings"
	"testing"
	"testing/fstest"

	"atlas/generator/content"
)

// TestTwins: a second file of the same agreement is a warning on the later
// file; agreements that share only some of what makes one are not.
func TestTwins(t *testing.T) {
	tests := []struct {
		name, old, new string
		both           bool // the edit is made to both files, not to the copy alone
		want           bool
	}{
		{"a copy under another name", "", "", false, true},
		{"another total", "total = 443_000_000", "total = 20_000_000", false, false},
		{"another day", "signed = 2023-11-06", "signed = 2023-11-07", false, false},
		{"another article", "https://example.org/a", "https://example.org/b", false, false},
		{"another region", "region = \"guelmim-oued-noun\"\nprovinces = [\"guelmim\"]", "region = \"souss-massa\"\nprovinces = [\"tiznit\"]", false, false},
		{"the month alone", "signed = 2023-11-06", "signed = \"2023-11\"", true, false},
		{"no total", "total = 443_000_000", "", true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			edited := strings.Replace(valid, tt.old, tt.new, 1)
			original := valid
			if tt.both {
				original = edited
			}
			fsys := fstest.MapFS{
				"site.toml":                       {Data: []byte(site)},
				"regions.toml":                    {Data: []byte(registry)},
				"agreements/guelmim-2023.md":      {Data: []byte(original)},
				"agreements/guelmim-2023-copy.md": {Data: []byte(edited)},
			}
			c, diags := content.Load(fsys, "content")
			diags = append(diags, Content(c, c.Site.Languages)...)
			var found []string
			for _, d := range diags {
				if strings.Contains(d.Message, "looks like") {
					found = append(found, d.String())
				}
			}
			switch {
			case tt.want && (len(found) != 1 || !strings.HasPrefix(found[0], "content/agreements/guelmim-2023.md:4:10: warning: this agreement looks like guelmim-2023-copy")):
				t.Errorf("got %q, want one warning on the later file", found)
			case !tt.want && len(found) > 0:
				t.Errorf("got %q, want none", found)
			}
		})
	}
}
