package render

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"atlas/generator/plan"
	"atlas/generator/write"
)

// panicking is an encoder with a bug, on purpose.
type panicking struct{}

func (panicking) Encode(*bytes.Buffer, plan.Output) error { panic("a bug") }

// TestRunTurnsAPanicIntoAnError: an output whose encoding panics fails the
// build with an error naming it, instead of ending the process from a
// worker no caller can recover.
func TestRunTurnsAPanicIntoAnError(t *testing.T) {
	outputs := []plan.Output{{Path: "fr/x.html", Type: "text/html", Encoder: "bad"}}
	err := Run(outputs, Encoders{"bad": panicking{}}, write.Plain(write.NewMemory()))
	var pe *PanicError
	if !errors.As(err, &pe) || pe.Path != "fr/x.html" || !strings.Contains(string(pe.Stack), "panicking") {
		t.Fatalf("Run: %v", err)
	}
	if !strings.HasPrefix(err.Error(), "fr/x.html: rendering stopped on an internal error: ") {
		t.Errorf("message: %v", err)
	}
}

// failing fails on one output and counts the others.
type failing struct{ on string }

func (f failing) Encode(buf *bytes.Buffer, o plan.Output) error {
	if o.Path == f.on {
		return errors.New("broken")
	}
	buf.WriteString("<p>" + o.Path + "</p>")
	return nil
}

// TestRunWritesEveryOutputOrStops: every output reaches the sink, and an
// error in one is the error of the run.
func TestRunWritesEveryOutputOrStops(t *testing.T) {
	var outputs []plan.Output
	for _, p := range []string{"a.html", "b.html", "c/d.html", "e.css"} {
		outputs = append(outputs, plan.Output{Path: p, Type: "text/html", Encoder: "x"})
	}
	mem := write.NewMemory()
	if err := Run(outputs, Encoders{"x": failing{}}, write.Minify(mem)); err != nil {
		t.Fatal(err)
	}
	if got := mem.Files(); len(got) != len(outputs) || string(got["c/d.html"]) != "<p>c/d.html</p>" {
		t.Errorf("got %q", got)
	}
	err := Run(outputs, Encoders{"x": failing{on: "b.html"}}, write.Plain(write.NewMemory()))
	if err == nil || err.Error() != "broken" {
		t.Errorf("Run = %v, want the encoder's error", err)
	}
	if err := Run(outputs, Encoders{}, write.Plain(write.NewMemory())); err == nil || !strings.Contains(err.Error(), `no encoder "x"`) {
		t.Errorf("Run without the encoder = %v", err)
	}
}
