package content_test

import (
	"fmt"
	"io/fs"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"atlas/generator/content"
	"atlas/generator/diag"
)

const siteTOML = `languages = ["ar", "fr"]
default_lang = "ar"
repo_url = "https://github.com/atlas-sante/atlas"

[title]
ar = "أطلس اتفاقيات الشراكة"
fr = "Atlas des conventions"
`

const regionsTOML = `[[regions]]
code = "MA-10"
slug = "guelmim-oued-noun"
name = { ar = "كلميم واد نون", fr = "Guelmim-Oued Noun" }
population = 448685

[[provinces]]
code = "MA-GUE"
slug = "guelmim"
level = "province"
region = "MA-10"
name = { ar = "كلميم", fr = "Guelmim" }

[[provinces]]
code = "MA-TNT"
slug = "tan-tan"
level = "province"
region = "MA-10"
name = { ar = "طانطان", fr = "Tan-Tan" }
`

// agreementFront is lines 1 to 36 of the agreement file; the body starts
// at line 37. The line numbers below are those of the file.
const agreementFront = `+++
kind = "convention"
status = "signed"
signed = 2023-11-06
period = [2022, 2027]

[title]
ar = "اتفاقية شراكة"
fr = "Convention de partenariat"

[place]
region = "guelmim-oued-noun"
provinces = ["guelmim", "tan-tan"]
localities = [{ ar = "تغجيجت", fr = "Taghjijt" }]

[budget]
total = 443_000_000

[[parties]]
key = "region"
type = "regional-council"
name = { ar = "مجلس الجهة", fr = "Conseil de la région" }
roles = ["signatory", "funder"]
share = 20

[[parties]]
key = "gst"
type = "gst"
name = { ar = "المجموعة الصحية", fr = "Groupement sanitaire" }
roles = ["funder"]
share = 80

[[sources]]
outlet = "هبة بريس"
lang = "ar"
+++
`

const agreementBody = `
::: ar
ملخص بالعربية.
:::

::: fr
Résumé en français.
:::
`

const (
	agreementName = "agreements/guelmim-health-2023.md"
	agreementFile = "content/" + agreementName
)

func fixture() map[string]string {
	return map[string]string{
		"site.toml":    siteTOML,
		"regions.toml": regionsTOML,
		agreementName:  agreementFront + agreementBody,
	}
}

// crlfBOM turns a file into what a Windows editor might save.
func crlfBOM(s string) string { return "\uFEFF" + strings.ReplaceAll(s, "\n", "\r\n") }

func load(t *testing.T, files map[string]string) (*content.Content, diag.List) {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, data := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(data)}
	}
	return content.Load(fsys, "content")
}

func loadAgreement(t *testing.T, files map[string]string) *content.Agreement {
	t.Helper()
	c, diags := load(t, files)
	if len(diags) != 0 {
		t.Fatalf("unexpected diagnostics:\n%v", diagText(diags))
	}
	if len(c.Agreements) != 1 {
		t.Fatalf("loaded %d agreements, want 1", len(c.Agreements))
	}
	return c.Agreements[0]
}

func diagText(l diag.List) string {
	var b strings.Builder
	for _, d := range l {
		fmt.Fprintln(&b, d)
	}
	return b.String()
}

