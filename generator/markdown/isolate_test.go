package markdown

import (
	"bytes"
	"strings"
	"testing"
)

func TestIsolated(t *testing.T) {
	tests := []struct {
		rtl       bool
		src, want string
	}{
		{true, "للفترة 2022-2027 ضمن ISO 3166-2:MA.", "<p>للفترة <bdi>2022-2027</bdi>\u00a0ضمن <bdi dir=\"ltr\">ISO 3166-2:MA</bdi>.</p>\n"},
		{false, "De 2022 à 2027, soit 20 %.", "<p>De <bdi>2022</bdi>\u00a0à <bdi>2027</bdi>, soit <bdi>20 %</bdi>.</p>\n"},
		{false, "A &amp; B < 3 \\*x\\*", "<p>A &amp; B &lt; <bdi>3</bdi> *x*</p>\n"},
		{false, "&#49;&#50; `1 2`", "<p><bdi>12</bdi> <code>1 2</code></p>\n"},
		{true, "سطر أول\nسطر ثان", "<p>سطر أول\nسطر ثان</p>\n"},
	}
	for _, tt := range tests {
		var out bytes.Buffer
		if err := New(tt.rtl).Convert([]byte(tt.src), &out); err != nil {
			t.Fatal(err)
		}
		if got := out.String(); got != tt.want {
			t.Errorf("%q:\n got %q\nwant %q", tt.src, got, tt.want)
		}
	}
}

func TestRawHTMLIsNotRendered(t *testing.T) {
	var out bytes.Buffer
	New(false).Convert([]byte("<script>alert(1)</script>\n\n[x](javascript:alert(1)) <b>1</b>"), &out)
	if s := out.String(); strings.Contains(s, "<script") || strings.Contains(s, "javascript:") || strings.Contains(s, "<b>") {
		t.Errorf("unsafe output: %s", s)
	}
}
