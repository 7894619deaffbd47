package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"atlas/generator"
	"atlas/generator/diff"
	"atlas/generator/stats"
)

// diffCommand compares the content of a base folder, such as the target
// branch of a pull request, with the content folder, and prints what
// changes in the published figures. Exit 1 when either content does not
// check, 2 on a usage error.
func diffCommand(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("diff", flag.ContinueOnError)
	fl.SetOutput(stderr)
	base := fl.String("base", "", "content folder to compare with, e.g. the target branch's (required)")
	dir := fl.String("content", "content", "content folder")
	format := fl.String("format", "text", "text, or markdown for $GITHUB_STEP_SUMMARY")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if *base == "" || fl.NArg() > 0 || (*format != "text" && *format != "markdown") {
		fmt.Fprintln(stderr, "usage: atlas diff --base DIR [--content DIR] [--format text|markdown]")
		return 2
	}
	before, ok := side(*base, stderr)
	after, ok2 := side(*dir, stderr)
	if !ok || !ok2 {
		return 1
	}
	r := diff.Compare(before, after)
	write := r.Text
	if *format == "markdown" {
		write = r.Markdown
	}
	if err := write(stdout); err != nil {
		fmt.Fprintf(stderr, "atlas: %v\n", err)
		return 1
	}
	return 0
}

// side loads, checks and adds up one content folder; its problems are
// for "atlas check" to show, so only their number is printed.
func side(dir string, stderr io.Writer) (diff.Side, bool) {
	name := filepath.ToSlash(filepath.Clean(dir))
	c, diags := generator.CheckContent(os.DirFS(dir), name)
	if diags.HasErrors() {
		fmt.Fprintf(stderr, "atlas: %s does not check (%s): run atlas check --content %s\n", name, tally(diags), name)
		return diff.Side{}, false
	}
	st, err := stats.Compute(c)
	if err != nil {
		fmt.Fprintf(stderr, "atlas: %s: %v\n", name, err)
		return diff.Side{}, false
	}
	return diff.Side{Content: c, Stats: st}, true
}