func TestLoadDecodes(t *testing.T) {
	c, diags := load(t, fixture())
	if len(diags) != 0 {
		t.Fatalf("unexpected diagnostics:\n%v", diagText(diags))
	}
	if got := c.Site.Languages; !reflect.DeepEqual(got, []string{"ar", "fr"}) {
		t.Errorf("languages %v", got)
	}
	if c.Site.Title.In("fr") != "Atlas des conventions" {
		t.Errorf("site title %v", c.Site.Title)
	}
	if len(c.Registry.Regions) != 1 || len(c.Registry.Provinces) != 2 || c.Registry.Provinces[1].Name.In("fr") != "Tan-Tan" {
		t.Errorf("registry %+v", c.Registry)
	}
	if len(c.Agreements) != 1 || len(c.Milestones) != 0 {
		t.Fatalf("%d agreements, %d milestones", len(c.Agreements), len(c.Milestones))
	}
	a := c.Agreements[0]
	if a.Slug != "guelmim-health-2023" || a.File != agreementFile {
		t.Errorf("slug %q, file %q", a.Slug, a.File)
	}
	if a.Signed != (content.Date{Year: 2023, Month: 11, Day: 6}) || !reflect.DeepEqual(a.Period, []int{2022, 2027}) {
		t.Errorf("signed %v, period %v", a.Signed, a.Period)
	}
	if !reflect.DeepEqual(a.Place.Provinces, []string{"guelmim", "tan-tan"}) || a.Place.Localities[0].In("fr") != "Taghjijt" {
		t.Errorf("place %+v", a.Place)
	}
	if a.Budget.Total == nil || *a.Budget.Total != 443_000_000 {
		t.Errorf("budget %+v", a.Budget)
	}
	if len(a.Parties) != 2 || a.Parties[1].Key != "gst" || a.Parties[1].Share == nil || *a.Parties[1].Share != 80 ||
		a.Parties[1].Name.In("ar") != "المجموعة الصحية" {
		t.Errorf("parties %+v", a.Parties)
	}
	wantSummary := content.Text{"ar": "ملخص بالعربية.", "fr": "Résumé en français."}
	if !reflect.DeepEqual(a.Summary, wantSummary) {
		t.Errorf("summary %q, want %q", a.Summary, wantSummary)
	}
	if want := map[string]int{"ar": 39, "fr": 43}; !reflect.DeepEqual(a.Blocks, want) {
		t.Errorf("blocks %v, want %v", a.Blocks, want)
	}
}

// positionTests are paths into the fixture's agreement, in the forms
// Positions documents, with the line:col they must point at. Columns count
// runes, so those after Arabic text are what an editor shows.
var positionTests = []struct {
	name string
	key  bool // Key, else Value
	path []any
	want string
}{
	{"top-level key", true, []any{"kind"}, "2:1"},
	{"top-level value", false, []any{"signed"}, "4:10"},
	{"table header", true, []any{"place"}, "11:2"},
	{"key in a table", true, []any{"title", "fr"}, "9:1"},
	{"second party", true, []any{"parties", 1}, "26:3"},
	{"key in the second party", true, []any{"parties", 1, "share"}, "31:1"},
	{"value in the second party", false, []any{"parties", 1, "share"}, "31:9"},
	{"key in the first party", true, []any{"parties", 0, "share"}, "24:1"},
	{"a dot inside a key is part of its name", true, []any{"parties.1.share"}, "2:1"},
	{"inline table", false, []any{"parties", 1, "name"}, "29:8"},
	{"inline table key after Arabic", true, []any{"parties", 1, "name", "fr"}, "29:34"},
	{"inline table value after Arabic", false, []any{"parties", 1, "name", "fr"}, "29:39"},
	{"a key named 1 is not element 1", false, []any{"parties", "1", "name", "fr"}, "19:3"},
	{"array element", false, []any{"place", "provinces", 1}, "13:25"},
	{"first array element", false, []any{"place", "provinces", 0}, "13:14"},
	{"array element key", true, []any{"place", "provinces", 1}, "13:25"},
	{"array element in a party", false, []any{"parties", 1, "roles", 0}, "30:10"},
	{"inline table in an array", false, []any{"place", "localities", 0}, "14:15"},
	{"key inside it", true, []any{"place", "localities", 0, "fr"}, "14:32"},
	{"value inside it", false, []any{"place", "localities", 0, "fr"}, "14:37"},
	{"absent key falls back to its parent", true, []any{"parties", 1, "amount"}, "26:3"},
	{"absent value falls back to the parent key", false, []any{"budget", "note", "fr"}, "16:2"},
	{"absent element falls back to its array", true, []any{"place", "provinces", 5}, "13:1"},
	{"unknown path falls back to the front matter", true, []any{"nothing"}, "2:1"},
}

