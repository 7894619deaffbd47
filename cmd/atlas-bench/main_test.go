package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestMain lets the test binary act as the launcher of measured programs,
// as the command's binary does.
func TestMain(m *testing.M) {
	if isLauncher() {
		os.Exit(launch())
	}
	os.Exit(m.Run())
}

// TestBench runs the whole benchmark on a small site, once. It asserts
// that every measure is reported, never what the timings are.
func TestBench(t *testing.T) {
	if testing.Short() {
		t.Skip("builds atlas and two small sites; skipped with -short")
	}
	keep := t.TempDir()
	results := filepath.Join(t.TempDir(), "RESULTS.md")
	var stdout, stderr bytes.Buffer
	args := []string{"-n", "200", "-runs", "1", "-gomaxprocs", "1,all", "-scale", "-keep", keep, "-o", results}
	if code := run(args, &stdout, &stderr); code != 0 {
		t.Fatalf("atlas-bench %s: exit %d\n%s", strings.Join(args, " "), code, stderr.String())
	}
	report := stdout.String()
	for _, want := range []string{
		"go run ./cmd/atlas-bench -n 200", "Machine:", "CPUs", "memory", "Date:",
		"| wall | CPU (user+sys) | pages | pages/s | peak RSS | output | files |",
		"| 200 | atlas build | 1 |", "| 200 | atlas build | all |", "| 20 | atlas build | all |",
		"| 200 | copy floor |", "atlas/copy floor wall", "time(200)/time(20)", "speed-up",
		"atlas wall ≤ 2× the copy floor", "faster with more cores", "serve rebuild after editing one agreement's summary < 100 ms (",
	} {
		if !strings.Contains(report, want) {
			t.Errorf("the report has no %q:\n%s", want, report)
		}
	}
	if saved, err := os.ReadFile(results); err != nil || !strings.Contains(string(saved), report) {
		t.Errorf("-o %s does not hold the report (%v)", results, err)
	}
	for _, dir := range []string{"n200/atlas/content/agreements", "n200/atlas/public/fr/agreements", "n20/atlas/public/ar/regions"} {
		if entries, err := os.ReadDir(filepath.Join(keep, dir)); err != nil || len(entries) == 0 {
			t.Errorf("-keep: %s is empty (%v)", dir, err)
		}
	}
	t.Run("hugo", func(t *testing.T) {
		if _, err := exec.LookPath("hugo"); err != nil {
			if !strings.Contains(report, "Hugo: not installed, skipped") {
				t.Errorf("without hugo, the report does not say it was skipped:\n%s", report)
			}
			t.Skip("hugo is not installed (apt-get install hugo): the Hugo part was skipped")
		}
		for _, want := range []string{"| 200 | hugo --minify | all |", "| 20 | hugo --minify | all |", "atlas/Hugo wall", "atlas/Hugo CPU", "atlas/Hugo peak RSS", "Hugo: hugo v"} {
			if !strings.Contains(report, want) {
				t.Errorf("the report has no %q:\n%s", want, report)
			}
		}
		for _, page := range []string{"ar/index.html", "fr/regions/oriental.html", "fr/regions.html"} {
			if _, err := os.Stat(filepath.Join(keep, "n200/hugo/public", page)); err != nil {
				t.Errorf("Hugo did not write %s: %v", page, err)
			}
		}
	})
}

func TestParseProcs(t *testing.T) {
	tests := []struct {
		in   string
		want string
		ok   bool
	}{
		{"all", "all", true},
		{"1,2", "1 2", true},
		{"1, 2,all,2", "1 2 all", true},
		{"0", "", false},
		{"two", "", false},
		{"01", "", false},
	}
	for _, tt := range tests {
		got, err := parseProcs(tt.in)
		if (err == nil) != tt.ok || strings.Join(got, " ") != tt.want {
			t.Errorf("parseProcs(%q) = %q, %v; want %q, ok %v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

func TestMedian(t *testing.T) {
	s := func(wall, cpu time.Duration, rss int64) sample { return sample{wall, cpu, rss} }
	tests := []struct {
		name string
		runs []sample
		want sample
	}{
		{"one run", []sample{s(3, 2, 1)}, s(3, 2, 1)},
		{"each measure apart", []sample{s(9, 1, 5), s(1, 7, 4), s(5, 3, 6)}, s(5, 3, 5)},
		{"even count averages the middle two", []sample{s(1, 1, 1), s(3, 3, 3)}, s(2, 2, 2)},
	}
	for _, tt := range tests {
		if got := median(tt.runs); got != tt.want {
			t.Errorf("%s: median = %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

func TestCopyTree(t *testing.T) {
	src := t.TempDir()
	files := map[string]string{"index.html": "<p>a</p>", "fr/regions/x.html": "<p>bc</p>", "assets/atlas.css": "p{}"}
	for name, data := range files {
		path := filepath.Join(src, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	dst := filepath.Join(t.TempDir(), "copy")
	if err := copyTree(src, dst); err != nil {
		t.Fatal(err)
	}
	got, err := measureTree(dst)
	if want := (tree{bytes: 20, files: 3, pages: 2}); err != nil || got != want {
		t.Errorf("copied tree = %+v (%v), want %+v", got, err, want)
	}
}

func TestThousands(t *testing.T) {
	for n, want := range map[int]string{7: "7", 999: "999", 1000: "1,000", 20049: "20,049", 1234567: "1,234,567"} {
		if got := thousands(n); got != want {
			t.Errorf("thousands(%d) = %q, want %q", n, got, want)
		}
	}
}
