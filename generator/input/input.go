// Package input reads the input folders of a site (content, layouts and
// assets) from an fs.FS, safely: a pull request can put anything in them.
//
// Only regular files and real folders are read. A symbolic link anywhere on
// a path is refused, so nothing outside the folder is ever published; a
// named pipe, a device or a socket is refused before it is opened, so the
// build never blocks on it; and no file is read past a size limit, so a link
// to /dev/zero or a huge file cannot exhaust memory. Each refusal is an
// error naming the path and what it holds.
//
// Links are detected with fs.Lstat, which os.DirFS and fstest.MapFS
// implement; on a file system without fs.ReadLinkFS, Lstat follows links
// like Stat and only the other checks apply.
package input

import (
	"io"
	"io/fs"
	"strings"
)

// The largest file of each folder, in bytes. Content files and layouts are
// text people write; an asset may be a font or a map outline.
const (
	ContentLimit = 1_000_000
	LayoutLimit  = 1_000_000
	AssetLimit   = 16_000_000
)

// FS is an input folder read safely. It implements fs.ReadFileFS,
// fs.ReadDirFS and fs.StatFS, so html/template and the io/fs helpers read
// through it.
type FS struct {
	fsys  fs.FS
	noun  string // what a file of this folder is called in messages
	limit int64
}

// New wraps fsys; noun names one of its files ("a content file") in the
// message about a file over limit bytes.
func New(fsys fs.FS, noun string, limit int64) *FS {
	if in, ok := fsys.(*FS); ok {
		fsys = in.fsys
	}
	return &FS{fsys: fsys, noun: noun, limit: limit}
}

// Content, Layouts and Assets wrap the folder of that name.
func Content(fsys fs.FS) *FS { return New(fsys, "a content file", ContentLimit) }
func Layouts(fsys fs.FS) *FS { return New(fsys, "a layout", LayoutLimit) }
func Assets(fsys fs.FS) *FS  { return New(fsys, "an asset", AssetLimit) }

// Open opens a regular file, limited to the folder's size, or a folder.
func (f *FS) Open(name string) (fs.File, error) {
	info, err := f.lstat(name)
	if err != nil {
		return nil, err
	}
	if info.IsDir() {
		return f.openDir(name)
	}
	file, err := f.openFile(name, info)
	if err != nil {
		return nil, err
	}
	return &limited{File: file, left: f.limit, err: f.tooLarge(name, -1)}, nil
}

// ReadFile reads a regular file whole, never more than the limit.
func (f *FS) ReadFile(name string) ([]byte, error) {
	info, err := f.lstat(name)
	if err != nil {
		return nil, err
	}
	file, err := f.openFile(name, info)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	// One byte more than the limit tells a file at the limit from a longer
	// one, whatever its size claimed.
	data, err := readAll(io.LimitReader(file, f.limit+1), min(max(info.Size(), 0), f.limit)+1)
	if err != nil {
		return nil, &fs.PathError{Op: "read", Path: name, Err: err}
	}
	if int64(len(data)) > f.limit {
		return nil, f.tooLarge(name, -1)
	}
	return data, nil
}

// readAll reads r to its end into a buffer of the size the file claims,
// as os.ReadFile does: growing one from nothing would copy each file
// several times over.
func readAll(r io.Reader, size int64) ([]byte, error) {
	data := make([]byte, 0, size)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)] // the file grew: more room
		}
		n, err := r.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			return data, nil
		}
		if err != nil {
			return data, err
		}
	}
}

// ReadDir lists a real folder. Its entries are described, not followed: a
// link to a folder is an entry of type fs.ModeSymlink.
func (f *FS) ReadDir(name string) ([]fs.DirEntry, error) {
	info, err := f.lstat(name)
	if err != nil {
		return nil, err
	}
	if !info.IsDir() {
		return nil, &KindError{Path: name, Is: Describe(info.Mode()), Want: "a folder"}
	}
	return fs.ReadDir(f.fsys, name)
}

// Stat describes a file without following a link: a link is listed, found
// by fs.Glob and described as what it is, and refused when it is read.
func (f *FS) Stat(name string) (fs.FileInfo, error) { return f.lstat(name) }

// lstat describes name without following a link, after checking that each
// folder on its way is a real folder. The root is the folder the user
// named, and is taken as it is.
func (f *FS) lstat(name string) (fs.FileInfo, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	if name == "." {
		return fs.Stat(f.fsys, name)
	}
	for i := 0; ; i++ {
		end := strings.IndexByte(name[i:], '/')
		if end < 0 {
			return fs.Lstat(f.fsys, name)
		}
		i += end
		dir := name[:i]
		info, err := fs.Lstat(f.fsys, dir)
		if err != nil {
			return nil, err
		}
		if !info.IsDir() {
			return nil, &KindError{Path: dir, Is: Describe(info.Mode()), Want: "a folder"}
		}
	}
}

// openFile opens what lstat found to be a regular file, and checks the
// open file again: it may have been replaced in between.
func (f *FS) openFile(name string, info fs.FileInfo) (fs.File, error) {
	if err := f.regular(name, info); err != nil {
		return nil, err
	}
	file, err := f.fsys.Open(name)
	if err != nil {
		return nil, err
	}
	info, err = file.Stat()
	if err == nil {
		err = f.regular(name, info)
	}
	if err != nil {
		file.Close()
		return nil, err
	}
	return file, nil
}

func (f *FS) openDir(name string) (fs.File, error) {
	dir, err := f.fsys.Open(name)
	if err != nil {
		return nil, err
	}
	info, err := dir.Stat()
	if err == nil && !info.IsDir() {
		err = &KindError{Path: name, Is: Describe(info.Mode()), Want: "a folder"}
	}
	if err != nil {
		dir.Close()
		return nil, err
	}
	return dir, nil
}

// regular checks that info is a regular file within the limit.
func (f *FS) regular(name string, info fs.FileInfo) error {
	if !info.Mode().IsRegular() {
		return &KindError{Path: name, Is: Describe(info.Mode()), Want: "a regular file"}
	}
	if info.Size() > f.limit {
		return f.tooLarge(name, info.Size())
	}
	return nil
}

func (f *FS) tooLarge(name string, size int64) *SizeError {
	return &SizeError{Path: name, Size: size, Limit: f.limit, Noun: f.noun}
}

// limited is an open file that fails once more than its limit is read.
type limited struct {
	fs.File
	left int64
	err  error
}

func (l *limited) Read(p []byte) (int, error) {
	if int64(len(p)) > l.left+1 {
		p = p[:l.left+1]
	}
	n, err := l.File.Read(p)
	if int64(n) > l.left {
		n, l.left = int(l.left), 0
		return n, l.err
	}
	l.left -= int64(n)
	return n, err
}
