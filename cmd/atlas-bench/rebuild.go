package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"atlas/generator"
)

// rebuilds is what `atlas serve` does after a contributor saves one file:
// the median time of a session's build after one agreement's summary was
// edited, and the outputs that build encoded again.
type rebuilds struct {
	runs    []sample // wall times alone
	encoded int      // outputs encoded by the last rebuild
	outputs int      // outputs of the site
}

func (r rebuilds) median() time.Duration { return median(r.runs).wall }

// rebuild measures serve's rebuild in this process, with this module's
// generator (not -repo's): a session builds the content once, then each
// run adds a paragraph to the summary of the agreement in the middle of
// the list and builds again. The file is put back as it was.
func (t *tools) rebuild(content string, runs int) (rebuilds, error) {
	fmt.Fprintf(t.log, "atlas-bench:   serve rebuild, %d edits\n", runs)
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
	for i := range runs {
		edited := strings.Replace(string(orig), end, fmt.Sprintf("\n\nEdited %d.%s", i+1, end), 1)
		if err := os.WriteFile(file, []byte(edited), 0o644); err != nil {
			return rebuilds{}, err
		}
		start := time.Now()
		res, _, err := s.Build(generator.Edits{})
		if err != nil {
			return rebuilds{}, fmt.Errorf("serve's rebuild after editing %s: %w", file, err)
		}
		r.runs = append(r.runs, sample{wall: time.Since(start)})
		r.encoded = res.Encoded
	}
	return r, nil
}
