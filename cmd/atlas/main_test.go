package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"atlas/generator/write"
)

// TestMain runs the tests in the C locale: run() reads the locale for the
// language of the messages, and the tests read them in English whatever
// the language of the machine they run on.
func TestMain(m *testing.M) {
	os.Setenv("LC_ALL", "C")
	os.Exit(m.Run())
}

// TestBuildReportsEveryProblem feeds a file with several mistakes to
// "atlas build" and reads what a contributor would read.
func TestBuildReportsEveryProblem(t *testing.T) {
	dir := t.TempDir()
	content := filepath.Join(dir, "content")
	if err := os.CopyFS(content, os.DirFS("../../content")); err != nil {
		t.Fatal(err)
	}
	bad := "+++\nkind = \"conventoin\"\nstatus = \"signed\"\n[title]\nar = \"ا\"\nfr = \"C\"\n[place]\nregion = \"souss-masa\"\nprovences = []\n[[sources]]\noutlet = \"x\"\n+++\n::: ar\nن\n:::\n"
	if err := os.WriteFile(filepath.Join(content, "agreements", "bad-file.md"), []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "public")
	os.MkdirAll(out, 0o755)
	os.WriteFile(filepath.Join(out, write.Mark), nil, 0o644) // an earlier build's output
	os.WriteFile(filepath.Join(out, "keep.txt"), []byte("previous build"), 0o644)

	var stdout, stderr bytes.Buffer
	code := run([]string{"build", "--content", content, "--layouts", "../../layouts", "--assets", "../../assets", "--out", out, "--format", "text"}, &stdout, &stderr)
	if code != 1 {
		t.Fatalf("exit %d, want 1\n%s", code, stderr.String())
	}
	file := filepath.ToSlash(filepath.Join(content, "agreements", "bad-file.md"))
	for _, want := range []string{
		file + `:2:8: error: unknown kind "conventoin" (did you mean "convention"?)`,
		file + `:8:10: error: unknown region "souss-masa" (did you mean "souss-massa"?)`,
		file + `:9:1: error: unknown key "provences" (did you mean "provinces"?)`,
		file + `:14:1: warning: no fr summary`,
		"left unchanged",
	} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, stderr.String())
		}
	}
	if data, err := os.ReadFile(filepath.Join(out, "keep.txt")); err != nil || string(data) != "previous build" {
		t.Error("the previous output was touched")
	}
}

func TestUsage(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run(nil, &stdout, &stderr); code != 2 || !strings.Contains(stderr.String(), "usage") {
		t.Errorf("no arguments: exit %d, %q", code, stderr.String())
	}
	if code := run([]string{"frobnicate"}, &stdout, &stderr); code != 2 {
		t.Errorf("unknown command: exit %d", code)
	}
}
