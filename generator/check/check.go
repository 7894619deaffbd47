// Package check applies the content contract to loaded content and
// returns every problem it finds, never stopping at the first.
package check

import (
	"hash/fnv"
	"strings"

	"atlas/generator/content"
	"atlas/generator/diag"
	"atlas/generator/parallel"
)

// Content checks everything and returns the problems sorted by position.
// catalogs are the languages the layouts have a catalog for: the
// languages the atlas can publish.
func Content(c *content.Content, catalogs []string) diag.List { return ContentCached(c, catalogs, nil) }

// A Cache keeps the problems found in each agreement and milestone, for
// files content.LoadCached hands back unchanged: checking them again
// would find the same. It holds while the settings, the registry, the
// catalogs and the list of files stay the same, and empties itself when
// they change. It is not safe for concurrent use.
type Cache struct {
	basis uint64
	found map[any]diag.List // by *content.Agreement or *content.Milestone
}

// basis sums what the checks of one file read besides the file: the
// settings, the registry, the catalogs and the slugs of every file.
func basis(c *content.Content, catalogs []string) uint64 {
	h := fnv.New64a()
	for _, k := range []*content.Positions{c.SiteKeys, c.RegistryKeys} {
		if k != nil {
			h.Write(k.Source())
		}
		h.Write([]byte{0})
	}
	h.Write([]byte(strings.Join(catalogs, ",") + "\x00"))
	for _, a := range c.Agreements {
		h.Write([]byte(a.Slug + "\x00"))
	}
	for _, m := range c.Milestones {
		h.Write([]byte("m:" + m.Slug + "\x00"))
	}
	return h.Sum64()
}

// ContentCached is Content with a cache; a nil cache checks every file.
func ContentCached(c *content.Content, catalogs []string, cache *Cache) diag.List {
	ck := &checker{c: c, catalogs: catalogs, regions: map[string]content.Region{}, provinces: map[string]content.Province{}}
	for _, lang := range c.Site.Languages {
		if contains(catalogs, lang) && !contains(ck.langs, lang) {
			ck.langs = append(ck.langs, lang)
			if contains(c.Site.RequiredLanguages, lang) {
				ck.required = append(ck.required, lang)
			}
		}
	}
	ck.docs = map[string]bool{}
	for _, a := range c.Agreements {
		ck.docs[a.Slug] = true
	}
	for _, m := range c.Milestones {
		ck.docs[m.Slug] = true
	}
	ck.site()
	ck.lacking(c.SiteKeys.File())
	ck.registry()
	ck.lacking(c.RegistryKeys.File())
	// Files are checked on every core: the checks of one file read the
	// settings, the registry and the list of slugs, and nothing else.
	files := make([]any, 0, len(c.Agreements)+len(c.Milestones))
	for _, a := range c.Agreements {
		files = append(files, a)
	}
	for _, m := range c.Milestones {
		files = append(files, m)
	}
	if cache != nil {
		if b := basis(c, catalogs); cache.found == nil || cache.basis != b {
			cache.basis, cache.found = b, map[any]diag.List{}
		}
	}
	found := make([]diag.List, len(files))
	parallel.For(len(files), func(i int) {
		if cache != nil {
			if d, ok := cache.found[files[i]]; ok {
				found[i] = d
				return
			}
		}
		one := *ck
		one.diags, one.lacks = nil, nil
		switch f := files[i].(type) {
		case *content.Agreement:
			one.agreement(f)
			one.lacking(f.File)
		case *content.Milestone:
			one.milestone(f)
			one.lacking(f.File)
		}
		found[i] = one.diags
	})
	for _, d := range found {
		ck.diags = append(ck.diags, d...)
	}
	ck.twins()
	if cache != nil {
		// Only this content's files: the values of files read again are
		// never asked for again.
		cache.found = make(map[any]diag.List, len(files))
		for i, d := range found {
			cache.found[files[i]] = d
		}
	}
	ck.diags.Sort()
	return ck.diags
}

type checker struct {
	c         *content.Content
	regions   map[string]content.Region
	provinces map[string]content.Province
	diags     diag.List
	// langs are the site's languages the atlas can publish, those with a
	// catalog; required are those of them every text must be written in.
	// A language without a catalog is reported once, in site.toml, not
	// once for every text that lacks it.
	catalogs, langs, required []string
	// lacks are the texts of the file being checked that lack one of
	// the other languages: one warning per file says which.
	lacks []lack
	docs  map[string]bool // slugs of every agreement and milestone, for related
}

