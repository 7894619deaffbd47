package check

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"

	"atlas/generator/content"
	"atlas/generator/diag"
)

// agreement checks one agreement. A section the loader could not read is
// skipped: its error is already reported where it stands, and finding it
// empty would only add "missing" errors elsewhere.
func (ck *checker) agreement(a *content.Agreement) {
	k := a.Keys
	if !k.Failed("kind") {
		ck.oneOf(k, "kind", a.Kind, content.Kinds, "kind")
	}
	if !k.Failed("status") {
		ck.oneOf(k, "status", a.Status, content.Statuses, "status")
	}
	ck.period(a)
	if a.Occasion != "" && !k.Failed("occasion") {
		ck.oneOf(k, "occasion", a.Occasion, content.Occasions, "occasion")
	}
	if !k.Failed("title") {
		ck.title(k, a.Title)
	}
	if !k.Failed("place") {
		ck.place(k, a.Place, true)
	}
	ck.budget(a)
	if !k.Failed("parties") {
		ck.parties(a)
	}
	ck.counts(k, a.Staff, a.Equipment)
	ck.components(a)
	ck.events(k, a.Events)
	if !k.Failed("sources") {
		ck.sources(k, a.Sources)
	}
	ck.related(a.Doc, a.Related)
	ck.summary(a.Doc)
}

// related checks links to other files: each names an agreement or a
// milestone, once, and not the file itself.
func (ck *checker) related(d content.Doc, slugs []string) {
	same := seen{}
	for i, slug := range slugs {
		pos := valueAt(d.Keys, "related", i)
		switch {
		case slug == d.Slug:
			ck.diags.Errorf(pos(), "a file cannot be related to itself").Hint = "name another agreement or milestone"
		case !ck.docs[slug]:
			d := ck.diags.Errorf(pos(), "no agreement or milestone %q", slug)
			d.Hint = "the file name of an agreement or a milestone, without .md"
			if c := diag.Closest(slug, ck.docSlugs()); c != "" {
				d.Hint = "did you mean \"" + c + "\"?"
			}
		case same.repeats(slug, i) >= 0:
			ck.diags.Errorf(pos(), "%q is listed twice", slug).Hint = "list each related file once"
		}
	}
}

func (ck *checker) docSlugs() []string {
	var out []string
	for slug := range ck.docs {
		out = append(out, slug)
	}
	sort.Strings(out)
	return out
}

func (ck *checker) events(k *content.Positions, events []content.Event) {
	same := seen{}
	for i, e := range events {
		if k.FailedAt("events", i) {
			continue
		}
		if e.Date.IsZero() && !k.Misspelt("events", i, "date") {
			ck.diags.Errorf(k.Key("events", i), "an event needs a date").Hint = "date = 2023-12-27, or \"2023-12\" when only the month is known"
		}
		ck.text(k, e.What, "the event", true, "events", i, "what")
		for _, key := range textKeys(e.What) {
			if j := same.repeats(e.Date.String()+"\x00"+key, i); j >= 0 {
				ck.diags.Errorf(k.Key("events", i), "event %d repeats event %d", i+1, j+1).Hint = "list each event once"
				break
			}
		}
	}
}

// title checks a required title: a missing one is one error, not one for
// each language.
func (ck *checker) title(k *content.Positions, t content.Text) {
	if t == nil {
		if k.Misspelt("title") {
			return
		}
		ck.diags.Errorf(k.Line(1), "the title is missing").Hint = "add [title] with " + andList(withText(ck.neededLangs()))
		return
	}
	ck.text(k, t, "the title", true, "title")
}

// Years a period may cover: from independence to the end of the century.
const firstYear, lastYear = 1956, 2100

func (ck *checker) period(a *content.Agreement) {
	p := a.Period
	if p == nil {
		return
	}
	if len(p) != 2 {
		ck.diags.Errorf(a.Keys.Value("period"), "a period is two years, first and last").Hint = "period = [2022, 2027]"
		return
	}
	plausible := true
	for i, y := range p {
		if y < firstYear || y > lastYear {
			ck.diags.Errorf(a.Keys.Value("period", i), "%d is not a plausible year", y).Hint = fmt.Sprintf("check the digits: a period lies within %d to %d", firstYear, lastYear)
			plausible = false
		}
	}
	if plausible && p[0] > p[1] {
		ck.diags.Errorf(a.Keys.Value("period"), "the period ends in %d, before it starts in %d", p[1], p[0]).Hint = fmt.Sprintf("the first year comes first: period = [%d, %d]", p[1], p[0])
	}
}

