package write

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// moves are the calls a swap makes; tests replace them to make them fail.
type moves struct {
	exchange, rename func(from, to string) error
	remove           func(dir string) error
}

func osMoves() moves {
	return moves{exchange: exchange, rename: os.Rename, remove: removeOutput}
}

// swap puts the folder tmp in place of the output. Where the system can
// exchange two folders in one step, a reader sees the old output or the
// new one and never none; the old one is removed after.
func (o *Output) swap(tmp string) error {
	m := o.opts.moves
	_, err := os.Lstat(o.path)
	if errors.Is(err, fs.ErrNotExist) {
		// Nothing to replace: one rename is atomic.
		return m.rename(tmp, o.path)
	}
	if err != nil {
		return err
	}
	err = m.exchange(tmp, o.path)
	if errors.Is(err, errors.ErrUnsupported) {
		return o.swapByRenames(tmp)
	}
	if err != nil {
		return err
	}
	o.opts.event("exchanged")
	return removeOld(m, tmp) // which now holds the old output
}

// swapByRenames is swap where folders cannot be exchanged: the old
// output moves aside, then the new one moves in. A build killed between
// the two leaves the old output aside, and the next build puts it back.
func (o *Output) swapByRenames(tmp string) error {
	m := o.opts.moves
	// repair removed any old output a killed build left aside: a folder
	// still of that name is not the build's to remove, and the rename
	// fails on it.
	old := o.beside(".old")
	if err := m.rename(o.path, old); err != nil {
		return err
	}
	o.opts.event("moved aside")
	if err := m.rename(tmp, o.path); err != nil {
		// Put the old output back, or say where it is.
		if back := m.rename(old, o.path); back != nil {
			return &Error{State: Missing, Aside: old, Err: fmt.Errorf("move the new output in: %w; put the old one back: %w", err, back)}
		}
		return err
	}
	o.opts.event("moved in")
	return removeOld(m, old)
}

// removeOld removes the old output once the new one is in place.
func removeOld(m moves, dir string) error {
	if err := m.remove(dir); err != nil {
		return &Error{State: Replaced, Aside: dir, Err: fmt.Errorf("remove the old output: %w", err)}
	}
	return nil
}

// removeOutput removes an output folder, its mark last: a folder that a
// killed build leaves half removed is still known as an output.
func removeOutput(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if e.Name() != Mark {
			if err := os.RemoveAll(filepath.Join(dir, e.Name())); err != nil {
				return err
			}
		}
	}
	return os.RemoveAll(dir)
}
