package data

import (
	"bytes"
	"fmt"
	"io"

	"atlas/generator/content"
	"atlas/generator/parallel"
)

// kept is what a set made with Options.Keep holds for the next build of a
// session: agreements.json as the encoding of each agreement and
// milestone, so that the next build encodes only the files that changed,
// and the tables of agreements and parties.
type kept struct {
	agreements []*content.Agreement
	milestones []*content.Milestone
	elems      map[any][]byte // by *content.Agreement or *content.Milestone
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
	emit := func(w func([]byte)) {
		for i := range as {
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
	f.Size = int64(len(head))
	emit(func(b []byte) { f.Size += int64(len(b)) })
	// Hashing 80 MB again after every edit took a third of a rebuild;
	// the encodings tell what changed.
	differs := last == nil || !sameElements(k.agreements, last.agreements, k.elems, last.elems) ||
		!sameElements(k.milestones, last.milestones, k.elems, last.elems)
	f.differs = &differs
	f.write = func(w io.Writer) error {
		_, err := w.Write(head)
		emit(func(b []byte) {
			if err == nil {
				_, err = w.Write(b)
			}
		})
		return err
	}
	s.put(f)
	s.kept = k
	return nil
}

var comma = []byte(",")

// sameElements reports whether two builds' lists of agreements or of
// milestones encode to the same bytes, one by one.
func sameElements[T comparable](now, was []T, nowElems, wasElems map[any][]byte) bool {
	if len(now) != len(was) {
		return false
	}
	for i := range now {
		if now[i] != was[i] && !bytes.Equal(nowElems[now[i]], wasElems[was[i]]) {
			return false
		}
	}
	return true
}
