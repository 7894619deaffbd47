package markdown

import (
	"reflect"
	"testing"

	"github.com/yuin/goldmark/text"
)

// FuzzCheckNeedsNoParse holds Check, which parses only a summary that
// may hold something to refuse, to what the parse of every summary finds.
func FuzzCheckNeedsNoParse(f *testing.F) {
	for _, seed := range FuzzSeeds {
		f.Add(seed)
	}
	md := New(true)
	f.Fuzz(func(t *testing.T, src string) {
		b := []byte(src)
		if len(limits(b)) > 0 {
			return // reported before any parse, filtered or not
		}
		parsed := problems(md.Parser().Parse(text.NewReader(b)), b)
		if got := Check(md, b); !reflect.DeepEqual(got, parsed) {
			t.Fatalf("Check(%q) = %v, the parse finds %v", src, got, parsed)
		}
	})
}

func TestMayRefuse(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want bool
	}{
		{"Un texte **simple**, sans lien.", false},
		{"نص بسيط: 20 في المائة", false},
		{"[lien](https://example.org)", true},
		{"<b>gras</b>", true},
		{"voir ![photo]", true},
	} {
		if got := mayRefuse([]byte(tc.src)); got != tc.want {
			t.Errorf("mayRefuse(%q) = %v, want %v", tc.src, got, tc.want)
		}
	}
}
