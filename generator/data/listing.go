package data

import "atlas/generator/pages"

// Listing lists the downloads for the methodology page: each data file
// with its size, what it holds in every language, its schema, and the
// columns of a CSV file, a family of columns described once.
func (s *Set) Listing() []pages.Download { return s.listing }

func (s *Set) list(d describer) {
	for _, f := range s.Files {
		if f.About == "" {
			continue // a schema, listed with the file it describes
		}
		dl := pages.Download{Path: f.Path, Bytes: f.Size, About: d.all(f.About), Schema: f.Schema}
		if f.Table != nil {
			dl.Columns = columns(f.Table, d)
		}
		s.listing = append(s.listing, dl)
	}
}

// columns groups the fields of a table by the column that describes them.
func columns(t *Table, d describer) []pages.DownloadColumn {
	var out []pages.DownloadColumn
	for i, f := range t.Fields {
		if i > 0 && t.Fields[i-1].Column.Name == f.Column.Name {
			out[len(out)-1].Names = append(out[len(out)-1].Names, f.Name)
			continue
		}
		out = append(out, pages.DownloadColumn{Names: []string{f.Name}, About: d.all(f.About)})
	}
	return out
}
