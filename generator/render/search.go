package render

import (
	"bytes"
	"fmt"
	"strings"

	"atlas/generator/plan"
	"atlas/generator/search"
)

// SearchIndexes encode the files of the search index, one index per
// language, found by the first folder of a file's path.
type SearchIndexes map[string]*search.Index

// Encode writes one file of the index of the output's language.
func (s SearchIndexes) Encode(buf *bytes.Buffer, o plan.Output) error {
	lang, _, _ := strings.Cut(o.Path, "/")
	ix, ok := s[lang]
	if !ok {
		return fmt.Errorf("%s: no search index for %q", o.Path, lang)
	}
	return ix.Encode(buf, o.Path)
}
