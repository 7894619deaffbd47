package render

import (
	"bytes"
	"errors"
	"io"
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

// streaming writes its outputs in pieces, and refuses to encode one whole.
type streaming struct{}

func (streaming) Encode(*bytes.Buffer, plan.Output) error {
	return errors.New("encoded whole")
}

func (streaming) Stream(w io.Writer, o plan.Output) error {
	for _, piece := range []string{"[", `"` + o.Path + `"`, "]"} {
		if _, err := io.WriteString(w, piece); err != nil {
			return err
		}
	}
	if o.Path == "bug.json" {
		panic("a bug")
	}
	return nil
}

// TestRunStreamsLargeOutputs: an output written as it is, of an encoder
// that streams, goes straight into its file, never whole through a
// buffer; a panic while it streams is an error like any other.
func TestRunStreamsLargeOutputs(t *testing.T) {
	outputs := []plan.Output{{Path: "data/a.json", Type: "application/json", Encoder: "s", Compact: true}}
	mem := write.NewMemory()
	if err := Run(outputs, Encoders{"s": streaming{}}, write.Minify(mem)); err != nil {
		t.Fatal(err)
	}
	if got := string(mem.Files()["data/a.json"]); got != `["data/a.json"]` {
		t.Errorf("data/a.json = %q", got)
	}
	outputs[0].Path = "bug.json"
	var pe *PanicError
	if err := Run(outputs, Encoders{"s": streaming{}}, write.Plain(write.NewMemory())); !errors.As(err, &pe) || pe.Path != "bug.json" {
		t.Errorf("Run = %v, want a panic error on bug.json", err)
	}
}
