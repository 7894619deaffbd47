package stats

import (
	"errors"
	"math"
	"os"
	"testing"

	"atlas/generator/content"
)

// load reads the frozen copy of the five seed files, not the live
// content, which grows: the figures below are those of the articles.
func load(t *testing.T) *content.Content {
	t.Helper()
	c, diags := content.Load(os.DirFS("../testdata/seed"), "content")
	if diags.HasErrors() {
		t.Fatalf("content has errors: %v", diags)
	}
	return c
}

// TestSeedTotals checks the headline figures against a computation by
// hand from the five seed articles:
//
//	Guelmim-Oued Noun 443 000 000 + Al Hoceïma 20 000 000 + INDH vehicles
//	3 700 000 = 466 700 000 dirhams, disclosed by 3 of the 5 agreements
//	(Igherm and Tinghir give no amount); doctors: Tinghir only, 18 + 4 = 22;
//	6 ambulances and 2 mobile units, from the Al Hoceïma handover alone.
func TestSeedTotals(t *testing.T) {
	s, err := Compute(load(t))
	if err != nil {
		t.Fatal(err)
	}
	n := s.National
	checks := []struct {
		name string
		got  Sum
		want Sum
	}{
		{"dirhams", n.Dirhams, Sum{466_700_000, 3, 5}},
		{"doctors", n.Doctors, Sum{22, 1, 5}},
		{"nurses", n.Count("nurses"), Sum{0, 0, 5}},
		{"technicians", n.Count("technicians"), Sum{0, 0, 5}},
		{"ambulances", n.Count("ambulances"), Sum{6, 1, 5}},
		{"mobile units", n.Count("mobile_units"), Sum{2, 1, 5}},
		{"Guelmim-Oued Noun dirhams", s.Regions["guelmim-oued-noun"].Dirhams, Sum{443_000_000, 1, 1}},
		{"Tanger-Tétouan-Al Hoceïma dirhams", s.Regions["tanger-tetouan-al-hoceima"].Dirhams, Sum{23_700_000, 2, 2}},
		{"Drâa-Tafilalet doctors", s.Regions["draa-tafilalet"].Doctors, Sum{22, 1, 1}},
		{"Oriental, no agreement", s.Regions["oriental"].Dirhams, Sum{0, 0, 0}},
		{"Tinghir province doctors", s.Provinces["tinghir"].Doctors, Sum{22, 1, 1}},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %+v, want %+v", c.name, c.got, c.want)
		}
	}
	if n.Agreements != 5 {
		t.Errorf("%d agreements, want 5", n.Agreements)
	}
	// 22 doctors for 1 655 623 inhabitants: 1.3288… per 100 000, 1.33 rounded.
	if v, ok := s.Regions["draa-tafilalet"].DoctorsPer100k(); !ok || v != 133 {
		t.Errorf("Drâa-Tafilalet doctors per 100k = %d (ok %v), want 133 hundredths", v, ok)
	}
	// By type of party: the INDH funds the 3 700 000 of vehicles alone; the
	// Al Hoceïma convention's 20 % / 40 % / 40 % of 20 000 000 go to the
	// provincial council, the GST and the communes.
	byType := map[string]PartyType{}
	for _, pt := range s.PartyTypes {
		byType[pt.Type] = pt
	}
	for typ, want := range map[string]int64{"indh": 3_700_000, "provincial-council": 4_000_000, "gst": 8_000_000, "commune": 8_000_000} {
		if got := byType[typ]; got.Dirhams != want || got.Known == 0 {
			t.Errorf("%s parties committed %d (known for %d), want %d", typ, got.Dirhams, got.Known, want)
		}
	}
	// Provinces: only an agreement naming a province alone is its own.
	if p := s.Provinces["al-hoceima"]; p.Dirhams != (Sum{23_700_000, 2, 2}) || p.Named != 2 {
		t.Errorf("Al Hoceïma province = %+v, want 23 700 000 from 2 of 2, named by 2", p)
	}
	if p := s.Provinces["guelmim"]; p.Dirhams != (Sum{0, 0, 0}) || p.Named != 1 {
		t.Errorf("Guelmim province = %+v: the 443 M are shared by four provinces, never its own", p)
	}
	// 443 000 000 / 448 685 = 987.329… dirhams per inhabitant.
	if v, ok := s.Regions["guelmim-oued-noun"].PerInhabitant(); !ok || v != 98733 {
		t.Errorf("Guelmim-Oued Noun per inhabitant = %d (ok %v), want 98733 hundredths", v, ok)
	}
	if _, ok := s.Regions["oriental"].PerInhabitant(); ok {
		t.Error("a region with no amount has a per-inhabitant figure")
	}
}

