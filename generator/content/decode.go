package content

import (
	"errors"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"

	"atlas/generator/diag"
)

// decodeFront decodes a front matter into dst, a pointer to a struct with
// toml tags. Each top-level key is decoded on its own so that a wrong type
// in one section does not hide the problems of the others.
func decodeFront(keys *Positions, front []byte, dst any, langs []string, diags *diag.List) bool {
	var top map[string]toml.Primitive
	md, err := toml.Decode(string(front), &top)
	if err != nil {
		reportTOML(keys, err, diags)
		return false
	}
	keys.index()
	rv := reflect.ValueOf(dst).Elem()
	failed := map[string]bool{}
	for i := 0; i < rv.NumField(); i++ {
		name := tagName(rv.Type().Field(i))
		prim, ok := top[name]
		if name == "" || !ok {
			continue
		}
		if err := md.PrimitiveDecode(prim, rv.Field(i).Addr().Interface()); err != nil {
			reportTOML(keys, err, diags)
			failed[name] = true
			// A half-decoded section would feed the checks values nobody wrote.
			rv.Field(i).Set(reflect.Zero(rv.Field(i).Type()))
		}
	}
	reportUndecoded(keys, md.Undecoded(), rv.Type(), langs, failed, diags)
	return len(failed) == 0
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
	seen := map[string]bool{}
	for _, key := range undecoded {
		if failed[key[0]] || seen[strings.Join(key[:len(key)-1], ".")] {
			seen[key.String()] = true
			continue
		}
		seen[key.String()] = true
		known := knownKeys(t, key[:len(key)-1], langs)
		name := key[len(key)-1]
		for _, path := range keys.Loose(key.String()) {
			d := diags.Errorf(keys.Key(path), "unknown key %q", name)
			if c := diag.Closest(name, known); c != "" {
				d.Hint = "did you mean " + quote(c) + "?"
			} else if len(known) > 0 {
				d.Hint = "known keys here: " + strings.Join(known, ", ")
			}
		}
	}
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

var (
	lineInError    = regexp.MustCompile(`^toml: line (\d+)(?: \(last key "([^"]*)"\))?: `)
	keyOnlyInError = regexp.MustCompile(`^toml: \(last key "([^"]*)"\): `)
)

// reportTOML turns an error of the TOML library into a diagnostic at the
// offending key or value rather than at the start of the file.
func reportTOML(keys *Positions, err error, diags *diag.List) {
	var perr toml.ParseError
	if errors.As(err, &perr) {
		pos := keys.Line(perr.Position.Line)
		if perr.Position.Start > 0 || perr.Position.Line == 1 {
			pos = keys.At(perr.Position.Start)
		}
		if perr.LastKey != "" && perr.Position.Line > 0 {
			pos = keys.valueOnLine(perr.LastKey, perr.Position.Line, pos)
		}
		diags.Errorf(pos, "%s", friendly(perr.Message)).Hint = perr.Usage
		return
	}
	msg := err.Error()
	if m := lineInError.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		pos := keys.valueOnLine(m[2], line, keys.Line(line))
		diags.Errorf(pos, "%s", friendly(strings.TrimPrefix(msg, m[0])))
		return
	}
	if m := keyOnlyInError.FindStringSubmatch(msg); m != nil {
		pos := keys.Value(anyPath(strings.Split(m[1], "."))...)
		diags.Errorf(pos, "%s", friendly(strings.TrimPrefix(msg, m[0])))
		return
	}
	diags.Errorf(keys.Line(1), "%s", friendly(strings.TrimPrefix(msg, "toml: ")))
}

// valueOnLine finds the value of the key named loose (without indices)
// that stands on a front matter line.
func (p *Positions) valueOnLine(loose string, line int, fallback diag.Pos) diag.Pos {
	want := p.first + line - 1
	for _, path := range p.loose[loose] {
		if pos, ok := p.values[path]; ok && pos.Line == want {
			return pos
		}
	}
	return fallback
}

var typeWords = strings.NewReplacer(
	"incompatible types: TOML value has type ", "wrong type: found ",
	"; destination has type ", ", expected ",
	"int64", "a whole number",
	"integer", "a whole number",
	"float64", "a number",
	"float", "a number",
	"map[string]any", "a table",
	"map", "a table",
	"struct", "a table",
	"slice", "a list",
	"[]any", "a list",
	"string", "text",
)

func friendly(msg string) string {
	if strings.HasPrefix(msg, "incompatible types") {
		return typeWords.Replace(msg)
	}
	return msg
}

// anyPath converts a dotted path into the arguments of Positions.Key.
func anyPath(path []string) []any {
	out := make([]any, len(path))
	for i, p := range path {
		out[i] = p
	}
	return out
}
