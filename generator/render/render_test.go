package render

import (
	"errors"
	"os"
	"strings"
	"testing"

	"atlas/generator/pages"
)

// TestAllTurnsAPanicIntoAnError: a page whose rendering panics fails the
// build with an error naming it, instead of ending the process from a
// worker no caller can recover.
func TestAllTurnsAPanicIntoAnError(t *testing.T) {
	r, err := New(os.DirFS("../../layouts"))
	if err != nil {
		t.Fatal(err)
	}
	// No Markdown renderer exists for this direction: a bug, on purpose.
	bad := &pages.Page{Path: "fr/x.html", Template: "home", Markdown: "x", Dir: "sideways"}
	_, err = r.All([]*pages.Page{bad})
	var pe *PanicError
	if !errors.As(err, &pe) || pe.Path != "fr/x.html" || !strings.Contains(string(pe.Stack), "safePage") {
		t.Fatalf("All: %v", err)
	}
	if !strings.HasPrefix(err.Error(), "fr/x.html: rendering stopped on an internal error: ") {
		t.Errorf("message: %v", err)
	}
}
