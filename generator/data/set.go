package data

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/json"
	"fmt"
	"io"

	"atlas/generator/content"
	"atlas/generator/locale"
	"atlas/generator/pages"
	"atlas/generator/parallel"
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

// File is one download. Its size and hash are known from the start; its
// bytes are made again when asked for, as the largest files are not held
// in memory while the rest of the site is written.
type File struct {
	Path string
	Type string // media type
	Size int64
	// Sum is the SHA-256 of its bytes; zero for agreements.json in a
	// session (Options.Keep), where Differs tells what changed.
	Sum   [sha256.Size]byte
	write func(io.Writer) error
	// differs, when set, is whether the file differs from the last
	// build's of the session.
	differs *bool
	About   string // catalog key of what it holds
	// Schema is the path of the JSON Schema that describes it, or "".
	Schema string
	Table  *Table // the columns of a CSV file
}

// Set is the downloads of one build. It is read-only once made.
type Set struct {
	Files   []File
	byPath  map[string]int
	listing []pages.Download
	kept    *kept // Options.Keep: what the next build takes over
}

// Options are what a build of "atlas serve" passes from one build to the
// next. A one-off build passes none.
type Options struct {
	// Keep keeps in the set the encoding of each agreement and milestone,
	// for the next build.
	Keep bool
	// Last is the set of the session's last build, made with Keep from the
	// same settings, registry and catalogs: what it encoded of the files
	// that did not change is taken over.
	Last *Set
}

// Build makes every download of checked content with its totals; locs
// give the descriptions of the data package in every language.
func Build(c *content.Content, st *stats.Stats, locs map[string]*locale.Locale, opts Options) (*Set, error) {
	b := newBuilder(c, st)
	var last *kept
	if opts.Last != nil {
		last = opts.Last.kept
	}
	s := &Set{byPath: map[string]int{}}
	var agreements Agreements
	reuseTables := opts.Keep && last.sameListed(c)
	if !reuseTables {
		agreements = b.agreements()
	}
	if opts.Keep {
		if err := s.keepAgreements(b, last); err != nil {
			return nil, err
		}
	} else if err := s.addJSON(AgreementsJSON, "data.agreements.json", AgreementsSchema, agreements); err != nil {
		return nil, err
	}
	regions := b.regions()
	if err := s.addJSON(RegionsJSON, "data.regions.json", RegionsSchema, regions); err != nil {
		return nil, err
	}
	for _, name := range []string{AgreementsSchema, RegionsSchema} {
		data, err := Schemas.ReadFile("schema/" + name[len(Dir)+1:])
		if err != nil {
			return nil, err
		}
		s.add(File{Path: name, Type: "application/schema+json"}, compact(data))
	}
	var tables, made []*Table
	if reuseTables {
		// No agreement changed but in its summaries, which no table shows.
		for _, f := range last.tables {
			s.put(f)
			tables = append(tables, f.Table)
		}
	} else {
		made = append(made, agreementsTable(agreements.Agreements, b.langs), partiesTable(agreements.Agreements, b.langs))
	}
	made = append(made, regionsTable(regions, b.langs))
	// The tables are made once here for their sizes and hashes, at the
	// same time: agreements.csv and parties.csv take a while.
	files, errs := make([]File, len(made)), make([]error, len(made))
	parallel.For(len(made), func(i int) {
		t := made[i]
		files[i], errs[i] = madeFile(File{Path: t.Path, Type: "text/csv", About: t.About, Table: t}, t.WriteCSV)
	})
	for i := range made {
		if errs[i] != nil {
			return nil, errs[i]
		}
		s.put(files[i])
	}
	tables = append(tables, made...)
	if s.kept != nil {
		for _, t := range tables[:2] { // agreements.csv and parties.csv
			f, _ := s.File(t.Path)
			s.kept.tables = append(s.kept.tables, f)
		}
	}
	d := describer{locs, c.Site.Languages}
	if err := s.addJSON(Package, "data.datapackage", "", s.dataPackage(c.Site, tables, d)); err != nil {
		return nil, err
	}
	s.list(d)
	return s, nil
}

// Differs reports whether the file's bytes differ from was's, the same
// file in the last build of the session.
func (f File) Differs(was File) bool {
	if f.differs != nil {
		return *f.differs
	}
	return f.Size != was.Size || f.Sum != was.Sum
}

// WriteTo writes the bytes of the file to w as they are made, and how
// many they were.
func (f File) WriteTo(w io.Writer) (int64, error) {
	c := &counter{w: w}
	err := f.write(c)
	if err == nil && c.n != f.Size {
		err = fmt.Errorf("%s: made %d bytes, then %d", f.Path, f.Size, c.n)
	}
	return c.n, err
}

// Bytes returns the bytes of the file.
func (f File) Bytes() ([]byte, error) {
	buf := bytes.NewBuffer(make([]byte, 0, f.Size))
	_, err := f.WriteTo(buf)
	return buf.Bytes(), err
}

type counter struct {
	w io.Writer
	n int64
}

func (c *counter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// put adds a file whose size, hash and bytes are set.
func (s *Set) put(f File) {
	s.Files = append(s.Files, f)
	s.byPath[f.Path] = len(s.Files) - 1
}

// add adds a file held in memory.
func (s *Set) add(f File, data []byte) {
	f.Size, f.Sum = int64(len(data)), sha256.Sum256(data)
	f.write = func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	}
	s.put(f)
}

// madeFile returns f as a file written again whenever its bytes are
// asked for; write must write the same bytes each time, and writes them
// once here, into its hash, for their size and hash.
func madeFile(f File, write func(io.Writer) error) (File, error) {
	h := sha256.New()
	c := &counter{w: h}
	if err := write(c); err != nil {
		return f, fmt.Errorf("%s: %w", f.Path, err)
	}
	f.Size, f.write = c.n, write
	h.Sum(f.Sum[:0])
	return f, nil
}

// addJSON encodes v as compact JSON, as the minifier would leave it, so
// that the size the methodology page gives is the size published.
func (s *Set) addJSON(path, about, schema string, v any) error {
	f := File{Path: path, Type: "application/json", About: about, Schema: schema}
	if a, ok := v.(Agreements); ok {
		return s.addAgreements(f, a)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	s.add(f, bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
	return nil
}

// addAgreements adds agreements.json, the largest file of the atlas: its
// size and hash are taken as it is encoded, a lot at a time, and it is
// encoded again as it is written, never held whole.
func (s *Set) addAgreements(f File, a Agreements) error {
	h := sha256.New()
	err := a.each(func(b []byte) {
		h.Write(b)
		f.Size += int64(len(b))
	})
	if err != nil {
		return fmt.Errorf("%s: %w", f.Path, err)
	}
	h.Sum(f.Sum[:0])
	f.write = func(w io.Writer) error {
		var failed error
		err := a.each(func(b []byte) {
			if failed == nil {
				_, failed = w.Write(b)
			}
		})
		if err != nil {
			return err
		}
		return failed
	}
	s.put(f)
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
