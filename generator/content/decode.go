package content

import (
	"bytes"
	"errors"
	"fmt"
	"maps"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
	"github.com/pelletier/go-toml/v2/unstable"

	"atlas/generator/diag"
)

// decodeFront decodes a front matter into dst, a pointer to a struct with
// toml tags. Each top-level key is decoded on its own so that a wrong type
// in one section does not hide the problems of the others.
func decodeFront(keys *Positions, front []byte, dst any, langs []string, diags *diag.List) bool {
	if offset, msg, deep := nestingProblem(front); deep {
		d := diags.Errorf(keys.At(offset), "%s", msg)
		d.Hint = fmt.Sprintf("the contract nests at most four levels; a front matter nests at most %d", MaxNesting)
		keys.unparsed = true
		return false
	}
	var top map[string]toml.Primitive
	md, err := toml.Decode(string(front), &top)
	// A value the library cannot read, such as an impossible date, stops
	// its parse; blanked out, the rest of the file is read and checked.
	var blanked []int
	repeated := map[string]bool{} // tables with a key written twice, already reported
	for err != nil {
		at, ok := -1, len(blanked) < maxBlanked
		if open, end, key, found := unclosedList(front, err); found && ok {
			// A list over several lines that lacks its ]: the library
			// stops on the line after it, which is not the mistake.
			diags.Errorf(keys.At(open), "the list %s is never closed", key).Hint = fmt.Sprintf("write ] after its last item, on line %d", keys.At(end).Line)
			front, at = blank(front, open, end), open
		} else if line, table, found := repeatedKey(front, err); found && ok {
			// The second of two keys is commented out and the rest of the
			// file read. One error a table of a list: when a [[…]] line
			// was lost, every key of the next table repeats one.
			if table == "" || !repeated[table] {
				reportTOML(keys, err, nil, diags)
			}
			repeated[table] = true
			front, at = commentOut(front, line), line
		} else {
			reportTOML(keys, err, nil, diags)
			if ok {
				front, at, ok = blankValue(front, err)
			}
		}
		if !ok {
			keys.unparsed = true
			return false
		}
		blanked = append(blanked, at)
		keys.decoded = front
		top = nil
		md, err = toml.Decode(string(front), &top)
	}
	keys.parsed = true // the position index is made when first asked for
	// A section with a value blanked out is not read: its checks would
	// see a number nobody wrote. In a list of tables checked table by
	// table, only the table that holds it.
	unread, unreadAt := map[string]bool{}, map[string]map[int]bool{}
	for _, at := range blanked {
		key, elem := topKeyAt(front, at)
		switch {
		case elem >= 0 && checkedByTable[key]:
			if unreadAt[key] == nil {
				unreadAt[key] = map[int]bool{}
			}
			unreadAt[key][elem] = true
		default:
			unread[key] = true
		}
	}
	rv := reflect.ValueOf(dst).Elem()
	for i := 0; i < rv.NumField(); i++ {
		name := tagName(rv.Type().Field(i))
		prim, ok := top[name]
		if name == "" || !ok {
			continue
		}
		if !unread[name] && strayInTable(keys, md, rv.Type(), name, prim, rv.Field(i), langs, diags) {
			continue
		}
		if unread[name] || !decodeField(keys, md, name, prim, rv.Field(i), unreadAt[name], diags) {
			keys.failed[name] = true
			// A half-decoded section would feed the checks values nobody wrote.
			rv.Field(i).Set(reflect.Zero(rv.Field(i).Type()))
		}
	}
	for name := range unread {
		keys.failed[name] = true // unknown keys are reported as if it were read
	}
	undecoded := append(unknownTop(top, rv.Type()), md.Undecoded()...)
	reportUndecoded(keys, undecoded, rv.Type(), langs, keys.failed, diags)
	return len(keys.failed) == 0 && len(keys.failedAt) == 0
}