func TestPositions(t *testing.T) {
	a := loadAgreement(t, fixture())
	if a.Keys.File() != agreementFile {
		t.Errorf("Keys.File() = %q", a.Keys.File())
	}
	for _, tt := range positionTests {
		t.Run(tt.name, func(t *testing.T) {
			get := a.Keys.Value
			if tt.key {
				get = a.Keys.Key
			}
			if got, want := get(tt.path...).String(), agreementFile+":"+tt.want; got != want {
				t.Errorf("%v = %s, want %s", tt.path, got, want)
			}
		})
	}
}

// TestArrayValuePositions: go-toml's AST gives array nodes no range, so an
// array value must not be placed at offset 0 (the first front matter line).
// check uses Value("period") for its period diagnostics.
func TestArrayValuePositions(t *testing.T) {
	a := loadAgreement(t, fixture())
	tests := []struct {
		path []any
		want string
	}{
		{[]any{"period"}, "5:10"},
		{[]any{"place", "provinces"}, "13:13"},
		{[]any{"parties", 1, "roles"}, "30:9"},
	}
	for _, tt := range tests {
		if got, want := a.Keys.Value(tt.path...).String(), agreementFile+":"+tt.want; got != want {
			t.Errorf("Value%v = %s, want %s", tt.path, got, want)
		}
	}
}

// TestFind: a character found in a decoded value is placed in the file,
// where escapes and line breaks in the value move it.
func TestFind(t *testing.T) {
	const title = `fr = "Convention de partenariat"`
	tests := []struct {
		name, new, find, want string
	}{
		{"literal", title, "partenariat", "9:21"},
		{"after escaped quotes", `fr = "\"C\" \u202Ex"`, "\u202E", "9:13"},
		{"escape in lower case", `fr = "C \u202ex"`, "\u202E", "9:9"},
		{"long escape", `fr = "C \U0001F600"`, "\U0001F600", "9:9"},
		{"second line of a multi-line string", "fr = \"\"\"\nC\nde \u2067x\"\"\"", "\u2067", "11:4"},
		{"absent", title, "nowhere", "9:6"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := fixture()
			files[agreementName] = strings.Replace(files[agreementName], title, tt.new, 1)
			a := loadAgreement(t, files)
			if got, want := a.Keys.Find(a.Keys.Value("title", "fr"), tt.find).String(), agreementFile+":"+tt.want; got != want {
				t.Errorf("Find(%q) = %s, want %s", tt.find, got, want)
			}
		})
	}
}

func TestLoosePaths(t *testing.T) {
	a := loadAgreement(t, fixture())
	if got, want := a.Keys.Loose("parties.share"), [][]any{{"parties", 0, "share"}, {"parties", 1, "share"}}; !reflect.DeepEqual(got, want) {
		t.Errorf("Loose(parties.share) = %v, want %v", got, want)
	}
	if got, want := a.Keys.Loose("parties.name.fr"), [][]any{{"parties", 0, "name", "fr"}, {"parties", 1, "name", "fr"}}; !reflect.DeepEqual(got, want) {
		t.Errorf("Loose(parties.name.fr) = %v, want %v", got, want)
	}
	if got, want := a.Keys.Loose("parties"), [][]any{{"parties"}}; !reflect.DeepEqual(got, want) {
		t.Errorf("Loose(parties) = %v, want %v", got, want)
	}
}

func TestRegistryAndSitePositions(t *testing.T) {
	c, diags := load(t, fixture())
	if len(diags) != 0 {
		t.Fatalf("unexpected diagnostics:\n%v", diagText(diags))
	}
	tests := []struct {
		keys *content.Positions
		key  bool
		path []any
		want string
	}{
		{c.SiteKeys, false, []any{"default_lang"}, "content/site.toml:2:16"},
		{c.SiteKeys, true, []any{"title", "fr"}, "content/site.toml:7:1"},
		{c.SiteKeys, false, []any{"languages", 1}, "content/site.toml:1:20"},
		{c.RegistryKeys, true, []any{"provinces", 1}, "content/regions.toml:14:3"},
		{c.RegistryKeys, false, []any{"provinces", 1, "slug"}, "content/regions.toml:16:8"},
		{c.RegistryKeys, false, []any{"regions", 0, "name", "fr"}, "content/regions.toml:4:37"},
	}
	for _, tt := range tests {
		get := tt.keys.Value
		if tt.key {
			get = tt.keys.Key
		}
		if got := get(tt.path...).String(); got != tt.want {
			t.Errorf("%v = %s, want %s", tt.path, got, tt.want)
		}
	}
}

