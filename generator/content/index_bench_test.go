package content

import (
	"fmt"
	"strings"
	"testing"
)

// largeFronts are front matters of 1 MiB, the largest file the atlas
// reads, in the shapes that cost the index most: many lines, one long
// line, and deep nesting.
func largeFronts() map[string]string {
	fill := func(prefix, item, suffix string) string {
		var b strings.Builder
		b.WriteString(prefix)
		for i := 0; b.Len() < 1<<20; i++ {
			fmt.Fprintf(&b, item, i)
		}
		b.WriteString(suffix)
		return b.String()
	}
	return map[string]string{
		"keys on lines":        fill("", "k%d = 1\n", ""),
		"one inline table":     fill("a = {", "k%d = 1, ", "z = 1}\n"),
		"one array":            fill("a = [", "%d, ", "1]\n"),
		"arrays of tables":     fill("", "[[parties]]\nkey = \"p%d\"\nname = { ar = \"ع\", fr = \"f\" }\n", ""),
		"nested arrays":        "a = " + strings.Repeat("[", 5000) + strings.Repeat("]", 5000) + "\n",
		"nested inline tables": "a = " + strings.Repeat("{b = ", 5000) + "1" + strings.Repeat("}", 5000) + "\n",
		"dotted key":           strings.Repeat("a.", 100_000) + "b = 1\n",
	}
}

// BenchmarkIndex indexes each large front matter; each must take a
// fraction of a second, as decoding it does.
func BenchmarkIndex(b *testing.B) {
	for name, src := range largeFronts() {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				newPositions("f.toml", []byte(src), 1).index()
			}
		})
	}
}
