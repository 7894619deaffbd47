package write_test

import (
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"atlas/generator/write"
)

func TestOpenWaitsForTheBuildBefore(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	first, err := write.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	notices := make(chan string, 10)
	opened := make(chan error)
	go func() {
		second, err := write.Open(out, write.Notify(func(s string) { notices <- s }))
		if err == nil {
			err = second.Close()
		}
		opened <- err
	}()
	// The notice comes before the wait: the second build cannot have its
	// turn until the first one closes.
	select {
	case n := <-notices:
		if !strings.Contains(n, "waiting for another build of "+out) {
			t.Errorf("notice %q, want one saying it waits", n)
		}
	case err := <-opened:
		t.Fatalf("the second build opened %s while the first held it (%v)", out, err)
	}
	select {
	case err := <-opened:
		t.Fatalf("the second build opened %s while the first held it (%v)", out, err)
	default:
	}
	first.Close()
	if err := <-opened; err != nil {
		t.Fatal(err)
	}
	if len(notices) != 0 {
		t.Errorf("more than one notice: %q", <-notices)
	}
}

// siteOf is a small site that differs for each writer, by its text and by
// the names of its files, so that a mix of two would show.
func siteOf(writer int) []write.File {
	files := []write.File{{Path: "index.html", Data: []byte(fmt.Sprintf("<p>writer %d</p>", writer))}}
	for i := range 20 {
		files = append(files, write.File{
			Path: fmt.Sprintf("w%d/page-%02d.txt", writer, i),
			Data: []byte(strings.Repeat(fmt.Sprint(writer), 1000)),
		})
	}
	return files
}

func TestConcurrentSites(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	const writers, rounds = 4, 25
	var whole []map[string]string // the output of each writer alone
	for w := range writers {
		dir := filepath.Join(t.TempDir(), "alone")
		if err := write.Site(dir, siteOf(w)); err != nil {
			t.Fatal(err)
		}
		whole = append(whole, tree(t, dir))
	}
	var wg sync.WaitGroup
	errs := make(chan error, writers*rounds)
	for w := range writers {
		wg.Go(func() {
			for range rounds {
				errs <- write.Site(out, siteOf(w))
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
	got := tree(t, out)
	if !slices.ContainsFunc(whole, func(w map[string]string) bool { return reflect.DeepEqual(w, got) }) {
		t.Errorf("the output is no writer's whole site: %v", got)
	}
	if l := leftovers(t, out); len(l) != 0 {
		t.Errorf("left beside the output: %v", l)
	}
}
