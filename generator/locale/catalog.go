package locale

import (
	"fmt"
	"maps"
	"slices"

	"github.com/BurntSushi/toml"
)

// Catalog is the interface text of one language: plain keys and plural keys.
// It is read-only once loaded, so Locales may share it across goroutines.
type Catalog struct {
	texts   map[string]string
	plurals map[string]forms
}

// parseCatalog reads one catalog file. It reports every malformed entry
// rather than the first, so a translator fixes a file in one pass.
func parseCatalog(data []byte) (*Catalog, []string, error) {
	var raw map[string]any
	if _, err := toml.Decode(string(data), &raw); err != nil {
		return nil, nil, err
	}
	cat := &Catalog{texts: map[string]string{}, plurals: map[string]forms{}}
	var probs []string
	for _, key := range slices.Sorted(maps.Keys(raw)) {
		switch v := raw[key].(type) {
		case string:
			cat.texts[key] = v
		case map[string]any:
			// A malformed entry is reported as such and left out, so
			// that it does not also show up as lacking categories.
			fs, p := parseForms(key, v)
			probs = append(probs, p...)
			if len(p) == 0 {
				cat.plurals[key] = fs
			}
		default:
			probs = append(probs, fmt.Sprintf("key %q: want a string or a table of plural texts, got %T", key, v))
		}
	}
	return cat, probs, nil
}

// parseForms reads the table of a plural entry. A dotted key left unquoted
// ("kind.convention" written kind.convention) also turns into a table, so
// the message says how to write it.
func parseForms(key string, table map[string]any) (forms, []string) {
	fs := forms{}
	var probs []string
	for _, name := range slices.Sorted(maps.Keys(table)) {
		f, ok := formNamed(name)
		if !ok {
			probs = append(probs, fmt.Sprintf("key %q: %q is not a plural category (zero, one, two, few, many, other); a plain key with a dot must be quoted: %q = \"…\"", key, name, key+"."+name))
			continue
		}
		s, ok := table[name].(string)
		if !ok {
			probs = append(probs, fmt.Sprintf("plural key %q: category %q must be a string, got %T", key, name, table[name]))
			continue
		}
		fs[f] = s
	}
	return fs, probs
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
