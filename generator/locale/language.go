package locale

import (
	"maps"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"

	"atlas/generator/diag"
)

// words are what a catalog's [language] table says of its language: its
// direction, its CLDR locale, and the words of dates and money. They follow
// the grammar of numbers, so they sit apart from the interface text, but a
// new language needs no code: it is a catalog.
type words struct {
	dir    string       // rtl or ltr
	tag    language.Tag // the CLDR locale of numbers, plurals and sorting
	months [12]string
	first  string // how day 1 of a month is written; "" writes "1"

	dirhams scale    // below a thousand
	scales  [3]scale // thousand, million, billion, in rising order
	exact   forms    // unit after an exact figure (AmountExact)
}

// scale is one magnitude of Amount: its size in dirhams and its texts by
// plural category of the count of it.
type scale struct {
	size  uint64
	forms forms
}

// moneyUnits are the money keys of [language], by the size Amount counts in.
func moneyUnits() []scale { return []scale{{size: 1}, {size: 1e3}, {size: 1e6}, {size: 1e9}} }

func moneyKey(size uint64) string {
	switch size {
	case 1e3:
		return "thousands"
	case 1e6:
		return "millions"
	case 1e9:
		return "billions"
	}
	return "dirhams"
}

// languageKeys are the keys a [language] table may hold.
func languageKeys() []string {
	return []string{"dir", "locale", "months", "day_one", "dirhams", "thousands", "millions", "billions", "exact"}
}

// pluralTag is the locale whose plural rules the catalog's entries follow:
// the one [language] names, or the catalog's own language code.
func (w *words) pluralTag(lang string) language.Tag {
	if w != nil && w.tag != (language.Tag{}) {
		return w.tag
	}
	return language.Make(lang) // Make never panics; an unknown code has only "other"
}

// parseLanguage reads the [language] table v of the catalog of lang. The
// words are returned, as far as they could be read, with every problem.
func parseLanguage(v any, lang string) (*words, []problem) {
	top := []string{languageKey}
	if v == nil {
		return nil, []problem{problemAt(nil, false, "add a [language] table at the end of the file: dir, locale, months and the words of money (see docs/content-format.md)",
			"no [language] table: the direction, locale, month names and money words of %q", lang)}
	}
	t, ok := v.(map[string]any)
	if !ok {
		return nil, []problem{problemAt(top, true, "write it as a [language] table", "language must be a table, not %s", typeName(v))}
	}
	w := &words{}
	var probs []problem
	for _, key := range slices.Sorted(maps.Keys(t)) {
		if !slices.Contains(languageKeys(), key) {
			hint := "the keys of [language] are " + strings.Join(languageKeys(), ", ")
			if c := diag.Closest(key, languageKeys()); c != "" {
				hint = "did you mean \"" + c + "\"?"
			}
			probs = append(probs, problemAt(append(top, key), false, hint, "unknown key %q in [language]", key))
		}
	}
	probs = append(probs, w.readDir(t)...)
	probs = append(probs, w.readLocale(t)...)
	probs = append(probs, w.readMonths(t)...)
	probs = append(probs, w.readFirst(t)...)
	r := rulesFor(w.pluralTag(lang))
	for i, u := range moneyUnits() {
		fs, p := r.unit(t, moneyKey(u.size))
		probs = append(probs, p...)
		u.forms = fs
		if i == 0 {
			w.dirhams = u
		} else {
			w.scales[i-1] = u
		}
	}
	fs, p := r.unit(t, "exact")
	w.exact = fs
	return w, append(probs, p...)
}

// textAt reads the text at key of [language] t, with a problem when the
// key is missing or not a text.
func textAt(t map[string]any, key, hint string) (string, []problem) {
	path := []string{languageKey, key}
	switch v := t[key].(type) {
	case string:
		return v, nil
	case nil:
		return "", []problem{problemAt([]string{languageKey}, false, hint, "[language] lacks %s", key)}
	default:
		return "", []problem{problemAt(path, true, hint, "language.%s must be a text, not %s", key, typeName(v))}
	}
}

