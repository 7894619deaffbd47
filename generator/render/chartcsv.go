package render

import (
	"bytes"
	"encoding/csv"
	"strconv"

	"atlas/generator/pages"
	"atlas/generator/plan"
)

// chartCSV writes the numbers of one chart: a row per bar, with the exact
// value it is drawn from and how many agreements (or parties) give it. An
// unknown value is an empty cell, never 0. The file starts with a UTF-8
// byte-order mark so that spreadsheets read Arabic, and ends its lines
// with CRLF (RFC 4180).
type chartCSV struct{ site *pages.Site }

func (e chartCSV) Encode(buf *bytes.Buffer, o plan.Output) error {
	c := e.site.Chart(o.Chart)
	loc := e.site.Locale(o.Chart.Lang)
	buf.WriteString("\ufeff")
	w := csv.NewWriter(buf)
	w.UseCRLF = true
	w.Write([]string{loc.T("csv.code"), c.Category, loc.T("csv." + c.Measure), loc.T("csv.known_" + c.Kind), loc.T("csv.of_" + c.Kind)})
	for _, r := range c.Rows {
		value := ""
		if r.Sum.Known > 0 {
			value = strconv.FormatInt(r.Sum.Value, 10)
		}
		w.Write([]string{r.Key, r.Label.Value, value, strconv.Itoa(r.Sum.Known), strconv.Itoa(r.Sum.Of)})
	}
	w.Flush()
	return w.Error()
}
