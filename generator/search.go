package generator

import (
	"slices"
	"sync"

	"atlas/generator/content"

	"atlas/generator/pages"
	"atlas/generator/plan"
	"atlas/generator/render"
	"atlas/generator/search"
)

// indexSearch indexes the agreements of every language, one language per
// goroutine, with the words of their summaries made on load when words
// holds them.
func (j *Job) indexSearch(site *pages.Site, langs []string, words *pages.SummaryWords) {
	indexes := make([]*search.Index, len(langs))
	var wg sync.WaitGroup
	for i, lang := range langs {
		wg.Go(func() {
			// The index links to agreements through the one link resolver.
			link := pages.Rel(search.IndexPath(lang), pages.Agreement(lang, "{slug}"))
			indexes[i] = search.Build(lang, link, site.SearchSeparator(lang), site.SearchEntries(lang, words))
		})
	}
	wg.Wait()
	j.indexes = render.SearchIndexes{}
	for i, lang := range langs {
		j.indexes[lang] = indexes[i]
	}
}

// addIndexes adds the files of the job's indexes to its plan, with their
// encoder.
func (j *Job) addIndexes(langs []string) {
	for _, lang := range langs {
		j.Plan = append(j.Plan, plan.Search(j.indexes[lang].Paths())...)
	}
	j.Encoders[plan.EncodeSearch] = j.indexes
}

// updateSearch takes over the indexes of the last build of a session and
// puts in them the agreements edited since, noting the files that
// changed. When agreements came, went or moved, or an edit renumbers the
// lists of an index, it indexes them all again instead. It reports
// whether the files of the indexes may no longer be those of the last
// build: some came or went.
func (j *Job) updateSearch(last *Job, langs []string) (reshaped bool) {
	before, after := last.site.SearchOrder(), j.site.SearchOrder()
	edited, ok := editedInPlace(before, after)
	if ok && len(edited) > 0 {
		last.spent = true // its indexes are this build's from here on
		var wg sync.WaitGroup
		failed := make([]bool, len(langs))
		changed := make([][]string, len(langs))
		for i, lang := range langs {
			ix := last.indexes[lang]
			wg.Go(func() {
				for _, n := range edited {
					paths, ok := ix.Update(n, j.site.SearchEntry(lang, before[n]), j.site.SearchEntry(lang, after[n]))
					if !ok {
						failed[i] = true
						return
					}
					changed[i] = append(changed[i], paths...)
				}
			})
		}
		wg.Wait()
		ok = !slices.Contains(failed, true)
		if ok {
			for _, paths := range changed {
				for _, p := range paths {
					j.compared[plan.DepFile(p)] = true
				}
			}
		}
	}
	if ok {
		j.indexes = last.indexes
		for _, lang := range langs {
			reshaped = reshaped || j.compared[plan.DepFile(search.IndexPath(lang))]
		}
		return reshaped
	}
	j.indexSearch(j.site, langs, nil)
	for _, lang := range langs {
		for _, p := range j.indexes[lang].Paths() {
			j.compared[plan.DepFile(p)] = true
		}
	}
	return true
}

// editedInPlace lists the positions where after holds an agreement read
// again since before, the same agreements in the same order; ok is false
// when they are not the same.
func editedInPlace(before, after []*content.Agreement) (edited []int, ok bool) {
	if len(before) != len(after) {
		return nil, false
	}
	for i, a := range after {
		if a.Slug != before[i].Slug {
			return nil, false
		}
		if a != before[i] {
			edited = append(edited, i)
		}
	}
	return edited, true
}
