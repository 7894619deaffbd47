package generator

import (
	"bytes"
	stdhtml "html"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/tdewolff/parse/v2"
	"github.com/tdewolff/parse/v2/html"
)

// tag is one start tag with its attributes.
type tag struct {
	name  string
	attrs map[string]string
}

// tags lists the start tags of an HTML document, attribute values unescaped.
func tags(data []byte) []tag {
	l := html.NewLexer(parse.NewInputBytes(data))
	var out []tag
	for {
		tt, data := l.Next()
		switch tt {
		case html.ErrorToken:
			return out
		case html.StartTagToken:
			out = append(out, tag{name: strings.ToLower(string(l.Text())), attrs: map[string]string{}})
		case html.SVGToken:
			out = append(out, svgTags(data)...)
		case html.AttributeToken:
			val := stdhtml.UnescapeString(string(bytes.Trim(l.AttrVal(), `"'`)))
			out[len(out)-1].attrs[strings.ToLower(string(l.AttrKey()))] = val
		}
	}
}

// walkSite checks a built site as a reader opening files would: every
// internal href and src names an existing file, nothing loads from
// outside, every page has the right lang and dir and links to its twin.
// base is the site's address, when it has one: the 404 page links
// absolutely under it, and those links must name files of the site too.
func walkSite(t *testing.T, out string, langs map[string]string, base string) (pages int) {
	t.Helper()
	err := filepath.WalkDir(out, func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(name) != ".html" {
			return err
		}
		rel, _ := filepath.Rel(out, name)
		rel = filepath.ToSlash(rel)
		data, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		pages++
		checkPage(t, out, rel, tags(data), langs, base)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	walkStyles(t, out)
	return pages
}

func checkPage(t *testing.T, out, rel string, ts []tag, langs map[string]string, base string) {
	lang, _, _ := strings.Cut(rel, "/")
	wantDir, localized := langs[lang]
	links := map[string]bool{}
	canonical := false
	for _, tg := range ts {
		if tg.name == "link" && tg.attrs["rel"] == "canonical" {
			canonical = true
			checkCanonical(t, rel, tg.attrs["href"], base)
			continue
		}
		if tg.name == "html" {
			if localized && (tg.attrs["lang"] != lang || tg.attrs["dir"] != wantDir) {
				t.Errorf("%s: <html lang=%q dir=%q>, want lang=%q dir=%q", rel, tg.attrs["lang"], tg.attrs["dir"], lang, wantDir)
			}
			if tg.attrs["lang"] == "" || tg.attrs["dir"] == "" {
				t.Errorf("%s: <html> lacks lang or dir", rel)
			}
		}
		if tg.name == "base" {
			t.Errorf("%s: <base> changes every relative link", rel)
			continue
		}
		if tg.name == "script" {
			checkScript(t, out, rel, tg)
		}
		for _, attr := range []string{"href", "src", "srcset", "poster", "data", "data-index"} {
			v, ok := tg.attrs[attr]
			if !ok || (tg.name == "data" && attr == "data") {
				continue
			}
			// The 404 page, and the alternates crawlers read, are absolute
			// when the site's address is known: resolved from its root.
			alternate := tg.name == "link" && tg.attrs["rel"] == "alternate" && tg.attrs["hreflang"] != ""
			if abs, ok := strings.CutPrefix(v, strings.TrimSuffix(base, "/")+"/"); ok && base != "" && (rel == "404.html" || alternate) {
				v = strings.Repeat("../", strings.Count(rel, "/")) + abs
			} else if alternate && base != "" {
				t.Errorf("%s: alternate %q is not an absolute address in the site (base_url %q)", rel, v, base)
			}
			if target, ok := checkRef(t, out, rel, tg.name, v); ok {
				links[target] = true
			}
		}
	}
	if want := base != "" && rel != "404.html"; canonical != want {
		t.Errorf("%s: a canonical link: %v, want %v (base_url %q)", rel, canonical, want, base)
	}
	if localized {
		for other := range langs {
			twin := other + strings.TrimPrefix(rel, lang)
			if other != lang && !links[twin] {
				t.Errorf("%s: no link to its twin %s", rel, twin)
			}
		}
	}
}

// checkCanonical checks that a page's canonical link is its own
// absolute address: the one absolute link a page has, only when the
// site's address is known.
func checkCanonical(t *testing.T, rel, href, base string) {
	if want := strings.TrimSuffix(base, "/") + "/" + rel; base == "" || href != want {
		t.Errorf("%s: canonical %q, want %q (base_url %q)", rel, href, want, base)
	}
}

// checkRef checks one reference and returns the file it resolves to.
func checkRef(t *testing.T, out, rel, tagName, ref string) (string, bool) {
	switch {
	case ref == "" || strings.HasPrefix(ref, "#"):
		return "", false
	case strings.HasPrefix(ref, "http://"), strings.HasPrefix(ref, "https://"), strings.HasPrefix(ref, "mailto:"):
		if tagName != "a" {
			t.Errorf("%s: <%s> loads %q from outside the site", rel, tagName, ref)
		}
		return "", false
	case strings.HasPrefix(ref, "/"), strings.Contains(ref, ":"):
		t.Errorf("%s: %q is not a relative address", rel, ref)
		return "", false
	}
	target, _, _ := strings.Cut(ref, "#")
	target, _, _ = strings.Cut(target, "?")
	resolved := path.Join(path.Dir(rel), target)
	info, err := os.Stat(filepath.Join(out, filepath.FromSlash(resolved)))
	switch {
	case strings.HasPrefix(resolved, "../"):
		t.Errorf("%s: %q climbs out of the site", rel, ref)
	case err != nil:
		t.Errorf("%s: %q does not resolve to a file", rel, ref)
	case info.IsDir():
		t.Errorf("%s: %q names a folder, not a file", rel, ref)
	}
	return resolved, true
}

// checkScript allows only the scripts the site ships: a file of its
// assets or of its search index, never inline code.
func checkScript(t *testing.T, out, rel string, tg tag) {
	src, ok := tg.attrs["src"]
	if !ok {
		t.Errorf("%s: a <script> with inline code", rel)
		return
	}
	target := path.Join(path.Dir(rel), src)
	_, err := os.Stat(filepath.Join(out, filepath.FromSlash(target)))
	shipped := strings.HasPrefix(target, "assets/") || strings.Contains(target, "/search/")
	if err != nil || !shipped || !strings.HasSuffix(target, ".js") {
		t.Errorf("%s: a <script> the site did not ship: %q", rel, src)
	}
}

// cssURL is an address in a stylesheet.
var cssURL = regexp.MustCompile(`url\(\s*["']?([^"')]+)["']?\s*\)`)

// walkStyles checks that every address in the site's stylesheets names a
// file of the site: a font or an image loaded from outside, or missing,
// would not show from file://.
func walkStyles(t *testing.T, out string) {
	t.Helper()
	err := filepath.WalkDir(out, func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(name) != ".css" {
			return err
		}
		rel, _ := filepath.Rel(out, name)
		data, err := os.ReadFile(name)
		for _, m := range cssURL.FindAllStringSubmatch(string(data), -1) {
			if !strings.HasPrefix(m[1], "data:") {
				checkRef(t, out, filepath.ToSlash(rel), "style", m[1])
			}
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}
