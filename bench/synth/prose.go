package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Summaries aim at TargetMin to TargetMax bytes of Markdown per language:
// about 3 KB each, like a long press summary.
const (
	TargetMin = 2600
	TargetMax = 3400
)

// fillers are sentences of context, in both languages. Placeholders in
// braces are replaced by the agreement's facts.
var fillers = []Text{
	{"ويهدف المشروع إلى تحسين ولوج الساكنة إلى العلاجات الأساسية {place}، مع إعطاء الأولوية للجماعات القروية والمناطق الجبلية التي تعاني من ضعف التغطية الصحية.",
		"Le projet vise à améliorer l'accès de la population aux soins de base {place}, en priorité dans les communes rurales et les zones de montagne les moins bien couvertes."},
	{"ويأتي المشروع في سياق تنزيل إصلاح المنظومة الصحية الوطنية وتعميم الحماية الاجتماعية، وفق ما أكده المتدخلون خلال اللقاء.",
		"Selon les intervenants, le projet s'inscrit dans la réforme du système national de santé et dans la généralisation de la protection sociale."},
	{"وستجتمع لجنة للتتبع يرأسها ممثل {first} مرتين في السنة لتقييم تقدم الأشغال وعرض المؤشرات المعتمدة.",
		"Un comité de suivi présidé par le représentant de la partie « {first} » se réunira deux fois par an pour évaluer l'avancement des travaux et présenter les indicateurs retenus."},
	{"ويبلغ عدد سكان {area} {pop} نسمة حسب الإحصاء العام للسكان والسكنى لسنة 2024، يقطن جزء مهم منهم في دواوير بعيدة عن المؤسسات الاستشفائية.",
		"Selon le recensement général de 2024, {area} compte {pop} habitants, dont une part importante vit dans des douars éloignés des hôpitaux."},
	{"وتلتزم الأطراف بنشر حصيلة سنوية للإنجازات تتضمن عدد الأطر التي تم توظيفها والمعدات التي تم تسليمها والمبالغ التي تم صرفها.",
		"Les parties s'engagent à publier un bilan annuel précisant les recrutements effectués, les équipements livrés et les sommes décaissées."},
	{"وذكّر المنتخبون بالخصاص المزمن في الأطباء الاختصاصيين، خاصة في طب النساء والتوليد وطب الأطفال والتخدير والإنعاش.",
		"Les élus ont rappelé le déficit persistant en médecins spécialistes, notamment en gynécologie-obstétrique, en pédiatrie et en anesthésie-réanimation."},
	{"وستحدد المديرية الجهوية للصحة المؤسسات المستفيدة بناءً على الحاجيات المسجلة ميدانيًا ومعدلات الارتياد.",
		"La direction régionale de la santé désignera les établissements bénéficiaires d'après les besoins constatés sur le terrain et leur fréquentation."},
	{"كما ينص النص على التكوين المستمر للأطر الصحية وتحسين ظروف استقبال المرضى وذويهم.",
		"Le texte prévoit aussi la formation continue des personnels et l'amélioration de l'accueil des patients et de leurs familles."},
	{"ورحبت عدة جمعيات محلية بالمبادرة، مطالبة في الوقت ذاته بجدولة زمنية دقيقة وبإخبار منتظم للساكنة.",
		"Plusieurs associations locales ont salué l'initiative, tout en demandant un calendrier précis et une information régulière des habitants."},
	{"وجرى الحفل بمقر العمالة بحضور رؤساء المصالح الخارجية وممثلين عن المجتمع المدني ووسائل الإعلام.",
		"La cérémonie s'est tenue au siège de la province en présence des chefs des services extérieurs, de représentants de la société civile et de la presse."},
	{"وسيتم صرف الاعتمادات على أشطر سنوية، شريطة إدراجها في ميزانيات الأطراف المعنية.",
		"Les crédits seront débloqués par tranches annuelles, sous réserve de leur inscription aux budgets des partenaires."},
	{"ويشمل البرنامج إعادة تأهيل {centres} مراكز صحية قروية وبناء سكنيات وظيفية لفائدة الأطر العاملة بها.",
		"Le programme comprend la réhabilitation de {centres} centres de santé ruraux et la construction de logements de fonction pour leur personnel."},
	{"وحسب المعطيات المقدمة خلال الاجتماع، يظل معدل التأطير الطبي بجهة {region} دون المعدل الوطني.",
		"Selon les chiffres présentés lors de la réunion, le taux d'encadrement médical de la région {region} reste inférieur à la moyenne nationale."},
	{"وكان السكان يضطرون إلى قطع نحو {km} كيلومترًا للوصول إلى أقرب استشارة طبية متخصصة.",
		"Les habitants devaient jusqu'ici parcourir près de {km} kilomètres pour obtenir une consultation spécialisée."},
	{"ويُرتقب أن تستفيد من هذه الخدمات بالدرجة الأولى النساء الحوامل والأطفال دون سن الخامسة والمسنون والمصابون بأمراض مزمنة.",
		"Les femmes enceintes, les enfants de moins de cinq ans, les personnes âgées et les malades chroniques en seront les premiers bénéficiaires."},
	{"وأكد المتدخلون أن نجاح المشروع رهين بتوفير الموارد البشرية المؤهلة وضمان صيانة التجهيزات على المدى البعيد.",
		"Les intervenants ont souligné que la réussite du projet dépend de la disponibilité de personnels qualifiés et de l'entretien des équipements dans la durée."},
	{"وسيُعتمد نظام معلوماتي لتتبع المواعيد وتقليص آجال الانتظار بالمستعجلات والاستشارات الخارجية.",
		"Un système d'information suivra les rendez-vous afin de réduire l'attente aux urgences et aux consultations externes."},
	{"وأشار ممثل {first} إلى أن هذه الخطوة تندرج ضمن مقاربة تشاركية تجمع الفاعلين المؤسساتيين والمنتخبين والمجتمع المدني.",
		"Le représentant de la partie « {first} » a présenté cette étape comme le fruit d'une démarche associant institutions, élus et société civile."},
}

