// Package bidi keeps figures and Latin words in their order inside
// right-to-left text by wrapping them in <bdi> elements.
package bidi

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Isolate returns s as HTML: every run of digits (with its separators and
// percent sign) wrapped in <bdi> and tied to the word after it by a
// no-break space, and when latin is set every run of Latin words
// ("ISO 3166-2:MA", "OpenStreetMap") in <bdi dir="ltr">. escape turns the
// text between the runs, and inside them, into HTML.
func Isolate(s string, latin bool, escape func(string) string) string {
	if !needsIsolation(s, latin) {
		return escape(s)
	}
	var b strings.Builder
	plain := 0 // start of the text not yet written
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		var j int
		var open string
		switch {
		case latin && isLatin(r):
			j, open = i, `<bdi dir="ltr">`
			for j < len(s) {
				q, n := utf8.DecodeRuneInString(s[j:])
				if !isLatin(q) && !unicode.IsDigit(q) && !joinsLatin(s, j, q, n) {
					break
				}
				j += n
			}
		case unicode.IsDigit(r):
			j, open = i, "<bdi>"
			for j < len(s) {
				q, n := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsDigit(q) && !joinsDigits(s, j, q, n) {
					break
				}
				j += n
			}
		default:
			i += size
			continue
		}
		b.WriteString(escape(s[plain:i]))
		b.WriteString(open + escape(s[i:j]) + "</bdi>")
		if open == "<bdi>" && j+1 < len(s) && s[j] == ' ' {
			if next, _ := utf8.DecodeRuneInString(s[j+1:]); unicode.IsLetter(next) {
				// A figure never ends a line apart from its noun: "22 أطباء".
				b.WriteString("\u00a0")
				j++
			}
		}
		i, plain = j, j
	}
	b.WriteString(escape(s[plain:]))
	return b.String()
}

// needsIsolation reports whether s holds a digit, or with latin a Latin
// letter: most text holds neither and is only escaped.
func needsIsolation(s string, latin bool) bool {
	for _, r := range s {
		if unicode.IsDigit(r) || latin && isLatin(r) {
			return true
		}
	}
	return false
}

func isLatin(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.Is(unicode.Latin, r)
}

// next returns the rune after the one of size n at i, or 0 at the end.
func next(s string, i, n int) rune {
	if i+n >= len(s) {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(s[i+n:])
	return r
}

// joinsLatin reports whether r, of size n at i, continues a run of Latin
// words: a space or sign followed by a Latin letter or a digit. An
// underscore joins the words of a name: "mobile_units".
func joinsLatin(s string, i int, r rune, n int) bool {
	if !strings.ContainsRune(" .:-/_'’", r) || i+n == len(s) {
		return false
	}
	after := next(s, i, n)
	return isLatin(after) || unicode.IsDigit(after)
}

// joinsDigits reports whether r, of size n at i, belongs to a figure: a
// separator between two digits, or a percent sign and the marks CLDR puts
// around it.
func joinsDigits(s string, i int, r rune, n int) bool {
	after := next(s, i, n)
	switch {
	case r == '%':
		return true
	case r == '\u200e': // CLDR's Arabic forms: "20\u200e%\u200e", "\u200e-3"
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		return after == '%' || after == '-' || unicode.IsDigit(after) || before == '%'
	case strings.ContainsRune(" \u00a0\u202f", r) && after == '%':
		return true
	case strings.ContainsRune(".,\u00a0\u202f \u066b\u066c–-", r):
		return unicode.IsDigit(after)
	}
	return false
}
