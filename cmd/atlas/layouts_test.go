package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestCheckLayouts: check reports a broken catalog and a broken layout,
// at their lines, under the layouts folder's name, and exits 1.
func TestCheckLayouts(t *testing.T) {
	content := tempContent(t)
	layouts := filepath.Join(filepath.Dir(content), "layouts")
	catalog := filepath.Join(layouts, "i18n", "fr.toml")
	data, err := os.ReadFile(catalog)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Count(string(data), "\n")
	os.WriteFile(catalog, append(data, "[doctors\n"...), 0o644)
	os.WriteFile(filepath.Join(layouts, "home.html"), []byte("{{define \"main\"}}\n{{if .Title}}\n"), 0o644)

	var stdout, stderr bytes.Buffer
	if code := checkCommand([]string{"--content", content}, func(string) string { return "" }, &stdout, &stderr); code != 1 {
		t.Fatalf("exit %d, want 1; stderr:\n%s", code, stderr.String())
	}
	shown := filepath.ToSlash(layouts)
	for _, want := range []string{
		shown + "/home.html:3:1: error: unexpected EOF",
		shown + "/i18n/fr.toml:" + strconv.Itoa(lines+1) + ":9: error: ",
	} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("stdout lacks %q:\n%s", want, stdout.String())
		}
	}
}
