package write

import (
	"errors"
	"fmt"
	"os"
)

// A State is what a failed build left where its output goes.
type State int

const (
	// Unchanged: the output is as it was, or still missing.
	Unchanged State = iota
	// Replaced: the new output is in place, but the old one could not be
	// removed; it is at Error.Aside, and the next build removes it.
	Replaced
	// Missing: the old output was moved aside, to Error.Aside, and could
	// not be put back; the next build puts it back first.
	Missing
)

// An Error is a failed write that changed the output folder: every other
// error leaves it unchanged.
type Error struct {
	State State
	Aside string // where the old output is
	Err   error
}

func (e *Error) Error() string { return e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

// Outcome says what a build that failed with err left at out, in words
// for the person who ran it.
func Outcome(err error, out string) string {
	if e, ok := errors.AsType[*Error](err); ok {
		switch e.State {
		case Replaced:
			return fmt.Sprintf("%s was written, but its old version is left in %s; the next build will try to remove it", out, e.Aside)
		case Missing:
			return fmt.Sprintf("%s is missing: its old version is in %s; the next build will try to put it back", out, e.Aside)
		}
	}
	if _, err := os.Lstat(out); err != nil {
		return out + " was not written"
	}
	return out + " left unchanged"
}
