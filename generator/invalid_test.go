package generator

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path"
	"regexp"
	"sort"
	"strings"
	"testing"
	"testing/fstest"

	"golang.org/x/tools/txtar"

	"atlas/generator/diag"
)

// invalidDir holds one broken file per rule of the contract: each
// agreements/<rule>.md and milestones/<rule>.md is checked alone, each
// site/<rule>/ folder is laid over the content folder (to break site.toml,
// regions.toml or the folder itself), and each layouts/<rule>/ folder over
// the repository's layouts (to break a layout or a catalog). A name that
// starts with "valid-" must pass; one that starts with "warning-" must
// warn and not fail.
const (
	invalidDir    = "testdata/invalid"
	invalidGolden = "testdata/invalid.golden"
)

// wholeFile lists the diagnostics that may stand at line 1, column 1:
// their rule is about the whole file, or about its first line, rather than
// about one key or value. Any other diagnostic at 1:1 is a position bug.
var wholeFile = []*regexp.Regexp{
	regexp.MustCompile(`^".*" is not a valid file name$`),
	regexp.MustCompile(`^the file is empty$`),
	regexp.MustCompile(`^the file is saved as UTF-16, not UTF-8$`),
	regexp.MustCompile(`^the file must start with a line holding exactly \+\+\+$`),
	regexp.MustCompile(`^the front matter opened here is never closed$`), // by the +++ of line 1
	regexp.MustCompile(`^only \.md files belong here$`),
	regexp.MustCompile(`^folders are not read here$`),
	regexp.MustCompile(`^no region in the registry$`),
	regexp.MustCompile(`^hidden files are not read$`),
	regexp.MustCompile(`^\.md files at the top of .* are not read$`),
	regexp.MustCompile(`^\S+ is (a symbolic link|a named pipe|a socket|a device|a folder|a regular file|a special file), not (a regular file|a folder)$`),
	regexp.MustCompile(`^\S+ is (more than )?[0-9.]+ MB; a content file is at most [0-9.]+ MB$`),
	regexp.MustCompile(`^the layout \S+ is missing$`),
	regexp.MustCompile(`^no \[language\] table: `),
	regexp.MustCompile(`^in \S+, when \S+ fills it: `), // html/template gives no line
}

func aboutWholeFile(d diag.Diagnostic) bool {
	for _, re := range wholeFile {
		if re.MatchString(d.Message) {
			return true
		}
	}
	return false
}

// invalidCase is one site to check: the base settings and registry with
// the case's files laid over them, and the repository's layouts with the
// case's layouts laid over them.
type invalidCase struct {
	name    string // path under invalidDir
	files   map[string][]byte
	layouts map[string][]byte
}

