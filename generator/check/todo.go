package check

import (
	"strings"

	"atlas/generator/content"
)

// Marker is what "atlas new" writes where a fact is still to be filled in.
// A file is not ready while one remains.
const Marker = "TODO"

const todoHint = "replace it with the fact from the source, or delete the line when the source does not give it"

// isTODO reports whether a value still holds the marker.
func isTODO(s string) bool { return strings.Contains(s, Marker) }

// todo reports the marker in a quoted front-matter string at pos.
func (ck *checker) todo(pos at, s string, hint string) bool {
	if !strings.Contains(s, Marker) {
		return false
	}
	found := ck.find(pos(), Marker) // not the index in s: escapes and line breaks move it
	if hint == "" {
		hint = todoHint
	}
	ck.diags.Errorf(found, "%s left to fill in", Marker).Hint = hint
	return true
}

// todoBody reports the marker in a summary block.
func (ck *checker) todoBody(d content.Doc, lang, src string) {
	if i := strings.Index(src, Marker); i >= 0 {
		ck.diags.Errorf(blockPos(d, lang, src, i), "%s left to fill in", Marker).Hint = "write the summary in your own words, from the source"
	}
}
