package search

import (
	"bytes"
	"fmt"
	"iter"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// files encodes every file of an index, by path.
func files(t *testing.T, ix *Index) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, p := range ix.Paths() {
		var buf bytes.Buffer
		if err := ix.Encode(&buf, p); err != nil {
			t.Fatal(err)
		}
		out[p] = buf.String()
	}
	return out
}

// updateEntries makes entries whose words share first letters, so that
// their shards are split by more letters and an edit can split or merge
// them again.
func updateEntries(r *rand.Rand, n int) []Entry {
	words := []string{"province", "provincial", "programme", "projet", "prevoit", "pret", "santé", "sanitaire", "médecins", "médical", "infirmiers", "tinghir", "igherm", "ambulance", "ambulances", "équipement", "équipe", "renfort"}
	text := func(k int) string {
		var b []string
		for range k {
			w := words[r.IntN(len(words))]
			if r.IntN(4) == 0 {
				w += fmt.Sprint(r.IntN(300)) // rare tokens, which appear and go
			}
			b = append(b, w)
		}
		return strings.Join(b, " ")
	}
	var out []Entry
	for i := range n {
		out = append(out, Entry{
			Slug: fmt.Sprintf("a%04d", i), Title: "Convention " + text(2), Place: []string{"Tinghir", "Drâa-Tafilalet"}, Kind: "Convention",
			Year: 2000 + i%20, Amount: fmt.Sprint(i), Strong: []string{text(3)}, Weak: []string{text(40)},
		})
	}
	return out
}

// TestUpdateIsBuild edits entries of an index one at a time: after each
// Update the index's files are those Build makes of the edited entries,
// and every file Update does not name is as it was.
func TestUpdateIsBuild(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	entries := updateEntries(r, 2000)
	ix := Build("fr", "{slug}", ", ", slices.Values(entries))
	before := files(t, ix)
	if len(before) < 100 {
		t.Fatalf("only %d files: the test would not split shards", len(before))
	}
	edits := []func(e *Entry){
		func(e *Entry) { e.Weak = []string{updateEntries(r, 1)[0].Weak[0]} },                 // new prose
		func(e *Entry) { e.Weak = nil },                                                      // prose gone
		func(e *Entry) { e.Strong, e.Weak = e.Weak, e.Strong },                               // strong turned weak
		func(e *Entry) { e.Title, e.Amount = "Titre repris", "12 millions" },                 // display fields
		func(e *Entry) { e.Weak = append(e.Weak, strings.Repeat("provinces ", 50)+"zzyzx") }, // a token new to the index
		func(e *Entry) {}, // nothing
	}
	resharded := 0
	for i := range 60 {
		n := r.IntN(len(entries))
		old := entries[n]
		edits[i%len(edits)](&entries[n])
		changed, ok := ix.Update(n, old, entries[n])
		if !ok {
			t.Fatalf("edit %d of entry %d refused", i, n)
		}
		after := files(t, ix)
		fresh := files(t, Build("fr", "{slug}", ", ", slices.Values(entries)))
		if !slices.Equal(slices.Sorted(mapKeys(after)), slices.Sorted(mapKeys(fresh))) {
			t.Fatalf("edit %d: paths differ from a fresh build", i)
		}
		for p, data := range fresh {
			if after[p] != data {
				t.Fatalf("edit %d: %s differs from a fresh build", i, p)
			}
			if !slices.Contains(changed, p) && before[p] != data {
				t.Fatalf("edit %d: %s changed, and Update does not say so", i, p)
			}
		}
		for p := range before {
			if _, ok := fresh[p]; !ok && !slices.Contains(changed, p) {
				t.Fatalf("edit %d: %s went, and Update does not say so", i, p)
			}
		}
		if len(changed) > len(after)/4 {
			t.Errorf("edit %d: %d files of %d said to change", i, len(changed), len(after))
		}
		if slices.Contains(changed, IndexPath("fr")) {
			resharded++
		}
		before = after
	}
	if resharded == 0 {
		t.Error("no edit split or merged a shard: the test misses that case")
	}
}

func TestUpdateRefuses(t *testing.T) {
	entries := updateEntries(rand.New(rand.NewPCG(3, 4)), 20)
	ix := Build("fr", "{slug}", ", ", slices.Values(entries))
	for name, edit := range map[string]func(e *Entry){
		"slug":  func(e *Entry) { e.Slug = "other" },
		"place": func(e *Entry) { e.Place = []string{"Ouarzazate", "Drâa-Tafilalet"} },
		"kind":  func(e *Entry) { e.Kind = "Charte" },
	} {
		e := entries[3]
		edit(&e)
		if _, ok := ix.Update(3, entries[3], e); ok {
			t.Errorf("an edit of the %s updated in place", name)
		}
	}
	if _, ok := ix.Update(4, entries[3], entries[3]); ok {
		t.Errorf("entry 3 taken for entry 4")
	}
}

func mapKeys(m map[string]string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}
