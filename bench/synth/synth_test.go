package synth

import (
	"bytes"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

func registry(t *testing.T) Registry {
	t.Helper()
	reg, err := ReadRegistry("../../content/regions.toml")
	if err != nil {
		t.Fatal(err)
	}
	return reg
}

func TestDeterministic(t *testing.T) {
	reg := registry(t)
	tests := []struct {
		name         string
		n1, n2       int
		seed1, seed2 uint64
		same         int // how many leading agreements must be byte-identical
	}{
		{"same seed and size", 40, 40, 7, 7, 40},
		{"a smaller site is a prefix", 15, 40, 7, 7, 15},
		{"another seed differs", 40, 40, 7, 8, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := Generate(reg, tt.n1, tt.seed1), Generate(reg, tt.n2, tt.seed2)
			for i := range min(tt.n1, tt.n2) {
				equal := bytes.Equal(a.Agreements[i].File(), b.Agreements[i].File())
				if equal != (i < tt.same) {
					t.Fatalf("agreement %d: identical = %v, want %v", i, equal, i < tt.same)
				}
			}
			for i := range a.Milestones {
				if tt.seed1 == tt.seed2 && !bytes.Equal(a.Milestones[i].File(), b.Milestones[i].File()) {
					t.Errorf("milestone %d differs with the same seed", i)
				}
			}
		})
	}
}

func TestSpread(t *testing.T) {
	reg := registry(t)
	s := Generate(reg, 2000, 1)
	regions, provinces, years := map[string]int{}, map[string]int{}, map[int]int{}
	var partial, undated, undisclosed, withStaff, withTable int
	for _, a := range s.Agreements {
		regions[a.Region.Slug]++
		for _, p := range a.Provinces {
			provinces[p.Slug]++
			if !inRegion(a.Region, p.Slug) {
				t.Errorf("%s: province %s is not in region %s", a.Slug, p.Slug, a.Region.Slug)
			}
		}
		switch {
		case a.Signed.IsZero():
			undated++
		case a.Signed.Day == 0:
			partial++
		}
		if !a.Signed.IsZero() {
			years[a.Signed.Year]++
		}
		if a.Total == 0 {
			undisclosed++
		}
		if len(a.Staff) > 0 {
			withStaff++
		}
		if strings.Contains(a.Summary.FR, "| --- |") {
			withTable++
		}
	}
	counts := []struct {
		what      string
		got, want int
	}{
		{"regions", len(regions), len(reg.Regions)},
		{"provinces", len(provinces), provinceCount(reg)},
		{"years", len(years), Years},
	}
	for _, c := range counts {
		if c.got != c.want {
			t.Errorf("%s covered: %d, want %d", c.what, c.got, c.want)
		}
	}
	for y := range years {
		if y < FirstYear || y >= FirstYear+Years {
			t.Errorf("signed in %d, outside the %d years from %d", y, Years, FirstYear)
		}
	}
	// Each kind of gap or extra must be common but not the rule.
	shares := []struct {
		what string
		n    int
	}{{"partial dates", partial}, {"unknown dates", undated}, {"undisclosed totals", undisclosed}, {"staff figures", withStaff}, {"tables", withTable}}
	for _, sh := range shares {
		if sh.n < len(s.Agreements)/20 || sh.n > len(s.Agreements)/2 {
			t.Errorf("%s: %d of %d agreements", sh.what, sh.n, len(s.Agreements))
		}
	}
}

func inRegion(r *Region, slug string) bool {
	for _, p := range r.Provinces {
		if p.Slug == slug {
			return true
		}
	}
	return false
}

func provinceCount(reg Registry) int {
	n := 0
	for _, r := range reg.Regions {
		n += len(r.Provinces)
	}
	return n
}

func TestSizes(t *testing.T) {
	for _, a := range Generate(registry(t), 500, 3).Agreements {
		for lang, md := range map[string]string{"ar": a.Summary.AR, "fr": a.Summary.FR} {
			if len(md) < TargetMin || len(md) > TargetMax {
				t.Errorf("%s: %s summary is %d bytes, want %d to %d", a.Slug, lang, len(md), TargetMin, TargetMax)
			}
			for _, part := range []string{"\n- ", "](https://", "\n\n"} {
				if !strings.Contains(md, part) {
					t.Errorf("%s: %s summary has no %q", a.Slug, lang, part)
				}
			}
		}
	}
}

