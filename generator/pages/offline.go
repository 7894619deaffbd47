package pages

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
