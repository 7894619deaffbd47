package pages

import (
	"strings"
	"testing"
)

// TestNotFoundTitleIsBilingual checks that the title of the 404 page, which
// speaks every language, names it in every language, in the order of its
// columns.
func TestNotFoundTitleIsBilingual(t *testing.T) {
	st := seedSite(t)
	p := st.notFound()
	var titles []string
	for _, c := range p.Data.(EntryData).Columns {
		titles = append(titles, c.Title)
	}
	if want := "الصفحة غير موجودة / Page introuvable"; p.Title != want {
		t.Errorf("404 title %q, want %q", p.Title, want)
	}
	if want := strings.Join(titles, " / "); p.Title != want {
		t.Errorf("404 title %q, want its columns' titles in order: %q", p.Title, want)
	}
}
