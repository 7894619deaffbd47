package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// browser starts headless Chromium. A machine without it skips the
// browser tests, saying how to run them; where ATLAS_REQUIRE_BROWSER is
// set (.ci/run sets it) or CI is, a missing browser fails them.
func browser(t *testing.T) context.Context {
	t.Helper()
	path := browserPath()
	if path == "" {
		if os.Getenv("ATLAS_REQUIRE_BROWSER") != "" || os.Getenv("CI") != "" {
			t.Fatal("no Chromium, and the browser tests are required here: .ci/run installs it (apt-get install chromium fonts-noto-core)")
		}
		t.Skip("no Chromium: to run the browser tests, apt-get install chromium fonts-noto-core, then go test ./cmd/atlas -run Browser")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true), chromedp.Flag("no-first-run", true),
		chromedp.Flag("allow-file-access-from-files", true),
	)
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(alloc)
	ctx, cancelTimeout := context.WithTimeout(ctx, 2*time.Minute)
	t.Cleanup(func() { cancelTimeout(); cancelCtx(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start Chromium: %v", err)
	}
	return ctx
}

// browserPath finds Chromium, or returns "".
func browserPath() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// The seed fixture is a frozen copy of the seed articles' files: tests of
// facts and figures use it. The live content grows every week: tests on it
// check only what holds for any content. .ci/run names a grown copy of it
// in ATLAS_TEST_CONTENT.
const seedContent = "../../generator/testdata/seed"

func liveContent() string {
	if dir := os.Getenv("ATLAS_TEST_CONTENT"); dir != "" {
		return dir
	}
	return "../../content"
}

// buildSite runs "atlas build" on a content folder with the repository's
// layouts and assets.
func buildSite(t *testing.T, content string) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "public")
	var stderr bytes.Buffer
	args := []string{"build", "--content", content, "--layouts", "../../layouts", "--assets", "../../assets", "--out", out}
	if code := run(args, io.Discard, &stderr); code != 0 {
		t.Fatalf("atlas build exited %d:\n%s", code, stderr.String())
	}
	return out
}

// pageState is what a reader's browser shows of a page.
type pageState struct {
	Lang, Dir, BodyDirection, Background, Location, Text string
	Sheets                                               int
	BrokenImages                                         int
}

const readState = `({
  Lang: document.documentElement.lang,
  Dir: document.documentElement.dir,
  BodyDirection: getComputedStyle(document.body).direction,
  Background: getComputedStyle(document.body).backgroundColor,
  Location: location.href,
  // No-break spaces tie figures to their nouns; readers see spaces.
  Text: document.body.innerText.replace(/[\u00a0\u202f]/g, " "),
  Sheets: Array.from(document.styleSheets).filter(s => { try { return s.cssRules.length > 0 } catch (e) { return false } }).length,
  BrokenImages: Array.from(document.images).filter(i => !i.complete || i.naturalWidth === 0).length,
})`

func visit(t *testing.T, ctx context.Context, url, shot string) pageState {
	t.Helper()
	err := chromedp.Do(ctx,
		chromedp.EmulateViewport(390, 844),
		chromedp.Navigate(url),
		chromedp.WaitReady(chromedp.CSS("body")),
	)
	if err != nil {
		t.Fatalf("%s: %v", url, err)
	}
	st, err := chromedp.Run(ctx, chromedp.Evaluate[pageState](readState))
	if err != nil {
		t.Fatalf("%s: %v", url, err)
	}
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("%s: screenshot: %v", url, err)
	}
	if dir := os.Getenv("ATLAS_SCREENSHOTS"); dir != "" && shot != "" {
		os.MkdirAll(dir, 0o755)
		os.WriteFile(filepath.Join(dir, shot+".png"), png, 0o644)
	}
	return st
}

