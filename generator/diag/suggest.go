package diag

import "strings"

// Closest returns the candidate nearest to word by edit distance, or ""
// when none is close enough to be a likely misspelling: two edits, or
// about one in three letters of a longer word. A candidate must keep at least one
// letter of the word: any two-letter code is two edits from any other,
// and "en" is no misspelling of "ar"; nor is "status" of "date".
func Closest(word string, candidates []string) string {
	n := len([]rune(word))
	best, bestDist := "", min(max(2, (n+2)/3)+1, n)
	for _, c := range candidates {
		if d := distance(word, c); d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

// distance is the Levenshtein distance between a and b, in runes.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// Only is the one candidate left, when there is exactly one and it shares
// a letter with word: what a word too short to be close to anything ("r",
// "f") most likely stands for. Else "".
func Only(word string, candidates []string) string {
	if len(candidates) == 1 && word != "" && strings.ContainsAny(word, candidates[0]) {
		return candidates[0]
	}
	return ""
}