func TestCRLFAndBOMKeepPositions(t *testing.T) {
	lf, lfDiags := load(t, fixture())
	files := fixture()
	for name, data := range files {
		files[name] = crlfBOM(data)
	}
	crlf, crlfDiags := load(t, files)
	if len(lfDiags) != 0 || len(crlfDiags) != 0 {
		t.Fatalf("unexpected diagnostics:\nLF:\n%vCRLF:\n%v", diagText(lfDiags), diagText(crlfDiags))
	}
	a, b := lf.Agreements[0], crlf.Agreements[0]
	for _, tt := range positionTests {
		for _, get := range []struct {
			name string
			a, b func(...any) diag.Pos
		}{{"Key", a.Keys.Key, b.Keys.Key}, {"Value", a.Keys.Value, b.Keys.Value}} {
			if pa, pb := get.a(tt.path...), get.b(tt.path...); pa != pb {
				t.Errorf("%s%v: %s with LF, %s with CRLF and a BOM", get.name, tt.path, pa, pb)
			}
		}
	}
	if !reflect.DeepEqual(a.Blocks, b.Blocks) {
		t.Errorf("blocks %v with LF, %v with CRLF", a.Blocks, b.Blocks)
	}
	if !reflect.DeepEqual(a.Summary, b.Summary) {
		t.Errorf("summary %q with LF, %q with CRLF", a.Summary, b.Summary)
	}
	if !reflect.DeepEqual(lf.Site, crlf.Site) || !reflect.DeepEqual(lf.Registry, crlf.Registry) {
		t.Errorf("site or registry differ with CRLF and a BOM")
	}
	for _, p := range [][]any{{"title", "fr"}, {"default_lang"}, {"languages", 1}} {
		if pa, pb := lf.SiteKeys.Value(p...), crlf.SiteKeys.Value(p...); pa != pb {
			t.Errorf("site.toml %v: %s with LF, %s with CRLF and a BOM", p, pa, pb)
		}
	}
	for _, p := range [][]any{{"provinces", 1, "slug"}, {"regions", 0, "name", "fr"}} {
		if pa, pb := lf.RegistryKeys.Value(p...), crlf.RegistryKeys.Value(p...); pa != pb {
			t.Errorf("regions.toml %v: %s with LF, %s with CRLF and a BOM", p, pa, pb)
		}
	}
}

