package synth

import (
	"fmt"
	"strings"
)

// frenchWriter writes the French summary.
type frenchWriter struct{}

var french language = frenchWriter{}

func (frenchWriter) pick(t Text) string { return t.FR }

func (frenchWriter) amount(v int64) string {
	return amountWords(v, "mille", "million de", "milliard de", "millions de", "milliards de", "dirhams")
}

var kindNounFR = map[string]string{
	"convention": "une convention de partenariat", "charter": "une charte de partenariat",
	"program": "un programme de partenariat", "equipment": "un accord de remise d'équipements",
	"amendment": "un avenant à leur convention",
}

var monthsFR = []string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}

func (frenchWriter) date(d Date) string {
	switch {
	case d.Month == 0:
		return fmt.Sprint(d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%s %d", monthsFR[d.Month-1], d.Year)
	case d.Day == 1:
		return fmt.Sprintf("1er %s %d", monthsFR[d.Month-1], d.Year)
	}
	return fmt.Sprintf("%d %s %d", d.Day, monthsFR[d.Month-1], d.Year)
}

var statusFR = map[string]string{
	"in-progress": "Les travaux sont en cours.", "completed": "Le projet est achevé, selon une source ultérieure.",
	"cancelled": "Le projet a depuis été annulé, selon une source ultérieure.", "announced": "Le texte n'a pas encore été publié.",
}

func (f frenchWriter) intro(s story) string {
	a := s.a
	var names []string
	for _, p := range a.Parties {
		names = append(names, p.Name.FR)
	}
	verb := "ont signé"
	if a.Status == "announced" {
		verb = "ont annoncé"
	}
	sentence := fmt.Sprintf("%s %s %s pour %s %s.", joinFR(names), verb, kindNounFR[a.Kind], s.theme.FR, place(a).FR)
	switch d := a.Signed; {
	case d.IsZero():
		sentence += " La source ne précise pas la date de la signature."
	case d.Day == 0:
		sentence = "En " + f.date(d) + ", " + sentence
	default:
		sentence = "Le " + f.date(d) + ", " + sentence
	}
	parts := []string{sentence}
	if a.Total > 0 {
		parts = append(parts, "Le coût global est de **"+f.amount(a.Total)+"**.")
	} else {
		parts = append(parts, "Le montant engagé n'a pas été communiqué.")
	}
	if a.Period[0] != 0 {
		parts = append(parts, fmt.Sprintf("Le projet couvre la période %d-%d.", a.Period[0], a.Period[1]))
	}
	if funded(a) && len(a.Staff) > 0 {
		parts = append(parts, "Personnels prévus : "+counted(f, a.Staff, ", ")+".")
	}
	if st := statusFR[a.Status]; st != "" {
		parts = append(parts, st)
	}
	return strings.Join(parts, " ")
}

// joinFR joins names as "A, B et C".
func joinFR(names []string) string {
	if len(names) == 1 {
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " et " + names[len(names)-1]
}

func (f frenchWriter) list(s story) string {
	a := s.a
	var head string
	var items []string
	switch {
	case funded(a):
		head = "Le financement se répartit ainsi :"
		for _, p := range a.Parties {
			if p.Share > 0 || p.Amount > 0 {
				items = append(items, p.Name.FR+" : "+figure(f, p))
			}
		}
	case len(a.Staff) > 0:
		head = "Le texte prévoit les personnels suivants :"
		for _, c := range a.Staff {
			items = append(items, fmt.Sprintf("%s : %d", countLabels[c.Field].FR, c.N))
		}
	default:
		head = "Les parties s'engagent notamment à :"
		for _, i := range s.commitments {
			items = append(items, commitments[i].FR)
		}
	}
	return head + "\n\n- " + strings.Join(items, " ;\n- ") + "."
}

func (f frenchWriter) table(s story) string {
	head := [2]string{"Indicateur", "Valeur"}
	switch {
	case len(s.a.Components) > 0:
		head = [2]string{"Volet", "Montant"}
	case len(s.a.Staff) > 0:
		head = [2]string{"Personnel", "Effectif"}
	}
	return markdownTable(head, tableRows(f, s, "Population (2024)", "Centres de santé concernés", "Distance à la consultation spécialisée (km)"))
}

func (f frenchWriter) closing(s story) string {
	var cites []string
	for _, src := range s.a.Sources {
		cites = append(cites, fmt.Sprintf("[%s](%s), article publié le %s", src.Outlet, src.URL, f.date(src.Published)))
	}
	if len(cites) == 1 {
		return "Source : " + cites[0] + "."
	}
	return "Sources : " + strings.Join(cites, " ; ") + "."
}
