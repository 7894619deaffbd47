package diff

import (
	"atlas/generator/content"
	"atlas/generator/stats"
)

// Total is a published total whose value or coverage moves.
type Total struct {
	Scope  string // "national", "region <slug>" or "party type <type>"
	Figure string // "dirhams", "doctors", a count's key, "agreements" or "cancelled"
	Before Amount
	After  Amount
}

// Amount is a total with its coverage: Known of Of give the figure. A
// count of agreements has no coverage (Of is 0).
type Amount struct {
	Value int64
	Known int
	Of    int
	What  string // what Of counts: "agreement" or "funding party"
}

func totals(before, after Side) []Total {
	var out []Total
	out = append(out, compareTotals("national", &before.Stats.National, &after.Stats.National)...)
	for _, slug := range regionSlugs(before.Content, after.Content) {
		out = append(out, compareTotals("region "+slug, regionTotals(before.Stats, slug), regionTotals(after.Stats, slug))...)
	}
	b, a := partyTypes(before.Stats), partyTypes(after.Stats)
	none := Amount{What: fundingParties}
	types := map[string]bool{}
	for t := range b {
		types[t] = true
	}
	for t := range a {
		types[t] = true
	}
	for _, t := range sortedKeys(types) {
		x, ok := b[t]
		if !ok {
			x = none
		}
		y, ok := a[t]
		if !ok {
			y = none
		}
		if x != y && !(x.unknown() && y.unknown()) {
			out = append(out, Total{"party type " + t, "dirhams", x, y})
		}
	}
	return out
}

// compareTotals lists the figures of one scope that move, in the order
// pages show them.
func compareTotals(scope string, before, after *stats.Totals) []Total {
	var out []Total
	add := func(figure string, x, y Amount) {
		if x != y && !(x.unknown() && y.unknown()) {
			out = append(out, Total{scope, figure, x, y})
		}
	}
	add("agreements", Amount{Value: int64(before.Agreements)}, Amount{Value: int64(after.Agreements)})
	add("cancelled", Amount{Value: int64(before.Cancelled)}, Amount{Value: int64(after.Cancelled)})
	add("dirhams", sum(before.Dirhams), sum(after.Dirhams))
	add("doctors", sum(before.Doctors), sum(after.Doctors))
	for _, c := range content.Counts {
		add(c.Key, sum(before.Count(c.Key)), sum(after.Count(c.Key)))
	}
	return out
}

func sum(s stats.Sum) Amount { return Amount{s.Value, s.Known, s.Of, "agreement"} }

// unknown reports whether no agreement gives the figure: the pages say so
// whatever the number of agreements, which its own line shows moving.
func (a Amount) unknown() bool { return a.What != "" && a.Known == 0 }

// regionSlugs lists the regions of both registries: those of the new
// one in its order, then any it no longer has.
func regionSlugs(before, after *content.Content) []string {
	var out []string
	seen := map[string]bool{}
	for _, c := range []*content.Content{after, before} {
		for _, r := range c.Registry.Regions {
			if !seen[r.Slug] {
				seen[r.Slug] = true
				out = append(out, r.Slug)
			}
		}
	}
	return out
}

func regionTotals(s *stats.Stats, slug string) *stats.Totals {
	if r := s.Regions[slug]; r != nil {
		return &r.Totals
	}
	return &stats.Totals{}
}

// partyTypes are the amounts of the types of party that fund; a type
// that funds nowhere has none: its amount is a sum of nothing.
func partyTypes(s *stats.Stats) map[string]Amount {
	out := map[string]Amount{}
	for _, t := range s.PartyTypes {
		if t.Parties > 0 {
			out[t.Type] = Amount{t.Dirhams, t.Known, t.Parties, fundingParties}
		}
	}
	return out
}

const fundingParties = "funding party"
