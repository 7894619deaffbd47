package check

import (
	"fmt"
	"unicode"

	"atlas/generator/diag"
)

// invisible reports characters that change how text is displayed without
// being seen: bidi overrides and isolates can make "1 000" read as "000 1",
// or hide part of a name.
func (ck *checker) invisible(pos diag.Pos, s string) {
	col := pos.Col
	for _, r := range s {
		if suspicious(r) {
			p := pos
			p.Col = col + 1 // the opening quote comes first
			d := ck.diags.Errorf(p, "invisible character U+%04X in text", r)
			d.Hint = fmt.Sprintf("delete it: it can disguise a figure or a name (%s)", invisibleName(r))
			return
		}
		col++
	}
}

func suspicious(r rune) bool {
	switch {
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
		return true
	case r == 0x200B, r == 0x2060, r == 0xFEFF, r == 0x00AD, r == 0x180E:
		return true
	case r == '\n', r == '\t':
		return false
	}
	// Joiners (U+200C, U+200D) and marks (U+200E, U+200F) are legitimate
	// in Arabic and Persian typing; other format and control characters are not.
	if r == 0x200C || r == 0x200D || r == 0x200E || r == 0x200F {
		return false
	}
	return unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Co, r)
}

func invisibleName(r rune) string {
	switch {
	case r >= 0x202A && r <= 0x202E:
		return "a bidi embedding or override"
	case r >= 0x2066 && r <= 0x2069:
		return "a bidi isolate"
	}
	return "a character that is not displayed"
}
