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

// checkedContent is a content folder holding checkedFile, the path of
// that file and the path check prints.
func checkedContent(t *testing.T) (dir, file, shown string) {
	t.Helper()
	dir = tempContent(t)
	os.MkdirAll(filepath.Join(dir, "agreements"), 0o755)
	file = filepath.Join(dir, "agreements", "souss-massa-2024.md")
	os.WriteFile(file, []byte(checkedFile), 0o644)
	return dir, file, filepath.ToSlash(file)
}

func TestCheckCommand(t *testing.T) {
	dir, file, shown := checkedContent(t)
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
	if !strings.Contains(stderr.String(), "1 agreement, 0 milestones checked: 1 warning") {
		t.Errorf("summary line: %q", stderr.String())
	}
}

// TestCheckLanguages prints the problems in Arabic or French, asked for
// with --lang or by the locale, and in several languages together for a
// pull request's annotations.
func TestCheckLanguages(t *testing.T) {
	dir, _, shown := checkedContent(t)
	env := func(pairs ...string) func(string) string {
		return func(k string) string {
			for i := 0; i < len(pairs); i += 2 {
				if pairs[i] == k {
					return pairs[i+1]
				}
			}
			return ""
		}
	}
	english := shown + `:9:1: error: unknown key "provences" (did you mean "provinces"?)` + "\n"
	arabic := shown + `:9:1: error: مفتاح غير معروف "provences" (هل تقصد "provinces"؟)` + "\n"
	french := shown + ":9:1: error: clé inconnue \"provences\" (vouliez-vous dire \"provinces\"\u202f?)\n"
	tests := []struct {
		name      string
		getenv    func(string) string
		args      []string
		code      int
		want, not string
	}{
		{"--lang ar", env(), []string{"--lang", "ar"}, 1, arabic, "unknown key"},
		{"an Arabic locale", env("LANG", "ar_MA.UTF-8"), nil, 1, arabic, "unknown key"},
		{"LC_ALL before LANG", env("LC_ALL", "fr_FR.UTF-8", "LANG", "ar_MA.UTF-8"), nil, 1, french, "مفتاح"},
		{"a French locale", env("LANG", "fr_MA"), nil, 1, french, "unknown key"},
		{"a locale with no messages", env("LANG", "es_ES.UTF-8"), nil, 1, english, "مفتاح"},
		{"the C locale", env("LC_ALL", "C.UTF-8", "LANG", "ar_MA.UTF-8"), nil, 1, english, "مفتاح"},
		{"--lang over the locale", env("LANG", "ar_MA.UTF-8"), []string{"--lang", "en"}, 1, english, "مفتاح"},
		{"English then Arabic", env(), []string{"--lang", "en,ar"}, 1, english + `    مفتاح غير معروف "provences" (هل تقصد "provinces"؟)` + "\n", ""},
		{"both in one annotation", env("GITHUB_ACTIONS", "true"), []string{"--lang", "en,ar"}, 1,
			`::error file=` + shown + `,line=9,col=1::unknown key "provences" (did you mean "provinces"?)%0Aمفتاح غير معروف "provences" (هل تقصد "provinces"؟)` + "\n", ""},
		{"unknown language", env(), []string{"--lang", "xx"}, 2, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := checkCommand(append([]string{"--content", dir}, tt.args...), tt.getenv, &stdout, &stderr)
			if code != tt.code {
				t.Fatalf("exit %d, want %d; stderr:\n%s", code, tt.code, stderr.String())
			}
			if !strings.Contains(stdout.String(), tt.want) || (tt.not != "" && strings.Contains(stdout.String(), tt.not)) {
				t.Errorf("stdout:\n%s\nwant it to hold:\n%s\nand not %q", stdout.String(), tt.want, tt.not)
			}
		})
	}
}

