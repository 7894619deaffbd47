package generator

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// unicodeRanges reads the unicode-range of every @font-face of a
// stylesheet: the characters the bundled fonts were cut to.
func unicodeRanges(t *testing.T, css string) [][2]rune {
	t.Helper()
	var out [][2]rune
	for _, decl := range regexp.MustCompile(`unicode-range:\s*([^;]+);`).FindAllStringSubmatch(css, -1) {
		for _, r := range strings.Split(decl[1], ",") {
			lo, hi, found := strings.Cut(strings.TrimPrefix(strings.TrimSpace(r), "U+"), "-")
			if !found {
				hi = lo
			}
			a, err1 := strconv.ParseUint(lo, 16, 32)
			b, err2 := strconv.ParseUint(hi, 16, 32)
			if err1 != nil || err2 != nil {
				t.Fatalf("unicode-range %q", r)
			}
			out = append(out, [2]rune{rune(a), rune(b)})
		}
	}
	return out
}

// TestFontsCoverInterface checks that the bundled fonts hold every
// character of the Arabic and French interface text: a character they
// lack would come from another typeface, in the middle of a word.
func TestFontsCoverInterface(t *testing.T) {
	css, err := os.ReadFile("../assets/atlas.css")
	if err != nil {
		t.Fatal(err)
	}
	ranges := unicodeRanges(t, string(css))
	if len(ranges) == 0 {
		t.Fatal("atlas.css declares no unicode-range")
	}
	covered := func(r rune) bool {
		for _, rg := range ranges {
			if rg[0] <= r && r <= rg[1] {
				return true
			}
		}
		return r == '\n' || r == '\t'
	}
	for _, lang := range []string{"ar", "fr"} {
		data, err := os.ReadFile(filepath.Join("../layouts/i18n", lang+".toml"))
		if err != nil {
			t.Fatal(err)
		}
		missing := map[rune]bool{}
		for i, line := range strings.Split(string(data), "\n") {
			if strings.HasPrefix(strings.TrimSpace(line), "#") {
				continue
			}
			for _, r := range line {
				if !covered(r) && !missing[r] {
					missing[r] = true
					t.Errorf("layouts/i18n/%s.toml:%d: %q (U+%04X) is in no font's unicode-range", lang, i+1, r, r)
				}
			}
		}
	}
}
