package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// tempContent copies the repository's settings and registry, no agreement.
func tempContent(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "content")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"site.toml", "regions.toml"} {
		data, err := os.ReadFile(filepath.Join("../../content", name))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// check reads the layouts beside the content, as the build does.
	if err := os.CopyFS(filepath.Join(filepath.Dir(dir), "layouts"), os.DirFS("../../layouts")); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestNew(t *testing.T) {
	dir := tempContent(t)
	file := filepath.Join(dir, "agreements", "tinghir-staff-2027.md")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"new", "tinghir-staff-2027", "--content", dir, "--region", "draa-tafilalet", "--province", "tinghir"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	written, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(written), `provinces = ["tinghir"]`) || !strings.Contains(stdout.String(), file) {
		t.Errorf("stdout %q, file:\n%s", stdout.String(), written)
	}

	// check reports the markers until they are filled.
	stdout.Reset()
	stderr.Reset()
	if code := run([]string{"check", "--content", dir, "--format", "text"}, &stdout, &stderr); code != 1 {
		t.Fatalf("check of a fresh skeleton exited %d, want 1", code)
	}
	if n := strings.Count(stdout.String(), "TODO left to fill in"); n < 8 {
		t.Errorf("%d markers reported:\n%s", n, stdout.String())
	}

	refusals := []struct {
		name string
		args []string
		want string
	}{
		{"existing file", []string{"tinghir-staff-2027", "--region", "draa-tafilalet"}, "already exists"},
		{"bad slug", []string{"Tinghir 2027"}, "is not a valid name"},
		{"unknown region", []string{"x-2027", "--region", "draa"}, `unknown region "draa"`},
		{"province outside the region", []string{"x-2027", "--region", "souss-massa", "--province", "tinghir"},
			`province "tinghir" is in region "draa-tafilalet", not "souss-massa": provinces of souss-massa: `},
	}
	for _, tt := range refusals {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			args := append([]string{"new"}, tt.args...)
			args = append(args, "--content", dir)
			if code := run(args, &stdout, &stderr); code != 1 || !strings.Contains(stderr.String(), tt.want) {
				t.Fatalf("exit %d, stderr %q; want 1 and %q", code, stderr.String(), tt.want)
			}
			after, _ := os.ReadFile(file)
			if !bytes.Equal(after, written) {
				t.Fatal("the existing file changed")
			}
			if _, err := os.Stat(filepath.Join(dir, "agreements", "x-2027.md")); err == nil {
				t.Fatal("a refused file was written")
			}
		})
	}
}

func TestNewUsage(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"new"}, &stdout, &stderr); code != 2 || !strings.Contains(stderr.String(), "usage: atlas new <slug>") {
		t.Fatalf("exit %d, stderr %q", code, stderr.String())
	}
}
