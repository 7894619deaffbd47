package write

import (
	"os"
	"path/filepath"
)

// swap replaces the output by the folder tmp. The old output is moved
// aside first and removed only once the new one is in place.
func (o *Output) swap(tmp string) error {
	old := ""
	if _, err := os.Lstat(o.path); err == nil {
		// repair removed any old output a killed build left aside: a
		// folder still of that name is not the build's to remove, and
		// the rename fails on it.
		old = o.beside(".old")
		if err := os.Rename(o.path, old); err != nil {
			return err
		}
		o.opts.event("moved aside")
	}
	if err := os.Rename(tmp, o.path); err != nil {
		if old != "" {
			os.Rename(old, o.path)
		}
		return err
	}
	o.opts.event("moved in")
	if old != "" {
		return removeOutput(old)
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
