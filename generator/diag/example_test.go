package diag_test

import (
	"os"

	"atlas/generator/diag"
)

func ExampleList() {
	var l diag.List
	l.Warnf(diag.Pos{File: "content/agreements/b.md", Line: 3}, "the summary has no source")
	d := l.Errorf(diag.Pos{File: "content/agreements/a.md", Line: 7, Col: 1}, "unknown key %q", "provences")
	if c := diag.Closest("provences", []string{"region", "provinces", "localities"}); c != "" {
		d.Hint = "did you mean \"" + c + "\"?"
	}
	l.Errorf(diag.Pos{File: "content/site.toml"}, "cannot read: file does not exist")
	l.Sort()
	diag.PrintText(os.Stdout, l)
	os.Stdout.WriteString(l.Err().Error() + "\n")
	// Output:
	// content/agreements/a.md:7:1: error: unknown key "provences" (did you mean "provinces"?)
	// content/agreements/b.md:3: warning: the summary has no source
	// content/site.toml: error: cannot read: file does not exist
	// 2 errors in content
}
