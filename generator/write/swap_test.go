package write_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"

	"atlas/generator/write"
)

// TestReadersAlwaysSeeAnOutput builds in a loop while a reader keeps
// reading the home page: with folders exchanged in one step it is never
// missing, and never a page of neither build.
func TestReadersAlwaysSeeAnOutput(t *testing.T) {
	needExchange(t)
	out := filepath.Join(t.TempDir(), "public")
	sites := [][]write.File{pagesOf("first", 20), pagesOf("second", 20)}
	if err := write.Site(out, sites[0]); err != nil {
		t.Fatal(err)
	}
	pages := map[string]bool{"<p>first</p>": true, "<p>second</p>": true}
	done := make(chan struct{})
	var reads, missing int
	var wg sync.WaitGroup
	wg.Go(func() {
		for {
			data, err := os.ReadFile(filepath.Join(out, "index.html"))
			reads++
			if err != nil || !pages[string(data)] {
				missing++
				if missing == 1 {
					t.Errorf("a reader found %q, %v", data, err)
				}
			}
			select {
			case <-done:
				return
			default:
			}
		}
	})
	for i := range 100 {
		if err := write.Site(out, sites[i%2]); err != nil {
			t.Error(err)
		}
	}
	close(done)
	wg.Wait()
	if missing > 0 {
		t.Errorf("the home page was missing or wrong in %d of %d reads", missing, reads)
	}
}

// TestSwapKeepsAForeignOldFolder puts, where the old output moves aside,
// a folder the build did not make: the build never removes it.
func TestSwapKeepsAForeignOldFolder(t *testing.T) {
	tests := []struct {
		name string
		opts []write.Option
		ok   bool // whether the build can do without the old folder's name
	}{
		{"by exchange", nil, true},
		{"by two renames", []write.Option{write.NoExchange()}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.ok {
				needExchange(t)
			}
			dir := t.TempDir()
			out := filepath.Join(dir, "public")
			if err := write.Site(out, pagesOf("previous", 3)); err != nil {
				t.Fatal(err)
			}
			mkfiles(t, dir, ".public.old/backup.txt")
			before := tree(t, dir)
			err := write.Site(out, pagesOf("next", 3), tt.opts...)
			if (err == nil) != tt.ok {
				t.Errorf("Site: %v", err)
			}
			want := alone(t, pagesOf("previous", 3))
			if tt.ok {
				want = alone(t, pagesOf("next", 3))
			}
			if got := tree(t, out); !reflect.DeepEqual(got, want) {
				t.Errorf("output %v, want %v", got, want)
			}
			if got := tree(t, dir)[".public.old/backup.txt"]; got != before[".public.old/backup.txt"] {
				t.Errorf("the folder the build did not make lost its file: %q", got)
			}
		})
	}
}

// failOn makes the call fail when the name of its first path starts with
// one of prefixes.
func failOn(call string, prefixes ...string) func(string, ...string) error {
	return func(c string, paths ...string) error {
		for _, p := range prefixes {
			if c == call && strings.HasPrefix(filepath.Base(paths[0]), p) {
				return fmt.Errorf("%s %s: injected failure", c, paths[0])
			}
		}
		return nil
	}
}

// both makes a call fail when either f or g says so.
func both(f, g func(string, ...string) error) func(string, ...string) error {
	return func(c string, paths ...string) error {
		if err := f(c, paths...); err != nil {
			return err
		}
		return g(c, paths...)
	}
}

// TestFailedSwapSaysWhatItLeft makes each step of a swap fail in turn:
// the outcome must say what is really at the output, and the next
// build, even a failed one, must put it right.
func TestFailedSwapSaysWhatItLeft(t *testing.T) {
	exchangeFails := failOn("exchange", "")
	unsupported := func(c string, _ ...string) error {
		if c == "exchange" {
			return errors.ErrUnsupported
		}
		return nil
	}
	tests := []struct {
		name     string
		previous bool // whether an output is there before
		exchange bool // whether the swap needs the exchange
		fail     func(string, ...string) error
		outcome  string // a part of Outcome
		left     string // the output left: "previous", "next" or "none"
		after    string // the output after the next, failed build
	}{
		{"first output cannot move in", false, false, failOn("rename", ".public.new-"), "public was not written", "none", "none"},
		{"exchange fails", true, true, exchangeFails, "public left unchanged", "previous", "previous"},
		{"old output cannot be removed after the exchange", true, true, failOn("remove", ".public.new-"),
			"public was written, but its old version is left in", "next", "next"},
		{"old output cannot move aside", true, false, both(unsupported, failOn("rename", "public")), "public left unchanged", "previous", "previous"},
		{"new output cannot move in", true, false, both(unsupported, failOn("rename", ".public.new-")), "public left unchanged", "previous", "previous"},
		{"new output cannot move in, nor the old one back", true, false, both(unsupported, failOn("rename", ".public.new-", ".public.old")),
			"public is missing: its old version is in", "none", "previous"},
		{"old output cannot be removed after the renames", true, false, both(unsupported, failOn("remove", ".public.old")),
			"public was written, but its old version is left in", "next", "next"},
	}
	trees := map[string]map[string]string{"previous": alone(t, pagesOf("previous", 3)), "next": alone(t, pagesOf("next", 3))}
	broken := []write.File{{Path: "app.js", Data: []byte("function ( {")}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.exchange {
				needExchange(t)
			}
			dir := t.TempDir()
			t.Chdir(dir) // to name the output "public", as the command does
			if tt.previous {
				if err := write.Site("public", pagesOf("previous", 3)); err != nil {
					t.Fatal(err)
				}
			}
			err := write.Site("public", pagesOf("next", 3), write.Failing(tt.fail))
			if err == nil {
				t.Fatal("the swap did not fail")
			}
			if got := write.Outcome(err, "public"); !strings.Contains(got, tt.outcome) {
				t.Errorf("outcome %q, want one with %q", got, tt.outcome)
			}
			checkOutput(t, "public", trees[tt.left])
			if e, ok := errors.AsType[*write.Error](err); ok {
				checkOutput(t, e.Aside, trees["previous"]) // where the outcome says it is
			}

			err = write.Site("public", broken)
			if err == nil {
				t.Fatal("the broken build succeeded")
			}
			checkOutput(t, "public", trees[tt.after])
			if l := leftovers(t, filepath.Join(dir, "public")); len(l) != 0 {
				t.Errorf("left beside the output after the next build: %v", l)
			}
		})
	}
}

// checkOutput checks that out holds want, or is missing when want is nil.
func checkOutput(t *testing.T, out string, want map[string]string) {
	t.Helper()
	if want == nil {
		if _, err := os.Lstat(out); err == nil {
			t.Errorf("%s is there, want it missing", out)
		}
		return
	}
	if got := tree(t, out); !reflect.DeepEqual(got, want) {
		t.Errorf("%s holds %v, want %v", out, got, want)
	}
}