// decodeField decodes one top-level value into field and reports its
// errors. A list of tables is decoded one table at a time: the library
// places an error by key name only, at the last table that has that key,
// while the index points at the table that holds the mistake.
//
// The tables of unread are left empty and not decoded: a value of theirs
// was blanked out, and reported, already.
func decodeField(keys *Positions, md toml.MetaData, name string, prim toml.Primitive, field reflect.Value, unread map[int]bool, diags *diag.List) bool {
	t := field.Type()
	if t.Kind() != reflect.Slice || t.Elem().Kind() != reflect.Struct {
		if err := md.PrimitiveDecode(prim, field.Addr().Interface()); err != nil {
			reportTOML(keys, err, nil, diags)
			return false
		}
		return true
	}
	var elems []toml.Primitive
	if err := md.PrimitiveDecode(prim, &elems); err != nil {
		reportTOML(keys, err, nil, diags)
		return false
	}
	out, ok := reflect.MakeSlice(t, len(elems), len(elems)), true
	for i, e := range elems {
		err := error(nil)
		if !unread[i] {
			err = md.PrimitiveDecode(e, out.Index(i).Addr().Interface())
		}
		if err != nil || unread[i] {
			if err != nil {
				reportTOML(keys, err, []any{name, i}, diags)
			}
			if !checkedByTable[name] {
				ok = false
				continue
			}
			out.Index(i).Set(reflect.Zero(t.Elem()))
			if keys.failedAt == nil {
				keys.failedAt = map[string]map[int]bool{}
			}
			if keys.failedAt[name] == nil {
				keys.failedAt[name] = map[int]bool{}
			}
			keys.failedAt[name][i] = true
		}
	}
	field.Set(out)
	return ok
}

// checkedByTable lists the lists of tables whose checks skip a table the
// loader could not read (Positions.FailedAt): the other tables of the list
// are kept and checked, so that one mistake does not hide those of the
// rest. Any other list is dropped whole.
var checkedByTable = map[string]bool{"parties": true, "components": true, "events": true, "sources": true}

