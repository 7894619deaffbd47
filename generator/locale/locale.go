package locale

import (
	"fmt"
	"strings"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
	"golang.org/x/text/number"
)

// Locale formats for one language. Safe for concurrent use (no collator inside).
// Every field is set by New and only read afterwards; the message.Printer
// copies its settings into a fresh state for each call.
type Locale struct {
	lang    string
	dir     string
	tag     language.Tag
	printer *message.Printer
	cat     *Catalog
	words   *words
	decimal string // CLDR decimal separator
	minus   string // CLDR minus sign prefix, which may carry a direction mark
}

// New makes the Locale of lang with its catalog, which says how the
// language is written: its direction, its CLDR locale, its month and money
// words (see the package doc). It fails when the catalog has no valid
// [language] table; LoadCatalogs has then already said why.
func New(lang string, cat *Catalog) (*Locale, error) {
	if cat == nil || cat.words == nil {
		return nil, fmt.Errorf("locale: the catalog of %q describes no language: it needs a valid [language] table", lang)
	}
	w := cat.words
	// An empty message catalog keeps format strings from being looked up
	// in x/text's global DefaultCatalog, which anyone may change.
	p := message.NewPrinter(w.tag, message.Catalog(catalog.NewBuilder()))
	l := &Locale{lang: lang, dir: w.dir, tag: w.tag, printer: p, cat: cat, words: w}
	// Ask CLDR for its symbols rather than hard-coding them.
	l.decimal = between(p.Sprint(number.Decimal(1.5)), "1", "5", ",")
	l.minus = between(l.Int(-1), "", "1", "-")
	return l, nil
}

// between returns what s holds between prefix and suffix, or def if s does
// not have that shape.
func between(s, prefix, suffix, def string) string {
	mid, ok := strings.CutPrefix(s, prefix)
	if !ok {
		return def
	}
	mid, ok = strings.CutSuffix(mid, suffix)
	if !ok || mid == "" {
		return def
	}
	return mid
}

// Lang is the language code the Locale was made with, e.g. "ar".
func (l *Locale) Lang() string { return l.lang }

// Dir is the writing direction for the dir attribute of HTML.
func (l *Locale) Dir() string { return l.dir }

// T returns the plain text of key. A missing key shows as "[key]" so that
// the page still builds and the hole is visible; LoadCatalogs has already
// failed if one language lacks a key another has.
func (l *Locale) T(key string) string {
	if s, ok := l.cat.texts[key]; ok {
		return s
	}
	return "[" + key + "]"
}

// Collator returns a new collator for sorting text the way readers of the
// language expect. Collators are not safe for concurrent use: make one per
// goroutine.
func (l *Locale) Collator() *collate.Collator {
	return collate.New(l.tag)
}
