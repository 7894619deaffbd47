package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"atlas/generator"
	"atlas/generator/diag"
)

// formatFlag is the --format flag of check and build: GitHub annotations
// by default inside GitHub Actions, so problems show on the pull request's
// lines, and plain text elsewhere.
type formatFlag struct{ name string }

func (f *formatFlag) register(fs *flag.FlagSet, getenv func(string) string) {
	def := "text"
	if getenv("GITHUB_ACTIONS") == "true" {
		def = "github"
	}
	fs.StringVar(&f.name, "format", def, "how to print problems: "+strings.Join(diag.Formats(), ", ")+" (github by default when GITHUB_ACTIONS=true)")
}

func (f *formatFlag) printer() (func(io.Writer, diag.List) error, error) {
	if p := diag.Printer(f.name); p != nil {
		return p, nil
	}
	return nil, fmt.Errorf("unknown --format %q: use one of %s", f.name, strings.Join(diag.Formats(), ", "))
}

// checkCommand loads and checks the content and prints every problem,
// writing nothing. Exit 1 on any error, 0 with warnings only.
func checkCommand(args []string, getenv func(string) string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("check", flag.ContinueOnError)
	fl.SetOutput(stderr)
	var site siteFlags
	site.register(fl)
	var format formatFlag
	format.register(fl, getenv)
	if err := fl.Parse(args); err != nil {
		return 2
	}
	print, err := format.printer()
	if err != nil {
		fmt.Fprintf(stderr, "atlas: %v\n", err)
		return 2
	}
	c, diags := generator.Check(site.sources())
	if err := print(stdout, diags); err != nil {
		fmt.Fprintf(stderr, "atlas: %v\n", err)
		return 2
	}
	fmt.Fprintf(stderr, "atlas: %s, %s\n", counted(len(c.Agreements), "agreement"), counted(len(c.Milestones), "milestone")+" checked: "+tally(diags))
	if diags.HasErrors() {
		return 1
	}
	return 0
}

// tally says how many errors and warnings a list holds.
func tally(l diag.List) string {
	var errs, warns int
	for _, d := range l {
		if d.Severity == diag.Error {
			errs++
		} else {
			warns++
		}
	}
	if errs+warns == 0 {
		return "no problem"
	}
	return counted(errs, "error") + ", " + counted(warns, "warning")
}

func counted(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
