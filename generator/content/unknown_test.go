package content_test

import (
	"fmt"
	"strings"
	"testing"
)

// unknownKeyTests write one unknown key in every form TOML has, each
// under kind = "convention" on line 2 of the file. want is where the key
// stands; the hint is the usual one.
var unknownKeyTests = []struct {
	name, front, key, want, hint string
}{
	{"bare", `statu = "signed"`, "statu", "3:1", `did you mean "status"?`},
	{"basic-quoted", `"statu" = "signed"`, "statu", "3:1", `did you mean "status"?`},
	{"literal-quoted", `'statu' = "signed"`, "statu", "3:1", `did you mean "status"?`},
	{"dotted", `budget.totl = 12`, "totl", "3:8", `did you mean "total"?`},
	{"dotted, unknown table", `foo.bar = 12`, "foo", "3:1", knownTop},
	{"quoted with a dot", `"budget.total" = 12_000_000`, "budget.total", "3:1", `the quotes make "budget.total" one key: write total = … in [budget]`},
	{"quoted with a dot, in a table", "[place]\n\"region.x\" = 1", "region.x", "4:1", `did you mean "region"?`},
	{"Arabic", `"المبلغ" = 12`, "المبلغ", "3:1", knownTop},
	{"Arabic, in an inline table", `place = { region = "x", "الإقليم" = "y" }`, "الإقليم", "3:25", knownPlace},
	{"numeric-looking", `1 = 2`, "1", "3:1", knownTop},
	{"numeric-looking in [[parties]]", "[[parties]]\nkey = \"a\"\n1 = 2", "1", "5:1", knownParty},
	{"numeric-looking in the second party", "[[parties]]\nkey = \"a\"\n[[parties]]\nkey = \"b\"\n  1 = 2", "1", "7:3", knownParty},
	{"empty quoted", `"" = 1`, "", "3:1", knownTop},
	{"in an inline table", `place = { region = "x", provinse = ["y"] }`, "provinse", "3:25", `did you mean "provinces"?`},
	{"in an inline table in an array", "components = [{ amount = 1 }, { amont = 2 }]", "amont", "3:33", `did you mean "amount"?`},
	{"in an array of tables", "[[sources]]\noutlet = \"x\"\nlnag = \"ar\"", "lnag", "5:1", `did you mean "lang"?`},
	{"unknown array of tables", "[[partys]]\nkey = \"a\"", "partys", "3:3", `did you mean "parties"?`},
	// Counts are a table check reads ([staff] nurse = … is its to report):
	// here, a key in an inline table inside a list.
	{"in nested inline tables", `components = [{ title = { ar = "a", fr = "b" }, amonut = 1 }]`, "amonut", "3:49", `did you mean "amount"?`},
	{"in a dotted table header", "[foo.bar]\nx = 1", "foo", "3:2", knownTop},
	{"in a quoted table header", "[\"budget\"]\ntotl = 1", "totl", "4:1", `did you mean "total"?`},
}

const (
	knownTop   = "known keys here: budget, components, equipment, events, kind, occasion, parties, period, place, related, signed, sources, staff, status, title"
	knownPlace = "known keys here: localities, provinces, region"
	knownParty = "known keys here: amount, key, name, represented_by, roles, share, type"
)

func TestUnknownKeyForms(t *testing.T) {
	for _, tt := range unknownKeyTests {
		t.Run(tt.name, func(t *testing.T) {
			files := fixture()
			files[agreementName] = "+++\nkind = \"convention\"\n" + tt.front + "\n+++\n" + agreementBody
			_, diags := load(t, files)
			if len(diags) != 1 {
				t.Fatalf("want one diagnostic, got:\n%s", diagText(diags))
			}
			d := diags[0]
			if got, want := d.Message, `unknown key "`+tt.key+`"`; got != want {
				t.Errorf("message %s, want %s", got, want)
			}
			if got, want := d.Pos.String(), agreementFile+":"+tt.want; got != want {
				t.Errorf("at %s, want %s", got, want)
			}
			if d.Hint != tt.hint {
				t.Errorf("hint %q, want %q", d.Hint, tt.hint)
			}
		})
	}
}

// TestUnknownKeyIsNotRead: a key named "budget.total" is not [budget]
// total, so the budget stays undisclosed rather than read from it.
func TestUnknownKeyIsNotRead(t *testing.T) {
	files := fixture()
	files[agreementName] = strings.Replace(files[agreementName], "[budget]\ntotal = 443_000_000\n", "\"budget.total\" = 443_000_000\n", 1)
	c, diags := load(t, files)
	if len(diags) != 1 || !strings.Contains(diags[0].Message, `"budget.total"`) {
		t.Fatalf("want the quoted key reported, got:\n%s", diagText(diags))
	}
	if c.Agreements[0].Budget.Total != nil {
		t.Errorf("budget read from a key named \"budget.total\"")
	}
}

// TestUnknownKeyInEveryTable writes the same unknown key in each of many
// tables of a list: one error for each table, not one for each table
// times each table, which a file of a few thousand tables would take
// minutes to print.
func TestUnknownKeyInEveryTable(t *testing.T) {
	const n = 300
	var front strings.Builder
	front.WriteString("+++\nkind = \"convention\"\n")
	for i := range n {
		fmt.Fprintf(&front, "[[parties]]\nkey = \"p%d\"\nstauts = \"x\"\n", i)
	}
	files := fixture()
	files[agreementName] = front.String() + "+++\n" + agreementBody
	_, diags := load(t, files)
	lines := map[int]bool{}
	for _, d := range diags {
		if d.Message == `unknown key "stauts"` {
			lines[d.Pos.Line] = true
		}
	}
	if len(lines) != n || len(diags) != n {
		t.Errorf("%d diagnostics on %d lines, want %d on %d", len(diags), len(lines), n, n)
	}
}
