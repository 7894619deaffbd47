// Package write minifies the rendered files by media type and writes them
// into a temporary folder that replaces the output folder only once every
// file is written: a failed build leaves the previous output untouched.
// Each output carries a mark, and only a marked or empty folder is ever
// replaced.
package write

import (
	"fmt"
	"os"
	"path"
	"path/filepath"

	"atlas/generator/render"
)

// Site minifies files and swaps them in as the folder out.
func Site(out string, files []render.File) (err error) {
	// Minify first: a file that does not minify then costs no folder.
	if files, err = Minify(files); err != nil {
		return err
	}
	out = filepath.Clean(out)
	if err := replaceable(out); err != nil {
		return err
	}
	parent := filepath.Dir(out)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(out)+".new-")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			os.RemoveAll(tmp)
		}
	}()
	if err := fill(tmp, files); err != nil {
		return err
	}
	return swap(tmp, out)
}

// fill writes the mark, then the files, into the new folder dir.
func fill(dir string, files []render.File) error {
	// MkdirTemp makes a private folder; the site is for web servers to read.
	if err := os.Chmod(dir, 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, Mark), []byte(markText), 0o644); err != nil {
		return err
	}
	for _, f := range files {
		if err := writeFile(dir, f); err != nil {
			return err
		}
	}
	return nil
}

func writeFile(dir string, f render.File) error {
	if !filepath.IsLocal(filepath.FromSlash(f.Path)) {
		return fmt.Errorf("%q is not a path inside the output folder", f.Path)
	}
	if path.Clean(f.Path) == Mark {
		return fmt.Errorf("%q is the name of the mark of the output folder", f.Path)
	}
	name := filepath.Join(dir, filepath.FromSlash(f.Path))
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	return os.WriteFile(name, f.Data, 0o644)
}

// swap replaces out by tmp. The old output is moved aside first and
// removed only once the new one is in place.
func swap(tmp, out string) error {
	old := ""
	if _, err := os.Stat(out); err == nil {
		old = filepath.Join(filepath.Dir(out), "."+filepath.Base(out)+".old")
		os.RemoveAll(old)
		if err := os.Rename(out, old); err != nil {
			return err
		}
	}
	if err := os.Rename(tmp, out); err != nil {
		if old != "" {
			os.Rename(old, out)
		}
		return err
	}
	if old != "" {
		return os.RemoveAll(old)
	}
	return nil
}
