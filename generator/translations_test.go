package generator

import (
	"bytes"
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"atlas/generator/content"
	"atlas/generator/diag"
)

// translations writes, beside invalid.golden, the same diagnostics in each
// language diagnostics can be printed in (invalid.<lang>.golden), and
// fails on any message or hint of a content file its catalog does not
// know: contributors who read only that language must be able to read
// every problem check reports. Layout and catalog errors are for
// maintainers and may stay in English.
type translations struct {
	catalogs []*diag.Catalog
	out      []bytes.Buffer
	unknown  []map[string]bool
}

func newTranslations(t *testing.T) *translations {
	t.Helper()
	tr := &translations{}
	for _, lang := range diag.Languages()[1:] {
		c, err := diag.LoadCatalog(lang)
		if err != nil {
			t.Fatal(err)
		}
		tr.catalogs = append(tr.catalogs, c)
	}
	tr.out = make([]bytes.Buffer, len(tr.catalogs))
	tr.unknown = make([]map[string]bool, len(tr.catalogs))
	for i, c := range tr.catalogs {
		fmt.Fprintf(&tr.out[i], "# testdata/invalid.golden in %s.\n", c.Lang)
		tr.out[i].WriteString("# go test ./generator -run TestInvalid -update rewrites this file.\n")
		tr.unknown[i] = map[string]bool{}
	}
	return tr
}

func (tr *translations) add(c invalidCase, diags diag.List) {
	for i, cat := range tr.catalogs {
		fmt.Fprintf(&tr.out[i], "\n## %s\n", c.name)
		for _, d := range diags {
			said := cat.Translate(diag.List{d})[0]
			fmt.Fprintln(&tr.out[i], said)
			if strings.HasPrefix(c.name, "layouts/") {
				continue
			}
			for _, s := range []string{d.Message, d.Hint} {
				if _, ok := cat.Say(s); !ok {
					tr.unknown[i][s] = true
				}
			}
		}
	}
}

func (tr *translations) compare(t *testing.T) {
	t.Helper()
	for i, c := range tr.catalogs {
		golden := strings.TrimSuffix(invalidGolden, ".golden") + "." + c.Lang + ".golden"
		if *update {
			if err := os.WriteFile(golden, tr.out[i].Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test ./generator -run TestInvalid -update to create it)", err)
		}
		if !bytes.Equal(want, tr.out[i].Bytes()) {
			t.Errorf("diagnostics in %s differ from %s (go test ./generator -run TestInvalid -update rewrites it; review the diff):\n%s",
				c.Lang, golden, firstDiff(string(want), tr.out[i].String()))
		}
		var missing []string
		for s := range tr.unknown[i] {
			missing = append(missing, s)
		}
		sort.Strings(missing)
		if len(missing) > 0 {
			t.Errorf("generator/diag/messages/%s has no translation for %d messages and hints of content files:\n%s",
				c.Lang, len(missing), strings.Join(missing, "\n"))
		}
	}
}

// TestVocabulariesGlossed checks that every closed list of the contract,
// as check prints it in a hint, is glossed in each language: a value added
// to a list without its gloss would leave contributors who read no English
// guessing.
func TestVocabulariesGlossed(t *testing.T) {
	lists := map[string][]string{
		"kinds": content.Kinds, "statuses": content.Statuses, "party types": content.PartyTypes, "roles": content.Roles,
		"source languages": content.SourceLangs, "levels": content.Levels, "occasions": content.Occasions,
	}
	for _, lang := range diag.Languages()[1:] {
		c, err := diag.LoadCatalog(lang)
		if err != nil {
			t.Fatal(err)
		}
		for name, list := range lists {
			joined := strings.Join(list, ", ")
			said, ok := c.Say(joined)
			if !ok || strings.Count(said, "(") != len(list) {
				t.Errorf("%s: the %s are not glossed one by one: %q says %q", lang, name, joined, said)
			}
		}
	}
}
