package input_test

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"atlas/generator/input"
)

// folder makes a content folder on disk with a regular file, a folder and
// links, and a secret beside it that no link may reach.
func folder(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	dir := filepath.Join(root, "content")
	for name, data := range map[string]string{
		"secret.txt":                      "SECRET",
		"outside/other.md":                "OTHER",
		"content/agreements/good-file.md": "+++\n",
	} {
		name = filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	links := map[string]string{
		"agreements/linked.md": filepath.Join(root, "secret.txt"),
		"agreements/inside.md": "good-file.md",
		"drafts":               filepath.Join(root, "outside"),
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(dir, filepath.FromSlash(name))); err != nil {
			t.Skipf("no symbolic links here: %v", err)
		}
	}
	return dir
}

func TestRegularFilesAreRead(t *testing.T) {
	in := input.Content(os.DirFS(folder(t)))
	data, err := in.ReadFile("agreements/good-file.md")
	if err != nil || string(data) != "+++\n" {
		t.Fatalf("ReadFile = %q, %v", data, err)
	}
	f, err := in.Open("agreements/good-file.md")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if data, err := io.ReadAll(f); err != nil || string(data) != "+++\n" {
		t.Errorf("Open and read = %q, %v", data, err)
	}
}

// TestRefused names, for each path that is not a regular file, what the
// error must say. No test here may block: a pipe is never opened.
func TestRefused(t *testing.T) {
	in := input.Content(os.DirFS(folder(t)))
	tests := []struct {
		name, path, is, want string
	}{
		{"link to a file outside", "agreements/linked.md", "a symbolic link", "a regular file"},
		{"link to a file inside", "agreements/inside.md", "a symbolic link", "a regular file"},
		{"link to a folder, as a file", "drafts", "a symbolic link", "a regular file"},
		{"a file through a linked folder", "drafts/other.md", "a symbolic link", "a folder"},
		{"a folder where a file belongs", "agreements", "a folder", "a regular file"},
		{"a file where a folder belongs", "agreements/good-file.md/x.md", "a regular file", "a folder"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for op, read := range map[string]func(string) error{
				"ReadFile": func(name string) error { _, err := in.ReadFile(name); return err },
				"Open": func(name string) error {
					f, err := in.Open(name)
					if err == nil {
						f.Close()
					}
					return err
				},
			} {
				if tt.want == "a regular file" && tt.is == "a folder" && op == "Open" {
					continue // a folder may be opened to list it
				}
				assertKind(t, op, read(tt.path), tt.is, tt.want)
			}
		})
	}
}

func assertKind(t *testing.T, op string, err error, is, want string) {
	t.Helper()
	var kind *input.KindError
	if !errors.As(err, &kind) {
		t.Fatalf("%s: got %v, want a KindError", op, err)
	}
	if kind.Is != is || kind.Want != want {
		t.Errorf("%s: %v; want it to be %s, not %s", op, err, is, want)
	}
	if strings.Contains(err.Error(), "SECRET") {
		t.Errorf("%s: the error shows what the link points at: %v", op, err)
	}
}

// TestLinkedFolderIsNotListed: a link to a folder is listed as a link, is
// not listed itself and is not walked into.
func TestLinkedFolderIsNotListed(t *testing.T) {
	in := input.Content(os.DirFS(folder(t)))
	_, err := in.ReadDir("drafts")
	assertKind(t, "ReadDir", err, "a symbolic link", "a folder")
	var walked []string
	err = fs.WalkDir(in, ".", func(name string, d fs.DirEntry, err error) error {
		walked = append(walked, name)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range walked {
		if strings.HasPrefix(name, "drafts/") {
			t.Errorf("the walk followed the linked folder into %s", name)
		}
	}
	if !strings.Contains(strings.Join(walked, " "), "drafts") {
		t.Errorf("the link is not listed: %v", walked)
	}
}

// TestStatDoesNotFollow: a link is described as a link, so that fs.Glob
// finds it and reading it then says what it is.
func TestStatDoesNotFollow(t *testing.T) {
	in := input.Content(os.DirFS(folder(t)))
	info, err := in.Stat("agreements/linked.md")
	if err != nil || info.Mode()&fs.ModeSymlink == 0 {
		t.Errorf("Stat = %v, %v; want a symbolic link", info, err)
	}
	if names, err := fs.Glob(in, "agreements/*.md"); err != nil || len(names) != 3 {
		t.Errorf("Glob = %v, %v; want the file and both links", names, err)
	}
}

// TestDevices opens real devices: /dev/null is not a symbolic link, and a
// device is refused before it is opened or read.
func TestDevices(t *testing.T) {
	if _, err := os.Lstat("/dev/null"); err != nil {
		t.Skip("no /dev/null here")
	}
	in := input.Assets(os.DirFS("/dev"))
	for _, name := range []string{"null", "zero"} {
		_, err := in.ReadFile(name)
		assertKind(t, "ReadFile "+name, err, "a device", "a regular file")
		_, err = in.Open(name)
		assertKind(t, "Open "+name, err, "a device", "a regular file")
	}
}

// TestMapFSKinds: the same checks on an in-memory folder, where any mode
// can be made.
func TestMapFSKinds(t *testing.T) {
	fsys := fstest.MapFS{
		"pipe.md":   {Mode: fs.ModeNamedPipe},
		"socket.md": {Mode: fs.ModeSocket},
		"dev.md":    {Mode: fs.ModeDevice | fs.ModeCharDevice},
		"link.md":   {Mode: fs.ModeSymlink, Data: []byte("ok.md")},
		"ok.md":     {Data: []byte("ok")},
		"dir/x.md":  {Data: []byte("x")},
		"ln/x.md":   {Data: []byte("x")},
		"to-dir":    {Mode: fs.ModeSymlink, Data: []byte("dir")},
	}
	in := input.Content(fsys)
	for name, is := range map[string]string{
		"pipe.md": "a named pipe", "socket.md": "a socket", "dev.md": "a device",
		"link.md": "a symbolic link", "to-dir": "a symbolic link",
	} {
		_, err := in.ReadFile(name)
		assertKind(t, name, err, is, "a regular file")
	}
	_, err := in.ReadFile("to-dir/x.md")
	assertKind(t, "to-dir/x.md", err, "a symbolic link", "a folder")
	if data, err := in.ReadFile("dir/x.md"); err != nil || string(data) != "x" {
		t.Errorf("dir/x.md = %q, %v", data, err)
	}
}

func TestSizeLimit(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "big.md"), make([]byte, 3_200_000), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "limit.md"), make([]byte, input.ContentLimit), 0o644); err != nil {
		t.Fatal(err)
	}
	in := input.Content(os.DirFS(dir))
	if data, err := in.ReadFile("limit.md"); err != nil || len(data) != input.ContentLimit {
		t.Errorf("a file at the limit: %d bytes, %v", len(data), err)
	}
	_, err := in.ReadFile("big.md")
	var size *input.SizeError
	if !errors.As(err, &size) || err.Error() != "big.md is 3.2 MB; a content file is at most 1 MB" {
		t.Errorf("got %v", err)
	}
	if _, err := in.Open("big.md"); !errors.As(err, &size) {
		t.Errorf("Open: got %v", err)
	}
}

