package content

import (
	"fmt"
	"sort"
)

// CountSpec is one figure an agreement may give of what it funds: people
// or vehicles. Loading, checking, totals, pages and catalogs all iterate
// Counts, so a new figure (hospital beds, say) is one line here plus its
// catalog entries: "figure.<key>", "figure.in_list.<key>" and the plural
// entry "<key>".
type CountSpec struct {
	Table   string // the TOML table it is written in: "staff" or "equipment"
	Key     string // its key in that table
	Max     int64  // the most one agreement can plausibly give
	Doctors bool   // whether it adds up into "doctors"
}

// Plausible bounds of one agreement's counts: more would exceed every
// health worker or vehicle of the country, and keeps every sum exact.
const (
	MaxStaff    = 100_000
	MaxVehicles = 10_000
)

// Counts are the figures of the contract, in the order pages show them.
var Counts = []CountSpec{
	{"staff", "general_practitioners", MaxStaff, true},
	{"staff", "specialists", MaxStaff, true},
	{"staff", "nurses", MaxStaff, false},
	{"staff", "midwives", MaxStaff, false},
	{"staff", "technicians", MaxStaff, false},
	{"equipment", "ambulances", MaxVehicles, false},
	{"equipment", "mobile_units", MaxVehicles, false},
}

// CountKeys lists the keys of one table's counts, sorted.
func CountKeys(table string) []string {
	var keys []string
	for _, c := range Counts {
		if c.Table == table {
			keys = append(keys, c.Key)
		}
	}
	sort.Strings(keys)
	return keys
}

// Figures are the counts a [staff] or [equipment] table gives, by key. A
// key the table does not give is unknown, never zero; a key that is not a
// count of the contract is reported by check, at its place.
type Figures map[string]int64

// Get returns the figure of key and whether the table gives it.
func (f Figures) Get(key string) (int64, bool) {
	v, ok := f[key]
	return v, ok
}

// UnmarshalTOML accepts a table of whole numbers.
func (f *Figures) UnmarshalTOML(v any) error {
	m, ok := v.(map[string]any)
	if !ok {
		return fmt.Errorf("wrong type: found %s, expected a table of whole numbers", tomlType(v))
	}
	out := make(Figures, len(m))
	for key, x := range m {
		n, ok := x.(int64)
		if !ok {
			return fmt.Errorf("wrong type for %q: found %s, expected a whole number", key, tomlType(x))
		}
		out[key] = n
	}
	*f = out
	return nil
}
