package pages

import (
	"path"
	"strings"
)

// Output paths are slash-separated, relative to the output folder, and
// always name a file: "fr/regions/souss-massa.html", never "fr/regions/".

// Entry is the bilingual page at the root of the site.
const Entry = "index.html"

// NotFound is the page servers show for a missing address.
const NotFound = "404.html"

// Stylesheet is the one stylesheet of both directions.
const Stylesheet = "assets/atlas.css"

// Favicon is the site's icon.
const Favicon = "assets/favicon.svg"

// Home is a language's home page.
func Home(lang string) string { return lang + "/index.html" }

// Regions is a language's list of all regions.
func Regions(lang string) string { return lang + "/regions/index.html" }

// Region is one region's page.
func Region(lang, slug string) string { return lang + "/regions/" + slug + ".html" }

// Agreement is one agreement's page.
func Agreement(lang, slug string) string { return lang + "/agreements/" + slug + ".html" }

// Milestone is one milestone's page.
func Milestone(lang, slug string) string { return lang + "/milestones/" + slug + ".html" }

// Methodology explains every figure.
func Methodology(lang string) string { return lang + "/methodology.html" }

// Feed is a language's Atom feed of the newest agreements and milestones.
func Feed(lang string) string { return lang + "/feed.xml" }

// Rel is the one link resolver: the relative address from the page at
// output path from to the file at output path to. Every internal link in
// the atlas goes through it, so the same output works from a domain root,
// a project subpath or file://.
func Rel(from, to string) string {
	fromDir := strings.Split(path.Dir(from), "/")
	if fromDir[0] == "." {
		fromDir = nil
	}
	target := strings.Split(to, "/")
	i := 0
	for i < len(fromDir) && i < len(target)-1 && fromDir[i] == target[i] {
		i++
	}
	up := strings.Repeat("../", len(fromDir)-i)
	return up + strings.Join(target[i:], "/")
}

// Abs is the second link resolver: the absolute address of the output
// path to on a site published at base. Only pages that may be shown at
// another address than their own (the 404 page) and, later, feeds and the
// sitemap use it.
func Abs(base, to string) string {
	return strings.TrimSuffix(base, "/") + "/" + to
}
