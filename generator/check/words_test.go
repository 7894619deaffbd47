package check

import (
	"io/fs"
	"path"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/BurntSushi/toml"

	"atlas/generator/content"
)

// closedLists are the lists oneOf checks, as it names them.
var closedLists = map[string][]string{
	"kind":            content.Kinds,
	"status":          content.Statuses,
	"occasion":        content.Occasions,
	"party type":      content.PartyTypes,
	"role":            content.Roles,
	"level":           content.Levels,
	"source language": content.SourceLangs,
}

// TestWords loads the words shipped and holds each file to the lists:
// every list and value it names exists, and every value of every list
// has a word in every language, so that a value added to a list without
// its words fails here.
func TestWords(t *testing.T) {
	words, err := builtinWords()
	if err != nil {
		t.Fatal(err)
	}
	for list := range words {
		if closedLists[list] == nil {
			t.Errorf("words for %q, which is not a closed list", list)
		}
	}
	names, _ := fs.Glob(wordFiles, "words/*.toml")
	if len(names) < 2 {
		t.Fatalf("word files: %v", names)
	}
	for _, name := range names {
		var lists map[string]map[string][]string
		if _, err := toml.DecodeFS(wordFiles, name, &lists); err != nil {
			t.Fatal(err)
		}
		for list, values := range closedLists {
			for _, v := range values {
				if len(lists[list][v]) == 0 {
					t.Errorf("%s: [%s] has no word for %q", name, list, v)
				}
			}
			for v := range lists[list] {
				if !slices.Contains(values, v) {
					t.Errorf("%s: [%s] %q is not one of %s", name, list, v, strings.Join(values, ", "))
				}
			}
		}
	}
}

func TestMeant(t *testing.T) {
	tests := []struct {
		list, word, want string
	}{
		{"status", "موقعة", "signed"},
		{"status", "الموقعة", "signed"},
		{"status", "مُوَقَّعَة", "signed"},
		{"status", "قيد التنفيذ", "in-progress"},
		{"status", "Signée", "signed"},
		{"status", "en cours", "in-progress"},
		{"kind", "اتفاقية شراكة", "convention"},
		{"kind", "اتفاقية الشراكة", "convention"},
		{"kind", "Avenant", "amendment"},
		{"role", "ممول", "funder"},
		{"role", "مموّل", "funder"},
		{"role", "Maître d’ouvrage", "implementer"},
		{"role", "موقع", "signatory"},
		{"role", "financer", "funder"},
		{"role", "يمول", "funder"},
		{"party type", "جمعية", "association"},
		{"party type", "Conseil régional", "regional-council"},
		{"party type", "GST", "gst"},
		{"source language", "العربية", "ar"},
		{"occasion", "Lancement", "launch"},
		{"level", "عمالة", "prefecture"},
		// Words of another list, or of no list, stand for nothing.
		{"status", "ممول", ""},
		{"kind", "موقعة", ""},
		{"status", "signed", ""},
		{"status", "", ""},
		{"status", "ال", ""},
		{"no such list", "موقعة", ""},
	}
	for _, tt := range tests {
		if got := meant(tt.list, tt.word); got != tt.want {
			t.Errorf("meant(%q, %q) = %q, want %q", tt.list, tt.word, got, tt.want)
		}
	}
}

// TestLoadWordsRefuses checks that a word cannot stand for two values of
// one list, in one file or across two.
func TestLoadWordsRefuses(t *testing.T) {
	file := func(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s)} }
	tests := []struct {
		name  string
		files fstest.MapFS
		want  string
	}{
		{"two values in one file", fstest.MapFS{path.Join("words", "ar.toml"): file("[status]\nsigned = [\"موقعة\"]\ncompleted = [\"الموقعة\"]\n")}, "stands for both"},
		{"two values across files", fstest.MapFS{
			path.Join("words", "ar.toml"): file("[status]\nsigned = [\"fin\"]\n"),
			path.Join("words", "fr.toml"): file("[status]\ncompleted = [\"Fin\"]\n"),
		}, "stands for both"},
		{"no letter", fstest.MapFS{path.Join("words", "fr.toml"): file("[status]\nsigned = [\"--\"]\n")}, "has no letter"},
		{"not TOML", fstest.MapFS{path.Join("words", "fr.toml"): file("[status\n")}, "fr.toml"},
	}
	for _, tt := range tests {
		if _, err := loadWords(tt.files); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err = %v, want %q", tt.name, err, tt.want)
		}
	}
}
