package plan

// EncodeSearch is the encoder of the files of the search index.
const EncodeSearch = "search"

// Search lists the files of a search index: scripts, each changed when
// the index says so.
func Search(paths []string) []Output {
	out := make([]Output, 0, len(paths))
	for _, p := range paths {
		out = append(out, Output{Path: p, Type: "application/javascript", Encoder: EncodeSearch, Deps: []string{DepFile(p)}})
	}
	return out
}
