package main

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"atlas/generator/diag"
)

// scope is what check prints: every problem, or, for the files and folders
// a contributor names, their problems and the errors of the files outside
// agreements/ and milestones/ (settings, registry, layouts), which break
// every page and so every named file too.
type scope struct {
	content string   // the content folder as diagnostics name it
	named   []string // named files, and named folders ending in "/"
}

func newScope(contentDir string, paths []string) (scope, error) {
	s := scope{content: filepath.ToSlash(filepath.Clean(contentDir))}
	if len(paths) == 0 {
		return s, nil
	}
	root, err := filepath.Abs(contentDir)
	if err == nil {
		root, err = filepath.EvalSymlinks(root)
	}
	if err != nil {
		return s, fmt.Errorf("content folder %s: %w", contentDir, err)
	}
	for _, p := range paths {
		name, err := s.name(root, p)
		if err != nil {
			return s, err
		}
		s.named = append(s.named, name)
	}
	return s, nil
}

// name returns how diagnostics name the content file or folder p, or why
// p is none.
func (s scope) name(root, p string) (string, error) {
	info, err := os.Stat(p)
	if errors.Is(err, fs.ErrNotExist) {
		return "", fmt.Errorf("%s does not exist", p)
	}
	if err != nil {
		return "", err
	}
	real, err := realPath(p, info.IsDir())
	if err != nil {
		return "", err
	}
	rel, err := filepath.Rel(root, real)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", fmt.Errorf("%s is not in the content folder %s (give that folder with --content)", p, s.content)
	}
	name := path.Join(s.content, filepath.ToSlash(rel))
	if info.IsDir() {
		name += "/"
	}
	return name, nil
}

// realPath resolves the symbolic links of p's folders, as of the content
// folder's, but not of a file itself: the loader judges a linked file.
func realPath(p string, dir bool) (string, error) {
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", err
	}
	if dir {
		return filepath.EvalSymlinks(abs)
	}
	parent, err := filepath.EvalSymlinks(filepath.Dir(abs))
	return filepath.Join(parent, filepath.Base(abs)), err
}

// filter returns the diagnostics in scope and how many others there are.
func (s scope) filter(l diag.List) (shown diag.List, hidden int) {
	if len(s.named) == 0 {
		return l, 0
	}
	for _, d := range l {
		if s.names(d.Pos.File) || (d.Severity == diag.Error && !s.entry(d.Pos.File)) {
			shown = append(shown, d)
		} else {
			hidden++
		}
	}
	return shown, hidden
}

func (s scope) names(file string) bool {
	for _, n := range s.named {
		if file == n || file == strings.TrimSuffix(n, "/") || (strings.HasSuffix(n, "/") && strings.HasPrefix(file, n)) {
			return true
		}
	}
	return false
}

// entry tells whether file is an agreement or a milestone, or under their
// folders: a problem there is its own file's.
func (s scope) entry(file string) bool {
	return strings.HasPrefix(file, s.content+"/agreements/") || strings.HasPrefix(file, s.content+"/milestones/")
}

// parseInterspersed parses flags before, between and after the other
// arguments, which it returns: "atlas check FILE --format json" works as
// a contributor types it. After "--", every argument is a path.
func parseInterspersed(fl *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for {
		if err := fl.Parse(args); err != nil {
			return nil, err
		}
		left := fl.Args()
		if len(left) == 0 {
			return rest, nil
		}
		if n := len(args) - len(left); n > 0 && args[n-1] == "--" {
			return append(rest, left...), nil
		}
		rest = append(rest, left[0])
		args = left[1:]
	}
}
