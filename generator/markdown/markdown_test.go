package markdown_test

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"atlas/generator/markdown"
)

func TestSafeURL(t *testing.T) {
	tests := []struct {
		url  string
		want bool
	}{
		{"http://example.com", true},
		{"https://example.com/a?b=c#d", true},
		{"HTTPS://EXAMPLE.COM", true},
		{"mailto:x@y", true},
		{"../a.html", true},
		{"a.html", true},
		{"/regions/oriental/", true},
		{"#frag", true},
		{"", true}, // an empty destination is a link to the page itself
		{"javascript:alert(1)", false},
		{"JAVASCRIPT:alert(1)", false},
		{"JaVaScRiPt:alert(1)", false},
		{"  javascript:alert(1)", false},
		{"data:text/html;base64,PHNjcmlwdD4=", false},
		{"//evil.example", false},
		{"//evil.example/path", false},
		{"vbscript:msgbox(1)", false},
		{"file:///etc/passwd", false},
		{"mailto:", false},
		{"http:", false},
		{"https://", false},
		{"http:no-host", false},
		{"ftp://example.com", false},
		{"tel:+212500000000", false},
		{"java\tscript:alert(1)", false},
	}
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			if got := markdown.SafeURL(tt.url); got != tt.want {
				t.Errorf("SafeURL(%q) = %v, want %v", tt.url, got, tt.want)
			}
		})
	}
}

// TestCheckOffsets checks that each problem is reported once, in source
// order, at the byte where its construct starts.
func TestCheckOffsets(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string // what src[offset:] starts with, one per problem
		msg  string   // in every message
	}{
		{"html block", "<div>x</div>\n", []string{"<div>"}, "HTML"},
		{"html block after a paragraph", "Intro.\n\n<div>\nx\n</div>\n", []string{"<div>"}, "HTML"},
		{"script block", "Texte.\n\n<script>alert(1)</script>\n", []string{"<script>"}, "HTML"},
		{"inline html", "a <b>bold</b> c", []string{"<b>", "</b>"}, "HTML"},
		{"html comment in a list", "- item <!-- c -->", []string{"<!-- c -->"}, "HTML"},
		{"inline html in Arabic", "نص <span>مهم</span>", []string{"<span>", "</span>"}, "HTML"},
		{"image", "![alt](x.png)", []string{"![alt]"}, "images"},
		{"image mid-sentence", "See ![alt](x.png)", []string{"![alt]"}, "images"},
		{"image without alt", "See ![](x.png) here", []string{"![](x.png)"}, "images"},
		{"javascript link", "See [x](javascript:alert(1))", []string{"[x](javascript"}, "javascript:alert(1)"},
		{"data link on a later line", "Ligne un.\nVoir [ici](data:text/html,x).", []string{"[ici](data:"}, "data:text/html,x"},
		{"protocol-relative link", "[x](//evil.example)", []string{"[x](//evil"}, "//evil.example"},
		{"link with empty text", "See [](javascript:alert(1))", []string{"[](javascript"}, "javascript"},
		{"link with bold text", "See [**x**](javascript:alert(1))", []string{"[**x**]"}, "javascript"},
		{"reference link", "See [x][r]\n\n[r]: javascript:alert(1)\n", []string{"[x][r]"}, "javascript"},
		{"autolink first", "<javascript:alert(1)>", []string{"<javascript:"}, "javascript:alert(1)"},
		{"autolink mid-sentence", "See <javascript:alert(1)>", []string{"<javascript:"}, "javascript:alert(1)"},
		{"autolink after an autolink", "<https://ok.example> <javascript:x>", []string{"<javascript:x>"}, "javascript:x"},
		{"link after a link", "[a](https://ok.example/[1]) [b](javascript:x)", []string{"[b](javascript"}, "javascript:x"},
		{"autolink on a later line", "Texte.\nVoir <vbscript:x>.", []string{"<vbscript:x>"}, "vbscript:x"},
		{"in a table", "| a | b |\n|---|---|\n| <i>x</i> | [y](data:x) |\n", []string{"<i>", "</i>", "[y](data:x)"}, ""},
		{"entity-encoded scheme", "See [x](&#106;avascript:alert(1))", []string{"[x](&#106;"}, "link to"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := []byte(tt.src)
			got := markdown.Check(markdown.New(false), src)
			if len(got) != len(tt.want) {
				t.Fatalf("Check(%q) = %+v, want %d problem(s)", tt.src, got, len(tt.want))
			}
			for i, p := range got {
				if p.Offset < 0 || p.Offset > len(src) {
					t.Fatalf("problem %d: offset %d out of range", i, p.Offset)
				}
				if !bytes.HasPrefix(src[p.Offset:], []byte(tt.want[i])) {
					t.Errorf("problem %d (%s): offset %d points at %q, want %q", i, p.Message, p.Offset, src[p.Offset:], tt.want[i])
				}
				if !strings.Contains(p.Message, tt.msg) {
					t.Errorf("problem %d: message %q does not mention %q", i, p.Message, tt.msg)
				}
				if p.Hint == "" {
					t.Errorf("problem %d: no hint", i)
				}
			}
		})
	}
}

