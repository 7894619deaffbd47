package pages

import (
	"html/template"
	"strings"
	"unicode"
)

// isolate escapes s and wraps every run of digits (with its separators and
// percent sign) in <bdi>, so that figures never reorder inside Arabic text.
func isolate(s string) template.HTML { return isolateRuns(s, false) }

// isolateRuns is isolate that, when latin is set, also wraps runs of Latin
// words ("ISO 3166-2:MA", "OpenStreetMap") in <bdi dir="ltr">: on a
// right-to-left page their punctuation would otherwise jump sides.
func isolateRuns(s string, latin bool) template.HTML {
	var b strings.Builder
	runes := []rune(s)
	for i := 0; i < len(runes); {
		r := runes[i]
		switch {
		case latin && isLatin(r):
			j := i
			for j < len(runes) && (isLatin(runes[j]) || unicode.IsDigit(runes[j]) || joinsLatin(runes, j)) {
				j++
			}
			b.WriteString(`<bdi dir="ltr">` + template.HTMLEscapeString(string(runes[i:j])) + "</bdi>")
			i = j
		case unicode.IsDigit(r):
			j := i
			for j < len(runes) && (unicode.IsDigit(runes[j]) || joinsDigits(runes, j)) {
				j++
			}
			b.WriteString("<bdi>" + template.HTMLEscapeString(string(runes[i:j])) + "</bdi>")
			i = j
		default:
			b.WriteString(template.HTMLEscapeString(string(r)))
			i++
		}
	}
	return template.HTML(b.String())
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

// joinsDigits reports whether runes[j] is a separator between two digits
// or a percent sign right after one.
func joinsDigits(runes []rune, j int) bool {
	r := runes[j]
	if r == '%' {
		return true
	}
	// CLDR's Arabic forms carry left-to-right marks around signs: "20\u200e%\u200e".
	if r == '\u200e' && j+1 < len(runes) && (runes[j+1] == '%' || unicode.IsDigit(runes[j+1]) || runes[j+1] == '-') {
		return true
	}
	if r == '\u200e' && j > 0 && runes[j-1] == '%' {
		return true
	}
	if !strings.ContainsRune(".,\u00a0\u202f \u066b\u066c–-", r) {
		return false
	}
	if (r == ' ' || r == '\u00a0' || r == '\u202f') && j+1 < len(runes) && runes[j+1] == '%' {
		return true
	}
	return j+1 < len(runes) && unicode.IsDigit(runes[j+1])
}
