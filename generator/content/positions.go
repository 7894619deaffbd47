package content

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"atlas/generator/diag"
)

// Positions maps every key of a front matter to where it stands in the
// file, so that a problem found long after decoding still points at the
// offending key. BurntSushi/toml decodes but keeps key positions private,
// hence a second, position-only pass with go-toml's AST.
//
// A path is a list of keys (string) and array indices (int), counted from
// 0: Key("parties", 1, "share"), Value("place", "localities", 0, "fr").
// A key is one name as the file spells it once unquoted, dots included:
// Key("budget.total") is the key written "budget.total" = …, not total in
// [budget].
type Positions struct {
	file  string
	lines []int // byte offset of each line start in the front matter
	first int   // file line of the front matter's first line
	src   []byte
	// decoded is src as the decoder read it, when values it could not
	// read were blanked out (see blankValue), else nil.
	decoded []byte
	keys    map[string]diag.Pos
	values  map[string]diag.Pos
	loose   map[string][][]any // toml.Key.String() -> paths with indices

	// Values the loader could not read, already reported: a check must not
	// report them missing as well. unparsed means the whole front matter.
	failed   map[string]bool
	unparsed bool
	// Tables of a list of tables that could not be read, by the list's
	// key: the other tables of the list are read and checked.
	failedAt map[string]map[int]bool
	// meant holds the paths of the keys an unknown key was taken for
	// ("did you mean"): the key is there, misspelt, not missing.
	meant map[string]bool

	walk struct { // the index walk's latest position, see walkAt
		offset int
		pos    diag.Pos
	}
	deep bool // the index left out paths nested deeper than maxPath

	// parsed is set once the front matter is valid TOML: only then is it
	// indexed, when a position is first asked for. Most files have no
	// problem, and never are.
	parsed  bool
	indexed sync.Once
	made    atomic.Bool
}

// Indexed reports whether the positions were indexed: a check of a file
// without problems never needs them.
func (p *Positions) Indexed() bool { return p.made.Load() }

// ensure makes the index of a valid front matter, once, whichever
// goroutine asks first.
func (p *Positions) ensure() {
	if !p.parsed { // not yet: a front matter read again after an error is asked first
		return
	}
	p.indexed.Do(func() {
		p.index()
		p.made.Store(true)
	})
}

func newPositions(file string, src []byte, firstLine int) *Positions {
	p := &Positions{file: file, src: src, first: firstLine,
		keys: map[string]diag.Pos{}, values: map[string]diag.Pos{}, loose: map[string][][]any{}, failed: map[string]bool{}}
	p.lines = append(p.lines, 0)
	for i, c := range src {
		if c == '\n' {
			p.lines = append(p.lines, i+1)
		}
	}
	return p
}

// At converts a byte offset in the front matter into a file position.
func (p *Positions) At(offset int) diag.Pos {
	if offset < 0 {
		offset = 0
	}
	if offset > len(p.src) {
		offset = len(p.src)
	}
	line := sort.Search(len(p.lines), func(i int) bool { return p.lines[i] > offset }) - 1
	// An offset inside a character stands at that character.
	for i := 0; i < utf8.UTFMax-1 && offset > p.lines[line] && offset < len(p.src) && !utf8.RuneStart(p.src[offset]); i++ {
		offset--
	}
	col := utf8.RuneCount(p.src[p.lines[line]:offset]) + 1
	return diag.Pos{File: p.file, Line: p.first + line, Col: col}
}

// End returns the position of the +++ line that closes the front matter,
// where the summaries begin.
func (p *Positions) End() diag.Pos {
	return diag.Pos{File: p.file, Line: p.first + bytes.Count(p.src, []byte("\n")), Col: 1}
}

// Line returns the position of the first non-blank character of a front
// matter line (1-based, counted inside the front matter).
func (p *Positions) Line(line int) diag.Pos {
	if line < 1 || line > len(p.lines) {
		return diag.Pos{File: p.file, Line: p.first, Col: 1}
	}
	start := p.lines[line-1]
	end := len(p.src)
	if line < len(p.lines) {
		end = p.lines[line] - 1
	}
	text := string(p.src[start:end])
	indent := len(text) - len(strings.TrimLeft(text, " \t"))
	return p.At(start + indent)
}

// afterPrevious moves a position that stands at the start of its line's
// text to the end of the previous line that holds a value: a missing ] or }
// is noticed only at the next line, but is missing where that value ends.
// Any other position is returned as it is.
func (p *Positions) afterPrevious(pos diag.Pos) diag.Pos {
	line := pos.Line - p.first + 1
	if line < 2 || line > len(p.lines) || p.Line(line) != pos {
		return pos
	}
	for l := line - 1; l >= 1; l-- {
		start, end := p.lines[l-1], p.lines[l]-1
		text := strings.TrimRight(string(p.src[start:end]), " \t")
		if t := strings.TrimSpace(text); t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		return diag.Pos{File: p.file, Line: p.first + l - 1, Col: utf8.RuneCountInString(text) + 1}
	}
	return pos
}

