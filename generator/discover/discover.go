// Package discover writes what lets search engines and hosts find and
// serve the site: sitemap.xml with the language versions of every page
// and robots.txt naming it, both only when base_url gives the site's
// address (a sitemap lists absolute addresses); .nojekyll, always, so
// that GitHub Pages publishes the folder as it is; and CNAME when the
// site has a custom domain.
package discover

import (
	"bytes"
	"encoding/xml"
	"fmt"

	"atlas/generator/content"
	"atlas/generator/pages"
	"atlas/generator/plan"
)

// Paths of the files it writes, at the root of the site.
const (
	Sitemap  = "sitemap.xml"
	Robots   = "robots.txt"
	NoJekyll = ".nojekyll"
	CNAME    = "CNAME"
)

// Encoder writes the files of discovery. It is safe for concurrent use.
type Encoder struct {
	site   content.Site
	pages  *pages.Site
	domain string
}

// New prepares the files of discovery of a site.
func New(site content.Site, p *pages.Site) *Encoder {
	return &Encoder{site: site, pages: p, domain: site.CustomDomain()}
}

// Outputs lists the files: the sitemap shows every page, the others
// only the settings.
func (e *Encoder) Outputs(encoder string) []plan.Output {
	out := []plan.Output{{Path: NoJekyll, Encoder: encoder}}
	if e.domain != "" {
		out = append(out, plan.Output{Path: CNAME, Type: "text/plain", Encoder: encoder})
	}
	if e.site.BaseURL != "" {
		out = append(out,
			plan.Output{Path: Sitemap, Type: "application/xml", Encoder: encoder, Deps: []string{pages.DepAll}},
			plan.Output{Path: Robots, Type: "text/plain", Encoder: encoder})
	}
	return out
}

// Encode writes the file at o.Path.
func (e *Encoder) Encode(buf *bytes.Buffer, o plan.Output) error {
	switch o.Path {
	case NoJekyll:
		// An empty file: its presence is the message.
	case CNAME:
		buf.WriteString(e.domain + "\n")
	case Robots:
		fmt.Fprintf(buf, "User-agent: *\nDisallow:\n\nSitemap: %s\n", pages.Abs(e.site.BaseURL, Sitemap))
	case Sitemap:
		buf.WriteString(xml.Header)
		enc := xml.NewEncoder(buf)
		if err := enc.Encode(e.sitemap()); err != nil {
			return fmt.Errorf("%s: %w", o.Path, err)
		}
		return enc.Close()
	default:
		return fmt.Errorf("%s: not a file of discovery", o.Path)
	}
	return nil
}
