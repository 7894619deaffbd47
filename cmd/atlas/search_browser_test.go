package main

import (
	"archive/zip"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// Tests of what readers do on the built seed site, opened from file://:
// read Arabic right to left, switch language, search with the keyboard.

func fileURL(out, page string) string { return "file://" + filepath.ToSlash(out) + "/" + page }

func open(t *testing.T, ctx context.Context, url string) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(390, 844), chromedp.Navigate(url), chromedp.WaitReady(chromedp.CSS("body"))); err != nil {
		t.Fatalf("%s: %v", url, err)
	}
}

func eval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("%s: %v", js, err)
	}
	return v
}

// TestBrowserArabicLayout checks that the Arabic home page is laid out
// right to left: the site's name at the right of the header, headings
// starting from the right, and the bundled fonts in use.
func TestBrowserArabicLayout(t *testing.T) {
	ctx := browser(t)
	out := buildSite(t, seedContent)
	open(t, ctx, fileURL(out, "ar/index.html"))
	type layout struct {
		Direction                      string
		Width, BrandRight, NavRight    float64
		HeadingRight, HeadingTextRight float64
		Fonts                          []string
		HeadingFont                    string
	}
	l := eval[layout](t, ctx, `document.fonts.ready.then(() => {
	  const r = s => document.querySelector(s).getBoundingClientRect();
	  const range = document.createRange(); range.selectNodeContents(document.querySelector("main h1"));
	  return {
	    Direction: getComputedStyle(document.querySelector("main")).direction,
	    Width: document.documentElement.clientWidth,
	    BrandRight: r(".brand").right, NavRight: r(".site-header nav li").right,
	    HeadingRight: r("main h1").right, HeadingTextRight: range.getBoundingClientRect().right,
	    Fonts: Array.from(document.fonts).filter(f => f.status === "loaded").map(f => f.family.replace(/"/g, "").toLowerCase()),
	    HeadingFont: getComputedStyle(document.querySelector("main h1")).fontFamily,
	  };
	})`)
	if l.Direction != "rtl" {
		t.Errorf("main is laid out %s", l.Direction)
	}
	if l.BrandRight < l.Width-40 || l.NavRight > l.BrandRight {
		t.Errorf("the site's name ends at %.0f px of %.0f, the first link at %.0f: the header does not start at the right", l.BrandRight, l.Width, l.NavRight)
	}
	if l.HeadingTextRight < l.HeadingRight-2 {
		t.Errorf("the heading's text ends at %.0f px, its box at %.0f: it is not set from the right", l.HeadingTextRight, l.HeadingRight)
	}
	for _, f := range []string{"atlas naskh", "atlas sans"} {
		if !slices.Contains(l.Fonts, f) {
			t.Errorf("font %q not loaded from file:// (loaded: %q)", f, l.Fonts)
		}
	}
	if !strings.Contains(strings.ToLower(l.HeadingFont), "atlas naskh") {
		t.Errorf("the Arabic heading is set in %s", l.HeadingFont)
	}
}

// TestBrowserTwins follows the language switch of several kinds of page,
// both ways: it must land on the same page in the other language.
func TestBrowserTwins(t *testing.T) {
	ctx := browser(t)
	out := buildSite(t, seedContent)
	for _, tt := range []struct{ from, to string }{
		{"ar/index.html", "fr/index.html"},
		{"fr/index.html", "ar/index.html"},
		{"fr/regions/souss-massa.html", "ar/regions/souss-massa.html"},
		{"ar/methodology.html", "fr/methodology.html"},
		{"fr/agreements/igherm-imzalne-al-khair-doctors-2024.html", "ar/agreements/igherm-imzalne-al-khair-doctors-2024.html"},
	} {
		open(t, ctx, fileURL(out, tt.from))
		lang, _, _ := strings.Cut(tt.to, "/")
		err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`a.lang-switch`)), chromedp.WaitReady(chromedp.CSS(`html[lang="`+lang+`"]`)))
		if err != nil {
			t.Fatalf("%s: %v", tt.from, err)
		}
		if loc := eval[string](t, ctx, "location.href"); loc != fileURL(out, tt.to) {
			t.Errorf("the switch of %s led to %s", tt.from, loc)
		}
	}
}