func TestMoney(t *testing.T) {
	for _, a := range Generate(registry(t), 1000, 5).Agreements {
		if len(a.Parties) < 2 || len(a.Parties) > 4 {
			t.Errorf("%s: %d parties, want 2 to 4", a.Slug, len(a.Parties))
		}
		var shares float64
		var amounts, parts int64
		keys, names := map[string]bool{}, map[string]bool{}
		for _, p := range a.Parties {
			if p.Share < 0 || p.Share > 100 || p.Amount < 0 || (p.Share > 0 && p.Amount > 0) {
				t.Errorf("%s: party %s has share %v and amount %d", a.Slug, p.Key, p.Share, p.Amount)
			}
			shares += p.Share
			amounts += p.Amount
			if keys[p.Key] || names[p.Name.AR] || names[p.Name.FR] {
				t.Errorf("%s: party %s is repeated", a.Slug, p.Key)
			}
			keys[p.Key], names[p.Name.AR], names[p.Name.FR] = true, true, true
		}
		for _, c := range a.Components {
			parts += c.Amount
		}
		switch {
		case shares > 100:
			t.Errorf("%s: shares add up to %v", a.Slug, shares)
		case a.Total > 0 && (amounts > a.Total || parts > a.Total):
			t.Errorf("%s: amounts %d and components %d exceed the total %d", a.Slug, amounts, parts, a.Total)
		case a.Total == 0 && shares > 0:
			t.Errorf("%s: shares of an undisclosed total", a.Slug)
		}
	}
}

// TestFiles reads every file back as TOML: partial dates are strings,
// full dates TOML dates, and an unknown figure is absent, never zero.
func TestFiles(t *testing.T) {
	s := Generate(registry(t), 300, 9)
	var files [][]byte
	for _, a := range s.Agreements {
		files = append(files, a.File())
	}
	for _, m := range s.Milestones {
		files = append(files, m.File())
	}
	for i, f := range files {
		front, body, ok := split3(string(f))
		if !ok {
			t.Fatalf("file %d has no front matter:\n%s", i, f)
		}
		var fm map[string]any
		if _, err := toml.Decode(front, &fm); err != nil {
			t.Fatalf("file %d: %v\n%s", i, err, front)
		}
		if strings.Contains(front, "= 0\n") || strings.Contains(front, "TODO") {
			t.Errorf("file %d writes a zero or a TODO:\n%s", i, front)
		}
		if !strings.HasPrefix(body, "\n::: ar\n") || !strings.Contains(body, "\n:::\n\n::: fr\n") || !strings.HasSuffix(body, "\n:::\n") {
			t.Errorf("file %d: summaries are not two ::: blocks:\n%s", i, body)
		}
	}
}

// split3 cuts a file into its front matter and what follows.
func split3(f string) (front, body string, ok bool) {
	rest, found := strings.CutPrefix(f, "+++\n")
	if !found {
		return "", "", false
	}
	return strings.Cut(rest, "+++\n")
}

func TestDates(t *testing.T) {
	tests := []struct {
		d          Date
		text, toml string
	}{
		{Date{2023, 11, 6}, "2023-11-06", "2023-11-06"},
		{Date{2023, 11, 0}, "2023-11", `"2023-11"`},
		{Date{2023, 0, 0}, "2023", `"2023"`},
	}
	for _, tt := range tests {
		if tt.d.String() != tt.text || tt.d.TOML() != tt.toml {
			t.Errorf("%v: %s and %s, want %s and %s", tt.d, tt.d.String(), tt.d.TOML(), tt.text, tt.toml)
		}
	}
}

func TestAmountWords(t *testing.T) {
	tests := []struct {
		v      int64
		fr, ar string
	}{
		{20_000_000, "20 millions de dirhams", "20 مليون درهم"},
		{3_700_000, "3,7 millions de dirhams", "3,7 مليون درهم"},
		{1_250_000_000, "1,25 milliard de dirhams", "1,25 مليار درهم"},
		{850_000, "850 mille dirhams", "850 ألف درهم"},
	}
	for _, tt := range tests {
		if fr, ar := french.amount(tt.v), arabic.amount(tt.v); fr != tt.fr || ar != tt.ar {
			t.Errorf("%d: %q and %q, want %q and %q", tt.v, fr, ar, tt.fr, tt.ar)
		}
	}
}
