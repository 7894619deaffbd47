//go:build unix

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestCheckSpecialFiles: "atlas check" returns, and reports each file, when
// the agreements hold a named pipe (opening it would block) and a link to
// /dev/zero (reading it would never end).
func TestCheckSpecialFiles(t *testing.T) {
	dir := tempContent(t)
	agreements := filepath.Join(dir, "agreements")
	os.MkdirAll(agreements, 0o755)
	if err := syscall.Mkfifo(filepath.Join(agreements, "pipe-file.md"), 0o644); err != nil {
		t.Skipf("cannot make a named pipe: %v", err)
	}
	if err := os.Symlink("/dev/zero", filepath.Join(agreements, "zero-file.md")); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	var stdout, stderr bytes.Buffer
	code := run([]string{"check", "--content", dir, "--format", "text"}, &stdout, &stderr)
	if code != 1 {
		t.Errorf("exit %d, want 1\n%s", code, stderr.String())
	}
	shown := filepath.ToSlash(agreements)
	for _, want := range []string{
		shown + "/pipe-file.md:1:1: error: pipe-file.md is a named pipe, not a regular file",
		shown + "/zero-file.md:1:1: error: zero-file.md is a symbolic link, not a regular file",
	} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, stdout.String())
		}
	}
}
