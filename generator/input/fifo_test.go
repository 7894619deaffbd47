//go:build unix

package input_test

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"atlas/generator/input"
)

// TestFIFO: a named pipe is refused without being opened, which would
// block until something writes to it.
func TestFIFO(t *testing.T) {
	dir := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.md"), 0o644); err != nil {
		t.Skipf("cannot make a named pipe: %v", err)
	}
	in := input.Content(os.DirFS(dir))
	_, err := in.ReadFile("pipe.md")
	assertKind(t, "ReadFile", err, "a named pipe", "a regular file")
	_, err = in.Open("pipe.md")
	assertKind(t, "Open", err, "a named pipe", "a regular file")
}
