package data

import (
	"strconv"
	"strings"

	"atlas/generator/content"
)

// datePattern is a date at the precision the source gives.
const datePattern = `^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$`

// agreementsTable is agreements.csv: one row per agreement.
func agreementsTable(as []Agreement, langs []string) *Table {
	t := newTable[Agreement]("agreements", "data.agreements.csv", langs)
	t.add(Column{Name: "id", Type: "string", About: "data.col.agreement_id", Required: true},
		func(a Agreement, _ string) string { return a.ID })
	t.add(Column{Name: "kind", Type: "string", About: "data.col.kind", Required: true, Enum: content.Kinds},
		func(a Agreement, _ string) string { return a.Kind })
	t.add(Column{Name: "status", Type: "string", About: "data.col.status", Required: true, Enum: content.Statuses},
		func(a Agreement, _ string) string { return a.Status })
	t.add(Column{Name: "occasion", Type: "string", About: "data.col.occasion", Required: true, Enum: content.Occasions},
		func(a Agreement, _ string) string { return a.Occasion })
	t.add(Column{Name: "title/" + PerLang, Type: "string", About: "data.col.title"},
		func(a Agreement, lang string) string { return cellText(a.Title[lang]) })
	t.add(Column{Name: "dateSigned", Type: "string", About: "data.col.date_signed", Pattern: datePattern},
		func(a Agreement, _ string) string { return a.DateSigned })
	t.add(Column{Name: "period/startDate", Type: "year", About: "data.col.period_start"},
		func(a Agreement, _ string) string { return periodYear(a.Period, true) })
	t.add(Column{Name: "period/endDate", Type: "year", About: "data.col.period_end"},
		func(a Agreement, _ string) string { return periodYear(a.Period, false) })
	t.add(Column{Name: "place/region/id", Type: "string", About: "data.col.region_id", Required: true},
		func(a Agreement, _ string) string { return a.Place.Region.ID })
	t.add(Column{Name: "place/region/code", Type: "string", About: "data.col.region_code"},
		func(a Agreement, _ string) string { return a.Place.Region.Code })
	t.add(Column{Name: "place/provinces", Type: "string", About: "data.col.provinces"},
		func(a Agreement, _ string) string { return provinceIDs(a.Place.Provinces) })
	t.add(Column{Name: "place/localities/" + PerLang, Type: "string", About: "data.col.localities"},
		func(a Agreement, lang string) string { return localities(a.Place.Localities, lang) })
	t.add(Column{Name: "value/amount", Type: "integer", About: "data.col.value_amount"},
		func(a Agreement, _ string) string { return amount(a.Value) })
	t.add(Column{Name: "value/currency", Type: "string", About: "data.col.value_currency", Enum: []string{Currency}},
		func(a Agreement, _ string) string { return currency(a.Value) })
	t.add(Column{Name: "valueNote/" + PerLang, Type: "string", About: "data.col.value_note"},
		func(a Agreement, lang string) string { return cellText(a.ValueNote[lang]) })
	t.add(Column{Name: "figures/doctors", Type: "integer", About: "data.col.figures_doctors"},
		func(a Agreement, _ string) string { return figure(a.Figures, "doctors") })
	t.add(Column{Name: "figures/" + PerCount, Type: "integer", About: "data.col.figures"},
		func(a Agreement, key string) string { return figure(a.Figures, key) })
	t.add(Column{Name: "documents/url", Type: "string", About: "data.col.documents_url"},
		func(a Agreement, _ string) string { return documentURLs(a.Documents) })
	t.add(Column{Name: "url/" + PerLang, Type: "string", About: "data.col.url"},
		func(a Agreement, lang string) string { return a.URL[lang] })
	t.PrimaryKey = []string{"id"}
	return t.build(as)
}

// partyRow is a party with the agreement it belongs to.
type partyRow struct {
	agreement string
	Party
}

