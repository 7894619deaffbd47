package check

import "atlas/generator/content"

// milestone checks one milestone; like agreement, it skips the sections
// the loader could not read.
func (ck *checker) milestone(m *content.Milestone) {
	k := m.Keys
	if m.Date.IsZero() && !k.Failed("date") && !k.Misspelt("date") {
		ck.diags.Errorf(k.Line(1), "a milestone needs a date").Hint = "date = 2025-04-30, or \"2025-04\" / \"2025\" when only that is known"
	}
	if !k.Failed("title") {
		ck.title(k, m.Title)
	}
	if !k.Failed("place") {
		ck.place(k, m.Place, false)
	}
	if !k.Failed("sources") {
		ck.sources(k, m.Sources)
	}
	ck.related(m.Doc, m.Related)
	ck.summary(m.Doc)
}
