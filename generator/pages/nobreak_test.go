package pages

import (
	"reflect"
	"regexp"
	"testing"
)

// compoundPattern says what compounds finds, the way a reader would.
var compoundPattern = regexp.MustCompile(`[\p{L}\p{M}\p{N}]+(?:-[\p{L}\p{M}\p{N}]+)+`)

func TestCompounds(t *testing.T) {
	for _, c := range []struct {
		in   string
		want string
	}{
		{"Guelmim-Oued Noun", `<span class="nw">Guelmim-Oued</span> Noun`},
		{"طنجة-تطوان-الحسيمة", `<span class="nw">طنجة-تطوان-الحسيمة</span>`},
		{"Casablanca - Settat", "Casablanca - Settat"},
		{"a--b", "a--b"},
		{"-a-b-", `-<span class="nw">a-b</span>-`},
		{"Béni Mellal-Khénifra 2024-2030", `Béni <span class="nw">Mellal-Khénifra</span> <span class="nw">2024-2030</span>`},
		{"R&D-<x>", `R&amp;D-&lt;x&gt;`},
		{"Saint-Louis & co-<b>", `<span class="nw">Saint-Louis</span> &amp; co-&lt;b&gt;`},
		{"no hyphen", "no hyphen"},
	} {
		if got := string(compound(c.in)); got != c.want {
			t.Errorf("compound(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// FuzzCompounds holds compounds to the regular expression it replaces.
func FuzzCompounds(f *testing.F) {
	for _, s := range []string{"Guelmim-Oued Noun", "طنجة-تطوان-الحسيمة", "a--b-c", "-x-", "\xff-a", "é-\u0301b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := compoundPattern.FindAllStringIndex(s, -1)
		var got [][]int
		for _, m := range compounds(s) {
			got = append(got, []int{m[0], m[1]})
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("compounds(%q) = %v, want %v", s, got, want)
		}
	})
}
