package discover

import (
	"encoding/xml"

	"atlas/generator/pages"
)

// The sitemap protocol (sitemaps.org) with the language versions of each
// page as xhtml:link alternates, as search engines read them.

type urlset struct {
	XMLName xml.Name     `xml:"urlset"`
	NS      string       `xml:"xmlns,attr"`
	XHTML   string       `xml:"xmlns:xhtml,attr"`
	URLs    []sitemapURL `xml:"url"`
}

type sitemapURL struct {
	Loc        string      `xml:"loc"`
	Alternates []alternate `xml:"xhtml:link"`
}

type alternate struct {
	Rel      string `xml:"rel,attr"`
	HrefLang string `xml:"hreflang,attr"`
	Href     string `xml:"href,attr"`
}

// XDefault is the hreflang of the page for readers of no listed
// language: the bilingual entry page.
const XDefault = "x-default"

func (e *Encoder) sitemap() urlset {
	s := urlset{NS: "http://www.sitemaps.org/schemas/sitemap/0.9", XHTML: "http://www.w3.org/1999/xhtml"}
	for _, r := range e.pages.Refs() {
		if r.Kind == pages.KindNotFound {
			continue
		}
		s.URLs = append(s.URLs, sitemapURL{Loc: e.abs(r.Path()), Alternates: e.alternates(r)})
	}
	return s
}

// alternates are the versions of a page in every language; the home
// pages and the entry page also name the entry page as the default.
func (e *Encoder) alternates(r pages.Ref) []alternate {
	var out []alternate
	if r.Kind == pages.KindEntry || r.Kind == pages.KindHome {
		for _, lang := range e.site.Languages {
			out = append(out, alternate{"alternate", lang, e.abs(pages.Home(lang))})
		}
		return append(out, alternate{"alternate", XDefault, e.abs(pages.Entry)})
	}
	for _, lang := range e.site.Languages {
		twin := r
		twin.Lang = lang
		out = append(out, alternate{"alternate", lang, e.abs(twin.Path())})
	}
	return out
}

func (e *Encoder) abs(path string) string { return pages.Abs(e.site.BaseURL, path) }
