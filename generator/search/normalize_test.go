package search

import (
	"encoding/json"
	"os"
	"slices"
	"testing"
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
