// Package plan lists every output of the site, of any kind, as plain
// values: its path, its media type, the encoder that writes it and what
// that encoder needs. Encoding one output depends on that output alone,
// so the render stage encodes them in any order, on every core, and
// "atlas serve" re-encodes only those whose inputs changed. Adding a kind
// of output is a new encoder and a line here, not a change to the pipeline.
package plan

import (
	"io/fs"
	"path"

	"atlas/generator/pages"
	"atlas/generator/write"
)

// Encoders of the outputs.
const (
	EncodePage = "page" // an HTML page from a layout
	EncodeFile = "file" // a file of the assets folder, as it is
)

// Output is one file of the site.
type Output struct {
	Path    string         // slash-separated, inside the site
	Type    string         // media type, which picks the minifier
	Encoder string         // which encoder writes it
	Page    pages.Ref      // EncodePage: the page
	Source  string         // EncodeFile: the path in the assets folder
	Chart   pages.ChartRef // EncodeChartCSV: the chart
	Deps    []string       // what it shows, besides the site itself: see pages.Deps
	Compact bool           // written as encoded: the encoder leaves nothing to minify

	// EncodePage: what the page says of the offline copy of the site.
	Offline pages.Offline
}

// AssetsDir is where the assets folder is published.
const AssetsDir = "assets"

// Build lists the outputs of a site: its pages, then its assets.
func Build(site *pages.Site, assets []string) []Output {
	refs, charts := site.Refs(), charts(site)
	out := make([]Output, 0, len(refs)+len(charts)+len(assets))
	for _, r := range refs {
		out = append(out, Output{Path: r.Path(), Type: "text/html", Encoder: EncodePage, Page: r, Deps: deps(site, r)})
	}
	out = append(out, charts...)
	for _, a := range assets {
		p := path.Join(AssetsDir, a)
		out = append(out, Output{Path: p, Type: write.MediaType(p), Encoder: EncodeFile, Source: a, Deps: []string{DepAsset(a)}})
	}
	return out
}

// Assets lists the files of an assets folder, sorted.
func Assets(fsys fs.FS) ([]string, error) {
	var names []string
	err := fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			names = append(names, name)
		}
		return err
	})
	return names, err
}

// DepFile names the dependency of an output on its own content, for the
// outputs "atlas serve" finds changed by comparing them or their parts:
// the downloads and the files of the search index.
func DepFile(path string) string { return "file:" + path }

// DepAsset names the dependency on one file of the assets folder.
func DepAsset(name string) string { return "asset:" + name }

// Touched reports whether an output shows any of the changed
// dependencies.
func (o Output) Touched(changed map[string]bool) bool {
	for _, d := range o.Deps {
		if changed[d] {
			return true
		}
	}
	return false
}
