package synth

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
)

// theme is what an agreement is for, as the complement of "pour …" and
// "من أجل …".
type theme struct {
	AR, FR    string
	equipment bool
}

var themes = []theme{
	{"تعزيز الموارد البشرية الصحية", "le renforcement des ressources humaines de santé", false},
	{"تأهيل المراكز الصحية", "la mise à niveau des centres de santé", false},
	{"اقتناء سيارات الإسعاف والوحدات الطبية المتنقلة", "l'acquisition d'ambulances et d'unités médicales mobiles", true},
	{"صحة الأم والطفل", "la santé maternelle et infantile", false},
	{"التكفل بمرضى القصور الكلوي", "la prise en charge de l'insuffisance rénale", false},
	{"تنظيم القوافل الطبية بالعالم القروي", "les caravanes médicales en milieu rural", false},
	{"بناء مستشفى للقرب", "la construction d'un hôpital de proximité", false},
	{"الصحة النفسية ومحاربة الإدمان", "la santé mentale et la lutte contre les addictions", false},
	{"تجهيز أقسام المستعجلات بالمعدات الطبية", "l'équipement biomédical des services d'urgences", true},
	{"تطوير الطب عن بعد", "le développement de la télémédecine", false},
}

// themeFor draws a theme; an equipment handover is about equipment.
func themeFor(rng *rand.Rand, kind string) theme {
	for {
		t := pick(rng, themes)
		if kind != "equipment" || t.equipment {
			return t
		}
	}
}

// kindTitle opens a title of each kind.
var kindTitle = map[string]Text{
	"convention": {"اتفاقية شراكة من أجل", "Convention de partenariat pour"},
	"charter":    {"ميثاق شراكة من أجل", "Charte de partenariat pour"},
	"program":    {"برنامج شراكة من أجل", "Programme de partenariat pour"},
	"equipment":  {"تسليم تجهيزات من أجل", "Remise d'équipements pour"},
	"amendment":  {"ملحق تعديلي لاتفاقية من أجل", "Avenant à la convention pour"},
}

func title(a Agreement, t theme) Text {
	k, p := kindTitle[a.Kind], place(a)
	return Text{k.AR + " " + t.AR + " " + p.AR, k.FR + " " + t.FR + " " + p.FR}
}

// area names where an agreement applies: its province when it names one,
// else its region.
func area(a Agreement) Text {
	if len(a.Provinces) != 1 {
		return Text{"جهة " + a.Region.Name.AR, "la région " + a.Region.Name.FR}
	}
	p := a.Provinces[0]
	if p.Level == "prefecture" {
		return Text{"عمالة " + p.Name.AR, "la préfecture " + of(p.Name.FR)}
	}
	return Text{"إقليم " + p.Name.AR, "la province " + of(p.Name.FR)}
}

// place is area as a complement: "بإقليم تنغير", "dans la province de Tinghir".
func place(a Agreement) Text {
	ar := area(a)
	return Text{"ب" + ar.AR, "dans " + ar.FR}
}

// of elides "de" before a vowel: "d'Al Haouz", "de Tinghir".
func of(name string) string {
	if strings.IndexAny(name[:1], "AEIOU") == 0 || strings.HasPrefix(name, "É") {
		return "d'" + name
	}
	return "de " + name
}

// provinces draws none, one or two provinces of the region.
func provinces(rng *rand.Rand, r *Region) []Province {
	switch p := rng.IntN(10); {
	case p < 2:
		return nil
	case p < 8 || len(r.Provinces) < 2:
		return []Province{pick(rng, r.Provinces)}
	}
	i := rng.Perm(len(r.Provinces))
	return []Province{r.Provinces[i[0]], r.Provinces[i[1]]}
}

// period draws the years covered, for half the agreements.
func period(rng *rand.Rand, first int) [2]int {
	if rng.IntN(2) == 0 {
		return [2]int{}
	}
	return [2]int{first, first + 1 + rng.IntN(5)}
}

// total draws a budget from 300 thousand to 2 billion dirhams, spread
// evenly over the orders of magnitude; about one in five is undisclosed.
func total(rng *rand.Rand) int64 {
	if rng.IntN(5) == 0 {
		return 0
	}
	v := int64(math.Pow(10, 5.5+rng.Float64()*3.8))
	if v >= 10_000_000 {
		return v / 100_000 * 100_000
	}
	return v / 10_000 * 10_000
}

