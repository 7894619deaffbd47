package data_test

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"testing"

	"atlas/generator/content"
	"atlas/generator/data"
	"atlas/generator/stats"
)

// TestKeptSetsAreFreshSets builds the downloads of a session again and
// again, each build taking over what the last one kept, through edits of
// summaries, of amounts, and an agreement removed: every file is each time
// the one a one-off build makes of the same content, its size and hash
// included (agreements.json has no hash in a session), and it differs
// from the last build's exactly when its bytes do. The content is the
// seed's agreements copied into several lots of agreements.json.
func TestKeptSetsAreFreshSets(t *testing.T) {
	base := seed(t)
	c := *base.c
	c.Agreements = nil
	for i := range 700 {
		a := *base.c.Agreements[i%len(base.c.Agreements)]
		a.Slug = fmt.Sprintf("%s-%03d", a.Slug, i)
		a.Related = nil
		c.Agreements = append(c.Agreements, &a)
	}
	edit := func(i int, change func(a *content.Agreement)) {
		a := *c.Agreements[i]
		change(&a)
		c.Agreements = append([]*content.Agreement(nil), c.Agreements...)
		c.Agreements[i] = &a
	}
	steps := []struct {
		name   string
		change func()
	}{
		{"nothing", func() {}},
		{"nothing again", func() {}},
		{"a summary in the third lot", func() {
			edit(600, func(a *content.Agreement) { a.Summary = content.Text{"fr": "Résumé repris.", "ar": "ملخص"} })
		}},
		{"a summary in the first lot", func() {
			edit(3, func(a *content.Agreement) { a.Summary = content.Text{"fr": "Autre résumé."} })
		}},
		{"an amount", func() {
			edit(300, func(a *content.Agreement) { v := int64(123_456); a.Budget.Total = &v })
		}},
		{"an agreement removed", func() {
			c.Agreements = append(append([]*content.Agreement(nil), c.Agreements[:100]...), c.Agreements[101:]...)
		}},
	}
	var last *data.Set
	for _, step := range steps {
		step.change()
		st, err := stats.Compute(&c)
		if err != nil {
			t.Fatal(err)
		}
		fresh, err := data.Build(&c, st, base.locs, data.Options{})
		if err != nil {
			t.Fatal(err)
		}
		kept, err := data.Build(&c, st, base.locs, data.Options{Keep: true, Last: last})
		if err != nil {
			t.Fatalf("%s: %v", step.name, err)
		}
		if len(kept.Files) != len(fresh.Files) {
			t.Fatalf("%s: %d files, a one-off build makes %d", step.name, len(kept.Files), len(fresh.Files))
		}
		for i, want := range fresh.Files {
			got := kept.Files[i]
			gotData, err := got.Bytes()
			if err != nil {
				t.Fatal(err)
			}
			wantData, _ := want.Bytes()
			hashed := got.Path != data.AgreementsJSON || got.Sum != [sha256.Size]byte{}
			if got.Path != want.Path || !bytes.Equal(gotData, wantData) || hashed && (got.Sum != want.Sum || got.Sum != sha256.Sum256(gotData)) {
				t.Errorf("%s: %s differs from a one-off build's", step.name, want.Path)
			}
			if last == nil {
				continue
			}
			was, _ := last.File(got.Path)
			wasData, _ := was.Bytes()
			if differs := !bytes.Equal(wasData, gotData); got.Differs(was) != differs {
				t.Errorf("%s: %s: Differs = %v, want %v", step.name, got.Path, !differs, differs)
			}
		}
		last = kept
	}
}
