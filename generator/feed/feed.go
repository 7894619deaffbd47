// Package feed writes the Atom feed (RFC 4287) of each language: the
// newest agreements and milestones first, each entry with its title, the
// one-line description of its page, its kind and a link to its page.
//
// An Atom id must be an absolute IRI that never changes, while the site
// may move or get a base_url later: ids are tag URIs (RFC 4151) built
// from the language and the slug, tag:atlas,2026:fr/agreement/<slug>,
// whatever the site's address. Links are absolute under base_url when it
// is set. Without it nothing absolute is written: a link is a relative
// reference, which Atom resolves against the address the feed was read
// from (RFC 4287, section 4.2.7.1, and RFC 3986), so the feed works from
// a web server, a project path and file:// alike; there is then no
// rel="self" link, which would have to be absolute to be of use.
package feed

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"slices"
	"strings"

	"atlas/generator/content"
	"atlas/generator/locale"
	"atlas/generator/pages"
	"atlas/generator/plan"
)

// Entries is how many entries a feed holds: the newest ones. A feed that
// grew with the atlas would be read again whole by every reader.
const Entries = 50

// TagPrefix starts every id of the atlas's feeds: the tagging entity and
// a date at which it named them, fixed so that ids never change.
const TagPrefix = "tag:atlas,2026:"

// Encoder writes the feed of each language. It is safe for concurrent use.
type Encoder struct {
	c     *content.Content
	site  *pages.Site
	locs  map[string]*locale.Locale
	langs map[string]string // by feed path
	items []item            // newest first
}

// New prepares the feeds of checked content.
func New(c *content.Content, site *pages.Site, locs map[string]*locale.Locale) *Encoder {
	e := &Encoder{c: c, site: site, locs: locs, langs: map[string]string{}}
	for _, lang := range c.Site.Languages {
		e.langs[pages.Feed(lang)] = lang
	}
	e.items = e.sorted(c)
	return e
}

// Outputs lists the feeds: each shows the newest of every agreement.
func (e *Encoder) Outputs(encoder string) []plan.Output {
	var out []plan.Output
	for _, lang := range e.c.Site.Languages {
		out = append(out, plan.Output{Path: pages.Feed(lang), Type: "application/atom+xml", Encoder: encoder, Deps: []string{pages.DepAll}})
	}
	return out
}

// Encode writes the feed at o.Path.
func (e *Encoder) Encode(buf *bytes.Buffer, o plan.Output) error {
	lang, ok := e.langs[o.Path]
	if !ok {
		return fmt.Errorf("%s: not a feed", o.Path)
	}
	buf.WriteString(xml.Header)
	enc := xml.NewEncoder(buf)
	if err := enc.Encode(e.feed(lang)); err != nil {
		return fmt.Errorf("%s: %w", o.Path, err)
	}
	return enc.Close()
}

// item is an agreement or a milestone, where a feed places it.
type item struct {
	date content.Date // the date of its entry: see updated
	ref  pages.Ref    // Kind and Slug; the language is the feed's
	kind string       // the agreement's kind, or "" for a milestone
	docs []content.Source
}

// sorted lists every agreement and milestone by the date of its entry,
// newest first, then by slug.
func (e *Encoder) sorted(c *content.Content) []item {
	var all []item
	for _, a := range c.Agreements {
		d, _ := a.Dated()
		all = append(all, item{d, pages.Ref{Kind: pages.KindAgreement, Slug: a.Slug}, a.Kind, a.Sources})
	}
	for _, m := range c.Milestones {
		all = append(all, item{m.Date, pages.Ref{Kind: pages.KindMilestone, Slug: m.Slug}, "", m.Sources})
	}
	for i := range all {
		all[i].date = e.updated(all[i])
	}
	slices.SortStableFunc(all, func(a, b item) int {
		if a.date != b.date {
			switch {
			case b.date.Before(a.date):
				return -1
			case a.date.Before(b.date):
				return 1
			}
			return 0
		}
		return strings.Compare(a.ref.Slug, b.ref.Slug)
	})
	return all
}
