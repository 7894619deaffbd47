package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"atlas/generator/content"
	"atlas/generator/skeleton"
)

// newCommand writes content/agreements/<slug>.md from the skeleton. It
// never replaces a file.
func newCommand(args []string, getenv func(string) string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("new", flag.ContinueOnError)
	fl.SetOutput(stderr)
	fl.Usage = func() {
		fmt.Fprintln(stderr, "usage: atlas new <slug> [--content DIR] [--region R] [--province P] [--kind K] [--lang L]")
		fl.PrintDefaults()
	}
	contentDir := fl.String("content", "content", "content folder")
	var o skeleton.Options
	fl.StringVar(&o.Region, "region", "", "region slug, from regions.toml")
	fl.StringVar(&o.Province, "province", "", "province slug; names the region when --region is omitted")
	fl.StringVar(&o.Kind, "kind", "convention", "convention, charter, program, equipment or amendment")
	var lang langFlag
	lang.register(fl, getenv)
	slug, flags := splitSlug(args)
	if err := fl.Parse(flags); err != nil {
		return 2
	}
	if err := lang.load(); err != nil {
		fmt.Fprintf(stderr, "atlas: %v\n", err)
		return 2
	}
	if slug == "" && fl.NArg() == 1 {
		slug = fl.Arg(0)
	} else if slug == "" || fl.NArg() > 0 {
		fl.Usage()
		return 2
	}
	o.Slug = slug
	name, err := newAgreement(*contentDir, o)
	if err != nil {
		lang.say(stderr, "atlas new: ", err.Error())
		return 1
	}
	lang.say(stdout, "", "wrote "+name)
	lang.say(stdout, "", newNext)
	return 0
}

// newNext says what a contributor does with the file new wrote.
const newNext = "next: replace every TODO with the facts of the source (atlas check lists them), then see the page with atlas serve"

// splitSlug lets the slug come before the flags, as the usage line shows.
func splitSlug(args []string) (string, []string) {
	if len(args) > 0 && len(args[0]) > 0 && args[0][0] != '-' {
		return args[0], args[1:]
	}
	return "", args
}

func newAgreement(contentDir string, o skeleton.Options) (string, error) {
	c, _ := content.Load(os.DirFS(contentDir), filepath.ToSlash(contentDir))
	if len(c.Registry.Regions) == 0 {
		return "", fmt.Errorf("no regions in %s: run it from the repository, or give --content", filepath.Join(contentDir, "regions.toml"))
	}
	data, err := skeleton.Agreement(c.Registry, o)
	if err != nil {
		return "", err
	}
	dir := filepath.Join(contentDir, "agreements")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	name := filepath.Join(dir, o.Slug+".md")
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return "", fmt.Errorf("%s already exists: edit it, or choose another name", name)
	}
	if err != nil {
		return "", err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return "", err
	}
	return name, f.Close()
}
