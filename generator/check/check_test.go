package check

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"atlas/generator/content"
	"atlas/generator/diag"
)

const site = `languages = ["ar", "fr"]
[title]
ar = "أطلس"
fr = "Atlas"
`

const registry = `[[regions]]
code = "MA-10"
slug = "guelmim-oued-noun"
name = { ar = "كلميم-واد نون", fr = "Guelmim-Oued Noun" }
population = 448685

[[regions]]
code = "MA-09"
slug = "souss-massa"
name = { ar = "سوس-ماسة", fr = "Souss-Massa" }
population = 3020431

[[provinces]]
code = "MA-GUE"
slug = "guelmim"
level = "province"
region = "guelmim-oued-noun"
name = { ar = "كلميم", fr = "Guelmim" }

[[provinces]]
code = "MA-TNT"
slug = "tan-tan"
level = "province"
region = "guelmim-oued-noun"
name = { ar = "طانطان", fr = "Tan-Tan" }

[[provinces]]
code = "MA-TAR"
slug = "taroudannt"
level = "province"
region = "souss-massa"
name = { ar = "تارودانت", fr = "Taroudannt" }
`

// valid is a complete agreement; each test case edits one line of it.
const valid = `+++
kind = "convention"
status = "signed"
signed = 2023-11-06
[title]
ar = "اتفاقية"
fr = "Convention"
[place]
region = "guelmim-oued-noun"
provinces = ["guelmim"]
[budget]
total = 443_000_000
[[parties]]
key = "region"
type = "regional-council"
name = { ar = "مجلس الجهة", fr = "Conseil régional" }
roles = ["signatory", "funder"]
share = 20
[[sources]]
outlet = "هبة بريس"
url = "https://example.org/a"
+++

::: ar
ملخص.
:::

::: fr
Résumé.
:::
`

// runEdited runs the checks on the valid fixture with old replaced by new.
func runEdited(t *testing.T, old, new string) []string {
	t.Helper()
	if !strings.Contains(valid, old) {
		t.Fatalf("fixture lacks %q", old)
	}
	return run(t, strings.Replace(valid, old, new, 1))
}

func run(t *testing.T, file string) []string {
	t.Helper()
	fsys := fstest.MapFS{
		"site.toml":                  {Data: []byte(site)},
		"regions.toml":               {Data: []byte(registry)},
		"agreements/guelmim-2023.md": {Data: []byte(file)},
	}
	c, diags := content.Load(fsys, "content")
	diags = append(diags, Content(c, c.Site.Languages)...)
	diags.Sort()
	var out []string
	for _, d := range diags {
		out = append(out, d.String())
	}
	return out
}

func TestValidAgreementHasNoDiagnostic(t *testing.T) {
	if got := run(t, valid); len(got) != 0 {
		t.Fatalf("want no diagnostic, got:\n%s", strings.Join(got, "\n"))
	}
}

