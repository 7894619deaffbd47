package write_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"atlas/generator/write"
)

// minifyAll passes files through the minifying writer into memory, the
// way "atlas serve" gets them, and returns them in the same order.
func minifyAll(files []write.File) ([]write.File, error) {
	mem := write.NewMemory()
	w := write.Minify(mem)
	for _, f := range files {
		if err := w.Write(f.Path, write.MediaType(f.Path), f.Data); err != nil {
			return nil, err
		}
	}
	kept := mem.Files()
	out := make([]write.File, len(files))
	for i, f := range files {
		out[i] = write.File{Path: f.Path, Data: kept[f.Path]}
	}
	return out, nil
}

func TestMinify(t *testing.T) {
	binary := []byte{0x89, 'P', 'N', 'G', 0, '\n', ' ', ' ', 0xff}
	tests := []struct {
		path, in string
		minified bool   // whether the output must be shorter
		want     string // a part the output must keep
	}{
		{"fr/index.html", page, true, "Convention de partenariat"},
		{"assets/atlas.css", style, true, ".card>p"},
		{"assets/map.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\">  <g>  </g>  </svg>", true, "<svg"},
		{"assets/logo.png", string(binary), false, string(binary)},
		{"assets/blob.unknownext", "  keep   these   spaces  \n", false, "  keep   these   spaces  \n"},
		{"CNAME", "atlas.example\n", false, "atlas.example\n"},
		{"data/regions.json", `{ "amount": 20000000, "share": 12.50 }`, true, `{"amount":20000000,"share":12.50}`},
	}
	var files []write.File
	for _, tt := range tests {
		files = append(files, write.File{Path: tt.path, Data: []byte(tt.in)})
	}
	got, err := minifyAll(files)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(tests) {
		t.Fatalf("Minify returned %d files, want %d", len(got), len(tests))
	}
	for i, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			f := got[i]
			if f.Path != tt.path {
				t.Errorf("path %q, want %q", f.Path, tt.path)
			}
			if !strings.Contains(string(f.Data), tt.want) {
				t.Errorf("output %q lacks %q", f.Data, tt.want)
			}
			if shorter := len(f.Data) < len(tt.in); shorter != tt.minified {
				t.Errorf("minified=%v, want %v: %q", shorter, tt.minified, f.Data)
			}
			// Minifiers may use the input as scratch space; a file no
			// minifier reads is left as it came.
			if !tt.minified && string(files[i].Data) != tt.in {
				t.Errorf("the input was modified: %q", files[i].Data)
			}
		})
	}
}

func TestMinifyErrorNamesTheFile(t *testing.T) {
	_, err := minifyAll([]write.File{
		{Path: "index.html", Data: []byte("<p>ok</p>")},
		{Path: "assets/app.js", Data: []byte("function ( {")},
	})
	if err == nil || !strings.Contains(err.Error(), "assets/app.js") {
		t.Errorf("error %v, want one naming assets/app.js", err)
	}
}

// TestMinifyMatchesSite guards the promise that serve shows the bytes
// build writes.
func TestMinifyMatchesSite(t *testing.T) {
	files := []write.File{
		{Path: "index.html", Data: []byte(page)},
		{Path: "assets/atlas.css", Data: []byte(style)},
	}
	out := filepath.Join(t.TempDir(), "public")
	if err := write.Site(out, files); err != nil {
		t.Fatal(err)
	}
	mem, err := minifyAll(files)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range mem {
		disk, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(f.Path)))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(disk, f.Data) {
			t.Errorf("%s: Minify gives %q, Site wrote %q", f.Path, f.Data, disk)
		}
	}
}
