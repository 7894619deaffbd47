package plan

import "atlas/generator/pages"

// EncodeChartCSV writes the numbers a chart shows, as CSV.
const EncodeChartCSV = "chart-csv"

// charts lists the CSV file of every chart, in every language: they
// show totals, so any agreement changes them.
func charts(site *pages.Site) []Output {
	var out []Output
	for _, c := range site.ChartRefs() {
		out = append(out, Output{Path: c.Path(), Type: "text/csv", Encoder: EncodeChartCSV, Chart: c, Deps: []string{pages.DepAll}})
	}
	return out
}

// deps lists what page r shows: a page with a map shows the outlines too.
func deps(site *pages.Site, r pages.Ref) []string {
	d := site.Deps(r)
	if site.Draws(r) {
		d = append(d, DepAsset(pages.OutlinesFile))
	}
	return d
}
