package pages

import (
	"html/template"
	"strconv"
)

// Offline is what a page says of the offline copy of the atlas, a zip of
// the whole site: where to download it and how large it is, or, on the
// pages inside the copy, that the reader holds it. The copy cannot hold
// a link to itself, so its pages differ from the site's; and since they
// do not show its size, the copy is made first and its size given to the
// pages of the site that link to it, with no circle.
type Offline struct {
	Path   string // the copy's output path, on pages that link to it
	Size   int64  // its size in bytes
	Inside bool   // the page is the one inside the copy
}

// Bytes prints a file size in the page's language, in decimal units:
// "840 Ko", "1,2 Mo".
func (p *Page) Bytes(n int64) template.HTML {
	if n < 1_000_000 {
		kb := max((n+500)/1000, 1)
		return isolate(fill(p.loc.T("size.kb"), "{n}", strconv.FormatInt(kb, 10)))
	}
	tenths := (n + 50_000) / 100_000
	mb := p.loc.Int(tenths/10) + p.loc.T("decimal_separator") + strconv.FormatInt(tenths%10, 10)
	return isolate(fill(p.loc.T("size.mb"), "{n}", mb))
}
