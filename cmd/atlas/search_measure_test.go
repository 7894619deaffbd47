package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// TestMeasureSearch measures the search index of a content folder, as
// bench/RESULTS.md reports it: the bytes of each language's index per 100
// agreements, and for a few queries in Chromium over HTTP the bytes of
// index files loaded and the time from typing to results. It runs only
// when ATLAS_MEASURE_SEARCH names a content folder, and asserts nothing
// about sizes or times: it prints them.
//
//	ATLAS_MEASURE_SEARCH=/tmp/corpus10000 go test ./cmd/atlas -run TestMeasureSearch -v -timeout 30m
func TestMeasureSearch(t *testing.T) {
	dir := os.Getenv("ATLAS_MEASURE_SEARCH")
	if dir == "" {
		t.Skip("set ATLAS_MEASURE_SEARCH to a content folder to measure its search index")
	}
	agreements, err := os.ReadDir(filepath.Join(dir, "agreements"))
	if err != nil {
		t.Fatal(err)
	}
	n := len(agreements)
	out := buildSite(t, dir)
	t.Logf("%d agreements", n)
	t.Log("| language | index file | shards | display files | total | per 100 agreements | per 100, each file gzip -9 |")
	t.Log("| --- | --- | --- | --- | --- | --- | --- |")
	for _, lang := range []string{"ar", "fr"} {
		sizes := map[string]int{}
		total, gzipped := 0, 0
		files, _ := filepath.Glob(filepath.Join(out, lang, "search", "*.js"))
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			sizes[filepath.Base(f)[:2]] += len(data)
			total += len(data)
			// As a server compresses each file it sends.
			var gz bytes.Buffer
			zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
			zw.Write(data)
			zw.Close()
			gzipped += gz.Len()
		}
		per := func(b int) string { return fmt.Sprintf("%.1f KB", float64(b)*100/float64(n)/1000) }
		t.Logf("| %s | %d B | %d B in %d files | %d B in %d files | %d B | %s | %s |", lang, sizes["in"], sizes["t-"], countPrefix(files, "t-"),
			sizes["d-"], countPrefix(files, "d-"), total, per(total), per(gzipped))
	}
	var mu sync.Mutex
	served := map[string]int{}
	files := http.FileServer(http.Dir(out))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		cw := &countingResponse{ResponseWriter: w}
		files.ServeHTTP(cw, r)
		if strings.Contains(r.URL.Path, "/search/") {
			mu.Lock()
			served[r.URL.Path] += cw.n
			mu.Unlock()
		}
	}))
	defer srv.Close()
	ctx := browser(t)
	// Each query loads what a first visit would: nothing from the cache.
	err = chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		if _, err := cdp.Call(ctx, tg, network.Enable, network.EnableParams{}); err != nil {
			return err
		}
		_, err := cdp.Call(ctx, tg, network.SetCacheDisabled, network.SetCacheDisabledParams{CacheDisabled: true})
		return err
	}))
	if err != nil {
		t.Fatal(err)
	}
	queries := []struct{ lang, query string }{
		{"fr", "tinghir"}, {"fr", "province"}, {"fr", "convention sante 2019"}, {"fr", "hopital"},
		{"ar", "الحسيمه"}, {"ar", "اقليم"}, {"ar", "اتفاقيه شراكه"},
	}
	t.Log("| query | results | files loaded | bytes loaded | ms to results |")
	t.Log("| --- | --- | --- | --- | --- |")
	for _, q := range queries {
		if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/"+q.lang+"/index.html"), chromedp.WaitVisible(chromedp.CSS("#search-q"))); err != nil {
			t.Fatal(err)
		}
		mu.Lock()
		clear(served)
		mu.Unlock()
		eval[chromedp.Void](t, ctx, `document.querySelector("#search-q").addEventListener("input", () => { window.t0 = performance.now() }, {capture: true, once: true})`)
		if err := chromedp.Do(ctx, chromedp.Focus(chromedp.CSS("#search-q")), typeText(q.query)); err != nil {
			t.Fatal(err)
		}
		// Timed in the page, to the frame the results are shown in.
		ms, err := chromedp.Run(ctx, chromedp.Poll[float64](`(() => {
		  const busy = document.querySelector(".search-results").hasAttribute("aria-busy");
		  return busy || !document.querySelector(".search-status").textContent ? null : performance.now() - window.t0;
		})()`))
		if err != nil {
			t.Fatal(err)
		}
		status := eval[string](t, ctx, `document.querySelector(".search-status").textContent`)
		mu.Lock()
		total, paths := 0, make([]string, 0, len(served))
		for p, b := range served {
			total += b
			paths = append(paths, p)
		}
		mu.Unlock()
		sort.Strings(paths)
		t.Logf("| %s %q | %s | %d | %.1f KB | %.0f |", q.lang, q.query, status, len(paths), float64(total)/1000, ms)
	}
}

func countPrefix(files []string, prefix string) int {
	n := 0
	for _, f := range files {
		if strings.HasPrefix(filepath.Base(f), prefix) {
			n++
		}
	}
	return n
}

type countingResponse struct {
	http.ResponseWriter
	n int
}

func (c *countingResponse) Write(p []byte) (int, error) {
	n, err := c.ResponseWriter.Write(p)
	c.n += n
	return n, err
}
