package pages

import (
	"fmt"
	"html/template"
	"strconv"
	"strings"

	"atlas/generator/content"
	"atlas/generator/locale"
	"atlas/generator/stats"
)

// The values pages hold are plain: numbers, dates, texts. They turn into
// HTML only when a template prints them through the methods below, which
// isolate figures in <bdi>, keep them with their nouns and mark text in
// another language, so that the same values can feed downloads, feeds and
// the search index.

// Amount is a sum of whole dirhams, or unknown.
type Amount struct {
	Dirhams int64 `json:"dirhams"`
	Known   bool  `json:"known"`
}

func amountOf(p *int64) Amount {
	if p == nil {
		return Amount{}
	}
	return Amount{*p, true}
}

// Ratio is a figure kept in hundredths, such as dirhams per inhabitant.
type Ratio struct {
	Hundredths int64 `json:"hundredths"`
	Known      bool  `json:"known"`
}

// Dated is the date an agreement is placed by: its signature, or its first
// dated step and what the source reports that step to be.
type Dated struct {
	Date     content.Date `json:"date"`
	Signed   bool         `json:"signed"`
	Occasion string       `json:"occasion"`
}

func datedOf(a *content.Agreement) Dated {
	d, signed := a.Dated()
	return Dated{d, signed, a.OccasionOrDefault()}
}

// Text is contributor text in the language it was found in: the page's,
// or, when the file lacks that language, the first language that has it.
type Text struct {
	Value string `json:"value"`
	Lang  string `json:"lang"` // "" when it is the page's language
}

func (t Text) String() string { return t.Value }

// Figure is one headline figure: the dirhams committed, or a count.
type Figure struct {
	Label string
	Noun  string // the plural entry of a count; "" for dirhams
	Sum   stats.Sum
}

// Headline is a set of figures: those some agreement gives, and the names
// of those none gives, said in one line.
type Headline struct {
	Known   []Figure
	Unknown string
}

// Money prints an amount in words, with its exact figure for machines and
// on hover: <data value="443000000" title="443.000.000 dirhams">443 millions
// de dirhams</data>.
func (p *Page) Money(dirhams int64) template.HTML {
	return template.HTML(`<data value="`+strconv.FormatInt(dirhams, 10)+`" title="`) +
		template.HTML(template.HTMLEscapeString(p.loc.AmountExact(dirhams))) + `">` + p.Words(dirhams) + `</data>`
}

// Words prints an amount in words: "443 millions de dirhams".
func (p *Page) Words(dirhams int64) template.HTML { return isolate(p.loc.Amount(dirhams)) }

// Exact prints an amount to the dirham: "443.000.000 dirhams".
func (p *Page) Exact(dirhams int64) template.HTML { return isolate(p.loc.AmountExact(dirhams)) }

// Count prints a number with its noun: "22 médecins", "طبيبان".
func (p *Page) Count(n any, noun string) template.HTML { return isolate(p.loc.Count(whole(n), noun)) }

// Int prints a whole number, grouped: "448.685".
func (p *Page) Int(n any) template.HTML { return isolate(p.loc.Int(whole(n))) }

// Period prints the first and last years of a period: "2026–2027", or
// one year when the period lasts one: "2025", not "2025–2025".
func (p *Page) Period(years []int) template.HTML {
	if len(years) != 2 {
		return ""
	}
	if years[0] == years[1] {
		return isolate(strconv.Itoa(years[0]))
	}
	// Years are never grouped: 2026, not 2.026.
	return isolate(strconv.Itoa(years[0]) + "–" + strconv.Itoa(years[1]))
}

// Year prints a year, never grouped: "2023".
func (p *Page) Year(y int) template.HTML { return isolate(p.loc.Date(y, 0, 0)) }

// whole takes the counts templates pass, of Go type int or int64.
func whole(n any) int64 {
	switch n := n.(type) {
	case int:
		return int64(n)
	case int64:
		return n
	}
	panic(fmt.Sprintf("a count of type %T", n))
}

// PartyCoverage says for how many of the funding parties of a type the
// amount is known, or that the type funds nothing: no funder is not an
// unknown amount.
func (p *Page) PartyCoverage(t stats.PartyType) template.HTML {
	if t.Parties == 0 {
		return isolate(p.loc.T("coverage.no_funder"))
	}
	return isolate(coverageText(p.loc, stats.Sum{Known: t.Known, Of: t.Parties}, "parties"))
}

// Percent prints a share: "20 %".
func (p *Page) Percent(f *float64) template.HTML {
	if f == nil {
		return ""
	}
	return isolate(p.loc.Percent(*f))
}

// Coverage says how many agreements a sum covers, in the words of kind:
// "amount", "count" or "parties".
func (p *Page) Coverage(s stats.Sum, kind string) template.HTML {
	return isolate(coverageText(p.loc, s, kind))
}

