package check

import (
	"net/url"

	"atlas/generator/content"
)

func (ck *checker) sources(k *content.Positions, sources []content.Source) {
	if len(sources) == 0 && !k.Misspelt("sources") {
		ck.diags.Errorf(k.Line(1), "no source").Hint = "add a [[sources]] table: the article or document the facts come from"
	}
	same := seen{}
	for i, s := range sources {
		if k.FailedAt("sources", i) {
			continue
		}
		if j := same.repeats(sourceKey(s), i); j >= 0 && (s.URL != "" || s.Outlet != "" || s.Title != "") {
			ck.diags.Errorf(k.Key("sources", i), "source %d repeats source %d", i+1, j+1).Hint = "cite each article once"
		}
		if s.Outlet == "" && s.Title == "" && !k.Misspelt("sources", i, "outlet") && !k.Misspelt("sources", i, "title") {
			ck.diags.Errorf(k.Key("sources", i), "a source needs an outlet or a title").Hint = "outlet = \"هبة بريس\", and title = the headline when known"
		}
		switch {
		case ck.todo(valueAt(k, "sources", i, "url"), s.URL, "paste the article's address, or delete the line"):
		case s.URL != "" && !webURL(s.URL):
			ck.diags.Errorf(k.Value("sources", i, "url"), "a source address must start with http:// or https://").Hint = "copy the article's address from the browser"
		}
		// url.Parse accepts any character, and an address bar hides some.
		ck.invisible(valueAt(k, "sources", i, "url"), s.URL)
		if s.Lang != "" {
			ck.oneOf(k, "source language", s.Lang, content.SourceLangs, "sources", i, "lang")
		}
		for _, f := range []struct{ name, v string }{{"outlet", s.Outlet}, {"title", s.Title}, {"author", s.Author}} {
			ck.invisible(valueAt(k, "sources", i, f.name), f.v)
			ck.todo(valueAt(k, "sources", i, f.name), f.v, "")
		}
	}
}

func webURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}
