package data

import (
	"encoding/csv"
	"io"
	"strings"
)

// Table is one CSV file: its columns, described, and its rows as text.
type Table struct {
	Name        string   // the resource's name in the data package, e.g. "agreements"
	Path        string   // its output path, e.g. "data/agreements.csv"
	About       string   // catalog key of what a row is
	Columns     []Column // as described: a family of columns is one
	Fields      []Field  // every column, in order
	Rows        [][]string
	PrimaryKey  []string
	ForeignKeys []ForeignKey
}

// Column describes a column, or a family of columns written alike: one
// per language ("title/{lang}") or one per count ("figures/{count}").
type Column struct {
	Name     string
	Type     string // a Table Schema type: string, integer, number or year
	About    string // catalog key of its description
	Required bool
	Enum     []string
	Pattern  string
}

// Field is one column of the file: a column, or one of a family.
type Field struct {
	Name string
	Column
}

// ForeignKey says that the values of a column are the keys of another
// table's rows.
type ForeignKey struct {
	Fields   []string
	Resource string
	Keys     []string
}

// Family placeholders: a column per language of the site, or per count of
// the contract.
const (
	PerLang  = "{lang}"
	PerCount = "{count}"
)

// spec is a column and how to read its cell from a row; key is the
// language or the count of a family's column, "" otherwise.
type spec[T any] struct {
	Column
	cell func(row T, key string) string
}

// table builds a Table from rows of type T.
type table[T any] struct {
	Table
	langs []string
	specs []spec[T]
}

func newTable[T any](name, about string, langs []string) *table[T] {
	return &table[T]{Table: Table{Name: name, Path: Dir + "/" + name + ".csv", About: about}, langs: langs}
}

// add appends a column.
func (t *table[T]) add(c Column, cell func(row T, key string) string) {
	t.specs = append(t.specs, spec[T]{c, cell})
}

// build lays the rows out under the columns.
func (t *table[T]) build(rows []T) *Table {
	type field struct {
		spec[T]
		key string
	}
	var fields []field
	for _, s := range t.specs {
		t.Columns = append(t.Columns, s.Column)
		for _, key := range t.keys(s.Name) {
			name := strings.NewReplacer(PerLang, key, PerCount, key).Replace(s.Name)
			t.Fields = append(t.Fields, Field{name, s.Column})
			fields = append(fields, field{s, key})
		}
	}
	t.Rows = make([][]string, 0, len(rows))
	for _, r := range rows {
		cells := make([]string, len(fields))
		for i, f := range fields {
			cells[i] = f.cell(r, f.key)
		}
		t.Rows = append(t.Rows, cells)
	}
	return &t.Table
}

// keys lists the columns of a family: "" for a single column.
func (t *table[T]) keys(name string) []string {
	switch {
	case strings.Contains(name, PerLang):
		return t.langs
	case strings.Contains(name, PerCount):
		return countKeys()
	}
	return []string{""}
}

// Header is the names of the columns, in order.
func (t *Table) Header() []string {
	names := make([]string, len(t.Fields))
	for i, f := range t.Fields {
		names[i] = f.Name
	}
	return names
}

// BOM is the byte-order mark that CSV files start with, so that
// spreadsheet programs read them as UTF-8 and show Arabic.
const BOM = "\uFEFF"

// WriteCSV writes the table as RFC 4180 CSV: UTF-8 with a byte-order
// mark, one header row, lines ending in CRLF.
func (t *Table) WriteCSV(out io.Writer) error {
	if _, err := io.WriteString(out, BOM); err != nil {
		return err
	}
	w := csv.NewWriter(out)
	w.UseCRLF = true
	if err := w.Write(t.Header()); err != nil {
		return err
	}
	return w.WriteAll(t.Rows)
}
