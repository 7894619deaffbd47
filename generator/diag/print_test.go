package diag

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func sample() List {
	var l List
	l.Errorf(Pos{File: "content/agreements/a-b.md", Line: 10, Col: 1}, `unknown key "provences"`).Hint = `did you mean "provinces"?`
	l.Warnf(Pos{File: "content/agreements/a-b.md", Line: 1, Col: 1}, "no fr summary")
	l.Errorf(Pos{File: "odd:name,x.md", Line: 3, Col: 7}, "%s", "100%\nsure")
	return l
}

func TestPrinters(t *testing.T) {
	tests := []struct {
		format string
		want   string
	}{
		{"text", `content/agreements/a-b.md:10:1: error: unknown key "provences" (did you mean "provinces"?)
content/agreements/a-b.md:1:1: warning: no fr summary
odd:name,x.md:3:7: error: 100%
sure
`},
		{"github", `::error file=content/agreements/a-b.md,line=10,col=1::unknown key "provences" (did you mean "provinces"?)
::warning file=content/agreements/a-b.md,line=1,col=1::no fr summary
::error file=odd%3Aname%2Cx.md,line=3,col=7::100%25%0Asure
`},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			var b bytes.Buffer
			if err := Printer(tt.format)(&b, sample()); err != nil {
				t.Fatal(err)
			}
			if b.String() != tt.want {
				t.Errorf("got:\n%s\nwant:\n%s", b.String(), tt.want)
			}
		})
	}
	if Printer("xml") != nil {
		t.Error("an unknown format has a printer")
	}
}

func TestPrintJSON(t *testing.T) {
	var b bytes.Buffer
	if err := PrintJSON(&b, sample()); err != nil {
		t.Fatal(err)
	}
	var got []map[string]any
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, b.String())
	}
	if len(got) != 3 || got[0]["file"] != "content/agreements/a-b.md" || got[0]["line"] != 10.0 || got[0]["column"] != 1.0 ||
		got[0]["severity"] != "error" || got[0]["hint"] != `did you mean "provinces"?` || got[1]["severity"] != "warning" {
		t.Errorf("got %v", got)
	}
	if _, ok := got[1]["hint"]; ok {
		t.Error("an empty hint is printed")
	}
	b.Reset()
	PrintJSON(&b, nil)
	if strings.TrimSpace(b.String()) != "[]" {
		t.Errorf("no diagnostic prints %q, want []", b.String())
	}
}

// TestPrintersTranslated prints the sample with its Arabic beside it: on
// an indented line in text, on a second line of the annotation for
// GitHub, under "translations" in JSON. A diagnostic the catalog does not
// know says nothing twice.
func TestPrintersTranslated(t *testing.T) {
	c := testCatalog(t, map[string]string{
		"unknown key %q":   "مفتاح غير معروف %q",
		"did you mean %q?": "هل تقصد %q؟",
	})
	l := sample()
	ar := c.Translate(l)
	tests := []struct {
		format string
		want   string
	}{
		{"text", `content/agreements/a-b.md:10:1: error: unknown key "provences" (did you mean "provinces"?)
    مفتاح غير معروف "provences" (هل تقصد "provinces"؟)
content/agreements/a-b.md:1:1: warning: no fr summary
odd:name,x.md:3:7: error: 100%
sure
`},
		{"github", `::error file=content/agreements/a-b.md,line=10,col=1::unknown key "provences" (did you mean "provinces"?)%0Aمفتاح غير معروف "provences" (هل تقصد "provinces"؟)
::warning file=content/agreements/a-b.md,line=1,col=1::no fr summary
::error file=odd%3Aname%2Cx.md,line=3,col=7::100%25%0Asure
`},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			var b bytes.Buffer
			if err := Printer(tt.format)(&b, l, ar); err != nil {
				t.Fatal(err)
			}
			if b.String() != tt.want {
				t.Errorf("got:\n%s\nwant:\n%s", b.String(), tt.want)
			}
		})
	}
	var b bytes.Buffer
	if err := Printer("json")(&b, l, ar); err != nil {
		t.Fatal(err)
	}
	var got []struct {
		Message      string
		Translations map[string]struct{ Message, Hint string }
	}
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, b.String())
	}
	if got[0].Message != `unknown key "provences"` || got[0].Translations["ar"].Message != `مفتاح غير معروف "provences"` ||
		got[0].Translations["ar"].Hint != `هل تقصد "provinces"؟` || got[1].Translations["ar"].Message != "no fr summary" {
		t.Errorf("got %+v", got)
	}
	b.Reset()
	Printer("json")(&b, ar, l)
	if !strings.Contains(b.String(), `"en": {`) {
		t.Errorf("Arabic first does not name English \"en\":\n%s", b.String())
	}
}
