package main

import (
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"
)

// splitWords lists the words of the methodology's tables that a line
// break cuts in two: "general_practi|tioners". A word here is a run of
// letters or digits; lines may break between them, at "/", "_" or ", ".
const splitWords = `(() => {
  const out = [];
  const texts = document.createTreeWalker(document.querySelector(".prose"), NodeFilter.SHOW_TEXT);
  for (let node; (node = texts.nextNode());) {
    if (!node.parentElement.closest("td")) continue;
    for (const m of node.data.matchAll(/[\p{L}\p{N}]+/gu)) {
      const r = document.createRange();
      r.setStart(node, m.index);
      r.setEnd(node, m.index + m[0].length);
      const tops = new Set(Array.from(r.getClientRects()).map(x => Math.round(x.top)));
      if (tops.size > 1) out.push(m[0]);
    }
  }
  return out;
})()`

// TestBrowserColumnNamesWrapWhole opens the methodology page on a 360 px
// wide screen: the names of the columns of the downloads, and the names
// their descriptions quote, wrap at their slashes and underscores, never
// inside a word.
func TestBrowserColumnNamesWrapWhole(t *testing.T) {
	ctx := browser(t)
	out := buildSite(t, seedContent)
	for _, lang := range []string{"ar", "fr"} {
		url := "file://" + filepath.ToSlash(out) + "/" + lang + "/methodology.html"
		err := chromedp.Do(ctx, chromedp.EmulateViewport(360, 740), chromedp.Navigate(url), chromedp.WaitReady(chromedp.CSS("body")))
		if err != nil {
			t.Fatal(err)
		}
		split, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](splitWords))
		if err != nil {
			t.Fatal(err)
		}
		if len(split) > 0 {
			t.Errorf("%s/methodology.html at 360 px: words cut across lines: %q", lang, split)
		}
	}
}
