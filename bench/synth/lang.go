package synth

import (
	"strconv"
	"strings"
)

// language writes the parts of a summary that differ by more than their
// words between Arabic and French: dates, amounts, lists and tables.
type language interface {
	pick(Text) string
	intro(s story) string
	list(s story) string
	table(s story) string
	closing(s story) string
	amount(v int64) string
}

var commitments = []Text{
	{"توفير الأوعية العقارية اللازمة", "mettre à disposition les terrains nécessaires"},
	{"توظيف الأطر الصحية وتعيينها", "recruter et affecter les personnels de santé"},
	{"ضمان صيانة التجهيزات", "assurer l'entretien des équipements"},
	{"تمويل أشغال إعادة التأهيل", "financer les travaux de réhabilitation"},
	{"تتبع تنفيذ المشروع وتقييمه", "suivre et évaluer l'exécution du projet"},
	{"إخبار الساكنة بانتظام", "informer régulièrement la population"},
}

// countLabels name the staff and equipment fields.
var countLabels = map[string]Text{
	"general_practitioners": {"أطباء عامون", "médecins généralistes"},
	"specialists":           {"أطباء اختصاصيون", "médecins spécialistes"},
	"nurses":                {"ممرضون", "infirmiers"},
	"midwives":              {"قابلات", "sages-femmes"},
	"technicians":           {"تقنيون", "techniciens"},
	"ambulances":            {"سيارات إسعاف", "ambulances"},
	"mobile_units":          {"وحدات طبية متنقلة", "unités médicales mobiles"},
}

// funded reports whether any party has a share or an amount.
func funded(a Agreement) bool {
	for _, p := range a.Parties {
		if p.Share > 0 || p.Amount > 0 {
			return true
		}
	}
	return false
}

// figure is a party's share or amount in one language.
func figure(l language, p Party) string {
	if p.Share > 0 {
		return strconv.FormatFloat(p.Share, 'f', -1, 64) + " %"
	}
	return l.amount(p.Amount)
}

// counted lists counts as "label (n)", joined by sep.
func counted(l language, c []Count, sep string) string {
	var out []string
	for _, x := range c {
		out = append(out, l.pick(countLabels[x.Field])+" ("+strconv.FormatInt(x.N, 10)+")")
	}
	return strings.Join(out, sep)
}

// markdownTable writes a two-column table, the second column right-aligned.
func markdownTable(head [2]string, rows [][2]string) string {
	var b strings.Builder
	b.WriteString("| " + head[0] + " | " + head[1] + " |\n| --- | ---: |")
	for _, r := range rows {
		b.WriteString("\n| " + r[0] + " | " + r[1] + " |")
	}
	return b.String()
}

// tableRows are the rows of an agreement's table: its components, else its
// staff, else figures about the area.
func tableRows(l language, s story, population, centres, distance string) [][2]string {
	var rows [][2]string
	switch a := s.a; {
	case len(a.Components) > 0:
		for _, c := range a.Components {
			rows = append(rows, [2]string{l.pick(c.Title), l.amount(c.Amount)})
		}
	case len(a.Staff) > 0:
		for _, c := range a.Staff {
			rows = append(rows, [2]string{l.pick(countLabels[c.Field]), strconv.FormatInt(c.N, 10)})
		}
	default:
		rows = [][2]string{
			{population, grouped(areaPopulation(a))},
			{centres, strconv.Itoa(s.centres)},
			{distance, strconv.Itoa(s.km)},
		}
	}
	return rows
}
