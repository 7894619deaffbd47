package check

import (
	"unicode"

	"atlas/generator/content"
	"atlas/generator/diag"
)

// at is where a value stands in its file, looked up only when a problem is
// found there: positions come from indexing the front matter, which most
// files, having no problem, never need.
type at func() diag.Pos

// valueAt is where the value at path stands.
func valueAt(k *content.Positions, path ...any) at {
	return func() diag.Pos { return k.Value(path...) }
}

// invisible reports characters that change how text is displayed without
// being seen: bidi overrides and isolates can make "1 000" read as "000 1",
// or hide part of a name. pos is where the value s is written.
func (ck *checker) invisible(pos at, s string) {
	if _, r, ok := hidden(s); ok {
		d := ck.diags.Errorf(ck.find(pos(), string(r)), "invisible character U+%04X (%s) in text", r, invisibleName(r))
		d.Hint = "delete it: it can disguise a figure or a name"
	}
}

// hidden finds the first character of s that is suspicious, or a joiner
// or direction mark Arabic typing may leave, but not beside a digit: there
// it can change the order in which a figure's digits are displayed.
func hidden(s string) (int, rune, bool) {
	prevAt, prev := 0, rune(0)
	for i, r := range s {
		switch {
		case suspicious(r), isMark(r) && unicode.IsDigit(prev):
			return i, r, true
		case isMark(prev) && unicode.IsDigit(r):
			return prevAt, prev, true
		}
		prevAt, prev = i, r
	}
	return 0, 0, false
}

// isMark tells the zero-width joiners and the direction marks that
// suspicious lets through.
func isMark(r rune) bool { return r >= 0x200C && r <= 0x200F || r == 0x061C }

// find points at s in the value written at pos. Only the file's source
// knows where: escapes (\u202E) and line breaks in the value move it.
func (ck *checker) find(pos diag.Pos, s string) diag.Pos {
	for _, k := range ck.positions() {
		if k != nil && k.File() == pos.File {
			return k.Find(pos, s)
		}
	}
	return pos
}

func (ck *checker) positions() []*content.Positions {
	out := []*content.Positions{ck.c.SiteKeys, ck.c.RegistryKeys}
	for _, a := range ck.c.Agreements {
		out = append(out, a.Keys)
	}
	for _, m := range ck.c.Milestones {
		out = append(out, m.Keys)
	}
	return out
}

func suspicious(r rune) bool {
	switch {
	case r == '\n', r == '\t':
		return false
	// Fast answers for the letters summaries are made of: ASCII, and the
	// Arabic block outside its few format characters.
	case r < 0x80:
		return r < 0x20 || r == 0x7F
	case r >= 0x0606 && r <= 0x06FF && r != 0x061C && r != 0x06DD:
		return false
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
		return true
	// Joiners (U+200C, U+200D) and marks (U+200E, U+200F, U+061C) are
	// legitimate in Arabic and Persian typing, and the Arabic number signs
	// (U+0600–U+0605, U+06DD, U+08E2) are drawn.
	case r >= 0x200C && r <= 0x200F, r == 0x061C, r >= 0x0600 && r <= 0x0605, r == 0x06DD, r == 0x08E2:
		return false
	// Line and paragraph separators break a line nobody sees, and the
	// Hangul fillers are letters that draw nothing.
	case r == 0x2028, r == 0x2029, r == 0x115F, r == 0x1160, r == 0x3164, r == 0xFFA0:
		return true
	}
	// Other format characters (zero-width space, word joiner, soft hyphen,
	// byte-order mark, tags U+E0000–U+E007F …), controls and private-use
	// characters show nothing, or nothing anyone can check.
	return unicode.In(r, unicode.Cf, unicode.Cc, unicode.Co)
}

func invisibleName(r rune) string {
	switch {
	case r >= 0x202A && r <= 0x202E:
		return "a bidi embedding or override"
	case r >= 0x2066 && r <= 0x2069:
		return "a bidi isolate"
	case isMark(r):
		return "a direction mark or joiner beside a digit"
	}
	return "a character that is not displayed"
}
