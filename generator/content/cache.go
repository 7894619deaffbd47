package content

import (
	"io/fs"
	"strings"
	"time"

	"atlas/generator/diag"
)

// A Cache keeps what Load read of each agreement and milestone file, by
// the file's size and time, so that a later load of the same folder reads
// and parses only the files that changed: "atlas serve" keeps one to
// rebuild in the time one file takes. Reused files keep their values, so
// checks can keep their findings too. A Cache is not safe for concurrent
// use.
type Cache struct {
	langs   string
	entries map[string]cacheEntry
}

type cacheEntry struct {
	size  int64
	mtime time.Time
	value any // *Agreement or *Milestone
	ok    bool
	diags diag.List
}

// LoadCached is Load with a cache, a nil cache reading every file, and the
// directions summaries are rendered in, nil rendering none.
func LoadCached(fsys fs.FS, display string, cache *Cache, dirs Directions) (*Content, diag.List) {
	return load(fsys, display, cache, dirs)
}

// prepare empties the cache when the languages or their directions change:
// they decide how a file is split into summaries and how those render.
func (c *Cache) prepare(langs []string, rendering string) {
	key := strings.Join(langs, ",") + ";" + rendering
	if c.entries == nil || c.langs != key {
		c.entries, c.langs = map[string]cacheEntry{}, key
	}
}

// lookup returns what the cache holds of name if the file is unchanged.
func (c *Cache) lookup(info fs.FileInfo, name string) (cacheEntry, bool) {
	e, ok := c.entries[name]
	return e, ok && info != nil && e.size == info.Size() && e.mtime.Equal(info.ModTime())
}

// keep drops the entries of files that are gone.
func (c *Cache) keep(names []string) {
	present := make(map[string]bool, len(names))
	for _, n := range names {
		present[n] = true
	}
	for n := range c.entries {
		if !present[n] {
			delete(c.entries, n)
		}
	}
}

// Source is the text the positions were made from: the front matter, or
// the whole of a plain TOML file.
func (p *Positions) Source() []byte { return p.src }
