package pages

import (
	"html/template"
	"strconv"
	"strings"

	"atlas/generator/content"
	"atlas/generator/locale"
	"atlas/generator/stats"
)

// Money is an amount shown in words with its exact figure beside it.
type Money struct {
	Known bool
	Words template.HTML // "443 مليون درهم"
	Exact template.HTML // "443.000.000 درهم"
	Value int64         // for <data value>
}

func money(loc *locale.Locale, v int64, ok bool) Money {
	if !ok {
		return Money{}
	}
	return Money{Known: true, Words: isolate(loc.Amount(v)), Exact: isolate(loc.AmountExact(v)), Value: v}
}

// Figure is one headline number and what it covers.
type Figure struct {
	Label    string
	Value    template.HTML
	Exact    template.HTML
	Coverage template.HTML
	Known    bool
}

// coverage says how many agreements a sum covers.
func coverage(loc *locale.Locale, s stats.Sum, what string) template.HTML {
	if s.Of == 0 {
		return isolate(loc.T("coverage.none"))
	}
	return isolate(loc.Countf(int64(s.Known), "coverage_"+what, "{of}", loc.Int(int64(s.Of))))
}

func moneyFigure(loc *locale.Locale, label string, s stats.Sum) Figure {
	f := Figure{Label: label, Coverage: coverage(loc, s, "amount"), Known: s.Known > 0}
	if f.Known {
		f.Value = isolate(loc.Amount(s.Value))
		f.Exact = isolate(loc.AmountExact(s.Value))
	} else {
		f.Value = template.HTML(template.HTMLEscapeString(loc.T("unknown")))
	}
	return f
}

func countFigure(loc *locale.Locale, label, noun string, s stats.Sum) Figure {
	f := Figure{Label: label, Coverage: coverage(loc, s, "count"), Known: s.Known > 0}
	if f.Known {
		f.Value = isolate(loc.Count(s.Value, noun))
	} else {
		f.Value = template.HTML(template.HTMLEscapeString(loc.T("unknown")))
	}
	return f
}

// Headline is a set of figures: those some agreement gives, shown as
// figures, and the names of those none gives, said in one line.
type Headline struct {
	Known   []Figure
	Unknown string
}

// headline lists the figures of a set of agreements in a fixed order.
func headline(loc *locale.Locale, t stats.Totals) Headline {
	all := []struct {
		name string
		Figure
	}{
		{"dirhams", moneyFigure(loc, loc.T("figure.dirhams"), t.Dirhams)},
		{"doctors", countFigure(loc, loc.T("figure.doctors"), "doctors", t.Doctors)},
		{"nurses", countFigure(loc, loc.T("figure.nurses"), "nurses", t.Nurses)},
		{"midwives", countFigure(loc, loc.T("figure.midwives"), "midwives", t.Midwives)},
		{"technicians", countFigure(loc, loc.T("figure.technicians"), "technicians", t.Technicians)},
		{"ambulances", countFigure(loc, loc.T("figure.ambulances"), "ambulances", t.Ambulances)},
		{"mobile_units", countFigure(loc, loc.T("figure.mobile_units"), "mobile_units", t.MobileUnits)},
	}
	var h Headline
	var unknown []string
	for _, f := range all {
		if f.Known {
			h.Known = append(h.Known, f.Figure)
		} else {
			// Inside a sentence: lower case in French, genitive in Arabic.
			unknown = append(unknown, loc.T("figure.in_list."+f.name))
		}
	}
	if len(unknown) > 0 {
		h.Unknown = fill(loc.T("figures.unknown"), "{list}", strings.Join(unknown, loc.T("list.separator")))
	}
	return h
}

// date formats a date at its precision, or says it is unknown.
func date(loc *locale.Locale, d content.Date) template.HTML {
	if d.IsZero() {
		return template.HTML(template.HTMLEscapeString(loc.T("date.unknown")))
	}
	return nowrap(ordinals(isolate(loc.Date(d.Year, d.Month, d.Day))))
}

// dated formats the date an agreement is placed by: its signature date,
// or its first dated step followed by what the source reports, e.g.
// "27 décembre 2023 (lancement)", never "date unknown" beside a known date.
func dated(loc *locale.Locale, a *content.Agreement) template.HTML {
	d, signed := a.Dated()
	if signed || d.IsZero() {
		return date(loc, d)
	}
	return date(loc, d) + template.HTML(template.HTMLEscapeString(" ("+loc.T("dated."+a.OccasionOrDefault())+")"))
}

// hundredths prints a value kept in hundredths with two decimals.
func hundredths(loc *locale.Locale, v int64) string {
	whole := loc.Int(v / 100)
	frac := v % 100
	sep := loc.T("decimal_separator")
	return whole + sep + twoDigits(frac)
}

func twoDigits(n int64) string {
	s := strconv.FormatInt(n, 10)
	if len(s) < 2 {
		s = "0" + s
	}
	return s
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
