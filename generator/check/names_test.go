package check

import (
	"testing"

	"atlas/generator/content"
)

func TestSlugNamed(t *testing.T) {
	names := map[string]content.Text{
		"tanger-tetouan-al-hoceima": {"ar": "طنجة-تطوان-الحسيمة", "fr": "Tanger-Tétouan-Al Hoceïma"},
		"al-hoceima":                {"ar": "الحسيمة", "fr": "Al Hoceïma"},
		"tiznit":                    {"ar": "تيزنيت", "fr": "Tiznit"},
		"oriental":                  {"ar": "الشرق", "fr": "L'Oriental"},
	}
	slugs := []string{"tanger-tetouan-al-hoceima", "al-hoceima", "tiznit", "oriental"}
	name := func(s string) content.Text { return names[s] }
	tests := []struct{ value, want string }{
		{"طنجة - تطوان - الحسيمة", "tanger-tetouan-al-hoceima"},
		{"طنجـة تطوان الحسيمة", "tanger-tetouan-al-hoceima"}, // tatweel, spaces
		{"TANGER TETOUAN AL HOCEIMA", "tanger-tetouan-al-hoceima"},
		{"إقليم الحسيمة", "al-hoceima"},
		{"Province de Tiznit", "tiznit"},
		{"l’Oriental", "oriental"},
		{"جهة الشرق", "oriental"},
		{"الدار البيضاء", ""},
		{"إقليم", ""}, // the designator alone names nothing
		{"", ""},
	}
	for _, tt := range tests {
		if got := slugNamed(tt.value, slugs, name); got != tt.want {
			t.Errorf("slugNamed(%q) = %q, want %q", tt.value, got, tt.want)
		}
	}
}
