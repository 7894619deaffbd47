package pages

import (
	"cmp"
	"slices"
	"sort"
	"strconv"

	"atlas/generator/content"
)

// KindYear is a page of the timeline: the agreements and milestones of
// one year, or of no known year. The home page shows only the latest
// entries and links to these, so no page grows with the whole atlas.
const KindYear = "year"

// UnknownYear is the slug of the page of agreements with no known date.
const UnknownYear = "unknown"

// TimelineYear is the timeline page of a year ("2023") or of UnknownYear.
func TimelineYear(lang, year string) string { return lang + "/timeline/" + year + ".html" }

// YearData is one page of the timeline.
type YearData struct {
	Heading string
	Year    int // 0: the agreements no source dates
	Years   []YearLink
	Groups  []TimelineGroup
}

// YearLink is a page of the timeline, in the list of all of them.
type YearLink struct {
	Year    int // 0: unknown
	Path    string
	Current bool
}

// TimelineGroup is the entries of one month, in date order; Month 0
// holds those whose source gives only the year: they are placed in the
// year, never on an invented day or month.
type TimelineGroup struct {
	Date    content.Date // the year and month, for the heading
	Heading string       // the heading of the entries known to the year only
	Items   []TimelineItem
}

// years lists the years of the timeline, newest first, 0 (unknown) last
// when some agreement has no date at all.
func (st *site) years() []int { return st.yearList }

func (st *site) listYears() []int {
	seen := map[int]bool{}
	for _, a := range st.c.Agreements {
		d, _ := a.Dated()
		seen[d.Year] = true
	}
	for _, m := range st.c.Milestones {
		seen[m.Date.Year] = true
	}
	var out []int
	for y := range seen {
		out = append(out, y)
	}
	sort.Slice(out, func(i, j int) bool {
		if (out[i] == 0) != (out[j] == 0) {
			return out[j] == 0
		}
		return out[i] > out[j]
	})
	return out
}

func yearSlug(y int) string {
	if y == 0 {
		return UnknownYear
	}
	return strconv.Itoa(y)
}

// yearRefs lists the timeline pages of a language.
func (st *site) yearRefs(lang string) []Ref {
	var out []Ref
	for _, y := range st.years() {
		out = append(out, Ref{KindYear, lang, yearSlug(y)})
	}
	return out
}

// yearLinks lists every page of the timeline, marking the current one.
func (st *site) yearLinks(lang string, current int) []YearLink {
	var out []YearLink
	for _, y := range st.years() {
		out = append(out, YearLink{Year: y, Path: TimelineYear(lang, yearSlug(y)), Current: y == current})
	}
	return out
}

func (st *site) year(lang, slug string) *Page {
	loc := st.locs[lang]
	y, _ := strconv.Atoi(slug) // UnknownYear reads as 0
	title := fill(loc.T("timeline.title"), "{year}", loc.Date(y, 0, 0))
	if y == 0 {
		title = loc.T("timeline.title_unknown")
	}
	p := st.page(lang, "timeline", title, func(l string) string { return TimelineYear(l, slug) })
	p.Description = title
	d := YearData{Heading: title, Year: y, Years: st.yearLinks(lang, y)}
	for _, item := range st.yearItems(lang, y) {
		month := content.Date{Year: y, Month: item.Date.Date.Month}
		if n := len(d.Groups); n == 0 || d.Groups[n-1].Date != month {
			d.Groups = append(d.Groups, TimelineGroup{Date: month, Heading: fill(loc.T("timeline.month_unknown"), "{year}", loc.Date(y, 0, 0))})
		}
		g := &d.Groups[len(d.Groups)-1]
		g.Items = append(g.Items, item)
	}
	p.Data = d
	return p
}

// yearItems lists the agreements and milestones of a year, oldest first:
// a date known to the month only comes before the days of that month, a
// date known to the year only before its months.
func (st *site) yearItems(lang string, year int) []TimelineItem {
	loc := st.locs[lang]
	type placed struct {
		d    content.Date
		slug string
		item TimelineItem
	}
	var all []placed
	for _, a := range st.c.Agreements {
		if d := datedOf(a); d.Date.Year == year {
			all = append(all, placed{d.Date, a.Slug, TimelineItem{Date: d, Title: st.text(a.Title, lang), Path: Agreement(lang, a.Slug), Label: loc.T("kind." + a.Kind)}})
		}
	}
	for _, m := range st.c.Milestones {
		if m.Date.Year == year && year != 0 {
			all = append(all, placed{m.Date, m.Slug, TimelineItem{Date: Dated{Date: m.Date, Signed: true}, Title: st.text(m.Title, lang), Path: Milestone(lang, m.Slug), Milestone: true, Label: loc.T("milestone")}})
		}
	}
	slices.SortStableFunc(all, func(a, b placed) int {
		switch {
		case a.d.Before(b.d):
			return -1
		case b.d.Before(a.d):
			return 1
		}
		return cmp.Compare(a.slug, b.slug)
	})
	out := make([]TimelineItem, len(all))
	for i, x := range all {
		out[i] = x.item
	}
	return out
}
