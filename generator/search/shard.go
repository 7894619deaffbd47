package search

import "unicode/utf8"

// Tokens are sharded by their first letters, so that a query loads only
// the shards of its words. A shard starts as the tokens of two first
// letters; one larger than MaxShard bytes is split by the third letter,
// and so on up to MaxKeyLen letters, its tokens no longer than its key
// staying in it. A shard then holds a token's postings at most, however
// large the atlas: "province" alone, in most French agreements, weighs
// about a byte per agreement.
const (
	MinKeyLen = MinToken
	MaxKeyLen = 6
	MaxShard  = 12_000
)

// shard is the tokens of one shard file, all starting with its key.
type shard struct {
	key    string
	tokens []string
}

// split shards the tokens of an index, by file name.
func split(terms map[string][]uint32) map[string]shard {
	ix := &Index{terms: terms}
	out := map[string]shard{}
	all := make([]string, 0, len(terms))
	for t := range terms {
		all = append(all, t)
	}
	for k, ts := range byPrefix(all, MinKeyLen) {
		ix.place(out, k, ts)
	}
	return out
}

// place shards the tokens starting with key into out: in one shard if
// they fit, else by their next letter.
func (ix *Index) place(out map[string]shard, key string, tokens []string) {
	if utf8.RuneCountInString(key) >= MaxKeyLen || ix.size(tokens, key) <= MaxShard {
		out[shardName(key)] = shard{key, tokens}
		return
	}
	for k, ts := range byPrefix(tokens, utf8.RuneCountInString(key)+1) {
		if k == key {
			out[shardName(key)] = shard{key, ts} // tokens no longer than the key
		} else {
			ix.place(out, k, ts)
		}
	}
}

// size is about the bytes of a shard file of tokens: quotes, colon and
// comma included.
func (ix *Index) size(tokens []string, key string) int {
	n := 0
	var buf []byte
	for _, t := range tokens {
		buf = appendPostings(buf[:0], ix.terms[t])
		n += len(t) - len(key) + len(buf) + 6
	}
	return n
}

func shardName(key string) string { return "t-" + FileKey(key) }

// byPrefix groups tokens by their first n letters (all of a shorter one).
func byPrefix(tokens []string, n int) map[string][]string {
	out := map[string][]string{}
	for _, t := range tokens {
		k := prefix(t, n)
		out[k] = append(out[k], t)
	}
	return out
}

func prefix(t string, n int) string {
	i := 0
	for ; n > 0 && i < len(t); n-- {
		_, size := utf8.DecodeRuneInString(t[i:])
		i += size
	}
	return t[:i]
}