// partiesTable is parties.csv: one row per party of each agreement.
func partiesTable(as []Agreement, langs []string) *Table {
	t := newTable[partyRow]("parties", "data.parties.csv", langs)
	t.add(Column{Name: "agreement", Type: "string", About: "data.col.party_agreement", Required: true},
		func(p partyRow, _ string) string { return p.agreement })
	t.add(Column{Name: "id", Type: "string", About: "data.col.party_id", Required: true},
		func(p partyRow, _ string) string { return p.ID })
	t.add(Column{Name: "type", Type: "string", About: "data.col.party_type", Required: true, Enum: content.PartyTypes},
		func(p partyRow, _ string) string { return p.Type })
	t.add(Column{Name: "name/" + PerLang, Type: "string", About: "data.col.party_name"},
		func(p partyRow, lang string) string { return cellText(p.Name[lang]) })
	t.add(Column{Name: "representedBy/" + PerLang, Type: "string", About: "data.col.represented_by"},
		func(p partyRow, lang string) string { return cellText(p.RepresentedBy[lang]) })
	t.add(Column{Name: "roles", Type: "string", About: "data.col.roles"},
		func(p partyRow, _ string) string { return strings.Join(p.Roles, ";") })
	t.add(Column{Name: "share", Type: "number", About: "data.col.share"},
		func(p partyRow, _ string) string { return share(p.Share) })
	t.add(Column{Name: "value/amount", Type: "integer", About: "data.col.party_amount"},
		func(p partyRow, _ string) string { return amount(p.Value) })
	t.add(Column{Name: "value/currency", Type: "string", About: "data.col.value_currency", Enum: []string{Currency}},
		func(p partyRow, _ string) string { return currency(p.Value) })
	t.add(Column{Name: "valueFrom", Type: "string", About: "data.col.value_from", Enum: []string{"amount", "share"}},
		func(p partyRow, _ string) string { return p.ValueFrom })
	t.PrimaryKey = []string{"agreement", "id"}
	t.ForeignKeys = []ForeignKey{{Fields: []string{"agreement"}, Resource: "agreements", Keys: []string{"id"}}}
	var rows []partyRow
	for _, a := range as {
		for _, p := range a.Parties {
			rows = append(rows, partyRow{a.ID, p})
		}
	}
	return t.build(rows)
}

// areaRow is a line of regions.csv: the country, a region or a province.
type areaRow struct {
	level, id, code, region string
	name                    content.Text
	population              *int64
	named                   *int
	Totals
}

// Levels of the rows of regions.csv.
var areaLevels = []string{"country", "region", "prefecture", "province"}

// regionsTable is regions.csv: the country, then each region followed by
// its prefectures and provinces.
func regionsTable(r Regions, langs []string) *Table {
	t := newTable[areaRow]("regions", "data.regions.csv", langs)
	t.add(Column{Name: "level", Type: "string", About: "data.col.level", Required: true, Enum: areaLevels},
		func(a areaRow, _ string) string { return a.level })
	t.add(Column{Name: "id", Type: "string", About: "data.col.area_id", Required: true},
		func(a areaRow, _ string) string { return a.id })
	t.add(Column{Name: "code", Type: "string", About: "data.col.area_code", Required: true},
		func(a areaRow, _ string) string { return a.code })
	t.add(Column{Name: "region", Type: "string", About: "data.col.parent_region"},
		func(a areaRow, _ string) string { return a.region })
	t.add(Column{Name: "name/" + PerLang, Type: "string", About: "data.col.area_name"},
		func(a areaRow, lang string) string { return cellText(a.name[lang]) })
	t.add(Column{Name: "population", Type: "integer", About: "data.col.population"},
		func(a areaRow, _ string) string { return optional(a.population) })
	t.add(Column{Name: "agreements", Type: "integer", About: "data.col.agreements", Required: true},
		func(a areaRow, _ string) string { return strconv.Itoa(a.Agreements) })
	t.add(Column{Name: "cancelled", Type: "integer", About: "data.col.cancelled", Required: true},
		func(a areaRow, _ string) string { return strconv.Itoa(a.Cancelled) })
	t.add(Column{Name: "named", Type: "integer", About: "data.col.named"},
		func(a areaRow, _ string) string { return optionalInt(a.named) })
	t.add(Column{Name: "value/amount", Type: "integer", About: "data.col.total_amount"},
		func(a areaRow, _ string) string { return optional(a.Value.Amount) })
	t.add(Column{Name: "value/currency", Type: "string", About: "data.col.value_currency", Required: true, Enum: []string{Currency}},
		func(a areaRow, _ string) string { return a.Value.Currency })
	t.add(Column{Name: "value/known", Type: "integer", About: "data.col.total_known", Required: true},
		func(a areaRow, _ string) string { return strconv.Itoa(a.Value.Known) })
	t.add(Column{Name: "perInhabitant", Type: "number", About: "data.col.per_inhabitant"},
		func(a areaRow, _ string) string { return number(a.PerInhabitant) })
	t.add(Column{Name: "doctors/value", Type: "integer", About: "data.col.doctors"},
		func(a areaRow, _ string) string { return optional(a.Doctors.Value) })
	t.add(Column{Name: "doctors/known", Type: "integer", About: "data.col.doctors_known", Required: true},
		func(a areaRow, _ string) string { return strconv.Itoa(a.Doctors.Known) })
	t.add(Column{Name: "doctorsPer100k", Type: "number", About: "data.col.doctors_per_100k"},
		func(a areaRow, _ string) string { return number(a.DoctorsPer100k) })
	t.add(Column{Name: "counts/" + PerCount + "/value", Type: "integer", About: "data.col.count"},
		func(a areaRow, key string) string { return optional(a.Counts[key].Value) })
	t.add(Column{Name: "counts/" + PerCount + "/known", Type: "integer", About: "data.col.count_known", Required: true},
		func(a areaRow, key string) string { return strconv.Itoa(a.Counts[key].Known) })
	t.PrimaryKey = []string{"id"}
	return t.build(areaRows(r))
}

