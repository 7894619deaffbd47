package check

import (
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
)

// The words contributors write in their own language for the values of
// the closed lists, one file per language: a contributor who writes
// status = "موقعة" or "signée" is told to write "signed".
//
//go:embed words/*.toml
var wordFiles embed.FS

// valueWords maps a list, as check names it ("status"), and a word in its
// loose form to the value the word stands for.
type valueWords map[string]map[string]string

// loadWords reads every file of words; a word that stands for two values
// of one list, in one language or across two, is an error.
func loadWords(files fs.FS) (valueWords, error) {
	names, err := fs.Glob(files, "words/*.toml")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	out := valueWords{}
	for _, name := range names {
		var lists map[string]map[string][]string
		if _, err := toml.DecodeFS(files, name, &lists); err != nil {
			return nil, fmt.Errorf("%s: %v", name, err)
		}
		for list, values := range lists {
			if out[list] == nil {
				out[list] = map[string]string{}
			}
			for value, words := range values {
				for _, w := range words {
					loose := looseWord(w)
					if loose == "" {
						return nil, fmt.Errorf("%s: [%s] %s: %q has no letter", name, list, value, w)
					}
					if other, ok := out[list][loose]; ok && other != value {
						return nil, fmt.Errorf("%s: [%s] %q stands for both %q and %q", name, list, w, other, value)
					}
					out[list][loose] = value
				}
			}
		}
	}
	return out, nil
}

var builtinWords = sync.OnceValues(func() (valueWords, error) { return loadWords(wordFiles) })

// meant returns the value of list that word says in some language, or "".
func meant(list, word string) string {
	words, err := builtinWords()
	if err != nil {
		return "" // TestWords reports it
	}
	return words[list][looseWord(word)]
}

// looseWord is looseName without the Arabic article on any word:
// "اتفاقية الشراكة" and "اتفاقية شراكة" say the same.
func looseWord(s string) string {
	fields := strings.Fields(s)
	for i, f := range fields {
		if rest, ok := strings.CutPrefix(f, "ال"); ok && utf8.RuneCountInString(rest) >= 2 {
			fields[i] = rest
		}
	}
	return looseName(strings.Join(fields, " "))
}
