package locale

import "strings"

// Count writes n with the noun of the catalog's plural entry noun, in the
// form CLDR picks for n: "طبيب واحد", "طبيبان", "3 أطباء", "18 طبيبًا",
// "100 طبيب"; "0 médecin", "1 médecin", "18 médecins". The category comes
// from golang.org/x/text/feature/plural, not from hand-written rules. A
// noun missing from the catalog shows as "18 [noun]".
func (l *Locale) Count(n int64, noun string) string {
	return l.Countf(n, noun)
}

// Countf is Count for a sentence: the catalog's plural entry key picks its
// form by n, {n} shows n, and pairs ("{of}", "5", …) fill the sentence's
// other placeholders. An entry may give the text of exactly zero as none,
// and of exactly one as exactly_one.
func (l *Locale) Countf(n int64, key string, pairs ...string) string {
	abs, neg := magnitude(n)
	fs := l.cat.plurals[key]
	s := fs.pick(fs.choose(l.tag, abs, "", neg), l.Int(n), neg)
	if s == "" {
		return l.Int(n) + " [" + key + "]"
	}
	if len(pairs) > 0 {
		s = strings.NewReplacer(pairs...).Replace(s)
	}
	return s
}