func TestFrontMatterDiagnostics(t *testing.T) {
	tests := []struct {
		name     string
		old, new string // replaced once in the agreement
		want     string // line:col
		msg      string
		hint     string
	}{
		{"unknown key", "provinces = [", "provences = [", "13:1", `unknown key "provences"`, `did you mean "provinces"?`},
		{"unknown key in the second party", "share = 80", "shar = 80", "31:1", `unknown key "shar"`, `did you mean "share"?`},
		{"wrong type", "share = 80", `share = "80"`, "31:9", "wrong type", ""},
		{"impossible date", "signed = 2023-11-06", `signed = "2023-13"`, "4:10", "is not a date", ""},
		{"time of day", "signed = 2023-11-06", `signed = 2023-11-06T10:00:00`, "4:10", "no time of day", ""},
		{"bad syntax", "[budget]", "[budget", "16:8", "", ""},
		{"unknown top-level key", "signed = 2023-11-06", "signd = 2023-11-06", "4:1", `unknown key "signd"`, `did you mean "signed"?`},
		{"unknown table", "[budget]", "[budjet]", "16:2", `unknown key "budjet"`, `did you mean "budget"?`},
		{"midnight with a zone", "signed = 2023-11-06", "signed = 2023-11-06T00:00:00Z", "4:10", "no time of day", ""},
		{"impossible day", "signed = 2023-11-06", "signed = 2023-02-30", "4:10", "2023-02-30 is not a date", "a day that exists"},
		{"duplicate key", `status = "signed"`, "status = \"signed\"\nstatus = \"completed\"", "4:1", `duplicate key "status"`, "once"},
		{"text written as a string", `name = { ar = "المجموعة الصحية", fr = "Groupement sanitaire" }`, `name = "Groupement sanitaire"`,
			"29:8", "wrong type: found text, expected a table", ""},
		{"wrong type inside a text", `fr = "Convention de partenariat"`, "fr = 2023", "9:6", "wrong type: found a whole number, expected text", ""},
		{"wrong type in the first of two parties", "share = 20", `share = "20"`, "24:9", "wrong type", ""},
		{"list not closed", `provinces = ["guelmim", "tan-tan"]`, `provinces = ["guelmim", "tan-tan"`, "13:34", "a list lacks a comma between two items, or the ] that ends it", ""},
		{"comma missing in a list", `provinces = ["guelmim", "tan-tan"]`, `provinces = ["guelmim" "tan-tan"]`, "13:24", "a list lacks a comma between two items, or the ] that ends it", ""},
	}
	for _, tt := range tests {
		for _, variant := range []struct {
			name string
			conv func(string) string
		}{{"LF", func(s string) string { return s }}, {"CRLF+BOM", crlfBOM}} {
			t.Run(tt.name+"/"+variant.name, func(t *testing.T) {
				files := fixture()
				src := agreementFront + agreementBody
				if !strings.Contains(src, tt.old) {
					t.Fatalf("fixture lacks %q", tt.old)
				}
				files[agreementName] = variant.conv(strings.Replace(src, tt.old, tt.new, 1))
				_, diags := load(t, files)
				if len(diags) != 1 {
					t.Fatalf("got %d diagnostics, want 1:\n%s", len(diags), diagText(diags))
				}
				d := diags[0]
				if got, want := d.Pos.String(), agreementFile+":"+tt.want; got != want {
					t.Errorf("at %s, want %s (%s)", got, want, d)
				}
				if d.Severity != diag.Error || !strings.Contains(d.Message, tt.msg) || !strings.Contains(d.Hint, tt.hint) {
					t.Errorf("got %s, want an error with %q, hint %q", d, tt.msg, tt.hint)
				}
			})
		}
	}
}

func TestBlockDiagnostics(t *testing.T) {
	tests := []struct {
		name string
		body string
		want string // line:col
		msg  string
	}{
		{"unknown language", "\n::: en\nEnglish summary.\n:::\n\n::: fr\nRésumé.\n:::\n", "38:1", `unknown language "en"`},
		{"block never closed", "\n::: ar\nملخص.\n:::\n\n::: fr\nRésumé.\n", "42:1", "::: fr block opened here is never closed"},
		{"second ar block", "\n::: ar\nملخص.\n:::\n\n::: ar\nملخص آخر.\n:::\n", "42:1", "a second ::: ar block"},
		{"text outside a block", "\n::: ar\nملخص.\n:::\nstray text\n::: fr\nRésumé.\n:::\n", "41:1", "text outside a ::: block"},
		{"indented text outside a block", "\n  stray text\n::: ar\nملخص.\n:::\n", "38:3", "text outside a ::: block"},
		{"block opened inside a block", "\n::: ar\nملخص.\n::: fr\nRésumé.\n:::\n", "40:1", "opened inside the ::: ar block opened at line 38"},
	}
	for _, tt := range tests {
		for _, variant := range []struct {
			name string
			conv func(string) string
		}{{"LF", func(s string) string { return s }}, {"CRLF+BOM", crlfBOM}} {
			t.Run(tt.name+"/"+variant.name, func(t *testing.T) {
				files := fixture()
				files[agreementName] = variant.conv(agreementFront + tt.body)
				c, diags := load(t, files)
				if len(diags) != 1 {
					t.Fatalf("got %d diagnostics, want 1:\n%s", len(diags), diagText(diags))
				}
				d := diags[0]
				if got, want := d.Pos.String(), agreementFile+":"+tt.want; got != want {
					t.Errorf("at %s, want %s (%s)", got, want, d)
				}
				if d.Severity != diag.Error || !strings.Contains(d.Message, tt.msg) || d.Hint == "" {
					t.Errorf("got %s, want an error with %q and a hint", d, tt.msg)
				}
				// The front matter is still read.
				if len(c.Agreements) != 1 || c.Agreements[0].Kind != "convention" {
					t.Errorf("the agreement was not loaded")
				}
				for lang, s := range c.Agreements[0].Summary {
					if strings.Contains(s, ":::") || strings.Contains(s, "\r") {
						t.Errorf("summary %s = %q", lang, s)
					}
				}
			})
		}
	}
}

