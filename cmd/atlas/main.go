// Command atlas builds the atlas of health partnership agreements.
//
//	atlas build [--content DIR] [--out DIR] [--layouts DIR] [--assets DIR]
//
// Layouts and assets are found beside the content folder's parent unless
// given. On any content error, build prints every problem as
// path:line:col: severity: message, exits 1 and leaves the output as it was.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"atlas/generator"
	"atlas/generator/diag"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

const usage = `usage: atlas <command> [flags]

commands:
  build   check the content and write the site (default --content content --out public)
`

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "build":
		return build(args[1:], stdout, stderr)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "atlas: unknown command %q\n%s", args[0], usage)
	return 2
}

// siteFlags are the folders every command reads.
type siteFlags struct {
	content, layouts, assets string
}

func (f *siteFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.content, "content", "content", "content folder")
	fs.StringVar(&f.layouts, "layouts", "", "layouts folder (default: layouts beside the content folder)")
	fs.StringVar(&f.assets, "assets", "", "assets folder (default: assets beside the content folder)")
}

func (f *siteFlags) sources() generator.Sources {
	root := filepath.Dir(filepath.Clean(f.content))
	if f.layouts == "" {
		f.layouts = filepath.Join(root, "layouts")
	}
	if f.assets == "" {
		f.assets = filepath.Join(root, "assets")
	}
	return generator.Sources{
		Content: os.DirFS(f.content), ContentName: filepath.ToSlash(filepath.Clean(f.content)),
		Layouts: os.DirFS(f.layouts), Assets: os.DirFS(f.assets),
	}
}

// safeOutput refuses an output folder that holds an input folder: the
// build replaces the output folder whole.
func (f *siteFlags) safeOutput(out string) error {
	abs, err := filepath.Abs(out)
	if err != nil {
		return err
	}
	for _, in := range []string{f.content, f.layouts, f.assets} {
		inAbs, err := filepath.Abs(in)
		if err != nil {
			return err
		}
		if rel, err := filepath.Rel(abs, inAbs); err == nil && !strings.HasPrefix(rel, "..") {
			return fmt.Errorf("--out %s would replace %s: choose an output folder of its own, such as public", out, in)
		}
	}
	return nil
}

func build(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("build", flag.ContinueOnError)
	fl.SetOutput(stderr)
	var site siteFlags
	site.register(fl)
	out := fl.String("out", "public", "output folder")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	src := site.sources()
	if err := site.safeOutput(*out); err != nil {
		fmt.Fprintf(stderr, "atlas: %v\n", err)
		return 2
	}
	diags, err := generator.Build(src, *out)
	diag.PrintText(stderr, diags)
	var list diag.List
	switch {
	case errors.As(err, &list):
		fmt.Fprintf(stderr, "atlas: %v; %s left unchanged\n", err, *out)
		return 1
	case err != nil:
		fmt.Fprintf(stderr, "atlas: %v; %s left unchanged\n", err, *out)
		return 1
	}
	fmt.Fprintf(stdout, "atlas: wrote %s\n", *out)
	return 0
}
