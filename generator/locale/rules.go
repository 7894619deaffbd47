package locale

import (
	"fmt"
	"slices"
	"strings"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
)

// rules says what the CLDR plural rules of one language ask of a plural
// entry. It is worked out from the rules themselves rather than written by
// hand, so that it cannot disagree with what Count will pick.
type rules struct {
	used    map[plural.Form]bool
	samples map[plural.Form][]int64 // the scanned numbers of each category, rising
}

// scanned are the whole numbers tried: every CLDR integer rule of Arabic
// and French repeats with n % 100 beyond 0–999, and the larger values
// catch rules on thousands and millions.
func scanned() []int64 {
	ns := make([]int64, 0, 1006)
	for n := int64(0); n < 1000; n++ {
		ns = append(ns, n)
	}
	return append(ns, 1_000, 10_000, 100_000, 1_000_000, 2_000_000, 1_000_001)
}

// rulesFor sorts the scanned numbers into the categories of tag.
func rulesFor(tag language.Tag) rules {
	r := rules{used: map[plural.Form]bool{}, samples: map[plural.Form][]int64{}}
	for _, n := range scanned() {
		c := category(tag, uint64(n), "")
		r.used[c] = true
		r.samples[c] = append(r.samples[c], n)
	}
	return r
}

// required reports whether an entry must have category c: every category
// a whole number can fall into, except zero, which falls back to other.
func (r rules) required(c plural.Form) bool {
	return c == plural.Other || (r.used[c] && c != plural.Zero)
}

// single reports whether category c stands for one number only, so that
// its text may leave the number out ("طبيب واحد").
func (r rules) single(c plural.Form) bool {
	return len(r.samples[c]) == 1
}

// check lists what is wrong with the plural entry at path for this
// language: at the entry for a missing category, else at the category.
func (r rules) check(path []string, fs forms) []problem {
	var probs []problem
	key := strings.Join(path, ".")
	for _, c := range allForms() {
		s, ok := fs[c]
		at := append(slices.Clone(path), formName(c))
		switch {
		case c == none || c == exactlyOne:
			// optional in every language, and each stands for one number
		case !ok && r.required(c):
			probs = append(probs, problemAt(path, false, "needed: "+r.needed(),
				"plural key %q lacks category %q", key, formName(c)))
		case ok && !r.used[c]:
			probs = append(probs, problemAt(at, false, "needed: "+r.needed()+"; remove it",
				"plural key %q has category %q, which this language never uses", key, formName(c)))
		case ok && !r.single(c) && !strings.Contains(s, placeholder):
			probs = append(probs, problemAt(at, true, "write where the number goes: "+placeholder,
				"plural key %q: category %q covers %s, so its text must show the number", key, formName(c), r.sample(c)))
		}
	}
	return probs
}

// needed lists the required categories, for messages.
func (r rules) needed() string {
	var names []string
	for _, c := range allForms() {
		if r.required(c) {
			names = append(names, formName(c))
		}
	}
	return strings.Join(names, ", ")
}

// sample shows the first numbers of category c, for messages.
func (r rules) sample(c plural.Form) string {
	ns := r.samples[c]
	var parts []string
	for i, n := range ns {
		if i == 4 {
			parts = append(parts, "…")
			break
		}
		parts = append(parts, fmt.Sprint(n))
	}
	return strings.Join(parts, ", ")
}
