package data

import (
	"encoding/json"
	"strconv"
	"strings"

	"atlas/generator/content"
	"atlas/generator/stats"
)

// Regions is regions.json: the totals of the country, of every region
// and of every prefecture and province, with their populations.
type Regions struct {
	National Area     `json:"national"`
	Regions  []Region `json:"regions"`
}

// Area is the totals of a set of agreements and the population they serve.
type Area struct {
	Population int64 `json:"population"`
	Totals
}

// MoneySum is a total of dirhams over the agreements that disclose one:
// Known of Of agreements give an amount. Amount is null when none does.
type MoneySum struct {
	Amount   *int64 `json:"amount"`
	Currency string `json:"currency"`
	Known    int    `json:"known"`
	Of       int    `json:"of"`
}

// CountSum is a count added up over the agreements that give it. Value is
// null when none does.
type CountSum struct {
	Value *int64 `json:"value"`
	Known int    `json:"known"`
	Of    int    `json:"of"`
}

// Region is one region of the registry, with agreements or without.
type Region struct {
	ID   string       `json:"id"`
	Code string       `json:"code"`
	Name content.Text `json:"name"`
	Area
	Provinces []Province `json:"provinces"`
}

// Province is a prefecture or province. Its totals count only the
// agreements that name it alone; Named counts every agreement in scope
// that names it, alone or with others.
type Province struct {
	ID         string       `json:"id"`
	Code       string       `json:"code"`
	Level      string       `json:"level"`
	Name       content.Text `json:"name"`
	Population *int64       `json:"population,omitempty"`
	Named      int          `json:"named"`
	Totals
}

// Totals are the headline figures of a set of agreements, each with its
// coverage, and the figures per inhabitant when the population is known.
type Totals struct {
	Agreements     int                 `json:"agreements"`
	Cancelled      int                 `json:"cancelled"`
	Value          MoneySum            `json:"value"`
	Doctors        CountSum            `json:"doctors"`
	Counts         map[string]CountSum `json:"counts"`
	PerInhabitant  *json.Number        `json:"perInhabitant"`
	DoctorsPer100k *json.Number        `json:"doctorsPer100k"`
}

func (b *builder) regions() Regions {
	out := Regions{Regions: []Region{}}
	var population int64 // the registry's regions cover the country
	for _, r := range b.c.Registry.Regions {
		population += r.Population
	}
	out.National = area(b.st.National, population)
	for _, r := range b.c.Registry.Regions {
		t := stats.Totals{}
		if s := b.st.Regions[r.Slug]; s != nil {
			t = s.Totals
		}
		reg := Region{ID: r.Slug, Code: r.Code, Name: text(r.Name), Area: area(t, r.Population), Provinces: []Province{}}
		for _, p := range b.c.Registry.Provinces {
			if p.Region == r.Slug {
				reg.Provinces = append(reg.Provinces, b.provinceTotals(p))
			}
		}
		out.Regions = append(out.Regions, reg)
	}
	return out
}

func (b *builder) provinceTotals(p content.Province) Province {
	out := Province{ID: p.Slug, Code: p.Code, Level: p.Level, Name: text(p.Name)}
	if p.Population > 0 {
		out.Population = &p.Population
	}
	var t stats.Totals
	if s := b.st.Provinces[p.Slug]; s != nil {
		t, out.Named = s.Totals, s.Named
	}
	out.Totals = totals(t, p.Population)
	return out
}

func area(t stats.Totals, population int64) Area {
	return Area{population, totals(t, population)}
}

func totals(t stats.Totals, population int64) Totals {
	out := Totals{
		Agreements: t.Agreements, Cancelled: t.Cancelled,
		Value:   MoneySum{known(t.Dirhams), Currency, t.Dirhams.Known, t.Dirhams.Of},
		Doctors: countSum(t.Doctors), Counts: map[string]CountSum{},
	}
	for _, spec := range content.Counts {
		out.Counts[spec.Key] = countSum(t.Count(spec.Key))
	}
	out.PerInhabitant = hundredths(stats.PerInhabitant(t, population))
	out.DoctorsPer100k = hundredths(stats.DoctorsPer100k(t, population))
	return out
}

func countSum(s stats.Sum) CountSum { return CountSum{known(s), s.Known, s.Of} }

// known is a sum's value, or nil when no agreement gives the figure: a
// sum of nothing is unknown, not 0.
func known(s stats.Sum) *int64 {
	if s.Known == 0 {
		return nil
	}
	v := s.Value
	return &v
}

// hundredths writes a ratio kept in hundredths as an exact decimal.
func hundredths(v int64, ok bool) *json.Number {
	if !ok {
		return nil
	}
	n := json.Number(decimal(v))
	return &n
}

// decimal writes hundredths exactly, in the shortest form, as the JSON
// minifier would: 98733 is "987.33", 98730 "987.3" and 98700 "987".
func decimal(v int64) string {
	sign := ""
	if v < 0 {
		sign, v = "-", -v
	}
	frac := strings.TrimRight(strconv.FormatInt(v%100+100, 10)[1:], "0")
	if frac != "" {
		frac = "." + frac
	}
	return sign + strconv.FormatInt(v/100, 10) + frac
}

// number writes a decimal of the downloads, or "" when it is unknown.
func number(n *json.Number) string {
	if n == nil {
		return ""
	}
	return n.String()
}
