package pages

import (
	"sort"

	"atlas/generator/content"
	"atlas/generator/stats"
)

// HomeData is a language's home page.
type HomeData struct {
	Description Text
	Figures     Headline
	Regions     []RegionRow
	Agreements  []AgreementRow // the latest ones
	Timeline    []TimelineItem
	Years       []YearRow
	PartyTypes  []PartyTypeRow
	Graphics    Graphics   // the maps of the regions and the charts
	YearPages   []YearLink // the whole timeline, a page per year
}

// RegionRow is a region in a list.
type RegionRow struct {
	Name       Text
	Path       string
	Code       string
	Agreements int
	Dirhams    stats.Sum
	Empty      bool // no agreement at all, cancelled ones included
}

// AgreementRow is an agreement in a list.
type AgreementRow struct {
	Title  Text
	Path   string
	Kind   string
	Status string
	Date   Dated
	Region Text // empty on the region's own page
	Total  Amount
}

// TimelineItem is a dated agreement or milestone.
type TimelineItem struct {
	Date      Dated
	Title     Text
	Path      string
	Milestone bool
	Label     string
}

// YearRow is the totals of one year: of signature, or of the first dated
// step of agreements whose signature date is unknown.
type YearRow struct {
	Year int // 0 when unknown
	stats.Totals
}

// PartyTypeRow is what one type of party committed.
type PartyTypeRow struct {
	Label string
	stats.PartyType
}

// How many of the newest agreements a page shows as cards, and how many
// entries the home page's timeline shows: no page grows with the atlas.
const (
	Latest         = 10
	LatestTimeline = 20
)

func (st *site) home(lang string) *Page {
	loc := st.locs[lang]
	p := st.page(lang, "home", st.text(st.c.Site.Title, lang).Value, Home)
	if p.Description == "" {
		p.Description = loc.T("footer.text")
	}
	d := HomeData{
		Description: st.text(st.c.Site.Description, lang),
		Figures:     st.headline(lang, st.s.National),
		Regions:     st.regionRows(lang),
		Timeline:    st.timeline(lang, "", LatestTimeline),
		YearPages:   st.yearLinks(lang, -1),
	}
	d.Graphics.Shapes, d.Graphics.Maps = st.nationalMaps(lang)
	d.Graphics.Charts = st.charts(lang)
	for i, a := range st.agreements {
		if i == Latest {
			break
		}
		d.Agreements = append(d.Agreements, st.agreementRow(lang, a))
	}
	for _, y := range chronological(st.s.Years) {
		d.Years = append(d.Years, YearRow{y.Year, y.Totals})
	}
	for _, t := range st.s.PartyTypes {
		d.PartyTypes = append(d.PartyTypes, PartyTypeRow{loc.T("party." + t.Type), t})
	}
	// Readers look a type up by its name, in their language's order.
	coll := loc.Collator()
	sort.SliceStable(d.PartyTypes, func(i, j int) bool {
		return coll.CompareString(d.PartyTypes[i].Label, d.PartyTypes[j].Label) < 0
	})
	p.Data = d
	return p
}

func (st *site) regionRows(lang string) []RegionRow {
	var rows []RegionRow
	for _, r := range st.c.Registry.Regions {
		t := st.s.Regions[r.Slug]
		rows = append(rows, RegionRow{
			Name: st.text(r.Name, lang), Path: Region(lang, r.Slug), Code: r.Code,
			Agreements: t.Agreements, Dirhams: t.Dirhams,
			Empty: t.Agreements == 0 && t.Cancelled == 0,
		})
	}
	return rows
}

func (st *site) agreementRow(lang string, a *content.Agreement) AgreementRow {
	loc := st.locs[lang]
	return AgreementRow{
		Title: st.text(a.Title, lang), Path: Agreement(lang, a.Slug),
		Kind: loc.T("kind." + a.Kind), Status: loc.T("status." + a.Status),
		Date: datedOf(a), Region: st.text(st.regions[a.Place.Region].Name, lang),
		Total: amountOf(a.Budget.Total),
	}
}

// timeline lists agreements and milestones by date, newest first; a
// region filters to that region (milestones with no region are national
// and shown only on the national timeline). limit 0 means all.
func (st *site) timeline(lang, region string, limit int) []TimelineItem {
	loc := st.locs[lang]
	type placed struct {
		d    content.Date
		slug string
		item TimelineItem
	}
	var all []placed
	for _, a := range st.c.Agreements {
		if region != "" && a.Place.Region != region {
			continue
		}
		d := datedOf(a)
		all = append(all, placed{d.Date, a.Slug, TimelineItem{Date: d, Title: st.text(a.Title, lang), Path: Agreement(lang, a.Slug), Label: loc.T("kind." + a.Kind)}})
	}
	for _, m := range st.c.Milestones {
		if region != "" && m.Place.Region != region {
			continue
		}
		all = append(all, placed{m.Date, m.Slug, TimelineItem{Date: Dated{Date: m.Date, Signed: true}, Title: st.text(m.Title, lang), Path: Milestone(lang, m.Slug), Milestone: true, Label: loc.T("milestone")}})
	}
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].d != all[j].d {
			return all[j].d.Before(all[i].d)
		}
		return all[i].slug < all[j].slug
	})
	var out []TimelineItem
	for _, x := range all {
		if limit > 0 && len(out) == limit {
			break
		}
		out = append(out, x.item)
	}
	return out
}
