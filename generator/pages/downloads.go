package pages

import (
	"html/template"
	"strconv"
	"strings"
)

// Download is a file of data/ that the methodology page lists. Its size
// is known only once it is encoded: the build encodes the downloads
// before it plans the pages.
type Download struct {
	Path    string
	Bytes   int64
	About   map[string]string // what it holds, by language
	Schema  string            // the output path of its JSON Schema, or ""
	Columns []DownloadColumn  // the columns of a CSV file
}

// DownloadColumn is a column of a CSV file, or a family of columns that
// one description covers (title/ar, title/fr).
type DownloadColumn struct {
	Names []string
	About map[string]string
}

// DownloadRow is a download in the page's language.
type DownloadRow struct {
	Path    string
	Name    string // the file name
	Bytes   int64
	About   string
	Schema  string
	Columns []ColumnRow
}

// ColumnRow is a column of a download in the page's language.
type ColumnRow struct {
	Names string
	About string
}

func (st *site) downloadRows(lang string) []DownloadRow {
	var rows []DownloadRow
	for _, d := range st.downloads {
		row := DownloadRow{Path: d.Path, Name: d.Path[strings.LastIndex(d.Path, "/")+1:], Bytes: d.Bytes, About: d.About[lang], Schema: d.Schema}
		for _, c := range d.Columns {
			row.Columns = append(row.Columns, ColumnRow{strings.Join(c.Names, ", "), c.About[lang]})
		}
		rows = append(rows, row)
	}
	return rows
}

// Bytes prints the size of a file in kilobytes or megabytes, with one
// decimal: "34,6 Ko".
func (p *Page) Bytes(n int64) template.HTML {
	key, unit := "size.kb", int64(1000)
	if n >= 1_000_000 {
		key, unit = "size.mb", 1_000_000
	}
	tenths := max((n*10+unit/2)/unit, 1)
	v := p.loc.Int(tenths/10) + p.loc.T("decimal_separator") + strconv.FormatInt(tenths%10, 10)
	return template.HTML(`<data value="`+strconv.FormatInt(n, 10)+`">`) + isolate(fill(p.loc.T(key), "{v}", v)) + `</data>`
}

// Isolated prints text whose figures, and on right-to-left pages whose
// Latin words, are isolated: descriptions that name codes and columns.
// A line may break after each "_" of the names they quote.
func (p *Page) Isolated(s string) template.HTML {
	// Neither the escaped text nor the <bdi> tags hold a "_" of their own.
	return template.HTML(strings.ReplaceAll(string(isolateRuns(s, p.Dir == "rtl")), "_", "_<wbr>"))
}

// Identifier prints names of columns or fields, with a chance to break the
// line after each "/" and "_": on a phone "figures/general_practitioners"
// then wraps between its words, not inside one.
func (p *Page) Identifier(s string) template.HTML {
	var b strings.Builder
	for _, r := range s {
		b.WriteString(template.HTMLEscapeString(string(r)))
		if r == '/' || r == '_' {
			b.WriteString("<wbr>")
		}
	}
	return template.HTML(b.String())
}
