package write

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
)

// Create opens the file name of sink for a stream of writes, so that a
// large file, such as agreements.json or the offline archive, is never
// held whole in memory: a folder receives the bytes as they are written,
// an archive compresses them as they come, a tee passes them to each of
// its sinks, and any other sink receives them at once on Close. The file
// is complete only when Close returns no error.
func Create(sink Sink, name string) (io.WriteCloser, error) {
	if err := checkPath(name); err != nil {
		return nil, err
	}
	if c, ok := sink.(creator); ok {
		return c.create(name)
	}
	return &buffered{sink: sink, name: name}, nil
}

// A creator is a sink that takes a file as a stream of writes.
type creator interface {
	create(name string) (io.WriteCloser, error)
}

// Stream writes the file name to sink from fill, which returns how many
// bytes it wrote.
func Stream(sink Sink, name string, fill func(io.Writer) (int64, error)) (int64, error) {
	w, err := Create(sink, name)
	if err != nil {
		return 0, err
	}
	n, err := fill(w)
	if closeErr := w.Close(); err == nil {
		err = closeErr
	}
	return n, err
}

// buffered is a stream into a sink that takes whole files.
type buffered struct {
	sink Sink
	name string
	buf  bytes.Buffer
}

func (b *buffered) Write(p []byte) (int, error) { return b.buf.Write(p) }
func (b *buffered) Close() error                { return b.sink.Write(b.name, b.buf.Bytes()) }

// create opens a file of the folder on the caller's goroutine: a stream
// is large, and the writer's queue holds small copies.
func (f *folder) create(name string) (io.WriteCloser, error) {
	if err := f.failed(); err != nil {
		return nil, err
	}
	out, err := openFile(filepath.Join(f.dir, filepath.FromSlash(name)))
	if err != nil {
		return nil, err
	}
	return &folderFile{File: out, f: f, name: name}, nil
}

type folderFile struct {
	*os.File
	f    *folder
	name string
}

func (w *folderFile) Close() error {
	if err := w.File.Close(); err != nil {
		return err
	}
	w.f.event("wrote " + w.name)
	return nil
}

// Tee is a sink that writes every file to each of sinks in turn.
func Tee(sinks ...Sink) Sink { return tee(sinks) }

type tee []Sink

func (t tee) Write(name string, data []byte) error {
	for _, s := range t {
		if err := s.Write(name, data); err != nil {
			return err
		}
	}
	return nil
}

// create opens the file in each sink, and writes each write to them all.
func (t tee) create(name string) (io.WriteCloser, error) {
	var streams teeStreams
	for _, s := range t {
		w, err := Create(s, name)
		if err != nil {
			streams.Close()
			return nil, err
		}
		streams = append(streams, w)
	}
	return streams, nil
}

type teeStreams []io.WriteCloser

func (t teeStreams) Write(p []byte) (int, error) {
	for _, w := range t {
		if _, err := w.Write(p); err != nil {
			return 0, err
		}
	}
	return len(p), nil
}

// Close closes every stream, and returns the first error.
func (t teeStreams) Close() error {
	var first error
	for _, w := range t {
		if err := w.Close(); err != nil && first == nil {
			first = err
		}
	}
	return first
}
