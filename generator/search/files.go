package search

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path"
	"slices"
	"strconv"
	"strings"
)

// Paths of the index files: one folder per language.

// IndexPath is the file the search box loads first: the list of shards,
// of places and kinds, and how to link to an agreement.
func IndexPath(lang string) string { return lang + "/search/index.js" }

func (ix *Index) shardPath(name string) string { return ix.lang + "/search/" + name + ".js" }

func docsPath(lang string, n int) string { return lang + "/search/d-" + strconv.Itoa(n) + ".js" }

// DocsPerFile is how many agreements' display fields one file holds: a
// query loads the files of the results it shows, ten at a time.
const DocsPerFile = 16

// Register is the function of assets/search.js every index file calls,
// with its name and its data: a script, unlike a fetch, loads from
// file:// too.
const Register = "atlasSearch"

// Paths lists every file of the index: the index file, the shards, the
// display files.
func (ix *Index) Paths() []string {
	out := []string{IndexPath(ix.lang)}
	for _, k := range ix.keys {
		out = append(out, ix.shardPath(shardName(k)))
	}
	for n := 0; n*DocsPerFile < len(ix.docs); n++ {
		out = append(out, docsPath(ix.lang, n))
	}
	return out
}

// Encode writes the index file at path p into buf.
func (ix *Index) Encode(buf *bytes.Buffer, p string) error {
	name := strings.TrimSuffix(path.Base(p), ".js")
	var data any
	switch {
	case p == IndexPath(ix.lang):
		data = ix.meta()
	case strings.HasPrefix(name, "t-"):
		d, ok := ix.shard(name)
		if !ok {
			return fmt.Errorf("%s: no such shard", p)
		}
		data = d
	case strings.HasPrefix(name, "d-"):
		n, err := strconv.Atoi(name[2:])
		if err != nil || n < 0 || n*DocsPerFile >= len(ix.docs) {
			return fmt.Errorf("%s: no such file of agreements", p)
		}
		data = ix.display(n)
	default:
		return fmt.Errorf("%s: not a file of the search index", p)
	}
	fmt.Fprintf(buf, "%s(%q,", Register, ix.lang+"/"+name)
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(data); err != nil {
		return fmt.Errorf("%s: %w", p, err)
	}
	buf.Truncate(buf.Len() - 1) // the newline Encode ends with
	buf.WriteString(");\n")
	return nil
}

// meta is the index file's data.
type meta struct {
	Docs    int      `json:"docs"`
	PerFile int      `json:"perFile"`
	Keys    string   `json:"keys"` // shard keys, separated by spaces
	Names   []string `json:"names"`
	Places  [][]int  `json:"places"` // lists of names
	Sep     string   `json:"sep"`
	Kinds   []string `json:"kinds"`
	Link    string   `json:"link"`
}

func (ix *Index) meta() meta {
	return meta{len(ix.docs), DocsPerFile, strings.Join(ix.keys, " "), ix.names, ix.places, ix.sep, ix.kinds, ix.link}
}

// shard is the data of a shard file: each token, without the shard's key,
// and its postings, encoded by appendPostings.
func (ix *Index) shard(name string) (map[string]string, bool) {
	sh, ok := ix.shards[name]
	out := map[string]string{}
	for _, t := range sh.tokens {
		out[t[len(sh.key):]] = string(appendPostings(nil, ix.terms[t]))
	}
	return out, ok
}

// display is the data of the n-th display file: one array per agreement,
// [slug, title, place, kind, year, amount], place and kind numbered in
// the index file's lists.
func (ix *Index) display(n int) [][]any {
	var out [][]any
	for _, d := range ix.docs[n*DocsPerFile : min((n+1)*DocsPerFile, len(ix.docs))] {
		out = append(out, []any{d.slug, d.title, d.place, d.kind, d.year, d.amount})
	}
	return out
}

// Postings are written as the differences between successive numbers,
// each in base 32 with one character per five bits, most significant
// first: the last character of a number from finalDigits, the others
// from moreDigits. Common tokens cost a character per agreement.
const (
	finalDigits = "0123456789ABCDEFGHIJKLMNOPQRSTUV"
	moreDigits  = "WXYZabcdefghijklmnopqrstuvwxyz-_"
)

func appendPostings(dst []byte, postings []uint32) []byte {
	postings = slices.Clone(postings)
	slices.Sort(postings)
	prev := uint32(0)
	for _, p := range postings {
		dst = appendNumber(dst, p-prev)
		prev = p
	}
	return dst
}

func appendNumber(dst []byte, v uint32) []byte {
	var digits [7]byte
	i := len(digits) - 1
	digits[i] = finalDigits[v&31]
	for v >>= 5; v > 0; v >>= 5 {
		i--
		digits[i] = moreDigits[v&31]
	}
	return append(dst, digits[i:]...)
}
