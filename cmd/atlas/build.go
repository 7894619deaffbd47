package main

import (
	"flag"
	"fmt"
	"io"
	"net/url"
	"strconv"
	"time"

	"atlas/generator"
	"atlas/generator/content"
	"atlas/generator/write"
)

func build(args []string, getenv func(string) string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("build", flag.ContinueOnError)
	fl.SetOutput(stderr)
	var site siteFlags
	site.register(fl)
	out := fl.String("out", "public", "output folder")
	baseURL := fl.String("base-url", "", "address the site is published at, replacing base_url of site.toml (the Pages workflow passes it)")
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
	if u, err := url.Parse(*baseURL); *baseURL != "" && (err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "") {
		fmt.Fprintf(stderr, "atlas: --base-url %q is not an absolute http(s) address\n", *baseURL)
		return 2
	}
	src.BaseURL = *baseURL
	if src.Stamp, err = sourceDate(getenv); err != nil {
		fmt.Fprintf(stderr, "atlas: %v\n", err)
		return 2
	}
	if err := write.CheckOutput(*out, site.content, site.layouts, site.assets); err != nil {
		fmt.Fprintf(stderr, "atlas: %v\n", err)
		return 2
	}
	notify := write.Notify(func(msg string) { fmt.Fprintf(stderr, "atlas: %s\n", msg) })
	diags, err := generator.Build(src, *out, notify)
	print(stderr, diags)
	if err != nil {
		format.say(stderr, "atlas: ", fmt.Sprintf("%v; %s", err, write.Outcome(err, *out)))
		return 1
	}
	format.say(stdout, "atlas: ", "wrote "+*out)
	return 0
}

// sourceDate reads SOURCE_DATE_EPOCH, the reproducible-builds convention
// for the date of a build's input: the Pages workflow sets it to the time
// of the commit, and pages print it as the date of their content.
func sourceDate(getenv func(string) string) (content.Date, error) {
	v := getenv("SOURCE_DATE_EPOCH")
	if v == "" {
		return content.Date{}, nil
	}
	secs, err := strconv.ParseInt(v, 10, 64)
	if err != nil {
		return content.Date{}, fmt.Errorf("SOURCE_DATE_EPOCH=%q is not a number of seconds", v)
	}
	t := time.Unix(secs, 0).UTC()
	return content.Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}, nil
}
