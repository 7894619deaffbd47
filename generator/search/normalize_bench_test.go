package search

import (
	"testing"

	"atlas/bench/synth"
	"atlas/generator/markdown"
)

// summaries are the plain texts of synthetic summaries, as the index
// takes them: about 3 KB each, by language.
func summaries(b *testing.B) map[string][]string {
	b.Helper()
	reg, err := synth.ReadRegistry("../../content/regions.toml")
	if err != nil {
		b.Fatal(err)
	}
	md := markdown.New(false)
	out := map[string][]string{}
	for _, a := range synth.Generate(reg, 50, 1).Agreements {
		out["ar"] = append(out["ar"], markdown.Plain(md, []byte(a.Summary.AR)))
		out["fr"] = append(out["fr"], markdown.Plain(md, []byte(a.Summary.FR)))
	}
	return out
}

func benchTexts(b *testing.B, f func(string)) {
	texts := summaries(b)
	for _, lang := range []string{"ar", "fr"} {
		b.Run(lang, func(b *testing.B) {
			n := 0
			for _, s := range texts[lang] {
				n += len(s)
			}
			b.SetBytes(int64(n))
			b.ReportAllocs()
			for b.Loop() {
				for _, s := range texts[lang] {
					f(s)
				}
			}
		})
	}
}

func BenchmarkTokensSummaries(b *testing.B) { benchTexts(b, func(s string) { Tokens(s) }) }

func BenchmarkNormalizeSummaries(b *testing.B) { benchTexts(b, func(s string) { Normalize(s) }) }

// BenchmarkTokens takes titles, the short texts of an entry.
func BenchmarkTokens(b *testing.B) {
	fr := "Convention de partenariat pour le renforcement des ressources humaines de santé dans la province d'Al Hoceïma"
	ar := "اتفاقية شراكة لتعزيز الموارد البشرية بالقطاع الصحي بإقليم الحسيمة"
	b.ReportAllocs()
	for b.Loop() {
		Tokens(fr)
		Tokens(ar)
	}
}
