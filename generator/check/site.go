package check

import (
	"net/url"
	"regexp"
	"slices"
	"strings"

	"atlas/generator/content"
)

// maxPopulation bounds a region's or a province's population: more than
// twice the country's, so a wrong digit is caught and sums stay exact.
const maxPopulation = 100_000_000

// branchPattern is a Git branch name safe in a URL path.
var branchPattern = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$`)

func (ck *checker) site() {
	s, keys := ck.c.Site, ck.c.SiteKeys
	ck.languages()
	if s.DefaultLang != "" && !contains(s.Languages, s.DefaultLang) {
		ck.diags.Errorf(keys.Value("default_lang"), "default_lang %q is not in languages", s.DefaultLang).Hint = "one of: " + strings.Join(s.Languages, ", ")
	}
	if !keys.Failed("title") {
		ck.text(keys, s.Title, "the site title", true, "title")
	}
	ck.text(keys, s.Description, "the site description", false, "description")
	if s.RepoBranch != "" && !branchPattern.MatchString(s.RepoBranch) {
		ck.diags.Errorf(keys.Value("repo_branch"), "%q is not a branch name", s.RepoBranch).Hint = `the branch pages are edited on, e.g. "main"`
	}
	for _, k := range []struct{ name, value string }{{"repo_url", s.RepoURL}, {"base_url", s.BaseURL}} {
		if k.value == "" {
			continue
		}
		ck.invisible(valueAt(keys, k.name), k.value)
		if u, err := url.Parse(k.value); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
			ck.diags.Errorf(keys.Value(k.name), "%s must be an absolute http(s) address", k.name).Hint = "e.g. https://github.com/owner/atlas"
		}
	}
	ck.domain()
}

// languages checks that the atlas can publish every language of the site,
// once each, and that the languages every text needs are among them.
func (ck *checker) languages() {
	s, keys := ck.c.Site, ck.c.SiteKeys
	for i, lang := range s.Languages {
		switch {
		case !contains(ck.catalogs, lang):
			d := ck.diags.Errorf(keys.Value("languages", i), "the atlas has no catalog for language %q", lang)
			d.Hint = "its interface text and locale data would go in layouts/i18n/" + lang + ".toml; the atlas has them for: " + strings.Join(ck.catalogs, ", ")
		case slices.Index(s.Languages, lang) < i:
			ck.diags.Errorf(keys.Value("languages", i), "%q is listed twice", lang).Hint = "list each language once"
		}
	}
	if keys.Failed("required_languages") {
		return
	}
	if s.RequiredLanguages != nil && len(s.RequiredLanguages) == 0 {
		d := ck.diags.Errorf(keys.Value("required_languages"), "required_languages is empty")
		d.Hint = "name at least one language every text is written in, or remove the key to require " + strings.Join(content.DefaultLanguages(), ", ")
	}
	for i, lang := range s.RequiredLanguages {
		switch {
		case !contains(s.Languages, lang):
			ck.diags.Errorf(keys.Value("required_languages", i), "required language %q is not in languages", lang).Hint = hintFor(lang, s.Languages)
		case slices.Index(s.RequiredLanguages, lang) < i:
			ck.diags.Errorf(keys.Value("required_languages", i), "%q is listed twice", lang).Hint = "list each language once"
		}
	}
}

func (ck *checker) registry() {
	r, keys := ck.c.Registry, ck.c.RegistryKeys
	codes := map[string]bool{}
	for i, reg := range r.Regions {
		ck.division(keys, "regions", i, reg.Slug, reg.Code, reg.Name, codes)
		if reg.Population > maxPopulation {
			ck.diags.Errorf(keys.Value("regions", i, "population"), "%d is not a plausible population", reg.Population).Hint = "the 2024 census figure, a whole number"
		}
		if reg.Population <= 0 {
			ck.diags.Errorf(keys.Key("regions", i, "population"), "region %q needs its population", reg.Slug).Hint = "the 2024 census figure, a whole number"
		}
		ck.regions[reg.Slug] = reg
	}
	for i, p := range r.Provinces {
		ck.division(keys, "provinces", i, p.Slug, p.Code, p.Name, codes)
		ck.oneOf(keys, "level", p.Level, content.Levels, "provinces", i, "level")
		if _, ok := ck.regions[p.Region]; !ok && !keys.Failed("regions") {
			ck.diags.Errorf(keys.Value("provinces", i, "region"), "unknown region %q", p.Region).Hint = hintFor(p.Region, regionSlugs(r))
		}
		if p.Population < 0 || p.Population > maxPopulation {
			ck.diags.Errorf(keys.Value("provinces", i, "population"), "%d is not a plausible population", p.Population).Hint = "the 2024 census figure, a whole number; omit it when unknown"
		}
		ck.provinces[p.Slug] = p
	}
	ck.populations()
	if len(r.Regions) == 0 && !keys.Failed("regions") {
		ck.diags.Errorf(keys.Line(1), "no region in the registry").Hint = "add [[regions]] tables"
	}
}

func (ck *checker) division(keys *content.Positions, table string, i int, slug, code string, name content.Text, codes map[string]bool) {
	if !content.ValidSlug(slug) {
		ck.diags.Errorf(keys.Value(table, i, "slug"), "%q is not a valid slug", slug).Hint = "lowercase letters, digits and single hyphens"
	}
	if _, dup := ck.regions[slug]; dup {
		ck.diags.Errorf(keys.Value(table, i, "slug"), "slug %q is used twice", slug)
	} else if _, dup := ck.provinces[slug]; dup && table == "provinces" {
		ck.diags.Errorf(keys.Value(table, i, "slug"), "slug %q is used twice", slug)
	}
	if code == "" || codes[code] {
		ck.diags.Errorf(keys.Key(table, i, "code"), "missing or repeated code %q", code).Hint = "the ISO 3166-2:MA code, e.g. MA-01"
	}
	codes[code] = true
	ck.text(keys, name, "the name", true, table, i, "name")
}

func regionSlugs(r content.Registry) []string {
	var out []string
	for _, reg := range r.Regions {
		out = append(out, reg.Slug)
	}
	return out
}

// populations checks that a region's prefectures and provinces together
// count no more people than the region: per-inhabitant figures divide by both.
func (ck *checker) populations() {
	sums := map[string]int64{}
	last := map[string]int{}
	for i, p := range ck.c.Registry.Provinces {
		if p.Population > 0 && p.Population <= maxPopulation {
			sums[p.Region] += p.Population
			last[p.Region] = i
		}
	}
	for _, reg := range ck.c.Registry.Regions {
		if sum := sums[reg.Slug]; reg.Population > 0 && sum > reg.Population {
			d := ck.diags.Errorf(ck.c.RegistryKeys.Value("provinces", last[reg.Slug], "population"),
				"the provinces of %q count %d inhabitants, more than the region's %d", reg.Slug, sum, reg.Population)
			d.Hint = "check the populations of the region and of its prefectures and provinces"
		}
	}
}
