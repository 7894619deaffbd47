package main

import (
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"
)

// shownMaps lists the ids of the maps a reader sees.
const shownMaps = `Array.from(document.querySelectorAll(".maps > figure")).filter(f => f.getBoundingClientRect().height > 0).map(f => f.id)`

// TestBrowserMapSwitch follows the links that switch the map of the
// regions, without script: one map shows at a time, the one a link
// targets, or the last one when none is targeted.
func TestBrowserMapSwitch(t *testing.T) {
	ctx := browser(t)
	out := buildSite(t, seedContent)
	home := "file://" + filepath.ToSlash(out) + "/fr/index.html"
	for _, tt := range []struct{ hash, want string }{
		{"", "map-agreements"},
		{"#map-doctors", "map-doctors"},
		{"#map-per-inhabitant", "map-per-inhabitant"},
	} {
		err := chromedp.Do(ctx, chromedp.EmulateViewport(360, 740), chromedp.Navigate(home+tt.hash), chromedp.WaitReady(chromedp.CSS("body")))
		if err != nil {
			t.Fatal(err)
		}
		shown, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](shownMaps))
		if err != nil {
			t.Fatal(err)
		}
		if len(shown) != 1 || shown[0] != tt.want {
			t.Errorf("%s: the page shows %v, want only %s", home+tt.hash, shown, tt.want)
		}
	}
	// A click on a switch link shows its map.
	err := chromedp.Do(ctx, chromedp.Navigate(home), chromedp.WaitReady(chromedp.CSS("body")),
		chromedp.Click(chromedp.CSS(`.map-switch a[href="#map-doctors"]`)))
	if err != nil {
		t.Fatal(err)
	}
	if shown, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](shownMaps)); err != nil || len(shown) != 1 || shown[0] != "map-doctors" {
		t.Errorf("after a click on the doctors' map: %v (%v)", shown, err)
	}
}
