package main

import (
	"bytes"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
)

// copySite copies the seed fixture and the repository's layouts and assets into a
// new folder and returns it, so that a test may build, or fail to, beside
// them without touching the repository.
func copySite(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	for dir, from := range map[string]string{"content": seedContent, "layouts": "../../layouts", "assets": "../../assets"} {
		if err := os.CopyFS(filepath.Join(root, dir), os.DirFS(from)); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// files lists every file under dir with its size, to see whether a
// folder changed.
func files(t *testing.T, dir string) map[string]int64 {
	t.Helper()
	list := map[string]int64{}
	err := filepath.WalkDir(dir, func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		list[name] = info.Size()
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return list
}

func TestBuildOutputRule(t *testing.T) {
	root := copySite(t)
	for _, name := range []string{"home/notes.txt", "home/Documents/letter.odt"} {
		p := filepath.Join(root, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte("mine"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	os.Mkdir(filepath.Join(root, "empty"), 0o755)
	before := files(t, root)

	tests := []struct {
		out  string // under root
		code int
		want string
	}{
		{"content", 2, "is the input folder"},
		{"content/agreements", 2, "lies inside the input folder"},
		{"layouts/i18n", 2, "lies inside the input folder"},
		{"assets", 2, "is the input folder"},
		{".", 2, "holds the input folder"},
		{"home", 2, "did not write"},
		{"home/Documents", 2, "did not write"},
		{"empty", 0, "wrote"},
		{"public", 0, "wrote"},
		{"public", 0, "wrote"}, // the output of the build before
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		out := filepath.Join(root, filepath.FromSlash(tt.out))
		code := run([]string{"build", "--content", filepath.Join(root, "content"), "--out", out}, &stdout, &stderr)
		if code != tt.code || !strings.Contains(stdout.String()+stderr.String(), tt.want) {
			t.Errorf("--out %s: exit %d, want %d with %q\n%s%s", tt.out, code, tt.code, tt.want, stdout.String(), stderr.String())
		}
	}
	after := files(t, root)
	for name, size := range before {
		if got, ok := after[name]; !ok || got != size {
			t.Errorf("%s was touched", name)
		}
	}
}

// TestConcurrentBuilds runs four builds into one folder at once, three
// times each: they take turns, and each says at most once that it waits.
func TestConcurrentBuilds(t *testing.T) {
	root := copySite(t)
	out := filepath.Join(root, "public")
	args := []string{"build", "--content", filepath.Join(root, "content"), "--out", out}
	const builds, rounds = 4, 3
	var wg sync.WaitGroup
	for b := range builds {
		wg.Go(func() {
			for r := range rounds {
				var stdout, stderr bytes.Buffer
				code := run(args, &stdout, &stderr)
				if code != 0 {
					t.Errorf("build %d.%d: exit %d\n%s", b, r, code, stderr.String())
				}
				if n := strings.Count(stderr.String(), "\n"); n > 1 || n == 1 && !strings.Contains(stderr.String(), "waiting for another build") {
					t.Errorf("build %d.%d printed:\n%s", b, r, stderr.String())
				}
			}
		})
	}
	wg.Wait()

	alone := filepath.Join(t.TempDir(), "public")
	if code := run([]string{"build", "--content", filepath.Join(root, "content"), "--out", alone}, io.Discard, io.Discard); code != 0 {
		t.Fatalf("build alone: exit %d", code)
	}
	if got, want := relFiles(t, out), relFiles(t, alone); !reflect.DeepEqual(got, want) {
		t.Errorf("after concurrent builds the output differs from a build alone:\n got %v\nwant %v", got, want)
	}
	if l := hidden(t, root); !reflect.DeepEqual(l, []string{".public.lock"}) {
		t.Errorf("beside the output: %v, want only the lock file", l)
	}
}

// relFiles is files with paths relative to dir.
func relFiles(t *testing.T, dir string) map[string]int64 {
	t.Helper()
	rel := map[string]int64{}
	for name, size := range files(t, dir) {
		r, _ := filepath.Rel(dir, name)
		rel[filepath.ToSlash(r)] = size
	}
	return rel
}

// hidden lists the hidden entries of dir: the lock file and what builds
// may leave behind.
func hidden(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			names = append(names, e.Name())
		}
	}
	return names
}

// TestBuildAfterAKilledBuild leaves the folders of a build killed
// between its two renames, as TestKilledBuild in generator/write makes
// them for real, and builds again.
func TestBuildAfterAKilledBuild(t *testing.T) {
	root := copySite(t)
	out := filepath.Join(root, "public")
	args := []string{"build", "--content", filepath.Join(root, "content"), "--out", out}
	if code := run(args, io.Discard, io.Discard); code != 0 {
		t.Fatalf("first build: exit %d", code)
	}
	want := relFiles(t, out)
	if err := os.Rename(out, filepath.Join(root, ".public.old")); err != nil {
		t.Fatal(err)
	}
	half := filepath.Join(root, ".public.new-1234")
	if err := os.CopyFS(half, os.DirFS(filepath.Join(root, ".public.old", "fr"))); err != nil {
		t.Fatal(err)
	}

	var stderr bytes.Buffer
	if code := run(args, io.Discard, &stderr); code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr.String())
	}
	for _, want := range []string{"put back " + out, "removed " + half} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr.String())
		}
	}
	if got := relFiles(t, out); !reflect.DeepEqual(got, want) {
		t.Errorf("the output is not whole:\n got %v\nwant %v", got, want)
	}
	if l := hidden(t, root); !reflect.DeepEqual(l, []string{".public.lock"}) {
		t.Errorf("beside the output: %v, want only the lock file", l)
	}
}

// TestBuildFailureSaysWhatIsLeft: a failed build never says it left an
// output unchanged that was not there.
func TestBuildFailureSaysWhatIsLeft(t *testing.T) {
	root := copySite(t)
	site := filepath.Join(root, "content", "site.toml")
	data, err := os.ReadFile(site)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(site, append(data, "\nunknown_key = 1\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(root, "public")
	var stderr bytes.Buffer
	code := run([]string{"build", "--content", filepath.Join(root, "content"), "--out", out}, io.Discard, &stderr)
	if code != 1 || !strings.Contains(stderr.String(), out+" was not written") || strings.Contains(stderr.String(), "unchanged") {
		t.Errorf("exit %d, want 1 saying %s was not written:\n%s", code, out, stderr.String())
	}
}
