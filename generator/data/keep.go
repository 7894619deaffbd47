package data

import (
	"crypto/sha256"
	"encoding"
	"fmt"
	"hash"
	"io"

	"atlas/generator/content"
	"atlas/generator/parallel"
)

// kept is what a set made with Options.Keep holds for the next build of a
// session: agreements.json as the encoding of each agreement and
// milestone, and the state of its hash before each lot of agreements, so
// that the next build encodes only the files that changed and hashes
// again only from the first lot that holds one; and the tables of
// agreements and parties.
type kept struct {
	agreements []*content.Agreement
	milestones []*content.Milestone
	elems      map[any][]byte // by *content.Agreement or *content.Milestone
	states     [][]byte       // the hash's state before each lot of agreements
	tables     []File         // agreements.csv, parties.csv
}

// sameListed reports whether content has the agreements of the last
// build, in the same order, changed in their summaries at most.
func (k *kept) sameListed(c *content.Content) bool {
	return k != nil && len(k.tables) == 2 && content.SameList(k.agreements, c.Agreements)
}

// keepAgreements adds agreements.json, made of the encodings of last
// where its agreements and milestones are the same files, and keeps what
// the next build takes over. Its bytes are those addAgreements gives.
func (s *Set) keepAgreements(b *builder, last *kept) error {
	k := &kept{agreements: b.c.Agreements, milestones: b.c.Milestones, elems: map[any][]byte{}}
	as := make([][]byte, len(k.agreements))
	ms := make([][]byte, len(k.milestones))
	errs := make([]error, len(as)+len(ms))
	parallel.For(len(as)+len(ms), func(i int) {
		var doc any
		var model func() any
		if i < len(as) {
			a := k.agreements[i]
			doc, model = a, func() any { return b.agreement(a) }
		} else {
			m := k.milestones[i-len(as)]
			doc, model = m, func() any { return b.milestone(m) }
		}
		var data []byte
		if last != nil {
			data = last.elems[doc]
		}
		if data == nil {
			data, errs[i] = encodeElement(model())
		}
		if i < len(as) {
			as[i] = data
		} else {
			ms[i-len(as)] = data
		}
	})
	for i, err := range errs {
		if err != nil {
			return fmt.Errorf("%s: %w", AgreementsJSON, err)
		}
		if i < len(as) {
			k.elems[k.agreements[i]] = as[i]
		} else {
			k.elems[k.milestones[i-len(as)]] = ms[i-len(as)]
		}
	}
	f := File{Path: AgreementsJSON, Type: "application/json", About: "data.agreements.json", Schema: AgreementsSchema}
	emit := func(w func([]byte), from int) {
		for i := from; i < len(as); i++ {
			if i > 0 {
				w(comma)
			}
			w(as[i])
		}
		w([]byte(`],"milestones":[`))
		for i, m := range ms {
			if i > 0 {
				w(comma)
			}
			w(m)
		}
		w([]byte(`]}`))
	}
	head := []byte(`{"agreements":[`)
	size := int64(len(head))
	emit(func(b []byte) { size += int64(len(b)) }, 0)
	h, from, err := resume(last, k.agreements)
	if err != nil {
		return fmt.Errorf("%s: %w", AgreementsJSON, err)
	}
	if from == 0 {
		h.Write(head)
	} else {
		k.states = append(k.states, last.states[:from/lot]...)
	}
	for lot0 := from; lot0 < len(as); lot0 += lot {
		state, err := h.(encoding.BinaryMarshaler).MarshalBinary()
		if err != nil {
			return fmt.Errorf("%s: %w", AgreementsJSON, err)
		}
		k.states = append(k.states, state)
		for i := lot0; i < min(lot0+lot, len(as)); i++ {
			if i > 0 {
				h.Write(comma)
			}
			h.Write(as[i])
		}
	}
	emit(func(b []byte) { h.Write(b) }, len(as))
	f.Size = size
	h.Sum(f.Sum[:0])
	f.write = func(w io.Writer) error {
		_, err := w.Write(head)
		emit(func(b []byte) {
			if err == nil {
				_, err = w.Write(b)
			}
		}, 0)
		return err
	}
	s.put(f)
	s.kept = k
	return nil
}

var comma = []byte(",")

// resume returns the hash of agreements.json as it stood before the first
// lot of agreements that changed since the last build, and where that
// lot starts; with nothing to resume from, a new hash and 0.
func resume(last *kept, agreements []*content.Agreement) (hash.Hash, int, error) {
	h := sha256.New()
	if last == nil {
		return h, 0, nil
	}
	same := 0
	for same < min(len(agreements), len(last.agreements)) && agreements[same] == last.agreements[same] {
		same++
	}
	n := min(same/lot, len(last.states)-1)
	if n <= 0 {
		return h, 0, nil
	}
	if err := h.(encoding.BinaryUnmarshaler).UnmarshalBinary(last.states[n]); err != nil {
		return nil, 0, err
	}
	return h, n * lot, nil
}