func TestCheckAcceptsCleanSummaries(t *testing.T) {
	tests := []string{
		"",
		"Le coût global est de **20 millions** de dirhams, sur la période 2026-2027.",
		`Le coût global est réparti ainsi :

| Partie | Part |
|:--|--:|
| Conseil provincial | 20 % |
| [GST](https://example.ma/gst) | 40 % |
| Communes | 40 % |

- conseil provincial : 20 % ;
- communes : *40 %*.

1. Voir [la région](../regions/oriental/) et [plus haut](#haut).
2. Écrire à <contact@example.ma> ou [la rédaction](mailto:redaction@example.ma).
3. Source : <https://example.ma/article>, ` + "`code`" + `.

> Citation.
`,
		"احتضن مقر عمالة إقليم الحسيمة حفل توقيع اتفاقية شراكة، بكلفة 20 مليون درهم.\n\n| الطرف | الحصة |\n|---|---|\n| المجلس الإقليمي | 20 في المائة |\n",
		"Not HTML: 3 < 4 and 5 > 2, a & b.",
		"Escaped: \\<b\\> and \\![x](y.png).",
		"    <div>indented code, not HTML</div>",
		"```\n<script>alert(1)</script>\n```",
		"`<b>` in code",
	}
	for _, rtl := range []bool{false, true} {
		md := markdown.New(rtl)
		for _, src := range tests {
			if got := markdown.Check(md, []byte(src)); len(got) != 0 {
				t.Errorf("rtl=%v: Check(%q) = %+v, want no problem", rtl, src, got)
			}
		}
	}
}

func render(t *testing.T, rtl bool, src string) string {
	t.Helper()
	var out bytes.Buffer
	if err := markdown.New(rtl).Convert([]byte(src), &out); err != nil {
		t.Fatalf("Convert(%q): %v", src, err)
	}
	return out.String()
}

var bdiTag = regexp.MustCompile(`</?bdi[^>]*>`)

func TestNewRendersTables(t *testing.T) {
	src := "| Partie | Part |\n|:--|--:|\n| Communes | 40 % |\n| GST | x |\n"
	for _, rtl := range []bool{false, true} {
		// Isolation wraps cell text in <bdi>; the table is what matters here.
		got := bdiTag.ReplaceAllString(render(t, rtl, src), "")
		for _, want := range []string{"<table>", "<thead>", "<th", ">Partie</th>", "<tbody>", ">Communes</td>", ">x</td>", "</table>"} {
			if !strings.Contains(got, want) {
				t.Errorf("rtl=%v: table output lacks %q:\n%s", rtl, want, got)
			}
		}
		if strings.Contains(got, "|") {
			t.Errorf("rtl=%v: the table was rendered as text:\n%s", rtl, got)
		}
	}
}

