// Package search builds the index of the atlas's search box: for each
// language, plain JavaScript files that the page's script loads on
// demand, so that searching works from file:// as well as from a server.
//
// Texts and queries go through the same normalisation (Normalize, Tokens,
// here and in assets/search.js, both tested against testdata/normalize.json):
// compatibility decomposition, then lower case without marks, so that
// French accents, Arabic tashkeel and the hamza of أ إ آ fall away; no
// tatweel; ٱ read as ا, ى as ي, ة as ه; Arabic-Indic digits as Western
// ones; œ, æ and ß spelt out. A token is a run of letters and digits; an
// Arabic token loses its article (ال، وال، بال، وبال، كال، فال، لل، ولل) when two
// letters remain, so that الحسيمة and حسيمة meet.
package search

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize folds s as both the index and the queries are folded.
func Normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r < utf8.RuneSelf {
			// ASCII has no decomposition and no mark: the fast path of
			// most French text.
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
			continue
		}
		if r < rune(len(foldedTable)) {
			b.WriteString(foldedTable[r]) // Latin, Greek, Cyrillic, Arabic: looked up
			continue
		}
		foldRune(&b, r)
	}
	return b.String()
}

// foldedTable holds what Normalize makes of each rune below U+0800, the
// letters of the atlas's texts: decomposing them one by one is most of
// the time an index takes to build.
var foldedTable = func() (t [0x800]string) {
	for r := range rune(len(t)) {
		var b strings.Builder
		foldRune(&b, r)
		t[r] = b.String()
	}
	return t
}()

// foldRune writes what Normalize makes of one rune. Marks are dropped,
// so decomposing rune by rune gives what the decomposition of the whole
// string would: only the order of marks would differ.
func foldRune(b *strings.Builder, r rune) {
	var enc [utf8.UTFMax]byte
	d := norm.NFKD.Properties(enc[:utf8.EncodeRune(enc[:], r)]).Decomposition()
	if d == nil && unicode.Is(unicode.Hangul, r) {
		d = []byte(norm.NFKD.String(string(r))) // decomposed by rule, not by table
	}
	if d == nil {
		fold(b, r)
		return
	}
	for _, c := range string(d) {
		fold(b, c)
	}
}

// fold writes one decomposed rune, folded.
func fold(b *strings.Builder, r rune) {
	r = unicode.ToLower(r)
	switch {
	case r < utf8.RuneSelf:
		b.WriteByte(byte(r))
	case unicode.Is(unicode.M, r), unicode.Is(unicode.Cf, r), r == 'ـ':
		// accents, tashkeel, hamza above or below; invisible marks; tatweel
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

// MinToken is the length, in letters, of the shortest token indexed or
// searched for: shorter ones are mostly French elisions (l', d') and
// Arabic particles, and would fetch most of the index.
const MinToken = 2

// articles are the Arabic article and the prefixes it takes, longest
// first, as Normalize leaves them.
var articles = []string{"وبال", "وال", "بال", "كال", "فال", "ولل", "لل", "ال"}

// Tokens splits s, normalised, into its words and numbers, in order,
// repeats included, the short ones left out.
func Tokens(s string) []string {
	words := strings.FieldsFunc(Normalize(s), func(r rune) bool { return !inWord(r) })
	out := words[:0]
	for _, w := range words {
		w = stripArticle(w)
		if utf8.RuneCountInString(w) >= MinToken {
			out = append(out, w)
		}
	}
	return out
}

// inWord tells the letters and digits that make tokens.
func inWord(r rune) bool {
	if r < rune(len(wordRunes)) {
		return wordRunes[r]
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r)
}

// wordRunes is inWord below U+0800, looked up.
var wordRunes = func() (t [0x800]bool) {
	for r := range rune(len(t)) {
		t[r] = unicode.IsLetter(r) || unicode.IsNumber(r)
	}
	return t
}()

func stripArticle(w string) string {
	for _, a := range articles {
		if rest, ok := strings.CutPrefix(w, a); ok && utf8.RuneCountInString(rest) >= MinToken {
			return rest
		}
	}
	return w
}
