package markdown

import "fmt"

// MaxMarks is how many of the marks that start inline Markdown (* _ [ ] `
// and <) one paragraph may hold. goldmark's time grows with their square
// in a paragraph: it looks back over every mark it could not match, and
// scans ahead from each link it cannot close. A paragraph of prose needs
// a few dozen.
const MaxMarks = 128

// tooMarked finds the first paragraph with more than limit marks, in one
// pass. A paragraph here is what blank lines separate, which is never
// less than what goldmark parses as one: its lists, tables and quotes
// count whole, list bullets and code included, so it can only count more.
func tooMarked(src []byte, limit int) (Problem, bool) {
	count, at, text := 0, 0, false
	for i := 0; i <= len(src); i++ {
		if i == len(src) || src[i] == '\n' {
			// A blank line, or the end, closes the paragraph.
			if !text || i == len(src) {
				if count > limit {
					return marksProblem(at, count, limit), true
				}
				count = 0
			}
			text = false
			continue
		}
		switch c := src[i]; {
		case c == '\\' && i+1 < len(src) && isPunct(src[i+1]):
			i++ // an escaped mark is text
			text = true
		case c == '*' || c == '_' || c == '[' || c == ']' || c == '`' || c == '<':
			if count++; count == limit+1 {
				at = i
			}
			text = true
		case c != ' ' && c != '\t' && c != '\r':
			text = true
		}
	}
	return Problem{}, false
}

func marksProblem(offset, count, limit int) Problem {
	return Problem{offset,
		fmt.Sprintf("%d of the marks * _ [ ] ` < in one paragraph; summaries have at most %d", count, limit),
		"split the paragraph with a blank line, or write \\* (and so on) for a mark meant as text"}
}

// isPunct reports whether c is ASCII punctuation, which a backslash
// escapes in CommonMark.
func isPunct(c byte) bool {
	return '!' <= c && c <= '/' || ':' <= c && c <= '@' || '[' <= c && c <= '`' || '{' <= c && c <= '~'
}
