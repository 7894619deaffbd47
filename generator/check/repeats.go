package check

import (
	"fmt"
	"sort"
	"strings"

	"atlas/generator/content"
)

// seen remembers where each entry of a list first appeared, so that a
// repeated entry — counted twice in a total, or shown twice — is reported
// with the entry it repeats.
type seen map[string]int

// repeats records key for entry i and returns the earlier entry with the
// same key, or -1. An empty key is never a repeat.
func (s seen) repeats(key string, i int) int {
	if key == "" {
		return -1
	}
	if j, ok := s[key]; ok {
		return j
	}
	s[key] = i
	return -1
}

// textKeys are the keys under which a bilingual text is compared: one per
// language, so that two entries sharing their French name repeat each
// other even when their Arabic names differ in a letter.
func textKeys(t content.Text) []string {
	var keys []string
	for lang, s := range t {
		if s = strings.ToLower(strings.Join(strings.Fields(s), " ")); s != "" {
			keys = append(keys, lang+"\x00"+s)
		}
	}
	sort.Strings(keys) // the first repeat found must not depend on map order
	return keys
}

// repeatsText is repeats for each language of a text; it returns the first
// earlier entry found, or -1.
func (s seen) repeatsText(t content.Text, i int) int {
	found := -1
	for _, key := range textKeys(t) {
		if j := s.repeats(key, i); j >= 0 && (found < 0 || j < found) {
			found = j
		}
	}
	return found
}

// sourceKey identifies a source by its address, or by everything else it
// says when it has none.
func sourceKey(s content.Source) string {
	if u := strings.TrimSpace(s.URL); u != "" {
		return "url\x00" + strings.TrimSuffix(u, "/")
	}
	return fmt.Sprintf("%s\x00%s\x00%s", s.Outlet, s.Title, s.Published)
}
