package generator

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"atlas/generator/pages"
)

// grownTimeline is the fixture site with agreements added over six years,
// dated to the day, to the month or to the year only, and one undated.
func grownTimeline(t *testing.T) (Sources, map[string]string) {
	src := fixture(t, "testdata/site.txtar")
	fsys := src.Content.(fstest.MapFS)
	model := string(fsys["agreements/igherm-2024.md"].Data)
	dates := map[string]string{}
	for i := range 36 {
		year := 2019 + i%6
		var signed string
		switch i % 3 {
		case 0:
			signed = fmt.Sprintf(`"%d"`, year)
		case 1:
			signed = fmt.Sprintf(`"%d-%02d"`, year, 1+i%12)
		default:
			signed = fmt.Sprintf("%d-%02d-%02d", year, 1+i%12, 1+i%28)
		}
		slug := fmt.Sprintf("timeline-check-%02d", i)
		dates[slug] = strings.Trim(signed, `"`)
		data := strings.Replace(model, `signed = "2024-05"`, "signed = "+signed, 1)
		data = strings.Replace(data, "Charte de partenariat d'Igherm", "Charte "+slug, 1)
		data = strings.Replace(data, "ميثاق شراكة إغرم", "ميثاق "+slug, 1)
		fsys["agreements/"+slug+".md"] = &fstest.MapFile{Data: []byte(data)}
	}
	undated := strings.Replace(model, "signed = \"2024-05\"\n", "", 1)
	undated = strings.Replace(undated, "Charte de partenariat d'Igherm", "Charte sans date", 1)
	undated = strings.Replace(undated, "ميثاق شراكة إغرم", "ميثاق بلا تاريخ", 1)
	fsys["agreements/timeline-check-undated.md"] = &fstest.MapFile{Data: []byte(undated)}
	dates["timeline-check-undated"] = ""
	return src, dates
}

var timelineEntry = regexp.MustCompile(`<li class="agreement"><span class="date">(.*?)</span>.*?href="../agreements/([a-z0-9-]+)\.html"`)

// TestTimelineByYear checks the timeline pages: every agreement is on the
// page of its year, once, in date order; a date known to the year or the
// month only is shown as such and placed before the days of its month and
// year; the home page lists only the latest entries and links to every
// year, so no page grows with the whole atlas.
func TestTimelineByYear(t *testing.T) {
	src, dates := grownTimeline(t)
	out := build(t, src)
	walkSite(t, out, map[string]string{"ar": "rtl", "fr": "ltr"}, "https://example.github.io/atlas")
	for _, lang := range []string{"ar", "fr"} {
		seen := map[string]string{}
		pagesOf, _ := filepath.Glob(filepath.Join(out, lang, "timeline", "*.html"))
		if len(pagesOf) != 8 { // 2019 to 2025, and the undated
			t.Errorf("%s: %d timeline pages, want 8", lang, len(pagesOf))
		}
		for _, name := range pagesOf {
			data, _ := os.ReadFile(name)
			year := strings.TrimSuffix(filepath.Base(name), ".html")
			last := ""
			for _, m := range timelineEntry.FindAllStringSubmatch(string(data), -1) {
				slug := m[2]
				if prev, ok := seen[slug]; ok {
					t.Errorf("%s: %s on %s and %s", lang, slug, prev, year)
				}
				seen[slug] = year
				d, ok := dates[slug]
				if !ok {
					continue // the fixture's own
				}
				if got := strings.SplitN(d, "-", 2)[0]; got != year && !(d == "" && year == pages.UnknownYear) {
					t.Errorf("%s: %s (%s) on the page of %s", lang, slug, d, year)
				}
				if d < last {
					t.Errorf("%s %s: %s (%s) after %s", lang, year, slug, d, last)
				}
				last = d
				shown := pageTextOf(m[1])
				if len(d) == 4 && shown != d {
					t.Errorf("%s: %s, known to the year only, is dated %q", lang, slug, shown)
				}
				if len(d) == 7 && (strings.ContainsAny(shown[:1], "0123456789") || !strings.HasSuffix(shown, d[:4])) {
					t.Errorf("%s: %s, known to the month only, is dated %q", lang, slug, shown)
				}
			}
		}
		for slug := range dates {
			if seen[slug] == "" {
				t.Errorf("%s: %s is on no timeline page", lang, slug)
			}
		}
		home, _ := os.ReadFile(filepath.Join(out, lang, "index.html"))
		if n := strings.Count(string(home), `<li class="agreement">`); n > pages.LatestTimeline {
			t.Errorf("%s home: %d timeline entries, more than %d", lang, n, pages.LatestTimeline)
		}
		for _, name := range pagesOf {
			if !strings.Contains(string(home), `href="timeline/`+filepath.Base(name)+`"`) {
				t.Errorf("%s home: no link to %s", lang, filepath.Base(name))
			}
		}
	}
}

// pageTextOf is the text of an HTML fragment, spaces made plain.
func pageTextOf(h string) string {
	s := tagPattern.ReplaceAllString(h, "")
	return strings.NewReplacer("\u00a0", " ", "\u202f", " ").Replace(s)
}
