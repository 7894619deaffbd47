package diff

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// String writes an amount with its coverage: "466,700,000 (3 of 5
// agreements)", "unknown (0 of 5 agreements)", or a count alone.
func (a Amount) String() string {
	switch {
	case a.What == "":
		return group(a.Value)
	case a.Of == 0:
		return "no " + a.What
	case a.Known == 0:
		return fmt.Sprintf("unknown (0 of %d %s)", a.Of, plural(a.Of, a.What))
	}
	return fmt.Sprintf("%s (%d of %d %s)", group(a.Value), a.Known, a.Of, plural(a.Of, a.What))
}

func plural(n int, noun string) string {
	switch {
	case n == 1:
		return noun
	case strings.HasSuffix(noun, "y"):
		return strings.TrimSuffix(noun, "y") + "ies"
	}
	return noun + "s"
}

// Text writes the report for a terminal.
func (r Report) Text(w io.Writer) error {
	if r.Empty() {
		_, err := fmt.Fprintln(w, "No agreement, milestone or published total changes.")
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	for _, s := range r.sections() {
		fmt.Fprintf(tw, "%s: %s\n", s.name, s.files.summary())
		for _, slug := range s.files.Added {
			fmt.Fprintf(tw, "  + %s\n", slug)
		}
		for _, slug := range s.files.Removed {
			fmt.Fprintf(tw, "  - %s\n", slug)
		}
		for _, c := range s.files.Changed {
			fmt.Fprintf(tw, "  ~ %s: %s\n", c.Slug, c.fields(plain, plain))
		}
	}
	if len(r.Totals) == 0 {
		fmt.Fprintln(tw, "\nNo published total moves.")
	} else {
		fmt.Fprintln(tw, "\nPublished totals that move:")
		fmt.Fprintln(tw, "  where\tfigure\tbefore\tafter")
		for _, t := range r.Totals {
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\n", t.Scope, t.Figure, t.Before, t.After)
		}
	}
	return tw.Flush()
}

// Markdown writes the report as Markdown, for the summary of a workflow
// run on a pull request.
func (r Report) Markdown(w io.Writer) error {
	var b strings.Builder
	b.WriteString("### What this change does to the atlas\n\n")
	if r.Empty() {
		b.WriteString("No agreement, milestone or published total changes.\n")
		_, err := io.WriteString(w, b.String())
		return err
	}
	for _, s := range r.sections() {
		fmt.Fprintf(&b, "**%s**: %s\n\n", s.name, s.files.summary())
		if s.files.empty() {
			continue
		}
		b.WriteString("| | file | fields |\n| --- | --- | --- |\n")
		for _, slug := range s.files.Added {
			fmt.Fprintf(&b, "| added | `%s` | |\n", slug)
		}
		for _, slug := range s.files.Removed {
			fmt.Fprintf(&b, "| removed | `%s` | |\n", slug)
		}
		for _, c := range s.files.Changed {
			fmt.Fprintf(&b, "| changed | `%s` | %s |\n", c.Slug, c.fields(code, cell))
		}
		b.WriteString("\n")
	}
	if len(r.Totals) == 0 {
		b.WriteString("No published total moves.\n")
	} else {
		b.WriteString("**Published totals that move**\n\n| where | figure | before | after |\n| --- | --- | ---: | ---: |\n")
		for _, t := range r.Totals {
			fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", cell(t.Scope), cell(t.Figure), cell(t.Before.String()), cell(t.After.String()))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

type section struct {
	name  string
	files Files
}

func (r Report) sections() []section {
	return []section{{"Agreements", r.Agreements}, {"Milestones", r.Milestones}}
}

// summary counts the files added, removed and changed.
func (f Files) summary() string {
	if f.empty() {
		return "no change"
	}
	var parts []string
	for _, p := range []struct {
		n    int
		verb string
	}{{len(f.Added), "added"}, {len(f.Removed), "removed"}, {len(f.Changed), "changed"}} {
		if p.n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", p.n, p.verb))
		}
	}
	return strings.Join(parts, ", ")
}

// fields lists the fields that change, with the values of figures, dates
// and words: "budget.total 443,000,000 → 450,000,000, title.fr". path
// and value write a path and a value in the output's format.
func (c Changed) fields(path, value func(string) string) string {
	var parts []string
	for _, f := range c.Fields {
		s := path(f.Path)
		switch {
		case f.Before == "" && f.After != "":
			s += " " + value(f.After) // a party added or removed
		case f.Before != "":
			s += " " + value(f.Before) + " → " + value(f.After)
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, ", ")
}

func plain(s string) string { return s }

// code writes a field's path as Markdown code.
func code(s string) string { return "`" + strings.ReplaceAll(s, "`", "'") + "`" }

// cell escapes text for a cell of a Markdown table.
func cell(s string) string {
	return strings.NewReplacer("|", `\|`, "\n", " ", "`", "'", "*", `\*`, "_", `\_`, "<", "&lt;").Replace(s)
}
