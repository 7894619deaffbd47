package pages

import (
	"strings"
	"testing"
)

// TestEntryTitlesAreBilingual checks that the entry page and the 404 page,
// which speak every language, are titled in every language, in the order
// of their columns.
func TestEntryTitlesAreBilingual(t *testing.T) {
	st := seedSite(t)
	tests := []struct {
		name string
		page *Page
		want string
	}{
		{"entry", st.entry(), st.text(st.c.Site.Title, "ar").Value + " / " + st.text(st.c.Site.Title, "fr").Value},
		{"404", st.notFound(), "الصفحة غير موجودة / Page introuvable"},
	}
	for _, tt := range tests {
		var titles []string
		for _, c := range tt.page.Data.(EntryData).Columns {
			titles = append(titles, c.Title)
		}
		if tt.page.Title != tt.want {
			t.Errorf("%s: title %q, want %q", tt.name, tt.page.Title, tt.want)
		}
		if want := strings.Join(titles, " / "); tt.page.Title != want {
			t.Errorf("%s: title %q, want its columns' titles in order: %q", tt.name, tt.page.Title, want)
		}
	}
	same := EntryData{Columns: []EntryColumn{{Title: "Atlas"}, {Title: "Atlas"}}}
	if got := same.title(); got != "Atlas" {
		t.Errorf("two columns with one title: %q, want it once", got)
	}
}
