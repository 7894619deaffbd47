package generator

import (
	"atlas/generator/content"
	"atlas/generator/data"
	"atlas/generator/discover"
	"atlas/generator/feed"
	"atlas/generator/locale"
	"atlas/generator/pages"
	"atlas/generator/plan"
	"atlas/generator/render"
)

// publish adds to a job the outputs that are not pages or assets: the
// downloads of data/, the feeds, and the files of discovery.
func (j *Job) publish(c *content.Content, site *pages.Site, locs map[string]*locale.Locale, downloads *data.Set) {
	j.add(plan.Downloads(downloads), plan.EncodeData, render.Downloads(downloads))
	feeds := feed.New(c, site, locs)
	j.add(feeds.Outputs(plan.EncodeFeed), plan.EncodeFeed, feeds)
	disc := discover.New(c.Site, site)
	j.add(disc.Outputs(plan.EncodeDiscover), plan.EncodeDiscover, disc)
}

// add adds outputs and the encoder that writes them.
func (j *Job) add(outputs []plan.Output, name string, enc render.Encoder) {
	j.Plan = append(j.Plan, outputs...)
	j.Encoders[name] = enc
}

// compareDownloads notes the downloads whose bytes differ from those of
// the last build of a session, and the pages that give their sizes when
// any does.
func (j *Job) compareDownloads(last *data.Set) {
	for _, f := range j.downloads.Files {
		if was, ok := last.File(f.Path); !ok || f.Differs(was) {
			j.compared[plan.DepFile(f.Path)] = true
			j.compared[pages.DepDownloads] = true
		}
	}
}
