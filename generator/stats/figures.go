package stats

import (
	"math"
	"math/big"

	"atlas/generator/content"
)

// Known is a figure that may be unknown.
type Known struct {
	v        int64
	ok       bool
	overflow bool // the figure is a sum too large for int64; never shown
}

// Get returns the figure and whether it is known.
func (k Known) Get() (int64, bool) { return k.v, k.ok }

func (k *Known) add(p *int64) {
	if p == nil {
		return
	}
	k.plus(*p)
}

func (k *Known) plus(v int64) {
	sum, fits := addExact(k.v, v)
	k.v, k.ok, k.overflow = sum, true, k.overflow || !fits
}

// AgreementFigures are one agreement's counts: the agreement's own field
// when given, otherwise the sum of its components that give one.
type AgreementFigures struct {
	GeneralPractitioners, Specialists, Doctors Known
	Nurses, Midwives, Technicians              Known
	Ambulances, MobileUnits                    Known
}

// Figures computes an agreement's counts.
func Figures(a *content.Agreement) AgreementFigures {
	pick := func(top *int64, part func(content.Component) *int64) Known {
		var k Known
		if top != nil {
			k.add(top)
			return k
		}
		for _, c := range a.Components {
			k.add(part(c))
		}
		return k
	}
	f := AgreementFigures{
		GeneralPractitioners: pick(a.Staff.GeneralPractitioners, func(c content.Component) *int64 { return c.Staff.GeneralPractitioners }),
		Specialists:          pick(a.Staff.Specialists, func(c content.Component) *int64 { return c.Staff.Specialists }),
		Nurses:               pick(a.Staff.Nurses, func(c content.Component) *int64 { return c.Staff.Nurses }),
		Midwives:             pick(a.Staff.Midwives, func(c content.Component) *int64 { return c.Staff.Midwives }),
		Technicians:          pick(a.Staff.Technicians, func(c content.Component) *int64 { return c.Staff.Technicians }),
		Ambulances:           pick(a.Equipment.Ambulances, func(c content.Component) *int64 { return c.Equipment.Ambulances }),
		MobileUnits:          pick(a.Equipment.MobileUnits, func(c content.Component) *int64 { return c.Equipment.MobileUnits }),
	}
	f.Doctors = f.GeneralPractitioners
	if f.Specialists.ok {
		f.Doctors.plus(f.Specialists.v)
		f.Doctors.overflow = f.Doctors.overflow || f.Specialists.overflow
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
