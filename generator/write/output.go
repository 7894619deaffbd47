package write

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// Mark is the file every output of the atlas holds. A build replaces its
// output folder whole, so it replaces only a folder that carries the mark:
// one it wrote itself.
const Mark = ".atlas-output"

const markText = `This folder is written by "atlas build" and replaced whole by each build:
anything added here is lost at the next build.
`

// CheckOutput refuses an output folder that a build must not replace: one
// that is, holds or lies inside one of the input folders, or an existing
// folder that is neither empty nor marked as an output of the atlas.
func CheckOutput(out string, inputs ...string) error {
	for _, in := range inputs {
		if err := apart(out, in); err != nil {
			return err
		}
	}
	return replaceable(out)
}

// apart fails when out and in overlap, comparing their absolute paths, the
// paths with symbolic links followed and, where the folders exist, the
// folders themselves (which also catches a name in another case on systems
// that ignore case).
func apart(out, in string) error {
	o, err := filepath.Abs(out)
	if err != nil {
		return err
	}
	i, err := filepath.Abs(in)
	if err != nil {
		return err
	}
	outInside := inside(o, i) || inside(resolve(o), resolve(i))
	inInside := inside(i, o) || inside(resolve(i), resolve(o))
	const hint = "a build replaces its output folder whole: choose a folder of its own, such as public"
	switch {
	case outInside && inInside:
		return fmt.Errorf("output folder %s is the input folder %s; %s", out, in, hint)
	case inInside:
		return fmt.Errorf("output folder %s holds the input folder %s; %s", out, in, hint)
	case outInside:
		return fmt.Errorf("output folder %s lies inside the input folder %s; %s", out, in, hint)
	}
	return nil
}

// inside reports whether the absolute path p is dir or lies inside it:
// by name, or because p or one of its parents is the folder dir.
func inside(p, dir string) bool {
	if rel, err := filepath.Rel(dir, p); err == nil && filepath.IsLocal(rel) {
		return true
	}
	d, err := os.Stat(dir)
	if err != nil {
		return false
	}
	for a := p; ; a = filepath.Dir(a) {
		if info, err := os.Stat(a); err == nil && os.SameFile(info, d) {
			return true
		}
		if filepath.Dir(a) == a {
			return false
		}
	}
}

// resolve follows the symbolic links of the absolute path p as far as it
// exists: the deepest existing folder is resolved and the rest kept.
func resolve(p string) string {
	rest := ""
	for a := p; ; a = filepath.Dir(a) {
		if r, err := filepath.EvalSymlinks(a); err == nil {
			return filepath.Join(r, rest)
		}
		if filepath.Dir(a) == a {
			return p
		}
		rest = filepath.Join(filepath.Base(a), rest)
	}
}

// replaceable fails unless out is missing, an empty folder, or a folder
// that carries the mark.
func replaceable(out string) error {
	entries, err := os.ReadDir(out)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		if info, serr := os.Stat(out); serr == nil && !info.IsDir() {
			return fmt.Errorf("output folder %s is a file", out)
		}
		return fmt.Errorf("output folder: %w", err)
	case len(entries) == 0 || marked(out):
		return nil
	case looksLikeOutput(out):
		return fmt.Errorf("output folder %s holds files that atlas did not write (it has no %s file), "+
			"though they look like the output of an older atlas: if they are, remove %s and build again", out, Mark, out)
	}
	return fmt.Errorf("output folder %s holds files that atlas did not write (it has no %s file); "+
		"a build replaces its output folder whole: choose a new or empty folder, such as public", out, Mark)
}

// looksLikeOutput reports whether dir has the look of a site the atlas
// wrote before it marked its outputs. Only the hint depends on it: a
// copy of the site with files added by hand looks the same.
func looksLikeOutput(dir string) bool {
	has := func(name string) bool {
		_, err := os.Stat(filepath.Join(dir, name))
		return err == nil
	}
	return has("index.html") && has("assets/atlas.css") && (has("ar") || has("fr"))
}

// marked reports whether dir carries the mark of an atlas output.
func marked(dir string) bool {
	info, err := os.Lstat(filepath.Join(dir, Mark))
	return err == nil && info.Mode().IsRegular()
}
