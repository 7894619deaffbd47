package main

import (
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"

	"atlas/generator"
	"atlas/generator/diag"
)

// formatFlag holds the --format and --lang flags of check and build:
// GitHub annotations by default inside GitHub Actions, so problems show on
// the pull request's lines, and plain text elsewhere.
type formatFlag struct {
	name string
	langFlag
}

func (f *formatFlag) register(fs *flag.FlagSet, getenv func(string) string) {
	def := "text"
	if getenv("GITHUB_ACTIONS") == "true" {
		def = "github"
	}
	fs.StringVar(&f.name, "format", def, "how to print problems: "+strings.Join(diag.Formats(), ", ")+" (github by default when GITHUB_ACTIONS=true)")
	f.langFlag.register(fs, getenv)
}

// printer returns the function that prints diagnostics in the format and
// the languages asked for.
func (f *formatFlag) printer() (func(io.Writer, diag.List) error, error) {
	p := diag.Printer(f.name)
	if p == nil {
		return nil, fmt.Errorf("unknown --format %q: use one of %s", f.name, strings.Join(diag.Formats(), ", "))
	}
	return f.langFlag.printer(p)
}

// langFlag is the --lang flag: messages in English, or in the language of
// the user's locale when diagnostics can be printed in it, or in several
// languages, each message followed by its translations.
type langFlag struct {
	lang     string
	catalogs []*diag.Catalog // loaded by load, in the order asked for
}

func (f *langFlag) register(fs *flag.FlagSet, getenv func(string) string) {
	fs.StringVar(&f.lang, "lang", localeLang(getenv), "the language of the messages, or several separated by commas, each message then followed by its translations: "+strings.Join(diag.Languages(), ", ")+" (by default the language of LC_ALL, LC_MESSAGES or LANG when it is one of them, else en)")
}

// load reads the catalog of each language asked for, once.
func (f *langFlag) load() error {
	if f.catalogs != nil {
		return nil
	}
	for _, lang := range strings.Split(f.lang, ",") {
		c, err := diag.LoadCatalog(strings.TrimSpace(lang))
		if err != nil {
			return fmt.Errorf("--lang: %v", err)
		}
		f.catalogs = append(f.catalogs, c)
	}
	return nil
}

// printer wraps p so that it prints in the languages asked for.
func (f *langFlag) printer(p func(io.Writer, diag.List, ...diag.List) error) (func(io.Writer, diag.List) error, error) {
	if err := f.load(); err != nil {
		return nil, err
	}
	return func(w io.Writer, l diag.List) error {
		lists := make([]diag.List, len(f.catalogs))
		for i, c := range f.catalogs {
			lists[i] = c.Translate(l)
		}
		return p(w, lists[0], lists[1:]...)
	}, nil
}

// localeLang is the language the user's locale names, the way gettext
// reads it, when diagnostics can be printed in it.
func localeLang(getenv func(string) string) string {
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if loc := getenv(v); loc != "" {
			lang, _, _ := strings.Cut(loc, "_")
			lang, _, _ = strings.Cut(lang, ".")
			if slices.Contains(diag.Languages(), lang) {
				return lang
			}
			break
		}
	}
	return "en"
}

// checkCommand loads and checks the content and prints every problem,
// writing nothing; given paths, it prints only the problems of those
// files and folders, and errors that break every file (see scope). Exit 1
// on any error printed, 0 with warnings only, 2 on a usage error.
func checkCommand(args []string, getenv func(string) string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("check", flag.ContinueOnError)
	fl.SetOutput(stderr)
	fl.Usage = func() {
		fmt.Fprint(stderr, checkUsage)
		fl.PrintDefaults()
	}
	var site siteFlags
	site.register(fl)
	var format formatFlag
	format.register(fl, getenv)
	paths, err := parseInterspersed(fl, args)
	if err != nil {
		return 2
	}
	print, err := format.printer()
	if err != nil {
		fmt.Fprintf(stderr, "atlas: %v\n", err)
		return 2
	}
	sc, err := newScope(site.content, paths)
	if err != nil {
		fmt.Fprintf(stderr, "atlas check: %v\n", err)
		return 2
	}
	c, diags := generator.Check(site.sources())
	shown, hidden := sc.filter(diags)
	if err := print(stdout, shown); err != nil {
		fmt.Fprintf(stderr, "atlas: %v\n", err)
		return 2
	}
	format.say(stderr, "atlas: ", summary(len(c.Agreements), len(c.Milestones), shown, paths, hidden))
	if shown.HasErrors() {
		return 1
	}
	return 0
}

const checkUsage = `usage: atlas check [--content DIR] [--format text|github|json] [PATH ...]

Checks every file of the content folder and prints every problem, writing
nothing. Given paths of files or folders inside the content folder, it
still checks everything (some rules span files) but prints only the
problems of those paths, and the errors of the files outside agreements/
and milestones/ (site.toml, regions.toml, layouts), which break every
page. Exit 1 if it printed an error, 0 if not, 2 on a usage error.

`

// summary is the line check ends with: what it checked, what it found in
// the paths it was given, and how many problems of other files it left out.
func summary(agreements, milestones int, shown diag.List, paths []string, hidden int) string {
	s := counted(agreements, "agreement") + ", " + counted(milestones, "milestone") + " checked: " + tally(shown)
	if len(paths) > 0 {
		s += " in " + strings.Join(paths, ", ")
	}
	if hidden > 0 {
		s += fmt.Sprintf(" (%s in other files not shown)", counted(hidden, "problem"))
	}
	return s
}

// tally says how many errors and warnings a list holds, naming only the
// kinds it holds.
func tally(l diag.List) string {
	var errs, warns int
	for _, d := range l {
		if d.Severity == diag.Error {
			errs++
		} else {
			warns++
		}
	}
	switch {
	case errs+warns == 0:
		return "no problem"
	case warns == 0:
		return counted(errs, "error")
	case errs == 0:
		return counted(warns, "warning")
	}
	return counted(errs, "error") + ", " + counted(warns, "warning")
}

func counted(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