// TestShares checks that Al Hoceïma's shares become dirhams: 20 %, 40 %
// and 40 % of 20 000 000.
func TestShares(t *testing.T) {
	c := load(t)
	var a *content.Agreement
	for _, x := range c.Agreements {
		if x.Slug == "al-hoceima-health-staff-2026" {
			a = x
		}
	}
	if a == nil {
		t.Fatal("no Al Hoceïma agreement")
	}
	want := map[string]int64{"provincial-council": 4_000_000, "gst": 8_000_000, "commune": 8_000_000}
	for _, p := range a.Parties {
		v, ok := PartyAmount(a, p)
		if w, funded := want[p.Type]; funded != ok || v != w {
			t.Errorf("%s (%s): %d, %v; want %d", p.Key, p.Type, v, ok, w)
		}
	}
}

func TestPartyAmount(t *testing.T) {
	total := int64(20_000_000)
	share := func(f float64) *float64 { return &f }
	amount := func(v int64) *int64 { return &v }
	tests := []struct {
		name  string
		total *int64
		p     content.Party
		want  int64
		ok    bool
	}{
		{"share of a known total", &total, content.Party{Share: share(20)}, 4_000_000, true},
		{"two decimals", &total, content.Party{Share: share(12.35)}, 2_470_000, true},
		{"amount wins", &total, content.Party{Amount: amount(5)}, 5, true},
		{"share of an unknown total", nil, content.Party{Share: share(20)}, 0, false},
		{"nothing known", &total, content.Party{}, 0, false},
	}
	for _, tt := range tests {
		a := &content.Agreement{Budget: content.Budget{Total: tt.total}}
		if v, ok := PartyAmount(a, tt.p); v != tt.want || ok != tt.ok {
			t.Errorf("%s: %d, %v; want %d, %v", tt.name, v, ok, tt.want, tt.ok)
		}
	}
}

func TestCancelledAgreementsAreNotSummed(t *testing.T) {
	total := int64(100)
	c := &content.Content{Agreements: []*content.Agreement{
		{Status: "cancelled", Budget: content.Budget{Total: &total}},
		{Status: "signed"},
	}}
	s, err := Compute(c)
	if err != nil {
		t.Fatal(err)
	}
	if s.National.Dirhams != (Sum{0, 0, 1}) || s.National.Cancelled != 1 {
		t.Errorf("got %+v", s.National)
	}
}

// TestTotalsNeverWrap feeds figures whose sums overflow int64: Compute
// must fail rather than return a wrapped total.
func TestTotalsNeverWrap(t *testing.T) {
	huge := int64(math.MaxInt64 - 2)
	one := int64(1)
	agreement := func(total *int64, staff content.Figures, parts ...content.Component) *content.Agreement {
		return &content.Agreement{Status: "signed", Budget: content.Budget{Total: total}, Staff: staff, Components: parts}
	}
	tests := []struct {
		name string
		as   []*content.Agreement
		what string // "" when the totals fit
	}{
		{"fits", []*content.Agreement{agreement(&huge, nil), agreement(&one, nil)}, ""},
		{"dirhams of two files", []*content.Agreement{agreement(&huge, nil), agreement(&huge, nil)}, "dirhams, national"},
		{"doctors of two files", []*content.Agreement{
			agreement(nil, content.Figures{"nurses": huge}), agreement(nil, content.Figures{"nurses": huge}),
		}, "nurses, national"},
		{"general practitioners and specialists of one file", []*content.Agreement{
			agreement(nil, content.Figures{"general_practitioners": huge, "specialists": huge}),
		}, "doctors, national"},
		{"components of one file", []*content.Agreement{
			agreement(nil, nil, content.Component{Staff: content.Figures{"midwives": huge}}, content.Component{Staff: content.Figures{"midwives": huge}}),
		}, "midwives, national"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Compute(&content.Content{Agreements: tt.as})
			var overflow *ErrOverflow
			switch {
			case tt.what == "" && err != nil:
				t.Fatalf("unexpected error %v", err)
			case tt.what == "" && s.National.Dirhams.Value != math.MaxInt64-1:
				t.Errorf("dirhams = %d, want %d", s.National.Dirhams.Value, int64(math.MaxInt64-1))
			case tt.what != "" && !errors.As(err, &overflow):
				t.Fatalf("want an overflow error, got %v", err)
			case tt.what != "" && overflow.What != tt.what:
				t.Errorf("overflow of %q, want %q", overflow.What, tt.what)
			}
		})
	}
}

func TestPartyTypeTotalsNeverWrap(t *testing.T) {
	huge := int64(math.MaxInt64 - 2)
	a := &content.Agreement{Status: "signed", Parties: []content.Party{
		{Type: "commune", Amount: &huge}, {Type: "commune", Amount: &huge},
	}}
	if _, err := Compute(&content.Content{Agreements: []*content.Agreement{a}}); err == nil {
		t.Fatal("two parties of one type with amounts near the int64 limit: want an overflow error")
	}
}