// counts draws staff figures for some agreements and equipment for
// handovers: only the figures a source would give, never a zero.
func counts(rng *rand.Rand, kind string) (staff, equipment []Count) {
	if rng.IntN(10) < 4 {
		fields := []struct {
			name string
			max  int
		}{{"general_practitioners", 40}, {"specialists", 15}, {"nurses", 60}, {"midwives", 20}, {"technicians", 10}}
		for _, i := range rng.Perm(len(fields))[:1+rng.IntN(3)] {
			staff = append(staff, Count{fields[i].name, int64(1 + rng.IntN(fields[i].max))})
		}
		sortCounts(staff, []string{"general_practitioners", "specialists", "nurses", "midwives", "technicians"})
	}
	if kind == "equipment" || rng.IntN(10) == 0 {
		equipment = append(equipment, Count{"ambulances", int64(1 + rng.IntN(12))})
		if rng.IntN(2) == 0 {
			equipment = append(equipment, Count{"mobile_units", int64(1 + rng.IntN(4))})
		}
	}
	return staff, equipment
}

// sortCounts puts counts in the order of the contract's fields.
func sortCounts(c []Count, order []string) {
	rank := map[string]int{}
	for i, f := range order {
		rank[f] = i
	}
	for i := 1; i < len(c); i++ {
		for j := i; j > 0 && rank[c[j].Field] < rank[c[j-1].Field]; j-- {
			c[j], c[j-1] = c[j-1], c[j]
		}
	}
}

var componentTitles = []Text{
	{"التعاقد مع أطباء وممرضين لسد الخصاص", "Recrutement contractuel de médecins et d'infirmiers"},
	{"بناء سكنيات وظيفية للأطر الصحية", "Construction de logements de fonction pour le personnel"},
	{"إعادة تأهيل المراكز الصحية القروية", "Réhabilitation des centres de santé ruraux"},
	{"اقتناء تجهيزات طبية وتقنية", "Acquisition d'équipements médicaux et techniques"},
	{"التكوين المستمر لمهنيي الصحة", "Formation continue des professionnels de santé"},
	{"تنظيم قوافل طبية متخصصة", "Organisation de caravanes médicales spécialisées"},
	{"اقتناء سيارات إسعاف مجهزة", "Acquisition d'ambulances équipées"},
}

// components draws two or three sub-projects for a quarter of the
// agreements with a known total; their amounts add up to at most 90 % of it.
func components(rng *rand.Rand, total int64) []Component {
	if total == 0 || rng.IntN(4) != 0 {
		return nil
	}
	var out []Component
	for _, i := range rng.Perm(len(componentTitles))[:2+rng.IntN(2)] {
		pct := int64(10 + rng.IntN(21))
		out = append(out, Component{Title: componentTitles[i], Amount: total * pct / 100 / 1000 * 1000})
	}
	return out
}

var eventTexts = []Text{
	{"انطلاق تنفيذ المشروع", "Lancement de la mise en œuvre"},
	{"وصول الدفعة الأولى من الأطر الصحية", "Arrivée des premiers personnels de santé"},
	{"تسليم التجهيزات للمؤسسات المستفيدة", "Remise des équipements aux établissements bénéficiaires"},
}

// events draws a dated step after from for some agreements, more often
// for those whose signature date is unknown.
func events(rng *rand.Rand, undated bool, from Date) []Event {
	odds := 5
	if undated {
		odds = 2
	}
	if rng.IntN(odds) != 0 {
		return nil
	}
	return []Event{{Date: from.after(rng, 60), What: pick(rng, eventTexts)}}
}

// outlet is a news site; the .example domain (RFC 2606) marks every
// address as synthetic.
type outlet struct{ name, domain, lang string }

var outlets = []outlet{
	{"الجريدة الجهوية", "aljarida-aljihawiya.example", "ar"},
	{"صوت الأقاليم", "sawt-alaqalim.example", "ar"},
	{"بوابة الصحة المغربية", "bawabat-assiha.example", "ar"},
	{"Le Courrier régional", "courrier-regional.example", "fr"},
	{"Santé Maroc Hebdo", "sante-maroc-hebdo.example", "fr"},
	{"L'Écho des provinces", "echo-des-provinces.example", "fr"},
}

// sources cites one article, sometimes two from different outlets,
// published a few days after from.
func sources(rng *rand.Rand, slug string, t Text, from Date) []Source {
	var out []Source
	for _, i := range rng.Perm(len(outlets))[:1+rng.IntN(5)/4] {
		o := outlets[i]
		pub := from.after(rng, 6)
		headline := t.AR
		if o.lang == "fr" {
			headline = t.FR
		}
		url := fmt.Sprintf("https://%s/%04d/%02d/%s.html", o.domain, pub.Year, pub.Month, slug)
		out = append(out, Source{Outlet: o.name, Title: headline, URL: url, Published: pub, Lang: o.lang})
	}
	return out
}
