package markdown

import (
	"reflect"
	"testing"

	"github.com/yuin/goldmark/text"
)

// FuzzCheckNeedsNoParse holds Check, which parses only a summary that
// may hold something to refuse, to what the parse of every summary finds.
func FuzzCheckNeedsNoParse(f *testing.F) {
	for _, seed := range []string{
		"",
		"Le coût global est de **20 millions** de dirhams, sur la période 2026-2027.",
		"- المجلس الإقليمي: 20 في المائة؛\n- الجماعات الترابية: 40 في المائة.",
		"| Partie | Part |\n|:--|--:|\n| Communes | 40 % |\n",
		"a <b>bold</b> ![img](x.png) [x](javascript:alert(1)) <vbscript:x>",
		"[x][r]\n\n[r]: javascript:alert(1)\n",
		"[r]: javascript:alert(1)\n\n[r]",
		"&lt;b&gt; &#93; \\] `<b>` ```\n<b>\n```",
		"    <div>indented</div>\n",
	} {
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
