package plan

import "atlas/generator/data"

// Encoders of the outputs that are neither pages nor assets.
const (
	// EncodeData writes a file of data/. The files are encoded once,
	// before the pages, since the methodology page gives their sizes.
	EncodeData     = "data"
	EncodeFeed     = "feed"     // the Atom feed of a language
	EncodeDiscover = "discover" // sitemap.xml, robots.txt, .nojekyll, CNAME
)

// Downloads lists the files of data/: each shows every agreement, and
// changed when its hash did.
func Downloads(set *data.Set) []Output {
	out := make([]Output, 0, len(set.Files))
	for _, f := range set.Files {
		// Encoded compact already: the minifier would only copy them.
		out = append(out, Output{Path: f.Path, Type: f.Type, Encoder: EncodeData, Deps: []string{DepFile(f.Path)}, Compact: true})
	}
	return out
}
