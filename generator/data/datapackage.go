package data

import (
	"encoding/hex"
	"path"
	"strings"

	"atlas/generator/content"
	"atlas/generator/locale"
)

// A Frictionless Data Package (version 1, Tabular Data Package profile)
// describing the CSV files: open-data tools load them with their types.

type dataPackage struct {
	Profile      string            `json:"profile"`
	Name         string            `json:"name"`
	Title        string            `json:"title,omitempty"`
	Description  string            `json:"description,omitempty"`
	Descriptions map[string]string `json:"descriptions,omitempty"` // in every language
	Homepage     string            `json:"homepage,omitempty"`
	Resources    []resource        `json:"resources"`
}

type resource struct {
	Profile      string            `json:"profile"`
	Name         string            `json:"name"`
	Path         string            `json:"path"`
	Description  string            `json:"description"`
	Descriptions map[string]string `json:"descriptions"`
	Format       string            `json:"format"`
	MediaType    string            `json:"mediatype"`
	Encoding     string            `json:"encoding"`
	Bytes        int64             `json:"bytes"`
	Hash         string            `json:"hash"`
	Dialect      dialect           `json:"dialect"`
	Schema       tableSchema       `json:"schema"`
}

type dialect struct {
	Delimiter      string `json:"delimiter"`
	LineTerminator string `json:"lineTerminator"`
	QuoteChar      string `json:"quoteChar"`
	DoubleQuote    bool   `json:"doubleQuote"`
	Header         bool   `json:"header"`
}

type tableSchema struct {
	Fields        []field      `json:"fields"`
	PrimaryKey    []string     `json:"primaryKey"`
	ForeignKeys   []foreignKey `json:"foreignKeys,omitempty"`
	MissingValues []string     `json:"missingValues"`
}

type field struct {
	Name         string            `json:"name"`
	Type         string            `json:"type"`
	Description  string            `json:"description"`
	Descriptions map[string]string `json:"descriptions"`
	Constraints  *constraints      `json:"constraints,omitempty"`
}

type constraints struct {
	Required bool     `json:"required,omitempty"`
	Minimum  *int     `json:"minimum,omitempty"`
	Enum     []string `json:"enum,omitempty"`
	Pattern  string   `json:"pattern,omitempty"`
}

type foreignKey struct {
	Fields    []string  `json:"fields"`
	Reference reference `json:"reference"`
}

type reference struct {
	Resource string   `json:"resource"`
	Fields   []string `json:"fields"`
}

// PackageName is the data package's name: lowercase, invariant.
const PackageName = "atlas"

func (s *Set) dataPackage(site content.Site, tables []*Table, d describer) dataPackage {
	lang := defaultLang(site)
	pkg := dataPackage{
		Profile: "tabular-data-package", Name: PackageName,
		Title: site.Title.In(lang), Description: site.Description.In(lang), Descriptions: text(site.Description),
		Resources: []resource{},
	}
	if site.BaseURL != "" {
		pkg.Homepage = site.BaseURL
	}
	for _, t := range tables {
		f, _ := s.File(t.Path)
		r := resource{
			Profile: "tabular-data-resource", Name: t.Name, Path: path.Base(t.Path),
			Description: d.in(lang, t.About), Descriptions: d.all(t.About),
			Format: "csv", MediaType: "text/csv", Encoding: "utf-8",
			Bytes: f.Size, Hash: "sha256:" + hex.EncodeToString(f.Sum[:]),
			Dialect: dialect{Delimiter: ",", LineTerminator: "\r\n", QuoteChar: `"`, DoubleQuote: true, Header: true},
			Schema:  tableSchema{Fields: []field{}, PrimaryKey: t.PrimaryKey, MissingValues: []string{""}},
		}
		for _, fd := range t.Fields {
			r.Schema.Fields = append(r.Schema.Fields, field{
				Name: fd.Name, Type: fd.Type, Description: d.in(lang, fd.About), Descriptions: d.all(fd.About),
				Constraints: constraintsOf(fd.Column),
			})
		}
		for _, fk := range t.ForeignKeys {
			r.Schema.ForeignKeys = append(r.Schema.ForeignKeys, foreignKey{fk.Fields, reference{fk.Resource, fk.Keys}})
		}
		pkg.Resources = append(pkg.Resources, r)
	}
	return pkg
}

func constraintsOf(c Column) *constraints {
	out := &constraints{Required: c.Required, Enum: c.Enum, Pattern: c.Pattern}
	if c.Type == "integer" {
		zero := 0
		out.Minimum = &zero // counts, amounts and populations are never negative
	}
	if !out.Required && out.Minimum == nil && out.Enum == nil && out.Pattern == "" {
		return nil
	}
	return out
}

func defaultLang(site content.Site) string {
	if site.DefaultLang != "" {
		return site.DefaultLang
	}
	return site.Languages[0]
}

// describer gives the descriptions of the catalogs.
type describer struct {
	locs  map[string]*locale.Locale
	langs []string
}

// in is the description key names in lang, with the values of the
// contract it lists filled in: {counts}, {kinds}, {statuses}, {types},
// {roles} and {langs}.
func (d describer) in(lang, key string) string {
	loc := d.locs[lang]
	list := func(values []string) string { return strings.Join(values, loc.T("list.separator")) }
	return strings.NewReplacer(
		"{counts}", list(countKeys()), "{kinds}", list(content.Kinds), "{statuses}", list(content.Statuses),
		"{types}", list(content.PartyTypes), "{roles}", list(content.Roles), "{langs}", list(d.langs),
	).Replace(loc.T(key))
}

func countKeys() []string {
	keys := make([]string, len(content.Counts))
	for i, c := range content.Counts {
		keys[i] = c.Key
	}
	return keys
}

func (d describer) all(key string) map[string]string {
	out := map[string]string{}
	for _, lang := range d.langs {
		out[lang] = d.in(lang, key)
	}
	return out
}