func TestLoadFolderEntries(t *testing.T) {
	files := fixture()
	files["agreements/notes.txt"] = "notes"
	files["agreements/.DS_Store"] = "\x00"
	files["agreements/.gitkeep"] = ""
	files["agreements/.guelmim-draft.md"] = agreementFront + agreementBody
	files["agreements/.Other.MD"] = agreementFront + agreementBody
	files["agreements/guelmim-health-2024.markdown"] = agreementFront + agreementBody
	files["agreements/drafts/other-agreement.md"] = agreementFront + agreementBody
	files["milestones/README"] = "x"
	files["milestones/.law.markdown"] = "x"
	files["guelmim-health-2025.md"] = agreementFront + agreementBody
	files["NOTES.MD"] = "x"
	files["notes.txt"] = "x"
	c, diags := load(t, files)
	diags.Sort()
	want := []struct{ pos, msg, hint string }{
		{"content/NOTES.MD:1:1", ".md files at the top of content are not read", "move it into content/agreements if it is an agreement, or content/milestones if it is a milestone"},
		{"content/agreements/.Other.MD:1:1", "hidden files are not read", "rename it without the leading dot, e.g. other.md"},
		{"content/agreements/.guelmim-draft.md:1:1", "hidden files are not read", "rename it without the leading dot, e.g. guelmim-draft.md"},
		{"content/agreements/drafts:1:1", "folders are not read here", "put the file directly in content/agreements"},
		{"content/agreements/guelmim-health-2024.markdown:1:1", "only .md files belong here", "rename it guelmim-health-2024.md"},
		{"content/agreements/notes.txt:1:1", "only .md files belong here", "name the file <slug>.md"},
		{"content/guelmim-health-2025.md:1:1", ".md files at the top of content are not read", "move it into content/agreements if it is an agreement, or content/milestones if it is a milestone"},
		{"content/milestones/.law.markdown:1:1", "hidden files are not read", "rename it without the leading dot, e.g. law.md"},
		{"content/milestones/README:1:1", "only .md files belong here", "name the file <slug>.md"},
	}
	if len(diags) != len(want) {
		t.Fatalf("got %d diagnostics, want %d:\n%s", len(diags), len(want), diagText(diags))
	}
	for i, w := range want {
		if diags[i].Pos.String() != w.pos || diags[i].Message != w.msg || diags[i].Hint != w.hint {
			t.Errorf("diagnostic %d = %s, want %s: %s (%s)", i, diags[i], w.pos, w.msg, w.hint)
		}
	}
	if len(c.Agreements) != 1 || c.Agreements[0].Slug != "guelmim-health-2023" {
		t.Errorf("agreements: %d", len(c.Agreements))
	}
}

func TestLoadBadFileName(t *testing.T) {
	files := fixture()
	delete(files, agreementName)
	files["agreements/Guelmim_Health.md"] = agreementFront + agreementBody
	c, diags := load(t, files)
	if len(diags) != 1 {
		t.Fatalf("got %d diagnostics, want 1:\n%s", len(diags), diagText(diags))
	}
	d := diags[0]
	if d.Pos.String() != "content/agreements/Guelmim_Health.md:1:1" || !strings.Contains(d.Message, "not a valid file name") ||
		!strings.Contains(d.Hint, "guelmim-health") {
		t.Errorf("got %s", d)
	}
	// The file is still read, so that check can report more.
	if len(c.Agreements) != 1 || c.Agreements[0].Kind != "convention" {
		t.Errorf("the agreement was not loaded")
	}
}

