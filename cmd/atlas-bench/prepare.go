package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"atlas/bench/synth"
)

// tools holds what every size of the benchmark uses: the compiled atlas,
// the repository's inputs and Hugo when it is installed.
type tools struct {
	c           config
	self        string // this binary, which launches each measured program
	repo        string
	atlas       string // the compiled atlas command
	revision    string // the commit it was compiled from
	hugo        string // "" when not installed
	hugoVersion string
	registry    synth.Registry
	loadStart   string // the load average when the benchmark started
	log         io.Writer
}

// prepare finds the repository, compiles atlas into work/bin and looks
// for Hugo.
func prepare(c config, work string, log io.Writer) (*tools, error) {
	repo, err := repoRoot(c.repo)
	if err != nil {
		return nil, err
	}
	t := &tools{c: c, repo: repo, log: log, loadStart: loadAverage()}
	if t.self, err = os.Executable(); err != nil {
		return nil, fmt.Errorf("finding the benchmark's own binary: %w", err)
	}
	if t.registry, err = synth.ReadRegistry(filepath.Join(repo, "content", "regions.toml")); err != nil {
		return nil, err
	}
	t.atlas = filepath.Join(work, "bin", "atlas")
	// Read before the build: the work tree may change while the
	// benchmark runs, the binary does not.
	t.revision = revision(repo)
	fmt.Fprintf(log, "atlas-bench: go build -o %s ./cmd/atlas\n", t.atlas)
	if out, err := command(repo, "go", "build", "-o", t.atlas, "./cmd/atlas"); err != nil {
		return nil, fmt.Errorf("building atlas: %w\n%s", err, out)
	}
	if path, err := exec.LookPath(c.hugo); err == nil {
		t.hugo = path
		out, err := command(repo, path, "version")
		if err != nil {
			return nil, fmt.Errorf("%s version: %w\n%s", path, err, out)
		}
		t.hugoVersion = strings.TrimSpace(out)
	} else {
		fmt.Fprintf(log, "atlas-bench: %s not found, Hugo is skipped\n", c.hugo)
	}
	return t, nil
}

// repoRoot is the -repo flag, or the folder of the Go module that holds
// the current folder: the benchmark runs from anywhere in the repository.
func repoRoot(flagged string) (string, error) {
	if flagged != "" {
		return filepath.Abs(flagged)
	}
	out, err := command("", "go", "env", "GOMOD")
	mod := strings.TrimSpace(out)
	if err != nil || mod == "" || mod == os.DevNull {
		return "", fmt.Errorf("not inside the atlas module (go env GOMOD: %q, %v): run from the repository or pass -repo", mod, err)
	}
	return filepath.Dir(mod), nil
}

// command runs a short helper command and returns its combined output.
func command(dir, name string, args ...string) (string, error) {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	return out.String(), err
}