// Key returns the position of the key at path, or of its nearest
// enclosing key when the path itself is absent.
func (p *Positions) Key(path ...any) diag.Pos {
	p.ensure()
	return p.find(p.keys, path)
}

// Value returns the position of the value at path, falling back like Key.
func (p *Positions) Value(path ...any) diag.Pos {
	p.ensure()
	return p.find(p.values, path)
}

// Loose returns the path, with its array indices, of every place where a
// key stands that BurntSushi/toml writes as key (toml.Key.String, which
// has no indices): Loose("parties.share") is [parties 0 share] and
// [parties 1 share]. Each can be given to Key or Value.
func (p *Positions) Loose(key string) [][]any {
	p.ensure()
	return p.loose[key]
}

// File is the file the positions belong to.
func (p *Positions) File() string { return p.file }

// Failed reports whether the value of a top-level key could not be read,
// because of a wrong type or because the front matter is not valid TOML.
// The loader has said so at the right place; a check that found the value
// missing would only repeat it somewhere else.
func (p *Positions) Failed(key string) bool { return p != nil && (p.unparsed || p.failed[key]) }

// FailedAt reports whether table i of the list of tables key could not
// be read, or the whole list. A check skips that table.
func (p *Positions) FailedAt(key string, i int) bool {
	return p.Failed(key) || (p != nil && p.failedAt[key][i])
}

// Misspelt reports whether the key at path is written in its table under
// a wrong name the loader has reported ("stauts": did you mean "status"?):
// a check that found it missing would only say the same thing twice.
// A key in a table whose own name is misspelt counts too.
func (p *Positions) Misspelt(path ...any) bool {
	if p == nil || p.meant == nil {
		return false
	}
	for n := 1; n <= len(path); n++ {
		if p.meant[pathString(path[:n])] {
			return true
		}
	}
	return false
}

// markMeant records that a key at path is written under a wrong name,
// reported by the loader: see Misspelt.
func (p *Positions) markMeant(path []any) {
	if p.meant == nil {
		p.meant = map[string]bool{}
	}
	p.meant[pathString(path)] = true
}

// Partly reports whether any table of the list of tables key could not be
// read: a sum over the list would leave it out.
func (p *Positions) Partly(key string) bool {
	return p.Failed(key) || (p != nil && len(p.failedAt[key]) > 0)
}

// Find returns where s is written in the front matter at or after from;
// a single rune is also found as an escape (\u202E). Decoded strings lose
// their escapes and line breaks, so an index in a value says little about
// a column. It returns from when s is not found.
func (p *Positions) Find(from diag.Pos, s string) diag.Pos {
	line := from.Line - p.first
	if from.File != p.file || line < 0 || line >= len(p.lines) || from.Col < 1 || s == "" {
		return from
	}
	start := p.lines[line]
	for i := 1; i < from.Col && start < len(p.src) && p.src[start] != '\n'; i++ {
		_, size := utf8.DecodeRune(p.src[start:])
		start += size
	}
	rest := p.src[start:]
	at := bytes.Index(rest, []byte(s))
	for _, esc := range escapes(s) {
		if i := indexFold(rest, esc); i >= 0 && (at < 0 || i < at) {
			at = i
		}
	}
	if at < 0 {
		return from
	}
	return p.At(start + at)
}

// escapes lists how TOML can write s when s is one rune.
func escapes(s string) []string {
	r, size := utf8.DecodeRuneInString(s)
	if size != len(s) || r == utf8.RuneError {
		return nil
	}
	out := []string{fmt.Sprintf(`\U%08x`, r)}
	if r <= 0xFFFF {
		out = append(out, fmt.Sprintf(`\u%04x`, r))
	}
	if r <= 0xFF {
		out = append(out, fmt.Sprintf(`\x%02x`, r)) // TOML 1.1
	}
	return out
}

// indexFold is bytes.Index ignoring the case of ASCII letters; escapes are
// the only use, and their hex digits may be written either way.
func indexFold(s []byte, sub string) int {
	lower := make([]byte, len(s))
	for i, c := range s {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		lower[i] = c
	}
	return bytes.Index(lower, []byte(strings.ToLower(sub)))
}

func (p *Positions) find(m map[string]diag.Pos, path []any) diag.Pos {
	for n := len(path); n > 0; n-- {
		key := pathString(path[:n])
		if pos, ok := m[key]; ok {
			return pos
		}
		if pos, ok := p.keys[key]; ok {
			return pos
		}
	}
	return diag.Pos{File: p.file, Line: p.first, Col: 1}
}
