package markdown_test

import (
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"

	"atlas/bench/synth"
	"atlas/generator/markdown"
)

// plainReference is Plain as it was written first, plainly, before it was
// made fast: Plain must give the same text on every input.
func plainReference(md goldmark.Markdown, src []byte) string {
	doc := md.Parser().Parse(text.NewReader(src))
	var b strings.Builder
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Text:
			b.Write(n.Segment.Value(src))
			b.WriteByte(' ')
		case *ast.String:
			b.Write(n.Value)
		case *ast.AutoLink:
			b.Write(n.Label(src))
			b.WriteByte(' ')
		case *ast.RawHTML, *ast.HTMLBlock:
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}

// synthetic returns the Markdown summaries of n synthetic agreements, by
// language.
func synthetic(tb testing.TB, n int) map[string][][]byte {
	tb.Helper()
	reg, err := synth.ReadRegistry("../../content/regions.toml")
	if err != nil {
		tb.Fatal(err)
	}
	out := map[string][][]byte{}
	for _, a := range synth.Generate(reg, n, 1).Agreements {
		out["ar"] = append(out["ar"], []byte(a.Summary.AR))
		out["fr"] = append(out["fr"], []byte(a.Summary.FR))
	}
	return out
}

// plainSeeds are summaries with every construct Plain meets.
var plainSeeds = []string{
	"",
	"x",
	"# Titre\n\nUne **convention** pour [la santé](https://example.org) à *Tinghir*.\n\n- 18 médecins\n- `code`\n\n<b>brut</b>\n",
	"Le coût global est de **20 millions** de dirhams, sur la période 2026-2027.",
	"احتضن مقر عمالة إقليم الحسيمة حفل توقيع اتفاقية شراكة.\n\n- المجلس الإقليمي: 20 في المائة؛\n- الجماعات الترابية: 40 في المائة.",
	"| Partie | Part |\n|:--|--:|\n| Communes | 40 % |\n| *Région* | [60 %](x) |\n",
	"<div>x</div>\n\na <b>bold</b> ![img](x.png) [x](javascript:alert(1)) <vbscript:x>",
	"<https://example.org/a> <mailto:a@b.c> <a@b.c> www.example.org",
	"[x][r] [r] [r][]\n\n[r]: https://example.org \"titre\"\n",
	"> cité\n> > deux\n\n1. un\n2. deux\n   - trois\n\n---\n\nfin",
	"Sous-titre\n==========\n\nligne  \ncassée\\\nencore &amp; &eacute; &#1575; &#x627; \\* \\_ \\[",
	"```go\ncode\n```\n\n    indenté\n\n~~~\nautre\n~~~",
	"a*b*c **d** _e_ __f__ ***g*** `h` ``i ` j`` k\\\nl",
	"<!-- commentaire -->\n\n<?php x ?>\n\n<![CDATA[y]]>\n\ntexte <span>x</span> <!-- c --> fin",
	"  espaces   au début\n\tet tabulation\n\n\n\nfin   ",
	"a\r\nb\rc\n\x00d",
}

func TestPlainAsReference(t *testing.T) {
	md := markdown.New(false)
	check := func(src []byte) {
		t.Helper()
		if got, want := markdown.Plain(md, src), plainReference(md, src); got != want {
			t.Errorf("Plain(%q) = %q, the reference %q", src, got, want)
		}
	}
	for _, s := range plainSeeds {
		check([]byte(s))
	}
	for _, texts := range synthetic(t, 200) {
		for _, src := range texts {
			check(src)
		}
	}
	for _, p := range pathological {
		check([]byte(p.src(2 << 10)))
	}
}

func FuzzPlain(f *testing.F) {
	for _, s := range plainSeeds {
		f.Add(s)
	}
	md := markdown.New(false)
	f.Fuzz(func(t *testing.T, src string) {
		if got, want := markdown.Plain(md, []byte(src)), plainReference(md, []byte(src)); got != want {
			t.Errorf("Plain(%q) = %q, the reference %q", src, got, want)
		}
	})
}

func BenchmarkPlain(b *testing.B) {
	md := markdown.New(false)
	texts := synthetic(b, 50)
	for _, lang := range []string{"ar", "fr"} {
		b.Run(lang, func(b *testing.B) {
			n := 0
			for _, src := range texts[lang] {
				n += len(src)
			}
			b.SetBytes(int64(n))
			b.ReportAllocs()
			for b.Loop() {
				for _, src := range texts[lang] {
					markdown.Plain(md, src)
				}
			}
		})
	}
}
