package pages

import (
	"iter"
	"strings"

	"atlas/generator/content"
	"atlas/generator/markdown"
	"atlas/generator/search"

	"github.com/yuin/goldmark"
)

// SearchScript is the script of the search box, which every page but the
// bare ones loads.
const SearchScript = "assets/search.js"

// SearchEntries yields the agreements of lang as the search index takes
// them, newest first: what a reader may type to find each, and what a
// result shows, formatted for the language. Each is made when asked for:
// the texts of all of them together would be as large as the content.
// A summary whose words holds is not parsed again; words may be nil.
func (s *Site) SearchEntries(lang string, words *SummaryWords) iter.Seq[search.Entry] {
	st := s.st
	return func(yield func(search.Entry) bool) {
		md := markdown.New(false)
		for _, a := range st.agreements {
			if !yield(st.searchEntry(lang, a, md, words)) {
				return
			}
		}
	}
}

// SummaryWords are the words of summaries made on load, by their text.
type SummaryWords = search.Words[SummaryKey]

// SummaryKey names a summary: the file it is in, and its language.
type SummaryKey struct {
	Doc  *content.Doc
	Lang string
}

// SearchOrder lists the agreements in the order the search index numbers
// them.
func (s *Site) SearchOrder() []*content.Agreement { return s.st.agreements }

// SearchEntry is the entry of one agreement in the search index of lang:
// for "atlas serve", which puts an edited agreement's entry in place of
// its last one.
func (s *Site) SearchEntry(lang string, a *content.Agreement) search.Entry {
	return s.st.searchEntry(lang, a, markdown.New(false), nil)
}

func (st *site) searchEntry(lang string, a *content.Agreement, md goldmark.Markdown, words *SummaryWords) search.Entry {
	loc := st.locs[lang]
	region := st.text(st.regions[a.Place.Region].Name, lang).Value
	e := search.Entry{
		Slug: a.Slug, Title: st.text(a.Title, lang).Value, Kind: loc.T("kind." + a.Kind),
		Amount: loc.T("agreement.undisclosed"),
	}
	if a.Budget.Total != nil {
		e.Amount = loc.Amount(*a.Budget.Total)
	}
	var places []string
	for _, p := range a.Place.Provinces {
		places = append(places, st.text(st.provs[p].Name, lang).Value)
	}
	e.Place = append(places, region)
	e.Strong = append(e.Strong, e.Title, e.Kind, strings.Join(e.Place, " "))
	for _, l := range a.Place.Localities {
		e.Strong = append(e.Strong, st.text(l, lang).Value)
	}
	for _, p := range a.Parties {
		e.Strong = append(e.Strong, st.text(p.Name, lang).Value)
	}
	// The year the agreement's page and the timeline show; none when they
	// call it unknown, even if the agreement runs over a period.
	if d, _ := a.Dated(); !d.IsZero() {
		e.Year = d.Year
		e.Strong = append(e.Strong, loc.Date(d.Year, 0, 0))
	}
	for _, y := range a.Period {
		e.Strong = append(e.Strong, loc.Date(y, 0, 0))
	}
	if src := a.Summary.In(lang); src != "" {
		if tokens, ok := words.Tokens(SummaryKey{&a.Doc, lang}); ok {
			e.WeakTokens = tokens
		} else {
			e.Weak = append(e.Weak, markdown.Plain(md, []byte(src)))
		}
	}
	return e
}

// SearchSeparator is what goes between the names of a result's place.
func (s *Site) SearchSeparator(lang string) string { return s.st.locs[lang].T("list.separator") }