// regionOf is the region all the known provinces of slugs are in, or ""
// when they name none or several.
func (ck *checker) regionOf(slugs []string) string {
	region := ""
	for _, slug := range slugs {
		r := ck.provinces[slug].Region
		if r == "" {
			continue
		}
		if region != "" && r != region {
			return ""
		}
		region = r
	}
	return region
}

// place checks the region and provinces; a milestone may have no region.
func (ck *checker) place(k *content.Positions, p content.Place, required bool) {
	switch {
	case p.Region == "":
		// One error, not a second one for the provinces; and when the
		// provinces name the region, the hint names it too.
		named := ck.regionOf(p.Provinces)
		switch {
		case k.Misspelt("place", "region"):
		case required:
			d := ck.diags.Errorf(k.Value("place", "region"), "the region is missing")
			d.Hint = "[place] region = \"…\", a slug from regions.toml"
			if named != "" {
				d.Hint = fmt.Sprintf("the provinces listed are in %s: region = %q", named, named)
			}
		case len(p.Provinces) > 0:
			d := ck.diags.Errorf(k.Key("place", "provinces"), "provinces need a region")
			d.Hint = "add region = \"…\" in [place]"
			if named != "" {
				d.Hint = fmt.Sprintf("the provinces listed are in %s: region = %q", named, named)
			}
		}
	case isTODO(p.Region) && ck.todo(valueAt(k, "place", "region"), p.Region, "one of: "+strings.Join(regionSlugs(ck.c.Registry), ", ")):
	case ck.regions[p.Region].Slug == "" && !ck.c.RegistryKeys.Failed("regions"):
		d := ck.diags.Errorf(k.Value("place", "region"), "unknown region %q", p.Region)
		d.Hint = hintFor(p.Region, regionSlugs(ck.c.Registry))
		if s := slugNamed(p.Region, regionSlugs(ck.c.Registry), func(s string) content.Text { return ck.regions[s].Name }); s != "" && diag.Closest(p.Region, regionSlugs(ck.c.Registry)) == "" {
			d.Hint = "that is the name of region " + s + `: write its slug, region = "` + s + `"`
		}
	}
	provinces := seen{}
	for i, slug := range p.Provinces {
		if j := provinces.repeats(slug, i); j >= 0 {
			ck.diags.Errorf(k.Value("place", "provinces", i), "province %q is listed twice", slug).Hint = "list each province once"
			continue
		}
		ck.province(k, p.Region, slug, i)
	}
	localities := seen{}
	for i, loc := range p.Localities {
		ck.text(k, loc, "the locality", false, "place", "localities", i)
		if len(loc) == 0 {
			ck.diags.Errorf(k.Value("place", "localities", i), "a locality needs a name").Hint = tableHint(ck.langs)
		}
		if j := localities.repeatsText(loc, i); j >= 0 {
			ck.diags.Errorf(k.Value("place", "localities", i), "locality %d repeats locality %d", i+1, j+1).Hint = "list each locality once"
		}
	}
}

func (ck *checker) province(k *content.Positions, region, slug string, i int) {
	prov, ok := ck.provinces[slug]
	if ok && prov.Region == region {
		return // the common case, which needs no position and no list
	}
	pos := k.Value("place", "provinces", i)
	inRegion := ck.provincesOf(region)
	switch {
	case ck.c.RegistryKeys.Failed("provinces"):
		// regions.toml could not be read, and says so: no slug can be checked
	case !ok:
		d := ck.diags.Errorf(pos, "unknown province %q", slug)
		named := slugNamed(slug, provinceSlugs(ck.c.Registry), func(s string) content.Text { return ck.provinces[s].Name })
		switch c := closestSlug(slug, inRegion); {
		case named != "" && c == "" && diag.Closest(slug, provinceSlugs(ck.c.Registry)) == "":
			d.Hint = "that is the name of province " + named + `: write its slug, "` + named + `"`
		case c != "":
			d.Hint = "did you mean \"" + c + "\"?"
		case len(inRegion) > 0:
			d.Hint = "provinces of " + region + ": " + strings.Join(inRegion, ", ")
		case diag.Closest(slug, provinceSlugs(ck.c.Registry)) != "":
			// No known region narrows the list: any province may be the one meant.
			d.Hint = hintFor(slug, provinceSlugs(ck.c.Registry))
		default:
			d.Hint = "a province slug from regions.toml"
		}
	case ck.regions[region].Slug == "":
		// the region itself is wrong or missing, and already reported
	case prov.Region != region:
		d := ck.diags.Errorf(pos, "province %q is in region %q, not %q", slug, prov.Region, region)
		d.Hint = "provinces of " + region + ": " + strings.Join(inRegion, ", ")
	}
}

