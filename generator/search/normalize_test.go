package search

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// Case is one text of testdata/normalize.json with its tokens.
type Case struct {
	Text   string   `json:"text"`
	Tokens []string `json:"tokens"`
}

func cases(t *testing.T) []Case {
	t.Helper()
	data, err := os.ReadFile("testdata/normalize.json")
	if err != nil {
		t.Fatal(err)
	}
	var file struct{ Cases []Case }
	if err := json.Unmarshal(data, &file); err != nil {
		t.Fatal(err)
	}
	return file.Cases
}

func TestTokens(t *testing.T) {
	for _, c := range cases(t) {
		if got := Tokens(c.Text); !slices.Equal(got, c.Tokens) && !(len(got) == 0 && len(c.Tokens) == 0) {
			t.Errorf("Tokens(%q) = %q, want %q", c.Text, got, c.Tokens)
		}
	}
}

// TestSpellingsMeet checks the forms a reader may type for one word.
func TestSpellingsMeet(t *testing.T) {
	for _, group := range [][]string{
		{"الحسيمة", "الحسيمه", "حسيمة", "الحُسَيْمَة"},
		{"أكادير", "اكادير", "إكادير", "آكادير"},
		{"santé", "SANTE", "Santé", "sante"},
		{"Hoceïma", "hoceima", "HOCEÏMA"},
		{"2023", "٢٠٢٣", "۲۰۲۳"},
	} {
		want := Tokens(group[0])
		for _, s := range group[1:] {
			if got := Tokens(s); !slices.Equal(got, want) {
				t.Errorf("Tokens(%q) = %q, want %q as for %q", s, got, want, group[0])
			}
		}
	}
}

// normalizeWhole is Normalize as its doc says it: the whole string
// decomposed at once, then folded rune by rune.
func normalizeWhole(s string) string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(s) {
		fold(&b, r)
	}
	return b.String()
}

// TestNormalizeByRune checks that decomposing rune by rune, as Normalize
// does for speed, folds every character as decomposing the whole string.
func TestNormalizeByRune(t *testing.T) {
	for r := rune(0); r <= 0x2ffff; r++ {
		if r >= 0xd800 && r < 0xe000 {
			continue
		}
		s := "a" + string(r) + "\u0651b" // with a mark after, as in Arabic
		if got, want := Normalize(s), normalizeWhole(s); got != want {
			t.Errorf("U+%04X: Normalize gives %q, the whole decomposition %q", r, got, want)
		}
	}
}

func BenchmarkTokens(b *testing.B) {
	fr := "Convention de partenariat pour le renforcement des ressources humaines de santé dans la province d'Al Hoceïma"
	ar := "اتفاقية شراكة لتعزيز الموارد البشرية بالقطاع الصحي بإقليم الحسيمة"
	for b.Loop() {
		Tokens(fr)
		Tokens(ar)
	}
}