// Date prints a date at its precision, never broken across lines, or says
// it is unknown.
func (p *Page) Date(d content.Date) template.HTML {
	if d.IsZero() {
		return template.HTML(template.HTMLEscapeString(p.loc.T("date.unknown")))
	}
	return nowrap(ordinals(isolate(p.loc.Date(d.Year, d.Month, d.Day))))
}

// Dated prints the date an agreement is placed by; a date that is not its
// signature says what it is: "27 décembre 2023 (lancement)".
func (p *Page) Dated(d Dated) template.HTML {
	if d.Signed || d.Date.IsZero() {
		return p.Date(d.Date)
	}
	return p.Date(d.Date) + template.HTML(template.HTMLEscapeString(" ("+p.loc.T("dated."+d.Occasion)+")"))
}

// PerInhabitant prints dirhams per inhabitant: "987,33 dirhams par habitant".
func (p *Page) PerInhabitant(r Ratio) template.HTML {
	if !r.Known {
		return isolate(p.loc.T("unknown"))
	}
	return isolate(fill(p.loc.T("figure.per_inhabitant_value"), "{v}", hundredths(p.loc.T("decimal_separator"), p.loc.Int(r.Hundredths/100), r.Hundredths%100)))
}

// Hundredths prints a ratio with two decimals: "1,33".
func (p *Page) Hundredths(r Ratio) template.HTML {
	if !r.Known {
		return isolate(p.loc.T("unknown"))
	}
	return isolate(hundredths(p.loc.T("decimal_separator"), p.loc.Int(r.Hundredths/100), r.Hundredths%100))
}

// Name prints a name: each hyphenated compound kept on one line, marked
// with its language when it is not the page's.
func (p *Page) Name(t Text) template.HTML { return p.mark(t, compound(t.Value)) }

// Text prints contributor text, marked with its language when it is not
// the page's.
func (p *Page) Text(t Text) template.HTML {
	return p.mark(t, template.HTML(template.HTMLEscapeString(t.Value)))
}

// mark wraps h in the language and direction of t when they are not the
// page's: a French title shown on an English page is read as French.
func (p *Page) mark(t Text, h template.HTML) template.HTML {
	if t.Lang == "" || t.Lang == p.Lang {
		return h
	}
	dir := "ltr"
	if l, ok := p.langs[t.Lang]; ok {
		dir = l.Dir()
	}
	return template.HTML(`<span lang="`+template.HTMLEscapeString(t.Lang)+`" dir="`+dir+`">`) + h + `</span>`
}

func hundredths(sep, whole string, frac int64) string {
	f := strconv.FormatInt(frac, 10)
	if len(f) < 2 {
		f = "0" + f
	}
	return whole + sep + f
}

// headline lists the figures of a set of agreements in a fixed order:
// dirhams, doctors, then every count that is not of doctors.
func (st *site) headline(lang string, t stats.Totals) Headline {
	loc := st.locs[lang]
	type entry struct {
		key string
		Figure
	}
	all := []entry{
		{"dirhams", Figure{Label: loc.T("figure.dirhams"), Sum: t.Dirhams}},
		{"doctors", Figure{Label: loc.T("figure.doctors"), Noun: "doctors", Sum: t.Doctors}},
	}
	for _, spec := range content.Counts {
		if !spec.Doctors {
			all = append(all, entry{spec.Key, Figure{Label: loc.T("figure." + spec.Key), Noun: spec.Key, Sum: t.Count(spec.Key)}})
		}
	}
	var h Headline
	var unknown []string
	for _, f := range all {
		if f.Sum.Known > 0 {
			h.Known = append(h.Known, f.Figure)
		} else {
			// Inside a sentence: lower case in French, genitive in Arabic.
			unknown = append(unknown, loc.T("figure.in_list."+f.key))
		}
	}
	h.Unknown = unknownFigures(loc, t.Agreements, unknown)
	return h
}

// unknownFigures says which figures none of n agreements gives, in the
// number of n: "Cet accord…", "Aucun de ces 3 accords…". It is "" when
// every figure is given by some agreement.
func unknownFigures(loc *locale.Locale, n int, figures []string) string {
	if len(figures) == 0 {
		return ""
	}
	return loc.Countf(int64(n), "figures_unknown", "{list}", strings.Join(figures, loc.T("list.separator")))
}

// in returns a text in lang, or in the first language that has it, with
// the language it was found in.
func in(t content.Text, lang string, langs []string) (string, string) {
	if s := t.In(lang); s != "" {
		return s, lang
	}
	for _, l := range langs {
		if s := t.In(l); s != "" {
			return s, l
		}
	}
	return "", lang
}
