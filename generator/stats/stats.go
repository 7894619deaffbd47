// Package stats computes the atlas's totals once, in exact integers, each
// with the number of agreements it covers: unknown is never summed as zero.
package stats

import (
	"math/big"
	"sort"

	"atlas/generator/content"
)

// Sum is a total over the agreements that disclose a figure.
type Sum struct {
	Value int64 `json:"value"` // the sum over the Known agreements
	Known int   `json:"known"` // agreements that give the figure
	Of    int   `json:"of"`    // agreements in scope
}

// add counts one agreement in scope and adds its figure when known; it
// reports false, leaving the sum as it was, when the sum would overflow.
func (s *Sum) add(v int64, ok bool) bool {
	s.Of++
	if !ok {
		return true
	}
	sum, fits := addExact(s.Value, v)
	if !fits {
		return false
	}
	s.Value = sum
	s.Known++
	return true
}

// Totals are the headline figures of a set of agreements.
type Totals struct {
	Agreements int            `json:"agreements"` // agreements in scope (cancelled ones are not)
	Cancelled  int            `json:"cancelled"`  // left out of every sum
	Dirhams    Sum            `json:"dirhams"`
	Doctors    Sum            `json:"doctors"` // the counts of doctors added up
	Counts     map[string]Sum `json:"counts"`  // by the key of their content.CountSpec
}

// Count returns the total of the count named key.
func (t *Totals) Count(key string) Sum { return t.Counts[key] }

// add counts an agreement, whose figures are f, in the totals. It returns
// the name of the first figure whose sum would overflow, or "".
func (t *Totals) add(a *content.Agreement, f AgreementFigures) string {
	if a.Status == "cancelled" {
		t.Cancelled++
		return ""
	}
	t.Agreements++
	if t.Counts == nil {
		t.Counts = map[string]Sum{}
	}
	dirhams, known := deref(a.Budget.Total)
	if !t.Dirhams.add(dirhams, known) {
		return "dirhams"
	}
	if f.Doctors.overflow || !t.Doctors.add(f.Doctors.Value, f.Doctors.OK) {
		return "doctors"
	}
	for _, spec := range content.Counts {
		k, sum := f.Counts[spec.Key], t.Counts[spec.Key]
		if k.overflow || !sum.add(k.Value, k.OK) {
			return spec.Key
		}
		t.Counts[spec.Key] = sum
	}
	return ""
}

func deref(p *int64) (int64, bool) {
	if p == nil {
		return 0, false
	}
	return *p, true
}

// Stats holds every aggregate the pages show.
type Stats struct {
	National   Totals
	Regions    map[string]*Region   // by region slug, every region of the registry
	Provinces  map[string]*Province // by province slug, provinces named by agreements
	Years      []Year               // by year of signature, oldest first; year 0 = unknown
	PartyTypes []PartyType          // by amount committed, largest first
}

// Region is a region's totals and its figures per inhabitant.
type Region struct {
	Totals
	Population int64
}

// Province is what the agreements say of one prefecture or province. Its
// Totals cover only the agreements that name it alone: the figures of an
// agreement naming several provinces belong to them together, and are
// never split or counted once per province.
type Province struct {
	Totals
	Named      int   // agreements in scope that name it, alone or with others
	Population int64 // 0 when unknown
}

// Year is the totals of the agreements signed in one year.
type Year struct {
	Year int
	Totals
}

// Compute aggregates the content. It is a pure function of its input. It
// fails only when a total would overflow: a wrong total is never returned.
func Compute(c *content.Content) (*Stats, error) {
	s := &Stats{Regions: map[string]*Region{}, Provinces: map[string]*Province{}}
	for _, r := range c.Registry.Regions {
		s.Regions[r.Slug] = &Region{Population: r.Population}
	}
	population := map[string]int64{}
	for _, p := range c.Registry.Provinces {
		population[p.Slug] = p.Population
	}
	years := map[int]*Totals{}
	for _, a := range c.Agreements {
		f := Figures(a) // once: each agreement counts in four totals
		if what := s.National.add(a, f); what != "" {
			return nil, &ErrOverflow{What: what + ", national"}
		}
		if r, ok := s.Regions[a.Place.Region]; ok {
			r.add(a, f) // never more than the national total
		}
		for _, p := range a.Place.Provinces {
			if s.Provinces[p] == nil {
				s.Provinces[p] = &Province{Population: population[p]}
			}
			if a.Status != "cancelled" {
				s.Provinces[p].Named++
			}
			if len(a.Place.Provinces) == 1 {
				s.Provinces[p].add(a, f)
			}
		}
		d, _ := a.Dated()
		y := d.Year
		if years[y] == nil {
			years[y] = &Totals{}
		}
		years[y].add(a, f)
	}
	for y, t := range years {
		s.Years = append(s.Years, Year{y, *t})
	}
	sort.Slice(s.Years, func(i, j int) bool { return s.Years[i].Year < s.Years[j].Year })
	var err error
	s.PartyTypes, err = partyTypes(c.Agreements)
	return s, err
}

// PerInhabitant returns a region's dirhams per inhabitant in hundredths.
func (r *Region) PerInhabitant() (hundredths int64, ok bool) {
	return PerInhabitant(r.Totals, r.Population)
}

// DoctorsPer100k returns a region's doctors per 100,000 inhabitants in hundredths.
func (r *Region) DoctorsPer100k() (hundredths int64, ok bool) {
	return DoctorsPer100k(r.Totals, r.Population)
}

// PerInhabitant returns dirhams per inhabitant of population in hundredths
// (centimes), rounded to nearest; ok is false when the population or the
// amount is unknown.
func PerInhabitant(t Totals, population int64) (hundredths int64, ok bool) {
	if population <= 0 || t.Dirhams.Known == 0 {
		return 0, false
	}
	return ratio(t.Dirhams.Value, 100, population), true
}

// DoctorsPer100k returns doctors per 100,000 inhabitants in hundredths.
func DoctorsPer100k(t Totals, population int64) (hundredths int64, ok bool) {
	if population <= 0 || t.Doctors.Known == 0 {
		return 0, false
	}
	return ratio(t.Doctors.Value, 100_000*100, population), true
}

// ratio computes v*scale/d without overflow, rounded to nearest.
func ratio(v, scale, d int64) int64 {
	n := new(big.Int).Mul(big.NewInt(v), big.NewInt(scale))
	n.Add(n, big.NewInt(d/2))
	return n.Quo(n, big.NewInt(d)).Int64()
}
