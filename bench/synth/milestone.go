package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// milestoneFacts are the events a synthetic site places on its timelines.
// regional ones happen in a region drawn for each site.
var milestoneFacts = []struct {
	title    Text
	date     Date
	regional bool
}{
	{Text{"إطلاق ورش تعميم التأمين الإجباري عن المرض", "Lancement du chantier de généralisation de l'assurance maladie obligatoire"}, Date{2021, 4, 14}, false},
	{Text{"المصادقة على قانون إطار يتعلق بالمنظومة الصحية الوطنية", "Adoption d'une loi-cadre relative au système national de santé"}, Date{2022, 12, 0}, false},
	{Text{"ورشة جهوية حول الخريطة الصحية", "Atelier régional sur la carte sanitaire"}, Date{2016, 5, 10}, true},
	{Text{"إطلاق برنامج وطني لتقليص وفيات الأمهات", "Lancement d'un programme national de réduction de la mortalité maternelle"}, Date{2012, 0, 0}, false},
	{Text{"تدشين المركز الاستشفائي الجهوي", "Inauguration du centre hospitalier régional"}, Date{2019, 10, 3}, true},
	{Text{"نشر التقرير السنوي حول العرض الصحي", "Publication du rapport annuel sur l'offre de soins"}, Date{2024, 7, 0}, false},
}

var milestoneProse = []Text{
	{"شكل هذا الحدث محطة بارزة في مسار إصلاح المنظومة الصحية، إذ جمع المسؤولين المركزيين والجهويين وممثلي المهنيين.",
		"Cet événement a marqué une étape de la réforme du système de santé, en réunissant responsables centraux et régionaux et représentants des professionnels."},
	{"وتناول المشاركون سبل تقليص الفوارق المجالية في الولوج إلى العلاج وتحسين حكامة المؤسسات الصحية.",
		"Les participants ont examiné les moyens de réduire les disparités territoriales d'accès aux soins et d'améliorer la gouvernance des établissements."},
	{"ولا يتضمن هذا الحدث أي التزام مالي، ولذلك لا يدخل في مجاميع الأطلس.",
		"Cet événement ne comporte aucun engagement financier : il n'entre donc dans aucun total de l'atlas."},
}

// milestone makes milestone i; a regional one is placed in a drawn region.
func milestone(reg Registry, i int, rng *rand.Rand) Milestone {
	f := milestoneFacts[i%len(milestoneFacts)]
	m := Milestone{Date: f.date, Title: f.title}
	m.Slug = fmt.Sprintf("milestone-%02d-%d", i+1, f.date.Year)
	if f.regional {
		m.Region = &reg.Regions[rng.IntN(len(reg.Regions))]
	}
	m.Sources = sources(rng, m.Slug, m.Title, m.Date)
	var ar, fr []string
	for _, p := range milestoneProse {
		ar, fr = append(ar, p.AR), append(fr, p.FR)
	}
	m.Summary = Text{
		AR: f.title.AR + ".\n\n" + strings.Join(ar, " ") + "\n\n" + arabic.closing(story{a: Agreement{Sources: m.Sources}}) + "\n",
		FR: f.title.FR + ".\n\n" + strings.Join(fr, " ") + "\n\n" + french.closing(story{a: Agreement{Sources: m.Sources}}) + "\n",
	}
	return m
}
