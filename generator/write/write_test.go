package write_test

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"atlas/generator/write"
)

// tree reads every file under dir into a map keyed by slash path; folders
// are recorded with a trailing slash so that an empty folder counts too.
// The mark of an output is left out: TestSiteMarksItsOutput checks it.
func tree(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		if rel == write.Mark {
			return nil
		}
		if d.IsDir() {
			if rel != "." {
				out[rel+"/"] = ""
			}
			return nil
		}
		data, err := os.ReadFile(p)
		out[rel] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// leftovers lists the hidden entries beside out: temporary or old folders.
// The lock file that builds of out take turns with stays, and is left out.
func leftovers(t *testing.T, out string) []string {
	t.Helper()
	entries, err := os.ReadDir(filepath.Dir(out))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") && e.Name() != "."+filepath.Base(out)+".lock" {
			names = append(names, e.Name())
		}
	}
	return names
}

const page = `<!DOCTYPE html>
<html lang="fr" dir="ltr">
  <head>
    <meta charset="utf-8">
    <title>Atlas</title>
  </head>
  <body>
    <!-- a comment -->
    <p>
      Convention   de   partenariat
    </p>
  </body>
</html>
`

const style = `/* layout */
body {
  margin: 0px;
  color: #ff0000;
}

.card   >   p {
  padding: 0 1rem;
}
`

func TestSiteWritesAndMinifies(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	binary := []byte{0x89, 'P', 'N', 'G', 0, 1, 2, 3, '\n', ' ', ' ', '\r', '\n', 0xff}
	files := []write.File{
		{Path: "index.html", Data: []byte(page)},
		{Path: "fr/regions/oriental/index.html", Data: []byte(page)},
		{Path: "assets/site.css", Data: []byte(style)},
		{Path: "assets/logo.png", Data: binary},
		{Path: "assets/blob.unknownext", Data: []byte("  keep   these   spaces  \n\n")},
		{Path: "robots.txt", Data: []byte("User-agent: *\n\nAllow: /\n")},
		{Path: "CNAME", Data: []byte("atlas.example\n")},
	}
	if err := write.Site(out, files); err != nil {
		t.Fatal(err)
	}
	got := tree(t, out)

	t.Run("every file is written", func(t *testing.T) {
		for _, f := range files {
			if _, ok := got[f.Path]; !ok {
				t.Errorf("%s was not written", f.Path)
			}
		}
		n := 0
		for p := range got {
			if !strings.HasSuffix(p, "/") {
				n++
			}
		}
		if n != len(files) {
			t.Errorf("wrote %d files, want %d: %v", n, len(files), got)
		}
	})

	t.Run("html", func(t *testing.T) {
		for _, p := range []string{"index.html", "fr/regions/oriental/index.html"} {
			h := got[p]
			if len(h) >= len(page) {
				t.Errorf("%s was not minified (%d >= %d bytes):\n%s", p, len(h), len(page), h)
			}
			for _, want := range []string{"Convention de partenariat", "<title>Atlas</title>", "</html>", `lang="fr"`} {
				if !strings.Contains(h, want) {
					t.Errorf("%s lost %q:\n%s", p, want, h)
				}
			}
			if strings.Contains(h, "a comment") || strings.Contains(h, "\n    ") {
				t.Errorf("%s kept comments or indentation:\n%s", p, h)
			}
		}
	})

	t.Run("css", func(t *testing.T) {
		c := got["assets/site.css"]
		if len(c) >= len(style) {
			t.Errorf("css was not minified (%d >= %d bytes): %q", len(c), len(style), c)
		}
		for _, want := range []string{"body{", "margin:0", "color:", "padding:0 1rem", ".card>p"} {
			if !strings.Contains(c, want) {
				t.Errorf("css lacks %q: %q", want, c)
			}
		}
		if strings.Contains(c, "layout") {
			t.Errorf("css kept its comment: %q", c)
		}
	})

	t.Run("other types are copied byte for byte", func(t *testing.T) {
		for _, f := range files[3:] {
			if got[f.Path] != string(f.Data) {
				t.Errorf("%s = %q, want %q", f.Path, got[f.Path], f.Data)
			}
		}
	})

	t.Run("no temporary folder is left", func(t *testing.T) {
		if l := leftovers(t, out); len(l) != 0 {
			t.Errorf("left beside the output: %v", l)
		}
	})

	t.Run("the output is readable by a web server", func(t *testing.T) {
		info, err := os.Stat(out)
		if err != nil {
			t.Fatal(err)
		}
		if perm := info.Mode().Perm(); perm&0o055 != 0o055 {
			t.Errorf("output folder mode %v, want group and others to read it", perm)
		}
		info, err = os.Stat(filepath.Join(out, "index.html"))
		if err != nil {
			t.Fatal(err)
		}
		if perm := info.Mode().Perm(); perm&0o044 != 0o044 {
			t.Errorf("index.html mode %v, want group and others to read it", perm)
		}
	})
}

