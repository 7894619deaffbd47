package synth

import (
	"fmt"
	"strings"
)

// arabicWriter writes the Arabic summary, with the month names used in
// Morocco.
type arabicWriter struct{}

var arabic language = arabicWriter{}

func (arabicWriter) pick(t Text) string { return t.AR }

func (arabicWriter) amount(v int64) string {
	return amountWords(v, "ألف", "مليون", "مليار", "مليون", "مليار", "درهم")
}

var kindNounAR = map[string]string{
	"convention": "اتفاقية شراكة", "charter": "ميثاق شراكة", "program": "برنامج شراكة",
	"equipment": "اتفاقية لتسليم تجهيزات", "amendment": "ملحق تعديلي لاتفاقية",
}

var monthsAR = []string{"يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"}

func (arabicWriter) date(d Date) string {
	switch {
	case d.Month == 0:
		return fmt.Sprint(d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%s %d", monthsAR[d.Month-1], d.Year)
	}
	return fmt.Sprintf("%d %s %d", d.Day, monthsAR[d.Month-1], d.Year)
}

var statusAR = map[string]string{
	"in-progress": "والأشغال جارية حاليًا.", "completed": "وقد اكتمل إنجاز المشروع حسب مصدر لاحق.",
	"cancelled": "وقد أُلغي المشروع لاحقًا حسب مصدر لاحق.", "announced": "ولم يُنشر النص بعد.",
}

func (w arabicWriter) intro(s story) string {
	a := s.a
	var names []string
	for _, p := range a.Parties {
		names = append(names, p.Name.AR)
	}
	verb := "وقّع كل من " + strings.Join(names, "، و") + " " + kindNounAR[a.Kind]
	if a.Status == "announced" {
		verb = "أعلن كل من " + strings.Join(names, "، و") + " عن " + kindNounAR[a.Kind]
	}
	sentence := verb + " من أجل " + s.theme.AR + " " + place(a).AR + "."
	switch d := a.Signed; {
	case d.IsZero():
		sentence += " ولم يحدد المصدر تاريخ التوقيع."
	case d.Month == 0:
		sentence = "خلال سنة " + w.date(d) + "، " + sentence
	case d.Day == 0:
		sentence = "في " + w.date(d) + "، " + sentence
	default:
		sentence = "بتاريخ " + w.date(d) + "، " + sentence
	}
	parts := []string{sentence}
	if a.Total > 0 {
		parts = append(parts, "وتبلغ الكلفة الإجمالية للمشروع **"+w.amount(a.Total)+"**.")
	} else {
		parts = append(parts, "ولم يُكشف عن المبلغ المرصود للمشروع.")
	}
	if a.Period[0] != 0 {
		parts = append(parts, fmt.Sprintf("ويغطي المشروع الفترة الممتدة من %d إلى %d.", a.Period[0], a.Period[1]))
	}
	if funded(a) && len(a.Staff) > 0 {
		parts = append(parts, "الأطر المرتقبة: "+counted(w, a.Staff, "، ")+".")
	}
	if st := statusAR[a.Status]; st != "" {
		parts = append(parts, st)
	}
	return strings.Join(parts, " ")
}

func (w arabicWriter) list(s story) string {
	a := s.a
	var head string
	var items []string
	switch {
	case funded(a):
		head = "ويتوزع التمويل على النحو الآتي:"
		for _, p := range a.Parties {
			if p.Share > 0 || p.Amount > 0 {
				items = append(items, p.Name.AR+": "+figure(w, p))
			}
		}
	case len(a.Staff) > 0:
		head = "وينص النص على الأطر الآتية:"
		for _, c := range a.Staff {
			items = append(items, fmt.Sprintf("%s: %d", countLabels[c.Field].AR, c.N))
		}
	default:
		head = "وتلتزم الأطراف على الخصوص بما يلي:"
		for _, i := range s.commitments {
			items = append(items, commitments[i].AR)
		}
	}
	return head + "\n\n- " + strings.Join(items, "؛\n- ") + "."
}

func (w arabicWriter) table(s story) string {
	head := [2]string{"المؤشر", "القيمة"}
	switch {
	case len(s.a.Components) > 0:
		head = [2]string{"المكون", "المبلغ"}
	case len(s.a.Staff) > 0:
		head = [2]string{"الأطر", "العدد"}
	}
	return markdownTable(head, tableRows(w, s, "عدد السكان (2024)", "المراكز الصحية المعنية", "المسافة إلى الاستشارة المتخصصة (كلم)"))
}

func (w arabicWriter) closing(s story) string {
	var cites []string
	for _, src := range s.a.Sources {
		cites = append(cites, fmt.Sprintf("[%s](%s)، مقال منشور بتاريخ %s", src.Outlet, src.URL, w.date(src.Published)))
	}
	if len(cites) == 1 {
		return "المصدر: " + cites[0] + "."
	}
	return "المصادر: " + strings.Join(cites, "؛ ") + "."
}
