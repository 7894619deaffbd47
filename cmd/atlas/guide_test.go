package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the command output shown in the guides")

// The guides show real files and real output. A marker line names what the
// fenced block after it must hold:
//
//	<!-- file: content/agreements/x.md -->         the repository's file, byte for byte
//	<!-- output: atlas check --format github -->   what check prints for cmd/atlas/testdata/guide
//	<!-- skeleton: content/agreements/x.md -->     a file to paste, which check finds only TODO markers in
var marker = regexp.MustCompile(`(?m)^<!-- (file|output|skeleton): (.+?) -->\n(` + "`{3,}" + `)[^\n]*\n`)

var guides = []string{"../../CONTRIBUTING.md", "../../CONTRIBUTING.ar.md"}

func TestGuides(t *testing.T) {
	for _, guide := range guides {
		t.Run(filepath.Base(guide), func(t *testing.T) {
			data, err := os.ReadFile(guide)
			if err != nil {
				t.Fatal(err)
			}
			out, counts := checkGuide(t, string(data))
			if counts["file"] == 0 || counts["output"] < 2 || counts["skeleton"] == 0 {
				t.Errorf("the guide shows %d files, %d outputs and %d skeletons under markers; want its worked example, check's output in two formats and the skeleton to paste", counts["file"], counts["output"], counts["skeleton"])
			}
			if *update && out != string(data) {
				if err := os.WriteFile(guide, []byte(out), 0o644); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}

// checkGuide compares every marked block with what it shows and returns
// the guide with the blocks brought up to date.
func checkGuide(t *testing.T, guide string) (string, map[string]int) {
	counts := map[string]int{}
	var b strings.Builder
	rest := guide
	for {
		m := marker.FindStringSubmatchIndex(rest)
		if m == nil {
			break
		}
		kind, what, fence := rest[m[2]:m[3]], rest[m[4]:m[5]], rest[m[6]:m[7]]
		body := rest[m[1]:]
		end := strings.Index(body, "\n"+fence+"\n")
		if !strings.HasPrefix(body, fence+"\n") && end < 0 {
			t.Fatalf("the block after <!-- %s: %s --> is never closed", kind, what)
		}
		shown := ""
		if end >= 0 {
			shown = body[:end+1]
		} else {
			end = -1
		}
		counts[kind]++
		want := blockFor(t, kind, what, shown)
		if shown != want && !*update {
			t.Errorf("the block after <!-- %s: %s --> differs from the real thing; run go test ./cmd/atlas -run TestGuides -update\nshown:\n%s\nreal:\n%s", kind, what, shown, want)
		}
		b.WriteString(rest[:m[1]])
		b.WriteString(want)
		rest = body[end+1:]
	}
	b.WriteString(rest)
	return b.String(), counts
}

// blockFor returns what a marked block must hold.
func blockFor(t *testing.T, kind, what, shown string) string {
	t.Helper()
	if kind == "skeleton" {
		checkSkeleton(t, what, shown)
		return shown
	}
	if kind == "file" {
		data, err := os.ReadFile(filepath.Join("../..", filepath.FromSlash(what)))
		if err != nil {
			t.Fatalf("<!-- file: %s -->: %v", what, err)
		}
		return string(data)
	}
	args := strings.Fields(what)
	if len(args) < 2 || args[0] != "atlas" || args[1] != "check" {
		t.Fatalf("<!-- output: %s -->: only atlas check is shown", what)
	}
	return guideCheckOutput(t, args[2:])
}

// guideCheckOutput runs check the way the guide shows it, from a folder
// whose content holds the guide's mistaken file, so paths read content/….
func guideCheckOutput(t *testing.T, args []string) string {
	t.Helper()
	dir := filepath.Dir(tempContent(t))
	mistakes, err := filepath.Glob("testdata/guide/*.md")
	if err != nil || len(mistakes) == 0 {
		t.Fatalf("no mistaken file in testdata/guide: %v", err)
	}
	os.MkdirAll(filepath.Join(dir, "content", "agreements"), 0o755)
	for _, m := range mistakes {
		data, _ := os.ReadFile(m)
		os.WriteFile(filepath.Join(dir, "content", "agreements", filepath.Base(m)), data, 0o644)
	}
	var stdout, stderr bytes.Buffer
	code := 0
	// A subtest, so that the change of folder ends with it.
	t.Run(strings.Join(args, " "), func(t *testing.T) {
		t.Chdir(dir)
		code = checkCommand(args, func(string) string { return "" }, &stdout, &stderr)
	})
	if code != 1 {
		t.Fatalf("check of the guide's mistaken file exited %d, want 1:\n%s", code, stderr.String())
	}
	return stdout.String()
}

// checkSkeleton checks that the skeleton a contributor pastes on GitHub
// reads as TOML and that check's only complaints are its TODO markers,
// each on its own line, so that filling them is all there is to do.
func checkSkeleton(t *testing.T, name, skeleton string) {
	t.Helper()
	content := tempContent(t)
	file := filepath.Join(filepath.Dir(content), filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, []byte(skeleton), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	checkCommand([]string{"--content", content, "--format", "json"}, func(string) string { return "" }, &stdout, &stderr)
	var diags []struct {
		File    string
		Line    int
		Message string
	}
	if err := json.Unmarshal(stdout.Bytes(), &diags); err != nil {
		t.Fatalf("<!-- skeleton: %s -->: %v\n%s", name, err, stdout.String())
	}
	lines := map[int]bool{}
	for _, d := range diags {
		if !strings.HasSuffix(d.File, name) {
			continue
		}
		if !strings.HasPrefix(d.Message, "TODO") {
			t.Errorf("<!-- skeleton: %s -->: line %d: %s", name, d.Line, d.Message)
		}
		lines[d.Line] = true
	}
	todos := 0
	for _, line := range strings.Split(skeleton, "\n") {
		if strings.Contains(line, "TODO") {
			todos++
		}
	}
	if len(lines) != todos {
		t.Errorf("<!-- skeleton: %s -->: check reports TODO on %d lines, the skeleton has markers on %d", name, len(lines), todos)
	}
}
