package pages

import (
	"html/template"
	"os"
	"strings"
	"testing"

	"atlas/generator/content"
	"atlas/generator/locale"
	"atlas/generator/stats"
)

// labels is a page of lang printing with the repository's own catalogs.
func labels(t *testing.T, lang string) *Page {
	t.Helper()
	cats, err := locale.LoadCatalogs(os.DirFS("../../layouts"), "i18n", []string{"ar", "fr"})
	if err != nil {
		t.Fatal(err)
	}
	loc, err := locale.New(lang, cats[lang])
	if err != nil {
		t.Fatal(err)
	}
	return Labels(loc)
}

func TestPartyCoverage(t *testing.T) {
	tests := []struct {
		lang string
		t    stats.PartyType
		want template.HTML
	}{
		{"fr", stats.PartyType{Known: 0, Parties: 0}, "aucune partie financeuse"},
		{"ar", stats.PartyType{Known: 0, Parties: 0}, "لا طرف مموِّل"},
		{"fr", stats.PartyType{Known: 0, Parties: 2}, "montant inconnu pour chacune des <bdi>2</bdi>\u00a0parties financeuses"},
		{"fr", stats.PartyType{Known: 1, Parties: 3}, "montant connu pour <bdi>1</bdi>\u00a0partie financeuse sur <bdi>3</bdi>"},
		{"ar", stats.PartyType{Known: 1, Parties: 2}, "طرف مموِّل واحد من أصل <bdi>2</bdi>\u00a0معروفُ المبلغ"},
		{"ar", stats.PartyType{Known: 1, Parties: 1}, "الطرف المموِّل الوحيد معروفُ المبلغ"},
		{"fr", stats.PartyType{Known: 1, Parties: 1}, "montant connu pour la seule partie financeuse"},
		{"fr", stats.PartyType{Known: 0, Parties: 1}, "montant inconnu pour la seule partie financeuse"},
		{"ar", stats.PartyType{Known: 0, Parties: 1}, "الطرف المموِّل الوحيد مجهولُ المبلغ"},
	}
	for _, tt := range tests {
		if got := labels(t, tt.lang).PartyCoverage(tt.t); got != tt.want {
			t.Errorf("%s: PartyCoverage(%d of %d) = %q, want %q", tt.lang, tt.t.Known, tt.t.Parties, got, tt.want)
		}
	}
}

// TestCoverage checks that a figure given by the only agreement it
// covers says so, not "one out of 1".
func TestCoverage(t *testing.T) {
	tests := []struct {
		lang, kind string
		s          stats.Sum
		want       template.HTML
	}{
		{"ar", "amount", stats.Sum{Known: 1, Of: 1}, "الاتفاقية الوحيدة تذكر مبلغها"},
		{"ar", "count", stats.Sum{Known: 1, Of: 1}, "الاتفاقية الوحيدة تذكر هذا العدد"},
		{"ar", "amount", stats.Sum{Known: 0, Of: 1}, "الاتفاقية الوحيدة لا تذكر مبلغها"},
		{"ar", "count", stats.Sum{Known: 0, Of: 1}, "الاتفاقية الوحيدة لا تذكر هذا العدد"},
		{"fr", "amount", stats.Sum{Known: 0, Of: 1}, "montant non publié par le seul accord"},
		{"fr", "count", stats.Sum{Known: 0, Of: 1}, "nombre non donné par le seul accord"},
		{"ar", "amount", stats.Sum{Known: 0, Of: 2}, "لا تذكر أي اتفاقية مبلغها"},
		{"ar", "amount", stats.Sum{Known: 1, Of: 3}, "اتفاقية واحدة من أصل <bdi>3</bdi>\u00a0تذكر مبلغها"},
		{"ar", "count", stats.Sum{Known: 2, Of: 2}, "اتفاقيتان من أصل <bdi>2</bdi>\u00a0تذكران هذا العدد"},
		{"fr", "amount", stats.Sum{Known: 1, Of: 1}, "montant publié par le seul accord"},
		{"fr", "count", stats.Sum{Known: 1, Of: 1}, "nombre donné par le seul accord"},
		{"fr", "amount", stats.Sum{Known: 1, Of: 3}, "montant publié pour <bdi>1</bdi>\u00a0accord sur <bdi>3</bdi>"},
	}
	for _, tt := range tests {
		p := labels(t, tt.lang)
		if got := p.Coverage(tt.s, tt.kind); got != tt.want {
			t.Errorf("%s: Coverage(%d of %d, %s) = %q, want %q", tt.lang, tt.s.Known, tt.s.Of, tt.kind, got, tt.want)
		}
		// The texts of one agreement hold no figure to isolate.
		if got := coverageText(p.loc, tt.s, tt.kind); tt.s.Of == 1 && got != string(tt.want) {
			t.Errorf("%s: chart coverage %q, want %q", tt.lang, got, tt.want)
		}
	}
}

