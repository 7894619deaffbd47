package content

import (
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// exampleSlug is suggested when neither the file name nor the title gives
// a meaningful one.
const exampleSlug = "al-hoceima-health-staff-2026"

// fileIdentity is what a suggested file name is made of: a place slug,
// a title and a year, each "" or 0 when unknown.
type fileIdentity struct {
	place, title string
	year         int
}

// suggestSlug turns a bad file name into a valid one that no other file of
// its folder (taken) has. It is made from the name when the name has enough
// Latin letters; otherwise, as for an Arabic name, as the guide asks:
// the place, the words of the French title, and the year. A year the name
// holds stands when the file gives none.
func suggestSlug(name string, id fileIdentity, taken map[string]bool) string {
	s := slugify(name, 80)
	if letters(s) < 3 {
		if id.year == 0 {
			id.year = yearIn(s)
		}
		s = titleSlug(id)
	}
	if letters(s) < 3 {
		s = exampleSlug
	}
	return unused(s, taken)
}

// yearIn is the first year the atlas could hold written in a slug, or 0.
func yearIn(s string) int {
	for _, w := range strings.Split(s, "-") {
		if y, err := strconv.Atoi(w); err == nil && len(w) == 4 && y >= 1956 && y <= 2100 {
			return y
		}
	}
	return 0
}

// titleSlug is the place, then the first words of the title without the
// little words French puts between them or those of the place, then the
// year.
func titleSlug(id fileIdentity) string {
	var words []string
	place := map[string]bool{}
	if p := slugify(id.place, 40); letters(p) >= 3 {
		words = strings.Split(p, "-")
		for _, w := range words {
			place[w] = true
		}
	}
	n := 0
	for _, w := range strings.Split(slugify(id.title, 200), "-") {
		if w == "" || littleWords[w] || place[w] {
			continue
		}
		if n+len(w) > 50 {
			break
		}
		words = append(words, w)
		n += len(w) + 1
	}
	if id.year > 0 && letters(strings.Join(words, "")) >= 3 {
		if y := strconv.Itoa(id.year); words[len(words)-1] != y {
			words = append(words, y)
		}
	}
	return strings.Join(words, "-")
}

var littleWords = map[string]bool{
	"a": true, "au": true, "aux": true, "avec": true, "d": true, "dans": true, "de": true, "des": true,
	"du": true, "en": true, "et": true, "l": true, "la": true, "le": true, "les": true, "par": true,
	"pour": true, "sur": true, "un": true, "une": true,
}

// slugify keeps the letters a-z and digits of s, its accents dropped, in
// lower case, with one hyphen for each run of anything else, and cuts it
// to at most max bytes at a hyphen.
func slugify(s string, max int) string {
	s = fold(strings.ToLower(s))
	var b strings.Builder
	dash := false
	for _, r := range s {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	return cut(b.String(), max)
}

// fold drops accents: "Hoceïma" becomes "Hoceima".
func fold(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		return s
	}
	return out
}

// cut shortens a slug to at most max bytes, at a hyphen when it can.
func cut(s string, max int) string {
	if len(s) <= max {
		return s
	}
	s = s[:max]
	if i := strings.LastIndexByte(s, '-'); i > 0 {
		s = s[:i]
	}
	return strings.TrimRight(s, "-")
}

// letters counts the letters a-z of a slug.
func letters(s string) int {
	n := 0
	for _, r := range s {
		if r >= 'a' && r <= 'z' {
			n++
		}
	}
	return n
}

// unused adds -2, -3… to s until no file of the folder has it.
func unused(s string, taken map[string]bool) string {
	if !taken[s] {
		return s
	}
	for n := 2; ; n++ {
		suffix := "-" + strconv.Itoa(n)
		if c := cut(s, 80-len(suffix)) + suffix; !taken[c] {
			return c
		}
	}
}