// endless is a file system of one regular file that claims to be empty and
// never ends, as files under /proc do.
type endless struct{}

func (endless) Open(name string) (fs.File, error) {
	if name != "." && name != "zero.md" {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return endlessFile{name}, nil
}

type endlessFile struct{ name string }

func (f endlessFile) Stat() (fs.FileInfo, error) { return endlessInfo(f), nil }
func (endlessFile) Close() error                 { return nil }
func (endlessFile) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

type endlessInfo endlessFile

func (i endlessInfo) Name() string { return i.name }
func (endlessInfo) Size() int64    { return 0 }
func (i endlessInfo) Mode() fs.FileMode {
	if i.name == "." {
		return fs.ModeDir | 0o755
	}
	return 0o644
}
func (endlessInfo) ModTime() time.Time { return time.Time{} }
func (i endlessInfo) IsDir() bool      { return i.Mode().IsDir() }
func (endlessInfo) Sys() any           { return nil }

// TestEndlessFile: a file that lies about its size is read no further than
// the limit, whether read whole or through Open.
func TestEndlessFile(t *testing.T) {
	in := input.Layouts(endless{})
	_, err := in.ReadFile("zero.md")
	var size *input.SizeError
	if !errors.As(err, &size) || err.Error() != "zero.md is more than 1 MB; a layout is at most 1 MB" {
		t.Errorf("ReadFile: got %v", err)
	}
	f, err := in.Open("zero.md")
	if err != nil {
		t.Fatal(err)
	}
	data, err := io.ReadAll(f)
	if !errors.As(err, &size) || len(data) != input.LayoutLimit {
		t.Errorf("Open and read: %d bytes, %v", len(data), err)
	}
}

func TestSizeMessages(t *testing.T) {
	tests := []struct {
		size, limit int64
		want        string
	}{
		{3_200_000, 1_000_000, "is 3.2 MB; a content file is at most 1 MB"},
		{1_000_001, 1_000_000, "is more than 1 MB; a content file is at most 1 MB"},
		{-1, 16_000_000, "is more than 16 MB; a content file is at most 16 MB"},
		{20_000_000, 16_000_000, "is 20 MB; a content file is at most 16 MB"},
	}
	for _, tt := range tests {
		e := &input.SizeError{Path: "x", Size: tt.size, Limit: tt.limit, Noun: "a content file"}
		if got := e.Problem(); got != tt.want {
			t.Errorf("size %d, limit %d: %q, want %q", tt.size, tt.limit, got, tt.want)
		}
	}
}

// TestFS runs the standard checks of a file system on a folder of regular
// files: wrapping it changes nothing for them.
func TestFS(t *testing.T) {
	fsys := fstest.MapFS{
		"site.toml":         {Data: []byte("x")},
		"agreements/a-b.md": {Data: []byte("a")},
		"milestones/c-d.md": {Data: []byte("c")},
		"agreements/e-f.md": {Data: []byte("e")},
	}
	if err := fstest.TestFS(input.Content(fsys), "site.toml", "agreements/a-b.md", "milestones/c-d.md"); err != nil {
		t.Error(err)
	}
}
