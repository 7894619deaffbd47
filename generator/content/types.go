package content

import (
	"reflect"

	"atlas/generator/markdown"
)

// Site holds content/site.toml: the settings of the whole atlas.
type Site struct {
	Languages   []string `toml:"languages"`
	DefaultLang string   `toml:"default_lang"`
	BaseURL     string   `toml:"base_url"`
	RepoURL     string   `toml:"repo_url"`
	RepoBranch  string   `toml:"repo_branch"` // "" means main
	Domain      string   `toml:"domain"`      // custom domain for a CNAME file; "" derives it from BaseURL
	Title       Text     `toml:"title"`
	Description Text     `toml:"description"`

	// RequiredLanguages are the languages every text must be written in;
	// a text may lack the others, and their pages then show it in another
	// language (see TextOrder). Load fills in the default.
	RequiredLanguages []string `toml:"required_languages"`
}

// DefaultLanguages are the languages of a site whose settings name none,
// and the languages every text must be written in unless the settings say
// otherwise: those the atlas was first written in.
func DefaultLanguages() []string { return []string{"ar", "fr"} }

// TextOrder is the order the pages in lang look a text up in: lang, then
// the other languages of the site in the order of languages. With Text.First
// it gives the text a page shows and the language it is in.
func (s *Site) TextOrder(lang string) []string {
	order := []string{lang}
	for _, l := range s.Languages {
		if l != lang {
			order = append(order, l)
		}
	}
	return order
}

// Registry holds content/regions.toml: the territorial division.
type Registry struct {
	Regions   []Region   `toml:"regions"`
	Provinces []Province `toml:"provinces"`
}

// Region is one of the 12 regions.
type Region struct {
	Code       string `toml:"code"`
	Slug       string `toml:"slug"`
	Name       Text   `toml:"name"`
	Population int64  `toml:"population"`
}

// Province is a prefecture or a province, inside one region.
type Province struct {
	Code       string `toml:"code"`
	Slug       string `toml:"slug"`
	Level      string `toml:"level"`
	Region     string `toml:"region"`
	Name       Text   `toml:"name"`
	Population int64  `toml:"population"` // 0 when unknown
}

// Agreement is one file under content/agreements.
type Agreement struct {
	Kind       string      `toml:"kind"`
	Status     string      `toml:"status"`
	Signed     Date        `toml:"signed"`
	Period     []int       `toml:"period"`
	Occasion   string      `toml:"occasion"` // what the source reports: signing (default), launch, handover, meeting
	Title      Text        `toml:"title"`
	Place      Place       `toml:"place"`
	Budget     Budget      `toml:"budget"`
	Parties    []Party     `toml:"parties"`
	Staff      Figures     `toml:"staff"`     // people funded, by CountSpec key
	Equipment  Figures     `toml:"equipment"` // vehicles, by CountSpec key
	Components []Component `toml:"components"`
	Events     []Event     `toml:"events"`
	Sources    []Source    `toml:"sources"`
	Related    []string    `toml:"related"` // slugs of agreements or milestones to link to

	Doc `toml:"-"`
}

// Dated returns the date an agreement is placed by: its signature, or when
// that is unknown its earliest dated event. signed tells which it is.
func (a *Agreement) Dated() (d Date, signed bool) {
	if !a.Signed.IsZero() {
		return a.Signed, true
	}
	for _, e := range a.Events {
		if !e.Date.IsZero() && (d.IsZero() || e.Date.Before(d)) {
			d = e.Date
		}
	}
	return d, false
}

// OccasionOrDefault is the occasion the source reports, signing when the
// file does not say.
func (a *Agreement) OccasionOrDefault() string {
	if a.Occasion == "" {
		return "signing"
	}
	return a.Occasion
}

// Milestone is one file under content/milestones: a dated event that is
// shown on timelines and never summed.
type Milestone struct {
	Date    Date     `toml:"date"`
	Title   Text     `toml:"title"`
	Place   Place    `toml:"place"`
	Sources []Source `toml:"sources"`
	Related []string `toml:"related"` // slugs of agreements or milestones to link to

	Doc `toml:"-"`
}