func (ck *checker) provincesOf(region string) []string {
	var out []string
	for _, p := range ck.c.Registry.Provinces {
		if p.Region == region {
			out = append(out, p.Slug)
		}
	}
	return out
}

func provinceSlugs(r content.Registry) []string {
	var out []string
	for _, p := range r.Provinces {
		out = append(out, p.Slug)
	}
	return out
}

func closestSlug(slug string, candidates []string) string {
	for _, c := range candidates {
		if strings.Contains(c, slug) || strings.Contains(slug, c) {
			return c
		}
	}
	return diag.Closest(slug, candidates)
}

func (ck *checker) budget(a *content.Agreement) {
	ck.money(a.Keys, a.Budget.Total, "budget", "total")
	ck.text(a.Keys, a.Budget.Note, "the budget note", false, "budget", "note")
}

func (ck *checker) parties(a *content.Agreement) {
	k := a.Keys
	if len(a.Parties) == 0 && !k.Misspelt("parties") {
		ck.diags.Errorf(k.Line(1), "no party").Hint = "add a [[parties]] table for each signatory or funder"
	}
	keys, names := seen{}, seen{}
	var shares float64
	var amounts int64 // each at most MaxDirhams, and a file holds too few parties to overflow
	for i, p := range a.Parties {
		if k.FailedAt("parties", i) {
			continue
		}
		if p.Key == "" && !k.Misspelt("parties", i, "key") {
			ck.diags.Errorf(k.Key("parties", i), "a party needs a key").Hint = "key = \"region\": a short handle, unique in this file"
		} else if j := keys.repeats(p.Key, i); j >= 0 {
			ck.diags.Errorf(k.Value("parties", i, "key"), "party key %q is already used by party %d", p.Key, j+1).Hint = "each party's key is unique in the file"
		}
		if j := names.repeatsText(p.Name, i); j >= 0 {
			d := ck.diags.Errorf(k.Value("parties", i, "name"), "party %d has the same name as party %d", i+1, j+1)
			d.Hint = "list each body once, with all its roles: roles = [\"signatory\", \"funder\"]"
		}
		ck.invisible(valueAt(k, "parties", i, "key"), p.Key)
		ck.oneOf(k, "party type", p.Type, content.PartyTypes, "parties", i, "type")
		ck.text(k, p.Name, "the party name", true, "parties", i, "name")
		ck.text(k, p.RepresentedBy, "represented_by", false, "parties", i, "represented_by")
		ck.roles(k, p, i)
		shares += ck.share(a, p, i)
		if ck.money(k, p.Amount, "parties", i, "amount") {
			amounts += *p.Amount
		}
	}
	// A party that could not be read would be missing from the sums.
	if k.Partly("parties") {
		return
	}
	if shares > 100+1e-9 {
		last := len(a.Parties) - 1 // the share that took the sum past 100
		for last > 0 && a.Parties[last].Share == nil {
			last--
		}
		ck.diags.Errorf(k.Value("parties", last, "share"), "the shares add up to %s %%, more than 100", trimFloat(shares)).Hint = "check each party's share"
	}
	// A total that is not a positive amount has its own error already.
	if t := a.Budget.Total; t != nil && *t > 0 && amounts > *t {
		ck.diags.Errorf(k.Value("budget", "total"), "the parties' amounts add up to %s dirhams, more than the total %s", written(amounts), written(*t)).Hint = "check each party's amount"
	}
}

func (ck *checker) roles(k *content.Positions, p content.Party, i int) {
	if len(p.Roles) == 0 && !k.Misspelt("parties", i, "roles") {
		ck.diags.Errorf(k.Value("parties", i, "roles"), "a party needs at least one role").Hint = "roles = [\"signatory\"]; one or more of: " + strings.Join(content.Roles, ", ")
	}
	seen := map[string]bool{}
	for j, r := range p.Roles {
		ck.oneOf(k, "role", r, content.Roles, "parties", i, "roles", j)
		if seen[r] {
			ck.diags.Errorf(k.Value("parties", i, "roles", j), "role %q is listed twice", r).Hint = "list each role of a party once"
		}
		seen[r] = true
	}
}

