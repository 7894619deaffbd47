package search

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// decodePostings reads what appendPostings wrote, as assets/search.js does.
func decodePostings(s string) []uint32 {
	var out []uint32
	acc, prev := uint32(0), uint32(0)
	for _, c := range s {
		if d := strings.IndexRune(moreDigits, c); d >= 0 {
			acc = acc*32 + uint32(d)
			continue
		}
		prev += acc*32 + uint32(strings.IndexRune(finalDigits, c))
		acc = 0
		out = append(out, prev)
	}
	return out
}

func TestPostingsRoundTrip(t *testing.T) {
	for _, p := range [][]uint32{{0}, {1, 2, 3}, {0, 31, 32, 33, 1023, 1024, 1 << 20, 1<<32 - 1}} {
		if got := decodePostings(string(appendPostings(nil, p))); !slices.Equal(got, p) {
			t.Errorf("postings %v read back as %v", p, got)
		}
	}
	if got := string(appendPostings(nil, []uint32{2, 3, 4})); got != "211" {
		t.Errorf("postings 2 3 4 = %q: a difference under 32 takes one character", got)
	}
}

func TestFileKey(t *testing.T) {
	for key, want := range map[string]string{"ma": "ma", "20": "20", "حس": "_062d_0633", "aé": "a_00e9", "𝒜b": "-01d49cb"} {
		if got := FileKey(key); got != want {
			t.Errorf("FileKey(%q) = %q, want %q", key, got, want)
		}
	}
}

// payload reads the data of an index file: atlasSearch("name",data);
func payload(t *testing.T, ix *Index, p string, v any) string {
	t.Helper()
	var buf bytes.Buffer
	if err := ix.Encode(&buf, p); err != nil {
		t.Fatal(err)
	}
	s := buf.String()
	open := strings.IndexByte(s, ',')
	if !strings.HasPrefix(s, Register+`("`) || open < 0 || !strings.HasSuffix(s, ");\n") {
		t.Fatalf("%s: %q is not a call of %s", p, s, Register)
	}
	if err := json.Unmarshal([]byte(s[open+1:len(s)-3]), v); err != nil {
		t.Fatalf("%s: %v", p, err)
	}
	return s[len(Register)+2 : open-1]
}

func TestIndexFiles(t *testing.T) {
	entries := []Entry{
		{Slug: "b", Title: "Convention de Tinghir", Place: []string{"Tinghir", "Drâa-Tafilalet"}, Kind: "Convention", Year: 2023, Amount: "12 millions de dirhams",
			Strong: []string{"Convention de Tinghir", "Tinghir, Drâa-Tafilalet"}, Weak: []string{"Des médecins pour la santé."}},
		{Slug: "a", Title: "Charte d'Igherm", Place: []string{"Taroudannt", "Souss-Massa"}, Kind: "Charte",
			Strong: []string{"Charte d'Igherm"}, Weak: []string{"Santé à Igherm, Tinghir cité."}},
	}
	for i := range 40 {
		entries = append(entries, Entry{Slug: "x" + string(rune('a'+i%26)), Title: "Autre", Place: []string{"Tinghir", "Drâa-Tafilalet"}, Kind: "Convention", Strong: []string{"Tinghir"}})
	}
	ix := Build("fr", "../agreements/{slug}.html", ", ", slices.Values(entries))
	paths := ix.Paths()
	last := fmt.Sprintf("fr/search/d-%d.js", (len(entries)-1)/DocsPerFile)
	after := fmt.Sprintf("fr/search/d-%d.js", (len(entries)-1)/DocsPerFile+1)
	if paths[0] != "fr/search/index.js" || !slices.Contains(paths, "fr/search/t-ti.js") || !slices.Contains(paths, last) || slices.Contains(paths, after) {
		t.Fatalf("paths %q", paths)
	}
	var m meta
	if name := payload(t, ix, paths[0], &m); name != "fr/index" {
		t.Errorf("index file calls itself %q", name)
	}
	if m.Docs != 42 || len(m.Places) != 2 || len(m.Names) != 4 || m.Sep != ", " || len(m.Kinds) != 2 || !strings.Contains(" "+m.Keys+" ", " ti ") {
		t.Errorf("index file %+v", m)
	}
	var shard map[string]string
	payload(t, ix, "fr/search/t-ti.js", &shard)
	// Tinghir: strong in agreement 0, weak in 1, strong in the others.
	if got := decodePostings(shard["nghir"]); len(got) != 42 || got[0] != 0<<1|1 || got[1] != 1<<1|0 {
		t.Errorf("postings of tinghir: %v", got)
	}
	var sante map[string]string
	payload(t, ix, "fr/search/t-sa.js", &sante)
	if got := decodePostings(sante["nte"]); !slices.Equal(got, []uint32{0<<1 | 0, 1<<1 | 0}) {
		t.Errorf("postings of sante: %v", got)
	}
	var docs [][]any
	payload(t, ix, "fr/search/d-0.js", &docs)
	if len(docs) != DocsPerFile || docs[0][0] != "b" || docs[0][5] != "12 millions de dirhams" || docs[1][4] != 0.0 {
		t.Errorf("display file: %v", docs[:2])
	}
	for _, p := range paths {
		var v any
		payload(t, ix, p, &v)
	}
	var buf bytes.Buffer
	for _, bad := range []string{"fr/search/t-zz.js", after, "fr/search/x.js"} {
		if err := ix.Encode(&buf, bad); err == nil {
			t.Errorf("%s encoded", bad)
		}
	}
}

func TestVariant(t *testing.T) {
	for token, want := range map[string]string{
		"باقليم": "اقليم",
		"وزاره":  "زاره",
		"ولد":    "",
		"اقليم":  "",
		"bonne":  "",
	} {
		if got, ok := variant(token); got != want || ok != (want != "") {
			t.Errorf("variant(%q) = %q, %v; want %q", token, got, ok, want)
		}
	}
}

// TestSplit checks that a large shard is split by more letters, its
// short tokens kept in it, and that every token lies in the shard of the
// longest key it starts with.
func TestSplit(t *testing.T) {
	terms := map[string][]uint32{"pr": {1}}
	many := make([]uint32, 4000)
	for i := range many {
		many[i] = uint32(i * 64) // differences of two characters
	}
	for _, w := range []string{"province", "provincial", "programme", "projet", "prevoit", "pret"} {
		terms[w] = many
	}
	shards := split(terms)
	keyOf := map[string]string{}
	for _, sh := range shards {
		for _, tok := range sh.tokens {
			if !strings.HasPrefix(tok, sh.key) || keyOf[tok] != "" {
				t.Errorf("token %q in shard %q", tok, sh.key)
			}
			keyOf[tok] = sh.key
		}
	}
	if len(keyOf) != len(terms) {
		t.Errorf("%d tokens sharded of %d", len(keyOf), len(terms))
	}
	// Each long token weighs about 8 KB: two together are split apart,
	// down to MaxKeyLen letters for province and provincial.
	if keyOf["pr"] != "pr" || keyOf["pret"] != "pret" || keyOf["province"] != "provin" || keyOf["projet"] != "proj" {
		t.Errorf("keys: %v", keyOf)
	}
}
