package plan

import "atlas/generator/pages"

// Archive is the output path of the offline copy: a zip of the whole site
// that a reader unpacks and opens from index.html.
const Archive = "atlas-offline.zip"

// Offline sorts the outputs of a build that writes the offline copy. The
// shared ones go to the site and into the copy. The pages that link to
// the copy go to the site only, once the copy's size is known (site);
// their twins, which say the reader holds the copy, go into the copy only
// (inside). The copy thus never holds a page that shows its own size.
// The files for hosts and crawlers (sitemap, robots.txt, .nojekyll, CNAME)
// mean nothing in a folder: they go to the site only.
func Offline(outputs []Output) (shared, site, inside []Output) {
	for _, o := range outputs {
		if o.Encoder == EncodeDiscover {
			site = append(site, o)
			continue
		}
		if o.Encoder != EncodePage || (o.Page.Kind != pages.KindHome && o.Page.Kind != pages.KindMethodology) {
			shared = append(shared, o)
			continue
		}
		in := o
		in.Offline = pages.Offline{Inside: true}
		inside = append(inside, in)
		o.Offline = pages.Offline{Path: Archive}
		site = append(site, o)
	}
	return shared, site, inside
}