func TestNewOmitsRawHTML(t *testing.T) {
	tests := []string{
		"<script>alert(1)</script>",
		"Texte <script>alert(1)</script> suite",
		"<img src=x onerror=alert(1)>",
		"a <img src=x onerror=alert(1)> b",
		"<iframe src=\"https://evil.example\"></iframe>",
		"<div onclick=\"alert(1)\">x</div>",
		"| a |\n|---|\n| <script>alert(1)</script> |\n",
		"- <style>body{display:none}</style>",
	}
	for _, rtl := range []bool{false, true} {
		for _, src := range tests {
			got := strings.ToLower(render(t, rtl, src))
			for _, bad := range []string{"<script", "<img", "<iframe", "<div", "<style", "onerror", "onclick"} {
				if strings.Contains(got, bad) {
					t.Errorf("rtl=%v: %q rendered %q, which contains %q", rtl, src, got, bad)
				}
			}
		}
	}
}

var attrURL = regexp.MustCompile(`(?i)(?:href|src)\s*=\s*"([^"]*)"`)

func TestNewDropsDangerousLinks(t *testing.T) {
	tests := []string{
		"[x](javascript:alert(1))",
		"[x](JAVASCRIPT:alert(1))",
		"[x](JaVaScRiPt:alert(1))",
		"[x](<javascript:alert(1)>)",
		"[x]( javascript:alert(1))",
		"[x](&#106;avascript:alert(1))",
		"[x](javascript&#58;alert(1))",
		"[x](vbscript:msgbox(1))",
		"[x](data:text/html,<script>alert(1)</script>)",
		"[x][r]\n\n[r]: javascript:alert(1)\n",
		"<javascript:alert(1)>",
		"![x](javascript:alert(1))",
	}
	for _, rtl := range []bool{false, true} {
		for _, src := range tests {
			got := render(t, rtl, src)
			if !strings.Contains(got, "<a ") && !strings.Contains(got, "<img ") {
				// Still fine as long as nothing executable is left, but the
				// cases above are all meant to parse as links.
				t.Errorf("rtl=%v: %q did not render as a link: %s", rtl, src, got)
			}
			for _, m := range attrURL.FindAllStringSubmatch(got, -1) {
				u := strings.ToLower(m[1])
				for _, bad := range []string{"javascript", "vbscript", "data:"} {
					if strings.Contains(u, bad) {
						t.Errorf("rtl=%v: %q rendered %s", rtl, src, m[0])
					}
				}
			}
		}
	}
}

func TestNewKeepsSafeLinks(t *testing.T) {
	tests := []struct{ src, href string }{
		{"[x](https://example.ma/a?b=1)", `href="https://example.ma/a?b=1"`},
		{"[x](mailto:a@example.ma)", `href="mailto:a@example.ma"`},
		{"[x](../regions/oriental/)", `href="../regions/oriental/"`},
		{"[x](#haut)", `href="#haut"`},
		{"<https://example.ma>", `href="https://example.ma"`},
	}
	for _, tt := range tests {
		if got := render(t, false, tt.src); !strings.Contains(got, tt.href) {
			t.Errorf("%q rendered %q, want %s", tt.src, got, tt.href)
		}
	}
}

// TestCheckNesting: a summary nested past MaxDepth gets one problem, at
// the line that goes too deep, and is not parsed further; up to the limit
// it is checked as usual.
func TestCheckNesting(t *testing.T) {
	list := func(n int, last string) string {
		var b strings.Builder
		for i := range n {
			b.WriteString(strings.Repeat("  ", i) + "- " + last + "\n")
		}
		return b.String()
	}
	md := markdown.New(false)
	src := []byte(list(markdown.MaxDepth, "<b>x</b>"))
	if got := markdown.Check(md, src); len(got) != markdown.MaxDepth*2 || !strings.Contains(got[0].Message, "HTML") {
		t.Errorf("nested %d levels: got %+v, want the HTML of each item reported", markdown.MaxDepth, got)
	}
	src = []byte(list(markdown.MaxDepth+8, "<b>x</b>"))
	got := markdown.Check(md, src)
	if len(got) != 1 {
		t.Fatalf("nested %d levels: got %+v, want the nesting alone", markdown.MaxDepth+8, got)
	}
	// The marker of line 33, after the 32 lines above and its indentation.
	if want := len(list(markdown.MaxDepth, "<b>x</b>")) + 2*markdown.MaxDepth; got[0].Offset != want {
		t.Errorf("problem at offset %d, want %d: the marker of line %d", got[0].Offset, want, markdown.MaxDepth+1)
	}
	if msg := "a list nested 33 levels deep; summaries nest at most 32 levels"; got[0].Message != msg || got[0].Hint == "" {
		t.Errorf("got %q (hint %q), want %q with a hint", got[0].Message, got[0].Hint, msg)
	}
}

