package generator

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

type sitemap struct {
	URLs []struct {
		Loc        string `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 loc"`
		Alternates []struct {
			Rel      string `xml:"rel,attr"`
			HrefLang string `xml:"hreflang,attr"`
			Href     string `xml:"href,attr"`
		} `xml:"http://www.w3.org/1999/xhtml link"`
	} `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 url"`
}

// TestSitemap builds a site with a base_url, minified as published, and
// reads its sitemap: well-formed, every address absolute under base_url
// and naming a file of the site, every page but 404.html listed, and
// each page's language versions listed as pairs that name each other.
func TestSitemap(t *testing.T) {
	const base = "https://example.github.io/atlas"
	out := build(t, fixture(t, "testdata/site.txtar"))
	var sm sitemap
	readXML(t, out, "sitemap.xml", &sm)
	alternates := map[string]map[string]string{} // loc → hreflang → href
	for _, u := range sm.URLs {
		checkFeedLink(t, out, "sitemap.xml", base, u.Loc)
		if alternates[u.Loc] != nil {
			t.Errorf("sitemap.xml lists %s twice", u.Loc)
		}
		alternates[u.Loc] = map[string]string{}
		for _, a := range u.Alternates {
			checkFeedLink(t, out, "sitemap.xml", base, a.Href)
			if a.Rel != "alternate" {
				t.Errorf("sitemap.xml: %s: rel %q", u.Loc, a.Rel)
			}
			alternates[u.Loc][a.HrefLang] = a.Href
		}
	}
	for loc, alts := range alternates {
		langs := slices.Sorted(func(yield func(string) bool) {
			for l := range alts {
				if !yield(l) {
					return
				}
			}
		})
		if !slices.Equal(langs, []string{"ar", "fr"}) && !slices.Equal(langs, []string{"ar", "fr", "x-default"}) {
			t.Errorf("sitemap.xml: %s has alternates %v, want ar and fr", loc, langs)
		}
		for lang, href := range alts {
			twin, ok := alternates[href]
			switch {
			case !ok:
				t.Errorf("sitemap.xml: %s names %s (%s), which it does not list", loc, href, lang)
			case len(twin) != len(alts):
				t.Errorf("sitemap.xml: %s and its %s version %s do not name the same versions", loc, lang, href)
			default:
				for l, h := range alts {
					if twin[l] != h {
						t.Errorf("sitemap.xml: %s names %s as %s; %s names %s", loc, h, l, href, twin[l])
					}
				}
			}
		}
		home := strings.TrimPrefix(loc, base+"/")
		if (home == "index.html" || strings.Count(home, "/") == 1 && strings.HasSuffix(home, "/index.html")) && alts["x-default"] != base+"/index.html" {
			t.Errorf("sitemap.xml: %s has x-default %q, want the entry page", loc, alts["x-default"])
		}
	}
	filepath.WalkDir(out, func(name string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(out, name)
		rel = filepath.ToSlash(rel)
		if err == nil && !d.IsDir() && filepath.Ext(name) == ".html" && rel != "404.html" && alternates[base+"/"+rel] == nil {
			t.Errorf("sitemap.xml does not list %s", rel)
		}
		return err
	})
	robots, err := os.ReadFile(filepath.Join(out, "robots.txt"))
	if err != nil || !strings.Contains(string(robots), "\nSitemap: "+base+"/sitemap.xml\n") {
		t.Errorf("robots.txt does not name the sitemap: %q, %v", robots, err)
	}
}

// TestHostFiles checks the files of the host: .nojekyll always, and CNAME
// only for a custom domain; without base_url, no sitemap or robots.txt,
// which would need absolute addresses.
func TestHostFiles(t *testing.T) {
	custom := fixture(t, "testdata/site.txtar")
	siteToml := custom.Content.(fstest.MapFS)["site.toml"]
	siteToml.Data = []byte(strings.Replace(string(siteToml.Data), `base_url = "https://example.github.io/atlas"`,
		"base_url = \"https://atlas.example.ma\"\ndomain = \"atlas.example.ma\"", 1))
	tests := []struct {
		name  string
		src   Sources
		files map[string]string // path → content; "-" for a file that must be missing
	}{
		{"no base_url", seed(), map[string]string{".nojekyll": "", "CNAME": "-", "sitemap.xml": "-", "robots.txt": "-"}},
		{"github.io", fixture(t, "testdata/site.txtar"), map[string]string{".nojekyll": "", "CNAME": "-"}},
		{"custom domain", custom, map[string]string{".nojekyll": "", "CNAME": "atlas.example.ma\n"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := build(t, tt.src)
			for name, want := range tt.files {
				data, err := os.ReadFile(filepath.Join(out, name))
				switch {
				case want == "-" && err == nil:
					t.Errorf("%s is written", name)
				case want != "-" && (err != nil || string(data) != want):
					t.Errorf("%s: %q, %v; want %q", name, data, err, want)
				}
			}
		})
	}
}
