// Package bidi keeps figures and Latin words in their order inside
// right-to-left text by wrapping them in <bdi> elements.
package bidi

import (
	"strings"
	"unicode"
)

// Isolate returns s as HTML: every run of digits (with its separators and
// percent sign) wrapped in <bdi> and tied to the word after it by a
// no-break space, and when latin is set every run of Latin
// words ("ISO 3166-2:MA", "OpenStreetMap") in <bdi dir="ltr">. escape
// turns the text between the runs, and inside them, into HTML.
func Isolate(s string, latin bool, escape func(string) string) string {
	var b strings.Builder
	runes := []rune(s)
	plain := 0 // start of the text not yet written
	flush := func(end int) {
		if plain < end {
			b.WriteString(escape(string(runes[plain:end])))
		}
	}
	for i := 0; i < len(runes); {
		r := runes[i]
		var j int
		var open string
		switch {
		case latin && isLatin(r):
			j, open = i, `<bdi dir="ltr">`
			for j < len(runes) && (isLatin(runes[j]) || unicode.IsDigit(runes[j]) || joinsLatin(runes, j)) {
				j++
			}
		case unicode.IsDigit(r):
			j, open = i, "<bdi>"
			for j < len(runes) && (unicode.IsDigit(runes[j]) || joinsDigits(runes, j)) {
				j++
			}
		default:
			i++
			continue
		}
		flush(i)
		b.WriteString(open + escape(string(runes[i:j])) + "</bdi>")
		if open == "<bdi>" && j+1 < len(runes) && runes[j] == ' ' && unicode.IsLetter(runes[j+1]) {
			// A figure never ends a line apart from its noun: "22 أطباء".
			b.WriteString("\u00a0")
			j++
		}
		i, plain = j, j
	}
	flush(len(runes))
	return b.String()
}

func isLatin(r rune) bool { return unicode.Is(unicode.Latin, r) }

// joinsLatin reports whether runes[j] continues a run of Latin words: a
// space or sign followed by a Latin letter or a digit.
func joinsLatin(runes []rune, j int) bool {
	if !strings.ContainsRune(" .:-/'’", runes[j]) || j+1 == len(runes) {
		return false
	}
	next := runes[j+1]
	return isLatin(next) || unicode.IsDigit(next)
}

// joinsDigits reports whether runes[j] belongs to a figure: a separator
// between two digits, or a percent sign and the marks CLDR puts around it.
func joinsDigits(runes []rune, j int) bool {
	r := runes[j]
	next := rune(0)
	if j+1 < len(runes) {
		next = runes[j+1]
	}
	switch {
	case r == '%':
		return true
	case r == '\u200e': // CLDR's Arabic forms: "20\u200e%\u200e", "\u200e-3"
		return next == '%' || next == '-' || unicode.IsDigit(next) || runes[j-1] == '%'
	case strings.ContainsRune(" \u00a0\u202f", r) && next == '%':
		return true
	case strings.ContainsRune(".,\u00a0\u202f \u066b\u066c–-", r):
		return unicode.IsDigit(next)
	}
	return false
}
