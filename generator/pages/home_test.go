package pages

import (
	"slices"
	"strconv"
	"testing"
)

// TestHomeYearsInOneOrder checks that the years table and the chart of
// dirhams by year list the years in the same order, oldest first, and
// that every list of years, the timeline's included, ends with the
// unknown one.
func TestHomeYearsInOneOrder(t *testing.T) {
	st := seedSite(t)
	for _, lang := range st.langs {
		d := st.home(lang).Data.(HomeData)
		var table, chart, nav []string
		for _, y := range d.Years {
			table = append(table, yearSlug(y.Year))
		}
		for _, r := range st.chart(lang, "dirhams-by-year").Rows {
			chart = append(chart, r.Key)
		}
		for _, y := range d.YearPages {
			nav = append(nav, yearSlug(y.Year))
		}
		if !slices.Contains(table, UnknownYear) {
			t.Fatalf("%s: the seed has no undated agreement any more: %v", lang, table)
		}
		if !slices.Equal(table, chart) {
			t.Errorf("%s: years table %v, chart %v: want one order", lang, table, chart)
		}
		for name, list := range map[string][]string{"table": table, "chart": chart, "timeline": nav} {
			if list[len(list)-1] != UnknownYear {
				t.Errorf("%s: %s %v: want the unknown year last", lang, name, list)
			}
		}
		known := table[:len(table)-1]
		if !slices.IsSortedFunc(known, func(a, b string) int {
			x, _ := strconv.Atoi(a)
			y, _ := strconv.Atoi(b)
			return x - y
		}) {
			t.Errorf("%s: years table %v: want oldest first", lang, table)
		}
	}
}
