package data

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"testing"

	"atlas/generator/content"
)

// agreements.json is encoded a lot at a time; its bytes must be the ones
// encoding/json gives the whole struct, whatever the count, and its size
// and hash the ones of those bytes.
func TestAgreementsJSONIsEncodingJSON(t *testing.T) {
	for _, n := range []int{0, 1, lot - 1, lot, lot + 1, 2*lot + 3} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			var a Agreements
			if n > 0 {
				a.Agreements = make([]Agreement, n)
			}
			for i := range a.Agreements {
				a.Agreements[i] = Agreement{ID: fmt.Sprintf("a-%d", i), Title: content.Text{"fr": "<b> & « é »"}}
			}
			if n%2 == 1 {
				a.Milestones = []Milestone{{ID: "m"}}
			}
			type plain Agreements // without MarshalJSON
			var want bytes.Buffer
			enc := json.NewEncoder(&want)
			enc.SetEscapeHTML(false)
			if err := enc.Encode(plain(a)); err != nil {
				t.Fatal(err)
			}
			wantBytes := bytes.TrimSuffix(want.Bytes(), []byte("\n"))

			got, err := a.MarshalJSON()
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, wantBytes) {
				t.Fatalf("MarshalJSON:\n got %.200s\nwant %.200s", got, wantBytes)
			}
			s := &Set{byPath: map[string]int{}}
			if err := s.addAgreements(File{Path: AgreementsJSON}, a); err != nil {
				t.Fatal(err)
			}
			f, _ := s.File(AgreementsJSON)
			data, err := f.Bytes()
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(data, wantBytes) || f.Size != int64(len(wantBytes)) || f.Sum != sha256.Sum256(wantBytes) {
				t.Errorf("file: %d bytes (size %d), hash match %v; want %d bytes", len(data), f.Size, f.Sum == sha256.Sum256(wantBytes), len(wantBytes))
			}
		})
	}
}
