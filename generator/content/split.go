package content

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"atlas/generator/diag"
)

// parts is a content file cut into its front matter and its language blocks.
type parts struct {
	front      []byte
	frontLine  int // file line of the front matter's first line
	blocks     Text
	blockLines map[string]int
}

const fence = "+++"

// split cuts a content file. A UTF-8 byte-order mark and CRLF line endings
// are accepted; everything else that does not fit is reported.
func split(file string, data []byte, langs []string, diags *diag.List) (parts, bool) {
	data, ok := normalize(file, data, diags)
	if !ok {
		return parts{}, false
	}
	if len(bytes.TrimSpace(data)) == 0 {
		diags.Errorf(diag.Pos{File: file, Line: 1, Col: 1}, "the file is empty").Hint = "start with a line holding +++, then the front matter"
		return parts{}, false
	}
	lines := strings.Split(string(data), "\n")
	if strings.TrimRight(lines[0], " \t") != fence {
		diags.Errorf(diag.Pos{File: file, Line: 1, Col: 1}, "the file must start with a line holding exactly +++").Hint = "the front matter goes between two +++ lines"
		return parts{}, false
	}
	end := -1
	for i := 1; i < len(lines); i++ {
		if strings.TrimRight(lines[i], " \t") == fence {
			end = i
			break
		}
	}
	if end < 0 {
		diags.Errorf(diag.Pos{File: file, Line: 1, Col: 1}, "the front matter opened here is never closed").Hint = "add a line holding exactly +++ after the last key"
		return parts{}, false
	}
	p := parts{frontLine: 2}
	if end > 1 {
		// Each line keeps its newline, so that the closing +++ is the
		// line after the last one.
		p.front = []byte(strings.Join(lines[1:end], "\n") + "\n")
	}
	p.blocks, p.blockLines = splitBlocks(file, lines[end+1:], end+2, langs, diags)
	return p, true
}

