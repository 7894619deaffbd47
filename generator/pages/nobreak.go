package pages

import (
	"html/template"
	"regexp"
	"strings"
)

// compoundWord is a name joined by hyphens: Guelmim-Oued, طنجة-تطوان-الحسيمة.
var compoundWord = regexp.MustCompile(`[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)+`)

// compound escapes a name and keeps each hyphenated compound on one line:
// on a narrow screen "Guelmim-" at a line's end and "Oued Noun" on the
// next read as two places.
func compound(s string) template.HTML {
	if !strings.Contains(s, "-") {
		return template.HTML(template.HTMLEscapeString(s))
	}
	var b strings.Builder
	last := 0
	for _, m := range compoundWord.FindAllStringIndex(s, -1) {
		b.WriteString(template.HTMLEscapeString(s[last:m[0]]))
		b.WriteString(`<span class="nw">` + template.HTMLEscapeString(s[m[0]:m[1]]) + `</span>`)
		last = m[1]
	}
	b.WriteString(template.HTMLEscapeString(s[last:]))
	return template.HTML(b.String())
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