// oneOf checks a value against a closed vocabulary.
func (ck *checker) oneOf(keys *content.Positions, what, value string, allowed []string, path ...any) {
	if value == "" {
		if keys.Misspelt(path...) {
			return // reported as an unknown key, with its right name
		}
		ck.diags.Errorf(keys.Key(path...), "%s is missing", what).Hint = "one of: " + strings.Join(allowed, ", ")
		return
	}
	if isTODO(value) && ck.todo(valueAt(keys, path...), value, "choose one of: "+strings.Join(allowed, ", ")) {
		return
	}
	for _, a := range allowed {
		if a == value {
			return
		}
	}
	d := ck.diags.Errorf(keys.Value(path...), "unknown %s %q", what, value)
	d.Hint = hintFor(value, allowed)
	if v := meant(what, value); v != "" && diag.Closest(value, allowed) == "" {
		d.Hint = "did you mean \"" + v + "\"?"
	}
}

func hintFor(value string, allowed []string) string {
	if c := diag.Closest(value, allowed); c != "" {
		return "did you mean \"" + c + "\"?"
	}
	return "one of: " + strings.Join(allowed, ", ")
}

// text checks a text in several languages: known languages only, every
// required language present when the text is required, and the others
// noted when missing.
func (ck *checker) text(keys *content.Positions, t content.Text, what string, required bool, path ...any) {
	langs := ck.langs
	if len(t) == 0 && required {
		if keys.Misspelt(path...) {
			return
		}
		// One error naming the key, not one per language.
		name, _ := path[len(path)-1].(string)
		d := ck.diags.Errorf(keys.Key(path...), "the key %q is missing", name)
		d.Hint = "write " + name + " = " + tableHint(langs)
		return
	}
	// An unknown language is taken for the closest, or for the required
	// one that is missing when there is one of each and they share a
	// letter ("r" for "ar", too short to be close to anything).
	var unknown, missing []string
	for lang := range t {
		if !contains(ck.c.Site.Languages, lang) {
			unknown = append(unknown, lang)
		}
	}
	if required {
		for _, lang := range ck.required {
			if _, ok := t[lang]; !ok && contains(langs, lang) {
				missing = append(missing, lang)
			}
		}
	}
	meant := map[string]bool{}
	for lang, s := range t {
		p := append(append([]any(nil), path...), lang)
		if !contains(ck.c.Site.Languages, lang) {
			d := ck.diags.Errorf(keys.Key(p...), "unknown language %q in %s", lang, what)
			d.Hint = hintFor(lang, ck.c.Site.Languages)
			c := diag.Closest(lang, ck.c.Site.Languages)
			if c == "" && len(unknown) == 1 {
				if c = diag.Only(lang, missing); c != "" {
					d.Hint = "did you mean \"" + c + "\"?"
				}
			}
			if c != "" {
				meant[c] = true
			}
			continue
		}
		if strings.TrimSpace(s) == "" {
			ck.diags.Errorf(keys.Value(p...), "%s has empty %q text", what, lang).Hint = "write the text, or remove the key"
		}
		ck.invisible(valueAt(keys, p...), s)
		ck.todo(valueAt(keys, p...), s, "")
	}
	if !required {
		return
	}
	for _, lang := range langs {
		switch _, ok := t[lang]; {
		case ok, meant[lang]: // "r" for "ar": said once, as an unknown language
		case contains(ck.required, lang):
			d := ck.diags.Errorf(keys.Key(path...), "%s has no %q text", what, lang)
			d.Hint = "write it as " + tableHint(langs)
		default:
			ck.lack(keys.Key(path...), lang, t, path)
		}
	}
}

// neededLangs are the languages a text is written in when it is first
// written: the required ones, or all when none is.
func (ck *checker) neededLangs() []string {
	if len(ck.required) > 0 {
		return ck.required
	}
	return ck.langs
}

// tableHint shows a text in the languages langs: { ar = "…", fr = "…" }.
func tableHint(langs []string) string {
	return "{ " + strings.Join(langs, ` = "…", `) + ` = "…" }`
}

func contains(list []string, s string) bool {
	for _, e := range list {
		if e == s {
			return true
		}
	}
	return false
}
