package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"atlas/generator"
)

// rebuilds is what `atlas serve` does after a contributor saves one file:
// the median time of a session's build after one agreement's summary was
// edited, and after its amount was, with the outputs that build encoded
// again. The summary is the target's edit: an amount changes the lists
// and totals of the whole atlas.
type rebuilds struct {
	summary, amount edits
	outputs         int // outputs of the site
}

// edits are the rebuilds after one kind of edit.
type edits struct {
	runs    []sample // wall times alone
	encoded int      // outputs encoded by the last rebuild
}

func (e edits) median() time.Duration { return median(e.runs).wall }

// rebuild measures serve's rebuild in this process, with this module's
// generator (not -repo's): a session builds the content once, then each
// run adds a paragraph to the summary of the agreement in the middle of
// the list and builds again, then changes its amount and builds again.
// Each build is told the file that changed, as serve's watcher tells it.
// The file is put back as it was.
func (t *tools) rebuild(content string, runs int) (rebuilds, error) {
	fmt.Fprintf(t.log, "atlas-bench:   serve rebuild, %d edits of each kind\n", runs)
	files, err := filepath.Glob(filepath.Join(content, "agreements", "*.md"))
	if err != nil || len(files) == 0 {
		return rebuilds{}, fmt.Errorf("no agreement to edit in %s (%v)", content, err)
	}
	file := files[len(files)/2]
	orig, err := os.ReadFile(file)
	if err != nil {
		return rebuilds{}, err
	}
	defer os.WriteFile(file, orig, 0o644)
	rel, err := filepath.Rel(content, file)
	if err != nil {
		return rebuilds{}, err
	}
	s := generator.NewSession(generator.Sources{
		Content: os.DirFS(content), ContentName: "content",
		Layouts: os.DirFS(filepath.Join(t.repo, "layouts")), Assets: os.DirFS(filepath.Join(t.repo, "assets")),
	})
	first, _, err := s.Build(generator.Edits{})
	if err != nil {
		return rebuilds{}, fmt.Errorf("serve's first build: %w", err)
	}
	r := rebuilds{outputs: len(first.Files)} // the downloads are among them, made when asked for
	const end = "\n:::\n"                    // the end of the first summary
	if !strings.Contains(string(orig), end) {
		return rebuilds{}, fmt.Errorf("%s: no summary to edit", file)
	}
	amount := regexp.MustCompile(`(?m)^total = ([0-9_]+)$`)
	// version is the file with the summary's n-th edit and the amount's m-th.
	version := func(n, m int) []byte {
		v := strings.Replace(string(orig), end, fmt.Sprintf("\n\nEdited %d.%s", n, end), 1)
		if m == 0 {
			return []byte(v)
		}
		return []byte(amount.ReplaceAllStringFunc(v, func(line string) string {
			n, _ := strconv.ParseInt(strings.ReplaceAll(amount.FindStringSubmatch(line)[1], "_", ""), 10, 64)
			return fmt.Sprintf("total = %d", n+int64(m))
		}))
	}
	build := func(data []byte, into *edits) error {
		if err := os.WriteFile(file, data, 0o644); err != nil {
			return err
		}
		start := time.Now()
		res, _, err := s.Build(generator.Edits{Watched: true, Content: []string{filepath.ToSlash(rel)}})
		if err != nil {
			return fmt.Errorf("serve's rebuild after editing %s: %w", file, err)
		}
		into.runs = append(into.runs, sample{wall: time.Since(start)})
		into.encoded = res.Encoded
		return nil
	}
	for i := range runs {
		if err := build(version(i+1, i), &r.summary); err != nil {
			return rebuilds{}, err
		}
		if !amount.Match(orig) {
			continue
		}
		if err := build(version(i+1, i+1), &r.amount); err != nil {
			return rebuilds{}, err
		}
	}
	return r, nil
}