// share checks one party's share and returns it for the sum.
func (ck *checker) share(a *content.Agreement, p content.Party, i int) float64 {
	if p.Share == nil {
		return 0
	}
	s := *p.Share
	pos := valueAt(a.Keys, "parties", i, "share")
	switch {
	case p.Amount != nil:
		ck.diags.Errorf(pos(), "a party has a share or an amount, not both").Hint = "keep the figure the source gives"
	case math.IsNaN(s) || s <= 0 || s > 100:
		ck.diags.Errorf(pos(), "a share is a percent above 0 and at most 100, not %s", trimFloat(s)).Hint = "share = 20 means 20 % of budget.total"
		return 0
	case math.Abs(s*100-math.Round(s*100)) > 1e-9:
		ck.diags.Errorf(pos(), "a share has at most two decimals").Hint = "write 12.5, not 12.345"
	}
	return s
}

// counts checks the figures of a [staff] and an [equipment] table: each
// key a count of the contract, each figure within its bounds.
func (ck *checker) counts(k *content.Positions, staff, equipment content.Figures, prefix ...any) {
	for _, t := range []struct {
		table   string
		figures content.Figures
	}{{"staff", staff}, {"equipment", equipment}} {
		known := content.CountKeys(t.table)
		for _, key := range sortedKeys(t.figures) {
			if !slices.Contains(known, key) {
				d := ck.diags.Errorf(k.Key(append(append([]any(nil), prefix...), t.table, key)...), "unknown key %q", key)
				d.Hint = "known keys here: " + strings.Join(known, ", ")
				if c := diag.Closest(key, known); c != "" {
					d.Hint = "did you mean \"" + c + "\"?"
				}
			}
		}
	}
	for _, spec := range content.Counts {
		v, ok := content.Count(staff, equipment, spec)
		if !ok {
			continue
		}
		pos := valueAt(k, append(append([]any(nil), prefix...), spec.Table, spec.Key)...)
		switch {
		case v < 0:
			ck.diags.Errorf(pos(), "%s cannot be negative", spec.Key).Hint = "omit the field when the number is unknown"
		case v > spec.Max:
			ck.diags.Errorf(pos(), "%d %s is not plausible for one agreement", v, spec.Key).Hint = fmt.Sprintf("at most %d: check the digits, or omit the field when the number is unknown", spec.Max)
		}
	}
}

func sortedKeys(f content.Figures) []string {
	keys := make([]string, 0, len(f))
	for key := range f {
		keys = append(keys, key)
	}
	sort.Strings(keys)
	return keys
}

func (ck *checker) components(a *content.Agreement) {
	var sum int64
	titles := seen{}
	for i, c := range a.Components {
		if a.Keys.FailedAt("components", i) {
			continue
		}
		ck.text(a.Keys, c.Title, "the component title", true, "components", i, "title")
		if j := titles.repeatsText(c.Title, i); j >= 0 {
			d := ck.diags.Errorf(a.Keys.Value("components", i, "title"), "component %d has the same title as component %d", i+1, j+1)
			d.Hint = "list each component once: its figures would be counted twice"
		}
		if ck.money(a.Keys, c.Amount, "components", i, "amount") {
			sum += *c.Amount
		}
		ck.counts(a.Keys, c.Staff, c.Equipment, "components", i)
	}
	if t := a.Budget.Total; t != nil && *t > 0 && sum > *t && !a.Keys.Partly("components") {
		ck.diags.Errorf(a.Keys.Value("budget", "total"), "the components add up to %s dirhams, more than the total %s", written(sum), written(*t)).Hint = "check each component's amount"
	}
}

func trimFloat(f float64) string {
	return strings.TrimSuffix(strings.TrimRight(fmt.Sprintf("%.2f", f), "0"), ".")
}

// MaxDirhams bounds any one amount: one trillion dirhams, more than the
// state's whole yearly budget. It keeps a wrong digit from passing, and the
// sums of millions of files exact in int64.
const MaxDirhams = 1_000_000_000_000

// money checks an optional amount in whole dirhams and reports whether it
// can enter a sum.
func (ck *checker) money(k *content.Positions, v *int64, path ...any) bool {
	switch {
	case v == nil:
		return false
	case *v <= 0:
		ck.diags.Errorf(k.Value(path...), "an amount must be more than 0 dirhams").Hint = "omit it when undisclosed: unknown is not zero"
	case *v > MaxDirhams:
		ck.diags.Errorf(k.Value(path...), "%s dirhams is more than any health agreement", written(*v)).Hint = "amounts are whole dirhams, at most 1_000_000_000_000: 443 million is 443_000_000"
	default:
		return true
	}
	return false
}

// written is an amount as a front matter writes it, its digits grouped
// by three: 20_000_000.
func written(n int64) string {
	s := strconv.FormatInt(n, 10)
	start := 0
	if n < 0 {
		start = 1
	}
	for i := len(s) - 3; i > start; i -= 3 {
		s = s[:i] + "_" + s[i:]
	}
	return s
}
