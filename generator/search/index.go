package search

import (
	"cmp"
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
	// The tokens of the summary, made already (see Words): in place of
	// Weak, with the same effect.
	WeakTokens iter.Seq[string]
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
	// One set and one list of tokens for every entry: made anew for each,
	// they were the most of what indexing allocates.
	var t tokenizer
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
		ix.add(uint32(i), t.of(e))
		i++
	}
	ix.shards = split(ix.terms)
	for _, sh := range ix.shards {
		ix.keys = append(ix.keys, sh.key)
	}
	slices.Sort(ix.keys)
	return ix
}

// add records the tokens of one entry.
func (ix *Index) add(n uint32, tokens map[string]bool) {
	for t, strong := range tokens {
		ix.terms[t] = append(ix.terms[t], posting(n, strong))
	}
}

// tokensOf lists the tokens an entry is filed under, each strong if any
// strong text holds it.
func tokensOf(e Entry) map[string]bool {
	var t tokenizer
	return t.of(e)
}

// A tokenizer lists the tokens of entries one after the other, reusing
// its memory: what of returns holds until its next call.
type tokenizer struct {
	seen map[string]bool
	list []string
}

func (t *tokenizer) of(e Entry) map[string]bool {
	if t.seen == nil {
		t.seen = map[string]bool{}
	}
	clear(t.seen)
	if e.WeakTokens != nil {
		for w := range e.WeakTokens {
			t.seen[w] = false
		}
	}
	for strong, texts := range [][]string{e.Weak, e.Strong} {
		for _, s := range texts {
			t.list = appendTokens(t.list[:0], s)
			for _, w := range t.list {
				t.seen[w] = strong == 1
				if v, ok := variant(w); ok {
					t.seen[v] = strong == 1
				}
			}
		}
	}
	return t.seen
}

func posting(n uint32, strong bool) uint32 {
	if strong {
		return n<<1 | 1
	}
	return n << 1
}

// Update replaces the n-th entry, old, by e, as "atlas serve" does after
// an edit, and returns the paths of the files that changed. The index is
// then the one Build makes of the entries with e in place of old. ok is
// false, and the index unchanged, when e cannot take old's place without
// renumbering the index file's lists: another slug, place or kind. The
// index must then be built again.
func (ix *Index) Update(n int, old, e Entry) (changed []string, ok bool) {
	if n < 0 || n >= len(ix.docs) || ix.docs[n].slug != old.Slug || e.Slug != old.Slug ||
		e.Kind != old.Kind || !slices.Equal(e.Place, old.Place) {
		return nil, false
	}
	d := &ix.docs[n]
	d.title, d.amount, d.year = e.Title, e.Amount, e.Year
	changed = append(changed, docsPath(ix.lang, n/DocsPerFile))

	before, after := tokensOf(old), tokensOf(e)
	touched := map[string]bool{} // tokens whose postings changed
	for t := range before {
		if _, kept := after[t]; !kept {
			ix.remove(t, uint32(n))
			touched[t] = true
		}
	}
	for t, strong := range after {
		if was, had := before[t]; !had || was != strong {
			ix.set(t, uint32(n), strong)
			touched[t] = true
		}
	}
	if len(touched) == 0 {
		return changed, true
	}
	return append(changed, ix.resplit(touched)...), true
}

// remove takes the n-th entry out of a token's postings.
func (ix *Index) remove(t string, n uint32) {
	ps := ix.terms[t]
	i, found := slices.BinarySearchFunc(ps, n, func(p, n uint32) int { return cmp.Compare(p>>1, n) })
	if !found {
		return
	}
	if ps = slices.Delete(ps, i, i+1); len(ps) == 0 {
		delete(ix.terms, t)
		return
	}
	ix.terms[t] = ps
}

// set files the n-th entry under a token, strong or not.
func (ix *Index) set(t string, n uint32, strong bool) {
	ps := ix.terms[t]
	i, found := slices.BinarySearchFunc(ps, n, func(p, n uint32) int { return cmp.Compare(p>>1, n) })
	if found {
		ps[i] = posting(n, strong)
		return
	}
	ix.terms[t] = slices.Insert(ps, i, posting(n, strong))
}

// resplit shards again the groups of tokens (by their first MinKeyLen
// letters) that hold a touched token, and returns the paths of the shard
// files that changed, appeared or went, and of the index file when its
// list of shards changed.
func (ix *Index) resplit(touched map[string]bool) []string {
	groups := map[string][]string{} // group → its shard files
	for t := range touched {
		groups[prefix(t, MinKeyLen)] = nil
	}
	for name, sh := range ix.shards {
		if g := prefix(sh.key, MinKeyLen); hasKey(groups, g) {
			groups[g] = append(groups[g], name)
		}
	}
	var changed []string
	keysChanged := false
	for g, names := range groups {
		old := map[string]shard{}
		tokens := map[string]bool{}
		for _, name := range names {
			old[name] = ix.shards[name]
			for _, t := range ix.shards[name].tokens {
				tokens[t] = true
			}
			delete(ix.shards, name)
		}
		for t := range touched {
			if prefix(t, MinKeyLen) == g {
				tokens[t] = true
			}
		}
		var list []string
		for t := range tokens {
			if _, ok := ix.terms[t]; ok {
				list = append(list, t)
			}
		}
		placed := map[string]shard{}
		if len(list) > 0 {
			ix.place(placed, g, list)
		}
		for name, sh := range placed {
			ix.shards[name] = sh
			was, existed := old[name]
			if !existed {
				keysChanged = true
			}
			if !existed || !sameShard(was, sh, touched) {
				changed = append(changed, ix.shardPath(name))
			}
		}
		for name := range old {
			if _, ok := placed[name]; !ok {
				keysChanged = true
				changed = append(changed, ix.shardPath(name))
			}
		}
	}
	if keysChanged {
		ix.keys = ix.keys[:0]
		for _, sh := range ix.shards {
			ix.keys = append(ix.keys, sh.key)
		}
		slices.Sort(ix.keys)
		changed = append(changed, IndexPath(ix.lang))
	}
	return changed
}

func hasKey(m map[string][]string, k string) bool {
	_, ok := m[k]
	return ok
}

// sameShard reports whether a shard placed again holds what it held, with
// the same postings: the same tokens, none of them touched.
func sameShard(a, b shard, touched map[string]bool) bool {
	if a.key != b.key || len(a.tokens) != len(b.tokens) {
		return false
	}
	in := map[string]bool{}
	for _, t := range a.tokens {
		in[t] = true
	}
	for _, t := range b.tokens {
		if !in[t] || touched[t] {
			return false
		}
	}
	return true
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

// variant is the other form under which the index files a token, if it
// has one: for an Arabic word that may begin with a joined proclitic, the
// word without it, so that اقليم finds باقليم (بإقليم, in the province).
// Queries are not cut: وزاره still finds وزاره, and only the index grows.
func variant(t string) (string, bool) {
	r, size := utf8.DecodeRuneInString(t)
	if strings.ContainsRune(proclitics, r) && utf8.RuneCountInString(t) > 3 {
		return t[size:], true
	}
	return "", false
}
