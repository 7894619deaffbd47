package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A file with two errors and, once they are fixed, one warning.
const checkedFile = `+++
kind = "convention"
status = "singed"
[title]
ar = "اتفاقية"
fr = "Convention"
[place]
region = "souss-massa"
provences = ["taroudannt"]
[[sources]]
outlet = "هبة بريس"
[[parties]]
key = "region"
type = "regional-council"
name = { ar = "مجلس جهة سوس ماسة", fr = "Conseil de la région Souss-Massa" }
roles = ["signatory"]
+++
::: ar
ملخص.
:::
`

func TestCheckCommand(t *testing.T) {
	dir := tempContent(t)
	os.MkdirAll(filepath.Join(dir, "agreements"), 0o755)
	file := filepath.Join(dir, "agreements", "souss-massa-2024.md")
	os.WriteFile(file, []byte(checkedFile), 0o644)
	shown := filepath.ToSlash(file)
	noEnv := func(string) string { return "" }
	inActions := func(k string) string {
		if k == "GITHUB_ACTIONS" {
			return "true"
		}
		return ""
	}
	tests := []struct {
		name   string
		getenv func(string) string
		args   []string
		code   int
		want   string
	}{
		{"text", noEnv, nil, 1, shown + `:3:10: error: unknown status "singed" (did you mean "signed"?)
` + shown + `:9:1: error: unknown key "provences" (did you mean "provinces"?)
` + shown + `:19:1: warning: no fr summary: the fr page will link to the other language (add a ::: fr block when you can)
`},
		{"github", noEnv, []string{"--format", "github"}, 1, `::error file=` + shown + `,line=3,col=10::unknown status "singed" (did you mean "signed"?)
::error file=` + shown + `,line=9,col=1::unknown key "provences" (did you mean "provinces"?)
::warning file=` + shown + `,line=19,col=1::no fr summary: the fr page will link to the other language (add a ::: fr block when you can)
`},
		{"github inside GitHub Actions", inActions, nil, 1, "::error file="},
		{"text asked for inside GitHub Actions", inActions, []string{"--format", "text"}, 1, shown + ":3:10: error"},
		{"json", noEnv, []string{"--format", "json"}, 1, "[\n  {\n    \"file\": \"" + shown + "\",\n    \"line\": 3,"},
		{"unknown format", noEnv, []string{"--format", "xml"}, 2, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			args := append([]string{"--content", dir}, tt.args...)
			code := checkCommand(args, tt.getenv, &stdout, &stderr)
			if code != tt.code {
				t.Fatalf("exit %d, want %d; stderr:\n%s", code, tt.code, stderr.String())
			}
			if !strings.HasPrefix(stdout.String(), tt.want) || (tt.want == "" && stdout.Len() > 0) {
				t.Errorf("stdout:\n%s\nwant it to start with:\n%s", stdout.String(), tt.want)
			}
		})
	}

	var stdout, stderr bytes.Buffer
	checkCommand([]string{"--content", dir, "--format", "json"}, noEnv, &stdout, &stderr)
	var list []struct {
		File     string
		Line     int
		Column   int
		Severity string
	}
	if err := json.Unmarshal(stdout.Bytes(), &list); err != nil || len(list) != 3 || list[1].Line != 9 || list[1].Column != 1 || list[2].Severity != "warning" {
		t.Errorf("json: %v %+v", err, list)
	}

	// Warnings alone do not fail the check.
	fixed := strings.NewReplacer(`"singed"`, `"signed"`, "provences", "provinces").Replace(checkedFile)
	os.WriteFile(file, []byte(fixed), 0o644)
	stdout.Reset()
	stderr.Reset()
	if code := checkCommand([]string{"--content", dir}, noEnv, &stdout, &stderr); code != 0 {
		t.Fatalf("warnings only: exit %d\n%s", code, stdout.String())
	}
	if !strings.Contains(stderr.String(), "1 agreement, 0 milestones checked: 0 errors, 1 warning") {
		t.Errorf("summary line: %q", stderr.String())
	}
}