// unknownTop lists the top-level keys no field takes. Decoding into a map
// of primitives marks every top-level key as decoded, so Undecoded never
// lists them.
func unknownTop(top map[string]toml.Primitive, t reflect.Type) []toml.Key {
	var out []toml.Key
	for name := range top {
		if _, ok := fieldByTag(t, name); !ok || name == "" {
			out = append(out, toml.Key{name})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

func tagName(f reflect.StructField) string {
	name, _, _ := strings.Cut(f.Tag.Get("toml"), ",")
	if name == "-" {
		return ""
	}
	return name
}

// reportUndecoded turns the keys no struct field took into "unknown key"
// errors, with the nearest known key as a hint.
func reportUndecoded(keys *Positions, undecoded []toml.Key, t reflect.Type, langs []string, failed map[string]bool, diags *diag.List) {
	// The keys to report: each once, though the library lists a key once
	// for each table of a list that holds it and Loose finds them all (a
	// key in each of n tables would be reported n×n times), and none
	// inside a table that is itself unknown or could not be read.
	var unknown []toml.Key
	seen := map[string]bool{}
	for _, key := range undecoded {
		parent := key[:len(key)-1]
		inside := failed[key[0]] || seen[parent.String()]
		if !seen[key.String()] && !inside {
			unknown = append(unknown, key)
		}
		seen[key.String()] = true
	}
	// Keys whose table's header line is gone fell into the table above:
	// one error says so, at the first of them.
	stray := map[string][]string{} // by the table they fell into
	for _, key := range unknown {
		parent := key[:len(key)-1]
		if _, meant := unknownHint(t, parent, key[len(key)-1], langs); meant == "" {
			stray[parent.String()] = append(stray[parent.String()], key[len(key)-1])
		}
	}
	homes := map[string]map[string]*lostHeader{}
	var lost []*lostHeader
	for _, key := range unknown {
		parent, name := key[:len(key)-1], key[len(key)-1]
		if homes[parent.String()] == nil {
			homes[parent.String()] = lostHomes(keys, t, parent, stray[parent.String()], langs)
			lost = append(lost, uniqueHomes(homes[parent.String()])...)
		}
		if l := homes[parent.String()][name]; l != nil {
			l.paths = append(l.paths, keys.Loose(key.String())...)
			continue
		}
		hint, meant := unknownHint(t, parent, name, langs)
		for _, path := range keys.Loose(key.String()) {
			// The keys of a table that could not be read are not all decoded.
			if i, ok := path[1%len(path)].(int); ok && keys.failedAt[key[0]][i] {
				continue
			}
			diags.Errorf(keys.Key(path...), "unknown key %q", name).Hint = hint
			if meant != "" {
				keys.markMeant(append(slices.Clone(path[:len(path)-1]), meant))
			}
		}
	}
	for _, l := range lost {
		l.report(keys, diags)
	}
}

// lostHomes finds, among names, the unknown keys of the table at parent
// that belong in a table whose header line is missing, and gives each
// the one table it belongs in: of the tables that could hold it, the one
// that holds most of names, so that the keys of a lost [[sources]] go
// there together, title included, though [[components]] has a title too.
func lostHomes(keys *Positions, t reflect.Type, parent []string, names []string, langs []string) map[string]*lostHeader {
	candidates := map[string][]*lostHeader{}
	votes := map[string]int{}
	for _, name := range names {
		var found []*lostHeader
		if header, path := tableHolding(t, parent, name, langs); header != "" {
			found = append(found, &lostHeader{header: header, table: path})
		} else if len(parent) > 0 {
			for _, table := range knownKeys(t, nil, nil) {
				if header := headerHolding(t, []string{table}, name, langs); header != "" && table != parent[0] {
					found = append(found, &lostHeader{header: header, table: []string{table}})
				}
			}
		}
		for _, l := range found {
			if len(keys.Loose(strings.Join(l.table, "."))) == 0 { // its header is missing
				candidates[name] = append(candidates[name], l)
				votes[l.header]++
			}
		}
	}
	chosen := map[string]*lostHeader{} // one per header, shared by its keys
	out := map[string]*lostHeader{}
	for _, name := range names {
		var best *lostHeader
		for _, l := range candidates[name] {
			if best == nil || votes[l.header] > votes[best.header] {
				best = l
			}
		}
		if best == nil {
			continue
		}
		if chosen[best.header] == nil {
			chosen[best.header] = best
		}
		out[name] = chosen[best.header]
	}
	return out
}

// uniqueHomes lists the tables of homes once each, sorted by header.
func uniqueHomes(homes map[string]*lostHeader) []*lostHeader {
	byHeader := map[string]*lostHeader{}
	for _, l := range homes {
		byHeader[l.header] = l
	}
	var out []*lostHeader
	for _, header := range slices.Sorted(maps.Keys(byHeader)) {
		out = append(out, byHeader[header])
	}
	return out
}

// strayInTable decodes the text or the figures at the top-level key name
// when keys of a table whose header line is missing fell into it, as
// region and provinces do into [title] when the line [place] is deleted:
// their table is reported once, and the text keeps its languages. It
// reports whether it decoded the value; if not, it is decoded as usual.
func strayInTable(keys *Positions, md toml.MetaData, t reflect.Type, name string, prim toml.Primitive, field reflect.Value, langs []string, diags *diag.List) bool {
	var own []string // the keys the table may hold
	switch field.Type() {
	case reflect.TypeOf(Text{}):
		own = langs
	case reflect.TypeOf(Figures{}):
		own = CountKeys(name)
	default:
		return false
	}
	var m map[string]any
	if err := md.PrimitiveDecode(prim, &m); err != nil {
		return false
	}
	var names []string
	for key := range m {
		if !slices.Contains(own, key) {
			names = append(names, key)
		}
	}
	sort.Strings(names)
	homes := lostHomes(keys, t, []string{name}, names, nil)
	for key, l := range homes {
		l.paths = append(l.paths, []any{name, key})
		delete(m, key)
	}
	lost := uniqueHomes(homes)
	if len(lost) == 0 || field.Addr().Interface().(toml.Unmarshaler).UnmarshalTOML(m) != nil {
		return false // what is left has its own mistake, reported as usual
	}
	for _, l := range lost {
		l.report(keys, diags)
	}
	return true
}

// lostHeader is a table whose header line is missing, known by the keys
// that fell into the table above it.
type lostHeader struct {
	header string   // the header line the keys need
	table  []string // the path of the table they belong in
	paths  [][]any  // where its keys stand
}

// report gives one error, at the key written first, and marks the table
// as there: a check that found it missing would say the same again.
func (l *lostHeader) report(keys *Positions, diags *diag.List) {
	if len(l.paths) == 0 {
		return
	}
	first, at := l.paths[0], keys.Key(l.paths[0]...)
	for _, path := range l.paths[1:] {
		if pos := keys.Key(path...); pos.Line < at.Line || (pos.Line == at.Line && pos.Col < at.Col) {
			first, at = path, pos
		}
	}
	name, _ := first[len(first)-1].(string)
	diags.Errorf(keys.Key(first...), "unknown key %q", name).Hint = name + " belongs in " + l.header + ", whose header line is missing: write " + l.header + " on the line above it"
	table := make([]any, len(l.table))
	for i, k := range l.table {
		table[i] = k
	}
	keys.markMeant(table)
}

// unknownHint names what an unknown key most likely meant: a known key
// quoted with its table ("budget.total"), a close name, or the choice;
// and, when it is a close name of the same table, that name.
func unknownHint(t reflect.Type, parent toml.Key, name string, langs []string) (hint, meant string) {
	if dotted := strings.Split(name, "."); len(dotted) > 1 {
		table, last := dotted[:len(dotted)-1], dotted[len(dotted)-1]
		if slices.Contains(knownKeys(t, append(slices.Clone(parent), table...), langs), last) {
			if len(parent) == 0 {
				return "the quotes make " + quote(name) + " one key: write " + last + " = … in [" + strings.Join(table, ".") + "]", ""
			}
			return "the quotes make " + quote(name) + " one key: write " + name + " without them", ""
		}
	}
	known := knownKeys(t, parent, langs)
	if c := diag.Closest(name, known); c != "" {
		return "did you mean " + quote(c) + "?", c
	}
	if alias, ok := keyAliases[name]; ok && slices.Contains(known, alias) {
		return "did you mean " + quote(alias) + "?", alias
	}
	if table, _ := tableHolding(t, parent, name, langs); table != "" {
		return name + " belongs in " + table + ", not here", ""
	}
	if len(known) > 0 {
		return "known keys here: " + strings.Join(known, ", "), ""
	}
	return "", ""
}

// knownKeys lists the keys a struct type accepts at path, read from its
// toml tags so that the list can never drift from the types.
func knownKeys(t reflect.Type, path []string, langs []string) []string {
	for _, part := range path {
		t = elem(t)
		if t.Kind() != reflect.Struct {
			return nil
		}
		f, ok := fieldByTag(t, part)
		if !ok {
			return nil
		}
		t = f.Type
	}
	t = elem(t)
	if t == reflect.TypeOf(Text{}) {
		return langs
	}
	if t == reflect.TypeOf(Figures{}) && len(path) > 0 {
		return CountKeys(path[len(path)-1])
	}
	if t.Kind() != reflect.Struct {
		return nil
	}
	var names []string
	for i := 0; i < t.NumField(); i++ {
		if n := tagName(t.Field(i)); n != "" {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	return names
}

// keyAliases are the keys contributors write for a key of another name.
var keyAliases = map[string]string{"date": "signed", "signature": "signed", "percent": "share", "percentage": "share", "funding": "amount"}

// tableHolding names the table under parent, written as its header, that
// has a key name, and its path: region belongs in [place], share in
// [[parties]], ar in [title].
func tableHolding(t reflect.Type, parent []string, name string, langs []string) (string, []string) {
	for _, table := range knownKeys(t, parent, nil) {
		path := append(slices.Clone(parent), table)
		if header := headerHolding(t, path, name, langs); header != "" {
			return header, path
		}
	}
	return "", nil
}

// headerHolding is the header of the table at path when it has a key
// name, else "".
func headerHolding(t reflect.Type, path []string, name string, langs []string) string {
	field := typeAt(t, path)
	if field == nil || !slices.Contains(knownKeys(t, path, langs), name) {
		return ""
	}
	header := "[" + strings.Join(path, ".") + "]"
	switch {
	case field.Kind() == reflect.Slice && elem(field).Kind() == reflect.Struct:
		return "[" + header + "]"
	case elem(field).Kind() == reflect.Struct || field == reflect.TypeOf(Text{}) || field == reflect.TypeOf(Figures{}):
		return header
	}
	return ""
}

// typeAt is the type of the field at path, as declared.
func typeAt(t reflect.Type, path []string) reflect.Type {
	for _, part := range path {
		if elem(t).Kind() != reflect.Struct {
			return nil
		}
		f, ok := fieldByTag(elem(t), part)
		if !ok {
			return nil
		}
		t = f.Type
	}
	return t
}

func elem(t reflect.Type) reflect.Type {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
		t = t.Elem()
	}
	return t
}

func fieldByTag(t reflect.Type, name string) (reflect.StructField, bool) {
	for i := 0; i < t.NumField(); i++ {
		if tagName(t.Field(i)) == name {
			return t.Field(i), true
		}
	}
	return reflect.StructField{}, false
}

// maxBlanked bounds the values blanked out of one front matter: past it,
// the file is reported unreadable from there.
const maxBlanked = 32

// valueError matches the errors of the TOML library about one value that
// it could not read, at the value's start, after which the text is
// still TOML: an impossible date, a bad number, a bare word or a digit or
// quote it does not know, or no value at all.
var valueError = regexp.MustCompile(`^(invalid datetime|Invalid integer|Invalid float|expected value but found|.* is out of range for int64)`)

// blankValue replaces the value err is about with a number and spaces, of
// the same length in bytes, so that the positions of everything else stay
// as they are. It returns the offset of the value, or false when err is
// not about one value.
func blankValue(front []byte, err error) ([]byte, int, bool) {
	var perr toml.ParseError
	if !errors.As(err, &perr) {
		return nil, 0, false
	}
	start, end := perr.Position.Start, 0
	if start < 0 || start >= len(front) {
		return nil, 0, false
	}
	switch {
	case valueError.MatchString(perr.Message):
		if front[start] == '\n' || front[start] == '#' { // key = with nothing after it
			if start == 0 || front[start-1] != ' ' && front[start-1] != '\t' {
				return nil, 0, false
			}
			start--
		}
		end = valueEnd(front, start)
	case strings.HasPrefix(perr.Message, "expected a top-level item to end"):
		// Something follows a value on its line (2023/11/06, 1,5): the
		// whole value of the line, from its =, up to the line's end.
		var ok bool
		if start, end, ok = lineValue(front, start); !ok {
			return nil, 0, false
		}
	case leftOpen.MatchString(perr.Message):
		// A text not closed on its line, or a list or a table { } that
		// lacks a comma or its end: when it opens on the line the
		// library stopped on, that line's value. One spread over
		// several lines still stops the file, since where it was meant
		// to end is anyone's guess.
		var ok bool
		if s, e, spread := spreadList(front, start); spread {
			start, end = s, e
			break
		}
		if start, end, ok = lineValue(front, start); !ok || !strings.ContainsRune(`"'[{`, rune(front[start])) {
			return nil, 0, false
		}
		if q := front[start]; q == '"' || q == '\'' {
			end = continued(front, end, q)
		}
	default:
		return nil, 0, false
	}
	if end <= start {
		return nil, 0, false
	}
	return blank(front, start, end), start, true
}

// blank returns front with the bytes from start to end made a number and
// spaces, lines kept where they are.
func blank(front []byte, start, end int) []byte {
	out := slices.Clone(front)
	out[start] = '0'
	for i := start + 1; i < end; i++ {
		if out[i] != '\n' { // lines stay where they are
			out[i] = ' '
		}
	}
	return out
}

// repeatedKey finds the line of a key the library found written twice in
// its table, when its value ends on that line, and, when that table is
// one of a list, names it with its index, so that its other repeated
// keys can be told apart from those of another table.
func repeatedKey(front []byte, err error) (line int, table string, ok bool) {
	var perr toml.ParseError
	if !errors.As(err, &perr) || !strings.HasSuffix(perr.Message, "has already been defined.") ||
		perr.Position.Start < 0 || perr.Position.Start >= len(front) {
		return 0, "", false
	}
	line = bytes.LastIndexByte(front[:perr.Position.Start], '\n') + 1
	// The value must end on its line: the front stays TOML once it is gone.
	end := len(front)
	if i := bytes.IndexByte(front[line:], '\n'); i >= 0 {
		end = line + i
	}
	var probe map[string]any
	if bytes.HasPrefix(bytes.TrimSpace(front[line:end]), []byte("[")) || toml.Unmarshal(front[line:end], &probe) != nil {
		return 0, "", false // a table twice, or a value that goes on below
	}
	if key, elem := topKeyAt(front, line); elem >= 0 {
		table = fmt.Sprint(key, elem)
	}
	return line, table, true
}

// commentOut makes the line that starts at line a comment, its length
// and the positions of everything else kept.
func commentOut(front []byte, line int) []byte {
	out := slices.Clone(front)
	out[line] = '#'
	return out
}

// openList matches a line whose value opens a list it does not close.
var openList = regexp.MustCompile(`^\s*([A-Za-z0-9_-]+)\s*=\s*(\[)[^\]#]*(#.*)?\n?$`)

// frontLines cuts a front matter into lines, each with its offset, and
// finds the line that holds offset at (len(lines) past the end).
func frontLines(front []byte, at int) (lines [][]byte, starts []int, line int) {
	lines = bytes.SplitAfter(front, []byte("\n"))
	starts = make([]int, len(lines))
	offset, line := 0, len(lines)
	for i, l := range lines {
		starts[i] = offset
		if at >= offset && at < offset+len(l) && line == len(lines) {
			line = i
		}
		offset += len(l)
	}
	return lines, starts, line
}

// listOpening finds the line, at or above from, whose value opens a list
// spread over several lines and still open at from: the items between
// hold no key, no table and no closing ]. It returns the line, the
// offset of the [ in it and the list's key, or -1.
func listOpening(lines [][]byte, from int) (int, int, string) {
	for i := from; i >= 0; i-- {
		if m := openList.FindSubmatchIndex(lines[i]); m != nil {
			return i, m[4], string(lines[i][m[2]:m[3]])
		}
		if keyLine.Match(lines[i]) || bytes.Contains(lines[i], []byte("]")) && !bytes.Contains(lines[i], []byte("[")) {
			return -1, 0, "" // a key, a table, or a list closed: not inside one
		}
	}
	return -1, 0, ""
}

// unclosedList finds a list written over several lines that lacks its ]
// when err stops on the line after its last item: a key, a table's
// header or the end of the front matter. It returns the offset of the
// list's [, the end of its last item and the list's key.
func unclosedList(front []byte, err error) (open, end int, key string, ok bool) {
	var perr toml.ParseError
	if !errors.As(err, &perr) || perr.Position.Start < 0 {
		return 0, 0, "", false
	}
	lines, starts, stop := frontLines(front, perr.Position.Start)
	switch {
	case strings.Contains(perr.Message, "unexpected EOF"):
		stop = len(lines)
	case stop == len(lines) || !keyLine.Match(lines[stop]):
		return 0, 0, "", false
	}
	for _, line := range lines[min(stop, len(lines)):] {
		if t := bytes.TrimSpace(line); bytes.Equal(t, []byte("]")) {
			return 0, 0, "", false // closed below: a key written inside it, not a list left open
		} else if bytes.HasPrefix(t, []byte("[")) {
			break
		}
	}
	last := stop - 1 // the list's last line that is not blank
	for last >= 0 && len(bytes.TrimSpace(lines[last])) == 0 {
		last--
	}
	i, bracket, key := listOpening(lines, last)
	if i < 0 || i == last {
		return 0, 0, "", false // on one line, the library's error says where the ] goes
	}
	return starts[i] + bracket, starts[last] + len(bytes.TrimRight(lines[last], " \t\r\n")), key, true
}

// spreadList finds the list spread over several lines that holds offset
// at, closed on a line below by ], so that a mistake inside it blanks out
// the list, not the rest of the file. It returns where the list starts
// and ends, or false.
func spreadList(front []byte, at int) (start, end int, ok bool) {
	lines, starts, line := frontLines(front, at)
	if line == len(lines) || keyLine.Match(lines[line]) {
		return 0, 0, false
	}
	i, bracket, _ := listOpening(lines, line-1) // the line itself may close it
	if i < 0 {
		return 0, 0, false
	}
	for j := line; j < len(lines); j++ {
		if j > line && (keyLine.Match(lines[j]) || len(bytes.TrimSpace(lines[j])) == 0) {
			return 0, 0, false // no ] before the next key: where it ends is anyone's guess
		}
		item, _, _ := bytes.Cut(lines[j], []byte("#"))
		if bytes.HasSuffix(bytes.TrimSpace(item), []byte("]")) {
			return starts[i] + bracket, starts[j] + len(bytes.TrimRight(item, " \t\r\n")), true
		}
	}
	return 0, 0, false
}

// keyLine matches a line that starts a key or a table.
var keyLine = regexp.MustCompile(`^\s*(\[|[A-Za-z0-9_"'.-]+\s*=)`)

// continued extends a text left open at end, the end of its line, over
// the lines that follow it up to the one that closes it with quote, when
// a contributor wrote one text on several lines; else it returns end.
// It gives up at a blank line, a key or a table, which the text cannot
// have been meant to hold.
func continued(front []byte, end int, quote byte) int {
	at := end
	for range 20 {
		if at >= len(front) {
			return end
		}
		line := front[at+1:]
		if i := bytes.IndexByte(line, '\n'); i >= 0 {
			line = line[:i]
		}
		if len(bytes.TrimSpace(line)) == 0 || keyLine.Match(line) {
			return end
		}
		if bytes.IndexByte(line, quote) >= 0 {
			return at + 1 + len(line)
		}
		at += 1 + len(line)
	}
	return end
}

// leftOpen matches the library's errors about a value left open.
var leftOpen = regexp.MustCompile(`^(strings cannot contain newlines|expected a comma \(','\) or array terminator|expected a comma or an inline table terminator)`)

// lineValue is the value of the line that holds offset at: from after
// its = up to the line's end, or false when the line has no =.
func lineValue(front []byte, at int) (start, end int, ok bool) {
	lineStart := bytes.LastIndexByte(front[:at], '\n') + 1
	eq := bytes.IndexByte(front[lineStart:at], '=')
	if eq < 0 {
		return 0, 0, false
	}
	start = lineStart + eq + 1
	for start < len(front) && (front[start] == ' ' || front[start] == '\t') {
		start++
	}
	end = len(front)
	if i := bytes.IndexByte(front[start:], '\n'); i >= 0 {
		end = start + i
	}
	return start, end, start < end
}

// valueEnd is where a value that could not be read ends: at the quote
// that closes a text opened by a curly quote or guillemet, else before
// the comma, bracket, brace, comment or line end that follows it.
func valueEnd(front []byte, start int) int {
	line := front[start:]
	if i := bytes.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	r, size := utf8.DecodeRune(line)
	if closing, ok := closingQuote[r]; ok {
		if i := strings.IndexRune(string(line[size:]), closing); i >= 0 {
			_, n := utf8.DecodeRuneInString(string(closing))
			return start + size + i + n
		}
	}
	if i := bytes.IndexAny(line[size:], ",]}#"); i >= 0 {
		return start + size + i
	}
	return start + len(line)
}

var closingQuote = map[rune]rune{'“': '”', '”': '”', '„': '“', '«': '»', '»': '«', '‘': '’', '’': '’', '‹': '›'}

// topKeyAt is the top-level key whose value holds offset in a front
// matter the library reads: the first part of the key of the line, or
// of the table or list of tables above it; and in a list of tables
// ([[parties]]), which table, else -1.
func topKeyAt(front []byte, offset int) (string, int) {
	var parser unstable.Parser
	parser.Reset(front)
	table, key := "", ""
	elem, seen := -1, map[string]int{}
	for parser.NextExpression() {
		expr := parser.Expression()
		first, start := "", int(expr.Raw.Offset)
		if it := expr.Key(); it.Next() {
			first = string(it.Node().Data)
			if expr.Raw.Length == 0 { // a header has no range; its name has
				start = int(it.Node().Raw.Offset)
			}
		}
		if start > offset {
			break
		}
		switch expr.Kind {
		case unstable.Table:
			table, key, elem = first, first, -1
		case unstable.ArrayTable:
			table, key = first, first
			elem = seen[first]
			seen[first]++
		case unstable.KeyValue:
			key = first
			if table != "" {
				key = table
			} else {
				elem = -1
			}
		}
	}
	return key, elem
}
