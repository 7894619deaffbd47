package check

import (
	"slices"
	"strings"
	"unicode/utf8"

	"atlas/generator/content"
	"atlas/generator/diag"
)

// summary checks the ::: blocks: a missing language is a warning (the page
// says so and links to the other), none at all is an error. A language
// that is not required joins the file's other texts that lack it.
func (ck *checker) summary(d content.Doc) {
	var missing []string
	for _, lang := range ck.langs {
		if strings.TrimSpace(d.Summary[lang]) == "" {
			missing = append(missing, lang)
		}
	}
	switch {
	case len(ck.langs) > 0 && len(missing) == len(ck.langs):
		// After the front matter, where the blocks go.
		pos := diag.Pos{File: d.File, Line: 1, Col: 1}
		if d.Keys != nil {
			pos = d.Keys.End()
		}
		ck.diags.Errorf(pos, "no summary").Hint = "after the front matter, write the summary " + blocksHint(ck.neededLangs())
	case len(missing) > 0:
		// At the summary there is, which the missing one would translate.
		pos := diag.Pos{File: d.File, Line: 1, Col: 1}
		for _, lang := range ck.langs {
			if line, ok := d.Blocks[lang]; ok && !slices.Contains(missing, lang) {
				pos.Line = line
				break
			}
		}
		var required []string
		for _, lang := range missing {
			if contains(ck.required, lang) {
				required = append(required, lang)
			} else {
				ck.lack(pos, lang, d.Summary, []any{"summary"})
			}
		}
		if len(required) > 0 {
			list := strings.Join(required, ", ")
			ck.diags.Warnf(pos, "no %s summary: the %s page will link to the other language", list, list).Hint = "add a ::: " + required[0] + " block when you can"
		}
	}
	for lang, src := range d.Summary {
		// The loader parsed the summary and kept what it found.
		for _, p := range d.Problems[lang] {
			ck.diags.Errorf(blockPos(d, lang, src, p.Offset), "%s", p.Message).Hint = p.Hint
		}
		ck.invisibleBody(d, lang, src)
		ck.todoBody(d, lang, src)
	}
}

// blocksHint says where summaries go: between "::: ar" and ":::", and
// between "::: fr" and ":::".
func blocksHint(langs []string) string {
	parts := make([]string, len(langs))
	for i, l := range langs {
		parts[i] = `between "::: ` + l + `" and ":::"`
	}
	return strings.Join(parts, ", and ")
}

// blockPos turns a byte offset inside a summary into a file position.
func blockPos(d content.Doc, lang, src string, offset int) diag.Pos {
	if offset > len(src) {
		offset = len(src)
	}
	before := src[:offset]
	line := d.Blocks[lang] + strings.Count(before, "\n")
	col := utf8.RuneCountInString(before[strings.LastIndexByte(before, '\n')+1:]) + 1
	return diag.Pos{File: d.File, Line: line, Col: col}
}

func (ck *checker) invisibleBody(d content.Doc, lang, src string) {
	if i, r, ok := hidden(src); ok {
		ck.diags.Errorf(blockPos(d, lang, src, i), "invisible character U+%04X (%s) in the summary", r, invisibleName(r)).Hint = "delete it: it can disguise a figure or a name"
	}
}
