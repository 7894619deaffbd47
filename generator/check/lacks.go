package check

import (
	"fmt"
	"strconv"
	"strings"

	"atlas/generator/content"
	"atlas/generator/diag"
)

// lack is a text that lacks a language the site publishes but does not
// require: content written before the language was added stays valid, and
// the pages of that language show the text in another.
type lack struct {
	pos   diag.Pos
	lang  string // the language it lacks
	what  string // which text, by its keys: "title", "parties 1 name", "summary"
	shown string // the language the pages of lang show it in
}

// lack notes that the text t at path lacks lang.
func (ck *checker) lack(pos diag.Pos, lang string, t content.Text, path []any) {
	_, shown := t.First(ck.c.Site.TextOrder(lang))
	ck.lacks = append(ck.lacks, lack{pos: pos, lang: lang, what: keyName(path), shown: shown})
}

// keyName writes a path of keys as a contributor finds it in the file,
// counting list elements from 1: "parties 1 name".
func keyName(path []any) string {
	parts := make([]string, len(path))
	for i, p := range path {
		switch p := p.(type) {
		case int:
			parts[i] = strconv.Itoa(p + 1)
		default:
			parts[i] = fmt.Sprint(p)
		}
	}
	return strings.Join(parts, " ")
}

// lacking reports in one warning, at the first of them, the texts of file
// that lack a language, and forgets them.
func (ck *checker) lacking(file string) {
	if len(ck.lacks) == 0 {
		return
	}
	first := ck.lacks[0].pos
	var parts, missing []string
	for _, lang := range ck.langs {
		var whats, shown []string
		for _, l := range ck.lacks {
			if l.lang != lang {
				continue
			}
			whats = append(whats, l.what)
			if l.shown != "" && !contains(shown, l.shown) {
				shown = append(shown, l.shown)
			}
			if before(l.pos, first) {
				first = l.pos
			}
		}
		if len(whats) == 0 {
			continue
		}
		missing = append(missing, lang)
		parts = append(parts, fmt.Sprintf("no %s text yet: the %s pages show it in %s (%s)", lang, lang, orList(ordered(shown, ck.langs)), shortList(whats, 3)))
	}
	ck.lacks = nil
	if first.File != file {
		first = diag.Pos{File: file, Line: 1, Col: 1}
	}
	d := ck.diags.Warnf(first, "%s", strings.Join(parts, "; "))
	d.Hint = "the file is valid without it, as " + orList(missing) + " is not in required_languages; add the translation when it is ready"
}

func before(a, b diag.Pos) bool {
	return a.Line < b.Line || (a.Line == b.Line && a.Col < b.Col)
}

// ordered returns the languages of set in the order of langs.
func ordered(set, langs []string) []string {
	var out []string
	for _, l := range langs {
		if contains(set, l) {
			out = append(out, l)
		}
	}
	return out
}

// shortList lists at most n items, then says how many more there are.
func shortList(items []string, n int) string {
	if len(items) <= n {
		return strings.Join(items, ", ")
	}
	return strings.Join(items[:n], ", ") + fmt.Sprintf(" and %d more", len(items)-n)
}

// orList writes "ar", "ar or fr", "ar, fr or en".
func orList(items []string) string {
	return joinLast(items, " or ")
}

// andList writes "ar", "ar and fr", "ar, fr and en".
func andList(items []string) string {
	return joinLast(items, " and ")
}

func joinLast(items []string, last string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + last + items[len(items)-1]
}

// withText writes each language as a key with its text to write: ar = "…".
func withText(langs []string) []string {
	out := make([]string, len(langs))
	for i, l := range langs {
		out[i] = l + ` = "…"`
	}
	return out
}
