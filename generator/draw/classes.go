package draw

import "slices"

// Class is a range of values shown in one colour; both bounds are values
// of the data, so the legend states only what the map shows.
type Class struct {
	Min, Max int64
	Fill     string
}

// Classes splits the distinct values into at most MaxClasses classes of
// as even a number of values as can be, lowest first, and colours them.
func Classes(values []int64) []Class {
	distinct := slices.Clone(values)
	slices.Sort(distinct)
	distinct = slices.Compact(distinct)
	n := min(len(distinct), MaxClasses)
	fills := Palette(n)
	var out []Class
	for i := range n {
		lo, hi := i*len(distinct)/n, (i+1)*len(distinct)/n-1
		out = append(out, Class{Min: distinct[lo], Max: distinct[hi], Fill: fills[i]})
	}
	return out
}

// Fill returns the colour of a value's class.
func Fill(classes []Class, v int64) string {
	for _, c := range classes {
		if v <= c.Max {
			return c.Fill
		}
	}
	if len(classes) == 0 {
		return Hatch
	}
	return classes[len(classes)-1].Fill
}
