package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"
)

// TestDiff runs "atlas diff" on the seed content and on a copy changed
// as a pull request would change it: an agreement added, an amount
// corrected and an agreement removed. It compares the text and the
// Markdown it prints with testdata/diff/diff.txt and diff.md; -update
// rewrites them.
func TestDiff(t *testing.T) {
	dir := t.TempDir()
	base, head := filepath.Join(dir, "base"), filepath.Join(dir, "content")
	for _, d := range []string{base, head} {
		if err := os.CopyFS(d, os.DirFS("../../generator/testdata/seed")); err != nil {
			t.Fatal(err)
		}
	}
	added, err := txtar.ParseFile("testdata/diff/added.txtar")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range added.Files {
		if err := os.WriteFile(filepath.Join(head, f.Name), f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	corrected := filepath.Join(head, "agreements", "guelmim-oued-noun-health-upgrade-2023.md")
	data, err := os.ReadFile(corrected)
	if err != nil || !bytes.Contains(data, []byte("total = 443_000_000")) {
		t.Fatalf("the seed's Guelmim-Oued Noun amount is not 443_000_000: %v", err)
	}
	os.Chmod(corrected, 0o644)
	if err := os.WriteFile(corrected, bytes.Replace(data, []byte("total = 443_000_000"), []byte("total = 445_000_000"), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(head, "agreements", "igherm-imzalne-al-khair-doctors-2024.md")); err != nil {
		t.Fatal(err)
	}
	for format, golden := range map[string]string{"text": "testdata/diff/diff.txt", "markdown": "testdata/diff/diff.md"} {
		var stdout, stderr bytes.Buffer
		if code := run([]string{"diff", "--base", base, "--content", head, "--format", format}, &stdout, &stderr); code != 0 {
			t.Fatalf("%s: exit %d\n%s", format, code, stderr.String())
		}
		if *update {
			if err := os.WriteFile(golden, stdout.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (go test ./cmd/atlas -run TestDiff -update writes it)", err)
		}
		if stdout.String() != string(want) {
			t.Errorf("%s output differs from %s:\n%s", format, golden, stdout.String())
		}
	}
}

// TestDiffNothing compares a content with itself, and refuses to
// compare without a base or with a content that does not check.
func TestDiffNothing(t *testing.T) {
	seed := "../../generator/testdata/seed"
	var stdout, stderr bytes.Buffer
	if code := run([]string{"diff", "--base", seed, "--content", seed}, &stdout, &stderr); code != 0 || !strings.Contains(stdout.String(), "No agreement, milestone or published total changes.") {
		t.Errorf("same content: exit %d, %q %q", code, stdout.String(), stderr.String())
	}
	stdout.Reset()
	if code := run([]string{"diff", "--content", seed}, &stdout, &stderr); code != 2 {
		t.Errorf("no --base: exit %d, want 2", code)
	}
	broken := t.TempDir()
	if err := os.CopyFS(broken, os.DirFS(seed)); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(broken, "agreements", "broken-file.md"), []byte("+++\nkind = 1\n+++\n"), 0o644)
	stderr.Reset()
	if code := run([]string{"diff", "--base", seed, "--content", broken}, &stdout, &stderr); code != 1 || !strings.Contains(stderr.String(), "does not check") {
		t.Errorf("broken content: exit %d, %q", code, stderr.String())
	}
}
