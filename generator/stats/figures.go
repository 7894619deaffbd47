package stats

import (
	"math"
	"math/big"

	"atlas/generator/content"
)

// Known is a figure that may be unknown.
type Known struct {
	Value    int64 `json:"value"`
	OK       bool  `json:"known"`
	overflow bool  // the figure is a sum too large for int64; never shown
}

// Get returns the figure and whether it is known.
func (k Known) Get() (int64, bool) { return k.Value, k.OK }

func (k *Known) plus(v int64) {
	sum, fits := addExact(k.Value, v)
	k.Value, k.OK, k.overflow = sum, true, k.overflow || !fits
}

// AgreementFigures are one agreement's counts, by the key of their
// content.CountSpec, and its doctors: the sum of the counts of doctors.
type AgreementFigures struct {
	Counts  map[string]Known `json:"counts"`
	Doctors Known            `json:"doctors"`
}

// Figures computes an agreement's counts: the agreement's own figure when
// given, otherwise the sum of its components that give one.
func Figures(a *content.Agreement) AgreementFigures {
	return figures(a.Staff, a.Equipment, a.Components)
}

// ComponentFigures computes a component's counts.
func ComponentFigures(c content.Component) AgreementFigures {
	return figures(c.Staff, c.Equipment, nil)
}

func figures(staff, equipment content.Figures, parts []content.Component) AgreementFigures {
	f := AgreementFigures{Counts: map[string]Known{}}
	for _, spec := range content.Counts {
		var k Known
		if v, ok := content.Count(staff, equipment, spec); ok {
			k.plus(v)
		} else {
			for _, c := range parts {
				if v, ok := content.Count(c.Staff, c.Equipment, spec); ok {
					k.plus(v)
				}
			}
		}
		f.Counts[spec.Key] = k
		if spec.Doctors && k.OK {
			f.Doctors.plus(k.Value)
			f.Doctors.overflow = f.Doctors.overflow || k.overflow
		}
	}
	return f
}

// PartyAmount is what one party commits in whole dirhams: its amount, or
// its share of a known total. ok is false when neither can be known.
func PartyAmount(a *content.Agreement, p content.Party) (int64, bool) {
	if p.Amount != nil {
		return *p.Amount, true
	}
	if p.Share == nil || a.Budget.Total == nil {
		return 0, false
	}
	// Shares have at most two decimals: work in basis points, exactly.
	bp := int64(math.Round(*p.Share * 100))
	n := new(big.Int).Mul(big.NewInt(*a.Budget.Total), big.NewInt(bp))
	n.Add(n, big.NewInt(5000))
	return n.Quo(n, big.NewInt(10000)).Int64(), true
}
