package generator

import (
	"encoding/xml"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// atom is what the tests read of an Atom feed.
type atom struct {
	XMLName xml.Name `xml:"http://www.w3.org/2005/Atom feed"`
	Lang    string   `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
	ID      string   `xml:"id"`
	Title   string   `xml:"title"`
	Updated string   `xml:"updated"`
	Author  struct {
		Name string `xml:"name"`
	} `xml:"author"`
	Links   []atomLink `xml:"link"`
	Entries []struct {
		ID      string   `xml:"id"`
		Title   string   `xml:"title"`
		Updated string   `xml:"updated"`
		Link    atomLink `xml:"link"`
		Summary string   `xml:"summary"`
	} `xml:"entry"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr"`
	Href string `xml:"href,attr"`
}

// readXML parses a file of a built site strictly: it must be well-formed.
func readXML(t *testing.T, out, name string, v any) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(out, name))
	if err != nil {
		t.Fatal(err)
	}
	dec := xml.NewDecoder(strings.NewReader(string(data)))
	dec.Strict = true
	if err := dec.Decode(v); err != nil {
		t.Fatalf("%s is not well-formed: %v", name, err)
	}
}

// TestFeeds builds a site without base_url and one with it, minified as
// published, and reads each language's feed: it is well-formed Atom,
// every entry has a tag id, a date and a link to its page, newest first.
// Without base_url every link is relative to the feed and names a file;
// with it every link is absolute under base_url.
func TestFeeds(t *testing.T) {
	for _, tt := range []struct {
		name string
		src  Sources
		base string
	}{
		{"seed, no base_url", seed(), ""},
		{"fixture with base_url", fixture(t, "testdata/site.txtar"), "https://example.github.io/atlas"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			out := build(t, tt.src)
			for _, lang := range []string{"ar", "fr"} {
				name := lang + "/feed.xml"
				var f atom
				readXML(t, out, name, &f)
				checkFeed(t, out, name, lang, tt.base, f)
			}
		})
	}
}

func checkFeed(t *testing.T, out, name, lang, base string, f atom) {
	t.Helper()
	if f.Lang != lang || f.Title == "" || f.Author.Name == "" || !strings.HasPrefix(f.ID, "tag:atlas,2026:") {
		t.Errorf("%s: lang %q, title %q, author %q, id %q", name, f.Lang, f.Title, f.Author.Name, f.ID)
	}
	if _, err := time.Parse(time.RFC3339, f.Updated); err != nil {
		t.Errorf("%s: updated %q: %v", name, f.Updated, err)
	}
	self := false
	for _, l := range f.Links {
		checkFeedLink(t, out, name, base, l.Href)
		self = self || l.Rel == "self"
	}
	if self != (base != "") {
		t.Errorf("%s: a self link: %v; base_url %q", name, self, base)
	}
	if len(f.Entries) == 0 {
		t.Fatalf("%s has no entry", name)
	}
	ids := map[string]bool{}
	prev := "9999"
	for _, e := range f.Entries {
		if !strings.HasPrefix(e.ID, "tag:atlas,2026:"+lang+"/") || ids[e.ID] {
			t.Errorf("%s: entry id %q", name, e.ID)
		}
		ids[e.ID] = true
		if _, err := time.Parse(time.RFC3339, e.Updated); err != nil {
			t.Errorf("%s: %s updated %q: %v", name, e.ID, e.Updated, err)
		}
		if e.Title == "" || e.Summary == "" {
			t.Errorf("%s: %s has no title or summary", name, e.ID)
		}
		if e.Updated > prev {
			t.Errorf("%s: %s (%s) comes after an older entry", name, e.ID, e.Updated)
		}
		prev = e.Updated
		checkFeedLink(t, out, name, base, e.Link.Href)
	}
}

// checkFeedLink checks that a link of a feed is absolute under base, or
// relative when there is no base, and leads to a file of the site.
func checkFeedLink(t *testing.T, out, from, base, href string) {
	t.Helper()
	target := href
	if base != "" {
		rel, ok := strings.CutPrefix(href, base+"/")
		if !ok {
			t.Errorf("%s: %q is not absolute under %s", from, href, base)
			return
		}
		target = rel
	} else {
		if u, err := url.Parse(href); err != nil || u.IsAbs() || strings.HasPrefix(href, "/") {
			t.Errorf("%s: %q is not a relative address", from, href)
			return
		}
		target = path.Join(path.Dir(from), href)
	}
	if info, err := os.Stat(filepath.Join(out, filepath.FromSlash(target))); err != nil || info.IsDir() {
		t.Errorf("%s: %q does not lead to a file of the site", from, href)
	}
}
