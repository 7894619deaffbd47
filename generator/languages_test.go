package generator

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestThirdLanguage builds the seed site in a third language, English,
// from a catalog and one setting: languages in site.toml. The content
// written before it stays valid: each file gets one warning, and the
// pages of every language link to the English ones.
func TestThirdLanguage(t *testing.T) {
	content := mapFS(t, os.DirFS("testdata/seed"))
	settings := string(content["site.toml"].Data)
	const old = `languages = ["ar", "fr"]`
	if !strings.Contains(settings, old) {
		t.Fatalf("seed site.toml lacks %s", old)
	}
	content["site.toml"].Data = []byte(strings.Replace(settings, old, `languages = ["ar", "fr", "en"]`, 1))
	layouts := mapFS(t, os.DirFS("../layouts"))
	for name, f := range mapFS(t, os.DirFS("testdata/layouts-en")) {
		layouts[name] = f
	}
	src := Sources{Content: content, ContentName: "content", Layouts: layouts, Assets: os.DirFS("../assets")}

	out := filepath.Join(t.TempDir(), "public")
	diags, err := Build(src, out)
	if err != nil {
		t.Fatalf("build: %v\n%v", err, diagLines(diags))
	}
	perFile := map[string]int{}
	for _, d := range diags {
		if !strings.HasPrefix(d.Message, "no en text yet: the en pages show it in ar (") {
			t.Errorf("unexpected diagnostic: %v", d)
		}
		perFile[d.Pos.File]++
	}
	// Five agreements, a milestone, the settings and the registry.
	if len(perFile) != 8 {
		t.Errorf("warnings in %d files; want 8:\n%s", len(perFile), diagLines(diags))
	}
	for file, n := range perFile {
		if n != 1 {
			t.Errorf("%s: %d warnings; want one", file, n)
		}
	}

	walkSite(t, out, map[string]string{"ar": "rtl", "fr": "ltr", "en": "ltr"}, "")
	for _, page := range []string{"en/index.html", "en/regions/index.html", "en/methodology.html",
		"en/agreements/tinghir-health-staff-2023.html", "en/milestones/gst-pilot-tanger-tetouan-al-hoceima-2025.html"} {
		data, err := os.ReadFile(filepath.Join(out, page))
		if err != nil {
			t.Errorf("no page %s", page)
			continue
		}
		if !strings.Contains(string(data), `<html lang="en" dir="ltr"`) {
			t.Errorf("%s is not an English page", page)
		}
	}
	for _, page := range []string{"ar/index.html", "fr/agreements/tinghir-health-staff-2023.html"} {
		data, err := os.ReadFile(filepath.Join(out, page))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(data), `hreflang="en"`) {
			t.Errorf("%s has no link to its English twin", page)
		}
	}
	// The figures are formatted from the English catalog.
	if text := pageText(t, out, "en/index.html"); !strings.Contains(text, "466.7 million dirhams") || !strings.Contains(text, "Key figures") {
		t.Errorf("en/index.html does not show the figures in English:\n%s", text)
	}
}
