package synth

import (
	"fmt"
	"math/rand/v2"
)

// Date is a date of the content format: Month and Day are 0 when only the
// year (or the year and month) is known; the zero Date is unknown.
type Date struct{ Year, Month, Day int }

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d.Year == 0 }

// String is the date as the content format writes it: 2023-11-06, 2023-11
// or 2023.
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

// TOML is the date as a TOML value: a bare local date when complete, a
// string when partial, as contributors write them.
func (d Date) TOML() string {
	if d.Day == 0 {
		return `"` + d.String() + `"`
	}
	return d.String()
}

// after returns a full date a few days after d (or in d's year when d is
// partial). Days stop at 28 so that every month has them.
func (d Date) after(rng *rand.Rand, maxDays int) Date {
	out := Date{Year: d.Year, Month: d.Month, Day: d.Day}
	if out.Month == 0 {
		out.Month = 1 + rng.IntN(12)
	}
	if out.Day == 0 {
		out.Day = 1
	}
	out.Day += rng.IntN(maxDays + 1)
	for out.Day > 28 {
		out.Day -= 28
		out.Month++
		if out.Month > 12 {
			out.Month = 1
			out.Year++
		}
	}
	return out
}

// FirstYear and Years bound the signature dates: fifteen years.
const (
	FirstYear = 2011
	Years     = 15
)

// signed draws a signature date: most are complete, some give only the
// month or the year, and some are undisclosed.
func signed(rng *rand.Rand) Date {
	d := Date{Year: FirstYear + rng.IntN(Years), Month: 1 + rng.IntN(12), Day: 1 + rng.IntN(28)}
	switch p := rng.IntN(100); {
	case p < 8:
		return Date{}
	case p < 13:
		return Date{Year: d.Year}
	case p < 25:
		return Date{Year: d.Year, Month: d.Month}
	}
	return d
}