// TestLoadBadFileNameSuggestions: the suggested name is one no other file
// has, and an Arabic name is replaced by one made from the place, the
// French title and the year.
func TestLoadBadFileNameSuggestions(t *testing.T) {
	tests := []struct {
		name  string
		other []string // valid files of the same folder
		want  string   // in the hint
	}{
		{"Guelmim_Health.md", nil, "e.g. guelmim-health"},
		{"Guelmim_Health.md", []string{"guelmim-health", "guelmim-health-2"}, "e.g. guelmim-health-3"},
		{"اتفاقية-2024.md", nil, "e.g. guelmim-convention-partenariat-2023"},
		{"اتفاقية-2024.md", []string{"guelmim-convention-partenariat-2023"}, "e.g. guelmim-convention-partenariat-2023-2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := fixture()
			delete(files, agreementName)
			files["agreements/"+tt.name] = agreementFront + agreementBody
			for _, slug := range tt.other {
				files["agreements/"+slug+".md"] = agreementFront + agreementBody
			}
			_, diags := load(t, files)
			if len(diags) != 1 {
				t.Fatalf("got %d diagnostics, want 1:\n%s", len(diags), diagText(diags))
			}
			if d := diags[0]; !strings.Contains(d.Message, "not a valid file name") || !strings.HasSuffix(d.Hint, tt.want) {
				t.Errorf("got %s, want a hint ending %q", d, tt.want)
			}
		})
	}
}

// TestLoadFilesThatAreNotRead: links, pipes, devices and files over the
// limit are reported where they are, and nothing is read from them.
func TestLoadFilesThatAreNotRead(t *testing.T) {
	valid := agreementFront + agreementBody
	tests := []struct {
		name  string
		files fstest.MapFS
		pos   string
		msg   string
		hint  string
	}{
		{"linked agreement", fstest.MapFS{"agreements/linked-file.md": {Mode: fs.ModeSymlink, Data: []byte("../../secret.md")}},
			"content/agreements/linked-file.md:1:1", "linked-file.md is a symbolic link, not a regular file",
			"links are not followed, so that nothing outside content is published: put the file itself here"},
		{"named pipe", fstest.MapFS{"agreements/pipe-file.md": {Mode: fs.ModeNamedPipe}},
			"content/agreements/pipe-file.md:1:1", "pipe-file.md is a named pipe, not a regular file",
			"only regular files and folders are read: make it an ordinary file"},
		{"device", fstest.MapFS{"milestones/zero-file.md": {Mode: fs.ModeDevice | fs.ModeCharDevice}},
			"content/milestones/zero-file.md:1:1", "zero-file.md is a device, not a regular file", ""},
		{"linked folder", fstest.MapFS{"milestones": {Mode: fs.ModeSymlink, Data: []byte("agreements")}},
			"content/milestones:1:1", "milestones is a symbolic link, not a folder", "put the folder itself here"},
		{"agreements is a file", fstest.MapFS{"agreements": {Data: []byte("x")}},
			"content/agreements:1:1", "agreements is a regular file, not a folder", "make it an ordinary folder"},
		{"linked settings", fstest.MapFS{"site.toml": {Mode: fs.ModeSymlink, Data: []byte("regions.toml")}},
			"content/site.toml:1:1", "site.toml is a symbolic link, not a regular file", "put the file itself here"},
		{"too large", fstest.MapFS{"agreements/big-file.md": {Data: []byte(valid + strings.Repeat("x", 3_200_000))}},
			"content/agreements/big-file.md:1:1", "big-file.md is 3.2 MB; a content file is at most 1 MB", "[[sources]]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for name, data := range fixture() {
				fsys[name] = &fstest.MapFile{Data: []byte(data)}
			}
			for name, f := range tt.files {
				fsys[name] = f
			}
			_, diags := content.Load(fsys, "content")
			var found bool
			for _, d := range diags {
				found = found || d.Pos.String() == tt.pos && d.Message == tt.msg && strings.Contains(d.Hint, tt.hint)
			}
			if !found {
				t.Errorf("want %s: %s (…%s…), got:\n%s", tt.pos, tt.msg, tt.hint, diagText(diags))
			}
		})
	}
}

