package synth

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Write writes the site's agreements and milestones into the content
// folder dir, one file each, as contributors write them.
func (s Site) Write(dir string) error {
	for _, sub := range []string{"agreements", "milestones"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			return err
		}
	}
	for _, a := range s.Agreements {
		if err := os.WriteFile(filepath.Join(dir, "agreements", a.Slug+".md"), a.File(), 0o644); err != nil {
			return err
		}
	}
	for _, m := range s.Milestones {
		if err := os.WriteFile(filepath.Join(dir, "milestones", m.Slug+".md"), m.File(), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// File is the agreement's file in the content format.
func (a Agreement) File() []byte {
	var w fileWriter
	w.line("+++")
	w.kv("kind", q(a.Kind))
	w.kv("status", q(a.Status))
	if !a.Signed.IsZero() {
		w.kv("signed", a.Signed.TOML())
	}
	if a.Period[0] != 0 {
		w.kv("period", fmt.Sprintf("[%d, %d]", a.Period[0], a.Period[1]))
	}
	if len(a.Related) > 0 {
		w.kv("related", list(a.Related))
	}
	w.text("title", a.Title)
	w.place(a.Region.Slug, a.Provinces)
	if a.Total > 0 {
		w.table("budget")
		w.kv("total", dirhams(a.Total))
	}
	w.parties(a.Parties)
	w.counts("staff", a.Staff)
	w.counts("equipment", a.Equipment)
	for _, c := range a.Components {
		w.array("components")
		w.kv("title", inline(c.Title))
		w.kv("amount", dirhams(c.Amount))
	}
	for _, e := range a.Events {
		w.array("events")
		w.kv("date", e.Date.TOML())
		w.kv("what", inline(e.What))
	}
	w.sources(a.Sources)
	w.summaries(a.Summary)
	return w.Bytes()
}

// File is the milestone's file in the content format.
func (m Milestone) File() []byte {
	var w fileWriter
	w.line("+++")
	w.kv("date", m.Date.TOML())
	w.text("title", m.Title)
	if m.Region != nil {
		w.place(m.Region.Slug, nil)
	}
	w.sources(m.Sources)
	w.summaries(m.Summary)
	return w.Bytes()
}

// fileWriter writes TOML front matter and ::: blocks line by line.
type fileWriter struct{ bytes.Buffer }

func (w *fileWriter) line(s string)     { w.WriteString(s + "\n") }
func (w *fileWriter) kv(k, v string)    { w.line(k + " = " + v) }
func (w *fileWriter) table(name string) { w.line("\n[" + name + "]") }
func (w *fileWriter) array(name string) { w.line("\n[[" + name + "]]") }
func (w *fileWriter) text(k string, t Text) {
	w.table(k)
	w.kv("ar", q(t.AR))
	w.kv("fr", q(t.FR))
}

func (w *fileWriter) place(region string, provinces []Province) {
	w.table("place")
	w.kv("region", q(region))
	if len(provinces) > 0 {
		var slugs []string
		for _, p := range provinces {
			slugs = append(slugs, p.Slug)
		}
		w.kv("provinces", list(slugs))
	}
}

func (w *fileWriter) parties(ps []Party) {
	for _, p := range ps {
		w.array("parties")
		w.kv("key", q(p.Key))
		w.kv("type", q(p.Type))
		w.kv("name", inline(p.Name))
		w.kv("roles", list(p.Roles))
		if p.Share > 0 {
			w.kv("share", strconv.FormatFloat(p.Share, 'f', -1, 64))
		}
		if p.Amount > 0 {
			w.kv("amount", dirhams(p.Amount))
		}
	}
}

func (w *fileWriter) counts(table string, cs []Count) {
	if len(cs) == 0 {
		return
	}
	w.table(table)
	for _, c := range cs {
		w.kv(c.Field, strconv.FormatInt(c.N, 10))
	}
}

func (w *fileWriter) sources(ss []Source) {
	for _, s := range ss {
		w.array("sources")
		w.kv("outlet", q(s.Outlet))
		w.kv("title", q(s.Title))
		w.kv("url", q(s.URL))
		w.kv("published", s.Published.TOML())
		w.kv("lang", q(s.Lang))
	}
}

func (w *fileWriter) summaries(t Text) {
	w.line("+++")
	w.line("\n::: ar\n" + strings.TrimRight(t.AR, "\n") + "\n:::")
	w.line("\n::: fr\n" + strings.TrimRight(t.FR, "\n") + "\n:::")
}

// q quotes a TOML basic string. Synthetic text holds no control
// character, so only the backslash and the quote need escaping.
func q(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}

func inline(t Text) string { return "{ ar = " + q(t.AR) + ", fr = " + q(t.FR) + " }" }

func list(items []string) string {
	var qs []string
	for _, s := range items {
		qs = append(qs, q(s))
	}
	return "[" + strings.Join(qs, ", ") + "]"
}

// dirhams writes an amount with underscores between thousands, as
// contributors write 443_000_000.
func dirhams(v int64) string { return strings.ReplaceAll(grouped(v), " ", "_") }