// maxSentence bounds the bytes of one filler sentence, by which a summary
// can pass its target.
const maxSentence = 320

// summary writes both Markdown summaries. The rng draws happen once for
// both languages, so that each summary tells the same story.
func summary(rng *rand.Rand, a Agreement, t theme) Text {
	s := story{
		a: a, theme: t, order: rng.Perm(len(fillers)),
		table:   rng.IntN(3) == 0,
		target:  TargetMin + rng.IntN(TargetMax-TargetMin-maxSentence),
		centres: 3 + rng.IntN(7), km: 20 + rng.IntN(70),
		commitments: rng.Perm(len(commitments))[:3],
	}
	for range 8 {
		s.paragraphs = append(s.paragraphs, 2+rng.IntN(3))
	}
	return Text{AR: s.write(arabic), FR: s.write(french)}
}

// story is what a summary tells, drawn once for both languages.
type story struct {
	a           Agreement
	theme       theme
	order       []int // the fillers, in the order they are told
	paragraphs  []int // sentences per paragraph of fillers
	table       bool
	target      int // bytes, reached by at most one sentence more
	commitments []int
	centres     int
	km          int
}

// write lays out one language's summary: the facts, a list, sometimes a
// table, context up to the target size, then the source.
func (s story) write(l language) string {
	var b strings.Builder
	b.WriteString(l.intro(s) + "\n\n")
	b.WriteString(l.list(s) + "\n\n")
	closing := l.closing(s)
	r := replacer(l, s)
	next := 0
	for p := 0; p < len(s.paragraphs) && next < len(s.order); p++ {
		var para []string
		for n := s.paragraphs[p]; n > 0 && next < len(s.order); n-- {
			if b.Len()+len(strings.Join(para, " "))+len(closing) >= s.target {
				break
			}
			para = append(para, r.Replace(l.pick(fillers[s.order[next]])))
			next++
		}
		if len(para) == 0 {
			break
		}
		b.WriteString(strings.Join(para, " ") + "\n\n")
		if p == 0 && s.table {
			b.WriteString(l.table(s) + "\n\n")
		}
	}
	b.WriteString(closing + "\n")
	return b.String()
}

// replacer fills the placeholders of the fillers with one language's
// words for the agreement's facts.
func replacer(l language, s story) *strings.Replacer {
	a := s.a
	return strings.NewReplacer(
		"{place}", l.pick(place(a)), "{area}", l.pick(area(a)),
		"{region}", l.pick(a.Region.Name), "{first}", l.pick(a.Parties[0].Name),
		"{pop}", grouped(areaPopulation(a)),
		"{centres}", fmt.Sprint(s.centres), "{km}", fmt.Sprint(s.km),
	)
}

// amountWords says an amount the way the press does: "3,7 millions de
// dirhams", "850 ألف درهم".
func amountWords(v int64, thousand, million, billion, millions, billions, dirhams string) string {
	switch {
	case v >= 1_000_000_000:
		return decimal(v, 1_000_000_000) + " " + plural(v, 2_000_000_000, billion, billions) + " " + dirhams
	case v >= 1_000_000:
		return decimal(v, 1_000_000) + " " + plural(v, 2_000_000, million, millions) + " " + dirhams
	}
	return decimal(v, 1000) + " " + thousand + " " + dirhams
}

func plural(v, two int64, one, many string) string {
	if v < two {
		return one
	}
	return many
}

// decimal writes v/unit with at most two decimals and a decimal comma.
func decimal(v, unit int64) string {
	whole, frac := v/unit, v%unit*100/unit
	switch {
	case frac == 0:
		return fmt.Sprint(whole)
	case frac%10 == 0:
		return fmt.Sprintf("%d,%d", whole, frac/10)
	}
	return fmt.Sprintf("%d,%02d", whole, frac)
}

// grouped writes an integer with a space between groups of three digits.
func grouped(v int64) string {
	s := fmt.Sprint(v)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + " " + s[i:]
	}
	return s
}

// areaPopulation is the population of where the agreement applies.
func areaPopulation(a Agreement) int64 {
	if len(a.Provinces) == 1 && a.Provinces[0].Population > 0 {
		return a.Provinces[0].Population
	}
	return a.Region.Population
}
