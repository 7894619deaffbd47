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

// Normalize folds s as both the index and the queries are folded. Text
// that folds to itself, lower-case ASCII and most Arabic, is copied in
// runs; a text that is all such is returned as it is.
func Normalize(s string) string {
	var b strings.Builder
	start := 0 // s[start:i] folds to itself and is not written yet
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			// ASCII has no decomposition and no mark: only capitals change.
			if c < 'A' || 'Z' < c {
				i++
				continue
			}
			grow(&b, len(s))
			b.WriteString(s[start:i])
			b.WriteByte(c + 'a' - 'A')
			i++
			start = i
			continue
		}
		var f *folded
		size := 0
		if c < 0xe0 && i+1 < len(s) && c >= 0xc2 && s[i+1]&0xc0 == 0x80 {
			f, size = &folded2[rune(c&0x1f)<<6|rune(s[i+1]&0x3f)], 2 // Arabic, accents
		} else {
			f, size = lookup3(s[i:])
		}
		if f != nil && f.same {
			i += size
			continue
		}
		grow(&b, len(s))
		b.WriteString(s[start:i])
		if f != nil && f.n != tooLong {
			b.Write(f.b[:f.n])
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:]) // an invalid byte is U+FFFD, as range has it
			foldRune(&b, r)
		}
		i += size
		start = i
	}
	if b.Cap() == 0 {
		return s
	}
	b.WriteString(s[start:])
	return b.String()
}

// grow makes room for the folded text at the first change: it is about
// as long as the text.
func grow(b *strings.Builder, n int) {
	if b.Cap() == 0 {
		b.Grow(n + 8)
	}
}

// folded is what Normalize makes of one rune: the n bytes of b, or the
// rune itself when same is set, or when n is tooLong what foldRune
// writes (‴ is ′′′).
type folded struct {
	n    uint8
	same bool
	b    [6]byte
}

// Folds are looked up for the runes of two bytes, below U+0800 (Latin,
// Greek, Cyrillic, Arabic: the letters of the atlas's texts), and for
// U+2000–U+20FF (typographic spaces, dashes, quotes): decomposing them
// one by one would be most of the time an index takes to build.
var folded2, folded3 = func() (t2 [0x800]folded, t3 [0x100]folded) {
	foldTable(t2[:], 0)
	foldTable(t3[:], 0x2000)
	return t2, t3
}()

const tooLong = 0xff

func foldTable(t []folded, first rune) {
	for i := range t {
		r := first + rune(i)
		var b strings.Builder
		foldRune(&b, r)
		out := b.String()
		t[i] = folded{n: tooLong, same: out == string(r)}
		if len(out) <= len(t[i].b) {
			t[i].n = uint8(copy(t[i].b[:], out))
		}
	}
}

// lookup3 returns the fold of the rune of three bytes s starts with, if
// folded3 holds it, and the rune's length.
func lookup3(s string) (*folded, int) {
	if len(s) > 2 && s[0] == 0xe2 && 0x80 <= s[1] && s[1] < 0x84 && s[2]&0xc0 == 0x80 {
		return &folded3[rune(s[1]&0x3f)<<6|rune(s[2]&0x3f)], 3
	}
	return nil, 0
}

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

// Tokens splits s, normalised, into its words and numbers, in order,
// repeats included, the short ones left out. The tokens are substrings of
// the normalised text: one allocation for it, one for the list.
func Tokens(s string) []string {
	// About a token a space: a list that seldom grows, nor is much too long.
	return appendTokens(make([]string, 0, strings.Count(s, " ")+1), s)
}

// appendTokens appends the tokens of s to out.
func appendTokens(out []string, s string) []string {
	s = Normalize(s)
	for i := 0; i < len(s); {
		i = skip(s, i, false)
		start := i
		if i = skip(s, i, true); i > start {
			if w := stripArticle(s[start:i]); long(w) {
				out = append(out, w)
			}
		}
	}
	return out
}

// skip returns where the run of word runes (letters and digits), or of
// other runes when word is false, that s[i:] starts with ends.
func skip(s string, i int, word bool) int {
	for i < len(s) {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			if wordRunes[c] != word {
				return i
			}
			i++
		case c < 0xe0 && i+1 < len(s): // two bytes: s is valid UTF-8
			if wordRunes[rune(c&0x1f)<<6|rune(s[i+1]&0x3f)] != word {
				return i
			}
			i += 2
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			if inWord(r) != word {
				return i
			}
			i += n
		}
	}
	return i
}

// long tells whether the word w, valid UTF-8, has MinToken (2) letters
// or more: more bytes than its first letter has.
func long(w string) bool {
	switch c := w[0]; {
	case c < 0x80:
		return len(w) > 1
	case c < 0xe0:
		return len(w) > 2
	case c < 0xf0:
		return len(w) > 3
	}
	return len(w) > 4
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

// stripArticle takes its article off an Arabic word w, valid UTF-8 and
// not empty, that keeps MinToken letters without it. The articles are the
// article and the prefixes it takes, as Normalize leaves them: وبال، وال،
// بال، كال، فال، ولل، لل، ال, the longest first.
func stripArticle(w string) string {
	// An article has two letters or more, each of two bytes, the first of
	// them ا ب ف ك ل or و: D8 or D9 leads. The test is inlined; the rest
	// is not.
	if len(w) < 6 || w[0]&^1 != 0xd8 {
		return w
	}
	return cutArticle(w)
}

func cutArticle(w string) string {
	// Compared to constants, which the compiler does in a load or two.
	switch {
	case len(w) > 8 && w[:8] == "وبال" && long(w[8:]):
		return w[8:]
	case len(w) > 6 && w[:6] == "وال" && long(w[6:]):
		return w[6:]
	case len(w) > 6 && w[:6] == "بال" && long(w[6:]):
		return w[6:]
	case len(w) > 6 && w[:6] == "كال" && long(w[6:]):
		return w[6:]
	case len(w) > 6 && w[:6] == "فال" && long(w[6:]):
		return w[6:]
	case len(w) > 6 && w[:6] == "ولل" && long(w[6:]):
		return w[6:]
	case len(w) > 4 && w[:4] == "لل" && long(w[4:]):
		return w[4:]
	case len(w) > 4 && w[:4] == "ال" && long(w[4:]):
		return w[4:]
	}
	return w
}
