package main

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/BurntSushi/toml"

	"atlas/bench/synth"
)

// hugoFiles are the layouts and catalogs of the Hugo site:
// minimal, but they render what atlas renders from the same facts.
//
//go:embed all:hugo
var hugoFiles embed.FS

var langs = []string{"ar", "fr"}

// writeHugoSite writes a multilingual Hugo site in dir from the same
// records as the atlas content: a page per agreement, milestone and region
// in each language, whose layouts compute the sums from front matter.
func writeHugoSite(dir, repo string, reg synth.Registry, site synth.Site) error {
	sub, err := fs.Sub(hugoFiles, "hugo")
	if err != nil {
		return err
	}
	if err := os.CopyFS(dir, sub); err != nil {
		return fmt.Errorf("writing the Hugo layouts: %w", err)
	}
	if err := copyFile(filepath.Join(repo, "assets", "atlas.css"), filepath.Join(dir, "static", "assets", "atlas.css")); err != nil {
		return err
	}
	if err := writeHugoConfig(dir, filepath.Join(repo, "content", "site.toml")); err != nil {
		return err
	}
	w := hugoWriter{dir: dir}
	for _, lang := range langs {
		w.sections(lang)
		for _, a := range site.Agreements {
			w.page(lang, "agreements", a.Slug, agreementFront(lang, a), pick(lang, a.Summary))
		}
		for _, m := range site.Milestones {
			w.page(lang, "milestones", m.Slug, milestoneFront(lang, m), pick(lang, m.Summary))
		}
		for _, r := range reg.Regions {
			w.page(lang, "regions", r.Slug, regionFront(lang, r), "")
		}
	}
	return w.err
}

// writeHugoConfig writes config.toml: atlas's languages and titles, its
// file names (uglyURLs: page.html, not page/index.html) and relative links,
// and none of the outputs atlas does not make (feeds, sitemap, taxonomies).
func writeHugoConfig(dir, siteToml string) error {
	var st struct{ Title synth.Text } // keys match field names regardless of case
	if _, err := toml.DecodeFile(siteToml, &st); err != nil {
		return fmt.Errorf("reading %s: %w", siteToml, err)
	}
	cfg := map[string]any{
		"baseURL": "https://atlas.example/", "title": st.Title.AR,
		"defaultContentLanguage": "ar", "defaultContentLanguageInSubdir": true,
		"uglyURLs": true, "relativeURLs": true,
		"disableKinds": []string{"taxonomy", "term", "RSS", "sitemap", "robotsTXT"},
		"languages": map[string]any{
			"ar": map[string]any{"contentDir": "content/ar", "languageName": "العربية", "languageDirection": "rtl", "title": st.Title.AR, "weight": 1},
			"fr": map[string]any{"contentDir": "content/fr", "languageName": "Français", "title": st.Title.FR, "weight": 2},
		},
		"markup": map[string]any{"goldmark": map[string]any{"renderer": map[string]any{"unsafe": false}}},
	}
	var b bytes.Buffer
	if err := toml.NewEncoder(&b).Encode(cfg); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "config.toml"), b.Bytes(), 0o644)
}

// hugoWriter writes content files, keeping the first error.
type hugoWriter struct {
	dir string
	err error
}

// page writes content/<lang>/<section>/<slug>.md: TOML front matter, then
// the Markdown.
func (w *hugoWriter) page(lang, section, slug string, front any, body string) {
	if w.err != nil {
		return
	}
	var b bytes.Buffer
	b.WriteString("+++\n")
	if err := toml.NewEncoder(&b).Encode(front); err != nil {
		w.err = fmt.Errorf("%s/%s: %w", section, slug, err)
		return
	}
	b.WriteString("+++\n\n" + body)
	name := filepath.Join(w.dir, "content", lang, section, slug+".md")
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		w.err = err
		return
	}
	w.err = os.WriteFile(name, b.Bytes(), 0o644)
}

// sections writes the home page, the region index and the methodology
// page, which atlas has too, and keeps Hugo from rendering a list of every
// agreement or milestone, which atlas does not have.
func (w *hugoWriter) sections(lang string) {
	titles := map[string]string{"ar": "الجهات", "fr": "Régions"}
	method := map[string]string{"ar": "المنهجية", "fr": "Méthodologie"}
	w.page(lang, ".", "_index", map[string]string{}, "")
	w.page(lang, "regions", "_index", map[string]string{"title": titles[lang]}, "")
	w.page(lang, ".", "methodology", map[string]string{"title": method[lang], "layout": "methodology"}, "")
	for _, s := range []string{"agreements", "milestones"} {
		w.page(lang, s, "_index", map[string]any{"_build": map[string]string{"render": "never"}}, "")
	}
}

func pick(lang string, t synth.Text) string {
	if lang == "ar" {
		return t.AR
	}
	return t.FR
}
