package main

import (
	"flag"
	"fmt"
	"io"

	"atlas/generator"
	"atlas/generator/write"
)

func build(args []string, getenv func(string) string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("build", flag.ContinueOnError)
	fl.SetOutput(stderr)
	var site siteFlags
	site.register(fl)
	out := fl.String("out", "public", "output folder")
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
	src := site.sources() // also fills in the default layouts and assets
	if err := write.CheckOutput(*out, site.content, site.layouts, site.assets); err != nil {
		fmt.Fprintf(stderr, "atlas: %v\n", err)
		return 2
	}
	notify := write.Notify(func(msg string) { fmt.Fprintf(stderr, "atlas: %s\n", msg) })
	diags, err := generator.Build(src, *out, notify)
	print(stderr, diags)
	if err != nil {
		fmt.Fprintf(stderr, "atlas: %v; %s\n", err, write.Outcome(err, *out))
		return 1
	}
	fmt.Fprintf(stdout, "atlas: wrote %s\n", *out)
	return 0
}
