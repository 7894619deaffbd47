package search

import (
	"maps"
	"slices"
	"testing"
)

// TestWordsAreTheTokensOfTheirText checks that the words kept of a text
// are the tokens indexing its entry would file it under, and that a text
// never given has none.
func TestWordsAreTheTokensOfTheirText(t *testing.T) {
	texts := map[string]string{
		"ar":    "وقّعت المجموعة الصحية الترابية اتفاقية بقيمة 20 مليون درهم للمستشفى الإقليمي",
		"fr":    "Le groupement sanitaire territorial et l'hôpital signent une convention de 20 millions",
		"empty": "",
	}
	words := NewWords[string]()
	for k, text := range texts {
		words.Add(k, text)
	}
	for k, text := range texts {
		seq, ok := words.Tokens(k)
		if !ok {
			t.Fatalf("%s: no words kept", k)
		}
		got := slices.Collect(seq)
		want := slices.Sorted(maps.Keys(tokensOf(Entry{Weak: []string{text}})))
		if slices.Sort(got); !slices.Equal(got, want) {
			t.Errorf("%s: words %q, want %q", k, got, want)
		}
		if k != "empty" && len(got) == 0 {
			t.Errorf("%s: no tokens in %q", k, text)
		}
	}
	if _, ok := words.Tokens("never"); ok {
		t.Error("a text never given has words")
	}
	var none *Words[string]
	if _, ok := none.Tokens("ar"); ok {
		t.Error("a nil table has words")
	}
}
