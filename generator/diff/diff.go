// Package diff compares two checked contents, as a pull request changes
// them: the agreements and milestones added, removed or changed (and
// which fields), and every published total whose value or coverage
// moves, before and after.
package diff

import (
	"sort"

	"atlas/generator/content"
	"atlas/generator/stats"
)

// Side is one content with its totals.
type Side struct {
	Content *content.Content
	Stats   *stats.Stats
}

// Report is what changes from one content to the other.
type Report struct {
	Agreements Files
	Milestones Files
	Totals     []Total
}

// Files are the files of one folder that change.
type Files struct {
	Added   []string // slugs
	Removed []string
	Changed []Changed
}

// Changed is a file whose fields change.
type Changed struct {
	Slug   string
	Fields []Field
}

// Field is one field that changes, by its path in the file
// ("budget.total", "parties.gst.share", "title.fr"). Before and After
// are set for a figure, a date or a word of a vocabulary, "" for prose.
type Field struct {
	Path          string
	Before, After string
}

// Empty reports whether nothing changes.
func (r Report) Empty() bool {
	return r.Agreements.empty() && r.Milestones.empty() && len(r.Totals) == 0
}

func (f Files) empty() bool { return len(f.Added)+len(f.Removed)+len(f.Changed) == 0 }

// Compare reports what changes from before to after.
func Compare(before, after Side) Report {
	return Report{
		Agreements: files(docs(before.Content.Agreements), docs(after.Content.Agreements)),
		Milestones: files(docs(before.Content.Milestones), docs(after.Content.Milestones)),
		Totals:     totals(before, after),
	}
}

// doc is an agreement or a milestone, with its slug.
type doc struct {
	slug string
	v    any // *content.Agreement or *content.Milestone
	sum  content.Text
}

func docs[T interface {
	*content.Agreement | *content.Milestone
}](list []T) map[string]doc {
	out := map[string]doc{}
	for _, d := range list {
		switch d := any(d).(type) {
		case *content.Agreement:
			out[d.Slug] = doc{d.Slug, d, d.Summary}
		case *content.Milestone:
			out[d.Slug] = doc{d.Slug, d, d.Summary}
		}
	}
	return out
}

func files(before, after map[string]doc) Files {
	var f Files
	for _, slug := range sortedKeys(after) {
		old, ok := before[slug]
		if !ok {
			f.Added = append(f.Added, slug)
			continue
		}
		fields := compareFields(old.v, after[slug].v)
		fields = append(fields, compareText("summary", old.sum, after[slug].sum)...)
		if len(fields) > 0 {
			f.Changed = append(f.Changed, Changed{slug, fields})
		}
	}
	for _, slug := range sortedKeys(before) {
		if _, ok := after[slug]; !ok {
			f.Removed = append(f.Removed, slug)
		}
	}
	return f
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
