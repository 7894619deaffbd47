package main

import "atlas/bench/synth"

// hugoAgreement is an agreement's front matter for Hugo. Keys avoid the
// names Hugo reserves (type, kind, summary); zero means unknown and is
// omitted, as in the atlas content.
type hugoAgreement struct {
	Title      string           `toml:"title"`
	Kind       string           `toml:"agreement_kind"`
	Status     string           `toml:"status"`
	Signed     string           `toml:"signed,omitempty"`
	Year       int              `toml:"year,omitempty"` // for the table by year
	Order      int              `toml:"order"`          // yyyymmdd, for "latest"; 0 when undated
	Period     []int            `toml:"period,omitempty"`
	Region     string           `toml:"region"`
	Province   string           `toml:"province,omitempty"` // the only province named, for province sums
	Provinces  []string         `toml:"provinces,omitempty"`
	Total      int64            `toml:"total,omitempty"`
	Counts     map[string]int64 `toml:"counts,omitempty"` // the figures summed: doctors, nurses …
	Staff      map[string]int64 `toml:"staff,omitempty"`
	Equipment  map[string]int64 `toml:"equipment,omitempty"`
	PartyTypes []string         `toml:"party_types"` // for the table by party type
	Parties    []hugoParty      `toml:"parties"`
	Components []hugoComponent  `toml:"components,omitempty"`
	Events     []hugoEvent      `toml:"events,omitempty"`
	Sources    []hugoSource     `toml:"sources"`
}

type hugoParty struct {
	Name   string   `toml:"name"`
	Type   string   `toml:"party_type"`
	Roles  []string `toml:"roles"`
	Share  float64  `toml:"share,omitempty"`
	Amount int64    `toml:"amount,omitempty"`
}

type hugoComponent struct {
	Title  string `toml:"title"`
	Amount int64  `toml:"amount,omitempty"`
}

type hugoEvent struct {
	Date string `toml:"date"`
	What string `toml:"what"`
}

type hugoSource struct {
	Outlet    string `toml:"outlet"`
	Title     string `toml:"title"`
	URL       string `toml:"url"`
	Published string `toml:"published"`
}

type hugoMilestone struct {
	Title   string       `toml:"title"`
	Date    string       `toml:"when"`
	Region  string       `toml:"region,omitempty"`
	Sources []hugoSource `toml:"sources"`
}

type hugoRegion struct {
	Title      string         `toml:"title"`
	Region     string         `toml:"region"`
	Code       string         `toml:"code"`
	Population int64          `toml:"population"`
	Provinces  []hugoProvince `toml:"provinces"`
}

type hugoProvince struct {
	Slug       string `toml:"slug"`
	Name       string `toml:"name"`
	Population int64  `toml:"population,omitempty"`
}

func agreementFront(lang string, a synth.Agreement) hugoAgreement {
	h := hugoAgreement{
		Title: pick(lang, a.Title), Kind: a.Kind, Status: a.Status, Signed: a.Signed.String(), Year: a.Signed.Year,
		Region: a.Region.Slug, Total: a.Total,
		Staff: counts(a.Staff), Equipment: counts(a.Equipment),
	}
	if a.Period[0] != 0 {
		h.Period = a.Period[:]
	}
	for _, p := range a.Provinces {
		h.Provinces = append(h.Provinces, pick(lang, p.Name))
	}
	if len(a.Provinces) == 1 {
		h.Province = a.Provinces[0].Slug
	}
	h.Order = a.Signed.Year*10000 + a.Signed.Month*100 + a.Signed.Day
	h.Counts = summed(a)
	for _, p := range a.Parties {
		h.Parties = append(h.Parties, hugoParty{pick(lang, p.Name), p.Type, p.Roles, p.Share, p.Amount})
		h.PartyTypes = append(h.PartyTypes, p.Type)
	}
	for _, c := range a.Components {
		h.Components = append(h.Components, hugoComponent{pick(lang, c.Title), c.Amount})
	}
	for _, e := range a.Events {
		h.Events = append(h.Events, hugoEvent{e.Date.String(), pick(lang, e.What)})
	}
	h.Sources = hugoSources(a.Sources)
	return h
}

// summed are the figures atlas totals: doctors are general practitioners
// and specialists together.
func summed(a synth.Agreement) map[string]int64 {
	m := map[string]int64{}
	for _, c := range append(append([]synth.Count(nil), a.Staff...), a.Equipment...) {
		switch c.Field {
		case "general_practitioners", "specialists":
			m["doctors"] += c.N
		default:
			m[c.Field] = c.N
		}
	}
	return m
}

func counts(cs []synth.Count) map[string]int64 {
	if len(cs) == 0 {
		return nil
	}
	m := map[string]int64{}
	for _, c := range cs {
		m[c.Field] = c.N
	}
	return m
}

func hugoSources(ss []synth.Source) []hugoSource {
	var out []hugoSource
	for _, s := range ss {
		out = append(out, hugoSource{s.Outlet, s.Title, s.URL, s.Published.String()})
	}
	return out
}

func milestoneFront(lang string, m synth.Milestone) hugoMilestone {
	h := hugoMilestone{Title: pick(lang, m.Title), Date: m.Date.String(), Sources: hugoSources(m.Sources)}
	if m.Region != nil {
		h.Region = m.Region.Slug
	}
	return h
}

func regionFront(lang string, r synth.Region) hugoRegion {
	h := hugoRegion{Title: pick(lang, r.Name), Region: r.Slug, Code: r.Code, Population: r.Population}
	for _, p := range r.Provinces {
		h.Provinces = append(h.Provinces, hugoProvince{p.Slug, pick(lang, p.Name), p.Population})
	}
	return h
}
