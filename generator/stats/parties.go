package stats

import (
	"sort"

	"atlas/generator/content"
)

// PartyType is what one type of party committed across all agreements.
type PartyType struct {
	Type       string
	Dirhams    int64 // sum of the amounts that can be known
	Known      int   // party entries whose amount is known
	Parties    int   // party entries of this type that fund (role funder or a share or amount)
	Agreements int   // agreements in which this type takes part
}

func partyTypes(agreements []*content.Agreement) ([]PartyType, error) {
	byType := map[string]*PartyType{}
	for _, a := range agreements {
		if a.Status == "cancelled" {
			continue
		}
		seen := map[string]bool{}
		for _, p := range a.Parties {
			t := byType[p.Type]
			if t == nil {
				t = &PartyType{Type: p.Type}
				byType[p.Type] = t
			}
			if !seen[p.Type] {
				t.Agreements++
				seen[p.Type] = true
			}
			if !funds(p) {
				continue
			}
			t.Parties++
			if v, ok := PartyAmount(a, p); ok {
				sum, fits := addExact(t.Dirhams, v)
				if !fits {
					return nil, &ErrOverflow{What: "dirhams committed by " + p.Type + " parties"}
				}
				t.Dirhams = sum
				t.Known++
			}
		}
	}
	var out []PartyType
	for _, t := range byType {
		out = append(out, *t)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Dirhams != out[j].Dirhams {
			return out[i].Dirhams > out[j].Dirhams
		}
		return out[i].Type < out[j].Type
	})
	return out, nil
}

func funds(p content.Party) bool {
	if p.Share != nil || p.Amount != nil {
		return true
	}
	for _, r := range p.Roles {
		if r == "funder" {
			return true
		}
	}
	return false
}
