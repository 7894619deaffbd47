package content_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"

	"atlas/generator/content"
)

func TestDateUnmarshalTOML(t *testing.T) {
	tests := []struct {
		toml    string
		want    content.Date
		wantErr string // in the error when not ""
	}{
		{`d = 2023-11-06`, content.Date{Year: 2023, Month: 11, Day: 6}, ""},
		{`d = 2024-02-29`, content.Date{Year: 2024, Month: 2, Day: 29}, ""},
		{`d = "2023-11"`, content.Date{Year: 2023, Month: 11}, ""},
		{`d = "2023-01"`, content.Date{Year: 2023, Month: 1}, ""},
		{`d = "2023"`, content.Date{Year: 2023}, ""},
		{`d = "2023-13"`, content.Date{}, "is not a date"},
		{`d = "2023-00"`, content.Date{}, "is not a date"},
		{`d = "23"`, content.Date{}, "is not a date"},
		{`d = "2023-1"`, content.Date{}, "is not a date"},
		{`d = "1899"`, content.Date{}, "is not a date"},
		{`d = "2101"`, content.Date{}, "is not a date"},
		{`d = ""`, content.Date{}, "is not a date"},
		{`d = "novembre 2023"`, content.Date{}, "is not a date"},
		{`d = "2023-11-06"`, content.Date{}, "no quotes"},
		{`d = "2023/11"`, content.Date{}, "is not a date"},
		{`d = "2023-+1"`, content.Date{}, "is not a date"}, // a sign is not a month
		{`d = 2023-11-06T10:00:00`, content.Date{}, "no time of day"},
		{`d = 2023-11-06T00:00:30`, content.Date{}, "no time of day"},
		{`d = 2023-11-06T00:00:00`, content.Date{}, "no time of day"},  // midnight is a time
		{`d = 2023-11-06T00:00:00Z`, content.Date{}, "no time of day"}, // so is a zone
		{`d = 2023-11-06 00:00:00+01:00`, content.Date{}, "no time of day"},
		{`d = 2023`, content.Date{}, "a date is written"},
		{`d = 2023.5`, content.Date{}, "a date is written"},
		{`d = true`, content.Date{}, "a date is written"},
		{`d = ["2023"]`, content.Date{}, "a date is written"},
	}
	for _, tt := range tests {
		t.Run(tt.toml, func(t *testing.T) {
			var v struct {
				D content.Date `toml:"d"`
			}
			_, err := toml.Decode(tt.toml, &v)
			if tt.wantErr != "" {
				if err == nil {
					t.Fatalf("decoded %+v, want an error containing %q", v.D, tt.wantErr)
				}
				if !strings.Contains(err.Error(), tt.wantErr) {
					t.Errorf("error %q does not contain %q", err, tt.wantErr)
				}
				if !v.D.IsZero() {
					t.Errorf("a rejected date left %+v", v.D)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if v.D != tt.want {
				t.Errorf("got %+v, want %+v", v.D, tt.want)
			}
		})
	}
}

func TestDateString(t *testing.T) {
	tests := []struct {
		d    content.Date
		want string
	}{
		{content.Date{Year: 2023, Month: 11, Day: 6}, "2023-11-06"},
		{content.Date{Year: 2023, Month: 1, Day: 31}, "2023-01-31"},
		{content.Date{Year: 2023, Month: 11}, "2023-11"},
		{content.Date{Year: 2023}, "2023"},
		{content.Date{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if got := tt.d.String(); got != tt.want {
				t.Errorf("%+v.String() = %q, want %q", tt.d, got, tt.want)
			}
			if tt.d.IsZero() != (tt.want == "") {
				t.Errorf("%+v.IsZero() = %v", tt.d, tt.d.IsZero())
			}
		})
	}
}

func TestDateStringRoundTrips(t *testing.T) {
	for _, s := range []string{"2023", "2023-11"} {
		var v struct {
			D content.Date `toml:"d"`
		}
		if _, err := toml.Decode(`d = "`+s+`"`, &v); err != nil {
			t.Fatal(err)
		}
		if v.D.String() != s {
			t.Errorf("%q decoded and printed as %q", s, v.D.String())
		}
	}
}

func TestDateBefore(t *testing.T) {
	d := func(y, m, day int) content.Date { return content.Date{Year: y, Month: m, Day: day} }
	tests := []struct {
		a, b content.Date
		want bool
	}{
		{d(2022, 12, 31), d(2023, 1, 1), true},
		{d(2023, 1, 1), d(2022, 12, 31), false},
		{d(2023, 0, 0), d(2023, 11, 6), true}, // "2023" sorts first
		{d(2023, 11, 6), d(2023, 0, 0), false},
		{d(2023, 11, 0), d(2023, 11, 6), true}, // "2023-11" sorts first
		{d(2023, 11, 6), d(2023, 11, 0), false},
		{d(2023, 10, 31), d(2023, 11, 0), true},
		{d(2023, 11, 5), d(2023, 11, 6), true},
		{d(2023, 11, 6), d(2023, 11, 6), false}, // not before itself
		{d(2023, 0, 0), d(2023, 0, 0), false},
		{content.Date{}, d(1900, 1, 1), true}, // unknown sorts first
	}
	for _, tt := range tests {
		t.Run(tt.a.String()+"<"+tt.b.String(), func(t *testing.T) {
			if got := tt.a.Before(tt.b); got != tt.want {
				t.Errorf("%v.Before(%v) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

func TestTextIn(t *testing.T) {
	txt := content.Text{"ar": "أطلس", "fr": "Atlas"}
	if txt.In("fr") != "Atlas" || txt.In("ar") != "أطلس" || txt.In("en") != "" {
		t.Errorf("In: %q %q %q", txt.In("fr"), txt.In("ar"), txt.In("en"))
	}
	if (content.Text(nil)).In("fr") != "" {
		t.Error("a nil Text has no language")
	}
}

func TestTextFirst(t *testing.T) {
	site := content.Site{Languages: []string{"ar", "fr", "en"}}
	txt := content.Text{"ar": "أطلس", "fr": "Atlas", "en": ""}
	tests := []struct {
		lang, want, in string
	}{
		{"fr", "Atlas", "fr"},
		{"ar", "أطلس", "ar"},
		{"en", "أطلس", "ar"}, // an empty text counts as missing
		{"es", "أطلس", "ar"},
	}
	for _, tt := range tests {
		if got, in := txt.First(site.TextOrder(tt.lang)); got != tt.want || in != tt.in {
			t.Errorf("the %s pages show %q in %s; want %q in %s", tt.lang, got, in, tt.want, tt.in)
		}
	}
	if got, in := (content.Text{"fr": "Atlas"}).First(site.TextOrder("en")); got != "Atlas" || in != "fr" {
		t.Errorf("got %q in %s; want the French text", got, in)
	}
	if got, in := (content.Text(nil)).First(site.TextOrder("ar")); got != "" || in != "" {
		t.Errorf("a nil Text gives %q in %q", got, in)
	}
	if got := site.TextOrder("fr"); strings.Join(got, " ") != "fr ar en" {
		t.Errorf("TextOrder(fr) = %v", got)
	}
}

func TestTextUnmarshalTOML(t *testing.T) {
	tests := []struct {
		toml    string
		want    content.Text
		wantErr string // in the error when not ""
	}{
		{`t = { ar = "أطلس", fr = "Atlas" }`, content.Text{"ar": "أطلس", "fr": "Atlas"}, ""},
		{`t = {}`, content.Text{}, ""},
		{"[t]\nfr = \"Atlas\"", content.Text{"fr": "Atlas"}, ""},
		// BurntSushi/toml on its own drops a string written for a table.
		{`t = "Atlas"`, nil, "wrong type: found text, expected a table"},
		{`t = ["Atlas"]`, nil, "found a list"},
		{`t = { fr = 2023 }`, nil, `wrong type for "fr": found a whole number, expected text`},
		{`t = { fr = { x = "y" } }`, nil, "found a table"},
	}
	for _, tt := range tests {
		t.Run(tt.toml, func(t *testing.T) {
			var v struct {
				T content.Text `toml:"t"`
			}
			_, err := toml.Decode(tt.toml, &v)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(v.T) != len(tt.want) || v.T == nil {
				t.Fatalf("got %#v, want %#v", v.T, tt.want)
			}
			for k, s := range tt.want {
				if v.T[k] != s {
					t.Errorf("got %#v, want %#v", v.T, tt.want)
				}
			}
		})
	}
}

func TestValidSlug(t *testing.T) {
	tests := []struct {
		slug string
		want bool
	}{
		{"abc", true},
		{"a-b", true},
		{"al-hoceima-health-staff-2026", true},
		{"2026", true},
		{"a1-b2-c3", true},
		{strings.Repeat("a", 80), true},
		{strings.Repeat("ab-", 26) + "ab", true}, // 80 characters
		{"", false},
		{"a", false},
		{"ab", false},
		{"a-", false},
		{strings.Repeat("a", 81), false},
		{strings.Repeat("ab-", 26) + "abc", false}, // 81 characters
		{"Al-hoceima", false},
		{"AL-HOCEIMA", false},
		{"al_hoceima", false},
		{"al hoceima", false},
		{"-al-hoceima", false},
		{"al-hoceima-", false},
		{"al--hoceima", false},
		{"---", false},
		{"al-hoceïma", false},
		{"الحسيمة", false},
		{"../etc", false},
		{"a.md", false},
		{"a/b/c", false},
		{"abc\n", false},
	}
	for _, tt := range tests {
		t.Run(tt.slug, func(t *testing.T) {
			if got := content.ValidSlug(tt.slug); got != tt.want {
				t.Errorf("ValidSlug(%q) (%d bytes) = %v, want %v", tt.slug, len(tt.slug), got, tt.want)
			}
		})
	}
}

// FuzzValidSlug holds ValidSlug to the regular expression it documents.
func FuzzValidSlug(f *testing.F) {
	pattern := regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	for _, s := range []string{"abc", "a-b", "a--b", "-ab", "ab-", "Ab", "a\u00e9b", "a-b-c-d"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := len(s) >= 3 && len(s) <= 80 && pattern.MatchString(s)
		if got := content.ValidSlug(s); got != want {
			t.Errorf("ValidSlug(%q) = %v, want %v", s, got, want)
		}
	})
}
