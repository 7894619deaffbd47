package content

import (
	"sort"
	"strings"

	"github.com/yuin/goldmark"

	"atlas/generator/markdown"
)

// summaries parses the summaries of the files a loader reads: one
// converter per language, in its direction. goldmark converters are safe
// for concurrent use.
type summaries struct {
	md     map[string]goldmark.Markdown
	dirs   map[string]string
	render bool
}

func newSummaries(langs []string, dirs Directions) *summaries {
	s := &summaries{md: map[string]goldmark.Markdown{}, dirs: map[string]string{}}
	if dirs != nil {
		s.dirs, s.render = dirs(langs), true
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
		probs, html, err := markdown.Process(md, []byte(src), s.render)
		if err != nil {
			return err
		}
		if len(probs) > 0 {
			if doc.Problems == nil {
				doc.Problems = map[string][]markdown.Problem{}
			}
			doc.Problems[lang] = probs
		}
		if html != "" {
			if doc.HTML == nil {
				doc.HTML = map[string]string{}
			}
			doc.HTML[lang] = html
		}
	}
	return nil
}
