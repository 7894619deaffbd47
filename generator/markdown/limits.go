package markdown

import (
	"bytes"
	"fmt"
)

// MaxSize is the largest summary Check lets goldmark parse. goldmark
// takes about a microsecond for each list item, link bracket or heading,
// so a dense summary of 1 MiB, the largest file, takes most of a second
// even within MaxDepth and MaxMarks; a summary is a few paragraphs, under
// 2 KB each today.
const MaxSize = 64 << 10

// limits finds what goldmark would take too long to parse, with scans
// that each read src once.
func limits(src []byte) []Problem {
	if len(src) > MaxSize {
		// At the line that goes past the limit, where the summary could end.
		at := bytes.LastIndexByte(src[:MaxSize], '\n') + 1
		return []Problem{{at,
			fmt.Sprintf("a summary of %d KiB; summaries are at most %d KiB", (len(src)+1023)>>10, MaxSize>>10),
			"keep to a few paragraphs: the source gives the details"}}
	}
	var out []Problem
	if p, deep := tooDeep(src, MaxDepth); deep {
		out = append(out, p)
	}
	if p, many := tooMarked(src, MaxMarks); many {
		out = append(out, p)
	}
	return out
}
