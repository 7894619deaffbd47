package data

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"

	"atlas/generator/content"
	"atlas/generator/locale"
	"atlas/generator/pages"
	"atlas/generator/stats"
)

// Dir is the folder of the downloads in the site.
const Dir = "data"

// Paths of the downloads.
const (
	AgreementsJSON   = Dir + "/agreements.json"
	AgreementsSchema = Dir + "/agreements.schema.json"
	RegionsJSON      = Dir + "/regions.json"
	RegionsSchema    = Dir + "/regions.schema.json"
	Package          = Dir + "/datapackage.json"
)

// Schemas are the JSON Schemas of the JSON files, as published.
//
//go:embed schema/*.schema.json
var Schemas embed.FS

// File is one download, encoded.
type File struct {
	Path  string
	Type  string // media type
	Data  []byte
	About string // catalog key of what it holds
	// Schema is the path of the JSON Schema that describes it, or "".
	Schema string
	Table  *Table // the columns of a CSV file
}

// Set is the downloads of one build. It is read-only once made.
type Set struct {
	Files   []File
	byPath  map[string]int
	listing []pages.Download
}

// Build makes every download of checked content with its totals; locs
// give the descriptions of the data package in every language.
func Build(c *content.Content, st *stats.Stats, locs map[string]*locale.Locale) (*Set, error) {
	b := newBuilder(c, st)
	agreements, regions := b.agreements(), b.regions()
	s := &Set{byPath: map[string]int{}}
	if err := s.addJSON(AgreementsJSON, "data.agreements.json", AgreementsSchema, agreements); err != nil {
		return nil, err
	}
	if err := s.addJSON(RegionsJSON, "data.regions.json", RegionsSchema, regions); err != nil {
		return nil, err
	}
	for _, name := range []string{AgreementsSchema, RegionsSchema} {
		data, err := Schemas.ReadFile("schema/" + name[len(Dir)+1:])
		if err != nil {
			return nil, err
		}
		s.add(File{Path: name, Type: "application/schema+json", Data: compact(data)})
	}
	tables := []*Table{
		agreementsTable(agreements.Agreements, b.langs),
		partiesTable(agreements.Agreements, b.langs),
		regionsTable(regions, b.langs),
	}
	for _, t := range tables {
		data, err := t.CSV()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", t.Path, err)
		}
		s.add(File{Path: t.Path, Type: "text/csv", Data: data, About: t.About, Table: t})
	}
	d := describer{locs, c.Site.Languages}
	if err := s.addJSON(Package, "data.datapackage", "", s.dataPackage(c.Site, tables, d)); err != nil {
		return nil, err
	}
	s.list(d)
	return s, nil
}

func (s *Set) add(f File) {
	s.byPath[f.Path] = len(s.Files)
	s.Files = append(s.Files, f)
}

// addJSON encodes v as compact JSON, as the minifier would leave it, so
// that the size the methodology page gives is the size published.
func (s *Set) addJSON(path, about, schema string, v any) error {
	if a, ok := v.(Agreements); ok {
		data, err := a.compactJSON()
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		s.add(File{Path: path, Type: "application/json", Data: data, About: about, Schema: schema})
		return nil
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	s.add(File{Path: path, Type: "application/json", Data: bytes.TrimSuffix(buf.Bytes(), []byte("\n")), About: about, Schema: schema})
	return nil
}

// compact removes the spaces of an indented JSON file.
func compact(data []byte) []byte {
	var buf bytes.Buffer
	if err := json.Compact(&buf, data); err != nil {
		return data // a schema that does not parse fails its test
	}
	return buf.Bytes()
}

// File returns the download at path.
func (s *Set) File(path string) (File, bool) {
	i, ok := s.byPath[path]
	if !ok {
		return File{}, false
	}
	return s.Files[i], true
}

// builder holds what the models of the downloads are made from.
type builder struct {
	c         *content.Content
	st        *stats.Stats
	langs     []string
	base      string
	regionsBy map[string]content.Region
	provsBy   map[string]content.Province
}

func newBuilder(c *content.Content, st *stats.Stats) *builder {
	b := &builder{c: c, st: st, langs: c.Site.Languages, base: c.Site.BaseURL,
		regionsBy: map[string]content.Region{}, provsBy: map[string]content.Province{}}
	for _, r := range c.Registry.Regions {
		b.regionsBy[r.Slug] = r
	}
	for _, p := range c.Registry.Provinces {
		b.provsBy[p.Slug] = p
	}
	return b
}

func (b *builder) agreements() Agreements {
	out := Agreements{Agreements: make([]Agreement, 0, len(b.c.Agreements)), Milestones: make([]Milestone, 0, len(b.c.Milestones))}
	for _, a := range b.c.Agreements {
		out.Agreements = append(out.Agreements, b.agreement(a))
	}
	for _, m := range b.c.Milestones {
		out.Milestones = append(out.Milestones, b.milestone(m))
	}
	return out
}

func (b *builder) region(slug string) Division {
	r := b.regionsBy[slug]
	return Division{ID: slug, Code: r.Code, Name: text(r.Name)}
}

func (b *builder) province(slug string) Division {
	p := b.provsBy[slug]
	return Division{ID: slug, Code: p.Code, Name: text(p.Name)}
}

var (
	agreementPage = pages.Agreement
	milestonePage = pages.Milestone
)

// urls are the addresses of a file's page in every language: relative to
// the downloads, which sit in one folder, or absolute when the site's
// address is known.
func (b *builder) urls(page func(lang, slug string) string, slug string) content.Text {
	out := content.Text{}
	for _, lang := range b.langs {
		out[lang] = b.link(page(lang, slug))
	}
	return out
}

func (b *builder) link(target string) string {
	if b.base != "" {
		return pages.Abs(b.base, target)
	}
	return pages.Rel(Dir+"/index", target)
}
