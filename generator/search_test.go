package generator

import (
	"bytes"
	"encoding/json"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"atlas/generator/content"
	"atlas/generator/pages"
	"atlas/generator/search"
)

// readIndexFile reads the data of one file of a search index, a call
// atlasSearch("name",data).
func readIndexFile(t *testing.T, file string, v any) {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	s := strings.TrimSpace(string(data))
	open := strings.IndexByte(s, ',')
	if !strings.HasPrefix(s, "atlasSearch(") || open < 0 || !strings.HasSuffix(strings.TrimSuffix(s, ";"), ")") {
		t.Fatalf("%s is not a call of atlasSearch", file)
	}
	body := strings.TrimSuffix(strings.TrimSuffix(s, ";"), ")")[open+1:]
	// The minifier leaves object keys unquoted: quote them back for JSON.
	if err := json.Unmarshal([]byte(quoteKeys(body)), v); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
}

// quoteKeys quotes the bare keys of a minified object literal.
func quoteKeys(s string) string {
	var b strings.Builder
	inString := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case inString:
			b.WriteByte(c)
			if c == '\\' && i+1 < len(s) {
				i++
				b.WriteByte(s[i])
			} else if c == '"' {
				inString = false
			}
		case c == '"':
			inString = true
			b.WriteByte(c)
		case (c == '{' || c == ',') && i+1 < len(s) && s[i+1] != '"' && s[i+1] != '}' && strings.Contains(s[i+1:], ":"):
			end := strings.IndexByte(s[i+1:], ':')
			key := s[i+1 : i+1+end]
			if strings.ContainsAny(key, `[]{},"`) {
				b.WriteByte(c)
				continue
			}
			b.WriteString(string(c) + `"` + key + `":`)
			i += end + 1
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// TestSearchLinksResolve reads the search index of the built live site:
// every agreement is in it once, and every result links to its page.
func TestSearchLinksResolve(t *testing.T) {
	out := build(t, repo())
	for _, lang := range []string{"ar", "fr"} {
		dir := filepath.Join(out, lang, "search")
		var meta struct {
			Docs int
			Link string
		}
		readIndexFile(t, filepath.Join(dir, "index.js"), &meta)
		files, _ := filepath.Glob(filepath.Join(dir, "d-*.js"))
		seen := 0
		for _, f := range files {
			var docs [][]any
			readIndexFile(t, f, &docs)
			for _, d := range docs {
				seen++
				slug, _ := d[0].(string)
				target := path.Join(lang, "search", strings.Replace(meta.Link, "{slug}", slug, 1))
				if _, err := os.Stat(filepath.Join(out, filepath.FromSlash(target))); err != nil || !strings.HasPrefix(target, lang+"/agreements/") {
					t.Errorf("%s: result %q links to %s, not an agreement's page", f, slug, target)
				}
			}
		}
		pages, _ := filepath.Glob(filepath.Join(out, lang, "agreements", "*.html"))
		if seen != meta.Docs || seen != len(pages) {
			t.Errorf("%s: %d results in the display files, %d in the index file, %d agreement pages", lang, seen, meta.Docs, len(pages))
		}
	}
}

// TestSearchTakesTheWordsOfTheLoad checks that the words the loader makes
// of each summary as it checks it are those the index would parse out of
// it: the index made with them is the index made without, file for file,
// and no summary is left for the index to parse again.
func TestSearchTakesTheWordsOfTheLoad(t *testing.T) {
	src := repo()
	words := search.NewWords[pages.SummaryKey]()
	c, diags := checkCached(src, caches{words: func(d *content.Doc, lang, plain string) {
		words.Add(pages.SummaryKey{Doc: d, Lang: lang}, plain)
	}})
	if diags.HasErrors() {
		t.Fatal(diags.Err())
	}
	made := 0
	for _, a := range c.Agreements {
		for lang, text := range a.Summary {
			if _, ok := words.Tokens(pages.SummaryKey{Doc: &a.Doc, Lang: lang}); !ok && text != "" {
				t.Errorf("%s: no words made on load for its %s summary", a.File, lang)
			}
			made++
		}
	}
	if made == 0 {
		t.Fatal("no summary to compare the indexes on")
	}
	with, err := prepare(src, c, false, nil, Edits{}, words)
	if err != nil {
		t.Fatal(err)
	}
	without, err := prepare(src, c, false, nil, Edits{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range c.Site.Languages {
		paths := with.indexes[lang].Paths()
		if !slices.Equal(paths, without.indexes[lang].Paths()) {
			t.Fatalf("%s: the index made with the words of the load has files %v, the one made without %v", lang, paths, without.indexes[lang].Paths())
		}
		for _, p := range paths {
			var a, b bytes.Buffer
			if err := with.indexes[lang].Encode(&a, p); err != nil {
				t.Fatal(err)
			}
			if err := without.indexes[lang].Encode(&b, p); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Errorf("%s differs with the words of the load:\n%s\nwithout:\n%s", p, a.Bytes(), b.Bytes())
			}
		}
	}
}
