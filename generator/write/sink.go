package write

import (
	"bytes"
	"fmt"
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

// folder is the sink of the temporary folder a build fills.
type folder struct {
	dir   string
	event func(string)
	made  sync.Map // folders made so far: most files share one
}

func (f *folder) Write(name string, data []byte) error {
	if err := checkPath(name); err != nil {
		return err
	}
	file := filepath.Join(f.dir, filepath.FromSlash(name))
	if dir := filepath.Dir(file); !f.has(dir) {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		f.made.Store(dir, true)
	}
	if err := os.WriteFile(file, data, 0o644); err != nil {
		return err
	}
	f.event("wrote " + name)
	return nil
}

func (f *folder) has(dir string) bool {
	_, ok := f.made.Load(dir)
	return ok
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
// a sink. Its Write is safe for concurrent use.
type Writer interface {
	Write(name, mediaType string, data []byte) error
}

// Plain is a Writer that passes files on as they are: for golden files,
// which are read in review.
func Plain(sink Sink) Writer { return plain{sink} }

type plain struct{ sink Sink }

func (p plain) Write(name, _ string, data []byte) error { return p.sink.Write(name, data) }

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
// minifier knows is written as it is.
func (w *Minifying) Write(name, mediaType string, data []byte) error {
	buf := w.bufs.Get().(*bytes.Buffer)
	defer w.bufs.Put(buf)
	buf.Reset()
	err := w.m.Minify(mediaType, buf, bytes.NewReader(data))
	switch {
	case err == minify.ErrNotExist || mediaType == "":
		return w.sink.Write(name, data)
	case err != nil:
		return fmt.Errorf("minify %s: %w", name, err)
	}
	return w.sink.Write(name, buf.Bytes())
}
