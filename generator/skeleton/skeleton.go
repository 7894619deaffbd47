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
	Province string // a province slug of Region, or ""
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
		return f, fmt.Errorf("%q is not a valid name: use 3 to 80 lowercase letters a-z, digits and single hyphens, such as tinghir-health-staff-2023", o.Slug)
	}
	if f.Kind == "" {
		f.Kind = "convention"
	}
	if !contains(content.Kinds, f.Kind) {
		return f, fmt.Errorf("unknown kind %q: %s", f.Kind, suggest(f.Kind, content.Kinds))
	}
	for i, r := range reg.Regions {
		f.RegionSlugs = append(f.RegionSlugs, r.Slug)
		if r.Slug == o.Region {
			f.Region = &reg.Regions[i]
		}
	}
	if o.Region != "" && f.Region == nil {
		return f, fmt.Errorf("unknown region %q: %s", o.Region, suggest(o.Region, f.RegionSlugs))
	}
	return f, f.province(reg, o)
}

// province finds the province, which must lie in the region.
func (f *fields) province(reg content.Registry, o Options) error {
	if o.Province != "" && f.Region == nil {
		return fmt.Errorf("--province needs --region: the region of %q", o.Province)
	}
	if f.Region == nil {
		return nil
	}
	for i, p := range reg.Provinces {
		if p.Region != f.Region.Slug {
			continue
		}
		f.ProvinceSlugs = append(f.ProvinceSlugs, p.Slug)
		if p.Slug == o.Province {
			f.Province = &reg.Provinces[i]
		}
	}
	if o.Province != "" && f.Province == nil {
		return fmt.Errorf("no province %q in region %s: %s", o.Province, f.Region.Slug, suggest(o.Province, f.ProvinceSlugs))
	}
	return nil
}

func suggest(value string, allowed []string) string {
	if c := diag.Closest(value, allowed); c != "" {
		return fmt.Sprintf("did you mean %q?", c)
	}
	return "one of " + strings.Join(allowed, ", ")
}

func contains(list []string, s string) bool {
	for _, e := range list {
		if e == s {
			return true
		}
	}
	return false
}
