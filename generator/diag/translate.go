package diag

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"
)

// The messages of check in other languages than English, one folder per
// language, each file a table from an English message to its translation.
//
//go:embed messages
var messageFiles embed.FS

// Catalog says diagnostics in one language other than English.
//
// Its keys are messages and hints as the code writes them, with a verb
// where the code puts a value: %q for a quoted value, %d for a whole
// number, %s or %v for anything else, %X for a code point, %% for a
// percent sign. A translation uses the same verbs, in any order: %[2]s
// takes the second. Matching the finished English text, rather than
// carrying formats through every check, leaves the checks as they are.
type Catalog struct {
	Lang    string
	entries []entry
	exact   map[string]string
}

type entry struct {
	english string
	match   *regexp.Regexp
	verbs   []byte // the verb of each value, in English order
	literal int    // how much of the key is not a value: the more, the more specific
	text    string
}

// verb matches a formatting directive of fmt: flags, width, an explicit
// argument index and the verb.
var verb = regexp.MustCompile(`%(\[\d+\])?[-+# 0]*\d*(\.\d+)?[a-zA-Z%]`)

// Languages lists the languages diagnostics can be printed in: English,
// then those with a catalog, in order.
func Languages() []string {
	langs := []string{"en"}
	entries, _ := fs.ReadDir(messageFiles, "messages")
	for _, e := range entries {
		if e.IsDir() {
			langs = append(langs, e.Name())
		}
	}
	return langs
}

// LoadCatalog reads the catalog of lang. English needs none: it returns
// nil, and a nil Catalog leaves every diagnostic as it is.
func LoadCatalog(lang string) (*Catalog, error) {
	if lang == "en" {
		return nil, nil
	}
	dir := path.Join("messages", lang)
	files, err := fs.Glob(messageFiles, dir+"/*.toml")
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("no messages in %q: diagnostics can be printed in %s", lang, strings.Join(Languages(), ", "))
	}
	c := &Catalog{Lang: lang, exact: map[string]string{}}
	seen := map[string]string{}
	for _, name := range files {
		var table map[string]string
		if _, err := toml.DecodeFS(messageFiles, name, &table); err != nil {
			return nil, fmt.Errorf("%s: %v", name, err)
		}
		keys := make([]string, 0, len(table))
		for k := range table {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, english := range keys {
			if other, dup := seen[english]; dup {
				return nil, fmt.Errorf("%s: %q is also in %s", name, english, other)
			}
			seen[english] = name
			e, err := compile(english, table[english])
			if err != nil {
				return nil, fmt.Errorf("%s: %v", name, err)
			}
			c.add(e)
		}
	}
	c.sort()
	return c, nil
}

// add adds e; an entry without values is looked up as it prints, with
// %% as a single percent sign.
func (c *Catalog) add(e entry) {
	if len(e.verbs) == 0 {
		english, _ := e.fill(e.english, nil)
		text, _ := e.fill(e.text, nil)
		c.exact[english] = text
	}
	c.entries = append(c.entries, e)
}

// sort puts the most specific entry first, so that "unknown key %q" wins
// over "unknown %s %q"; ties go by the English text, for stable output.
func (c *Catalog) sort() {
	sort.SliceStable(c.entries, func(i, j int) bool {
		a, b := c.entries[i], c.entries[j]
		if a.literal != b.literal {
			return a.literal > b.literal
		}
		return a.english < b.english
	})
}

func compile(english, text string) (entry, error) {
	e := entry{english: english, text: text}
	var re strings.Builder
	re.WriteString("(?s)^") // a value may hold a line break
	last := 0
	for _, loc := range verb.FindAllStringIndex(english, -1) {
		lit := english[last:loc[0]]
		re.WriteString(regexp.QuoteMeta(lit))
		e.literal += len(lit)
		last = loc[1]
		v := english[loc[1]-1]
		if strings.HasPrefix(english[loc[0]:], "%[") {
			return e, fmt.Errorf("%q: a key takes its values in order, without %%[n]", english)
		}
		switch v {
		case '%':
			re.WriteString("%")
			e.literal++
			continue
		case 'q':
			re.WriteString(`("(?:[^"\\]|\\.)*")`)
		case 'd':
			re.WriteString(`(-?[0-9]+)`)
		case 'X', 'x':
			re.WriteString(`([0-9A-Fa-f]+)`)
		case 's', 'v':
			re.WriteString(`(.*?)`)
		default:
			return e, fmt.Errorf("%q: unknown verb %%%c", english, v)
		}
		e.verbs = append(e.verbs, v)
	}
	re.WriteString(regexp.QuoteMeta(english[last:]))
	e.literal += len(english) - last
	re.WriteString("$")
	e.match = regexp.MustCompile(re.String())
	used, err := e.uses(text)
	if err != nil {
		return e, fmt.Errorf("%q: %v", english, err)
	}
	for i := range e.verbs {
		if !used[i] {
			return e, fmt.Errorf("%q: the translation leaves out value %d", english, i+1)
		}
	}
	return e, nil
}

// uses reports which values a translation takes, or why it cannot be
// filled.
func (e entry) uses(text string) ([]bool, error) {
	used := make([]bool, len(e.verbs))
	_, err := e.fill(text, func(i int) string {
		used[i] = true
		return ""
	})
	return used, err
}

// fill writes text with each verb replaced by value(i), i counting from 0
// the way fmt counts arguments.
func (e entry) fill(text string, value func(i int) string) (string, error) {
	var b strings.Builder
	next, last := 0, 0
	for _, loc := range verb.FindAllStringSubmatchIndex(text, -1) {
		b.WriteString(text[last:loc[0]])
		last = loc[1]
		if text[loc[1]-1] == '%' {
			b.WriteByte('%')
			continue
		}
		i := next
		if loc[2] >= 0 {
			n, _ := strconv.Atoi(text[loc[2]+1 : loc[3]-1])
			i = n - 1
		}
		if i < 0 || i >= len(e.verbs) {
			return "", fmt.Errorf("the translation asks for value %d of %d", i+1, len(e.verbs))
		}
		b.WriteString(value(i))
		next = i + 1
	}
	b.WriteString(text[last:])
	return b.String(), nil
}

// Say returns message in the catalog's language, and whether the catalog
// knew it. A value that is itself a message the catalog knows (a noun
// phrase such as "the status") is translated too; any other value, a
// key, a slug or what the contributor wrote, is kept as it is.
func (c *Catalog) Say(message string) (string, bool) {
	return c.say(message, 0)
}

func (c *Catalog) say(message string, depth int) (string, bool) {
	if c == nil || message == "" {
		return message, true // English, or nothing to say
	}
	if t, ok := c.exact[message]; ok {
		return t, true
	}
	if depth > 2 {
		return message, false
	}
	for _, e := range c.entries {
		if len(e.verbs) == 0 {
			continue
		}
		m := e.match.FindStringSubmatch(message)
		if m == nil {
			continue
		}
		text, _ := e.fill(e.text, func(i int) string {
			v := m[i+1]
			if e.verbs[i] == 's' || e.verbs[i] == 'v' {
				if t, ok := c.say(v, depth+1); ok {
					return t
				}
			}
			return v
		})
		return text, true
	}
	return message, false
}

// Translate returns a copy of l with each message and hint in the
// catalog's language, where the catalog knows it, and in English where it
// does not.
func (c *Catalog) Translate(l List) List {
	out := make(List, len(l))
	for i, d := range l {
		d.Message, _ = c.Say(d.Message)
		d.Hint, _ = c.Say(d.Hint)
		if c != nil {
			d.Lang = c.Lang
		}
		out[i] = d
	}
	return out
}