// Doc is what every content file has besides its front matter: where it
// came from, where each key stands in it, and its Markdown summaries.
type Doc struct {
	Slug    string
	File    string // path as the contributor sees it, e.g. content/agreements/x.md
	Keys    *Positions
	Summary Text           // Markdown source per language
	Blocks  map[string]int // line of each ::: block's first text line
	// What the loader found parsing each summary, by language: the problems
	// check reports, and the HTML, when it was asked to render and found
	// none (serve asks; a one-off build renders as it writes each page).
	Problems map[string][]markdown.Problem
	HTML     map[string]string
}

// SameFrontMatter reports whether two versions of an agreement or of a
// milestone differ at most in their Doc: where they were read from, and
// their summaries, which only the file's own pages, the search index and
// agreements.json show.
func SameFrontMatter(a, b any) bool {
	switch a := a.(type) {
	case *Agreement:
		b, ok := b.(*Agreement)
		return ok && sameBesidesDoc(*a, *b, func(x *Agreement) *Doc { return &x.Doc })
	case *Milestone:
		b, ok := b.(*Milestone)
		return ok && sameBesidesDoc(*a, *b, func(x *Milestone) *Doc { return &x.Doc })
	}
	return false
}

func sameBesidesDoc[T any](x, y T, doc func(*T) *Doc) bool {
	*doc(&x), *doc(&y) = Doc{}, Doc{}
	return reflect.DeepEqual(x, y)
}

// SameList reports whether two lists hold the same files in the same
// order, each the very value read before or changed in its summaries at
// most.
func SameList[T Agreement | Milestone](a, b []*T) bool {
	if len(a) != len(b) {
		return false
	}
	for i, x := range a {
		if y := b[i]; x != y && !SameFrontMatter(x, y) {
			return false
		}
	}
	return true
}

// Place says where an agreement applies.
type Place struct {
	Region     string   `toml:"region"`
	Provinces  []string `toml:"provinces"`
	Localities []Text   `toml:"localities"`
}

// Budget is the total committed; Total is nil when undisclosed.
type Budget struct {
	Total *int64 `toml:"total"`
	Note  Text   `toml:"note"`
}

// Party is one body taking part in an agreement.
type Party struct {
	Key           string   `toml:"key"`
	Type          string   `toml:"type"`
	Name          Text     `toml:"name"`
	RepresentedBy Text     `toml:"represented_by"`
	Roles         []string `toml:"roles"`
	Share         *float64 `toml:"share"`
	Amount        *int64   `toml:"amount"`
}

// Count returns the figure of a count spec in a staff or equipment table
// pair, and whether it is given.
func Count(staff, equipment Figures, spec CountSpec) (int64, bool) {
	if spec.Table == "equipment" {
		return equipment.Get(spec.Key)
	}
	return staff.Get(spec.Key)
}

// Component is a sub-project of an agreement.
type Component struct {
	Title     Text    `toml:"title"`
	Amount    *int64  `toml:"amount"`
	Staff     Figures `toml:"staff"`
	Equipment Figures `toml:"equipment"`
}

// Event is a dated step in an agreement's life.
type Event struct {
	Date Date `toml:"date"`
	What Text `toml:"what"`
}

// Source is the article or document a file's facts come from. It names an
// outlet, a title, or both.
type Source struct {
	Outlet    string `toml:"outlet"`
	Title     string `toml:"title"`
	URL       string `toml:"url"`
	Published Date   `toml:"published"`
	Author    string `toml:"author"`
	Lang      string `toml:"lang"`
}

// Content is everything under the content folder.
type Content struct {
	Site         Site
	SiteKeys     *Positions
	Registry     Registry
	RegistryKeys *Positions
	Agreements   []*Agreement
	Milestones   []*Milestone
}

// Forget drops what only the checks read: where each key and block of a
// file stands, and what parsing its summaries found. A build forgets them
// once the content has passed, so that the rest of the run does not carry
// them.
func (c *Content) Forget() {
	forget := func(d *Doc) { d.Keys, d.Blocks, d.Problems = nil, nil, nil }
	for _, a := range c.Agreements {
		forget(&a.Doc)
	}
	for _, m := range c.Milestones {
		forget(&m.Doc)
	}
}
