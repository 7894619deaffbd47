// Package skeleton writes the commented file "atlas new" starts an
// agreement from: every field with a short note in French and Arabic, and
// TODO markers that the checks report until a contributor fills them.
package skeleton

import (
	"bytes"
	_ "embed"
	"fmt"
	"strings"
	"text/template"

	"atlas/generator/content"
	"atlas/generator/diag"
)

//go:embed agreement.md.tmpl
var agreementLayout string

// Options say what the contributor already knows.
type Options struct {
	Slug     string
	Region   string // a region slug, or "" to fill in later
	Province string // a province slug of Region (or of any region when Region is ""), or ""
	Kind     string // "" means convention
}

// Agreement returns the skeleton of an agreement file, or an error that
// says what is wrong with the options and what would be right.
func Agreement(reg content.Registry, o Options) ([]byte, error) {
	data, err := resolve(reg, o)
	if err != nil {
		return nil, err
	}
	t := template.Must(template.New("agreement").Funcs(template.FuncMap{"join": strings.Join}).Parse(agreementLayout))
	var b bytes.Buffer
	if err := t.Execute(&b, data); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// fields is what the layout shows.
type fields struct {
	Slug          string
	Kind          string
	Region        *content.Region
	Province      *content.Province
	RegionSlugs   []string
	ProvinceSlugs []string
}

func resolve(reg content.Registry, o Options) (fields, error) {
	f := fields{Slug: o.Slug, Kind: o.Kind}
	if !content.ValidSlug(o.Slug) {
		return f, fmt.Errorf("%q is not a valid name: use 3 to 80 lowercase letters a-z, digits and single hyphens, e.g. tinghir-health-staff-2023", o.Slug)
	}
	if f.Kind == "" {
		f.Kind = "convention"
	}
	if !contains(content.Kinds, f.Kind) {
		return f, fmt.Errorf("unknown kind %q: %s", f.Kind, suggest(f.Kind, content.Kinds))
	}
	for _, r := range reg.Regions {
		f.RegionSlugs = append(f.RegionSlugs, r.Slug)
	}
	if o.Region == "" && o.Province != "" {
		// A province lies in one region: it names the region, as it would
		// for a contributor writing the file by hand.
		p := findProvince(reg, o.Province)
		if p == nil {
			return f, fmt.Errorf("unknown province %q: %s", o.Province, suggest(o.Province, provinceSlugs(reg, "")))
		}
		o.Region = p.Region
	}
	for i, r := range reg.Regions {
		if r.Slug == o.Region {
			f.Region = &reg.Regions[i]
		}
	}
	if o.Region != "" && f.Region == nil {
		return f, fmt.Errorf("unknown region %q: %s", o.Region, suggest(o.Region, f.RegionSlugs))
	}
	return f, f.province(reg, o)
}

// province finds the province, which must lie in the region, and says as
// "atlas check" does which region it lies in when it does not.
func (f *fields) province(reg content.Registry, o Options) error {
	if f.Region == nil {
		return nil
	}
	f.ProvinceSlugs = provinceSlugs(reg, f.Region.Slug)
	if o.Province == "" {
		return nil
	}
	p := findProvince(reg, o.Province)
	switch {
	case p == nil:
		return fmt.Errorf("unknown province %q: %s", o.Province, f.suggestProvince(reg, o.Province))
	case p.Region != f.Region.Slug:
		return fmt.Errorf("province %q is in region %q, not %q: provinces of %s: %s",
			p.Slug, p.Region, f.Region.Slug, f.Region.Slug, strings.Join(f.ProvinceSlugs, ", "))
	}
	f.Province = p
	return nil
}

// suggestProvince prefers a province of the region, then one elsewhere
// with its region named, then the list of the region's provinces.
func (f *fields) suggestProvince(reg content.Registry, slug string) string {
	if c := diag.Closest(slug, f.ProvinceSlugs); c != "" {
		return fmt.Sprintf("did you mean %q?", c)
	}
	if c := findProvince(reg, diag.Closest(slug, provinceSlugs(reg, ""))); c != nil {
		return fmt.Sprintf("did you mean %q, in region %q?", c.Slug, c.Region)
	}
	return "provinces of " + f.Region.Slug + ": " + strings.Join(f.ProvinceSlugs, ", ")
}

func findProvince(reg content.Registry, slug string) *content.Province {
	for i, p := range reg.Provinces {
		if p.Slug == slug {
			return &reg.Provinces[i]
		}
	}
	return nil
}

// provinceSlugs lists the provinces of region, or of every region for "".
func provinceSlugs(reg content.Registry, region string) []string {
	var out []string
	for _, p := range reg.Provinces {
		if region == "" || p.Region == region {
			out = append(out, p.Slug)
		}
	}
	return out
}

func suggest(value string, allowed []string) string {
	if c := diag.Closest(value, allowed); c != "" {
		return fmt.Sprintf("did you mean %q?", c)
	}
	return "one of: " + strings.Join(allowed, ", ")
}

func contains(list []string, s string) bool {
	for _, e := range list {
		if e == s {
			return true
		}
	}
	return false
}
