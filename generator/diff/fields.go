package diff

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"atlas/generator/content"
)

// compareFields lists the fields of two files of the same kind that
// differ, named by their keys in the file: the toml tags of the types of
// package content, so that a new field is compared with no change here.
func compareFields(before, after any) []Field {
	var out []Field
	walk("", reflect.ValueOf(before).Elem(), reflect.ValueOf(after).Elem(), &out)
	return out
}

var (
	dateType = reflect.TypeFor[content.Date]()
	textType = reflect.TypeFor[content.Text]()
)

func walk(path string, a, b reflect.Value, out *[]Field) {
	if !a.IsValid() || !b.IsValid() {
		// A key of a table on one side only: a figure given or dropped.
		scalar(path, a, b, out)
		return
	}
	t := a.Type()
	switch {
	case t == textType:
		*out = append(*out, compareText(path, a.Interface().(content.Text), b.Interface().(content.Text))...)
	case t.Kind() == reflect.Struct && t != dateType:
		for i := range t.NumField() {
			name, _, _ := strings.Cut(t.Field(i).Tag.Get("toml"), ",")
			if name == "" || name == "-" {
				continue
			}
			walk(join(path, name), a.Field(i), b.Field(i), out)
		}
	case t.Kind() == reflect.Map:
		keys := map[string]bool{}
		for _, v := range []reflect.Value{a, b} {
			for _, k := range v.MapKeys() {
				keys[k.String()] = true
			}
		}
		for _, k := range sortedKeys(keys) {
			walk(join(path, k), a.MapIndex(reflect.ValueOf(k)), b.MapIndex(reflect.ValueOf(k)), out)
		}
	case t.Kind() == reflect.Slice && keyed(t.Elem()):
		walkKeyed(path, a, b, out)
	default:
		scalar(path, a, b, out)
	}
}

// scalar compares two values as wholes: a figure, a date, a word, or a
// list, whose values are not shown.
func scalar(path string, a, b reflect.Value, out *[]Field) {
	if reflect.DeepEqual(valueOf(a), valueOf(b)) {
		return
	}
	f := Field{Path: path}
	if a.Kind() != reflect.Slice && b.Kind() != reflect.Slice {
		f.Before, f.After = show(a), show(b)
	}
	*out = append(*out, f)
}

// keyed reports whether the elements of a list have a key of their own,
// as parties do: they are compared key by key.
func keyed(t reflect.Type) bool {
	if t.Kind() != reflect.Struct {
		return false
	}
	f, ok := t.FieldByName("Key")
	return ok && f.Tag.Get("toml") == "key"
}

func walkKeyed(path string, a, b reflect.Value, out *[]Field) {
	index := func(v reflect.Value) map[string]reflect.Value {
		m := map[string]reflect.Value{}
		for i := range v.Len() {
			m[v.Index(i).FieldByName("Key").String()] = v.Index(i)
		}
		return m
	}
	ia, ib := index(a), index(b)
	keys := map[string]bool{}
	for k := range ia {
		keys[k] = true
	}
	for k := range ib {
		keys[k] = true
	}
	for _, k := range sortedKeys(keys) {
		x, inA := ia[k]
		y, inB := ib[k]
		switch {
		case !inA:
			*out = append(*out, Field{Path: join(path, k), Before: "", After: "added"})
		case !inB:
			*out = append(*out, Field{Path: join(path, k), Before: "", After: "removed"})
		default:
			walk(join(path, k), x, y, out)
		}
	}
}

// compareText lists the languages of a text that differ: "title.fr".
func compareText(path string, a, b content.Text) []Field {
	var out []Field
	langs := map[string]bool{}
	for l := range a {
		langs[l] = true
	}
	for l := range b {
		langs[l] = true
	}
	for _, l := range sortedKeys(langs) {
		if a[l] != b[l] {
			out = append(out, Field{Path: join(path, l)})
		}
	}
	return out
}

// valueOf is what a field holds; a missing map entry or a nil pointer is
// unknown, nil.
func valueOf(v reflect.Value) any {
	if !v.IsValid() || (v.Kind() == reflect.Pointer && v.IsNil()) {
		return nil
	}
	if v.Kind() == reflect.Pointer {
		v = v.Elem()
	}
	if (v.Kind() == reflect.Slice || v.Kind() == reflect.Map) && v.Len() == 0 {
		return nil
	}
	return v.Interface()
}

// show writes a value for a reader: figures grouped, unknown as "none".
func show(v reflect.Value) string {
	switch x := valueOf(v).(type) {
	case nil:
		return "none"
	case int64:
		return group(x)
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case content.Date:
		if x.IsZero() {
			return "none"
		}
		return x.String()
	case string:
		if x == "" {
			return "none"
		}
		return x
	default:
		return fmt.Sprint(x)
	}
}

// group writes a whole number with thousands separated by commas.
func group(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	if neg {
		s = "-" + s
	}
	return s
}

func join(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}
