package write_test

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"atlas/generator/write"
)

// mkfiles writes each named file, with its folders, under root; a name
// ending in a slash is an empty folder.
func mkfiles(t *testing.T, root string, names ...string) {
	t.Helper()
	for _, name := range names {
		p := filepath.Join(root, filepath.FromSlash(name))
		if strings.HasSuffix(name, "/") {
			if err := os.MkdirAll(p, 0o755); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(name), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// symlink links name to target, or skips the test where the system or the
// user may not make links.
func symlink(t *testing.T, target, name string) {
	t.Helper()
	if err := os.Symlink(target, name); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
}

func TestCheckOutput(t *testing.T) {
	root := t.TempDir()
	t.Chdir(root)
	mkfiles(t, ".",
		"site/content/site.toml", "site/content/agreements/a.md",
		"site/layouts/page.html", "site/layouts/i18n/fr.toml", "site/assets/atlas.css",
		"home/notes.txt", "home/Documents/letter.odt", "empty/", "file",
		"older/index.html", "older/assets/atlas.css", "older/fr/index.html",
	)
	if err := write.Site("site/public", []write.File{{Path: "index.html", Data: []byte("<p>x</p>")}}); err != nil {
		t.Fatal(err)
	}
	symlink(t, filepath.Join(root, "site", "content"), "content-link")
	symlink(t, filepath.Join(root, "site"), "site-link")
	symlink(t, "site/layouts", "layouts-link")
	inputs := []string{"site/content", "site/layouts", "site/assets"}

	tests := []struct {
		out    string
		inputs []string // the standard three when nil
		want   string   // a part of the error; none when empty
	}{
		{out: "site/content", want: "is the input folder site/content"},
		{out: "site/content/", want: "is the input folder site/content"},
		{out: "site/layouts/../content", want: "is the input folder site/content"},
		{out: filepath.Join(root, "site", "assets"), want: "is the input folder site/assets"},
		{out: "site/content/agreements", want: "lies inside the input folder site/content"},
		{out: "site/layouts/i18n", want: "lies inside the input folder site/layouts"},
		{out: "site/content/agreements/new/deeper", want: "lies inside the input folder site/content"},
		{out: "site", want: "holds the input folder site/content"},
		{out: ".", want: "holds the input folder site/content"},
		{out: root, want: "holds the input folder site/content"},

		// Symbolic links lead to the same folders.
		{out: "content-link", want: "is the input folder site/content"},
		{out: "content-link/agreements", want: "lies inside the input folder site/content"},
		{out: "content-link/missing/public", want: "lies inside the input folder site/content"},
		{out: "site-link/layouts/i18n", want: "lies inside the input folder site/layouts"},
		{out: "site-link", want: "holds the input folder site/content"},
		{out: "site/layouts/i18n", inputs: []string{"layouts-link"}, want: "lies inside the input folder layouts-link"},
		{out: "site/content", inputs: []string{"content-link"}, want: "is the input folder content-link"},
		{out: "site", inputs: []string{"site-link/assets"}, want: "holds the input folder site-link/assets"},

		// A folder the atlas did not write is never replaced.
		{out: "home", want: "holds files that atlas did not write (it has no .atlas-output file); a build"},
		{out: "home/Documents", want: "holds files that atlas did not write (it has no .atlas-output file); a build"},
		{out: "older", want: "look like the output of an older atlas: if they are, remove older"},
		{out: "file", want: "is a file"},

		// What a build may replace.
		{out: "site/public"},
		{out: "site-link/public"},
		{out: "empty"},
		{out: "missing"},
		{out: "home/missing/public"},
		{out: "site/contents"},
		{out: "site/content.public"},
	}
	for _, tt := range tests {
		name := tt.out
		if tt.inputs != nil {
			name += " from " + strings.Join(tt.inputs, ",")
		}
		t.Run(name, func(t *testing.T) {
			in := inputs
			if tt.inputs != nil {
				in = tt.inputs
			}
			err := write.CheckOutput(tt.out, in...)
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("refused: %v", err)
			case tt.want != "" && err == nil:
				t.Errorf("accepted, want an error with %q", tt.want)
			case err != nil && !strings.Contains(err.Error(), tt.want):
				t.Errorf("error %q, want one with %q", err, tt.want)
			}
		})
	}
}

func TestSiteMarksItsOutput(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	if err := write.Site(out, []write.File{{Path: "index.html", Data: []byte("<p>x</p>")}}); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(out, write.Mark))
	if err != nil || !strings.Contains(string(data), "atlas build") {
		t.Errorf("mark %q, %v; want one naming atlas build", data, err)
	}
	if err := write.CheckOutput(out); err != nil {
		t.Errorf("the output of a build is refused: %v", err)
	}
	if err := write.Site(out, []write.File{{Path: write.Mark, Data: []byte("x")}}); err == nil {
		t.Error("a rendered file replaced the mark")
	}
}

// TestSiteNeverReplacesAForeignFolder calls Site directly, as a program
// other than the command would: the rule holds without CheckOutput.
func TestSiteNeverReplacesAForeignFolder(t *testing.T) {
	out := t.TempDir()
	mkfiles(t, out, "notes.txt", "Documents/letter.odt", "index.html")
	before := tree(t, out)
	err := write.Site(out, []write.File{{Path: "index.html", Data: []byte("<p>x</p>")}})
	if err == nil || !strings.Contains(err.Error(), "did not write") {
		t.Errorf("Site into a foreign folder: %v, want a refusal", err)
	}
	if after := tree(t, out); !reflect.DeepEqual(after, before) {
		t.Errorf("the folder changed:\n got %v\nwant %v", after, before)
	}
}
