package serve

import (
	"path/filepath"
	"slices"
	"testing"
)

// TestEditsNameWhatChanged: a content file changed, added or removed is
// named for the session, which then reads those alone; an asset by its
// name; a layout changes everything.
func TestEditsNameWhatChanged(t *testing.T) {
	root := t.TempDir()
	s := &Server{cfg: Config{Content: filepath.Join(root, "content"), Layouts: filepath.Join(root, "layouts"), Assets: filepath.Join(root, "assets")}}
	at := func(parts ...string) string { return filepath.Join(append([]string{root}, parts...)...) }
	before := inputs{
		at("content", "agreements", "a.md"):    {10, 1},
		at("content", "agreements", "gone.md"): {10, 1},
		at("assets", "site.css"):               {5, 1},
		at("layouts", "base.html"):             {5, 1},
	}
	after := inputs{
		at("content", "agreements", "a.md"):   {11, 2},
		at("content", "agreements", "new.md"): {10, 1},
		at("assets", "site.css"):              {5, 1},
		at("layouts", "base.html"):            {5, 1},
	}
	e := s.edits(before, after)
	slices.Sort(e.Content)
	if !e.Watched || e.All || len(e.Assets) != 0 || !slices.Equal(e.Content, []string{"agreements/a.md", "agreements/gone.md", "agreements/new.md"}) {
		t.Errorf("content edits: %+v", e)
	}
	after[at("assets", "site.css")] = stamp{6, 2}
	if e := s.edits(before, after); e.All || !slices.Equal(e.Assets, []string{"site.css"}) {
		t.Errorf("an asset edited: %+v", e)
	}
	after[at("layouts", "base.html")] = stamp{6, 2}
	if e := s.edits(before, after); !e.All {
		t.Errorf("a layout edited: %+v", e)
	}
}
