package search

import (
	"fmt"
	"iter"
	"slices"
	"strings"
	"unicode/utf8"
)

// Entry is one agreement as the search box finds and shows it, in one
// language. Its display fields are ready to print; its texts are matched.
type Entry struct {
	Slug   string
	Title  string
	Place  []string // where, ready to show: its provinces, then its region
	Kind   string
	Year   int      // the year it is placed by; 0 when unknown
	Amount string   // ready to show, or the words for an undisclosed amount
	Strong []string // matches here rank first: title, places, parties, kind, years
	Weak   []string // the summary
}

// Index is the search index of one language: the agreements numbered in
// the order given (newest first, which ranks equal matches), each token
// with the numbers of the agreements that hold it, and shards of tokens
// by their first letters.
type Index struct {
	lang   string
	link   string // the address of an agreement from the index, {slug} for its slug
	sep    string // between the names of a place
	docs   []doc
	names  []string // names of provinces and regions
	places [][]int  // distinct places, as lists of names
	kinds  []string
	terms  map[string][]uint32 // token → postings, ascending: number<<1 | strong
	keys   []string            // shard keys, sorted
	shards map[string]shard    // by the name of their file
}

// doc is an entry's display fields, its place and kind as numbers in the
// index's lists.
type doc struct {
	slug, title, amount string
	place, kind, year   int
}

// Build indexes the entries of one language. link is the address of an
// agreement's page seen from the index file, with {slug} for its slug;
// sep goes between the names of a place. The entries are taken one at a
// time: their texts are large, and none is needed once indexed.
func Build(lang, link, sep string, entries iter.Seq[Entry]) *Index {
	ix := &Index{lang: lang, link: link, sep: sep, terms: map[string][]uint32{}}
	names, places, kinds := map[string]int{}, map[string]int{}, map[string]int{}
	i := 0
	for e := range entries {
		d := doc{slug: e.Slug, title: e.Title, amount: e.Amount, year: e.Year}
		var place []int
		for _, n := range e.Place {
			place = append(place, intern(names, &ix.names, n))
		}
		d.place = internPlace(places, &ix.places, place)
		d.kind = intern(kinds, &ix.kinds, e.Kind)
		ix.docs = append(ix.docs, d)
		ix.add(uint32(i), e)
		i++
	}
	ix.shards = split(ix.terms)
	for _, sh := range ix.shards {
		ix.keys = append(ix.keys, sh.key)
	}
	slices.Sort(ix.keys)
	return ix
}

// add records the tokens of one entry: strong if any strong text holds it.
func (ix *Index) add(n uint32, e Entry) {
	seen := map[string]uint32{}
	for strong, texts := range [][]string{e.Weak, e.Strong} {
		for _, s := range texts {
			for _, t := range Tokens(s) {
				for _, v := range variants(t) {
					seen[v] = n<<1 | uint32(strong)
				}
			}
		}
	}
	for t, p := range seen {
		ix.terms[t] = append(ix.terms[t], p)
	}
}

func internPlace(ids map[string]int, list *[][]int, place []int) int {
	k := fmt.Sprint(place)
	if n, ok := ids[k]; ok {
		return n
	}
	ids[k] = len(*list)
	*list = append(*list, place)
	return ids[k]
}

func intern(ids map[string]int, list *[]string, s string) int {
	if n, ok := ids[s]; ok {
		return n
	}
	ids[s] = len(*list)
	*list = append(*list, s)
	return ids[s]
}

// FileKey spells a shard key in a file name: Latin letters and digits as
// they are, any other letter as _ and four or six hexadecimal digits
// ("حس" is "_062d_0633"). assets/search.js spells it the same way.
func FileKey(key string) string {
	var b strings.Builder
	for _, r := range key {
		switch {
		case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
			b.WriteRune(r)
		case r <= 0xffff:
			b.WriteString("_" + hex(uint32(r), 4))
		default:
			b.WriteString("-" + hex(uint32(r), 6))
		}
	}
	return b.String()
}

func hex(v uint32, width int) string {
	const digits = "0123456789abcdef"
	out := make([]byte, width)
	for i := width - 1; i >= 0; i-- {
		out[i] = digits[v&15]
		v >>= 4
	}
	return string(out)
}

// proclitics are the one-letter words Arabic writes joined to the next:
// and, with, for, so, as (و ب ل ف ك).
const proclitics = "وبلفك"

// variants are the forms under which the index files a token: itself
// and, for an Arabic word that may begin with a joined proclitic, the
// word without it, so that اقليم finds باقليم (بإقليم, in the province).
// Queries are not cut: وزاره still finds وزاره, and only the index grows.
func variants(t string) []string {
	r, size := utf8.DecodeRuneInString(t)
	if strings.ContainsRune(proclitics, r) && utf8.RuneCountInString(t) > 3 {
		return []string{t, t[size:]}
	}
	return []string{t}
}