// TestBrowserOffline opens the built site from file:// and from a project
// subpath over HTTP, as readers of an offline copy and of GitHub Pages do.
func TestBrowserOffline(t *testing.T) {
	ctx := browser(t)
	out := buildSite(t, seedContent)
	srv := httptest.NewServer(http.StripPrefix("/atlas/", http.FileServer(http.Dir(out))))
	defer srv.Close()
	bases := map[string]string{"file": "file://" + filepath.ToSlash(out) + "/", "subpath": srv.URL + "/atlas/"}
	pages := []struct {
		path, lang, dir, want string
	}{
		{"ar/index.html", "ar", "rtl", "443"},
		{"fr/index.html", "fr", "ltr", "443"},
		{"ar/agreements/al-hoceima-health-staff-2026.html", "ar", "rtl", "20"},
		{"fr/agreements/al-hoceima-health-staff-2026.html", "fr", "ltr", "4 millions de dirhams"},
		{"fr/regions/guelmim-oued-noun.html", "fr", "ltr", "443 millions de dirhams"},
		{"ar/regions/draa-tafilalet.html", "ar", "rtl", "22 طبيبًا"},
	}
	for name, base := range bases {
		for _, p := range pages {
			shot := ""
			if name == "file" {
				shot = strings.NewReplacer("/", "-", ".html", "").Replace(p.path)
			}
			st := visit(t, ctx, base+p.path, shot)
			if st.Lang != p.lang || st.Dir != p.dir || st.BodyDirection != p.dir {
				t.Errorf("%s %s: lang=%q dir=%q direction=%q", name, p.path, st.Lang, st.Dir, st.BodyDirection)
			}
			if st.Sheets == 0 || st.Background != "rgb(253, 252, 249)" {
				t.Errorf("%s %s: stylesheet not applied (sheets=%d, background %s)", name, p.path, st.Sheets, st.Background)
			}
			if !strings.Contains(st.Text, p.want) {
				t.Errorf("%s %s: page does not show %q", name, p.path, p.want)
			}
		}
	}
}

// TestBrowserLanguageSwitch follows the visible switch from Arabic to
// French and back on an agreement page.
func TestBrowserLanguageSwitch(t *testing.T) {
	ctx := browser(t)
	out := buildSite(t, seedContent)
	start := "file://" + filepath.ToSlash(out) + "/ar/agreements/tinghir-health-staff-2023.html"
	err := chromedp.Do(ctx,
		chromedp.Navigate(start),
		chromedp.Click(chromedp.CSS(`a.lang-switch`)),
		chromedp.WaitReady(chromedp.CSS(`html[lang="fr"]`)),
	)
	if err != nil {
		t.Fatal(err)
	}
	loc, err := chromedp.Run(ctx, chromedp.Location())
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(loc, "/fr/agreements/tinghir-health-staff-2023.html") {
		t.Errorf("switch led to %s", loc)
	}
}

// overflow lists what sticks out of a phone's screen: the page scrolling
// sideways, or any visible element reaching past either edge. The skip
// link and the clipped headers of stacked tables are off screen on purpose.
const overflow = `(() => {
  const w = document.documentElement.clientWidth, out = [];
  if (document.documentElement.scrollWidth > w) out.push("the page scrolls sideways: " + document.documentElement.scrollWidth + "px");
  for (const el of document.body.querySelectorAll("*")) {
    if (el.closest(".skip, .stack thead, .print-only")) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    if (r.right > w + 0.5 || r.left < -0.5) {
      out.push("<" + el.tagName.toLowerCase() + (el.className ? " class=" + el.className : "") + "> spans " +
        Math.round(r.left) + "–" + Math.round(r.right) + "px: " + (el.textContent || "").trim().slice(0, 50));
    }
  }
  return out.slice(0, 5);
})()`

// TestBrowserPhoneWidth opens every page of the site on a 360 px wide
// screen, the narrowest phones readers use, in both languages: nothing may
// be wider than the screen.
func TestBrowserPhoneWidth(t *testing.T) {
	ctx := browser(t)
	out := buildSite(t, liveContent())
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(360, 740)); err != nil {
		t.Fatal(err)
	}
	pages := 0
	err := filepath.WalkDir(out, func(name string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(name) != ".html" {
			return err
		}
		pages++
		url := "file://" + filepath.ToSlash(name)
		if err := chromedp.Do(ctx, chromedp.Navigate(url), chromedp.WaitReady(chromedp.CSS("body"))); err != nil {
			return err
		}
		wide, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](overflow))
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(out, name)
		for _, w := range wide {
			t.Errorf("%s at 360 px: %s", filepath.ToSlash(rel), w)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if pages < 10 {
		t.Fatalf("only %d pages checked", pages)
	}
}
