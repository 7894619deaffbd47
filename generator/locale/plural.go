package locale

import (
	"strings"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
)

// placeholder is where a plural text shows its number.
const placeholder = "{n}"

// forms are the texts of one plural entry, by CLDR category.
type forms map[plural.Form]string

// none and exactlyOne are the categories of exactly zero and exactly one
// in any language, outside CLDR: a catalog may say "aucun accord" rather
// than "0 accord", or "mille dirhams" rather than "1 mille dirhams" while
// "1,5 mille dirhams" keeps CLDR's one. Both are optional; without them
// the number takes its CLDR category.
const (
	none       plural.Form = 0xff
	exactlyOne plural.Form = 0xfe
)

// formNamed maps a catalog category name to its CLDR form. A switch rather
// than a package map keeps the package free of global mutable state.
func formNamed(name string) (plural.Form, bool) {
	switch name {
	case "zero":
		return plural.Zero, true
	case "one":
		return plural.One, true
	case "two":
		return plural.Two, true
	case "few":
		return plural.Few, true
	case "many":
		return plural.Many, true
	case "other":
		return plural.Other, true
	case "none":
		return none, true
	case "exactly_one":
		return exactlyOne, true
	}
	return plural.Other, false
}

// formName is the catalog name of a CLDR form, for messages.
func formName(f plural.Form) string {
	switch f {
	case plural.Zero:
		return "zero"
	case plural.One:
		return "one"
	case plural.Two:
		return "two"
	case plural.Few:
		return "few"
	case plural.Many:
		return "many"
	case none:
		return "none"
	case exactlyOne:
		return "exactly_one"
	}
	return "other"
}

// allForms lists the categories in the order CLDR and translators use.
func allForms() []plural.Form {
	return []plural.Form{none, exactlyOne, plural.Zero, plural.One, plural.Two, plural.Few, plural.Many, plural.Other}
}

// category returns the CLDR cardinal category of the number whole,frac,
// where frac holds the visible fraction digits without trailing zeros
// (at most a few). CLDR rules look at the absolute value, so the caller
// passes no sign.
func category(tag language.Tag, whole uint64, frac string) plural.Form {
	// MatchPlural takes an int, which may be 32 bits. No CLDR integer rule
	// looks further than i % 1000000, so any whole ≥ 10⁶ is folded into
	// [10⁶, 2·10⁶): the remainders stay the same and the number stays
	// distinct from 0, 1 and 2.
	if whole >= 1_000_000 {
		whole = whole%1_000_000 + 1_000_000
	}
	f := 0
	for _, c := range frac {
		f = f*10 + int(c-'0')
	}
	v := len(frac)
	return plural.Cardinal.MatchPlural(tag, int(whole), v, v, f, f)
}

// choose returns the category of the number whole,frac (see category):
// none or exactlyOne when the entry has it and the number is exactly 0 or
// 1, else the CLDR category of tag.
func (fs forms) choose(tag language.Tag, whole uint64, frac string, negative bool) plural.Form {
	if frac == "" && !negative {
		if _, ok := fs[none]; ok && whole == 0 {
			return none
		}
		if _, ok := fs[exactlyOne]; ok && whole == 1 {
			return exactlyOne
		}
	}
	return category(tag, whole, frac)
}

// pick returns the text for a number of category cat, with {n} replaced by
// shown. A text without {n} stands for one exact number, and CLDR picks
// categories from the absolute value, so for a negative number such a text
// would drop the sign: then, as for a missing category, other is used.
// It returns "" if even other is missing.
func (fs forms) pick(cat plural.Form, shown string, negative bool) string {
	s, ok := fs[cat]
	if !ok || (negative && !strings.Contains(s, placeholder)) {
		s = fs[plural.Other]
	}
	return strings.ReplaceAll(s, placeholder, shown)
}
