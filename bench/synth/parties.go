package synth

import "math/rand/v2"

// body is a kind of party, named after the agreement's region or
// province. Each has its own key, so parties drawn from distinct bodies
// never repeat a key or a name.
type body struct {
	key, typ     string
	needProvince bool
	name         func(r *Region, p Province) Text
}

var bodies = []body{
	{"ministry", "ministry", false, func(*Region, Province) Text {
		return Text{"وزارة الصحة والحماية الاجتماعية", "Ministère de la Santé et de la Protection sociale"}
	}},
	{"region", "regional-council", false, func(r *Region, _ Province) Text {
		return Text{"مجلس جهة " + r.Name.AR, "Conseil de la région " + r.Name.FR}
	}},
	{"gst", "gst", false, func(r *Region, _ Province) Text {
		return Text{"المجموعة الصحية الترابية لجهة " + r.Name.AR, "Groupement sanitaire territorial " + r.Name.FR}
	}},
	{"health-directorate", "health-directorate", false, func(r *Region, _ Province) Text {
		return Text{"المديرية الجهوية للصحة بجهة " + r.Name.AR, "Direction régionale de la santé " + r.Name.FR}
	}},
	{"provincial-council", "provincial-council", true, func(_ *Region, p Province) Text {
		return Text{"مجلس " + unit(p).AR, "Conseil " + unit(p).FR}
	}},
	{"province", "territorial-administration", true, func(_ *Region, p Province) Text {
		return Text{unit(p).AR, unit(p).FR}
	}},
	{"indh", "indh", true, func(_ *Region, p Province) Text {
		return Text{"المبادرة الوطنية للتنمية البشرية ب" + unit(p).AR, "Initiative nationale pour le développement humain, " + unit(p).FR}
	}},
	{"commune", "commune", true, func(_ *Region, p Province) Text {
		return Text{"الجماعات الترابية ب" + unit(p).AR, "Communes " + of(p.Name.FR)}
	}},
	{"foundation", "foundation", false, func(*Region, Province) Text {
		return Text{"مؤسسة الأمل للصحة", "Fondation Al Amal pour la santé"}
	}},
	{"association", "association", false, func(r *Region, _ Province) Text {
		return Text{"جمعية أصدقاء المرضى بجهة " + r.Name.AR, "Association des amis des malades, région " + r.Name.FR}
	}},
	{"agency", "agency", false, func(*Region, Province) Text {
		return Text{"الوكالة الوطنية للتجهيزات العامة", "Agence nationale des équipements publics"}
	}},
	{"company", "company", false, func(*Region, Province) Text {
		return Text{"شركة أطلس للخدمات الطبية", "Atlas Services Médicaux SA"}
	}},
}

// unit is a province's administration: "عمالة …" or "إقليم …".
func unit(p Province) Text {
	if p.Level == "prefecture" {
		return Text{"عمالة " + p.Name.AR, "Préfecture " + of(p.Name.FR)}
	}
	return Text{"إقليم " + p.Name.AR, "Province " + of(p.Name.FR)}
}

var otherRoles = [][]string{{"signatory"}, {"present"}, {"implementer"}, {"signatory", "implementer"}, {"supervisor"}}

// parties draws two to four distinct bodies; the first few fund the
// agreement, by shares, by amounts or without a figure.
func parties(rng *rand.Rand, a Agreement) []Party {
	var prov Province
	if len(a.Provinces) > 0 {
		prov = a.Provinces[0]
	}
	var out []Party
	want := 2 + rng.IntN(3)
	for _, i := range rng.Perm(len(bodies)) {
		b := bodies[i]
		if len(out) == want {
			break
		}
		if b.needProvince && prov.Slug == "" {
			continue
		}
		out = append(out, Party{Key: b.key, Type: b.typ, Name: b.name(a.Region, prov), Roles: pick(rng, otherRoles)})
	}
	funders := 1 + rng.IntN(len(out))
	for i := range out[:funders] {
		out[i].Roles = []string{"signatory", "funder"}
	}
	fund(rng, out[:funders], a.Total)
	return out
}

// fund gives the funders shares that add up to at most 100, amounts that
// add up to at most the total, or no figure, as sources do.
func fund(rng *rand.Rand, funders []Party, total int64) {
	mode := rng.IntN(20)
	switch {
	case total > 0 && mode < 9:
		for i, s := range split(rng, sharesSum(rng), len(funders)) {
			funders[i].Share = float64(s)
		}
	case total > 0 && mode < 13:
		for i, s := range split(rng, sharesSum(rng), len(funders)) {
			funders[i].Amount = total * int64(s) / 100 / 1000 * 1000
		}
	case total == 0 && mode < 3:
		for i := range funders {
			funders[i].Amount = int64(1+rng.IntN(500)) * 100_000
		}
	}
}

// sharesSum is 100 for most agreements, less when a funder is not named.
func sharesSum(rng *rand.Rand) int {
	if rng.IntN(3) == 0 {
		return 50 + rng.IntN(50)
	}
	return 100
}

// split cuts sum into n parts of at least 5 each.
func split(rng *rand.Rand, sum, n int) []int {
	parts := make([]int, n)
	left := sum - 5*n
	for i := range parts {
		give := left
		if i < n-1 {
			give = rng.IntN(left + 1)
		}
		parts[i] = 5 + give
		left -= give
	}
	return parts
}
