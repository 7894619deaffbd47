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
	// For the next load only, when trusting: the files that may have
	// changed; the others are taken as held without a look.
	trusting bool
	changed  map[string]bool
}

type cacheEntry struct {
	size  int64
	mtime time.Time
	value any // *Agreement or *Milestone
	ok    bool
	diags diag.List
}

// LoadCached is Load with a cache, a nil cache reading every file, and
// what to make of each summary read besides checking it.
func LoadCached(fsys fs.FS, display string, cache *Cache, r Rendering) (*Content, diag.List) {
	return load(fsys, display, cache, r)
}

// prepare empties the cache when the languages or their directions change:
// they decide how a file is split into summaries and how those render.
func (c *Cache) prepare(langs []string, rendering string) {
	key := strings.Join(langs, ",") + ";" + rendering
	if c.entries == nil || c.langs != key {
		c.entries, c.langs = map[string]cacheEntry{}, key
	}
	c.trusting = c.trusting && len(c.entries) > 0
}

// Trust tells the cache that, of the files of the content folder, only
// those named (slash paths inside it) may have changed since the last
// load: a watcher saw the others unchanged. The next load reads those
// and the files the cache does not hold, and takes the others as held,
// without asking the file system: at ten thousand files, looking at
// each took longer than the rest of a rebuild.
func (c *Cache) Trust(changed []string) {
	c.trusting, c.changed = true, map[string]bool{}
	for _, name := range changed {
		c.changed[name] = true
	}
}

// trusted returns what the cache holds of name when Trust vouched for it.
func (c *Cache) trusted(name string) (cacheEntry, bool) {
	if !c.trusting || c.changed[name] {
		return cacheEntry{}, false
	}
	e, ok := c.entries[name]
	return e, ok
}

// lookup returns what the cache holds of name if the file is unchanged.
func (c *Cache) lookup(info fs.FileInfo, name string) (cacheEntry, bool) {
	e, ok := c.entries[name]
	return e, ok && info != nil && e.size == info.Size() && e.mtime.Equal(info.ModTime())
}

// keep drops the entries of files that are gone, and ends the trust of
// Trust: it held for one load.
func (c *Cache) keep(names []string) {
	c.trusting, c.changed = false, nil
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