func areaRows(r Regions) []areaRow {
	national := r.National.Population
	rows := []areaRow{{level: "country", id: "ma", code: "MA", population: &national, Totals: r.National.Totals}}
	for _, reg := range r.Regions {
		pop := reg.Population
		rows = append(rows, areaRow{level: "region", id: reg.ID, code: reg.Code, name: reg.Name, population: &pop, Totals: reg.Totals})
		for _, p := range reg.Provinces {
			named := p.Named
			rows = append(rows, areaRow{level: p.Level, id: p.ID, code: p.Code, region: reg.ID, name: p.Name,
				population: p.Population, named: &named, Totals: p.Totals})
		}
	}
	return rows
}

// cellText keeps a spreadsheet from reading contributor text as a
// formula: text that starts like one is written after an apostrophe.
func cellText(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

func periodYear(p *Period, start bool) string {
	switch {
	case p == nil:
		return ""
	case start:
		return p.StartDate
	}
	return p.EndDate
}

func provinceIDs(ds []Division) string {
	ids := make([]string, len(ds))
	for i, d := range ds {
		ids[i] = d.ID
	}
	return strings.Join(ids, ";")
}

func localities(ls []content.Text, lang string) string {
	var names []string
	for _, l := range ls {
		if s := l[lang]; s != "" {
			names = append(names, cellText(s))
		}
	}
	return strings.Join(names, "; ")
}

func documentURLs(ds []Document) string {
	var urls []string
	for _, d := range ds {
		if d.URL != "" {
			urls = append(urls, d.URL)
		}
	}
	return strings.Join(urls, " ")
}

func amount(v *Value) string {
	if v == nil {
		return ""
	}
	return strconv.FormatInt(v.Amount, 10)
}

func currency(v *Value) string {
	if v == nil {
		return ""
	}
	return v.Currency
}

func figure(f map[string]int64, key string) string {
	if v, ok := f[key]; ok {
		return strconv.FormatInt(v, 10)
	}
	return ""
}

func share(f *float64) string {
	if f == nil {
		return ""
	}
	return strconv.FormatFloat(*f, 'f', -1, 64)
}

func optional(v *int64) string {
	if v == nil {
		return ""
	}
	return strconv.FormatInt(*v, 10)
}

func optionalInt(v *int) string {
	if v == nil {
		return ""
	}
	return strconv.Itoa(*v)
}
