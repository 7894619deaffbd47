package locale

// Count writes n with the noun of the catalog's plural entry noun, in the
// form CLDR picks for n: "طبيب واحد", "طبيبان", "3 أطباء", "18 طبيبا",
// "100 طبيب"; "0 médecin", "1 médecin", "18 médecins". The category comes
// from golang.org/x/text/feature/plural, not from hand-written rules. A
// noun missing from the catalog shows as "18 [noun]".
func (l *Locale) Count(n int64, noun string) string {
	abs, neg := magnitude(n)
	if s := l.cat.plurals[noun].pick(category(l.tag, abs, ""), l.Int(n), neg); s != "" {
		return s
	}
	return l.Int(n) + " [" + noun + "]"
}
