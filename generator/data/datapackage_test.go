package data_test

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"atlas/generator/data"
)

// The parts of datapackage.json the checks below read.
type descriptor struct {
	Resources []resourceDesc
}

type resourceDesc struct {
	Name, Path, Hash string
	Bytes            int
	Schema           struct {
		Fields      []fieldDesc
		PrimaryKey  []string
		ForeignKeys []struct {
			Fields    []string
			Reference struct {
				Resource string
				Fields   []string
			}
		}
	}
}

type fieldDesc struct {
	Name, Type  string
	Description string
	Constraints struct {
		Required bool
		Minimum  *float64
		Enum     []string
		Pattern  string
	}
}

// TestDataPackage validates datapackage.json against the rules of the
// Tabular Data Package specification, then loads each CSV file it
// describes as an open-data tool would: its size and hash, its columns,
// every cell against its field's type and constraints, the primary keys
// and the foreign keys.
func TestDataPackage(t *testing.T) {
	rules, err := os.ReadFile("testdata/tabular-data-package.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	spec := compile(t, "tabular-data-package.schema.json", rules)
	for name, s := range sites(t) {
		raw := s.file(t, data.Package)
		if err := validate(spec, raw); err != nil {
			t.Errorf("%s: datapackage.json breaks the specification:\n%v", name, err)
		}
		var pkg descriptor
		if err := json.Unmarshal(raw, &pkg); err != nil {
			t.Fatal(err)
		}
		if len(pkg.Resources) != 3 {
			t.Errorf("%s: %d resources, want the 3 CSV files", name, len(pkg.Resources))
		}
		keys := map[string]map[string]bool{} // resource → its primary keys
		for _, r := range pkg.Resources {
			keys[r.Name] = checkResource(t, name, s, r)
		}
		for _, r := range pkg.Resources {
			for _, fk := range r.Schema.ForeignKeys {
				_, rows := s.readCSV(t, "data/"+r.Path)
				for _, row := range rows {
					if k := key(row, fk.Fields); !keys[fk.Reference.Resource][k] {
						t.Errorf("%s: %s: %v %q is no key of %s", name, r.Path, fk.Fields, k, fk.Reference.Resource)
					}
				}
			}
		}
	}
}

func checkResource(t *testing.T, site string, s site, r resourceDesc) map[string]bool {
	t.Helper()
	path := "data/" + r.Path
	raw := s.file(t, path)
	sum := sha256.Sum256(raw)
	if r.Bytes != len(raw) || r.Hash != "sha256:"+hex.EncodeToString(sum[:]) {
		t.Errorf("%s: %s: bytes %d and hash %s do not match the file", site, path, r.Bytes, r.Hash)
	}
	header, rows := s.readCSV(t, path)
	var names []string
	for _, f := range r.Schema.Fields {
		names = append(names, f.Name)
		if f.Description == "" || strings.HasPrefix(f.Description, "[") || strings.Contains(f.Description, "{") {
			t.Errorf("%s: %s: field %s has no finished description: %q", site, path, f.Name, f.Description)
		}
	}
	if !slices.Equal(names, header) {
		t.Errorf("%s: %s: fields %q, header %q", site, path, names, header)
	}
	for i, row := range rows {
		for _, f := range r.Schema.Fields {
			if err := checkCell(row[f.Name], f); err != "" {
				t.Errorf("%s: %s row %d, %s = %q: %s", site, path, i+2, f.Name, row[f.Name], err)
			}
		}
	}
	seen := map[string]bool{}
	for _, row := range rows {
		k := key(row, r.Schema.PrimaryKey)
		if seen[k] {
			t.Errorf("%s: %s: primary key %v %q repeated", site, path, r.Schema.PrimaryKey, k)
		}
		seen[k] = true
	}
	return seen
}

func key(row map[string]string, fields []string) string {
	var parts []string
	for _, f := range fields {
		parts = append(parts, row[f])
	}
	return strings.Join(parts, "\x00")
}

// checkCell checks one value as a Table Schema field of the given type
// and constraints reads it; "" means a missing value.
func checkCell(v string, f fieldDesc) string {
	typ, c := f.Type, f.Constraints
	if v == "" {
		if c.Required {
			return "required, and missing"
		}
		return ""
	}
	var n float64
	var err error
	switch typ {
	case "integer":
		var i int64
		i, err = strconv.ParseInt(v, 10, 64)
		n = float64(i)
	case "number":
		n, err = strconv.ParseFloat(v, 64)
	case "year":
		if len(v) != 4 {
			return "not a year"
		}
		_, err = strconv.Atoi(v)
	case "string":
	default:
		return "a type the test does not read: " + typ
	}
	switch {
	case err != nil:
		return "not of type " + typ
	case c.Minimum != nil && n < *c.Minimum:
		return "below the minimum"
	case c.Enum != nil && !slices.Contains(c.Enum, v):
		return "not one of " + strings.Join(c.Enum, ", ")
	case c.Pattern != "" && !regexp.MustCompile("^(?:"+c.Pattern+")$").MatchString(v):
		return "does not match " + c.Pattern
	}
	return ""
}
