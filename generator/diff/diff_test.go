package diff

import (
	"reflect"
	"testing"

	"atlas/generator/content"
)

func TestCompareFields(t *testing.T) {
	total, corrected := int64(20_000_000), int64(25_000_000)
	share, more := 40.0, 50.0
	before := &content.Agreement{
		Kind: "convention", Title: content.Text{"ar": "أ", "fr": "A"},
		Budget:  content.Budget{Total: &total},
		Parties: []content.Party{{Key: "gst", Share: &share}, {Key: "commune"}},
		Staff:   content.Figures{"nurses": 3},
		Signed:  content.Date{Year: 2023},
	}
	after := &content.Agreement{
		Kind: "charter", Title: content.Text{"ar": "أ", "fr": "B"},
		Budget:  content.Budget{Total: &corrected},
		Parties: []content.Party{{Key: "gst", Share: &more}, {Key: "region"}},
		Staff:   content.Figures{"nurses": 3, "midwives": 2},
		Signed:  content.Date{Year: 2023, Month: 11},
	}
	want := []Field{
		{"kind", "convention", "charter"},
		{"signed", "2023", "2023-11"},
		{"title.fr", "", ""},
		{"budget.total", "20,000,000", "25,000,000"},
		{"parties.commune", "", "removed"},
		{"parties.gst.share", "40", "50"},
		{"parties.region", "", "added"},
		{"staff.midwives", "none", "2"},
	}
	if got := compareFields(before, after); !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
	if got := compareFields(before, before); len(got) != 0 {
		t.Errorf("a file compared with itself: %q", got)
	}
}

func TestAmount(t *testing.T) {
	for a, want := range map[Amount]string{
		{Value: 5}: "5",
		{Value: 466_700_000, Known: 3, Of: 5, What: "agreement"}: "466,700,000 (3 of 5 agreements)",
		{Known: 0, Of: 1, What: "agreement"}:                     "unknown (0 of 1 agreement)",
		{What: "funding party"}:                                  "no funding party",
		{Value: 8, Known: 1, Of: 2, What: "funding party"}:       "8 (1 of 2 funding parties)",
	} {
		if got := a.String(); got != want {
			t.Errorf("%+v: %q, want %q", a, got, want)
		}
	}
}
