package pages

import (
	"html/template"
	"slices"
	"strconv"

	"atlas/generator/draw"
	"atlas/generator/locale"
	"atlas/generator/stats"
)

// Chart is a bar chart with the numbers it shows: the same values draw
// its SVG, fill the table beside it and make its CSV download.
type Chart struct {
	ID       string // "dirhams-by-region": its CSV's name, and its ids in the page
	Title    string
	Category string    // the heading of its categories: "Région"
	Measure  string    // "dirhams" or "doctors": what the bars count
	Coverage stats.Sum // what the whole chart covers
	Kind     string    // the words of its coverage: "amount", "count" or "parties"
	Rows     []ChartRow
	CSV      string // the output path of its numbers
}

// ChartRow is one bar.
type ChartRow struct {
	Key   string // for machines: a region's code, a year ("unknown"), a type of party
	Label Text
	Path  string    // the category's page, when it has one
	Sum   stats.Sum // Known 0: the bar is unknown, never zero
	Why   string    // when unknown: why, in the page's language
}

// ChartRef names one chart in one language: its CSV is an output.
type ChartRef struct{ Lang, ID string }

// Chart ids, in the order the home page shows them.
var chartIDs = []string{"dirhams-by-region", "doctors-by-region", "dirhams-by-year", "dirhams-by-party-type"}

// ChartCSV is the output path of a chart's numbers.
func ChartCSV(lang, id string) string { return lang + "/data/chart-" + id + ".csv" }

// Path is the output path of the chart's numbers.
func (r ChartRef) Path() string { return ChartCSV(r.Lang, r.ID) }

// ChartRefs lists every chart of the site, language by language.
func (s *Site) ChartRefs() []ChartRef {
	var out []ChartRef
	for _, lang := range s.st.langs {
		for _, id := range chartIDs {
			out = append(out, ChartRef{lang, id})
		}
	}
	return out
}

// Chart builds the chart r names.
func (s *Site) Chart(r ChartRef) Chart { return s.st.chart(r.Lang, r.ID) }

// Locale is the locale of a language, for encoders that format.
func (s *Site) Locale(lang string) *locale.Locale { return s.st.locs[lang] }

func (st *site) charts(lang string) []Chart {
	var out []Chart
	for _, id := range chartIDs {
		out = append(out, st.chart(lang, id))
	}
	return out
}

func (st *site) chart(lang, id string) Chart {
	loc := st.locs[lang]
	c := Chart{ID: id, Title: loc.T("chart." + id), CSV: ChartCSV(lang, id), Measure: "dirhams", Kind: "amount"}
	switch id {
	case "dirhams-by-region", "doctors-by-region":
		st.byRegion(&c, lang)
	case "dirhams-by-year":
		c.Category, c.Coverage = loc.T("table.year"), st.s.National.Dirhams
		for _, y := range chronological(st.s.Years) {
			row := ChartRow{Key: "unknown", Label: Text{Value: loc.T("date.unknown_year")}, Sum: y.Dirhams, Why: loc.T("agreement.undisclosed")}
			if y.Year != 0 {
				row.Key, row.Label.Value, row.Path = strconv.Itoa(y.Year), loc.Date(y.Year, 0, 0), TimelineYear(lang, strconv.Itoa(y.Year))
			} else {
				row.Path = TimelineYear(lang, UnknownYear)
			}
			c.Rows = append(c.Rows, row)
		}
	case "dirhams-by-party-type":
		c.Category, c.Kind = loc.T("table.party_type"), "parties"
		for _, t := range st.s.PartyTypes {
			if t.Parties == 0 {
				continue // no party of this type funds anything
			}
			sum := stats.Sum{Value: t.Dirhams, Known: t.Known, Of: t.Parties}
			c.Coverage.Value += t.Dirhams
			c.Coverage.Known += t.Known
			c.Coverage.Of += t.Parties
			c.Rows = append(c.Rows, ChartRow{Key: t.Type, Label: Text{Value: loc.T("party." + t.Type)}, Sum: sum, Why: loc.T("unknown")})
		}
	}
	return c
}

func (st *site) byRegion(c *Chart, lang string) {
	loc := st.locs[lang]
	c.Category = loc.T("table.region")
	c.Coverage = st.s.National.Dirhams
	if c.ID == "doctors-by-region" {
		c.Measure, c.Kind, c.Coverage = "doctors", "count", st.s.National.Doctors
	}
	for _, r := range st.c.Registry.Regions {
		t := st.s.Regions[r.Slug]
		row := ChartRow{Key: r.Code, Label: st.text(r.Name, lang), Path: Region(lang, r.Slug), Sum: t.Dirhams, Why: loc.T("agreement.undisclosed")}
		if c.Measure == "doctors" {
			row.Sum, row.Why = t.Doctors, loc.T("chart.no_count")
		}
		if t.Agreements == 0 {
			row.Why = loc.T("coverage.none")
		}
		c.Rows = append(c.Rows, row)
	}
}

// chartValue is a value of a chart as the page prints it in words.
func (p *Page) chartValue(c Chart, v int64) string {
	if c.Measure == "doctors" {
		return p.loc.Count(v, "doctors")
	}
	return p.loc.Amount(v)
}

// coverageText says how many agreements (or parties) a sum covers. A sum
// of one, given, is that one's: "one out of 1" is no way to say it.
func coverageText(loc *locale.Locale, s stats.Sum, kind string) string {
	switch {
	case s.Of == 0:
		return loc.T("coverage.none")
	case s.Of == 1 && s.Known == 1:
		return loc.T("coverage.sole_" + kind)
	case s.Of == 1:
		// Not "none of the 1": the one there is says nothing.
		return loc.T("coverage.sole_unknown_" + kind)
	}
	return loc.Countf(int64(s.Known), "coverage_"+kind, "{of}", loc.Int(int64(s.Of)))
}

// DrawChart prints a chart as inline SVG, drawn in the page's direction.
func (p *Page) DrawChart(c Chart) template.HTML {
	b := draw.Bars{ID: "chart-" + c.ID, Title: c.Title, Desc: coverageText(p.loc, c.Coverage, c.Kind), RTL: p.Dir == "rtl"}
	for _, r := range c.Rows {
		bar := draw.Bar{Key: r.Key, Label: r.Label.Value, Value: r.Sum.Value, Known: r.Sum.Known > 0, Shown: r.Why}
		if bar.Known {
			bar.Shown = p.chartValue(c, r.Sum.Value)
		}
		b.Rows = append(b.Rows, bar)
	}
	// draw escapes every text it writes.
	return template.HTML(b.SVG())
}

// Bound is a value with the page it is printed on, for partials that
// print it through the page's functions: {{template "chart" (bind $ .)}}.
type Bound struct {
	Page *Page
	V    any
}

// Bind pairs a value with the page.
func (p *Page) Bind(v any) Bound { return Bound{p, v} }

// chronological lists years oldest first and the unknown one last, the
// order of the years table and of the chart beside it: read as a series,
// the years run the way time does, and the one outside it closes the list.
func chronological(years []stats.Year) []stats.Year {
	out := slices.Clone(years)
	slices.SortStableFunc(out, func(a, b stats.Year) int {
		if (a.Year == 0) != (b.Year == 0) {
			if a.Year == 0 {
				return 1
			}
			return -1
		}
		return a.Year - b.Year
	})
	return out
}
