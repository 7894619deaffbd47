package content

import (
	"errors"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
	"github.com/pelletier/go-toml/v2/unstable"

	"atlas/generator/diag"
)

// The library writes the last key with %q, so a quoted part of it comes
// with escaped quotes: (last key "\"budget.total\"").
var (
	lineInError    = regexp.MustCompile(`^toml: line (\d+)(?: \(last key ("(?:[^"\\]|\\.)*")\))?: `)
	keyOnlyInError = regexp.MustCompile(`^toml: \(last key ("(?:[^"\\]|\\.)*")\): `)
	// subKeyInError is how Text.UnmarshalTOML names the key inside the
	// value that holds the mistake.
	subKeyInError = regexp.MustCompile(`^wrong type for ("(?:[^"\\]|\\.)*"): `)
)

// tomlProblem is an error of the TOML library taken apart.
type tomlProblem struct {
	key   string // the last key read as toml.Key.String writes it, without indices; may be ""
	line  int    // front matter line, 0 when unknown
	start int    // byte offset in the front matter, -1 when unknown
	msg   string
}

func parseTOMLError(err error) tomlProblem {
	var perr toml.ParseError
	if errors.As(err, &perr) {
		start := -1
		if perr.Position.Start > 0 || perr.Position.Line == 1 {
			start = perr.Position.Start
		}
		return tomlProblem{perr.LastKey, perr.Position.Line, start, perr.Message}
	}
	msg := err.Error()
	if m := lineInError.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		return tomlProblem{unquote(m[2]), line, -1, strings.TrimPrefix(msg, m[0])}
	}
	if m := keyOnlyInError.FindStringSubmatch(msg); m != nil {
		return tomlProblem{unquote(m[1]), 0, -1, strings.TrimPrefix(msg, m[0])}
	}
	return tomlProblem{"", 0, -1, strings.TrimPrefix(msg, "toml: ")}
}

// reportTOML turns an error of the TOML library into a diagnostic at the
// offending key or value rather than at the start of the file. elem is
// the list element being decoded ("parties", 1), or nil.
func reportTOML(keys *Positions, err error, elem []any, diags *diag.List) {
	p := parseTOMLError(err)
	var sub []any
	if m := subKeyInError.FindStringSubmatch(p.msg); m != nil {
		sub = []any{unquote(m[1])}
		p.msg = "wrong type: " + strings.TrimPrefix(p.msg, m[0])
	}
	msg, hint := friendly(p.msg)
	if m := wrongType.FindStringSubmatch(msg); m != nil {
		key := p.key
		if len(sub) > 0 {
			key, _ = sub[len(sub)-1].(string)
		}
		hint = typeHint(m[1], m[2], key[strings.LastIndex(key, ".")+1:])
	}
	pos := keys.problemPos(p, elem, sub)
	if unclosed.MatchString(p.msg) {
		pos = keys.afterPrevious(pos)
	}
	diags.Errorf(pos, "%s", msg).Hint = hint
}

// unclosed matches the errors of a list or an inline table left open,
// which the library notices on the line after.
var unclosed = regexp.MustCompile(`^expected a comma \(','\) or array terminator|^expected a comma or an inline table terminator`)

// problemPos places a problem: by its path when it is known from the list
// element and the key, else on the line the library gives.
func (p *Positions) problemPos(prob tomlProblem, elem, sub []any) diag.Pos {
	switch {
	case elem != nil && prob.key != "":
		path := append([]any(nil), elem...)
		if keys := splitKey(prob.key); len(keys) > 0 && keys[0] == elem[0] {
			path = append(path, keys[1:]...)
		}
		return p.Value(append(path, sub...)...)
	case sub != nil && prob.key != "":
		return p.Value(append(splitKey(prob.key), sub...)...)
	case prob.line > 0:
		pos := p.Line(prob.line)
		if prob.start >= 0 {
			pos = p.At(prob.start)
		}
		return p.valueOnLine(prob.key, prob.line, pos)
	case prob.key != "":
		return p.Value(splitKey(prob.key)...)
	case prob.start >= 0:
		return p.At(prob.start)
	}
	return p.Line(1)
}