// TestBrowserSearchNormalization runs the script's normalisation on the
// cases the Go index is tested on: query and index must fold alike.
func TestBrowserSearchNormalization(t *testing.T) {
	ctx := browser(t)
	out := buildSite(t, seedContent)
	data, err := os.ReadFile("../../generator/search/testdata/normalize.json")
	if err != nil {
		t.Fatal(err)
	}
	var file struct {
		Cases []struct {
			Text   string   `json:"text"`
			Tokens []string `json:"tokens"`
		}
	}
	if err := json.Unmarshal(data, &file); err != nil {
		t.Fatal(err)
	}
	open(t, ctx, fileURL(out, "fr/index.html"))
	for _, c := range file.Cases {
		arg, _ := json.Marshal(c.Text)
		got := eval[[]string](t, ctx, "window.atlasSearch.tokens("+string(arg)+")")
		if !slices.Equal(got, c.Tokens) && len(got)+len(c.Tokens) > 0 {
			t.Errorf("search.js tokens(%q) = %q, want %q", c.Text, got, c.Tokens)
		}
	}
}

// typeText types text into the focused field as a keyboard with that
// script's layout would.
func typeText(text string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, input.InsertText, input.InsertTextParams{Text: text})
		return err
	})
}

// searchFor types a query into the search box of the open page and
// returns the status line once it shows a count, and the results' links.
func searchFor(t *testing.T, ctx context.Context, query string) (string, []string) {
	t.Helper()
	err := chromedp.Do(ctx,
		chromedp.WaitVisible(chromedp.CSS("#search-q")),
		chromedp.Evaluate[chromedp.Void](`document.querySelector("#search-q").value = ""`),
		chromedp.Focus(chromedp.CSS("#search-q")),
		typeText(query),
	)
	if err != nil {
		t.Fatalf("search %q: %v", query, err)
	}
	return results(t, ctx)
}

type found struct {
	Status string
	Links  []string
}

func results(t *testing.T, ctx context.Context) (string, []string) {
	t.Helper()
	r, err := chromedp.Run(ctx, chromedp.Poll[found](`(() => {
	  const status = document.querySelector(".search-status").textContent;
	  if (document.querySelector(".search-results").hasAttribute("aria-busy") || !status) return null;
	  return {Status: status, Links: Array.from(document.querySelectorAll(".search-results a")).map(a => a.getAttribute("href"))};
	})()`))
	if err != nil {
		t.Fatalf("no results shown: %v", err)
	}
	return r.Status, r.Links
}

// slugs are the agreements a list of result links leads to.
func slugs(links []string) []string {
	var out []string
	for _, l := range links {
		out = append(out, strings.TrimSuffix(l[strings.LastIndex(l, "/")+1:], ".html"))
	}
	return out
}

// TestBrowserSearchArabic searches the Arabic pages with the spellings
// readers type: another hamza or alef, ه for ة, no article, Arabic-Indic
// digits.
func TestBrowserSearchArabic(t *testing.T) {
	ctx := browser(t)
	out := buildSite(t, seedContent)
	open(t, ctx, fileURL(out, "ar/regions/index.html"))
	hoceima := []string{"al-hoceima-health-staff-2026", "al-hoceima-indh-ambulances-2025"}
	igherm := []string{"igherm-imzalne-al-khair-doctors-2024"}
	for _, tt := range []struct {
		query string
		want  []string
	}{
		{"الحسيمه", hoceima},                                   // ه for ة
		{"حسيمة", hoceima},                                     // without the article
		{"أمزالن", igherm},                                     // أ where the title has إ
		{"امزالن الخير", igherm},                               // bare alef, two words
		{"اقليم تنغير", []string{"tinghir-health-staff-2023"}}, // إقليم written اقليم, joined to ب in the title
		{"كلميم ٢٠٢٣", []string{"guelmim-oued-noun-health-upgrade-2023"}},
		{"الأربعاء", []string{"tinghir-health-staff-2023"}}, // in its summary alone
		{"الصِّحِّيَّة", nil},                               // with tashkeel: found, whatever else
	} {
		status, links := searchFor(t, ctx, tt.query)
		got := slugs(links)
		if tt.want == nil {
			if len(got) == 0 {
				t.Errorf("%q found nothing (%s)", tt.query, status)
			}
			continue
		}
		slices.Sort(got)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q found %q (%s), want %q", tt.query, got, status, tt.want)
		}
		if !strings.Contains(status, "النتائج") {
			t.Errorf("%q: status %q", tt.query, status)
		}
	}
}