func (w *words) readDir(t map[string]any) []problem {
	hint := `dir = "rtl" for a language written right to left, "ltr" otherwise`
	s, probs := textAt(t, "dir", hint)
	if probs == nil && s != "rtl" && s != "ltr" {
		probs = append(probs, problemAt([]string{languageKey, "dir"}, true, hint, "%q is not a direction", s))
	}
	w.dir = s
	return probs
}

func (w *words) readLocale(t map[string]any) []problem {
	hint := `the CLDR locale of numbers and plurals, e.g. locale = "fr-MA"`
	s, probs := textAt(t, "locale", hint)
	if probs != nil {
		return probs
	}
	tag, err := language.Parse(s)
	if err != nil {
		return []problem{problemAt([]string{languageKey, "locale"}, true, hint, "%q is not a locale: %v", s, err)}
	}
	w.tag = tag
	return nil
}

func (w *words) readMonths(t map[string]any) []problem {
	path := []string{languageKey, "months"}
	hint := `months = ["…", …], the twelve month names from January, as written after a day`
	list, ok := t["months"].([]any)
	switch {
	case t["months"] == nil:
		return []problem{problemAt([]string{languageKey}, false, hint, "[language] lacks months")}
	case !ok:
		return []problem{problemAt(path, true, hint, "language.months must be a list of texts, not %s", typeName(t["months"]))}
	case len(list) != 12:
		return []problem{problemAt(path, true, hint, "language.months lists %d months, not 12", len(list))}
	}
	var probs []problem
	for i, v := range list {
		s, ok := v.(string)
		if !ok || strings.TrimSpace(s) == "" {
			probs = append(probs, problemAt(append(path, strconv.Itoa(i)), true, "write the month's name between quotes", "month %d has no name", i+1))
			continue
		}
		w.months[i] = s
	}
	return probs
}

func (w *words) readFirst(t map[string]any) []problem {
	if t["day_one"] == nil {
		return nil
	}
	s, probs := textAt(t, "day_one", `how day 1 of a month is written, e.g. day_one = "1er"; leave it out to write "1"`)
	if probs == nil && strings.TrimSpace(s) == "" {
		probs = append(probs, problemAt([]string{languageKey, "day_one"}, true, `leave it out to write "1"`, "language.day_one is empty"))
	}
	w.first = s
	return probs
}

// unit reads the money words at key of [language]: one text with {n} for
// every number, or a table of plural texts checked like any plural entry.
func (r rules) unit(t map[string]any, key string) (forms, []problem) {
	path := []string{languageKey, key}
	switch v := t[key].(type) {
	case nil:
		return nil, []problem{problemAt([]string{languageKey}, false, "add a [language."+key+"] table of plural texts, or "+key+` = "{n} …" when the word never changes`,
			"[language] lacks %s, the words of money for %s", key, moneyUse(key))}
	case string:
		if !strings.Contains(v, placeholder) {
			return nil, []problem{problemAt(path, true, "write where the number goes, e.g. \"{n} …\"", "language.%s stands for every number, so it must show it with %s", key, placeholder)}
		}
		return forms{plural.Other: v}, nil
	case map[string]any:
		fs, probs := parseForms(path, v)
		if probs == nil {
			probs = r.check(path, fs)
		}
		return fs, probs
	default:
		return nil, []problem{problemAt(path, true, "a table of plural texts, or one text with {n}", "language.%s must be a table or a text, not %s", key, typeName(v))}
	}
}

// moneyUse says what a money key is for, in messages.
func moneyUse(key string) string {
	switch key {
	case "exact":
		return "after an exact figure (443.000.000 …)"
	case "dirhams":
		return "amounts below a thousand"
	}
	return "amounts counted in " + key
}
