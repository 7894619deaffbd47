package markdown_test

import (
	"strings"
	"testing"

	"atlas/generator/markdown"
)

// FuzzCheck checks that Check never panics and that every problem points
// inside the source, so that a position can always be computed from it.
func FuzzCheck(f *testing.F) {
	for _, seed := range []string{
		"",
		"Le coût global est de **20 millions** de dirhams, sur la période 2026-2027.",
		"احتضن مقر عمالة إقليم الحسيمة حفل توقيع اتفاقية شراكة.\n\n- المجلس الإقليمي: 20 في المائة؛\n- الجماعات الترابية: 40 في المائة.",
		"| Partie | Part |\n|:--|--:|\n| Communes | 40 % |\n",
		"<div>x</div>\n\na <b>bold</b> ![img](x.png) [x](javascript:alert(1)) <vbscript:x>",
		"See [](javascript:alert(1)) and ![](x.png) and [**x**](data:x)",
		"[x][r]\n\n[r]: javascript:alert(1)\n",
		"> [a](<//evil.example>)\n>\n> <!-- c -->",
		strings.Repeat("- ", markdown.MaxDepth) + "> x",
		strings.Repeat("[a](b", markdown.MaxMarks/2) + "\n\n*a_",
	} {
		f.Add(seed)
	}
	md := markdown.New(true)
	f.Fuzz(func(t *testing.T, src string) {
		b := []byte(src)
		for _, p := range markdown.Check(md, b) {
			if p.Offset < 0 || p.Offset > len(b) {
				t.Fatalf("Check(%q): offset %d outside [0, %d] for %q", src, p.Offset, len(b), p.Message)
			}
			if p.Message == "" {
				t.Fatalf("Check(%q): a problem without a message", src)
			}
		}
	})
}
