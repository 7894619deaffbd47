package data

import (
	"bytes"
	"encoding/json"
	"errors"

	"atlas/generator/content"
	"atlas/generator/parallel"
	"atlas/generator/stats"
)

// Currency is the currency of every amount of the atlas.
const Currency = "MAD"

// Value is an amount of money, as the Open Contracting Data Standard
// writes one.
type Value struct {
	Amount   int64  `json:"amount"`
	Currency string `json:"currency"`
}

func valueOf(p *int64) *Value {
	if p == nil {
		return nil
	}
	return &Value{*p, Currency}
}

// Agreements is agreements.json: every field of every agreement and
// milestone, in every language, in the order of their file names.
type Agreements struct {
	Agreements []Agreement `json:"agreements"`
	Milestones []Milestone `json:"milestones"`
}

// MarshalJSON encodes each agreement and milestone on every core: the file
// holds every summary of the atlas, and is its largest. The bytes are the
// ones encoding/json gives the struct.
func (a Agreements) MarshalJSON() ([]byte, error) {
	var out []byte
	err := a.each(func(b []byte) { out = append(out, b...) })
	return out, err
}

// each gives the bytes of the file to emit in order, a few hundred
// agreements at a time, each lot encoded on every core: at 10,000
// agreements the file is tens of megabytes, and a build needs its size and
// its hash long before it writes it, so it is never held whole but while
// it is written.
func (a Agreements) each(emit func([]byte)) error {
	emit([]byte(`{"agreements":`))
	if err := eachList(a.Agreements, emit); err != nil {
		return err
	}
	emit([]byte(`,"milestones":`))
	if err := eachList(a.Milestones, emit); err != nil {
		return err
	}
	emit([]byte(`}`))
	return nil
}

// lot is how many elements are encoded at once.
const lot = 256

// eachList emits a list as a JSON array, or null for a nil list, as
// encoding/json writes it.
func eachList[T any](list []T, emit func([]byte)) error {
	if list == nil {
		emit([]byte("null"))
		return nil
	}
	emit([]byte("["))
	parts := make([][]byte, min(lot, len(list)))
	errs := make([]error, len(parts))
	for start := 0; start < len(list); start += lot {
		n := min(lot, len(list)-start)
		parallel.For(n, func(i int) {
			parts[i], errs[i] = encodeElement(list[start+i])
		})
		if err := errors.Join(errs[:n]...); err != nil {
			return err
		}
		for i, p := range parts[:n] {
			if start+i > 0 {
				emit([]byte(","))
			}
			emit(p)
		}
	}
	emit([]byte("]"))
	return nil
}

// encodeElement encodes one element of a list as encoding/json does.
func encodeElement(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	err := enc.Encode(v)
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), err
}

// Agreement is one agreement file, with the amounts its parties commit and
// the counts the totals add up.
type Agreement struct {
	ID         string           `json:"id"`  // the file's slug
	URL        content.Text     `json:"url"` // its page in each language
	Kind       string           `json:"kind"`
	Status     string           `json:"status"`
	Occasion   string           `json:"occasion"`
	Title      content.Text     `json:"title"`
	DateSigned string           `json:"dateSigned,omitempty"`
	Period     *Period          `json:"period,omitempty"`
	Place      Place            `json:"place"`
	Value      *Value           `json:"value,omitempty"`
	ValueNote  content.Text     `json:"valueNote,omitempty"`
	Parties    []Party          `json:"parties"`
	Staff      content.Figures  `json:"staff,omitempty"`
	Equipment  content.Figures  `json:"equipment,omitempty"`
	Figures    map[string]int64 `json:"figures"` // the counts the totals add: its own, or its components' summed
	Components []Component      `json:"components,omitempty"`
	Events     []Event          `json:"events,omitempty"`
	Documents  []Document       `json:"documents"`
	Related    []string         `json:"related,omitempty"`
	Summary    content.Text     `json:"summary,omitempty"` // Markdown
}

// Period is the first and last years an agreement covers.
type Period struct {
	StartDate string `json:"startDate"`
	EndDate   string `json:"endDate"`
}

// Place is where an agreement applies.
type Place struct {
	Region     Division       `json:"region"`
	Provinces  []Division     `json:"provinces,omitempty"`
	Localities []content.Text `json:"localities,omitempty"`
}

// Division is a region, a prefecture or a province of the registry.
type Division struct {
	ID   string       `json:"id"`
	Code string       `json:"code"`
	Name content.Text `json:"name"`
}

// Party is one body taking part in an agreement. Value is what it
// commits: its amount, or its share of a known total ("valueFrom" says
// which).
type Party struct {
	ID            string       `json:"id"`
	Type          string       `json:"type"`
	Name          content.Text `json:"name"`
	RepresentedBy content.Text `json:"representedBy,omitempty"`
	Roles         []string     `json:"roles"`
	Share         *float64     `json:"share,omitempty"`
	Value         *Value       `json:"value,omitempty"`
	ValueFrom     string       `json:"valueFrom,omitempty"` // "amount" or "share"
}

