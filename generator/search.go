package generator

import (
	"sync"

	"atlas/generator/pages"
	"atlas/generator/plan"
	"atlas/generator/render"
	"atlas/generator/search"
)

// addSearch indexes the agreements of every language, one language per
// goroutine, and adds the files of the indexes to the job, with their
// encoder.
func (j *Job) addSearch(site *pages.Site, langs []string) {
	indexes := make([]*search.Index, len(langs))
	var wg sync.WaitGroup
	for i, lang := range langs {
		wg.Go(func() {
			// The index links to agreements through the one link resolver.
			link := pages.Rel(search.IndexPath(lang), pages.Agreement(lang, "{slug}"))
			indexes[i] = search.Build(lang, link, site.SearchSeparator(lang), site.SearchEntries(lang))
		})
	}
	wg.Wait()
	enc := render.SearchIndexes{}
	for i, lang := range langs {
		enc[lang] = indexes[i]
		j.Plan = append(j.Plan, plan.Search(indexes[i].Paths())...)
	}
	j.Encoders[plan.EncodeSearch] = enc
}
