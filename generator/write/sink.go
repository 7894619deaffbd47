package write

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"sync"

	"github.com/tdewolff/minify/v2"
)

// File is one file of the site, by its slash-separated path.
type File struct {
	Path string
	Data []byte
}

// A Sink stores the files of one build: a folder swapped in whole, memory
// for "atlas serve", an archive. Write is called from many goroutines at
// once, and data is only lent: a sink that keeps it copies it.
type Sink interface {
	Write(path string, data []byte) error
}

// Memory is a sink that keeps the files in memory.
type Memory struct {
	mu    sync.Mutex
	files map[string][]byte
}

// NewMemory returns an empty memory sink.
func NewMemory() *Memory { return &Memory{files: map[string][]byte{}} }

// Write keeps a copy of data.
func (m *Memory) Write(name string, data []byte) error {
	if err := checkPath(name); err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.files[name] = bytes.Clone(data)
	return nil
}

// Files returns the files kept, by path. The map is the sink's own: the
// sink must not be written to afterwards.
func (m *Memory) Files() map[string][]byte {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.files
}

// Sorted returns the files kept, ordered by path.
func (m *Memory) Sorted() []File {
	files := m.Files()
	out := make([]File, 0, len(files))
	for name, data := range files {
		out = append(out, File{name, data})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out
}

// folder is the sink of the temporary folder a build fills. Its files are
// created on one goroutine of their own, whatever the number of workers:
// the kernel creates one file at a time in a folder anyway, and two
// workers creating files at once spent about twice the system time,
// waiting on its lock. The workers hand their files over and go on.
type folder struct {
	dir   string
	event func(string)

	queue chan queued
	done  chan struct{}
	bufs  sync.Pool // *[]byte, the copies of queued files, reused
	mu    sync.Mutex
	err   error // the first failed write
}

// queued is a file handed over to the folder's writer, with a copy of
// its bytes: the caller's buffer is reused once Write returns.
type queued struct {
	name, file string
	data       *[]byte
}

// queueLength is how many files may wait for the writer: enough to keep
// it busy while workers render, a few hundred kilobytes at most.
const queueLength = 64

// largeFile is the size above which a file is written on the caller's
// goroutine rather than copied for the writer: a download of tens of
// megabytes would otherwise be held twice.
const largeFile = 1 << 20

// newFolder returns the sink of dir, its writer started; close stops it.
func newFolder(dir string, event func(string)) *folder {
	f := &folder{dir: dir, event: event, queue: make(chan queued, queueLength), done: make(chan struct{})}
	go f.writeQueued()
	return f
}

func (f *folder) Write(name string, data []byte) error {
	if err := checkPath(name); err != nil {
		return err
	}
	if err := f.failed(); err != nil {
		return err
	}
	file := filepath.Join(f.dir, filepath.FromSlash(name))
	if len(data) > largeFile {
		return f.write(name, file, data)
	}
	copied, _ := f.bufs.Get().(*[]byte)
	if copied == nil {
		copied = new([]byte)
	}
	*copied = append((*copied)[:0], data...)
	f.queue <- queued{name, file, copied}
	return nil
}

// writeQueued writes the files handed over until the queue is closed;
// after a failure it only drains the queue.
func (f *folder) writeQueued() {
	defer close(f.done)
	for q := range f.queue {
		if f.failed() == nil {
			if err := f.write(q.name, q.file, *q.data); err != nil {
				f.fail(err)
			}
		}
		f.bufs.Put(q.data)
	}
}

// write writes one file.
func (f *folder) write(name, file string, data []byte) error {
	out, err := openFile(file)
	if err != nil {
		return err
	}
	_, err = out.Write(data)
	if closeErr := out.Close(); err == nil {
		err = closeErr
	}
	if err != nil {
		return err
	}
	f.event("wrote " + name)
	return nil
}

// openFile creates a file to write, making its folder when it is missing:
// most files go into a folder that exists, and looking first would cost
// every one of them a system call.
func openFile(file string) (*os.File, error) {
	const flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	out, err := os.OpenFile(file, flags, 0o644)
	if errors.Is(err, fs.ErrNotExist) {
		if err = os.MkdirAll(filepath.Dir(file), 0o755); err == nil {
			out, err = os.OpenFile(file, flags, 0o644)
		}
	}
	return out, err
}

func (f *folder) failed() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.err
}

func (f *folder) fail(err error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err == nil {
		f.err = err
	}
}

// close waits for the files handed over to be written, and returns the
// first error any of them met. No Write may follow.
func (f *folder) close() error {
	close(f.queue)
	<-f.done
	return f.failed()
}

// checkPath refuses a path that is not a plain file path inside the site,
// or that would replace the mark of the output folder.
func checkPath(name string) error {
	if !filepath.IsLocal(filepath.FromSlash(name)) || path.Clean(name) != name {
		return fmt.Errorf("%q is not a path inside the output folder", name)
	}
	if name == Mark {
		return fmt.Errorf("%q is the name of the mark of the output folder", name)
	}
	return nil
}

// A Writer takes the files a build encodes, with their media type, on to
// a sink. Its methods are safe for concurrent use.
type Writer interface {
	Write(name, mediaType string, data []byte) error
	// Create opens a file written as it is, for a stream of writes:
	// see the function Create.
	Create(name string) (io.WriteCloser, error)
}

// Plain is a Writer that passes files on as they are: for golden files,
// which are read in review.
func Plain(sink Sink) Writer { return plain{sink} }

type plain struct{ sink Sink }

func (p plain) Write(name, _ string, data []byte) error { return p.sink.Write(name, data) }

func (p plain) Create(name string) (io.WriteCloser, error) { return Create(p.sink, name) }

// Minifying passes each file through the minifier of its media type on its
// way to a sink. It is safe for concurrent use; its buffers are reused, so
// that memory holds one file per goroutine, never the site.
type Minifying struct {
	m    *minify.M
	sink Sink
	bufs sync.Pool
}

// Minify returns a Minifying writer into sink.
func Minify(sink Sink) *Minifying {
	return &Minifying{m: Minifier(), sink: sink, bufs: sync.Pool{New: func() any { return new(bytes.Buffer) }}}
}

// Write minifies data as mediaType and writes it to the sink; a type no
// minifier knows is written as it is. To spare a copy of every page, the
// minifiers read data in place and may change it meanwhile: Write owns
// data until it returns, and data is left as it was only when its type
// has no minifier (held downloads, written as they are, rely on this).
func (w *Minifying) Write(name, mediaType string, data []byte) error {
	if mediaType == "" {
		return w.sink.Write(name, data)
	}
	buf := w.bufs.Get().(*bytes.Buffer)
	defer w.bufs.Put(buf)
	buf.Reset()
	// A bytes.Buffer hands the minifier data itself, where a bytes.Reader
	// had it copy every page first: half a gigabyte for a site of 10,000
	// agreements.
	err := w.m.Minify(mediaType, buf, bytes.NewBuffer(data))
	switch {
	case err == minify.ErrNotExist:
		return w.sink.Write(name, data)
	case err != nil:
		return fmt.Errorf("minify %s: %w", name, err)
	}
	return w.sink.Write(name, buf.Bytes())
}

// Create opens a file of the sink written as it is, with no minifier.
func (w *Minifying) Create(name string) (io.WriteCloser, error) { return Create(w.sink, name) }
