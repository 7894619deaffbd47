package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"atlas/generator/content"
	"atlas/generator/diag"
	"atlas/generator/skeleton"
	"atlas/generator/write"
)

// commandLines is every kind of line the commands say of their own, made
// by the code that prints them: check's summary for each mix of counts,
// build's outcome, and what new writes or refuses.
func commandLines(t *testing.T) []string {
	t.Helper()
	var lines []string
	problems := func(errs, warns int) diag.List {
		var l diag.List
		for range errs {
			l = append(l, diag.Diagnostic{Severity: diag.Error})
		}
		for range warns {
			l = append(l, diag.Diagnostic{Severity: diag.Warning})
		}
		return l
	}
	for _, n := range []int{0, 1, 2, 11} {
		for _, m := range []int{0, 1, 3} {
			lines = append(lines,
				summary(n, m, problems(m, n), nil, 0),
				summary(n, m, problems(n, 0), []string{"content/agreements/a.md"}, m),
				summary(n, m, problems(0, m), []string{"content/agreements/a.md", "content/milestones"}, n),
			)
		}
	}

	missing := filepath.Join(t.TempDir(), "public")
	for _, out := range []string{missing, t.TempDir()} {
		for _, errs := range []int{1, 3} {
			lines = append(lines, problems(errs, 1).Error()+"; "+write.Outcome(problems(errs, 1), out))
		}
	}
	lines = append(lines, "wrote "+missing, newNext)

	dir := tempContent(t)
	c, _ := content.Load(os.DirFS(dir), dir)
	for _, o := range []skeleton.Options{
		{Slug: "Bad_Name"},
		{Slug: "a-2027", Kind: "conv"},
		{Slug: "a-2027", Kind: "zzzzzz"},
		{Slug: "a-2027", Region: "draa"},
		{Slug: "a-2027", Region: "zzzzzz"},
		{Slug: "a-2027", Province: "tinghr"},
		{Slug: "a-2027", Region: "souss-massa", Province: "tinghir"},
		{Slug: "a-2027", Region: "souss-massa", Province: "tinghr"},
		{Slug: "a-2027", Region: "souss-massa", Province: "zzzzzz"},
	} {
		_, err := skeleton.Agreement(c.Registry, o)
		if err == nil {
			t.Fatalf("skeleton.Agreement(%+v) did not refuse", o)
		}
		lines = append(lines, err.Error())
	}
	if _, err := newAgreement(t.TempDir(), skeleton.Options{Slug: "a-2027"}); err != nil {
		lines = append(lines, err.Error())
	} else {
		t.Fatal("new wrote a file into a folder without regions")
	}
	os.MkdirAll(filepath.Join(dir, "agreements"), 0o755)
	if err := os.WriteFile(filepath.Join(dir, "agreements", "a-2027.md"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := newAgreement(dir, skeleton.Options{Slug: "a-2027", Region: "souss-massa"}); err != nil {
		lines = append(lines, err.Error())
	} else {
		t.Fatal("new replaced a file")
	}
	return lines
}

// english finds the words of the commands' English lines; a translation
// that keeps one has left part of its line in English.
var english = regexp.MustCompile(`\b(agreements?|milestones?|checked|errors?|warnings?|problems?|no problem|not shown|written|wrote|unchanged|next|replace|already|exists|regions in|not a valid|unknown|did you mean|provinces of|one of|is in region)\b`)

// paths finds the paths a line names, which keep their English folder names.
var paths = regexp.MustCompile(`\S*/\S*`)

// TestCommandLinesSaid checks that each catalog says every line of the
// commands' own in its language, whole: a contributor who runs check or
// new in Arabic reads no English.
func TestCommandLinesSaid(t *testing.T) {
	lines := commandLines(t)
	for _, lang := range diag.Languages()[1:] {
		c, err := diag.LoadCatalog(lang)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range lines {
			if !english.MatchString(paths.ReplaceAllString(line, "")) {
				t.Fatalf("%q: the pattern of English words does not see it", line)
			}
			said, ok := c.Say(line)
			if !ok || english.MatchString(paths.ReplaceAllString(said, "")) {
				t.Errorf("%s: %q\n  said %q", lang, line, said)
			}
		}
	}
}

// TestSay prints a line in the first language asked for, then its other
// translations indented, and in English where no catalog knows it.
func TestSay(t *testing.T) {
	tests := []struct {
		lang, line, want string
	}{
		{"en", "wrote public", "atlas: wrote public\n"},
		{"ar", "wrote public", "atlas: كُتب public\n"},
		{"fr", "1 agreement, 0 milestones checked: 2 errors, 1 warning",
			"atlas: 1 accord et aucun jalon vérifiés\u202f: 2 erreurs, 1 avertissement\n"},
		{"ar", "11 agreements, 1 milestone checked: no problem",
			"atlas: تم فحص الاتفاقيات (11) ومحطة واحدة: لا مشكلة\n"},
		{"en,ar,fr", "wrote public", "atlas: wrote public\n    كُتب public\n    public écrit\n"},
		{"ar,fr", "a line nobody translated", "atlas: a line nobody translated\n"},
	}
	for _, tt := range tests {
		f := langFlag{lang: tt.lang}
		if err := f.load(); err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		f.say(&out, "atlas: ", tt.line)
		if out.String() != tt.want {
			t.Errorf("--lang %s, %q:\n got %q\nwant %q", tt.lang, tt.line, out.String(), tt.want)
		}
	}
}

// TestNewSaysInTheLocale runs new in Arabic: what it wrote, what comes
// next, and why it refuses.
func TestNewSaysInTheLocale(t *testing.T) {
	dir := tempContent(t)
	arabic := func(k string) string {
		if k == "LANG" {
			return "ar_MA.UTF-8"
		}
		return ""
	}
	var stdout, stderr bytes.Buffer
	if code := newCommand([]string{"tinghir-staff-2027", "--content", dir, "--province", "tinghir"}, arabic, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	file := filepath.Join(dir, "agreements", "tinghir-staff-2027.md")
	if want := "كُتب " + file + "\nبعد ذلك: "; !strings.HasPrefix(stdout.String(), want) {
		t.Errorf("stdout %q, want it to start with %q", stdout.String(), want)
	}
	stdout.Reset()
	if code := newCommand([]string{"x-2027", "--content", dir, "--region", "draa-tafilalt", "--lang", "fr"}, arabic, &stdout, &stderr); code != 1 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if want := "atlas new: région inconnue \"draa-tafilalt\"\u202f: vouliez-vous dire \"draa-tafilalet\"\u202f?\n"; !strings.HasSuffix(stderr.String(), want) {
		t.Errorf("stderr %q, want it to end with %q", stderr.String(), want)
	}
}