// valueOnLine finds the value of the key named loose (without indices)
// that stands on a front matter line.
func (p *Positions) valueOnLine(loose string, line int, fallback diag.Pos) diag.Pos {
	want := p.first + line - 1
	p.ensure()
	for _, path := range p.loose[loose] {
		if pos, ok := p.values[pathString(path)]; ok && pos.Line == want {
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

// rewordings turn the TOML library's messages into the words of the
// contract, each with a hint; a message not listed is kept as it is.
var rewordings = []struct {
	re  *regexp.Regexp
	say func(m []string) (msg, hint string)
}{
	{regexp.MustCompile(`^Key '(?:(.*)\.)?([^.]*)' has already been defined\.$`), func(m []string) (string, string) {
		if checkedByTable[m[1]] {
			// In a list of tables, the second of two keys most often
			// starts the next table, whose [[…]] line was lost.
			return "duplicate key " + quote(m[2]), "a key appears once in its table: keep one of the two, or write [[" + m[1] + "]] on the line above it if it starts another"
		}
		return "duplicate key " + quote(m[2]), "a key appears once in its table: keep one of the two"
	}},
	{regexp.MustCompile(`^Key '(.*)' was already created and cannot be used as an array\.$`), func(m []string) (string, string) {
		return quote(m[1]) + " is already a table, so it cannot be a list of tables", "write [[" + m[1] + "]] for each of them"
	}},
	{regexp.MustCompile(`^invalid datetime: "(\d{4})-(\d{4})"$`), func(m []string) (string, string) {
		return m[1] + "-" + m[2] + " is not a date", "a period is its first and last year: period = [" + m[1] + ", " + m[2] + "]"
	}},
	{regexp.MustCompile(`^invalid datetime: "(.*)"$`), func(m []string) (string, string) {
		return m[1] + " is not a date", "write a day that exists, as 2023-11-06, or \"2023-11\" when only the month is known"
	}},
	{regexp.MustCompile(`^type mismatch for .*: expected table but found (.*)$`), func(m []string) (string, string) {
		return "wrong type: found " + typeWords.Replace(m[1]) + ", expected a table", ""
	}},
	{regexp.MustCompile(`(?s)^incompatible types.*`), func(m []string) (string, string) {
		return typeWords.Replace(m[0]), ""
	}},
	{regexp.MustCompile(`^(.+?): (write .+)$`), func(m []string) (string, string) {
		return m[1], m[2]
	}},
	{regexp.MustCompile(`^strings cannot contain newlines$`), func(m []string) (string, string) {
		return "a string is not closed on its line", `end it with " on the same line, or write """…""" around several lines`
	}},
	{regexp.MustCompile(`^expected a comma \(','\) or array terminator \(']'\)`), func(m []string) (string, string) {
		return "a list lacks a comma between two items, or the ] that ends it", `provinces = ["guelmim", "tan-tan"]`
	}},
	{regexp.MustCompile(`^expected a comma or an inline table terminator '\}'`), func(m []string) (string, string) {
		return "a table { … } lacks a comma between two keys, or the } that ends it", `name = { ar = "…", fr = "…" }`
	}},
	{regexp.MustCompile(`^expected value but found ["'](.*)["'] instead$`), func(m []string) (string, string) {
		return foundForValue(m[1])
	}},
	{regexp.MustCompile(`^expected '\.' or '=', but got .* instead$`), func(m []string) (string, string) {
		return "a key is not followed by =", `write one key = value per line, e.g. status = "signed"`
	}},
	{regexp.MustCompile(`^expected '\.' or '\]' to end table name|^expected end of table array name delimiter`), func(m []string) (string, string) {
		return "a table name is not closed", "write the name between brackets on its own line: [budget], or [[parties]] for each party"
	}},
	{regexp.MustCompile(`^expected a top-level item to end with a newline, comment, or EOF, but got '(.*)' instead$`), func(m []string) (string, string) {
		msg := "unexpected " + quote(m[1]) + " after a value"
		switch m[1] {
		case "/":
			return msg, "a date is written year first, with hyphens: 2023-11-06"
		case ",", "٫", ".":
			return msg, "amounts are whole dirhams, with no decimal comma: 1,5 million is 1_500_000"
		}
		return msg, "write one key = value per line; a number has no spaces: 20_000_000 or 20000000"
	}},
	{regexp.MustCompile(`^Invalid integer "(.*)": underscores must be surrounded by digits$`), func(m []string) (string, string) {
		return m[1] + " is not a number: an underscore stands between two digits", "group the digits by three: 20_000_000"
	}},
	{regexp.MustCompile(`^Invalid integer "(.*)": cannot have leading zeroes$`), func(m []string) (string, string) {
		return m[1] + " is not a number: it starts with a zero", "write the number without its leading zero; a date is written year first, with hyphens: 2023-11-06"
	}},
	{regexp.MustCompile(`^Invalid float "(.*)": .*$`), func(m []string) (string, string) {
		return m[1] + " is not a number", "amounts and counts are whole numbers: 20_000_000; a share is a percentage: 12.5"
	}},
	{regexp.MustCompile(`^unexpected comma$`), func(m []string) (string, string) {
		return "a comma with no value before it", `write the values of a list one comma apart: provinces = ["guelmim", "tan-tan"]`
	}},
	{regexp.MustCompile(`^unexpected end of table name \(table names cannot be empty\)$`), func(m []string) (string, string) {
		return "a table with no name", "write the name between the brackets: [budget], or [[parties]] for each party"
	}},
	{regexp.MustCompile(`^invalid escape(?: in string)?:? '(.*)'$`), func(m []string) (string, string) {
		return "a backslash starts an unknown escape " + m[1], `write \\ for a backslash, or delete it`
	}},
	{regexp.MustCompile(`^TOML files cannot contain control characters: '0x([0-9a-fA-F]+)'$`), func(m []string) (string, string) {
		return "an invisible control character U+00" + strings.ToUpper(m[1]) + " in the file", `delete it; inside text, write a line break as \n or put the text between """ and """`
	}},
	{regexp.MustCompile(`^(.*) is out of range for int64$`), func(m []string) (string, string) {
		return m[1] + " is too large a number", "amounts are whole dirhams: 443 million is 443_000_000"
	}},
}

// wrongType is a message of a value of the wrong type, in the words of
// typeWords and of Text and Figures; reportTOML gives it its hint.
var wrongType = regexp.MustCompile(`^wrong type: found (.*), expected (.*)$`)

// typeHint says how to write key's value of the type expected where one
// of the type found stands.
func typeHint(found, expected, key string) string {
	if key == "" {
		key = "key"
	}
	switch {
	case key == "period":
		return "a period is its first and last year, with no quotes: period = [2026, 2027]"
	case strings.HasPrefix(expected, "a whole number") && (key == "total" || key == "amount"):
		if found == "text" {
			return "amounts are whole dirhams, with no quotes: " + key + " = 1_500_000 for 1,5 million"
		}
		return "amounts are whole dirhams, with no decimal point: " + key + " = 1_500_000"
	case strings.HasPrefix(expected, "a whole number"):
		return "write a whole number, with no quotes or decimal point: " + key + " = 12"
	case expected == "a number":
		return "write the number with no quotes or percent sign: " + key + " = 20"
	case expected == "text":
		return `write each value between straight quotes: "…"`
	case expected == "a list" && found == "a table":
		return "write [[" + key + "]], with two brackets, above each one"
	case expected == "a list":
		return "write the values between brackets, even a single one: " + key + ` = ["…"]`
	case strings.HasPrefix(expected, "a table {"):
		return `write the text of each language: { ar = "…", fr = "…" }`
	case strings.HasPrefix(expected, "a table"):
		return "write [" + key + "] on a line of its own, and its keys on the lines under it"
	}
	return ""
}

// foundForValue reads the character the library found where a value
// belongs: nothing at all, a digit other than 0-9, or a curly quote.
func foundForValue(c string) (string, string) {
	r, _ := utf8.DecodeRuneInString(c)
	switch {
	case c == `\n` || c == "":
		return "a value is missing after =", "write the value after =, or delete the line when the value is not known"
	case latinDigits(string(r)) != string(r):
		return "a number written with Arabic-Indic digits (" + c + "…)", "write numbers and dates with the digits 0-9: " + c + " is " + latinDigits(c) + ", ٢٠٢٣ is 2023"
	case strings.ContainsRune("“”„«»‘’‹›", r):
		return "text between " + c + " quotes", `text goes between straight quotes: ar = "…"`
	}
	return "found " + c + " where a value belongs", `text goes between quotes: "` + c + `"; dates and numbers take none: 2023-11-06, 443_000_000`
}

// latinDigits writes the Arabic-Indic and Persian digits of s as 0-9.
func latinDigits(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '٠' && r <= '٩':
			return '0' + r - '٠'
		case r >= '۰' && r <= '۹':
			return '0' + r - '۰'
		}
		return r
	}, s)
}

func friendly(msg string) (string, string) {
	for _, r := range rewordings {
		if m := r.re.FindStringSubmatch(msg); m != nil {
			return r.say(m)
		}
	}
	return msg, ""
}

// splitKey cuts a key written as toml.Key.String writes it into the
// arguments of Positions.Key, reading quoted parts with go-toml's parser:
// "budget.total" is one key, budget.total two.
func splitKey(key string) []any {
	var parser unstable.Parser
	parser.Reset([]byte(key + " = 0"))
	if !parser.NextExpression() || parser.Expression().Kind != unstable.KeyValue {
		return []any{key}
	}
	var out []any
	for it := parser.Expression().Key(); it.Next(); {
		out = append(out, string(it.Node().Data))
	}
	return out
}

// unquote reads a string the library wrote with %q; it returns s as it is
// when it is not one.
func unquote(s string) string {
	if u, err := strconv.Unquote(s); err == nil {
		return u
	}
	return s
}