func TestSiteCreatesMissingParents(t *testing.T) {
	out := filepath.Join(t.TempDir(), "a", "b", "public")
	if err := write.Site(out, []write.File{{Path: "x.txt", Data: []byte("x")}}); err != nil {
		t.Fatal(err)
	}
	if got := tree(t, out); !reflect.DeepEqual(got, map[string]string{"x.txt": "x"}) {
		t.Errorf("got %v", got)
	}
}

func TestSiteReplacesTheOutputFolder(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	first := []write.File{
		{Path: "index.html", Data: []byte("<p>old</p>")},
		{Path: "old/only-before.txt", Data: []byte("old")},
		{Path: "shared.txt", Data: []byte("before")},
	}
	if err := write.Site(out, first); err != nil {
		t.Fatal(err)
	}
	// Something the build did not write: it must go too.
	if err := os.WriteFile(filepath.Join(out, "stray.txt"), []byte("stray"), 0o644); err != nil {
		t.Fatal(err)
	}
	second := []write.File{
		{Path: "index.html", Data: []byte("<p>new</p>")},
		{Path: "shared.txt", Data: []byte("after")},
		{Path: "new/file.txt", Data: []byte("new")},
	}
	if err := write.Site(out, second); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"index.html":   "<p>new</p>",
		"shared.txt":   "after",
		"new/":         "",
		"new/file.txt": "new",
	}
	if got := tree(t, out); !reflect.DeepEqual(got, want) {
		t.Errorf("output after the second build:\n got %v\nwant %v", got, want)
	}
	if l := leftovers(t, out); len(l) != 0 {
		t.Errorf("left beside the output: %v", l)
	}
}

func TestSiteEmptyFileList(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	if err := write.Site(out, []write.File{{Path: "sub/x", Data: []byte("x")}}); err != nil {
		t.Fatal(err)
	}
	if err := write.Site(out, nil); err != nil {
		t.Fatal(err)
	}
	if got := tree(t, out); len(got) != 0 {
		t.Errorf("output should be empty, got %v", got)
	}
}

func TestSiteFailureKeepsThePreviousOutput(t *testing.T) {
	tests := []struct {
		name  string
		files []write.File
	}{
		{"file then folder of the same name", []write.File{
			{Path: "index.html", Data: []byte("<p>new</p>")},
			{Path: "a", Data: []byte("file")},
			{Path: "a/b", Data: []byte("under a file")},
		}},
		{"folder then file of the same name", []write.File{
			{Path: "a/b", Data: []byte("in a folder")},
			{Path: "a", Data: []byte("file over a folder")},
		}},
		{"a file of over 1 MiB, written apart, then a file under it", []write.File{
			{Path: "data/big.bin", Data: bytes.Repeat([]byte("x"), 2<<20)},
			{Path: "data/big.bin/x", Data: []byte("under a file")},
		}},
		{"invalid javascript", []write.File{
			{Path: "index.html", Data: []byte("<p>new</p>")},
			{Path: "app.js", Data: []byte("function ( {")},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "public")
			previous := []write.File{
				{Path: "index.html", Data: []byte("<p>previous</p>")},
				{Path: "fr/index.html", Data: []byte("<p>précédent</p>")},
				{Path: "assets/logo.png", Data: []byte{1, 2, 3}},
			}
			if err := write.Site(out, previous); err != nil {
				t.Fatal(err)
			}
			before := tree(t, out)

			if err := write.Site(out, tt.files); err == nil {
				t.Fatal("Site succeeded, want an error")
			}
			if after := tree(t, out); !reflect.DeepEqual(after, before) {
				t.Errorf("the previous output changed:\n got %v\nwant %v", after, before)
			}
			if l := leftovers(t, out); len(l) != 0 {
				t.Errorf("left beside the output after a failure: %v", l)
			}
		})
	}
}