func TestPeriod(t *testing.T) {
	tests := []struct {
		years []int
		want  template.HTML
	}{
		{[]int{2026, 2027}, "<bdi>2026–2027</bdi>"},
		{[]int{2025, 2025}, "<bdi>2025</bdi>"},
		{nil, ""},
	}
	for _, lang := range []string{"ar", "fr"} {
		for _, tt := range tests {
			if got := labels(t, lang).Period(tt.years); got != tt.want {
				t.Errorf("%s: Period(%v) = %q, want %q", lang, tt.years, got, tt.want)
			}
		}
	}
}

func TestUnknownFigures(t *testing.T) {
	tests := []struct {
		lang    string
		n       int
		figures []string
		want    string
	}{
		{"fr", 1, []string{"montants engagés", "ambulances"}, "Cet accord ne donne aucun chiffre pour\u202f: montants engagés, ambulances."},
		{"fr", 3, []string{"ambulances"}, "Aucun de ces 3 accords ne donne de chiffre pour\u202f: ambulances."},
		{"fr", 0, []string{"ambulances"}, "Aucun accord ne donne de chiffre pour\u202f: ambulances."},
		{"fr", 3, nil, ""},
		// Amounts and counts alike: no "عدد المبالغ".
		{"ar", 1, []string{"المبالغ الملتزم بها", "القابلات"}, "لا تذكر هذه الاتفاقية أي رقم عن المبالغ الملتزم بها، القابلات."},
		{"ar", 2, []string{"القابلات"}, "لا تذكر أيٌّ من الاتفاقيتين رقمًا عن القابلات."},
		{"ar", 3, []string{"القابلات"}, "من بين 3 اتفاقيات، لا تذكر أيٌّ منها رقمًا عن القابلات."},
		{"ar", 11, []string{"القابلات"}, "من بين 11 اتفاقية، لا تذكر أيٌّ منها رقمًا عن القابلات."},
	}
	for _, tt := range tests {
		if got := unknownFigures(labels(t, tt.lang).loc, tt.n, tt.figures); got != tt.want {
			t.Errorf("%s: unknownFigures(%d, %q) = %q, want %q", tt.lang, tt.n, tt.figures, got, tt.want)
		}
	}
}

func TestIdentifier(t *testing.T) {
	tests := []struct {
		in   string
		want template.HTML
	}{
		{"figures/general_practitioners", "figures/<wbr>general_<wbr>practitioners"},
		{"title/ar, title/fr", "title/<wbr>ar, title/<wbr>fr"},
		{"doctorsPer100k", "doctorsPer100k"},
		{"a<b", "a&lt;b"},
	}
	for _, tt := range tests {
		if got := labels(t, "fr").Identifier(tt.in); got != tt.want {
			t.Errorf("Identifier(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIsolatedBreaksAfterUnderscores(t *testing.T) {
	got := labels(t, "ar").Isolated("لكل عدد (general_practitioners، nurses)")
	want := template.HTML(`لكل عدد (<bdi dir="ltr">general_<wbr>practitioners</bdi>، <bdi dir="ltr">nurses</bdi>)`)
	if got != want {
		t.Errorf("Isolated = %q, want %q", got, want)
	}
}

// TestFrenchStatusNeedsNoAgreement checks that a French status reads
// right beside every kind: a participle would agree with "Avenant" and
// not with "Convention" or "Charte".
func TestFrenchStatusNeedsNoAgreement(t *testing.T) {
	p := labels(t, "fr")
	for _, s := range content.Statuses {
		label := p.loc.T("status." + s)
		for _, end := range []string{"é", "ée", "és", "ées"} {
			if strings.HasSuffix(label, end) {
				t.Errorf("status.%s = %q: a participle agrees with one kind and not another", s, label)
			}
		}
	}
}
