package search

import (
	"iter"
	"strings"
	"sync"
)

// Words are the tokens of texts made before indexing, by whoever had the
// texts at hand: the loader parses each summary to check it, and gives
// its words here, so that indexing need not parse it again. Each text's
// tokens are kept as numbers in one dictionary: as strings they would
// weigh about as much as the texts. Words is safe for concurrent use.
type Words[K comparable] struct {
	mu    sync.Mutex
	ids   map[string]uint32
	names []string
	of    map[K][]uint32
}

// NewWords returns an empty table of words.
func NewWords[K comparable]() *Words[K] {
	return &Words[K]{ids: map[string]uint32{}, of: map[K][]uint32{}}
}

// tokenizers are reused by Add: a tokenizer's set grows to the size of a
// summary, and growing one for each was most of the work.
var tokenizers = sync.Pool{New: func() any { return new(tokenizer) }}

// Add keeps the tokens of text under k, as an entry's Weak text would
// give them.
func (w *Words[K]) Add(k K, text string) {
	t := tokenizers.Get().(*tokenizer)
	defer tokenizers.Put(t)
	tokens := t.of(Entry{Weak: []string{text}})
	w.mu.Lock()
	defer w.mu.Unlock()
	// In the order of a map: what the numbers stand for is a set.
	ids := make([]uint32, 0, len(tokens))
	for tok := range tokens {
		id, ok := w.ids[tok]
		if !ok {
			id = uint32(len(w.names))
			tok = strings.Clone(tok) // not the normalized text it is cut from
			w.ids[tok] = id
			w.names = append(w.names, tok)
		}
		ids = append(ids, id)
	}
	w.of[k] = ids
}

// Tokens returns the tokens kept under k, and whether any text was. A nil
// table holds none. The tokens are only read: none is made for the call.
func (w *Words[K]) Tokens(k K) (iter.Seq[string], bool) {
	if w == nil {
		return nil, false
	}
	w.mu.Lock()
	ids, ok := w.of[k]
	names := w.names // Add appends to it, and never changes what it holds
	w.mu.Unlock()
	if !ok {
		return nil, false
	}
	return func(yield func(string) bool) {
		for _, id := range ids {
			if !yield(names[id]) {
				return
			}
		}
	}, true
}
