package write_test

import (
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"

	"atlas/generator/render"
	"atlas/generator/write"
)

// TestReadersAlwaysSeeAnOutput builds in a loop while a reader keeps
// reading the home page: with folders exchanged in one step it is never
// missing, and never a page of neither build.
func TestReadersAlwaysSeeAnOutput(t *testing.T) {
	needExchange(t)
	out := filepath.Join(t.TempDir(), "public")
	sites := [][]render.File{pagesOf("first", 20), pagesOf("second", 20)}
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
	for i := range 200 {
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
