package check

import "atlas/generator/content"

// twins warns of an agreement that repeats another in a second file: the
// same signing day, region and total, from the same article. Every total
// of the atlas would count it twice. Agreements signed together are
// often reported in one article, so the article alone proves nothing.
func (ck *checker) twins() {
	type identity struct {
		signed, region, url string
		total               int64
	}
	first := map[identity]*content.Agreement{}
	for _, a := range ck.c.Agreements {
		if a.Signed.Day == 0 || a.Place.Region == "" || a.Budget.Total == nil {
			continue
		}
		for _, s := range a.Sources {
			if s.URL == "" {
				continue
			}
			id := identity{a.Signed.String(), a.Place.Region, s.URL, *a.Budget.Total}
			other, seen := first[id]
			if !seen {
				first[id] = a
				continue
			}
			if other != a {
				d := ck.diags.Warnf(a.Keys.Value("signed"), "this agreement looks like %s: signed the same day in the same region, for the same total, in the same article", other.Slug)
				d.Hint = "if it is the same agreement, keep one of the two files: every total would count it twice"
				break
			}
		}
	}
}