func TestSiteFailureWithoutPreviousOutput(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "public")
	err := write.Site(out, []write.File{{Path: "a", Data: []byte("x")}, {Path: "a/b", Data: []byte("y")}})
	if err == nil {
		t.Fatal("Site succeeded, want an error")
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("a failed first build created %s (stat error %v)", out, err)
	}
	if l := leftovers(t, out); len(l) != 0 {
		t.Errorf("a failed build left %v", l)
	}
}

func TestMinifierKnowsTheSiteTypes(t *testing.T) {
	m := write.Minifier()
	tests := []struct {
		mediatype, in, want string
	}{
		{"text/html", "<p>  a   b  </p>", "a b"},
		{"text/css", "a {  color : red ; }", "a{color:red}"},
		{"application/javascript", "var  x  =  1 ;", "x=1"},
		{"application/json", "{ \"a\" : [ 1 , 2 ] }", `{"a":[1,2]}`},
		{"image/svg+xml", "<svg xmlns=\"http://www.w3.org/2000/svg\">  <g>  </g>  </svg>", "<svg"},
		{"application/xml", "<a>  <b/>  </a>", "<a><b/></a>"},
	}
	for _, tt := range tests {
		t.Run(tt.mediatype, func(t *testing.T) {
			var buf bytes.Buffer
			if err := m.Minify(tt.mediatype, &buf, strings.NewReader(tt.in)); err != nil {
				t.Fatal(err)
			}
			if buf.Len() >= len(tt.in) || !strings.Contains(buf.String(), tt.want) {
				t.Errorf("Minify(%q) = %q, want shorter and containing %q", tt.in, buf.String(), tt.want)
			}
		})
	}
}

// TestSiteThroughASymbolicLink replaces the folder a link leads to and
// keeps the link, as one who made the link would expect.
func TestSiteThroughASymbolicLink(t *testing.T) {
	dir := t.TempDir()
	www := filepath.Join(dir, "www", "atlas")
	if err := write.Site(www, []write.File{{Path: "index.html", Data: []byte("<p>old</p>")}}); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "public")
	if err := os.Symlink(www, link); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	if err := write.Site(link, []write.File{{Path: "index.html", Data: []byte("<p>new</p>")}}); err != nil {
		t.Fatal(err)
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced: %v, %v", info.Mode(), err)
	}
	if got := tree(t, www); !reflect.DeepEqual(got, map[string]string{"index.html": "<p>new</p>"}) {
		t.Errorf("the folder behind the link holds %v", got)
	}
}

// TestSiteWritesLargeAndSmallFiles checks both ways a file reaches the
// folder: handed to its writer, or, over 1 MiB, written by the caller.
func TestSiteWritesLargeAndSmallFiles(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	big := bytes.Repeat([]byte("0123456789"), 300<<10)
	files := []write.File{{Path: "data/big.bin", Data: big}}
	want := map[string]string{"data/": "", "data/big.bin": string(big), "pages/": ""}
	for i := range 200 {
		name := fmt.Sprintf("pages/%03d.txt", i)
		files = append(files, write.File{Path: name, Data: []byte(name)})
		want[name] = name
	}
	if err := write.Site(out, files); err != nil {
		t.Fatal(err)
	}
	if got := tree(t, out); !reflect.DeepEqual(got, want) {
		t.Errorf("wrote %d entries, want %d", len(got), len(want))
		for name, data := range want {
			if got[name] != data {
				t.Errorf("%s: %d bytes, want %d", name, len(got[name]), len(data))
			}
		}
	}
}