// TestCheckMarks: a paragraph with more than MaxMarks marks gets one
// problem, at the mark past the limit, and is not parsed further.
func TestCheckMarks(t *testing.T) {
	md := markdown.New(false)
	para := strings.Repeat("*a* ", markdown.MaxMarks/2-1) // two marks short of the limit
	if got := markdown.Check(md, []byte(para+"<b>x</b>\n\n"+para)); len(got) != 2 || !strings.Contains(got[0].Message, "HTML") {
		t.Errorf("two paragraphs at the limit: got %+v, want the HTML reported", got)
	}
	got := markdown.Check(md, []byte(para+"<b>x</b>\n"+para))
	if want := len(para + "<b>x</b>\n"); len(got) != 1 || got[0].Offset != want || !strings.HasPrefix(got[0].Message, "254 of the marks") {
		t.Errorf("one paragraph past the limit: got %+v, want one problem at offset %d, about 254 marks", got, want)
	}
}

// TestCheckSize: a summary larger than MaxSize gets one problem, at the
// line that goes past the limit, and is not parsed.
func TestCheckSize(t *testing.T) {
	md := markdown.New(false)
	line := "Un paragraphe de <b>résumé</b>.\n\n"
	src := strings.Repeat(line, markdown.MaxSize/len(line))
	src += strings.Repeat(".", markdown.MaxSize-len(src))
	if got := markdown.Check(md, []byte(src)); len(got) == 0 || !strings.Contains(got[0].Message, "HTML") {
		t.Errorf("a summary of MaxSize bytes: got %d problems, want its HTML reported", len(got))
	}
	got := markdown.Check(md, []byte(src+"\n."))
	if want := strings.LastIndexByte(src, '\n') + 1; len(got) != 1 || got[0].Offset != want || got[0].Message != "a summary of 65 KiB; summaries are at most 64 KiB" {
		t.Errorf("one byte more: got %+v, want one problem at offset %d", got, want)
	}
}

// TestCheckBoundsTheAddressesALinkReferencePrints: one long reference used
// many times would print its address each time; the page must not grow
// without end from a summary that checks.
func TestCheckBoundsTheAddressesALinkReferencePrints(t *testing.T) {
	long := "https://example.org/" + strings.Repeat("a", 2000)
	// 40 uses, 10 to a paragraph: 80,000 bytes of addresses.
	uses := strings.Repeat(strings.Repeat("[x][r] ", 10)+"\n\n", 4)
	src := []byte("[r]: " + long + "\n\n" + uses + "\n")
	probs := markdown.Check(markdown.New(false), src)
	if len(probs) != 1 || !strings.Contains(probs[0].Message, "KiB of addresses") {
		t.Fatalf("got %+v", probs)
	}
	fewer := []byte("[r]: " + long + "\n\n" + strings.Repeat(strings.Repeat("[x][r] ", 10)+"\n\n", 2))
	if probs := markdown.Check(markdown.New(false), fewer); len(probs) != 0 {
		t.Errorf("40,000 bytes of addresses: %+v", probs)
	}
}

func TestPlain(t *testing.T) {
	src := "# Titre\n\nUne **convention** pour [la santé](https://example.org) à *Tinghir*.\n\n- 18 médecins\n- `code`\n\n<b>brut</b>\n"
	got := strings.Join(strings.Fields(markdown.Plain(markdown.New(false), []byte(src))), " ")
	want := "Titre Une convention pour la santé à Tinghir . 18 médecins code brut"
	if got != want {
		t.Errorf("Plain = %q, want %q", got, want)
	}
}
