// Package pages decides every page of the atlas: its language, its output
// path, its template and the ready-made values the template prints. Pages
// are plain values, so rendering is a pure function of one page and runs
// in parallel.
package pages

import (
	"html/template"
	"strings"

	"atlas/generator/locale"
)

// Page is one output file before rendering.
type Page struct {
	Path     string // output path, e.g. "fr/regions/souss-massa.html"
	Template string // layout name, e.g. "region"
	Lang     string
	Dir      string
	Title    string
	// Description is the page in one sentence, for search engines and
	// link previews.
	Description string
	Printed     Printed // the page's address and the content's date, on paper only
	Twins       []Twin  // the same page in the other languages
	Nav         Nav
	Data        any
	Bare        bool          // no site header and footer: the entry and 404 pages
	Absolute    string        // the site's address, on the 404 page of a site with a base_url: links are absolute
	Canonical   string        // the page's own absolute address, when the site has a base_url
	Markdown    string        // summary to render into Body, when any
	Body        template.HTML // set by the render stage
	Edit        string        // where to propose a correction of the page's file, when the site names its repository
	Offline     Offline       // the offline copy, on the pages that speak of it

	loc   *locale.Locale
	langs map[string]*locale.Locale // every language's, for text in another
	base  string                    // the site's base_url, or ""
}

// Twin is the same page in another language.
type Twin struct {
	Lang  string
	Path  string
	Label string // the language's name in that language: "Français"
}

// Nav holds the links every page carries.
type Nav struct {
	SiteTitle   Text
	Home        string
	Regions     string
	Methodology string
	Stylesheet  string
	Favicon     string
	Feed        string // the Atom feed of the page's language
	Guide       string // the contributors' guide on the repository, or ""
	Search      string // the search index of the page's language
	Script      string // the search box's script
}

// URL resolves an output path relative to this page: templates never
// build addresses themselves. The 404 page of a site whose address is
// known links absolutely, since servers show it at any depth.
func (p *Page) URL(target string) string {
	if p.Absolute != "" {
		return Abs(p.Absolute, target)
	}
	return Rel(p.Path, target)
}

// Alternate is the address of a twin for crawlers, in a link rel=alternate:
// absolute when the site has a base_url, as search engines require,
// relative otherwise, so that an offline copy still names a file.
func (p *Page) Alternate(target string) string {
	if p.base != "" {
		return Abs(p.base, target)
	}
	return p.URL(target)
}

// T returns interface text in the page's language.
func (p *Page) T(key string) string { return p.loc.T(key) }

// TI returns interface text with its figures, and on right-to-left pages
// its Latin words, isolated: for prose that names codes and licences.
func (p *Page) TI(key string) template.HTML { return isolateRuns(p.loc.T(key), p.Dir == "rtl") }

// Is reports whether the page's template is name; layouts use it to mark
// the current section in the navigation.
func (p *Page) Is(name string) bool { return p.Template == name }

// fill replaces {name} placeholders of catalog text.
func fill(s string, pairs ...string) string {
	return strings.NewReplacer(pairs...).Replace(s)
}

// Funcs are the functions layouts print values with. Each takes the page
// first, for its language: {{t $ "nav.home"}}, {{money $ .Total.Dirhams}}.
// They are the page's methods; as functions, a template finds them in a
// map rather than by reflection on every call, several times faster.
func Funcs() template.FuncMap {
	return template.FuncMap{
		"t": (*Page).T, "ti": (*Page).TI, "url": (*Page).URL, "is": (*Page).Is,
		"name": (*Page).Name, "text": (*Page).Text,
		"money": (*Page).Money, "words": (*Page).Words, "exact": (*Page).Exact,
		"count": (*Page).Count, "int": (*Page).Int, "percent": (*Page).Percent,
		"year": (*Page).Year, "period": (*Page).Period,
		"date": (*Page).Date, "dated": (*Page).Dated,
		"coverage": (*Page).Coverage, "partyCoverage": (*Page).PartyCoverage,
		"perInhabitant": (*Page).PerInhabitant, "hundredths": (*Page).Hundredths,
		"printedLine": (*Page).PrintedLine, "alternate": (*Page).Alternate, "bytes": (*Page).Bytes, "isolated": (*Page).Isolated, "identifier": (*Page).Identifier,
		// Maps and charts.
		"bind": (*Page).Bind, "drawChart": (*Page).DrawChart, "drawMap": (*Page).DrawMap,
		"drawDefs": (*Page).DrawDefs, "swatch": (*Page).Swatch, "plain": (*Page).Plain,
	}
}

// Labels is a page of a language with nothing on it: what layouts print
// the same on every page of that language, its interface text, can be
// asked of it.
func Labels(loc *locale.Locale) *Page { return &Page{Lang: loc.Lang(), Dir: loc.Dir(), loc: loc} }
