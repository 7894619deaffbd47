package write

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// repair puts right what earlier builds of the output, killed or failed
// midway, left beside it. One stopped between moving the old output
// aside and moving the new one in leaves no output: the old one is put
// back. Then the folders that builds were writing, or removing, go.
func (o *Output) repair() error {
	old := o.beside(".old")
	if _, err := os.Lstat(o.path); errors.Is(err, fs.ErrNotExist) && marked(old) {
		if err := os.Rename(old, o.path); err != nil {
			return &Error{State: Missing, Aside: old, Err: fmt.Errorf("put back the old output: %w", err)}
		}
		o.opts.notify(fmt.Sprintf("put back %s from %s, where an earlier build had left it", o.name, old))
	}
	dir := filepath.Dir(o.path)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		p := filepath.Join(dir, e.Name())
		if !e.IsDir() || !o.leftover(e.Name(), p) {
			continue
		}
		if err := removeOutput(p); err != nil {
			return fmt.Errorf("remove %s, left by an earlier build: %w", p, err)
		}
		o.opts.notify(fmt.Sprintf("removed %s, left by an earlier build", p))
	}
	return nil
}

// leftover reports whether the folder name, at p beside the output, is
// one that a build of the output makes and removes. A folder a build
// writes is known by its name, which only os.MkdirTemp makes
// (".public.new-" and digits); the old output moved aside
// (".public.old") is known by its mark, so that a backup a user named
// so is kept.
func (o *Output) leftover(name, p string) bool {
	base := "." + filepath.Base(o.path)
	if suffix, ok := strings.CutPrefix(name, base+".new-"); ok {
		return suffix != "" && strings.Trim(suffix, "0123456789") == ""
	}
	return name == base+".old" && (marked(p) || empty(p))
}

// empty reports whether dir is a folder with nothing in it.
func empty(dir string) bool {
	entries, err := os.ReadDir(dir)
	return err == nil && len(entries) == 0
}