func TestRules(t *testing.T) {
	const f = "content/agreements/guelmim-2023.md"
	tests := []struct {
		name, old, new string
		want           string
	}{
		{"unknown kind", `kind = "convention"`, `kind = "conventoin"`,
			f + `:2:8: error: unknown kind "conventoin" (did you mean "convention"?)`},
		{"unknown status", `status = "signed"`, `status = "done"`,
			f + `:3:10: error: unknown status "done"`},
		{"impossible date", `signed = 2023-11-06`, `signed = 2023-02-30`,
			f + `:4:`},
		{"partial date", `signed = 2023-11-06`, `signed = "2023-13"`,
			f + `:4:10: error: "2023-13" is not a date`},
		{"misspelt key", `provinces = ["guelmim"]`, `provences = ["guelmim"]`,
			f + `:10:1: error: unknown key "provences" (did you mean "provinces"?)`},
		{"unknown region", `region = "guelmim-oued-noun"`, `region = "guelmim-oued-nun"`,
			f + `:9:10: error: unknown region "guelmim-oued-nun" (did you mean "guelmim-oued-noun"?)`},
		{"province outside region", `provinces = ["guelmim"]`, `provinces = ["taroudannt"]`,
			f + `:10:14: error: province "taroudannt" is in region "souss-massa", not "guelmim-oued-noun" (provinces of guelmim-oued-noun: guelmim, tan-tan)`},
		{"share over 100", `share = 20`, `share = 120`,
			f + `:18:9: error: a share is a percent above 0 and at most 100, not 120`},
		{"wrong type", `total = 443_000_000`, `total = "443 millions"`,
			f + `:12:9: error: wrong type: found text, expected a whole number`},
		{"missing title language", `fr = "Convention"`, ``,
			f + `:5:2: error: the title has no "fr" text`},
		{"bad url", `url = "https://example.org/a"`, `url = "javascript:alert(1)"`,
			f + `:21:7: error: a source address must start with http:// or https://`},
		{"no source", "[[sources]]\noutlet = \"هبة بريس\"\nurl = \"https://example.org/a\"\n", "",
			f + `:2:1: error: no source`},
		{"unknown block language", `::: fr`, `::: en`,
			f + `:28:1: error: a ::: block for an unknown language "en"`},
		{"block without a language", `::: fr`, `:::`,
			f + `:28:1: error: a ::: block without a language`},
		{"sign in a date", `signed = 2023-11-06`, `signed = "2023-+1"`,
			f + `:4:10: error: "2023-+1" is not a date`},
		{"array value position", `provinces = ["guelmim"]`, `provinces = "guelmim"`,
			f + `:10:13: error: wrong type`},
		{"raw html", `Résumé.`, `<script>alert(1)</script>`,
			f + `:29:1: error: HTML is not rendered in summaries`},
		{"bad link", `Résumé.`, `[x](javascript:alert(1))`,
			f + `:29:1: error: link to "javascript:alert(1)" is not allowed`},
		{"one language only", "::: fr\nRésumé.\n:::\n", "",
			f + `:25:1: warning: no fr summary`},
		{"no summary", "::: ar\nملخص.\n:::\n\n::: fr\nRésumé.\n:::\n", "",
			f + `:22:1: error: no summary`},
		{"bidi override", `ar = "اتفاقية"`, "ar = \"اتفاقية\u202e1\"",
			f + `:6:14: error: invisible character U+202E (a bidi embedding or override) in text`},
		{"duplicate party key", "[[sources]]", "[[parties]]\nkey = \"region\"\ntype = \"gst\"\nname = { ar = \"م\", fr = \"G\" }\nroles = [\"present\"]\n[[sources]]",
			f + `:20:7: error: party key "region" is already used by party 1`},
		{"unclosed block", "Résumé.\n:::", "Résumé.",
			f + `:28:1: error: the ::: fr block opened here is never closed`},
		{"unclosed front matter", "+++\n\n::: ar", "\n::: ar",
			f + `:1:1: error: the front matter opened here is never closed`},
		{"syntax error", `kind = "convention"`, `kind = "convention`,
			f + `:2:`},
		{"escaped bidi override", `fr = "Convention"`, `fr = "\"C\" \u202E"`,
			f + `:7:13: error: invisible character U+202E (a bidi embedding or override) in text`},
		{"bidi isolate on the second line of a text", `fr = "Convention"`, "fr = \"\"\"\nConvention\nen \u2067santé\"\"\"",
			f + `:9:4: error: invisible character U+2067 (a bidi isolate) in text`},
		{"tag character", `fr = "Convention"`, "fr = \"Conv\U000E0041ention\"",
			f + `:7:11: error: invisible character U+E0041 (a character that is not displayed) in text`},
		{"invisible character in a party key", `key = "region"`, "key = \"reg\u200bion\"",
			f + `:14:11: error: invisible character U+200B (a character that is not displayed) in text`},
		{"direction mark inside a figure", `fr = "Convention"`, "fr = \"Convention de 2\u200f023\"",
			f + `:7:22: error: invisible character U+200F (a direction mark or joiner beside a digit) in text`},
		{"joiner after a figure in the summary", `Résumé.`, "Résumé de 20\u200d.",
			f + `:29:13: error: invisible character U+200D (a direction mark or joiner beside a digit) in the summary`},
		{"invisible character in a source address", `url = "https://example.org/a"`, "url = \"https://example.org/\u202ea\"",
			f + `:21:28: error: invisible character U+202E (a bidi embedding or override) in text`},
		{"unknown province and region", "region = \"guelmim-oued-noun\"\nprovinces = [\"guelmim\"]", "region = \"nowhere\"\nprovinces = [\"tan-tn\"]",
			f + `:10:14: error: unknown province "tan-tn" (did you mean "tan-tan"?)`},
		{"empty roles", `roles = ["signatory", "funder"]`, `roles = []`,
			f + `:17:9: error: a party needs at least one role`},
		{"summary line after a block opened inside a block", "::: ar\nملخص.\n:::", "::: ar\n::: fr\nملخص\u202e.\n:::",
			f + `:26:5: error: invisible character U+202E (a bidi embedding or override) in the summary`},
		{"indented first summary line", `Résumé.`, `  <b>Résumé</b>.`,
			f + `:29:3: error: HTML is not rendered in summaries`},
		{"TODO on the second line of a text", `fr = "Convention"`, "fr = \"\"\"\nConvention\nà compléter TODO\"\"\"",
			f + `:9:13: error: TODO left to fill in`},
		{"another language code is no typo", `fr = "Convention"`, "fr = \"Convention\"\nen = \"Agreement\"",
			f + `:8:1: error: unknown language "en" in the title (one of: ar, fr)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := runEdited(t, tt.old, tt.new)
			for _, g := range got {
				if strings.HasPrefix(g, tt.want) {
					return
				}
			}
			t.Errorf("want a diagnostic starting with\n  %s\ngot:\n  %s", tt.want, strings.Join(got, "\n  "))
		})
	}
}

// TestOneErrorPerMistake: a value the loader could not read is reported
// once, where it stands, and not again as missing by the checks.
func TestOneErrorPerMistake(t *testing.T) {
	tests := []struct {
		name, old, new string
		want           string // in the one diagnostic
	}{
		{"syntax error", `kind = "convention"`, `kind = "convention`, "not closed"},
		{"wrong type in a party", `share = 20`, `share = "20"`, "wrong type"},
		{"wrong type in a source", `url = "https://example.org/a"`, `url = 1`, "wrong type"},
		{"wrong type of the region", `region = "guelmim-oued-noun"`, `region = ["guelmim-oued-noun"]`, "wrong type"},
		{"title written as a string", "[title]\nar = \"اتفاقية\"\nfr = \"Convention\"\n", "title = \"Convention\"\n", "wrong type"},
		{"no title", "[title]\nar = \"اتفاقية\"\nfr = \"Convention\"\n", "", "the title is missing"},
		{"unknown top-level key", `status = "signed"`, "status = \"signed\"\nsigend = 2023-11-06", `unknown key "sigend"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := runEdited(t, tt.old, tt.new)
			if len(got) != 1 || !strings.Contains(got[0], tt.want) {
				t.Errorf("want one diagnostic with %q, got:\n  %s", tt.want, strings.Join(got, "\n  "))
			}
		})
	}
}

func TestEmptyFile(t *testing.T) {
	got := run(t, "")
	if len(got) != 1 || !strings.HasPrefix(got[0], "content/agreements/guelmim-2023.md:1:1: error: the file is empty") {
		t.Fatalf("got %q", got)
	}
}

func TestCRLFAndBOMAreAccepted(t *testing.T) {
	file := "\uFEFF" + strings.ReplaceAll(valid, "\n", "\r\n")
	if got := run(t, file); len(got) != 0 {
		t.Fatalf("want no diagnostic, got:\n%s", strings.Join(got, "\n"))
	}
}

// TestContentCachedChecksOnlyNewValues: a file loaded again unchanged
// keeps its problems without being checked; a change to the list of files
// checks everything again, since a related link may now resolve.
func TestContentCachedChecksOnlyNewValues(t *testing.T) {
	fsys := fstest.MapFS{
		"site.toml":                  {Data: []byte(site)},
		"regions.toml":               {Data: []byte(registry)},
		"agreements/guelmim-2023.md": {Data: []byte(strings.Replace(valid, `kind = "convention"`, `kind = "conventoin"`, 1))},
	}
	c, _ := content.Load(fsys, "content")
	var cache Cache
	want := ContentCached(c, c.Site.Languages, &cache)
	// The same values, checked with the cache, give the same problems.
	if got := ContentCached(c, c.Site.Languages, &cache); lines(got) != lines(want) {
		t.Fatalf("cached check:\n%v\nwant\n%v", got, want)
	}
	// A cached finding is used as it is: change it to see it used.
	for k := range cache.found {
		cache.found[k] = diag.List{{Pos: diag.Pos{File: "marker", Line: 1, Col: 1}, Message: "from the cache"}}
		break
	}
	if got := ContentCached(c, c.Site.Languages, &cache); !strings.Contains(lines(got), "from the cache") {
		t.Errorf("the cache was not used: %v", got)
	}
	// One more file changes the basis: everything is checked again.
	extra := *c.Agreements[0]
	extra.Doc.Slug = "another-slug"
	c.Agreements = append(c.Agreements, &extra)
	if got := ContentCached(c, c.Site.Languages, &cache); strings.Contains(lines(got), "from the cache") {
		t.Errorf("a new list of files kept old findings: %v", got)
	}
}

func lines(l diag.List) string {
	var b strings.Builder
	for _, d := range l {
		fmt.Fprintln(&b, d)
	}
	return b.String()
}

// TestValidFilesAreNotIndexed: checking files without problems looks no
// position up, so their front matters are never indexed: that is most of
// the cost of loading, saved on most files.
func TestValidFilesAreNotIndexed(t *testing.T) {
	c, diags := content.Load(os.DirFS("../testdata/seed"), "content")
	diags = append(diags, Content(c, c.Site.Languages)...)
	if diags.HasErrors() {
		t.Fatal(lines(diags))
	}
	for _, a := range c.Agreements {
		if a.Keys.Indexed() {
			t.Errorf("%s: its positions were indexed", a.File)
		}
	}
	for _, m := range c.Milestones {
		if m.Keys.Indexed() {
			t.Errorf("%s: its positions were indexed", m.File)
		}
	}
}