// normalize drops a byte-order mark, turns CRLF into LF and rejects a CR
// alone and invalid UTF-8, so that every later position counts the same
// lines: TOML does not end a line at a CR alone, Markdown does.
func normalize(file string, data []byte, diags *diag.List) ([]byte, bool) {
	// Before the line endings: UTF-16 and binary files hold bytes that
	// read as lone CRs.
	if utf16Like(data) {
		diags.Errorf(diag.Pos{File: file, Line: 1, Col: 1}, "the file is saved as UTF-16, not UTF-8").Hint = "save it as UTF-8: in Notepad, Save as, then Encoding: UTF-8"
		return nil, false
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		diags.Errorf(posAt(file, data, i), "a NUL byte: this is not a text file").Hint = "a content file is text in UTF-8, written with a text editor"
		return nil, false
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if bytes.IndexByte(data, '\r') >= 0 { // ReplaceAll copies even what holds none
		data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
	}
	if i := bytes.IndexByte(data, '\r'); i >= 0 {
		msg := "a line ends with a CR alone (an old Mac line ending)"
		if !bytes.Contains(data, []byte("\n")) {
			msg = "the lines of this file end with a CR alone (old Mac line endings)"
		}
		diags.Errorf(posAt(file, data, i), "%s", msg).Hint = "save the file with LF or CRLF line endings"
		return nil, false
	}
	if !utf8.Valid(data) {
		diags.Errorf(invalidUTF8(file, data), "the file is not valid UTF-8").Hint = "save it as UTF-8"
		return nil, false
	}
	return data, true
}

// splitBlocks reads the "::: ar" … ":::" blocks that follow the front
// matter; first is the file line of body[0]. A block opened inside
// another, or never closed, is an error; the text before it is kept as
// if the block had been closed there, so that its summary is checked and
// not also reported missing.
func splitBlocks(file string, body []string, first int, langs []string, diags *diag.List) (Text, map[string]int) {
	texts, starts := Text{}, map[string]int{}
	open, openLine, inBlock := "", 0, false
	fenced := map[string]bool{} // the languages of every opening line
	for _, line := range body {
		if t := strings.TrimSpace(line); strings.HasPrefix(t, ":::") {
			fenced[strings.TrimSpace(strings.TrimPrefix(t, ":::"))] = true
		}
	}
	// stray is set from text outside any block, reported once, up to the
	// next fence: a block whose opening line is missing is one mistake,
	// not one per paragraph, and its closing ::: ends it.
	stray := false
	var buf []string
	opening := func(trimmed string, n int) {
		lang := strings.TrimSpace(strings.TrimPrefix(trimmed, ":::"))
		if !validLang(lang, langs) {
			d := diags.Errorf(diag.Pos{File: file, Line: n, Col: 1}, "%s", blockLangMessage(lang))
			d.Hint = "a block opens with ::: followed by one of: " + strings.Join(langs, ", ")
			// "::: f" meant "::: fr": its text is kept as that language's,
			// so that it is checked and not also reported missing.
			if c := meantLang(lang, langs, fenced); c != "" {
				d.Hint = "did you mean " + quote("::: "+c) + "?"
				lang = c
			}
		}
		if _, dup := starts[lang]; dup {
			diags.Errorf(diag.Pos{File: file, Line: n, Col: 1}, "a second ::: %s block", lang).Hint = "write each language's summary in one block"
		}
		open, openLine, buf, inBlock = lang, n, nil, true
	}
	closing := func() {
		if _, dup := starts[open]; !dup && validLang(open, langs) {
			lead := 0
			for lead < len(buf) && strings.TrimSpace(buf[lead]) == "" {
				lead++
			}
			// Leading blank lines are counted in starts; the first line
			// keeps its indent, so that columns stay those of the file.
			// Clones: a substring would keep the whole file in memory.
			// Join makes a string of its own of two lines or more.
			key := strings.Clone(open)
			text := strings.TrimRightFunc(strings.Join(buf[lead:], "\n"), unicode.IsSpace)
			if len(buf)-lead < 2 {
				text = strings.Clone(text)
			}
			texts[key] = text
			starts[key] = openLine + 1 + lead
		}
		inBlock = false
	}
	for i, line := range body {
		n := first + i
		trimmed := strings.TrimSpace(line)
		switch {
		case !inBlock && stray && trimmed == ":::":
			stray = false
		case !inBlock && strings.HasPrefix(trimmed, ":::"):
			stray = false
			opening(trimmed, n)
		case inBlock && trimmed == ":::":
			closing()
		case inBlock && strings.HasPrefix(trimmed, ":::") && !strings.HasPrefix(trimmed, "::::"):
			diags.Errorf(diag.Pos{File: file, Line: n, Col: 1}, "a ::: block is opened inside the ::: %s block opened at line %d", open, openLine).Hint = "close the first block with a line holding only :::"
			closing()
			opening(trimmed, n)
		case inBlock:
			buf = append(buf, line)
		case trimmed != "" && !stray:
			diags.Errorf(diag.Pos{File: file, Line: n, Col: 1 + len(line) - len(strings.TrimLeft(line, " \t"))}, "text outside a ::: block").Hint = blockHint(langs)
			stray = true
		}
	}
	if inBlock {
		diags.Errorf(diag.Pos{File: file, Line: openLine, Col: 1}, "the ::: %s block opened here is never closed", open).Hint = "end it with a line holding only :::"
		closing()
	}
	return texts, starts
}

// blockHint says how a summary is written: "::: ar" (or "::: fr") … ":::".
func blockHint(langs []string) string {
	opens := make([]string, len(langs))
	for i, l := range langs {
		opens[i] = `"::: ` + l + `"`
	}
	if len(opens) < 2 {
		return "put the summary between " + strings.Join(opens, "") + ` and ":::"`
	}
	return "put the summary between " + opens[0] + " (or " + strings.Join(opens[1:], ", ") + `) and ":::"`
}

// meantLang is the language a block's unknown language stands for: the
// closest of those no block opens, or the only one when it shares a
// letter with it ("f" for "fr"); else "".
func meantLang(lang string, langs []string, fenced map[string]bool) string {
	var free []string
	for _, l := range langs {
		if !fenced[l] {
			free = append(free, l)
		}
	}
	if c := diag.Closest(lang, free); c != "" {
		return c
	}
	return diag.Only(lang, free)
}

func validLang(lang string, langs []string) bool {
	for _, l := range langs {
		if l == lang {
			return true
		}
	}
	return false
}

func blockLangMessage(lang string) string {
	if lang == "" {
		return "a ::: block without a language"
	}
	return "a ::: block for an unknown language " + quote(lang)
}

// invalidUTF8 finds the first byte that is not UTF-8.
func invalidUTF8(file string, data []byte) diag.Pos {
	line, col := 1, 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			break
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		i += size
	}
	return diag.Pos{File: file, Line: line, Col: col}
}

// posAt is the position of byte i of data, its column in runes.
func posAt(file string, data []byte, i int) diag.Pos {
	before := data[:i]
	lineStart := bytes.LastIndexByte(before, '\n') + 1
	return diag.Pos{File: file, Line: 1 + bytes.Count(before, []byte("\n")), Col: 1 + utf8.RuneCount(before[lineStart:])}
}

func quote(s string) string { return "\"" + s + "\"" }

// utf16Like tells a file saved as UTF-16: it starts with UTF-16's
// byte-order mark, or nearly every other byte of its start is zero, as in
// the ASCII of +++ and of the keys.
func utf16Like(data []byte) bool {
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return true
	}
	head := data[:min(len(data), 64)]
	if len(head) < 8 {
		return false
	}
	var zeros [2]int
	for i, b := range head {
		if b == 0 {
			zeros[i%2]++
		}
	}
	most := len(head) / 2 * 3 / 4
	return zeros[0] >= most || zeros[1] >= most
}
