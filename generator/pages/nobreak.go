package pages

import (
	"html/template"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// compound escapes a name and keeps each hyphenated compound on one line:
// on a narrow screen "Guelmim-" at a line's end and "Oued Noun" on the
// next read as two places.
func compound(s string) template.HTML {
	if !strings.Contains(s, "-") {
		return template.HTML(template.HTMLEscapeString(s))
	}
	var b strings.Builder
	last := 0
	for _, m := range compounds(s) {
		b.WriteString(template.HTMLEscapeString(s[last:m[0]]))
		b.WriteString(`<span class="nw">` + template.HTMLEscapeString(s[m[0]:m[1]]) + `</span>`)
		last = m[1]
	}
	b.WriteString(template.HTMLEscapeString(s[last:]))
	return template.HTML(b.String())
}

// compounds returns where the names joined by hyphens lie in s, such as
// Guelmim-Oued or طنجة-تطوان-الحسيمة: words of letters, marks and digits,
// each joined to the next by one hyphen. Every name of every page goes
// through it, and a regular expression took five times as long.
func compounds(s string) [][2]int {
	var out [][2]int
	for i := 0; i < len(s); {
		if r, n := utf8.DecodeRuneInString(s[i:]); !inWord(r) {
			i += n
			continue
		}
		start, end := i, wordEnd(s, i)
		joined := false
		for end+1 < len(s) && s[end] == '-' {
			if r, _ := utf8.DecodeRuneInString(s[end+1:]); !inWord(r) {
				break
			}
			end, joined = wordEnd(s, end+1), true
		}
		if joined {
			out = append(out, [2]int{start, end})
		}
		i = end
	}
	return out
}

func inWord(r rune) bool { return unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsNumber(r) }

// wordEnd is where the word that starts at i ends.
func wordEnd(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !inWord(r) {
			break
		}
		i += n
	}
	return i
}

// nowrap keeps an isolated figure such as a date on one line.
func nowrap(h template.HTML) template.HTML {
	return `<span class="nw">` + h + `</span>`
}

// ordinalSuffix is the letters of a French ordinal right after its figure:
// the "er" of "1er janvier".
var ordinalSuffix = regexp.MustCompile(`</bdi>(er|re|e)\b`)

// ordinals sets ordinal letters in superscript, as French typography does.
func ordinals(h template.HTML) template.HTML {
	return template.HTML(ordinalSuffix.ReplaceAllString(string(h), "</bdi><sup>$1</sup>"))
}
