package locale

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"
)

// Catalog is one language's file: its interface text, plain keys and
// plural keys, and what it says of the language itself (its [language]
// table). It is read-only once loaded, so Locales may share it across
// goroutines.
type Catalog struct {
	texts   map[string]string
	plurals map[string]forms
	words   *words // nil when the file has no valid [language] table
}

// languageKey is the table that describes the language rather than
// translating an interface text; it is not compared across catalogs.
const languageKey = "language"

// problem is one mistake in a catalog, at a path of keys from the top of
// the file (nil: the file itself), on the key or on its value.
type problem struct {
	path  []string
	value bool
	msg   string
	hint  string
}

func problemAt(path []string, value bool, hint, format string, args ...any) problem {
	return problem{path: path, value: value, msg: fmt.Sprintf(format, args...), hint: hint}
}

// parseCatalog reads one catalog file of language lang. It reports every
// malformed entry rather than the first, so a translator fixes a file in
// one pass. The plural rules come from the locale the [language] table
// names, or from lang when it names none.
func parseCatalog(data []byte, lang string) (*Catalog, []problem, error) {
	var raw map[string]any
	if _, err := toml.Decode(string(data), &raw); err != nil {
		return nil, nil, err
	}
	cat := &Catalog{texts: map[string]string{}, plurals: map[string]forms{}}
	w, probs := parseLanguage(raw[languageKey], lang)
	cat.words = w
	r := rulesFor(w.pluralTag(lang))
	for _, key := range slices.Sorted(maps.Keys(raw)) {
		if key == languageKey {
			continue
		}
		switch v := raw[key].(type) {
		case string:
			cat.texts[key] = v
		case map[string]any:
			// A malformed entry is reported as such and left out, so
			// that it does not also show up as lacking categories.
			fs, p := parseForms([]string{key}, v)
			if len(p) == 0 {
				cat.plurals[key] = fs
				p = r.check([]string{key}, fs)
			}
			probs = append(probs, p...)
		default:
			probs = append(probs, problemAt([]string{key}, true, "write it as \""+key+"\" = \"…\", or as a [table] of plural texts",
				"key %q: want a text or a table of plural texts, got %s", key, typeName(v)))
		}
	}
	return cat, probs, nil
}

// parseForms reads the table of a plural entry at path. A dotted key left
// unquoted ("kind.convention" written kind.convention) also turns into a
// table, so the message says how to write it.
func parseForms(path []string, table map[string]any) (forms, []problem) {
	fs := forms{}
	var probs []problem
	key := strings.Join(path, ".")
	for _, name := range slices.Sorted(maps.Keys(table)) {
		at := append(slices.Clone(path), name)
		f, ok := formNamed(name)
		if !ok {
			hint := "a plain key with a dot must be quoted: \"" + dotted(key, name, table[name]) + "\" = \"…\""
			if len(path) > 1 {
				hint = "the categories are zero, one, two, few, many, other, and none and exactly_one for exactly 0 and 1"
			}
			probs = append(probs, problemAt(at, false, hint,
				"key %q: %q is not a plural category (zero, one, two, few, many, other, none, exactly_one)", key, name))
			continue
		}
		s, ok := table[name].(string)
		if !ok {
			probs = append(probs, problemAt(at, true, "write it between quotes", "plural key %q: category %q must be a text, got %s", key, name, typeName(table[name])))
			continue
		}
		fs[f] = s
	}
	return fs, probs
}

// dotted is the key a translator meant when TOML read key.name = … as
// tables: the names down to the first value that is not a table of one key.
func dotted(key, name string, v any) string {
	key += "." + name
	for {
		t, ok := v.(map[string]any)
		if !ok || len(t) != 1 {
			return key
		}
		for k, sub := range t {
			key, v = key+"."+k, sub
		}
	}
}

// typeName names a decoded TOML value in translators' words.
func typeName(v any) string {
	switch v.(type) {
	case string:
		return "a text"
	case int64, float64:
		return "a number"
	case bool:
		return "true or false"
	case map[string]any:
		return "a table"
	case []any, []map[string]any:
		return "a list"
	}
	return "a date"
}

// kind says whether key is a plain text, a plural entry, or absent.
func (c *Catalog) kind(key string) string {
	if _, ok := c.texts[key]; ok {
		return "plain"
	}
	if _, ok := c.plurals[key]; ok {
		return "plural"
	}
	return ""
}

// keys lists every key of the catalog, sorted.
func (c *Catalog) keys() []string {
	ks := slices.Collect(maps.Keys(c.texts))
	ks = slices.AppendSeq(ks, maps.Keys(c.plurals))
	slices.Sort(ks)
	return ks
}
