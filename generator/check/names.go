package check

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"atlas/generator/content"
)

// slugNamed returns the slug of the division whose name, in any language,
// is value, written loosely: a contributor who writes the region or the
// province as the press names it, "طنجة-تطوان-الحسيمة" or
// "Tanger-Tétouan-Al Hoceïma", is told the slug to write.
func slugNamed(value string, slugs []string, name func(slug string) content.Text) string {
	want := looseName(value)
	for _, word := range designators {
		if rest, ok := strings.CutPrefix(want, word); ok && rest != "" {
			want = rest
			break
		}
	}
	if want == "" {
		return ""
	}
	for _, slug := range slugs {
		for _, n := range name(slug) {
			if looseName(n) == want {
				return slug
			}
		}
	}
	return ""
}

// designators are the words the press puts before a place's name, as
// looseName writes them: "إقليم الحسيمة", "Province de Tiznit".
var designators = []string{"اقليم", "عماله", "جهه", "provincede", "provinced", "province", "prefecturede", "prefectured", "prefecture", "regionde", "region"}

// looseName folds what varies in the writing of a place name: case,
// accents, spaces, hyphens and apostrophes, the tatweel, the forms of
// alef, and the final yeh and teh marbuta.
func looseName(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r), r == 'ـ':
			// accents, Arabic vowel marks and the tatweel
		case r == 'أ' || r == 'إ' || r == 'آ':
			b.WriteRune('ا')
		case r == 'ى':
			b.WriteRune('ي')
		case r == 'ة':
			b.WriteRune('ه')
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}