// TestCheckPaths checks that check, given paths, prints the problems of
// those files, the errors that break every file, and nothing else.
func TestCheckPaths(t *testing.T) {
	dir := tempContent(t)
	agreements := filepath.Join(dir, "agreements")
	os.MkdirAll(agreements, 0o755)
	wrong := filepath.Join(agreements, "souss-massa-2024.md")
	os.WriteFile(wrong, []byte(checkedFile), 0o644)
	fixed := strings.NewReplacer(`"singed"`, `"signed"`, "provences", "provinces").Replace(checkedFile)
	right := filepath.Join(agreements, "souss-massa-2025.md")
	os.WriteFile(right, []byte(fixed), 0o644)
	root := filepath.Dir(dir)
	catalog := filepath.Join(root, "layouts", "i18n", "fr.toml")
	outside := filepath.Join(root, "notes.md")
	os.WriteFile(outside, []byte("notes\n"), 0o644)
	wrongShown, rightShown := filepath.ToSlash(wrong), filepath.ToSlash(right)
	warning := rightShown + ":19:1: warning: no fr summary"
	tests := []struct {
		name         string
		args         []string
		brokenShared bool
		code         int
		want         []string // in stdout, or in stderr when code is 2
		wantNot      []string
		summary      string // in stderr's last line
	}{
		{"a file with errors", []string{wrong}, false, 1, []string{wrongShown + ":3:10: error", wrongShown + ":9:1: error"}, []string{rightShown}, ""},
		{"a file with a warning", []string{right}, false, 0, []string{warning}, []string{wrongShown},
			"2 agreements, 0 milestones checked: 1 warning in " + right + " (3 problems in other files not shown)"},
		{"a path from the working folder", []string{filepath.Join("content", "agreements", "souss-massa-2025.md")}, false, 0, []string{warning}, []string{wrongShown}, ""},
		{"flags after the path", []string{right, "--format", "github"}, false, 0, []string{"::warning file=" + rightShown + ",line=19"}, []string{wrongShown}, ""},
		{"json", []string{"--format", "json", right}, false, 0, []string{`"file": "` + rightShown + `"`}, []string{wrongShown}, ""},
		{"after --", []string{"--format", "text", "--", right}, false, 0, []string{warning}, []string{wrongShown}, ""},
		{"two files", []string{right, wrong}, false, 1, []string{warning, wrongShown + ":3:10: error"}, nil, ""},
		{"a folder", []string{agreements}, false, 1, []string{warning, wrongShown + ":3:10: error"}, nil, ""},
		{"a broken catalog shows with any file", []string{right}, true, 1, []string{"i18n/fr.toml", warning}, []string{wrongShown}, ""},
		{"a missing file", []string{filepath.Join(agreements, "nope.md")}, false, 2, []string{"nope.md does not exist"}, nil, ""},
		{"a file outside the content", []string{outside}, false, 2, []string{"notes.md is not in the content folder"}, nil, ""},
		{"the layouts", []string{catalog}, false, 2, []string{"fr.toml is not in the content folder"}, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.brokenShared {
				good, _ := os.ReadFile(catalog)
				os.WriteFile(catalog, append(good, "\n[[[\n"...), 0o644)
				defer os.WriteFile(catalog, good, 0o644)
			}
			t.Chdir(root)
			var stdout, stderr bytes.Buffer
			args := append([]string{"--content", dir}, tt.args...)
			code := checkCommand(args, func(string) string { return "" }, &stdout, &stderr)
			out := stdout.String()
			if tt.code == 2 {
				out = stderr.String()
			}
			if code != tt.code {
				t.Fatalf("exit %d, want %d; stdout:\n%s\nstderr:\n%s", code, tt.code, stdout.String(), stderr.String())
			}
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("want %q in:\n%s", w, out)
				}
			}
			if !strings.Contains(stderr.String(), tt.summary) {
				t.Errorf("want %q in stderr:\n%s", tt.summary, stderr.String())
			}
			for _, w := range tt.wantNot {
				if strings.Contains(out, w) {
					t.Errorf("want no %q in:\n%s", w, out)
				}
			}
		})
	}
}
