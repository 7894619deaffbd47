package check

import "atlas/generator/content"

func (ck *checker) milestone(m *content.Milestone) {
	k := m.Keys
	if m.Date.IsZero() {
		ck.diags.Errorf(k.Line(1), "a milestone needs a date").Hint = "date = 2025-04-30, or \"2025-04\" / \"2025\" when only that is known"
	}
	ck.text(k, m.Title, "the title", true, "title")
	if m.Title == nil {
		ck.diags.Errorf(k.Line(1), "the title is missing").Hint = `add [title] with ar = "…" and fr = "…"`
	}
	ck.place(k, m.Place, false)
	ck.sources(k, m.Sources)
	ck.summary(m.Doc)
}
