package draw

import (
	"encoding/xml"
	"flag"
	"io"
	"os"
	"reflect"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

func TestClasses(t *testing.T) {
	tests := []struct {
		in   []int64
		want []Class
	}{
		{nil, nil},
		{[]int64{5}, []Class{{5, 5, "#41b6c4"}}},
		{[]int64{7, 3, 7}, []Class{{3, 3, "#a1dab4"}, {7, 7, "#225ea8"}}},
		{[]int64{1, 2, 3}, []Class{{1, 1, "#edf8b1"}, {2, 2, "#7fcdbb"}, {3, 3, "#2c7fb8"}}},
		{[]int64{9, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12}, []Class{{1, 3, "#ffffcc"}, {4, 6, "#a1dab4"}, {7, 9, "#41b6c4"}, {10, 12, "#225ea8"}}},
		{[]int64{1, 2, 3, 4, 5}, []Class{{1, 1, "#ffffcc"}, {2, 2, "#a1dab4"}, {3, 3, "#41b6c4"}, {4, 5, "#225ea8"}}},
	}
	for _, tt := range tests {
		got := Classes(tt.in)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Classes(%v) = %v, want %v", tt.in, got, tt.want)
		}
		for _, v := range tt.in {
			f := Fill(got, v)
			found := false
			for _, c := range got {
				found = found || (c.Fill == f && v >= c.Min && v <= c.Max)
			}
			if !found {
				t.Errorf("Fill(%d) = %s, not the colour of its class", v, f)
			}
		}
	}
	if Fill(nil, 3) != Hatch {
		t.Error("a value with no class is not hatched")
	}
}

func TestIsolated(t *testing.T) {
	for in, want := range map[string]string{
		"443 مليون درهم":   "\u2066443\u2069\u00a0مليون درهم",
		"Souss & <Massa>":  "Souss &amp; &lt;Massa&gt;",
		"1.234,5 médecins": "\u20661.234,5\u2069\u00a0médecins",
		"aucun accord":     "aucun accord",
		`"2023"`:           "&quot;\u20662023\u2069&quot;",
		"2022–2027 (plan)": "\u20662022–2027\u2069 (plan)",
	} {
		if got := isolated(in); got != want {
			t.Errorf("isolated(%q) = %q, want %q", in, got, want)
		}
	}
}

var chart = Bars{
	ID: "c1", Title: "Montants par région", Desc: "montant publié pour 3 accords sur 5",
	Rows: []Bar{
		{Key: "MA-10", Label: "Guelmim-Oued Noun", Value: 443_000_000, Known: true, Shown: "443 millions de dirhams"},
		{Key: "MA-01", Label: "Tanger-Tétouan-Al Hoceïma", Value: 23_700_000, Known: true, Shown: "23,7 millions de dirhams"},
		{Key: "MA-08", Label: "Drâa-Tafilalet", Shown: "montant non communiqué"},
	},
}

func TestBars(t *testing.T) {
	ar := chart
	ar.RTL, ar.ID = true, "c2"
	ar.Rows = []Bar{{Key: "MA-10", Label: "كلميم-واد نون", Value: 443_000_000, Known: true, Shown: "443 مليون درهم"}, {Key: "MA-08", Label: "درعة-تافيلالت", Shown: "المبلغ غير معلن"}}
	for name, c := range map[string]Bars{"bars-ltr": chart, "bars-rtl": ar, "bars-empty": {ID: "c3", Title: "Rien"}} {
		t.Run(name, func(t *testing.T) {
			svg := c.SVG()
			wellFormed(t, svg)
			golden(t, "testdata/"+name+".svg", svg)
		})
	}
}

// TestBarsProportional checks that bar lengths follow the values and that
// an unknown value has no bar length of its own.
func TestBarsProportional(t *testing.T) {
	svg := chart.SVG()
	if !strings.Contains(svg, `width="355" height="16" fill="#225ea8" data-value="443000000"`) {
		t.Errorf("the largest bar does not take the whole width:\n%s", svg)
	}
	if !strings.Contains(svg, `width="19" height="16" fill="#225ea8" data-value="23700000"`) {
		t.Errorf("23.7 M is not 19/355 of 443 M:\n%s", svg)
	}
	if strings.Count(svg, "data-value") != 2 {
		t.Errorf("an unknown value has a value in the chart")
	}
}

func TestMap(t *testing.T) {
	m := Map{Label: "Carte", Width: 100, Height: 60, Areas: []Area{
		{Code: "A", Path: "M0 0h50v60h-50z", Href: "../regions/a.html", Name: "A : 12 accords", Fill: "#ffffcc"},
		{Code: "B", Use: "shape-B", Href: "../regions/b.html", Name: "B : aucun accord", Fill: Hatch},
		{Code: "C", Path: "M50 0h50v60h-50z", Name: "C & D", Fill: Hatch, Label: "C & D", At: [2]float64{99, 30}},
	}}
	svg := Defs("shape-", []Area{{Code: "B", Path: "M0 0h1v1z"}}) + m.SVG()
	wellFormed(t, "<div>"+svg+"</div>")
	golden(t, "testdata/map.svg", svg)
}

func wellFormed(t *testing.T, s string) {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader(s))
	for {
		_, err := d.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatalf("not well-formed: %v\n%s", err, s)
		}
	}
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(name, []byte(got+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(name)
	if err != nil {
		t.Fatalf("%v (go test -update writes it)", err)
	}
	if string(want) != got+"\n" {
		t.Errorf("%s differs:\nwant %s\ngot  %s", name, want, got)
	}
}
