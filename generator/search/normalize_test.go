package search

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

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
		foldReference(&b, r)
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

// The reference implementation: Normalize and Tokens as they were written
// first, plainly, before they were made fast. The tests below check that
// the fast ones give the same results on every input.

func normalizeReference(s string) string {
	var b strings.Builder
	for _, r := range s {
		foldRuneReference(&b, r)
	}
	return b.String()
}

func foldRuneReference(b *strings.Builder, r rune) {
	var enc [utf8.UTFMax]byte
	d := norm.NFKD.Properties(enc[:utf8.EncodeRune(enc[:], r)]).Decomposition()
	if d == nil && unicode.Is(unicode.Hangul, r) {
		d = []byte(norm.NFKD.String(string(r)))
	}
	if d == nil {
		foldReference(b, r)
		return
	}
	for _, c := range string(d) {
		foldReference(b, c)
	}
}

func foldReference(b *strings.Builder, r rune) {
	r = unicode.ToLower(r)
	switch {
	case r < utf8.RuneSelf:
		b.WriteByte(byte(r))
	case unicode.Is(unicode.M, r), unicode.Is(unicode.Cf, r), r == 'ـ':
	case r == 'ٱ':
		b.WriteRune('ا')
	case r == 'ى':
		b.WriteRune('ي')
	case r == 'ة':
		b.WriteRune('ه')
	case '٠' <= r && r <= '٩':
		b.WriteRune('0' + r - '٠')
	case '۰' <= r && r <= '۹':
		b.WriteRune('0' + r - '۰')
	case r == 'œ':
		b.WriteString("oe")
	case r == 'æ':
		b.WriteString("ae")
	case r == 'ß':
		b.WriteString("ss")
	default:
		b.WriteRune(r)
	}
}

func tokensReference(s string) []string {
	words := strings.FieldsFunc(normalizeReference(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r)
	})
	out := words[:0]
	for _, w := range words {
		w = stripArticleReference(w)
		if utf8.RuneCountInString(w) >= MinToken {
			out = append(out, w)
		}
	}
	return out
}

func stripArticleReference(w string) string {
	for _, a := range []string{"وبال", "وال", "بال", "كال", "فال", "ولل", "لل", "ال"} {
		if rest, ok := strings.CutPrefix(w, a); ok && utf8.RuneCountInString(rest) >= MinToken {
			return rest
		}
	}
	return w
}

// differential are texts on which Tokens and Normalize must agree with
// the reference: every kind of character the atlas's texts hold, and
// some they should not.
var differential = []string{
	"",
	" ",
	"a",
	"ab",
	"AB cd",
	"l'offre d'Al Hoceïma",
	"Convention pour la mise à niveau de l'offre de santé",
	"ÉQUIPEMENT Médical ÇA Ÿ Ï Œuvre cœur Æ æ straße SS ẞ",
	"ﬁn ﬂeur ﬀ ĳ ŉ ǆ Ǆ ½ ¼ ² ³ ¹ ª º µ",
	"l’offre « santé » – 2026–2027 … \u202fet\u00a0Igherm\u200e\u00ad\u200b\u2060",
	"الصِّحَّة الصحـــة صحة ٱلمستشفى مستشفى إلى",
	"أكادير إقليم آسفي مؤسسة ئ ؤ ء ٲ ٳ ٵ ٶ ٷ ٸ",
	"والصحة وبالمستشفى وللمرضى كالبحر فالعمل والي الجهة",
	"ال وال بال لل ولل وبال الا والا بالab الab ال١ وبالس وبالسن",
	"سنة ٢٠٢٣ و۲۰۲۴ ٫ ٬ ٪ ؟ ، ؛",
	"طنجة-تطوان-الحسيمة",
	"ﻻ ﷲ ﷺ ﻷ ﭐ ﹰ ﹱ ﺍﻟﺤﺴﻴﻤﺔ",
	"İstanbul ΣΑΣ Ωμέγα ПРИВЕТ ёлка",
	"한국어 가나다 ㄱ ㅏ",
	"漢字 かな カナ ｶﾅ Ａｂｃ １２３",
	"𝐀𝐁𝐂 𝟏𝟐𝟑 😀 👍🏽",
	"a\x80b \xff \xc3 \xe2\x82 é\xd8",
	"x\u0301\u0651y \u064b\u064c\u064d ٰ ۖ",
	"**gras** _it_ [lien](https://example.org/a-b?c=d) | Partie | 40 % |",
	"ـــ ـ اـ ـا",
}

func TestTokensAsReference(t *testing.T) {
	for _, s := range differential {
		checkAsReference(t, s)
	}
	for _, c := range cases(t) {
		checkAsReference(t, c.Text)
	}
}

// TestNormalizeEveryRune checks each rune alone and between words, the
// fast paths and the slow one.
func TestNormalizeEveryRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xd800 && r < 0xe000 {
			continue
		}
		if s := string(r); Normalize(s) != normalizeReference(s) {
			t.Errorf("U+%04X: Normalize gives %q, the reference %q", r, Normalize(s), normalizeReference(s))
		}
		if r < 0x3000 || r >= 0xfb00 && r < 0x10000 || r >= 0x1d400 && r < 0x1d800 {
			checkAsReference(t, "الب"+string(r)+"x "+string(r)+"ab"+string(r)+string(r))
		}
	}
}

func checkAsReference(t *testing.T, s string) {
	t.Helper()
	if got, want := Normalize(s), normalizeReference(s); got != want {
		t.Errorf("Normalize(%q) = %q, the reference %q", s, got, want)
	}
	if got, want := Tokens(s), tokensReference(s); !slices.Equal(got, want) {
		t.Errorf("Tokens(%q) = %q, the reference %q", s, got, want)
	}
}

func FuzzTokens(f *testing.F) {
	for _, s := range differential {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkAsReference(t, s)
	})
}
