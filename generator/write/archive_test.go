package write

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"strings"
	"sync"
	"testing"
	"time"
)

func archiveOf(t *testing.T, files []File, parallel bool) []byte {
	t.Helper()
	a, err := NewArchive(time.Date(2025, 4, 30, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	var wg sync.WaitGroup
	for _, f := range files {
		write := func() {
			if err := a.Write(f.Path, f.Data); err != nil {
				t.Error(err)
			}
		}
		if parallel {
			wg.Go(write)
		} else {
			write()
		}
	}
	wg.Wait()
	var buf bytes.Buffer
	n, err := a.WriteTo(&buf)
	if err != nil || n != int64(buf.Len()) {
		t.Fatalf("WriteTo: %d bytes of %d, %v", n, buf.Len(), err)
	}
	return buf.Bytes()
}

func sampleFiles() []File {
	var files []File
	for i := range 40 {
		files = append(files, File{fmt.Sprintf("fr/agreements/a%02d.html", i), []byte(strings.Repeat("<p>accord</p>", i+1))})
	}
	// Already compressed: stored, not deflated.
	files = append(files, File{"assets/fonts/x.woff2", []byte{0x77, 0x4f, 0x46, 0x32, 1, 2, 3}})
	return files
}

// TestArchiveDeterministic writes the same files in order, in reverse and
// from many goroutines: the zip must be the same bytes.
func TestArchiveDeterministic(t *testing.T) {
	files := sampleFiles()
	want := archiveOf(t, files, false)
	reversed := make([]File, len(files))
	for i, f := range files {
		reversed[len(files)-1-i] = f
	}
	if got := archiveOf(t, reversed, false); !bytes.Equal(got, want) {
		t.Error("files written in reverse order make another zip")
	}
	if got := archiveOf(t, files, true); !bytes.Equal(got, want) {
		t.Error("files written concurrently make another zip")
	}
}

func TestArchiveReads(t *testing.T) {
	files := sampleFiles()
	data := archiveOf(t, files, true)
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	if len(zr.File) != len(files) {
		t.Fatalf("%d entries, want %d", len(zr.File), len(files))
	}
	byName := map[string][]byte{}
	for _, f := range files {
		byName[f.Path] = f.Data
	}
	prev := ""
	for _, zf := range zr.File {
		if zf.Name <= prev {
			t.Errorf("%s after %s: entries are not in path order", zf.Name, prev)
		}
		prev = zf.Name
		if zf.Mode().Perm() != 0o644 || !zf.Modified.Equal(time.Date(2025, 4, 30, 0, 0, 0, 0, time.UTC)) {
			t.Errorf("%s: mode %v, modified %v", zf.Name, zf.Mode(), zf.Modified)
		}
		r, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		got, err := io.ReadAll(r)
		if err != nil || !bytes.Equal(got, byName[zf.Name]) {
			t.Errorf("%s: read %q, %v", zf.Name, got, err)
		}
		// Text long enough to shrink is deflated; what would not shrink is
		// stored. Under 128 bytes the deflater codes letters alone, and
		// text seldom shrinks.
		stored := zf.Method == zip.Store
		if strings.HasSuffix(zf.Name, ".woff2") && !stored || len(got) >= 128 && stored {
			t.Errorf("%s: method %d", zf.Name, zf.Method)
		}
	}
}

func TestArchiveRefusesTwice(t *testing.T) {
	a, err := NewArchive(time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	if err := a.Write("index.html", []byte("a")); err != nil {
		t.Fatal(err)
	}
	if err := a.Write("index.html", []byte("b")); err == nil {
		t.Error("a path written twice was accepted")
	}
	if err := a.Write("../x.html", []byte("b")); err == nil {
		t.Error("a path outside the site was accepted")
	}
}