// TestBrowserSearchFrench searches without accents for accented titles.
func TestBrowserSearchFrench(t *testing.T) {
	ctx := browser(t)
	out := buildSite(t, seedContent)
	open(t, ctx, fileURL(out, "fr/agreements/tinghir-health-staff-2023.html"))
	for _, tt := range []struct {
		query string
		want  []string
	}{
		{"hoceima", []string{"al-hoceima-health-staff-2026", "al-hoceima-indh-ambulances-2025"}},
		{"HOPITAUX tinghir", []string{"tinghir-health-staff-2023"}},
		{"sante igherm", []string{"igherm-imzalne-al-khair-doctors-2024"}},
		{"unites sanitaires", []string{"al-hoceima-indh-ambulances-2025"}},
		{"equipement", []string{"al-hoceima-indh-ambulances-2025", "guelmim-oued-noun-health-upgrade-2023"}}, // a kind, a party
		{"mercredi", []string{"tinghir-health-staff-2023"}},                                                  // in its summary alone
		{"xylophone", nil},
	} {
		status, links := searchFor(t, ctx, tt.query)
		got := slugs(links)
		slices.Sort(got)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q found %q (%s), want %q", tt.query, got, status, tt.want)
		}
	}
	// Results show title, place, year and amount.
	searchFor(t, ctx, "guelmim")
	text := eval[string](t, ctx, `document.querySelector(".search-results a").innerText.replace(/\u00a0/g, " ")`)
	for _, want := range []string{"Guelmim-Oued Noun", "2023", "443 millions de dirhams", "Convention de partenariat"} {
		if !strings.Contains(text, want) {
			t.Errorf("the result %q does not show %q", text, want)
		}
	}
}

// TestBrowserSearchKeyboard searches with the keyboard alone: Tab to the
// box, type, ↓ to the first result, Enter to open it.
func TestBrowserSearchKeyboard(t *testing.T) {
	ctx := browser(t)
	out := buildSite(t, seedContent)
	open(t, ctx, fileURL(out, "fr/index.html"))
	tabs := 0
	for ; tabs < 30; tabs++ {
		if eval[string](t, ctx, "document.activeElement.id") == "search-q" {
			break
		}
		if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.Tab)); err != nil {
			t.Fatal(err)
		}
	}
	if tabs == 30 {
		t.Fatal("Tab never reaches the search box")
	}
	if err := chromedp.Do(ctx, typeText("tinghir")); err != nil {
		t.Fatal(err)
	}
	status, links := results(t, ctx)
	if status != "Résultats : 1" || len(links) != 1 {
		t.Fatalf("status %q, results %q", status, links)
	}
	role := eval[string](t, ctx, `document.querySelector(".search-status").getAttribute("role")`)
	if role != "status" {
		t.Errorf("the count is not announced: role %q", role)
	}
	if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.ArrowDown)); err != nil {
		t.Fatal(err)
	}
	if got := eval[string](t, ctx, `document.activeElement.closest(".search-results") ? "result" : document.activeElement.tagName`); got != "result" {
		t.Fatalf("↓ from the box focused %s, not the first result", got)
	}
	if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.Enter), chromedp.WaitReady(chromedp.CSS("article, main h1"))); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`location.href.endsWith("/fr/agreements/tinghir-health-staff-2023.html")`)); err != nil {
		t.Errorf("Enter on the result did not open it: %v", err)
	}
	// Back to a page: Escape in the box clears it.
	open(t, ctx, fileURL(out, "fr/index.html"))
	searchFor(t, ctx, "hoceima")
	if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.Escape)); err != nil {
		t.Fatal(err)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll(".search-results li").length + document.querySelector("#search-q").value.length`); n != 0 {
		t.Errorf("Escape left the query or %d results", n)
	}
}

// TestBrowserSearchWithoutScripts: with scripts off, the box is not shown.
func TestBrowserSearchWithoutScripts(t *testing.T) {
	ctx := browser(t)
	out := buildSite(t, seedContent)
	err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true})
		return err
	}))
	if err != nil {
		t.Fatal(err)
	}
	open(t, ctx, fileURL(out, "ar/index.html"))
	if shown := eval[bool](t, ctx, `document.querySelector("form.site-search").getClientRects().length > 0`); shown {
		t.Error("the search box shows without scripts")
	}
}

// TestBrowserOfflineCopy unpacks the offline copy and searches in it.
func TestBrowserOfflineCopy(t *testing.T) {
	ctx := browser(t)
	out := buildSite(t, seedContent)
	zr, err := zip.OpenReader(filepath.Join(out, "atlas-offline.zip"))
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	dir := t.TempDir()
	for _, f := range zr.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(r)
		r.Close()
		p := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err == nil {
			err = os.MkdirAll(filepath.Dir(p), 0o755)
		}
		if err == nil {
			err = os.WriteFile(p, data, 0o644)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	open(t, ctx, fileURL(dir, "index.html"))
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(`a[hreflang="fr"]`)), chromedp.WaitReady(chromedp.CSS(`html[lang="fr"]`))); err != nil {
		t.Fatal(err)
	}
	if _, links := searchFor(t, ctx, "tinghir"); len(links) != 1 {
		t.Errorf("the copy's search found %q", links)
	}
}
