package write

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// streamIn writes data to the file name of sink in pieces of n bytes.
func streamIn(t *testing.T, sink Sink, name string, data []byte, n int) {
	t.Helper()
	w, err := Create(sink, name)
	if err != nil {
		t.Fatal(err)
	}
	for len(data) > 0 {
		k := min(n, len(data))
		if _, err := w.Write(data[:k]); err != nil {
			t.Fatal(err)
		}
		data = data[k:]
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
}

// unzip reads every entry of an archive.
func unzip(t *testing.T, a *Archive) map[string][]byte {
	t.Helper()
	var buf bytes.Buffer
	if _, err := a.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]byte{}
	for _, zf := range zr.File {
		r, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		// Reading to the end checks the entry's checksum and size.
		if out[zf.Name], err = io.ReadAll(r); err != nil {
			t.Fatalf("%s: %v", zf.Name, err)
		}
	}
	return out
}

// TestCreateStreamsIntoEverySink writes a file in pieces into each kind
// of sink: each must end with the same bytes as a file written whole.
func TestCreateStreamsIntoEverySink(t *testing.T) {
	data := []byte(strings.Repeat(`{"agreement":"اتفاقية شراكة","dirhams":1200000},`, 5000))
	mem := NewMemory()
	dir := t.TempDir()
	f := newFolder(dir, func(string) {})
	arch, err := NewArchive(time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	defer arch.Close()
	copyMem := NewMemory()
	sinks := []struct {
		name string
		sink Sink
		read func(path string) []byte
	}{
		{"memory", mem, func(p string) []byte { return mem.Files()[p] }},
		{"folder", f, func(p string) []byte {
			b, _ := os.ReadFile(filepath.Join(dir, filepath.FromSlash(p)))
			return b
		}},
		{"archive", arch, nil}, // read below, once
		{"tee", Tee(copyMem, arch), func(p string) []byte { return copyMem.Files()[p] }},
	}
	for _, s := range sinks {
		for _, piece := range []int{1 << 20, 4096, 7} {
			name := fmt.Sprintf("%s/data/%d.json", s.name, piece)
			streamIn(t, s.sink, name, data, piece)
			if s.read == nil {
				continue
			}
			if s.name == "folder" {
				if err := f.close(); err != nil {
					t.Fatal(err)
				}
				f = newFolder(dir, func(string) {})
			}
			if got := s.read(name); !bytes.Equal(got, data) {
				t.Errorf("%s, pieces of %d: %d bytes, want %d", s.name, piece, len(got), len(data))
			}
		}
	}
	f.close()
	entries := unzip(t, arch)
	if len(entries) != 6 { // three from the archive itself, three from the tee
		t.Errorf("the archive has %d entries, want 6", len(entries))
	}
	for name, got := range entries {
		if !bytes.Equal(got, data) {
			t.Errorf("archive entry %s: %d bytes, want %d", name, len(got), len(data))
		}
	}
}

// TestArchiveStreamsAndWritesAlike: an entry streamed and one written
// whole read back the same, and a name streamed twice is refused.
func TestArchiveStreamsAndWritesAlike(t *testing.T) {
	a, err := NewArchive(time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	data := []byte(strings.Repeat("<p>accord de partenariat</p>", 3000))
	if err := a.Write("whole.html", data); err != nil {
		t.Fatal(err)
	}
	streamIn(t, a, "streamed.html", data, 1000)
	w, err := Create(a, "streamed.html")
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte("again"))
	if err := w.Close(); err == nil {
		t.Error("a path streamed twice was accepted")
	}
	if _, err := Create(a, "../outside.html"); err == nil {
		t.Error("a path outside the site was accepted")
	}
	got := unzip(t, a)
	if !bytes.Equal(got["whole.html"], data) || !bytes.Equal(got["streamed.html"], data) {
		t.Errorf("read back %d and %d bytes, want %d", len(got["whole.html"]), len(got["streamed.html"]), len(data))
	}
}
