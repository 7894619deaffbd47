// Command atlas builds the atlas of health partnership agreements.
//
//	atlas build [--content DIR] [--out DIR] [--layouts DIR] [--assets DIR]
//	atlas check [--content DIR] [--format text|github|json] [PATH ...]
//	atlas new <slug> [--content DIR] [--region R] [--province P] [--kind K]
//	atlas serve [--addr 127.0.0.1:8080] [--content DIR] [--layouts DIR] [--assets DIR]
//	atlas diff --base DIR [--content DIR] [--format text|markdown]
//
// Layouts and assets are found beside the content folder's parent unless
// given. On any content error, build prints every problem as
// path:line:col: severity: message, exits 1 and leaves the output as it was.
// The output is replaced whole, so build refuses, with exit 2, an output
// folder that is, holds or lies inside an input folder, or one that is
// neither empty nor marked as the output of an earlier build.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"

	"atlas/generator"
)

func main() {
	if os.Getenv("GOGC") == "" {
		// A build holds its content from start to end and allocates
		// page after page on top of it: half the default headroom over
		// what is live keeps a quarter less memory for a tenth more CPU
		// (bench/RESULTS.md). GOGC, when set, decides instead.
		debug.SetGCPercent(50)
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

const usage = `usage: atlas <command> [flags]

commands:
  build   check the content and write the site (default --content content --out public)
  check   check the content and print every problem, writing nothing: atlas check [PATH ...]
  new     write a new agreement file to fill in: atlas new <slug> --region R
  serve   build, serve on 127.0.0.1:8080 and rebuild on every change
  diff    what changes in the published figures from a base content: atlas diff --base DIR

Run "atlas <command> -h" for a command's flags.
`

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "build":
		return build(args[1:], os.Getenv, stdout, stderr)
	case "check":
		return checkCommand(args[1:], os.Getenv, stdout, stderr)
	case "new":
		return newCommand(args[1:], os.Getenv, stdout, stderr)
	case "serve":
		return serveCommand(args[1:], stdout, stderr)
	case "diff":
		return diffCommand(args[1:], stdout, stderr)
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
		Layouts: os.DirFS(f.layouts), LayoutsName: filepath.ToSlash(filepath.Clean(f.layouts)),
		Assets: os.DirFS(f.assets),
	}
}
