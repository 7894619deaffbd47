package main

import (
	"fmt"
	"io"
)

// say prints a line of the command's own, a summary or what it wrote, in
// the languages asked for with --lang, from the catalogs that translate
// the diagnostics: the first language after prefix, and each other one
// indented below it, as diagnostics print their translations. A line a
// catalog does not know prints in English. The flag must be loaded.
func (f *langFlag) say(w io.Writer, prefix, english string) {
	first := ""
	for i, c := range f.catalogs {
		line, _ := c.Say(english)
		if i == 0 {
			first = line
			fmt.Fprintln(w, prefix+line)
		} else if line != first {
			fmt.Fprintln(w, "    "+line)
		}
	}
	if len(f.catalogs) == 0 {
		fmt.Fprintln(w, prefix+english)
	}
}
