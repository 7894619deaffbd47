// Package write minifies the rendered files by media type and writes them
// into a temporary folder that replaces the output folder only once every
// file is written: a failed build leaves the previous output untouched.
// Each output carries a mark, and only a marked or empty folder is ever
// replaced. Builds of one folder take turns; each first puts right what
// a killed one left, and swaps its folder in by one exchange where the
// system has it, so that readers never find the output missing.
package write

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// An Output is the output folder of one build, held from Open to Close:
// other builds of the same folder wait for their turn meanwhile.
type Output struct {
	name   string // as the caller gave it, for messages
	path   string // absolute, the folder a symbolic link leads to
	opts   options
	unlock func()
}

// An Option changes how a build writes its output.
type Option func(*options)

type options struct {
	notify func(string)
	event  func(string) // called at each step of a write, for tests that kill a build there
	moves  moves
}

// Notify passes f the notices of a build that are not errors, such as
// that it waits for another build of the same folder.
func Notify(f func(string)) Option {
	return func(o *options) { o.notify = f }
}

// Site writes files, minified by the type their extension names, as the
// folder out: Open, Fill and Close.
func Site(out string, files []File, opts ...Option) error {
	o, err := Open(out, opts...)
	if err != nil {
		return err
	}
	defer o.Close()
	return o.Fill(func(sink Sink) error {
		w := Minify(sink)
		for _, f := range files {
			if err := w.Write(f.Path, MediaType(f.Path), f.Data); err != nil {
				return err
			}
		}
		return nil
	})
}

// Open takes the output folder out for one build, waiting while another
// build has it, and checks that a build may replace it.
func Open(out string, opts ...Option) (*Output, error) {
	o := &Output{name: out, opts: options{notify: func(string) {}, event: func(string) {}, moves: osMoves()}}
	for _, opt := range opts {
		opt(&o.opts)
	}
	var err error
	if o.path, err = target(out); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Dir(o.path), 0o755); err != nil {
		return nil, err
	}
	waiting := func() { o.opts.notify(fmt.Sprintf("waiting for another build of %s to finish", out)) }
	if o.unlock, err = lock(o.beside(".lock"), waiting); err != nil {
		return nil, fmt.Errorf("lock %s: %w", o.beside(".lock"), err)
	}
	if err := o.repair(); err != nil {
		o.Close()
		return nil, err
	}
	if err := replaceable(out); err != nil {
		o.Close()
		return nil, err
	}
	return o, nil
}

// target is the absolute path of out; when out is a symbolic link, the
// build replaces the folder it leads to rather than the link.
func target(out string) (string, error) {
	p, err := filepath.Abs(out)
	if err != nil {
		return "", err
	}
	if info, err := os.Lstat(p); err == nil && info.Mode()&fs.ModeSymlink != 0 {
		if p, err = filepath.EvalSymlinks(p); err != nil {
			return "", err
		}
	}
	if filepath.Dir(p) == p {
		return "", fmt.Errorf("output folder %s is the root of a file system", out)
	}
	return p, nil
}

// beside names a hidden file or folder beside the output: ".public.lock"
// for the output "public" and the suffix ".lock".
func (o *Output) beside(suffix string) string {
	return filepath.Join(filepath.Dir(o.path), "."+filepath.Base(o.path)+suffix)
}

// Close lets the next build of the folder have its turn.
func (o *Output) Close() error {
	if o.unlock != nil {
		o.unlock()
		o.unlock = nil
	}
	return nil
}

// Fill makes a new folder, lets fill write the site into it through a
// sink, from as many goroutines as it likes, and swaps the folder in as the
// output once fill returns without error. On any error the output is left
// as it was and the new folder removed.
func (o *Output) Fill(fill func(Sink) error) (err error) {
	tmp, err := os.MkdirTemp(filepath.Dir(o.path), "."+filepath.Base(o.path)+".new-")
	if err != nil {
		return err
	}
	defer func() {
		// Unless the swap failed after the exchange: tmp then holds the
		// old output, where the error says it is left.
		if e, ok := errors.AsType[*Error](err); err != nil && !(ok && e.Aside == tmp) {
			os.RemoveAll(tmp)
		}
	}()
	// MkdirTemp makes a private folder; the site is for web servers to read.
	if err := os.Chmod(tmp, 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(tmp, Mark), []byte(markText), 0o644); err != nil {
		return err
	}
	f := newFolder(tmp, o.opts.event)
	err = fill(f)
	// The writer stops before the folder is swapped in or removed.
	if closeErr := f.close(); err == nil {
		err = closeErr
	}
	if err != nil {
		return err
	}
	return o.swap(tmp)
}
