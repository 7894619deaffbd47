// Package synth makes synthetic atlas content for benchmarks: agreements
// and milestones in the content format (docs/content-format.md), with
// realistic sizes and facts spread over every region and fifteen years.
//
// Generation is deterministic: agreement i depends only on the seed and i,
// so the same seed and size give the same bytes, and a smaller site is the
// first agreements of a larger one.
package synth

import (
	"fmt"
	"math/rand/v2"
)

// Site is a synthetic content folder's agreements and milestones.
type Site struct {
	Agreements []Agreement
	Milestones []Milestone
}

// Agreement holds the facts of one agreement file. Optional facts are
// zero when the synthetic source does not give them.
type Agreement struct {
	Slug       string
	Kind       string
	Status     string
	Signed     Date
	Period     [2]int // zero when none
	Related    []string
	Title      Text
	Region     *Region
	Provinces  []Province
	Total      int64 // 0 when undisclosed: unknown is not zero
	Parties    []Party
	Staff      []Count
	Equipment  []Count
	Components []Component
	Events     []Event
	Sources    []Source
	Summary    Text // Markdown
}

// Party is one body taking part in an agreement.
type Party struct {
	Key    string
	Type   string
	Name   Text
	Roles  []string
	Share  float64 // percent of the total; 0 when not given
	Amount int64   // dirhams; 0 when not given
}

// Count is a staff or equipment figure, by its field name.
type Count struct {
	Field string
	N     int64
}

// Component is a sub-project with its amount.
type Component struct {
	Title  Text
	Amount int64
}

// Event is a dated step of an agreement.
type Event struct {
	Date Date
	What Text
}

// Source is the article the facts come from.
type Source struct {
	Outlet    string
	Title     string
	URL       string
	Published Date
	Lang      string
}

// Milestone is a dated event that is never summed.
type Milestone struct {
	Slug    string
	Date    Date
	Title   Text
	Region  *Region // nil: national
	Sources []Source
	Summary Text
}

// Milestones is how many milestones every synthetic site has: a handful,
// as on the real atlas, whatever the number of agreements.
const Milestones = 6

// Generate makes n agreements and the milestones over the registry's
// regions, from seed.
func Generate(reg Registry, n int, seed uint64) Site {
	var s Site
	for i := range Milestones {
		s.Milestones = append(s.Milestones, milestone(reg, i, rand.New(rand.NewPCG(seed, ^uint64(i)))))
	}
	for i := range n {
		rng := rand.New(rand.NewPCG(seed, uint64(i)))
		s.Agreements = append(s.Agreements, agreement(reg, s.Milestones, i, rng))
	}
	return s
}

// agreement draws agreement i: where, when and what first, then who pays,
// then the prose that tells it.
func agreement(reg Registry, ms []Milestone, i int, rng *rand.Rand) Agreement {
	r := &reg.Regions[rng.IntN(len(reg.Regions))]
	a := Agreement{Kind: pick(rng, kinds), Status: weighted(rng, statuses), Signed: signed(rng), Region: r}
	a.Slug = fmt.Sprintf("%s-%s-%05d", a.Kind, r.Slug, i)
	a.Provinces = provinces(rng, r)
	// An undated agreement still happens in some year: its period, events
	// and sources agree on it.
	when := a.Signed
	if when.IsZero() {
		when = Date{Year: FirstYear + rng.IntN(Years)}
	}
	a.Period = period(rng, when.Year)
	theme := themeFor(rng, a.Kind)
	a.Title = title(a, theme)
	a.Total = total(rng)
	a.Parties = parties(rng, a)
	a.Staff, a.Equipment = counts(rng, a.Kind)
	a.Components = components(rng, a.Total)
	a.Events = events(rng, a.Signed.IsZero(), when)
	a.Sources = sources(rng, a.Slug, a.Title, when)
	if rng.IntN(10) == 0 {
		a.Related = []string{ms[rng.IntN(len(ms))].Slug}
	}
	a.Summary = summary(rng, a, theme)
	return a
}

func pick[T any](rng *rand.Rand, from []T) T { return from[rng.IntN(len(from))] }

// choice is a value with its weight among others.
type choice struct {
	v string
	w int
}

func weighted(rng *rand.Rand, from []choice) string {
	sum := 0
	for _, c := range from {
		sum += c.w
	}
	n := rng.IntN(sum)
	for _, c := range from {
		if n < c.w {
			return c.v
		}
		n -= c.w
	}
	return from[len(from)-1].v
}

var (
	kinds    = []string{"convention", "convention", "convention", "charter", "program", "equipment", "equipment", "amendment"}
	statuses = []choice{{"signed", 50}, {"in-progress", 20}, {"completed", 12}, {"announced", 15}, {"cancelled", 3}}
)
