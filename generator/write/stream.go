package write

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
)

// Stream writes the file name to sink from fill, which returns how many
// bytes it wrote. A folder receives the bytes as fill writes them, so a
// large file such as the offline archive is never held in memory; other
// sinks receive them at once when fill is done.
func Stream(sink Sink, name string, fill func(io.Writer) (int64, error)) (int64, error) {
	if err := checkPath(name); err != nil {
		return 0, err
	}
	if f, ok := sink.(*folder); ok {
		return f.stream(name, fill)
	}
	var buf bytes.Buffer
	n, err := fill(&buf)
	if err != nil {
		return n, err
	}
	return n, sink.Write(name, buf.Bytes())
}

func (f *folder) stream(name string, fill func(io.Writer) (int64, error)) (int64, error) {
	file := filepath.Join(f.dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return 0, err
	}
	out, err := os.OpenFile(file, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return 0, err
	}
	n, err := fill(out)
	if closeErr := out.Close(); err == nil {
		err = closeErr
	}
	if err == nil {
		f.event("wrote " + name)
	}
	return n, err
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