// Component is a sub-project of an agreement.
type Component struct {
	Title     content.Text    `json:"title"`
	Value     *Value          `json:"value,omitempty"`
	Staff     content.Figures `json:"staff,omitempty"`
	Equipment content.Figures `json:"equipment,omitempty"`
}

// Event is a dated step of an agreement.
type Event struct {
	Date        string       `json:"date"`
	Description content.Text `json:"description"`
}

// Document is a source of a file: an article or a document.
type Document struct {
	Title         string `json:"title,omitempty"`
	Outlet        string `json:"outlet,omitempty"`
	URL           string `json:"url,omitempty"`
	DatePublished string `json:"datePublished,omitempty"`
	Author        string `json:"author,omitempty"`
	Language      string `json:"language"`
}

// Milestone is one milestone file: shown on timelines, never summed.
type Milestone struct {
	ID        string       `json:"id"`
	URL       content.Text `json:"url"`
	Date      string       `json:"date"`
	Title     content.Text `json:"title"`
	Region    *Division    `json:"region,omitempty"` // none: national
	Documents []Document   `json:"documents"`
	Related   []string     `json:"related,omitempty"`
	Summary   content.Text `json:"summary,omitempty"`
}

func (b *builder) agreement(a *content.Agreement) Agreement {
	out := Agreement{
		ID: a.Slug, URL: b.urls(agreementPage, a.Slug),
		Kind: a.Kind, Status: a.Status, Occasion: a.OccasionOrDefault(),
		Title: text(a.Title), DateSigned: a.Signed.String(),
		Place: Place{Region: b.region(a.Place.Region)},
		Value: valueOf(a.Budget.Total), ValueNote: text(a.Budget.Note),
		Staff: figures(a.Staff), Equipment: figures(a.Equipment),
		Figures: counts(stats.Figures(a)), Documents: documents(a.Sources),
		Related: a.Related, Summary: text(a.Summary),
	}
	if len(a.Period) == 2 {
		out.Period = &Period{year(a.Period[0]), year(a.Period[1])}
	}
	for _, p := range a.Place.Provinces {
		out.Place.Provinces = append(out.Place.Provinces, b.province(p))
	}
	for _, l := range a.Place.Localities {
		out.Place.Localities = append(out.Place.Localities, text(l))
	}
	out.Parties = make([]Party, 0, len(a.Parties))
	for _, p := range a.Parties {
		out.Parties = append(out.Parties, party(a, p))
	}
	for _, c := range a.Components {
		out.Components = append(out.Components, Component{text(c.Title), valueOf(c.Amount), figures(c.Staff), figures(c.Equipment)})
	}
	for _, e := range a.Events {
		out.Events = append(out.Events, Event{e.Date.String(), text(e.What)})
	}
	return out
}

func party(a *content.Agreement, p content.Party) Party {
	out := Party{ID: p.Key, Type: p.Type, Name: text(p.Name), RepresentedBy: text(p.RepresentedBy), Roles: p.Roles, Share: p.Share}
	if out.Roles == nil {
		out.Roles = []string{}
	}
	if v, ok := stats.PartyAmount(a, p); ok {
		out.Value = &Value{v, Currency}
		out.ValueFrom = "share"
		if p.Amount != nil {
			out.ValueFrom = "amount"
		}
	}
	return out
}

func (b *builder) milestone(m *content.Milestone) Milestone {
	out := Milestone{
		ID: m.Slug, URL: b.urls(milestonePage, m.Slug), Date: m.Date.String(),
		Title: text(m.Title), Documents: documents(m.Sources), Related: m.Related, Summary: text(m.Summary),
	}
	if m.Place.Region != "" {
		r := b.region(m.Place.Region)
		out.Region = &r
	}
	return out
}

func documents(sources []content.Source) []Document {
	out := make([]Document, 0, len(sources))
	for _, s := range sources {
		out = append(out, Document{s.Title, s.Outlet, s.URL, s.Published.String(), s.Author, s.Lang})
	}
	return out
}

// counts are the figures an agreement gives, by key, and its doctors:
// only the known ones.
func counts(f stats.AgreementFigures) map[string]int64 {
	out := map[string]int64{}
	for key, k := range f.Counts {
		if v, ok := k.Get(); ok {
			out[key] = v
		}
	}
	if v, ok := f.Doctors.Get(); ok {
		out["doctors"] = v
	}
	return out
}

// figures is a staff or equipment table as given, or nil when empty.
func figures(f content.Figures) content.Figures {
	if len(f) == 0 {
		return nil
	}
	return f
}

// text drops the languages a text leaves empty; an empty text is nil, so
// that it is absent from the JSON. A text with nothing to drop is shared,
// not copied: the models only read it.
func text(t content.Text) content.Text {
	full := len(t) > 0
	for _, s := range t {
		full = full && s != ""
	}
	if full {
		return t
	}
	var out content.Text
	for lang, s := range t {
		if s != "" {
			if out == nil {
				out = content.Text{}
			}
			out[lang] = s
		}
	}
	return out
}

func year(y int) string { return content.Date{Year: y}.String() }
