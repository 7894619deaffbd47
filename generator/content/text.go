package content

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Text is contributor prose in several languages, keyed by language code
// ("ar", "fr"). The languages are data, so a third one needs no new code.
type Text map[string]string

// In returns the text in lang, or "" when that language is missing.
func (t Text) In(lang string) string { return t[lang] }

// First returns the text in the first of langs it is written in, and that
// language; "", "" when it is in none. With Site.TextOrder it is what the
// pages of a language show of a text that may lack their language.
func (t Text) First(langs []string) (text, lang string) {
	for _, l := range langs {
		if s := t[l]; s != "" {
			return s, l
		}
	}
	return "", ""
}

// UnmarshalTOML accepts a table of strings only. Without it, BurntSushi/toml
// silently drops a plain string written where a table is expected
// (title = "…"), and the check then reports a missing title, not the cause.
func (t *Text) UnmarshalTOML(v any) error {
	m, ok := v.(map[string]any)
	if !ok {
		return fmt.Errorf(`wrong type: found %s, expected a table { ar = "…", fr = "…" }`, tomlType(v))
	}
	out := make(Text, len(m))
	for lang, s := range m {
		str, ok := s.(string)
		if !ok {
			return fmt.Errorf("wrong type for %q: found %s, expected text", lang, tomlType(s))
		}
		out[lang] = str
	}
	*t = out
	return nil
}

// tomlType names the type of a decoded TOML value in contributors' words.
func tomlType(v any) string {
	switch v.(type) {
	case string:
		return "text"
	case int64:
		return "a whole number"
	case float64:
		return "a number"
	case bool:
		return "true or false"
	case time.Time:
		return "a date"
	case map[string]any:
		return "a table"
	}
	return "a list"
}

// Date is a calendar date whose month or day may be unknown (zero), as
// news reports often give only "November 2023" or "2023".
type Date struct {
	Year, Month, Day int
}

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d.Year == 0 }

// String gives the ISO form at the date's precision: 2023, 2023-11 or 2023-11-06.
func (d Date) String() string {
	switch {
	case d.Year == 0:
		return ""
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// Before orders dates, an unknown month or day counting as the start of
// the period, so "2023" sorts before "2023-11-06".
func (d Date) Before(e Date) bool {
	if d.Year != e.Year {
		return d.Year < e.Year
	}
	if d.Month != e.Month {
		return d.Month < e.Month
	}
	return d.Day < e.Day
}

// UnmarshalTOML accepts a TOML local date (2023-11-06) or a string holding
// "2023-11" or "2023" when only that much is known.
func (d *Date) UnmarshalTOML(v any) error {
	switch v := v.(type) {
	case time.Time:
		// BurntSushi/toml puts a local date (2023-11-06) in a zone of its
		// own; any other value is a date-time, even one at midnight.
		switch v.Location().String() {
		case "date-local":
		case "time-local":
			return fmt.Errorf("%s is a time of day, not a date: write the date, as 2023-11-06", v.Format("15:04:05"))
		default:
			return fmt.Errorf("a date has no time of day: write %s", v.Format("2006-01-02"))
		}
		if v.Year() < 1900 || v.Year() > 2100 {
			return fmt.Errorf("%d is not a plausible year (check the digits: the atlas takes years 1900 to 2100)", v.Year())
		}
		*d = Date{v.Year(), int(v.Month()), v.Day()}
		return nil
	case string:
		return d.parse(v)
	}
	return fmt.Errorf("a date is written 2023-11-06, or \"2023-11\" or \"2023\" when only that is known")
}

func (d *Date) parse(s string) error {
	if latin := latinDigits(s); latin != s {
		if strings.Count(latin, "-") == 2 {
			return fmt.Errorf("%q is written with Arabic-Indic digits: write %s, with the digits 0-9 and no quotes", s, latin)
		}
		return fmt.Errorf("%q is written with Arabic-Indic digits: write %q, with the digits 0-9", s, latin)
	}
	bad := fmt.Errorf("%q is not a date: write 2023-11-06 with no quotes, or \"2023-11\" or \"2023\" when only that is known", s)
	parts := strings.Split(s, "-")
	if len(parts) > 2 || len(parts[0]) != 4 {
		return bad
	}
	for _, part := range parts {
		if strings.Trim(part, "0123456789") != "" {
			return bad
		}
	}
	year, err := strconv.Atoi(parts[0])
	if err != nil || year < 1900 || year > 2100 {
		return bad
	}
	month := 0
	if len(parts) == 2 {
		month, err = strconv.Atoi(parts[1])
		if err != nil || len(parts[1]) != 2 || month < 1 || month > 12 {
			return bad
		}
	}
	*d = Date{Year: year, Month: month}
	return nil
}
