package generator

import (
	"atlas/generator/pages"
	"atlas/generator/plan"
	"atlas/generator/render"
	"atlas/generator/search"
)

// addSearch indexes the agreements of every language and adds the files
// of the indexes to the job, with their encoder.
func (j *Job) addSearch(site *pages.Site, langs []string) {
	indexes := render.SearchIndexes{}
	for _, lang := range langs {
		// The index links to agreements through the one link resolver.
		link := pages.Rel(search.IndexPath(lang), pages.Agreement(lang, "{slug}"))
		ix := search.Build(lang, link, site.SearchSeparator(lang), site.SearchEntries(lang))
		indexes[lang] = ix
		j.Plan = append(j.Plan, plan.Search(ix.Paths())...)
	}
	j.Encoders[plan.EncodeSearch] = indexes
}