func TestLoadBrokenFiles(t *testing.T) {
	tests := []struct {
		name string
		data string
		want string // position
		msg  string
	}{
		{"empty", "\n\n", agreementFile + ":1:1", "empty"},
		{"no opening fence", "kind = \"convention\"\n+++\n", agreementFile + ":1:1", "must start with a line holding exactly +++"},
		{"never closed", "+++\nkind = \"convention\"\n", agreementFile + ":1:1", "never closed"},
		{"invalid UTF-8", "+++\nkind = \"conv\xffention\"\n+++\n", agreementFile + ":2:13", "not valid UTF-8"},
		{"CR line endings", strings.ReplaceAll(agreementFront+agreementBody, "\n", "\r"), agreementFile + ":1:4",
			"the lines of this file end with a CR alone (old Mac line endings)"},
		{"CR line endings and a BOM", "\uFEFF" + strings.ReplaceAll(agreementFront+agreementBody, "\n", "\r"), agreementFile + ":1:4",
			"the lines of this file end with a CR alone"},
		{"one CR alone", strings.Replace(agreementFront+agreementBody, "status = \"signed\"\n", "status = \"signed\"\r", 1), agreementFile + ":3:18",
			"a line ends with a CR alone (an old Mac line ending)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := fixture()
			files[agreementName] = tt.data
			c, diags := load(t, files)
			if len(diags) != 1 {
				t.Fatalf("got %d diagnostics, want 1:\n%s", len(diags), diagText(diags))
			}
			if diags[0].Pos.String() != tt.want || !strings.Contains(diags[0].Message, tt.msg) {
				t.Errorf("got %s, want %s: …%s…", diags[0], tt.want, tt.msg)
			}
			if len(c.Agreements) != 0 {
				t.Errorf("a broken file was returned")
			}
		})
	}
}

// TestRequiredLanguages: a language added to a site is not required of
// the texts written before it, unless the settings say so.
func TestRequiredLanguages(t *testing.T) {
	tests := []struct {
		settings string
		want     []string
	}{
		{`languages = ["ar", "fr", "en"]`, []string{"ar", "fr"}},
		{`languages = ["en", "fr"]`, []string{"fr"}},
		{`languages = ["en", "es"]`, []string{"en", "es"}}, // none of the defaults: all
		{"languages = [\"ar\", \"fr\", \"en\"]\nrequired_languages = [\"ar\", \"fr\", \"en\"]", []string{"ar", "fr", "en"}},
		{"languages = [\"ar\", \"fr\"]\nrequired_languages = []", []string{}},
	}
	for _, tt := range tests {
		c, _ := load(t, map[string]string{"site.toml": tt.settings, "regions.toml": regionsTOML})
		if !reflect.DeepEqual(c.Site.RequiredLanguages, tt.want) {
			t.Errorf("%s:\nrequired %#v; want %#v", tt.settings, c.Site.RequiredLanguages, tt.want)
		}
	}
}

func TestLoadMissingSettings(t *testing.T) {
	c, diags := load(t, map[string]string{})
	diags.Sort()
	if len(diags) != 2 {
		t.Fatalf("got %d diagnostics, want 2:\n%s", len(diags), diagText(diags))
	}
	if diags[0].Pos.String() != "content/regions.toml:1:1" || diags[1].Pos.String() != "content/site.toml:1:1" {
		t.Errorf("got:\n%s", diagText(diags))
	}
	if !reflect.DeepEqual(c.Site.Languages, []string{"ar", "fr"}) || !reflect.DeepEqual(c.Site.RequiredLanguages, []string{"ar", "fr"}) {
		t.Errorf("default languages %v, required %v", c.Site.Languages, c.Site.RequiredLanguages)
	}
	if c.SiteKeys == nil || c.RegistryKeys == nil {
		t.Errorf("positions are nil")
	}
}
