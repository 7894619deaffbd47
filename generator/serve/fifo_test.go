//go:build unix

package serve

import (
	"maps"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestNamedPipeInContent: a named pipe saved among the agreements is
// reported, never opened (which would block the rebuild loop for good),
// and removing it brings the site back.
func TestNamedPipeInContent(t *testing.T) {
	cfg, log := watched(t)
	r := run(t, New(cfg), log)
	next(t, r.events)

	pipe := filepath.Join(cfg.Content, "agreements", "pipe-agreement.md")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Skipf("cannot make a named pipe: %v", err)
	}
	want := "content/agreements/pipe-agreement.md:1:1: error: pipe-agreement.md is a named pipe, not a regular file"
	if code, body := r.build(t, tinghirPage); code != 500 || !strings.Contains(body, want) {
		t.Errorf("with the pipe: status %d, body:\n%s", code, body)
	}

	// The server keeps rebuilding while the pipe is there.
	file := filepath.Join(cfg.Content, filepath.FromSlash(agreement))
	edit(t, file, `kind = "convention"`, `kind = "conventoin"`)
	if code, body := r.build(t, tinghirPage); code != 500 || !strings.Contains(body, "unknown kind") || !strings.Contains(body, want) {
		t.Errorf("after an edit beside the pipe: status %d, body:\n%s", code, body)
	}
	edit(t, file, `kind = "conventoin"`, `kind = "convention"`)
	r.build(t, tinghirPage)

	if err := os.Remove(pipe); err != nil {
		t.Fatal(err)
	}
	if code, _ := r.build(t, tinghirPage); code != 200 {
		t.Errorf("after removing the pipe: status %d\n%s", code, log.String())
	}
}

// TestFingerprintOpensNoFile: the watcher's walk neither opens a named pipe
// nor follows a link to a folder, and still sees them come and go.
func TestFingerprintOpensNoFile(t *testing.T) {
	cfg := repoCopy(t)
	s := &Server{cfg: cfg}
	before := s.inputs()
	if err := syscall.Mkfifo(filepath.Join(cfg.Content, "agreements", "pipe-agreement.md"), 0o644); err != nil {
		t.Skipf("cannot make a named pipe: %v", err)
	}
	if err := os.Symlink("/", filepath.Join(cfg.Assets, "root")); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	if maps.Equal(s.inputs(), before) {
		t.Errorf("the pipe and the link do not change the fingerprint")
	}
}
