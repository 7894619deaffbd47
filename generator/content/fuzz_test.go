package content

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
	"github.com/pelletier/go-toml/v2/unstable"

	"atlas/generator/diag"
)

// positionSeeds are the shapes of TOML whose positions are hard to find.
var positionSeeds = []string{
	"provinces = [[[]]]\n",
	"a = [ [ [ ] ] ]\n",
	"a = [[], [1], [[2], []]]\n",
	"a = [{ b = [1] }, { c = { d = [[]] } }, []]\n",
	"a = [ # a comment with [ and ]\n  [1], # ]\n  [ ], # [\n]\n",
	"a = [\n  \"\"\"\n[\n\"\"\",\n  '''\n]'''\n, []]\n",
	"[[parties]]\nkey = \"a\"\n1 = 2\n[[parties]]\nkey = \"b\"\n[parties.name]\nar = \"ع\"\n",
	"[[a.b]]\nc = 1\n[[a.b]]\n[a.b.d]\ne = [[]]\n",
	"\"budget.total\" = 1\nbudget.total = 2\n'lit.eral' = 3\n\"\" = 4\n\"مفتاح\" = 5\n1 = 6\n",
	"a.\"b.c\".'d' = 1\n[\"x.y\".z]\n\"\" = []\n",
	"t = { a = { b = { c = [] } }, \"d.e\" = [{}] }\n",
	"s = \"\"\"\nline\n  [not an array]\n\"\"\"\nl = [1,\n2,]\n",
	"a = [\r\n  [1],\r\n  [],\r\n]\r\n[b]\r\nc = 1\r\n",
	"# only a comment\n",
	"",
}

// FuzzPositions feeds any TOML that BurntSushi/toml accepts to the
// position index: nothing may panic, every key the decoder lists has a
// position, and every position stands inside the front matter.
func FuzzPositions(f *testing.F) {
	for _, s := range positionSeeds {
		f.Add([]byte(s))
	}
	frontMatterSeeds(f, "../../content/agreements", "../testdata/invalid/agreements")
	f.Fuzz(func(t *testing.T, src []byte) {
		var v map[string]any
		md, err := toml.Decode(string(src), &v)
		if err != nil {
			return
		}
		p := newPositions("f.toml", src, 2)
		p.index()
		in := inside{t, p, strings.Split(string(src), "\n")}
		for name, pos := range p.keys {
			in.check("key "+name, pos)
		}
		for name, pos := range p.values {
			in.check("value "+name, pos)
		}
		complete := parsesWhole(src) && !p.deep
		for i, key := range md.Keys() {
			paths := p.Loose(key.String())
			if len(paths) == 0 && complete {
				t.Fatalf("no position for key %s", key)
			}
			for _, path := range paths {
				if i%step(len(md.Keys())) == 0 {
					in.lookups(path)
				}
			}
		}
		for i := -1; i <= len(p.lines)+1; i += step(len(p.lines)) {
			in.check("line", p.Line(i))
			in.check("after previous", p.afterPrevious(p.Line(i)))
		}
		for i := -1; i <= len(src)+1; i += step(len(src)) {
			in.check("offset", p.At(i))
		}
		in.check("end", p.End())
	})
}

// step keeps the lookups on every line and offset of a large input to a
// few hundred, so that the fuzzer spends its time on new inputs.
func step(n int) int { return max(1, n/256) }

// inside checks that positions stand in the front matter: on one of its
// lines, or on the +++ line after it, at most one column past the end.
type inside struct {
	t     *testing.T
	p     *Positions
	lines []string
}

func (in inside) check(what string, pos diag.Pos) {
	in.t.Helper()
	lines := in.lines
	line := pos.Line - in.p.first
	if pos.File != in.p.file || line < 0 || line >= len(lines) {
		in.t.Fatalf("%s: %v is outside the %d lines", what, pos, len(lines))
	}
	if n := utf8.RuneCountInString(lines[line]); pos.Col < 1 || pos.Col > n+1 {
		in.t.Fatalf("%s: %v is outside line %q", what, pos, lines[line])
	}
}

// lookups tries every lookup on a recorded path, on its elements and on
// a key it does not have, and looks for text from its value.
func (in inside) lookups(path []any) {
	in.t.Helper()
	for _, q := range [][]any{path, append(path[:len(path):len(path)], 0), append(path[:len(path):len(path)], 1, "absent")} {
		in.check("Key", in.p.Key(q...))
		in.check("Value", in.p.Value(q...))
	}
	for _, s := range []string{"\u202e", "]", "x"} {
		in.check("Find", in.p.Find(in.p.Value(path...), s))
	}
}

// parsesWhole reports whether go-toml's parser, which the index uses,
// reads all of src: where it stops, keys after it have no position.
func parsesWhole(src []byte) bool {
	var parser unstable.Parser
	parser.Reset(src)
	for parser.NextExpression() {
	}
	return parser.Error() == nil
}

// frontMatterSeeds adds the front matter of every .md file of the folders.
func frontMatterSeeds(f *testing.F, dirs ...string) {
	n := 0
	for _, dir := range dirs {
		names, err := filepath.Glob(filepath.Join(dir, "*.md"))
		if err != nil {
			f.Fatal(err)
		}
		for _, name := range names {
			data, err := os.ReadFile(name)
			if err != nil {
				f.Fatal(err)
			}
			parts := bytes.SplitN(data, []byte("+++"), 3)
			if len(parts) == 3 {
				f.Add(bytes.TrimPrefix(parts[1], []byte("\n")))
				n++
			}
		}
	}
	if n == 0 {
		f.Fatalf("no seed in %v", dirs)
	}
}

// FuzzParsersStopAlike holds what nestingProblem leans on: a front matter
// that go-toml's parser stops at, short of its own nesting bound, is one
// BurntSushi/toml refuses too, so the decoder never reads past the place
// where the nesting check stopped looking.
func FuzzParsersStopAlike(f *testing.F) {
	for _, s := range positionSeeds {
		f.Add([]byte(s))
	}
	frontMatterSeeds(f, "../../content/agreements", "../testdata/invalid/agreements")
	f.Fuzz(func(t *testing.T, src []byte) {
		if parsesWhole(src) {
			return
		}
		if _, _, deep := nestingProblem(src); deep {
			return
		}
		var v map[string]any
		if _, err := toml.Decode(string(src), &v); err == nil {
			t.Errorf("go-toml stops at %q but BurntSushi/toml reads it whole", src)
		}
	})
}
