package content

import (
	"sort"
	"strings"

	"github.com/yuin/goldmark"

	"atlas/generator/markdown"
)

// Rendering is what the loader makes of each summary as it parses it to
// check it: nothing, or its HTML and its words.
type Rendering struct {
	// Dirs gives the directions summaries render in, for "atlas serve":
	// each is then rendered on load and kept, for the builds that follow.
	// Nil leaves rendering to the pages, as a one-off build does.
	Dirs Directions
	// Words, when set, is given the words of each summary of the files
	// read, without markup (markdown.Plain): for the search index, which
	// then need not parse the summaries again. Files a cache holds are
	// not read. It is called from many goroutines at once.
	Words func(doc *Doc, lang, plain string)
}

// summaries parses the summaries of the files a loader reads: one
// converter per language, in its direction. goldmark converters are safe
// for concurrent use.
type summaries struct {
	md     map[string]goldmark.Markdown
	dirs   map[string]string
	render bool
	words  func(doc *Doc, lang, plain string)
}

func newSummaries(langs []string, r Rendering) *summaries {
	s := &summaries{md: map[string]goldmark.Markdown{}, dirs: map[string]string{}, words: r.Words}
	if r.Dirs != nil {
		s.dirs, s.render = r.Dirs(langs), true
	}
	for _, lang := range langs {
		s.md[lang] = markdown.New(s.dirs[lang] == "rtl")
	}
	return s
}

// key names the rendering, for caches: what a file loaded with another
// rendering holds is not what this one would.
func (s *summaries) key() string {
	if !s.render {
		return "check"
	}
	var parts []string
	for lang, dir := range s.dirs {
		parts = append(parts, lang+"="+dir)
	}
	sort.Strings(parts)
	return strings.Join(parts, ",")
}

// process parses each summary of doc once.
func (s *summaries) process(doc *Doc) error {
	for lang, src := range doc.Summary {
		md, ok := s.md[lang]
		if !ok {
			continue
		}
		p, err := markdown.Process(md, []byte(src), markdown.Want{HTML: s.render, Plain: s.words != nil})
		if err != nil {
			return err
		}
		if len(p.Problems) > 0 {
			if doc.Problems == nil {
				doc.Problems = map[string][]markdown.Problem{}
			}
			doc.Problems[lang] = p.Problems
			continue
		}
		if p.HTML != "" {
			if doc.HTML == nil {
				doc.HTML = map[string]string{}
			}
			doc.HTML[lang] = p.HTML
		}
		if s.words != nil {
			s.words(doc, lang, p.Plain)
		}
	}
	return nil
}
