package content

import (
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"

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
	if err != nil {
		reportTOML(keys, err, nil, diags)
		keys.unparsed = true
		return false
	}
	keys.parsed = true // the position index is made when first asked for
	rv := reflect.ValueOf(dst).Elem()
	for i := 0; i < rv.NumField(); i++ {
		name := tagName(rv.Type().Field(i))
		prim, ok := top[name]
		if name == "" || !ok {
			continue
		}
		if !decodeField(keys, md, name, prim, rv.Field(i), diags) {
			keys.failed[name] = true
			// A half-decoded section would feed the checks values nobody wrote.
			rv.Field(i).Set(reflect.Zero(rv.Field(i).Type()))
		}
	}
	undecoded := append(unknownTop(top, rv.Type()), md.Undecoded()...)
	reportUndecoded(keys, undecoded, rv.Type(), langs, keys.failed, diags)
	return len(keys.failed) == 0 && len(keys.failedAt) == 0
}

// decodeField decodes one top-level value into field and reports its
// errors. A list of tables is decoded one table at a time: the library
// places an error by key name only, at the last table that has that key,
// while the index points at the table that holds the mistake.
func decodeField(keys *Positions, md toml.MetaData, name string, prim toml.Primitive, field reflect.Value, diags *diag.List) bool {
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
		if err := md.PrimitiveDecode(e, out.Index(i).Addr().Interface()); err != nil {
			reportTOML(keys, err, []any{name, i}, diags)
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
	seen := map[string]bool{}
	for _, key := range undecoded {
		parent := key[:len(key)-1]
		inside := failed[key[0]] || seen[parent.String()]
		seen[key.String()] = true
		if inside {
			continue
		}
		name := key[len(key)-1]
		hint := unknownHint(t, parent, name, langs)
		for _, path := range keys.Loose(key.String()) {
			// The keys of a table that could not be read are not all decoded.
			if i, ok := path[1%len(path)].(int); ok && keys.failedAt[key[0]][i] {
				continue
			}
			diags.Errorf(keys.Key(path...), "unknown key %q", name).Hint = hint
		}
	}
}

// unknownHint names what an unknown key most likely meant: a known key
// quoted with its table ("budget.total"), a close name, or the choice.
func unknownHint(t reflect.Type, parent toml.Key, name string, langs []string) string {
	if dotted := strings.Split(name, "."); len(dotted) > 1 {
		table, last := dotted[:len(dotted)-1], dotted[len(dotted)-1]
		if slices.Contains(knownKeys(t, append(slices.Clone(parent), table...), langs), last) {
			if len(parent) == 0 {
				return "the quotes make " + quote(name) + " one key: write " + last + " = … in [" + strings.Join(table, ".") + "]"
			}
			return "the quotes make " + quote(name) + " one key: write " + name + " without them"
		}
	}
	known := knownKeys(t, parent, langs)
	if c := diag.Closest(name, known); c != "" {
		return "did you mean " + quote(c) + "?"
	}
	if len(known) > 0 {
		return "known keys here: " + strings.Join(known, ", ")
	}
	return ""
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