// TestInvalid checks every case of testdata/invalid and compares what it
// reports with testdata/invalid.golden; -update rewrites the golden file.
func TestInvalid(t *testing.T) {
	base, layouts := baseContent(t), baseLayouts(t)
	var out bytes.Buffer
	out.WriteString("# Diagnostics of each file of testdata/invalid, checked alone.\n")
	out.WriteString("# go test ./generator -run TestInvalid -update rewrites this file.\n")
	said := newTranslations(t)
	for _, c := range invalidCases(t) {
		fsys := fstest.MapFS{}
		for name, data := range base {
			fsys[name] = &fstest.MapFile{Data: data}
		}
		for name, data := range c.files {
			fsys[name] = &fstest.MapFile{Data: data}
		}
		lay := fstest.MapFS{}
		for _, files := range []map[string][]byte{layouts, c.layouts} {
			for name, data := range files {
				lay[name] = &fstest.MapFile{Data: data}
			}
		}
		_, diags := Check(Sources{Content: fsys, ContentName: "content", Layouts: lay, LayoutsName: "layouts"})
		assertInvalid(t, c, diags)
		fmt.Fprintf(&out, "\n## %s\n", c.name)
		if len(diags) == 0 {
			out.WriteString("(no diagnostic)\n")
		}
		for _, d := range diags {
			fmt.Fprintln(&out, d)
		}
		said.add(c, diags)
	}
	said.compare(t)
	if *update {
		if err := os.WriteFile(invalidGolden, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(invalidGolden)
	if err != nil {
		t.Fatalf("%v (run go test ./generator -run TestInvalid -update to create it)", err)
	}
	if !bytes.Equal(want, out.Bytes()) {
		t.Errorf("diagnostics differ from %s (go test ./generator -run TestInvalid -update rewrites it; review the diff):\n%s",
			invalidGolden, firstDiff(string(want), out.String()))
	}
}

// assertInvalid holds what must be true whatever the golden file says.
func assertInvalid(t *testing.T, c invalidCase, diags diag.List) {
	t.Helper()
	base := path.Base(c.name)
	for name, data := range c.files {
		if strings.Contains(name, "bom-crlf") && (!bytes.HasPrefix(data, []byte("\uFEFF")) || !bytes.Contains(data, []byte("\r\n"))) {
			t.Errorf("%s: lost its byte-order mark or its CRLF line endings (see testdata/invalid/.gitattributes)", name)
		}
		if strings.Contains(name, "cr-line-endings") && (!bytes.Contains(data, []byte("\r")) || bytes.Contains(data, []byte("\n"))) {
			t.Errorf("%s: lost its CR line endings (see testdata/invalid/.gitattributes)", name)
		}
	}
	switch {
	case strings.HasPrefix(base, "valid-"):
		if len(diags) != 0 {
			t.Errorf("%s: want no diagnostic, got:\n%v", c.name, diagLines(diags))
		}
	case strings.HasPrefix(base, "warning-"):
		if len(diags) == 0 || diags.HasErrors() {
			t.Errorf("%s: want warnings only, got:\n%v", c.name, diagLines(diags))
		}
	case !diags.HasErrors():
		t.Errorf("%s: want at least one error, got:\n%v", c.name, diagLines(diags))
	}
	for _, d := range diags {
		if d.Pos.Line < 1 || d.Pos.Col < 1 {
			t.Errorf("%s: diagnostic without a line and a column: %v", c.name, d)
		}
		if d.Pos.Line == 1 && d.Pos.Col == 1 && !aboutWholeFile(d) {
			t.Errorf("%s: diagnostic at 1:1, not at the key or value it is about: %v", c.name, d)
		}
		if folder := strings.SplitN(c.name, "/", 2)[0] + "/"; !strings.HasPrefix(d.Pos.File, "content/") && (folder != "layouts/" || !strings.HasPrefix(d.Pos.File, folder)) {
			t.Errorf("%s: diagnostic outside the folder the case breaks: %v", c.name, d)
		}
	}
}

func diagLines(l diag.List) string {
	var b strings.Builder
	for _, d := range l {
		fmt.Fprintln(&b, d)
	}
	return b.String()
}

// baseContent is the settings and registry of the fixture site.
func baseContent(t *testing.T) map[string][]byte {
	t.Helper()
	ar, err := txtar.ParseFile("testdata/site.txtar")
	if err != nil {
		t.Fatal(err)
	}
	base := map[string][]byte{}
	for _, f := range ar.Files {
		if name, ok := strings.CutPrefix(f.Name, "content/"); ok && !strings.Contains(name, "/") {
			base[name] = f.Data
		}
	}
	if len(base) != 2 {
		t.Fatalf("site.txtar: want site.toml and regions.toml, got %d files", len(base))
	}
	return base
}

// baseLayouts is the repository's layouts folder.
func baseLayouts(t *testing.T) map[string][]byte {
	t.Helper()
	return folder(t, os.DirFS("../layouts"))
}

// folder reads every file of fsys.
func folder(t *testing.T, fsys fs.FS) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		files[name], err = fs.ReadFile(fsys, name)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// invalidCases reads testdata/invalid in a stable order.
func invalidCases(t *testing.T) []invalidCase {
	t.Helper()
	fsys := os.DirFS(invalidDir)
	var cases []invalidCase
	for _, dir := range []string{"agreements", "milestones"} {
		entries, err := fs.ReadDir(fsys, dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			name := path.Join(dir, e.Name())
			data, err := fs.ReadFile(fsys, name)
			if err != nil {
				t.Fatal(err)
			}
			cases = append(cases, invalidCase{name: name, files: map[string][]byte{name: data}})
		}
	}
	for _, kind := range []string{"site", "layouts"} {
		dirs, err := fs.ReadDir(fsys, kind)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range dirs {
			c := invalidCase{name: path.Join(kind, e.Name())}
			sub, err := fs.Sub(fsys, c.name)
			if err != nil {
				t.Fatal(err)
			}
			if kind == "site" {
				c.files = folder(t, sub)
			} else {
				c.layouts = folder(t, sub)
			}
			cases = append(cases, c)
		}
	}
	sort.Slice(cases, func(i, j int) bool { return cases[i].name < cases[j].name })
	if len(cases) < 50 {
		t.Errorf("only %d cases in %s", len(cases), invalidDir)
	}
	return cases
}
